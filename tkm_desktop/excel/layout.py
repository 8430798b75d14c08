"""Finding the table in a sheet: the header row, the label/value block above it, the data rows.

A sheet as villages make it: title rows, a block of ``Nama Kelompok : …`` lines,
a header row (sometimes two, the second splitting a merged ``Tempat/Tgl Lahir``),
a row numbering the columns ``(1) (2) (3)``, the data with blank rows in it, and a
signature block (``Mengetahui,`` / ``Lurah …`` / ``Jumlah``) that ends the table.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from tkm_desktop.excel.columns import Synonyms, normalize_header
from tkm_desktop.excel.reader import Cell, Sheet

HEADER_SCAN_ROWS = 60  # title rows and a label block fit well within this

MEMBERS = "members"  # a table of people (NIK, Nama, …)
GROUPS = "groups"  # a table of groups (Nama Kelompok, Jenis Usaha, …) without NIKs

# Cells that end a member table when the row has no NIK.
_FOOTER_WORDS = (
    "mengetahui", "menyetujui", "diketahui", "disetujui", "jumlah", "total", "ttd",
    "tandatangan", "dibuatoleh", "nip", "catatan", "keterangan",
)  # fmt: skip
_OFFICIAL_WORDS = ("lurah", "kepaladesa", "kepalakelurahan", "kades", "camat", "ketuakelompok")
_PLACE_DATE = re.compile(r"^[A-Za-z .'-]+,\s*[0-9]{1,2}\s+[A-Za-z]+\s+[0-9]{4}$")
_COLUMN_NUMBER = re.compile(r"^\(?[0-9]{1,2}\)?\.?$")


def column_letter(index: int) -> str:
    """0 → 'A', 26 → 'AA'."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(frozen=True, slots=True)
class Column:
    index: int
    letter: str
    header: str


@dataclass(frozen=True, slots=True)
class BlockValue:
    """A value from the label/value block above a table, and where it stood."""

    value: Cell
    row: int
    column: str


@dataclass
class SheetScan:
    """What one sheet holds: its table (if any), the block above it, and its data rows."""

    sheet: str
    kind: str | None
    header_row: int = 0
    columns: dict[str, Column] = field(default_factory=dict)  # member fields, 'group.*'
    headers: tuple[Column, ...] = ()  # every column of the header row, known or not
    block: dict[str, BlockValue] = field(default_factory=dict)  # group fields
    first_row: int = 0
    syn: Synonyms | None = None
    _rows: Iterator[tuple[int, list[Cell]]] = field(default_factory=lambda: iter(()))

    def col(self, name: str) -> int:
        """Index of a field's column, -1 when the table has none."""
        c = self.columns.get(name)
        return c.index if c else -1

    def data_rows(self) -> Iterator[tuple[int, list[Cell]]]:
        """Rows after the header, up to the signature block; blank and numbering rows skipped."""
        return _data_rows(self, self._rows)


def _cell_text(value: Cell) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _match_row(values: list[Cell], syn: Synonyms) -> tuple[dict[str, int], dict[str, int]]:
    """field → first column, for member fields and for group fields."""
    member: dict[str, int] = {}
    group: dict[str, int] = {}
    for i, v in enumerate(values):
        if not isinstance(v, str):
            continue
        m = syn.member_field(v)
        if m and m not in member:
            member[m] = i
        g = syn.group_field(v)
        if g and g not in group:
            group[g] = i
    return member, group


def _member_score(member: dict[str, int], group: dict[str, int]) -> int:
    if "nik" not in member and "name" not in member:
        return 0
    found = set(member) - {"number"}
    found |= {f"group.{g}" for g in group if g in ("name", "number")}
    return len(found) if len(found) >= 2 else 0


def _group_score(member: dict[str, int], group: dict[str, int]) -> int:
    if "nik" in member or "name" not in group:
        return 0
    return len(group) if len(group) >= 2 else 0


def _columns(
    values: list[Cell], member: dict[str, int], group: dict[str, int], kind: str
) -> dict[str, Column]:
    cols: dict[str, Column] = {}
    taken: set[int] = set()
    if kind == MEMBERS:
        for f, i in member.items():
            cols[f] = Column(i, column_letter(i), _cell_text(values[i]))
            taken.add(i)
    for f, i in group.items():
        if i not in taken:
            cols[f"group.{f}"] = Column(i, column_letter(i), _cell_text(values[i]))
    return cols


