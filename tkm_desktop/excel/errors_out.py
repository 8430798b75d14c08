"""The ``--errors-out`` workbook: the village's own rows sent back with what to fix.

Each sheet of the source is copied (every value as text, so a NIK stays as it was
read), a ``Keterangan`` column says in Indonesian what is wrong on that row, and
the cell at fault is highlighted (red for errors, yellow for warnings). A first
sheet ``Ringkasan`` lists every problem. Written to ``NAME.part`` then renamed.

The reader repeats a merged cell's value over the whole range; here the source's
merges are made again instead, so a merged title reads once across the page and a
merged header (``Tempat/Tgl Lahir`` over two columns) stays one header.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import python_calamine
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

from tkm_desktop.domain.text import clean_text
from tkm_desktop.excel import values as cv
from tkm_desktop.excel.layout import column_letter
from tkm_desktop.excel.proposal import Problem, ProposalData
from tkm_desktop.excel.reader import ReadError, open_workbook
from tkm_desktop.excel.write_only import abandon, keep_as_text

KETERANGAN = "Keterangan"
_FILL = {
    "error": PatternFill("solid", start_color="FFF4B6B6"),
    "warning": PatternFill("solid", start_color="FFFFF2A8"),
    "info": PatternFill("solid", start_color="FFDDEBF7"),
}
_BOLD = Font(bold=True)
_SEVERITY_ID = {"error": "Kesalahan", "warning": "Peringatan", "info": "Info"}

Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (0-based)


def _letter_index(letter: str) -> int:
    n = 0
    for ch in letter:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def _summary(wb: Workbook, data: ProposalData, problems: list[Problem]) -> None:
    ws = wb.create_sheet("Ringkasan")
    title = f"Hasil pemeriksaan berkas {data.path.name}"
    ws.append([_text_cell(ws, title, font=_BOLD)])
    if not problems:
        ws.append(["Tidak ada masalah yang ditemukan."])
        return
    ws.append([f"{len(problems)} masalah ditemukan. Baris yang bermasalah diberi tanda warna "
               "pada sheet berikutnya; perbaiki lalu kirim ulang berkasnya."])  # fmt: skip
    ws.append([])
    header = ["Sheet", "Baris", "Kolom", "Kode", "Tingkat", KETERANGAN]
    ws.append([_text_cell(ws, h, font=_BOLD) for h in header])
    for p in problems:
        ws.append([
            _text_cell(ws, p.sheet), _text_cell(ws, "" if p.row is None else str(p.row)),
            _text_cell(ws, p.column), _text_cell(ws, p.code),
            _text_cell(ws, _SEVERITY_ID.get(p.severity, p.severity), fill=_FILL.get(p.severity)),
            _text_cell(ws, p.message),
        ])  # fmt: skip


def _text_cell(
    ws: Worksheet, value: str, *, fill: PatternFill | None = None, font: Font | None = None
) -> WriteOnlyCell:
    # Cleaned as the importer cleans: openpyxl refuses control characters in a cell.
    value = value if value.isprintable() else clean_text(value)
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = "@"  # text: never a number, never a formula
    keep_as_text(cell, value)
    if fill is not None:
        cell.fill = fill
    if font is not None:
        cell.font = font
    return cell


def merged_ranges(path: Path, kind: str) -> dict[str, list[Merge]]:
    """Sheet name → its merged ranges, as the file holds them (none for csv or on failure)."""
    if kind == "csv":
        return {}
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        out: dict[str, list[Merge]] = {}
        for name in book.sheet_names:
            ranges = book.get_sheet_by_name(name).merged_cell_ranges or ()
            out[name] = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in ranges]
        return out
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # calamine's panics arrive as BaseException; merges are a nicety
        return {}


def _covered(merges: list[Merge]) -> dict[int, set[int]]:
    """Row number (1-based) → the columns hidden under a merge (all but its top-left cell)."""
    out: dict[int, set[int]] = defaultdict(set)
    for r0, c0, r1, c1 in merges:
        for r in range(r0, r1 + 1):
            cols = range(c0 + 1 if r == r0 else c0, c1 + 1)
            out[r + 1].update(cols)
    return out


def _copy_sheet(
    wb: Workbook,
    name: str,
    rows: Iterable[tuple[int, list[object]]],
    header_row: int,
    by_row: dict[int, list[Problem]],
    merges: list[Merge] = (),  # type: ignore[assignment]
) -> None:
    ws = wb.create_sheet(name[:31])
    rows = list(rows)
    hidden = _covered(merges)
    width = max((len(v) for _, v in rows), default=0)
    note_col = width  # the Keterangan column, right of the widest row
    expected = 1
    wrap = Alignment(wrap_text=True, vertical="top")
    for number, values in rows:
        while expected < number:
            ws.append([])
            expected += 1
        expected += 1
        problems = by_row.get(number, [])
        marks = {_letter_index(p.column): p.severity for p in problems if p.column}
        under = hidden.get(number, ())
        out = []
        for i in range(width):
            v = values[i] if i < len(values) and i not in under else None
            severity = marks.get(i)
            fill = _FILL.get(severity) if severity else None
            text = v if isinstance(v, str) else cv.text(v)
            out.append(_text_cell(ws, text, fill=fill) if (text or fill) else None)
        if number == header_row:
            out.append(_text_cell(ws, KETERANGAN, font=_BOLD))
        elif problems:
            note = "; ".join(dict.fromkeys(p.message for p in problems))
            worst = (
                "error" if any(p.severity == "error" for p in problems) else problems[0].severity
            )
            cell = _text_cell(ws, note, fill=_FILL.get(worst))
            cell.alignment = wrap
            out.append(cell)
        ws.append(out)
    for r0, c0, r1, c1 in merges:
        if (r0, c0) != (r1, c1) and c1 < width:
            ws.merged_cells.add(CellRange(min_row=r0 + 1, min_col=c0 + 1, max_row=r1 + 1,
                                          max_col=c1 + 1))  # fmt: skip
    ws.column_dimensions[column_letter(note_col)].width = 60


def write_errors_workbook(data: ProposalData, out: Path, *, extra: Iterable[Problem] = ()) -> Path:
    """The source rows with a Keterangan column and highlighted cells, in Indonesian."""
    problems = list(dict.fromkeys([*data.problems, *extra]))
    out = Path(out)
    part = out.with_name(out.name + ".part")
    wb = Workbook(write_only=True)
    try:
        _fill(wb, data, problems)
        wb.save(part)
    except BaseException:
        abandon(wb)
        part.unlink(missing_ok=True)
        raise
    os.replace(part, out)
    return out


def _fill(wb: Workbook, data: ProposalData, problems: list[Problem]) -> None:
    _summary(wb, data, problems)
    by_sheet: dict[str, dict[int, list[Problem]]] = defaultdict(lambda: defaultdict(list))
    for p in problems:
        if p.row is not None:
            by_sheet[p.sheet][p.row].append(p)
    headers = {t.sheet: t.header_row for t in data.tables}
    try:
        book = open_workbook(data.path)
        merges = merged_ranges(data.path, book.kind)
        sheets = [s for s in book.sheets if s.visible] or book.sheets
        for sheet in sheets:
            _copy_sheet(wb, sheet.name, sheet.rows(), headers.get(sheet.name, 0),
                        by_sheet.get(sheet.name, {}), merges.get(sheet.name, []))  # fmt: skip
    except ReadError:
        pass  # an unreadable file: the summary says why
