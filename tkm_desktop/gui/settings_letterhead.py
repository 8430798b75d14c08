"""The letterhead drawn by the letters' own code, as a picture for the settings screens.

The real document class draws a page with nothing but the *kop*; QtPdf turns that page
into an image, cut below the closing rule. So the preview cannot drift from the print.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from reportlab.platypus import Flowable, Spacer

from tkm_desktop.documents.base import OfficialDocument
from tkm_desktop.documents.fonts import load_family
from tkm_desktop.services.letter_content import letterhead
from tkm_desktop.services.settings import OfficeSettings

MARGIN_BELOW_MM = 3.0  # white room kept under the double rule
_STRIP_MM = OfficialDocument.letterhead_top + OfficialDocument.letterhead_height + MARGIN_BELOW_MM
STRIP_RATIO = _STRIP_MM / OfficialDocument.page_width  # height / width of the picture


class _LetterheadOnly(OfficialDocument):
    def story(self) -> list[Flowable]:
        return [Spacer(1, 1)]


def letterhead_pdf(office: OfficeSettings) -> bytes:
    """A one-page A4 PDF with only the letterhead, drawn as every letter draws it."""
    # letterhead() reads the same attribute names from the office row as OfficeSettings has.
    head = letterhead(cast(Any, office))
    document = _LetterheadOnly(letterhead=head, font=load_family(office.letter_font))
    return document.render()


def render_letterhead(office: OfficeSettings, width_px: int = 1000) -> QImage:
    """The letterhead strip of the page, ``width_px`` wide (a null image if it fails)."""
    data = QByteArray(letterhead_pdf(office))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf = QPdfDocument()
    try:
        pdf.load(buffer)
        if pdf.status() != QPdfDocument.Status.Ready or pdf.pageCount() < 1:
            return QImage()
        page = pdf.pagePointSize(0)
        height_px = round(width_px * page.height() / page.width())
        full = pdf.render(0, QSize(width_px, height_px))
    finally:
        pdf.close()
        buffer.close()
    strip = round(height_px * _STRIP_MM / _LetterheadOnly.page_height)
    return full.copy(QRect(0, 0, width_px, strip))
