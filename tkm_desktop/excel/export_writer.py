"""Writing an export workbook from a checked format: streamed, or filling the ministry's template.

Streamed (openpyxl write-only): title rows, a bold header, frozen panes, autofilter,
column widths, one pass over the groups, so the national roster never sits in
memory. Template: the ministry's workbook is filled (``export_template``).

Every text is a string cell (``=SUM(A1)`` stays text, ``#N/A`` is no error value);
NIK, KK, phone and account numbers are string cells formatted ``@``; dates are real
dates formatted ``dd/mm/yyyy``; money is a number with a Rupiah format. The file is
written to ``NAME.part`` and renamed when whole.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from tkm_desktop.domain.text import clean_text
from tkm_desktop.excel import export_fields as ef
from tkm_desktop.excel.export_cells import (
    GroupBundle,
    SheetRows,
    placeholders_text,
    plain_converter,
    sort_records,
    text_converter,
)
from tkm_desktop.excel.export_format import ColumnSpec, ExportFormat, SheetSpec
from tkm_desktop.excel.export_template import TemplateWriter
from tkm_desktop.excel.write_only import abandon, keep_as_text

__all__ = ["Cancelled", "ExportCancelled", "GroupBundle", "Progress", "WriteSummary",
           "sort_records", "write_workbook"]  # fmt: skip


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_THIN = Side(style="thin", color="808080")
_HEADER_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_TITLE_FONT = Font(bold=True, size=12)
_SUBTITLE_FONT = Font(bold=True)


class ExportCancelled(Exception):
    """The user cancelled; the partial file was removed."""


@dataclass
class WriteSummary:
    groups: int = 0
    rows: dict[str, int] = field(default_factory=dict)  # data rows per sheet


# --- one pass over the groups ---------------------------------------------------------


def write_workbook(
    fmt: ExportFormat,
    path: str | os.PathLike[str],
    bundles: Iterable[GroupBundle],
    *,
    total: int,
    placeholders: Mapping[str, Any],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> WriteSummary:
    """Write the workbook ``fmt`` describes to ``path`` (whole or not at all)."""
    target = Path(path)
    part = target.with_name(target.name + ".part")
    writer = TemplateWriter(fmt, placeholders) if fmt.template else _StreamWriter(fmt, placeholders)
    summary = WriteSummary()
    try:
        for bundle in bundles:
            if cancelled is not None and cancelled():
                raise ExportCancelled
            writer.add(bundle)
            summary.groups += 1
            if progress is not None:
                progress(summary.groups, total)
        writer.save(part)
        os.replace(part, target)
    except BaseException:
        writer.discard()
        part.unlink(missing_ok=True)
        raise
    summary.rows = writer.counts()
    return summary


class _StreamWriter:
    """openpyxl write-only: rows stream to temporary files, one sheet each, as groups come."""

    def __init__(self, fmt: ExportFormat, placeholders: Mapping[str, Any]) -> None:
        self.wb = Workbook(write_only=True)
        self.sheets: list[tuple[Any, SheetRows]] = []
        for spec in fmt.sheets:
            ws = self.wb.create_sheet(spec.name)
            self._top(ws, spec, placeholders)
            self.sheets.append((ws, SheetRows(spec, partial(_cell_maker, ws))))

    def _top(self, ws: Any, spec: SheetSpec, placeholders: Mapping[str, Any]) -> None:
        # Widths and panes go before the first row in write-only mode.
        for i, col in enumerate(spec.columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = col.width
        if spec.freeze_header:
            ws.freeze_panes = f"A{spec.header_row + 1}"
        for i, line in enumerate(spec.title):
            cell = _string_cell(ws, clean_text(placeholders_text(line, placeholders)))
            cell.font = _TITLE_FONT if i == 0 else _SUBTITLE_FONT
            ws.append([cell])
        if spec.title:
            ws.append([])
        header = []
        for col in spec.columns:
            cell = _string_cell(ws, clean_text(col.header))
            cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _HEADER_BORDER
            cell.alignment = _HEADER_ALIGN
            header.append(cell)
        ws.append(header)

    def add(self, bundle: GroupBundle) -> None:
        for ws, rows in self.sheets:
            append = ws.append
            for row in rows.rows(bundle):
                append(row)

    def counts(self) -> dict[str, int]:
        return {rows.sheet.name: rows.count for _, rows in self.sheets}

    def save(self, part: Path) -> None:
        for ws, rows in self.sheets:
            spec = rows.sheet
            if spec.autofilter and spec.columns:
                last = get_column_letter(len(spec.columns))
                ws.auto_filter.ref = f"A{spec.header_row}:{last}{spec.header_row + rows.count}"
        self.wb.save(part)

    def discard(self) -> None:
        """Close each sheet's stream and remove its temporary file at once."""
        abandon(self.wb)


def _string_cell(ws: Any, text: str) -> WriteOnlyCell:
    """A text cell, never a formula; formatted '@' because openpyxl reuses an unstyled cell
    object passed to ``append`` for the row's next value (and so would change it)."""
    cell = keep_as_text(WriteOnlyCell(ws, text), text)
    cell.number_format = ef.TEXT_FORMAT
    return cell


def _cell_maker(ws: Any, col: ColumnSpec) -> Callable[[Any], Any]:
    """A record's value → what ``ws.append`` takes for this column.

    Plain text and numbers go as they are; a styled cell (identifier, date, money) is
    made once per column and reused, since ``append`` writes the row out before it
    returns.
    """
    number_format = col.number_format if col.number_format != "General" else None
    if col.type == ef.TEXT and not number_format:
        return text_converter(col.value_map, partial(_string_cell, ws))
    plain = plain_converter(col)
    if not number_format:
        return plain
    cell = WriteOnlyCell(ws)  # styled, so openpyxl never writes another value into it
    cell.number_format = number_format
    if col.type == ef.TEXT:

        def formatted_text(v: Any) -> Any:
            s = plain(v)
            if s is None:
                return None
            cell.value = s
            cell.data_type = "s"
            return cell

        return formatted_text

    def formatted(v: Any) -> Any:
        value = plain(v)
        if value is None:
            return None
        cell.value = value
        return cell

    return formatted