def _apply_subheader(
    cols: dict[str, Column], header: list[Cell], sub: list[Cell], syn: Synonyms
) -> bool:
    """A second header row under merged cells ('Tempat/Tgl Lahir' over 'Tempat' | 'Tanggal')."""
    used = False
    for i, v in enumerate(sub):
        f = syn.member_field(v) if isinstance(v, str) else None
        if not f or f == "number":
            continue
        top = header[i] if i < len(header) else None
        merged_top = top is None or (
            (i > 0 and i - 1 < len(header) and header[i - 1] == top)
            or (i + 1 < len(header) and header[i + 1] == top)
        )
        if merged_top and (f not in cols or cols[f].index != i):
            for name, c in list(cols.items()):
                if c.index == i:
                    del cols[name]
            cols[f] = Column(i, column_letter(i), _cell_text(v))
            used = True
    return used


def _split_merged_ttl(cols: dict[str, Column], header: list[Cell]) -> None:
    """'Tempat, Tanggal Lahir' merged over two columns: place in the first, date in the second."""
    ttl = cols.get("birth_place_date")
    if not ttl or "birth_place" in cols or "birth_date" in cols:
        return
    i = ttl.index
    if i + 1 < len(header) and header[i + 1] == header[i]:
        del cols["birth_place_date"]
        cols["birth_place"] = Column(i, ttl.letter, ttl.header)
        cols["birth_date"] = Column(i + 1, column_letter(i + 1), ttl.header)


def _is_numbering_row(values: list[Cell]) -> bool:
    """'1 2 3 4 …' or '(1) (2) (3)' under a header: column numbers, not a person."""
    cells = [v for v in values if v is not None]
    if len(cells) < 3:
        return False
    numbers = []
    for v in cells:
        if isinstance(v, int | float) and not isinstance(v, bool):
            numbers.append(v)
        elif isinstance(v, str) and _COLUMN_NUMBER.match(v.strip()):
            numbers.append(int(re.sub(r"[^0-9]", "", v)))
        else:
            return False
    return numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


def _header_columns(header: list[Cell], sub: list[Cell] | None) -> tuple[Column, ...]:
    """Each column of the header row with its text ('Tempat/Tgl Lahir / Tempat' under a merge)."""
    width = max(len(header), len(sub) if sub else 0)
    out = []
    for i in range(width):
        texts = [_cell_text(row[i]) for row in (header, sub or []) if i < len(row)]
        out.append(Column(i, column_letter(i), " / ".join(dict.fromkeys(t for t in texts if t))))
    return tuple(out)


def _apply_overrides(
    cols: dict[str, Column], headers: tuple[Column, ...], overrides: Mapping[str, int | None]
) -> None:
    """Fields the clerk placed by hand: a column index, or None for "not in this table".

    A column feeds one field, so a field moved onto a taken column takes it over.
    """
    for name, index in overrides.items():
        cols.pop(name, None)
        if index is None or index < 0:
            continue
        for other, c in list(cols.items()):
            if c.index == index:
                del cols[other]
        header = headers[index].header if index < len(headers) else ""
        cols[name] = Column(index, column_letter(index), header)


