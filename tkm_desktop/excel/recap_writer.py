"""The recap (*rekap usulan*) as a workbook: the PDF's tables, and every group on a sheet.

Sheets ``Per Kecamatan`` (groups per status, members, grant requested and
recommended), ``Per Skema`` and ``Daftar Kelompok``. Text goes in string cells (a
name such as ``=SUM(A1)`` stays text), counts are numbers, money is a number
formatted ``Rp#.##0,00`` (Excel shows the separators of the PC's locale). The
figures arrive as ``services.recap.RecapFigures``, read by attribute.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from tkm_desktop.domain.status import label
from tkm_desktop.domain.text import clean_text
from tkm_desktop.excel.write_only import abandon, keep_as_text

RUPIAH_FORMAT = '"Rp"#,##0.00'
COUNT_FORMAT = "#,##0"
_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=12)
_GREY = PatternFill("solid", start_color="FFE0E0E0")
_WRAP = Alignment(horizontal="center", vertical="center", wrap_text=True)


class _Sheet:
    """Cells of one write-only sheet (styles must be given per cell in that mode)."""

    def __init__(self, wb: Workbook, name: str, widths: Sequence[int]) -> None:
        self.ws: WriteOnlyWorksheet = wb.create_sheet(name)
        for i, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = width

    def text(self, value: str, *, font: Font | None = None, fill: Any = None) -> WriteOnlyCell:
        # Cleaned as the importer cleans: a control character stored before would make
        # openpyxl refuse the row, with the group's name in its message.
        value = value if value.isprintable() else clean_text(value)
        cell = keep_as_text(WriteOnlyCell(self.ws, value), value)  # never a formula or number
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        return cell

    def number(self, value: int | Decimal | None, fmt: str, *, total: bool = False) -> Any:
        if value is None:
            return None
        cell = WriteOnlyCell(self.ws, value)
        cell.number_format = fmt
        if total:
            cell.font, cell.fill = _BOLD, _GREY
        return cell

    def header(self, values: Sequence[str]) -> None:
        row = []
        for v in values:
            cell = self.text(v, font=_BOLD, fill=_GREY)
            cell.alignment = _WRAP
            row.append(cell)
        self.ws.append(row)

    def titles(self, lines: Sequence[str]) -> None:
        for i, line in enumerate(lines):
            self.ws.append([self.text(line, font=_TITLE if i == 0 else None)])
        self.ws.append([])


def _line_row(s: _Sheet, number: int | None, line: Any, statuses: Sequence[str]) -> list[Any]:
    total = number is None
    first = s.text(line.label, font=_BOLD, fill=_GREY) if total else s.text(line.label)
    counts = [s.number(line.by_status.get(x, 0), COUNT_FORMAT, total=total) for x in statuses]
    return [
        s.number(number, COUNT_FORMAT) if number is not None else s.text("", fill=_GREY),
        first,
        *counts,
        s.number(line.groups, COUNT_FORMAT, total=total),
        s.number(line.members, COUNT_FORMAT, total=total),
        s.number(line.requested, RUPIAH_FORMAT, total=total),
        s.number(line.recommended_groups, COUNT_FORMAT, total=total),
        s.number(line.recommended, RUPIAH_FORMAT, total=total),
    ]


def _summary(wb: Workbook, name: str, what: str, lines: Sequence[Any], figures: Any,
             titles: Sequence[str]) -> None:  # fmt: skip
    statuses = figures.statuses
    widths = [6, 30, *([14] * len(statuses)), 12, 12, 20, 16, 20]
    s = _Sheet(wb, name, widths)
    s.ws.freeze_panes = f"C{len(titles) + 3}"
    s.titles(titles)
    s.header(["No", what, *(label(x) for x in statuses), "Jumlah Kelompok", "Anggota",
              "Usulan Bantuan", "Kelompok Direkomendasikan", "Nilai Direkomendasikan"])  # fmt: skip
    for n, line in enumerate(lines, start=1):
        s.ws.append(_line_row(s, n, line, statuses))
    s.ws.append(_line_row(s, None, figures.total, statuses))


def _groups(wb: Workbook, figures: Any, titles: Sequence[str]) -> None:
    widths = (6, 8, 36, 18, 28, 20, 20, 10, 20, 20)
    s = _Sheet(wb, "Daftar Kelompok", widths)
    s.ws.freeze_panes = f"D{len(titles) + 3}"
    s.titles(titles)
    s.header(["No", "ID", "Nama Kelompok", "Skema", "Status", "Kelurahan", "Kecamatan",
              "Anggota", "Usulan Bantuan", "Nilai Direkomendasikan"])  # fmt: skip
    for n, g in enumerate(figures.groups, start=1):
        s.ws.append([
            s.number(n, COUNT_FORMAT), s.number(g.id, "0"), s.text(g.name), s.text(g.scheme),
            s.text(g.status), s.text(g.kelurahan), s.text(g.kecamatan),
            s.number(g.members, COUNT_FORMAT), s.number(g.requested, RUPIAH_FORMAT),
            s.number(g.recommended, RUPIAH_FORMAT),
        ])  # fmt: skip


def recap_workbook(figures: Any, titles: Sequence[str]) -> bytes:
    """The recap's workbook (.xlsx) as bytes; ``titles`` head every sheet."""
    wb = Workbook(write_only=True)
    out = io.BytesIO()
    try:
        _summary(wb, "Per Kecamatan", "Kecamatan", figures.kecamatan, figures, titles)
        _summary(wb, "Per Skema", "Skema", figures.schemes, figures, titles)
        _groups(wb, figures, titles)
        wb.save(out)
    except BaseException:
        abandon(wb)
        raise
    return out.getvalue()
