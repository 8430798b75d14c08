"""What the verification papers share: the letter's own parts, a title block, ruled tables,
and the verification team's signature table.

Every paper derives from ``RecommendationLetter`` so that it reuses the letter's
fields table, addressee, signature block (with its QR code), Tembusan and table
rules: each paper of the office then looks like its letters. A paper's content
object carries the attributes those parts read (``signature``, ``place``,
``date_text``, ``qr_text``, ``copies`` …); every string is escaped here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from tkm_desktop.documents.base import esc, paper_variant
from tkm_desktop.documents.letter import RecommendationLetter

# The three results of a verification, as the papers print them.
MS = "Memenuhi Syarat"
TMS = "Tidak Memenuhi Syarat"
PERBAIKAN = "Perlu Perbaikan"
RESULTS = (MS, TMS, PERBAIKAN)
SHORT = {MS: "MS", TMS: "TMS", PERBAIKAN: "Perbaikan"}
CHECK = "\u221a"  # √: in Vera, Arial, Times and Bookman alike


@dataclass(frozen=True)
class TeamMember:
    """One member of the verification team, as the signature table prints them."""

    name: str
    nip: str  # 'NIP 19790106 200711 1 009', or ''
    position: str


class PaperworkDocument(RecommendationLetter):
    """The base of the verification papers; ``content`` is the paper's own dataclass."""

    def __init__(self, content: Any, **kwargs: Any) -> None:
        super().__init__(content, **kwargs)

    # --- small parts --------------------------------------------------------------

    def cell(self, text: object, style: str = "cell") -> Paragraph:
        return Paragraph(esc(text), self.style[style])

    def title_block(self, lines: Sequence[str], number: str | None = None) -> list[Flowable]:
        """The centred title (the first line bold and underlined), then ``NOMOR : …``."""
        s = self.style
        flow: list[Flowable] = [Spacer(0, 1 * mm)]
        for i, line in enumerate(lines):
            if line.strip():
                text = f"<u>{esc(line)}</u>" if i == 0 else esc(line)
                flow.append(Paragraph(text, s["title"] if i == 0 else s["heading"]))
        if number is not None:
            flow.append(Paragraph(f"NOMOR : {esc(number)}", s["center"]))
        flow.append(Spacer(0, 4 * mm))
        return flow

    def section(self, text: str) -> Paragraph:
        """A lettered part of a form: 'A. IDENTITAS KELOMPOK'."""
        return Paragraph(esc(text), self.style["label"])

    def grid(
        self,
        head: Sequence[str],
        rows: Sequence[Sequence[Any]],
        shares: Sequence[float],
        *,
        centred: Sequence[int] = (),
        width: float | None = None,
    ) -> Table:
        """A ruled table with a grey header repeated on every page; plain cells escaped."""
        s = self.style
        data: list[list[Any]] = [[Paragraph(esc(h), s["cell_head"]) for h in head]]
        for row in rows:
            data.append(
                [
                    self.cell(v, "cell_center" if i in centred else "cell")
                    if isinstance(v, str | int)
                    else v
                    for i, v in enumerate(row)
                ]
            )
        width = width or self.text_width
        table = Table(data, colWidths=[share * width for share in shares], repeatRows=1)
        table.setStyle(self._grid_style())
        return table

    def place_date(self) -> Paragraph:
        c = self.content
        return Paragraph(f"{esc(c.place)}, {esc(c.date_text)}", self.style["right"])

    # --- the verification team ------------------------------------------------------

    def team_signatures(self, team: Sequence[TeamMember], heading: str) -> list[Flowable]:
        """'TIM VERIFIKASI' and one ruled row per member with room to sign (the caller keeps
        them together: a KeepTogether inside another one always breaks the page).

        The signature column alternates left and right, as offices lay out such a table,
        so that neighbouring signatures never run into each other.
        """
        s = self.style
        head = ["No", "Nama", "Jabatan", "Tanda Tangan"]
        rows: list[list[Any]] = []
        for i, m in enumerate(team, start=1):
            who = f"<b>{esc(m.name)}</b>" + (f"<br/>{esc(m.nip)}" if m.nip else "")
            mark = f"{i}. ....................."
            sign = Paragraph(esc(mark), s["cell"] if i % 2 else s["cell_right"])
            rows.append([str(i), Paragraph(who, s["cell"]), m.position, sign])
        table = self.grid(head, rows, (0.07, 0.38, 0.30, 0.25), centred=(0,))
        style = TableStyle(
            [("TOPPADDING", (0, 1), (-1, -1), 4), ("BOTTOMPADDING", (0, 1), (-1, -1), 10)]
        )
        style.add("VALIGN", (3, 1), (3, -1), "BOTTOM")
        table.setStyle(style)
        return [Paragraph(esc(heading), s["label"]), Spacer(0, 2 * mm), table]

    def kept(self, flowables: Sequence[Flowable]) -> KeepTogether:
        """``flowables`` on one page; KeepTogethers among them are opened first (nested, a
        KeepTogether reports an endless height and always moves to the next page)."""
        flat: list[Flowable] = []
        for f in flowables:
            flat += f._content if isinstance(f, KeepTogether) else [f]
        return KeepTogether(flat)

    def styles(self) -> dict[str, Any]:
        styles = super().styles()
        cell = styles["cell"]
        styles["cell_right"] = type(cell)("cell_right", parent=cell, alignment=2)
        styles["cell_bold"] = type(cell)("cell_bold", parent=cell, fontName=self.font.bold)
        return styles


def on_paper(cls: type[PaperworkDocument], paper: str) -> type[PaperworkDocument]:
    """``cls`` on 'a4' or 'f4' paper (portrait)."""
    return paper_variant(cls, paper)  # type: ignore[return-value]
