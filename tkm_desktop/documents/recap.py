"""Rekap usulan as a PDF: landscape, three ruled tables, signed by the head of the office.

I. groups per kecamatan and status; II. members and grant (requested, recommended) per
kecamatan; III. the same per scheme; each with its total row. The figures arrive as
``services.recap.RecapFigures`` (read by attribute: ``statuses``, ``kecamatan``,
``schemes``, ``total``, ``filter_text``), the same object the workbook is written from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from tkm_desktop.documents.base import esc
from tkm_desktop.documents.letter import HEADER_FILL, Signature
from tkm_desktop.documents.paperwork import PaperworkDocument
from tkm_desktop.domain.money import format_rupiah

# Column headings for the statuses: short enough for a column of their own.
STATUS_HEADINGS = {
    "diusulkan": "Usulan Masuk",
    "diverifikasi": "MS",
    "dikembalikan": "Perbaikan",
    "ditolak": "TMS",
    "direkomendasikan": "Direkomen\u00addasikan",
    "diajukan": "Diajukan ke Kemnaker",
    "ditetapkan": "Ditetapkan (SK)",
    "tidak_ditetapkan": "Tidak Ditetapkan",
    "dana_cair": "Dana Cair",
    "monev": "Monev",
    "selesai": "Selesai",
    "dibatalkan": "Dibatal\u00adkan",
}
LEGEND = (
    "MS = Memenuhi Syarat; TMS = Tidak Memenuhi Syarat; Perbaikan = Dikembalikan untuk "
    "Perbaikan. Usulan bantuan: jumlah RAB kelompok, atau pagu skema bila RAB belum diisi."
)


@dataclass(frozen=True)
class RecapContent:
    title: tuple[str, ...]  # the title, then the filter and the 'Keadaan per …' line
    figures: Any  # services.recap.RecapFigures
    place: str
    date_text: str
    signature: Signature | None  # None: no signatory set yet, the recap goes unsigned
    qr_text: str | None = None


class RecapDocument(PaperworkDocument):
    """Landscape: the status columns need the width."""

    paper = "a4"
    page_width, page_height = 297.0, 210.0
    left_margin, right_margin, top_margin, bottom_margin = 20.0, 15.0, 15.0, 18.0
    footer_y = 8.0

    def __init__(self, content: RecapContent, **kwargs: Any) -> None:
        if content.signature is not None:  # place and date head the signature column
            sign = content.signature
            lines = (f"{content.place}, {content.date_text}", *sign.position_lines)
            content = replace(content, signature=replace(sign, position_lines=lines))
        super().__init__(content, **kwargs)

    def story(self) -> list[Flowable]:
        c, s = self.content, self.style
        f = c.figures
        flow: list[Flowable] = [Spacer(0, 1 * mm)]
        for i, line in enumerate(c.title):
            flow.append(Paragraph(esc(line), s["title"] if i == 0 else s["center"]))
        flow.append(Spacer(0, 5 * mm))
        flow += self._part("I. JUMLAH KELOMPOK PER KECAMATAN DAN STATUS", self._by_status(f))
        flow += [Spacer(0, 1 * mm), Paragraph(esc(LEGEND), s["small"])]
        flow.append(Spacer(0, 5 * mm))
        flow += self._part(
            "II. ANGGOTA DAN NILAI BANTUAN PER KECAMATAN",
            self._money_table("Kecamatan", f.kecamatan, f.total),
        )
        flow.append(Spacer(0, 5 * mm))
        last = self._part("III. REKAP PER SKEMA", self._money_table("Skema", f.schemes, f.total))
        if c.signature is None:
            return flow + last
        # The signature goes with the last table: never on a page of its own.
        sign = self._signature_block(with_qr=False, keep=False)
        return [*flow, last[0], self.kept([*last[1:], Spacer(0, 6 * mm), sign])]

    def _part(self, heading: str, table: Table) -> list[Flowable]:
        return [
            CondPageBreak(35 * mm),  # a heading never ends a page
            self.section(heading),
            Spacer(0, 1.5 * mm),
            table,
        ]

    def _by_status(self, f: Any) -> Table:
        statuses: Sequence[str] = f.statuses
        head = ["No", "Kecamatan", *(STATUS_HEADINGS.get(x, x) for x in statuses), "Jumlah"]
        rows: list[list[Any]] = []
        for n, line in enumerate(f.kecamatan, start=1):
            counts = [str(line.by_status.get(x, 0) or "-") for x in statuses]
            rows.append([str(n), line.label, *counts, str(line.groups)])
        total = [str(f.total.by_status.get(x, 0)) for x in statuses]
        rows.append(self._bold(["", "Jumlah", *total, str(f.total.groups)], left=(1,)))
        share = (1 - 0.04 - 0.2 - 0.08) / max(1, len(statuses))
        shares = (0.04, 0.2, *([share] * len(statuses)), 0.08)
        return self._with_total(self.grid(head, rows, shares, centred=(0, *range(2, len(head)))))

    def _money_table(self, what: str, lines: Sequence[Any], total: Any) -> Table:
        head = ["No", what, "Kelompok", "Anggota", "Usulan Bantuan",
                "Kelompok Direkomendasikan", "Nilai Direkomendasikan"]  # fmt: skip
        rows: list[list[Any]] = []
        for n, line in enumerate(lines, start=1):
            rows.append(self._money_row(str(n), line))
        rows.append(self._bold(self._money_row("", total), left=(1,), right=(4, 6)))
        shares = (0.04, 0.26, 0.1, 0.1, 0.18, 0.14, 0.18)
        return self._with_total(self.grid(head, rows, shares, centred=(0, 2, 3, 5)))

    def _money_row(self, number: str, line: Any) -> list[Any]:
        return [
            number,
            line.label,
            str(line.groups),
            str(line.members),
            self.cell(format_rupiah(line.requested), "cell_right"),
            str(line.recommended_groups),
            self.cell(format_rupiah(line.recommended), "cell_right"),
        ]

    def _bold(
        self, row: list[Any], *, left: Sequence[int] = (), right: Sequence[int] = ()
    ) -> list[Any]:
        """The total row: every cell bold (centred unless named left or right)."""
        out = []
        for i, value in enumerate(row):
            text = value.text if isinstance(value, Paragraph) else value
            style = "bold" if i in left else "bold_right" if i in right else "bold_center"
            out.append(self.cell(text, f"cell_{style}"))
        return out

    def _with_total(self, table: Table) -> Table:
        table.setStyle([("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)])
        return table

    def styles(self) -> dict[str, Any]:
        styles = super().styles()
        cell = styles["cell"]
        bold = self.font.bold
        for name, align in (("cell_bold_right", 2), ("cell_bold_center", 1)):
            styles[name] = type(cell)(name, parent=cell, fontName=bold, alignment=align)
        return styles


def recap_class(paper: str) -> type[RecapDocument]:
    """The recap on 'a4' or 'f4' paper, landscape."""
    paper = paper.lower()
    if paper == "a4":
        return RecapDocument
    if paper == "f4":
        size = {"paper": "f4", "page_width": 330.0, "page_height": 215.0}
        return type("RecapDocumentF4", (RecapDocument,), size)
    raise ValueError(f"unknown paper {paper!r}; 'a4' or 'f4'")
