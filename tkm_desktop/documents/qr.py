"""A QR code (segno) as a reportlab flowable, drawn as vector squares, with its text under it."""

from __future__ import annotations

from xml.sax.saxutils import escape

import segno
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

QUIET_ZONE = 2  # modules of white around the code; 4 is the standard, the page is white anyway


class QrCode(Flowable):
    """A square QR code of ``size`` points; error correction M."""

    def __init__(self, text: str, size: float = 25 * mm) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self._matrix = segno.make_qr(text, error="m", boost_error=False).matrix

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        rows = self._matrix
        count = len(rows) + 2 * QUIET_ZONE
        module = self.size / count
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        path = canvas.beginPath()
        # One rectangle per horizontal run of dark modules: fewer, cleaner path parts.
        for r, row in enumerate(rows):
            y = self.size - (r + QUIET_ZONE + 1) * module
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                path.rect((start + QUIET_ZONE) * module, y, (c - start) * module, module)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


def qr_caption(text: str, style: ParagraphStyle) -> Paragraph:
    """The code's text, printed small under it, so it can be typed in when no scanner is at hand."""
    # The text has no spaces: the style's splitLongWords breaks it where the line is full,
    # and whoever types it in may leave the line breaks out or in (verification ignores them).
    return Paragraph(escape(text), style)
