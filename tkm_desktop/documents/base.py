"""The official document of the office, in the pretix style: a reportlab document as a class.

Geometry in mm as class attributes (a paper variant overrides only those), named
paragraph styles, a first-page template with the letterhead (*kop*) drawn in onPage
and a later-pages template without it, "Halaman X dari Y", an optional diagonal
watermark (KONSEP, CONTOH), and ``render()`` returning the PDF's bytes. The bytes
depend only on the content and ``created``: the same letter renders the same file.
"""

from __future__ import annotations

import abc
import datetime as dt
import io
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from tkm_desktop.documents.fonts import FontFamily, load_family

WATERMARK_GREY = Color(0.87, 0.87, 0.87)


def esc(text: object) -> str:
    """User text made safe for a Paragraph: ``A & B <Jaya>`` prints as typed."""
    return escape("" if text is None else str(text))


@dataclass(frozen=True)
class Letterhead:
    """The *kop surat*: the office as the letterhead names it."""

    government: str  # 'PEMERINTAH KOTA BEKASI'
    office: str  # 'DINAS KETENAGAKERJAAN'
    address: str = ""
    contact: str = ""  # 'Telepon (021) 8841234, Pos-el disnaker@…, Laman https://…'
    logo: bytes | None = None


class OfficialDocument(abc.ABC):
    """A4 by default; ``paper_variant(cls, 'f4')`` gives the same document on F4 paper."""

    paper: ClassVar[str] = "a4"
    # Geometry, in millimetres.
    page_width: ClassVar[float] = 210.0
    page_height: ClassVar[float] = 297.0
    left_margin: ClassVar[float] = 30.0  # Tata Naskah Dinas: left 3 cm, right 2 cm, bottom 2.5 cm
    right_margin: ClassVar[float] = 20.0
    top_margin: ClassVar[float] = 20.0
    bottom_margin: ClassVar[float] = 25.0
    letterhead_top: ClassVar[float] = 10.0  # from the top edge to the letterhead's first line
    letterhead_height: ClassVar[float] = 29.0  # from its first line down to the closing rule
    letterhead_gap: ClassVar[float] = 5.0  # between the closing rule and the text
    logo_size: ClassVar[float] = 25.0
    footer_y: ClassVar[float] = 12.0  # "Halaman X dari Y", from the bottom edge
    # Type, in points.
    font_size: ClassVar[float] = 11.0
    leading: ClassVar[float] = 14.0
    small_size: ClassVar[float] = 8.0

    def __init__(
        self,
        *,
        letterhead: Letterhead | None,
        font: FontFamily | None = None,
        watermark: tuple[str, ...] = (),
        title: str = "",
        subject: str = "",
        keywords: str = "",
        author: str = "",
        created: dt.datetime | None = None,
    ) -> None:
        self.letterhead = letterhead
        self.font = font or load_family()
        self.watermark = tuple(w for w in watermark if w)
        self.title = title
        self.subject = subject
        self.keywords = keywords
        self.author = author
        # A fixed moment, so the same letter always gives the same bytes.
        self.created = created or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
        self.style = self.styles()

    # --- geometry -------------------------------------------------------------

    @property
    def pagesize(self) -> tuple[float, float]:
        return self.page_width * mm, self.page_height * mm

    @property
    def text_width(self) -> float:
        """Width of the text column, in points."""
        return (self.page_width - self.left_margin - self.right_margin) * mm

    def _first_frame_top(self) -> float:
        if self.letterhead is None:
            return self.top_margin
        return self.letterhead_top + self.letterhead_height + self.letterhead_gap

    # --- styles ---------------------------------------------------------------

    def styles(self) -> dict[str, ParagraphStyle]:
        """The named paragraph styles every document of the office uses."""
        f, size, leading = self.font, self.font_size, self.leading
        base = ParagraphStyle("base", fontName=f.regular, fontSize=size, leading=leading)
        small = self.small_size

        def make(name: str, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, parent=base, **kw)

        return {
            "base": base,
            "body": make("body", alignment=TA_JUSTIFY, firstLineIndent=12.5 * mm, spaceAfter=4),
            "body_flush": make("body_flush", alignment=TA_JUSTIFY, spaceAfter=4),
            "plain": make("plain"),
            "right": make("right", alignment=2),
            "center": make("center", alignment=TA_CENTER),
            "title": make(
                "title",
                fontName=f.bold,
                fontSize=size + 2,
                leading=leading + 2,
                alignment=TA_CENTER,
            ),
            "heading": make("heading", fontName=f.bold, alignment=TA_CENTER, spaceAfter=4),
            "label": make("label", fontName=f.bold),
            "small": make("small", fontSize=small, leading=small + 2),
            "caption": make("caption", fontSize=6, leading=7, alignment=TA_LEFT, splitLongWords=1),
            "cell": make("cell", fontSize=small, leading=small + 1.5),
            "cell_center": make(
                "cell_center", fontSize=small, leading=small + 1.5, alignment=TA_CENTER
            ),
            "cell_head": make(
                "cell_head",
                fontName=f.bold,
                fontSize=small,
                leading=small + 1.5,
                alignment=TA_CENTER,
            ),
            "copies": make("copies", fontSize=size - 1, leading=leading - 1.5),
        }

    # --- content --------------------------------------------------------------

    @abc.abstractmethod
    def story(self) -> list[Flowable]:
        """The document's flowables, first page to last."""

    # --- pages ----------------------------------------------------------------

    def _page_templates(self) -> list[PageTemplate]:
        height = self.pagesize[1]
        left, bottom = self.left_margin * mm, self.bottom_margin * mm
        first_height = height - bottom - self._first_frame_top() * mm
        later_height = height - bottom - self.top_margin * mm
        pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        first = Frame(left, bottom, self.text_width, first_height, id="first", **pad)
        later = Frame(left, bottom, self.text_width, later_height, id="later", **pad)
        return [
            PageTemplate("first", [first], onPage=self.on_first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=self.on_later_pages),
        ]

    def on_first_page(self, canvas: Canvas, doc: Any) -> None:
        self.draw_watermark(canvas)
        if self.letterhead is not None:
            self.draw_letterhead(canvas, self.letterhead)

    def on_later_pages(self, canvas: Canvas, doc: Any) -> None:
        self.draw_watermark(canvas)

    def draw_letterhead(self, canvas: Canvas, head: Letterhead) -> None:
        width, height = self.pagesize
        left, right = self.left_margin * mm, width - self.right_margin * mm
        top = height - self.letterhead_top * mm
        rule_y = top - self.letterhead_height * mm
        text_left = left
        if head.logo:
            size = self.logo_size * mm
            logo_y = rule_y + (top - rule_y - size) / 2 + 1 * mm
            canvas.drawImage(
                ImageReader(io.BytesIO(head.logo)),
                left,
                logo_y,
                size,
                size,
                preserveAspectRatio=True,
                anchor="c",
                mask="auto",
            )
            text_left = left + size + 2 * mm
        centre = (text_left + right) / 2
        room = right - text_left
        f = self.font
        lines = [
            (head.government.upper(), f.regular, 13.0),
            (head.office.upper(), f.bold, 15.0),
            (head.address, f.regular, 9.0),
            (head.contact, f.regular, 9.0),
        ]
        y = top - 11
        for text, font_name, size in lines:
            if not text:
                continue
            while size > 6 and stringWidth(text, font_name, size) > room:
                size -= 0.5
            canvas.setFont(font_name, size)
            canvas.drawCentredString(centre, y, text)
            y -= size * 1.3
        canvas.setLineWidth(1.8)
        canvas.line(left, rule_y + 1.6, right, rule_y + 1.6)
        canvas.setLineWidth(0.6)
        canvas.line(left, rule_y, right, rule_y)

    def draw_watermark(self, canvas: Canvas) -> None:
        if not self.watermark:
            return
        width, height = self.pagesize
        diagonal = (width**2 + height**2) ** 0.5
        font_name = self.font.bold
        canvas.saveState()
        canvas.setFillColor(WATERMARK_GREY)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(54 if height > width * 1.45 else 50)
        words = self.watermark
        longest = max(stringWidth(w, font_name, 100) for w in words)
        size = min(110.0, 100 * diagonal * 0.42 / longest)
        step = size * 1.15
        for i, word in enumerate(words):
            y = (len(words) - 1) / 2 * step - i * step - size * 0.35
            canvas.setFont(font_name, size)
            canvas.drawCentredString(0, y, word)
        canvas.restoreState()

    def draw_page_number(self, canvas: Canvas, page: int, total: int) -> None:
        if total < 2:
            return
        canvas.saveState()
        canvas.setFont(self.font.regular, self.small_size)
        width = self.pagesize[0]
        centre = self.left_margin * mm + (width - (self.left_margin + self.right_margin) * mm) / 2
        canvas.drawCentredString(centre, self.footer_y * mm, f"Halaman {page} dari {total}")
        canvas.restoreState()

    # --- output ---------------------------------------------------------------

    def _pdf_date(self) -> str:
        local = self.created.astimezone()  # the office's clock: this PC's time zone
        offset = local.utcoffset() or dt.timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        hh, mm_ = divmod(abs(minutes), 60)
        return f"D:{local:%Y%m%d%H%M%S}{sign}{hh:02d}'{mm_:02d}'"

    def render(self) -> bytes:
        """The PDF, as bytes."""
        out = io.BytesIO()
        template = BaseDocTemplate(
            out,
            pagesize=self.pagesize,
            leftMargin=self.left_margin * mm,
            rightMargin=self.right_margin * mm,
            topMargin=self.top_margin * mm,
            bottomMargin=self.bottom_margin * mm,
            title=self.title,
            author=self.author,
            subject=self.subject,
            keywords=self.keywords,
            creator="TKM Desktop",
            invariant=1,
            # Else every page names Helvetica, a font that is never embedded.
            initialFontName=self.font.regular,
            pageTemplates=self._page_templates(),
        )
        template.build(self.story(), canvasmaker=_numbered_canvas(self))
        return out.getvalue()


def _numbered_canvas(document: OfficialDocument) -> type[Canvas]:
    """A canvas that holds its pages back until the end, to write "Halaman X dari Y"."""
    pdf_date = document._pdf_date()

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            self.setDateFormatter(lambda *_: pdf_date)

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                document.draw_page_number(self, self._pageNumber, total)
                Canvas.showPage(self)
            self._held.clear()
            Canvas.save(self)

    return NumberedCanvas


@cache
def paper_variant(cls: type[OfficialDocument], paper: str) -> type[OfficialDocument]:
    """``cls`` on another paper: 'a4' (210×297 mm) or 'f4' (215×330 mm); only geometry changes."""
    paper = paper.lower()
    if paper == cls.paper:
        return cls
    if paper == "f4":
        attrs = {"paper": "f4", "page_width": 215.0, "page_height": 330.0}
    elif paper == "a4":
        attrs = {"paper": "a4", "page_width": 210.0, "page_height": 297.0}
    else:
        raise ValueError(f"unknown paper {paper!r}; 'a4' or 'f4'")
    return type(f"{cls.__name__}{paper.upper()}", (cls,), attrs)


PAPERS = ("a4", "f4")
