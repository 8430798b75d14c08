"""A letterhead preview PDF (from ``services.letterhead_preview``) turned into a picture.

Loaded with the first preview, so QtPdf and reportlab stay out of the program's start.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.letterhead_preview import PREVIEW_RATIO, letterhead_preview_pdf
from tkm_desktop.services.settings import OfficeSettings

__all__ = ["PREVIEW_RATIO", "render_letterhead", "render_pdf_page"]

log = logging.getLogger(__name__)


def render_pdf_page(pdf_bytes: bytes, width_px: int) -> QImage:
    """The PDF's first page, ``width_px`` wide; a null image when QtPdf cannot read it."""
    data = QByteArray(pdf_bytes)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf = QPdfDocument()
    try:
        pdf.load(buffer)
        if pdf.status() != QPdfDocument.Status.Ready or pdf.pageCount() < 1:
            return QImage()
        page = pdf.pagePointSize(0)
        height_px = round(width_px * page.height() / page.width())
        return pdf.render(0, QSize(width_px, height_px))
    finally:
        pdf.close()
        buffer.close()


def render_letterhead(office: OfficeSettings, width_px: int = 1000) -> tuple[QImage, list[str]]:
    """The letterhead as a picture ``width_px`` wide, or a null image and why it failed.

    Never raises: the preview redraws from a timer while the clerk types, and a bad
    logo or a font that will not load must not end in the crash dialog.
    """
    try:
        image = render_pdf_page(letterhead_preview_pdf(office), width_px)
    except InputRefused as refused:
        return QImage(), list(refused.reasons)
    except Exception:  # any drawing failure: shown as such, logged for the support desk
        log.exception("the letterhead preview could not be drawn")
        return QImage(), []
    return image, []