def scan_sheet(
    sheet: Sheet, syn: Synonyms, overrides: Mapping[str, int | None] | None = None
) -> SheetScan:
    """Find the header row among the first rows and read the label/value block above it.

    ``overrides`` (field → column index or None) replace what the headers said.
    """
    rows = sheet.rows()
    head = list(itertools.islice(rows, HEADER_SCAN_ROWS))
    best: tuple[int, int, str] | None = None  # (score, position in head, kind)
    matches = []
    for pos, (_, values) in enumerate(head):
        member, group = _match_row(values, syn)
        matches.append((member, group))
        for score, kind in (
            (_member_score(member, group), MEMBERS),
            (_group_score(member, group), GROUPS),
        ):
            if score and (best is None or score > best[0]):
                best = (score, pos, kind)
    if best is None:
        return SheetScan(sheet.name, None, block=_read_block(head, syn))
    _, pos, kind = best
    header_row, header = head[pos]
    member, group = matches[pos]
    cols = _columns(header, member, group, kind)
    skip = 0
    if pos + 1 < len(head) and _apply_subheader(cols, header, head[pos + 1][1], syn):
        skip = 1
    if kind == MEMBERS:
        _split_merged_ttl(cols, header)
    headers = _header_columns(header, head[pos + 1][1] if skip else None)
    if overrides:
        _apply_overrides(cols, headers, overrides)
    rest = itertools.chain(head[pos + 1 + skip :], rows)
    return SheetScan(
        sheet.name, kind, header_row, cols, headers, _read_block(head[:pos], syn),
        first_row=header_row + 1 + skip, syn=syn, _rows=rest,
    )  # fmt: skip


# --- the label/value block ------------------------------------------------------


def _tokens(values: list[Cell]) -> list[tuple[int, Cell]]:
    out: list[tuple[int, Cell]] = []
    for i, v in enumerate(values):
        if v is None or (isinstance(v, str) and not v.strip()):
            continue
        if out and out[-1][1] == v:
            continue  # a merged cell repeats its value
        out.append((i, v))
    return out


def _read_block(head: list[tuple[int, list[Cell]]], syn: Synonyms) -> dict[str, BlockValue]:
    """'Nama Kelompok : Maju Jaya' in one cell, in two or three cells, one or two per row."""
    block: dict[str, BlockValue] = {}
    for row, values in head:
        tokens = _tokens(values)
        k = 0
        while k < len(tokens):
            i, v = tokens[k]
            k += 1
            if not isinstance(v, str):
                continue
            label, sep, after = v.partition(":")
            f = syn.group_field(label)
            if not f:
                continue
            value: Any = after.strip() if sep else None
            column = i
            if not value and k < len(tokens):
                nxt_i, nxt = tokens[k]
                if isinstance(nxt, str) and nxt.strip().startswith(":"):
                    value = nxt.strip()[1:].strip() or None
                    column = nxt_i
                    k += 1
                    if value is None and k < len(tokens):
                        column, value = tokens[k]
                        k += 1
                elif not (isinstance(nxt, str) and syn.group_field(nxt.partition(":")[0])):
                    column, value = nxt_i, nxt
                    k += 1
            if value not in (None, "") and f not in block:
                block[f] = BlockValue(value, row, column_letter(column))
    return block


# --- data rows ------------------------------------------------------------------


def _is_footer(values: list[Cell], name_col: int) -> bool:
    for i, v in enumerate(values):
        if not isinstance(v, str):
            continue
        key = normalize_header(v)
        if key.startswith(_FOOTER_WORDS) or _PLACE_DATE.match(v.strip()):
            return True
        if i == name_col and key.startswith(_OFFICIAL_WORDS):
            return True
    return False


def _data_rows(
    scan: SheetScan, rows: Iterator[tuple[int, list[Cell]]]
) -> Iterator[tuple[int, list[Cell]]]:
    key_col = scan.col("group.name") if scan.kind == GROUPS else scan.col("nik")
    name_col = scan.col("name")
    first = True
    for row, values in rows:
        if values.count(None) == len(values):
            continue
        if first:
            first = False
            if _is_numbering_row(values):
                continue
        key = values[key_col] if 0 <= key_col < len(values) else None
        if scan.kind == GROUPS:
            # Group names hold no digits: look for a footer only where the name could be one.
            suspect = key is None or (isinstance(key, str) and _is_footer([key], 0))
        else:
            suspect = key is None or (isinstance(key, str) and not any(c.isdigit() for c in key))
        if suspect:
            if _is_footer(values, name_col):
                return
            if scan.syn is not None and isinstance(key, str) and _repeats_header(key, scan):
                continue  # the header printed again on a new page
        yield row, values


def _repeats_header(key: str, scan: SheetScan) -> bool:
    syn = scan.syn
    assert syn is not None
    if scan.kind == GROUPS:
        return syn.group_field(key) == "name"
    return syn.member_field(key) == "nik"
