"""Filling a workbook the ministry sent: its own styling, logos and other sheets are kept.

The workbook is loaded whole (openpyxl normal mode; exempt from the streaming
memory bound) and filled from each sheet's ``start_row`` in the format's column
letters; every filled row takes the style of the ``start_row`` sample row.
"""

from __future__ import annotations

from collections.abc import Mapping
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import column_index_from_string

from tkm_desktop.domain.text import clean_text
from tkm_desktop.excel.export_cells import (
    GroupBundle,
    SheetRows,
    placeholders_text,
    plain_converter,
)
from tkm_desktop.excel.export_format import ExportFormat, FormatError, FormatProblem


class TemplateWriter:
    """openpyxl normal mode on the ministry's workbook; rows take the style of ``start_row``."""

    def __init__(self, fmt: ExportFormat, placeholders: Mapping[str, Any]) -> None:
        assert fmt.template is not None
        self.wb = load_workbook(fmt.template)
        self.fmt = fmt
        self.sheets = []
        for spec in fmt.sheets:
            ws = self.wb[spec.name]
            for ref, text in spec.cells.items():
                cell = self._cell(ws, ws[ref], fmt)
                cell.value = clean_text(placeholders_text(text, placeholders))
                cell.data_type = "s"
            assert spec.start_row is not None
            columns = [column_index_from_string(c.letter or "A") for c in spec.columns]
            samples = [ws.cell(spec.start_row, i) for i in columns]
            styles = [_style_of(s) if s.has_style else None for s in samples]
            self.sheets.append((ws, SheetRows(spec, plain_converter), columns, styles))

    def add(self, bundle: GroupBundle) -> None:
        for ws, rows, columns, styles in self.sheets:
            spec = rows.sheet
            assert spec.start_row is not None
            for values in rows.rows(bundle):
                r = spec.start_row + rows.count - 1
                for col, index, style, value in zip(spec.columns, columns, styles, values,
                                                    strict=True):  # fmt: skip
                    cell = self._cell(ws, ws.cell(r, index), self.fmt)
                    if style is not None and r != spec.start_row:
                        _apply_style(cell, style)
                    cell.value = value
                    if isinstance(value, str):
                        cell.data_type = "s"
                    if col.number_format:
                        cell.number_format = col.number_format

    @staticmethod
    def _cell(ws: Any, cell: Any, fmt: ExportFormat) -> Any:
        """The cell, unless the template merged it into another (it then holds no value)."""
        if isinstance(cell, MergedCell):
            where = f"sel {cell.coordinate} di sheet '{ws.title}' templat {fmt.template.name}"
            raise FormatError([FormatProblem(
                f"{fmt.name}.toml", None,
                f"{where} adalah bagian sel gabungan (merge) dan tidak dapat diisi; pakai sel "
                "kiri-atasnya, atau pisahkan gabungannya di templat.",
            )])  # fmt: skip
        return cell

    def counts(self) -> dict[str, int]:
        return {rows.sheet.name: rows.count for _, rows, _, _ in self.sheets}

    def save(self, part: Path) -> None:
        self.wb.save(part)

    def discard(self) -> None:
        self.wb.close()


def _style_of(cell: Any) -> dict[str, Any]:
    return {name: copy(getattr(cell, name)) for name in
            ("font", "border", "fill", "alignment", "protection", "number_format")}  # fmt: skip


def _apply_style(cell: Any, style: dict[str, Any]) -> None:
    for name, value in style.items():
        setattr(cell, name, copy(value))
