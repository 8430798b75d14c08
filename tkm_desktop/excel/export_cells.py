"""From a group's records to the values of a sheet's rows: conversion, value maps and order.

Shared by the streamed writer (``export_writer``) and the template filler
(``export_template``). A value here is what a cell holds: ``str`` (text), ``int`` /
``Decimal`` (numbers, money), ``date``, or None for an empty cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import ERROR_CODES

from tkm_desktop.domain.dates import format_short
from tkm_desktop.domain.text import clean_text
from tkm_desktop.excel import export_fields as ef
from tkm_desktop.excel.export_format import ColumnSpec, SheetSpec, SortKey
from tkm_desktop.excel.write_only import formula_like

ROLE_ORDER = {"Ketua": 0, "Sekretaris": 1, "Bendahara": 2, "Anggota": 3}
_ERROR_CODES = frozenset(ERROR_CODES)


@dataclass
class GroupBundle:
    """One group's values: ``kelompok.*`` fields, and ``anggota.*`` / ``rab.*`` per item."""

    group: Mapping[str, Any]
    members: Sequence[Mapping[str, Any]] = ()
    budget: Sequence[Mapping[str, Any]] = ()


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        return format_short(value.date())
    if isinstance(value, dt.date):
        return format_short(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return str(value)


def plain_converter(col: ColumnSpec) -> Callable[[Any], Any]:
    """value → what the cell holds: str for text columns, a number, a date, or None (empty)."""
    if col.type == ef.TEXT:
        return text_converter(col.value_map, None)
    if col.type == ef.DATE:
        return lambda v: v.date() if isinstance(v, dt.datetime) else v
    return lambda v: v  # number and money: int, Decimal or None


def text_converter(
    mapping: Mapping[str, str], force: Callable[[str], Any] | None
) -> Callable[[Any], Any]:
    """Text for a cell; ``force`` wraps text that openpyxl would take for a formula or an error.

    Runs for most cells of a national export, hence the cheap tests first.
    """

    def text(value: Any) -> Any:
        if value is None:
            return None
        s = value if type(value) is str else _text(value)
        if mapping:
            s = mapping.get(s, s)
        if not s:
            return None
        if not s.isprintable():
            # A workbook refuses control characters (openpyxl would raise) and a bidi
            # override shows a name reversed: the importer's cleaning, for older data.
            s = clean_text(s)
            if not s:
                return None
        # s[0] first: the rare cell that needs a look, in a loop over every cell
        if (force is not None and s[0] in "=+-@#"
                and (s[0] == "=" or formula_like(s) or s in _ERROR_CODES)):  # fmt: skip
            return force(s)
        return s

    return text


def sort_records(
    records: list[Any], keys: Sequence[SortKey], get: Callable[[Any, str], Any]
) -> list[Any]:
    """Stable sort by ``keys`` (text ignores case, roles go Ketua first); empty values last."""
    out = list(records)
    for key in reversed(keys):
        present = [r for r in out if get(r, key.field) not in (None, "")]
        missing = [r for r in out if get(r, key.field) in (None, "")]
        present.sort(key=lambda r, k=key.field: _sort_value(get(r, k), k), reverse=key.descending)
        out = present + missing
    return out


def _sort_value(value: Any, name: str) -> Any:
    if name == "anggota.jabatan":
        return (ROLE_ORDER.get(value, len(ROLE_ORDER)), str(value).casefold())
    if isinstance(value, str):
        return value.casefold()
    return value


def placeholders_text(text: str, values: Mapping[str, Any]) -> str:
    return text.format_map({k: "" if v is None else v for k, v in values.items()})


# --- rows -------------------------------------------------------------------------------


class SheetRows:
    """Builds one sheet's rows from a group's bundle; group columns are converted once per group."""

    def __init__(
        self, sheet: SheetSpec, make: Callable[[ColumnSpec], Callable[[Any], Any]]
    ) -> None:
        self.sheet = sheet
        self.count = 0
        self.items = {ef.ROWS_GROUP: None, ef.ROWS_MEMBER: "members", ef.ROWS_BUDGET: "budget"}[
            sheet.rows
        ]
        self.width = len(sheet.columns)
        self.numbers = [i for i, c in enumerate(sheet.columns) if not ef.FIELDS[c.field].source]
        self.group_cols = []
        self.item_cols = []
        for i, c in enumerate(sheet.columns):
            source = ef.FIELDS[c.field].source
            if source == ef.ROWS_GROUP:
                self.group_cols.append((i, c.field, make(c)))
            elif source:
                self.item_cols.append((i, c.field, make(c)))

    def rows(self, bundle: GroupBundle) -> Iterator[list[Any]]:
        """The cells of each row this group gives the sheet (a list per row)."""
        g = bundle.group
        base: list[Any] = [None] * self.width
        for i, key, fn in self.group_cols:
            base[i] = fn(g[key])
        items: Sequence[Mapping[str, Any]]
        if self.items is None:
            items = (g,)
        else:
            items = getattr(bundle, self.items)
            if self.sheet.sort and len(items) > 1:
                items = sort_records(list(items), self.sheet.sort, lambda r, k: r.get(k))
        item_cols, numbers = self.item_cols, self.numbers
        for item in items:
            self.count += 1
            row = base.copy()
            for i, key, fn in item_cols:
                row[i] = fn(item[key])
            for i in numbers:
                row[i] = self.count
            yield row
