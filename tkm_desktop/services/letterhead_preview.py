"""The letterhead alone, drawn by the letters' own code, for the settings screens' preview.

The page is the strip the *kop* takes at the top of every letter, so the screens only
turn it into a picture and the preview cannot drift from the print. Importing this
loads reportlab: the screens import it when they first draw.
"""

from __future__ import annotations

from dataclasses import fields
from typing import ClassVar

from reportlab.platypus import Flowable, Spacer

from tkm_desktop.documents.base import OfficialDocument
from tkm_desktop.documents.fonts import load_family
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.letter_content import letterhead
from tkm_desktop.services.settings import OfficeSettings, logo_problems
from tkm_desktop.store.models import Office

__all__ = ["PREVIEW_RATIO", "letterhead_preview_pdf"]

MARGIN_BELOW_MM = 3.0  # white room kept under the double rule


class _LetterheadStrip(OfficialDocument):
    """An A4-wide page as tall as the letterhead: the letters' geometry, cut below the rule."""

    page_height: ClassVar[float] = (
        OfficialDocument.letterhead_top + OfficialDocument.letterhead_height + MARGIN_BELOW_MM
    )
    letterhead_gap: ClassVar[float] = 0.0
    bottom_margin: ClassVar[float] = 0.0

    def story(self) -> list[Flowable]:
        return [Spacer(1, 1)]


PREVIEW_RATIO = _LetterheadStrip.page_height / _LetterheadStrip.page_width  # height / width


def letterhead_preview_pdf(data: OfficeSettings) -> bytes:
    """A one-page PDF of the letterhead ``data`` gives, as every letter draws it.

    InputRefused when the logo is not a readable image.
    """
    if data.logo is not None:
        problems = logo_problems(data.logo)
        if problems:
            raise InputRefused(problems)
    # An unsaved Office row with the settings: the letterhead reads it as a stored one.
    office = Office(**{f.name: getattr(data, f.name) for f in fields(OfficeSettings)})
    document = _LetterheadStrip(letterhead=letterhead(office), font=load_family(data.letter_font))
    return document.render()
