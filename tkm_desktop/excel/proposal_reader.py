"""read_proposal: a workbook in, groups with members and coded problems out (no database).

Layouts, told apart by what the sheets hold:
- a member table without a group column: one group per sheet, its details in the
  block above the table, the sheet name when the block names no group;
- a member table with a ``Nama Kelompok``/``No. Kelompok`` column: one long table
  (a blank group cell means "as above");
- plus a groups sheet (group columns, no NIK): linked to members by number or name.

``overrides`` place a field by hand, ``(sheet, field) → column index`` (None: not
there), for the wizard's drop-downs; ``tick(done, total, text)`` is called every few
thousand rows and may raise to stop the reading.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tkm_desktop.domain import regions
from tkm_desktop.excel import values as cv
from tkm_desktop.excel.columns import Synonyms, load_synonyms, normalize_header
from tkm_desktop.excel.layout import GROUPS, MEMBERS, Column, SheetScan, scan_sheet
from tkm_desktop.excel.member_rows import MemberReader
from tkm_desktop.excel.proposal import (
    LAYOUT_GROUPS_MEMBERS,
    LAYOUT_LONG_TABLE,
    LAYOUT_PER_SHEET,
    GroupData,
    Position,
    Problem,
    ProposalData,
    TableInfo,
    make_problem,
)
from tkm_desktop.excel.reader import DEFAULT_ROW_CAP, ReadError, open_workbook
from tkm_desktop.excel.regionmatch import RegionMatcher

Overrides = Mapping[tuple[str, str], int | None]  # (sheet, field) → column index or None
# tick(done, total, message key, **its values): services.importer.ticker phrases the line in
# the caller's language; it may raise to stop.
Tick = Callable[..., None]
TICK_ROWS = 2048  # rows between two ticks: cheap, and still several a second


@dataclass(frozen=True, slots=True)
class SheetTable(TableInfo):
    """A table with every column of its header row: the choices a clerk may map a field to."""

    headers: tuple[Column, ...] = ()


_TEXT_GROUP_FIELDS = (
    "business_type", "sector", "street", "rt_rw", "leader", "bank_name", "account_holder",
    "recommender_name", "recommender_letter_number",
)  # fmt: skip


def read_proposal(
    path: str | Path,
    *,
    synonyms: Synonyms | None = None,
    office_region_code: str | None,
    today: dt.date,
    row_cap: int = DEFAULT_ROW_CAP,
    overrides: Overrides | None = None,
    tick: Tick | None = None,
) -> ProposalData:
    """Reads a proposal workbook (xlsx/xlsm/xls/ods/csv); file problems become coded problems.

    Raises only ``SynonymsError`` (the office's synonyms file is broken), and whatever
    ``tick`` raises.
    """
    path = Path(path)
    syn = synonyms or load_synonyms()
    data = ProposalData(path)
    matcher = RegionMatcher(office_region_code)
    matcher.warm_in_background()  # overlaps with counting the rows (zlib frees the GIL)
    reader = _Reader(syn, matcher, today, tick)
    try:
        book = open_workbook(path, row_cap=row_cap)
        data.kind = book.kind
        sheets = [s for s in book.sheets if s.visible] or book.sheets
        for index, sheet in enumerate(sheets):
            reader.sheet = sheet.name
            reader.sheet_order[sheet.name] = index
            placed = {f: i for (name, f), i in (overrides or {}).items() if name == sheet.name}
            reader.read_sheet(scan_sheet(sheet, syn, placed), data)
    except ReadError as e:
        data.problems = [make_problem(e.code, Position(reader.sheet, None, ""), text=str(e))]
        data.groups = []
        return data
    reader.finish(data, first_sheet=sheets[0].name if sheets else path.name)
    return data


class _Reader:
    def __init__(
        self, syn: Synonyms, matcher: RegionMatcher, today: dt.date, tick: Tick | None = None
    ) -> None:
        self.syn = syn
        self.tick = tick
        self.regions = matcher
        self.today = today
        self.dates = cv.DateReader(today)
        self.sheet = ""
        self.sheet_order: dict[str, int] = {}
        self.problems: list[Problem] = []
        self.table_groups: dict[tuple[str, str], GroupData] = {}
        self.sheet_groups: list[GroupData] = []
        self.member_tables = 0
        self._last_raw: tuple[Any, Any] | None = None
        self._matched: dict[tuple[str, str], tuple[str, str, str, list[tuple[str, str, str]]]] = {}
        self._last_group: GroupData | None = None
        self.group_column = False

    # --- sheets ---------------------------------------------------------------

    def read_sheet(self, scan: SheetScan, data: ProposalData) -> None:
        if scan.kind is None:
            return
        data.tables.append(
            SheetTable(scan.sheet, scan.kind, scan.header_row, scan.columns, scan.headers)
        )
        if scan.kind == GROUPS:
            self._read_groups(scan)
        elif scan.kind == MEMBERS:
            self._read_members(scan)

    def _read_groups(self, scan: SheetScan) -> None:
        for row, values in scan.data_rows():
            cells = {
                name[6:]: (values[c.index] if c.index < len(values) else None, c)
                for name, c in scan.columns.items()
                if name.startswith("group.")
            }
            group = self._group(
                scan.sheet, row, {k: (v, row, c.letter, c.header) for k, (v, c) in cells.items()}
            )
            if group.name or group.number:
                self.sheet_groups.append(group)

    def _read_members(self, scan: SheetScan) -> None:
        self.member_tables += 1
        missing = [f for f in ("nik", "name") if f not in scan.columns]
        if missing:
            for f in missing:
                self.problems.append(make_problem(
                    "COLUMN_MISSING", Position(scan.sheet, scan.header_row, ""),
                    column=self.syn.label(f),
                ))  # fmt: skip
            return
        gname_col, gnum_col = scan.col("group.name"), scan.col("group.number")
        group: GroupData | None = None
        if gname_col < 0 and gnum_col < 0:
            fields = {k: (b.value, b.row, b.column, "") for k, b in scan.block.items()}
            group = self._group(scan.sheet, scan.header_row, fields)
            if not group.name:
                group.name = " ".join(scan.sheet.split())
            group = self._register(("name", normalize_header(group.name)), group)
        else:
            self.group_column = True
        members = MemberReader(scan.sheet, scan.columns, self.dates, self.today, self.problems,
                               self._place)  # fmt: skip
        tick = self.tick
        for row, values in scan.data_rows():
            if tick is not None and not row % TICK_ROWS:
                shown = f"{row:,}".replace(",", ".")  # 2.048: Indonesian grouping
                tick(row, 0, "import.progress.sheet", sheet=scan.sheet, row=shown)
            if group is None or gname_col >= 0 or gnum_col >= 0:
                found = self._row_group(scan, row, values, gname_col, gnum_col)
                if found is None:
                    if group is None:
                        self.problems.append(make_problem(
                            "VALUE_MISSING", Position(scan.sheet, row, scan.columns[
                                "group.name" if gname_col >= 0 else "group.number"].letter),
                            column=self.syn.label("group.name"),
                        ))  # fmt: skip
                        continue
                else:
                    group = found
            member = members.read(row, values)
            if member is not None and group is not None:
                group.members.append(member)

    def _row_group(
        self, scan: SheetScan, row: int, values: list[Any], gname_col: int, gnum_col: int
    ) -> GroupData | None:
        n = len(values)
        raw = (values[gname_col] if 0 <= gname_col < n else None,
               values[gnum_col] if 0 <= gnum_col < n else None)  # fmt: skip
        if raw == (None, None):
            return None  # "as above"
        if raw == self._last_raw:
            return self._last_group  # the usual case: the same group as the row before
        name = cv.name(raw[0])
        number = cv.digits_text(raw[1])
        if not name and not number:
            return None
        key = ("number", number) if number else ("name", normalize_header(name))
        found = self.table_groups.get(key)
        if found is None:
            fields = {
                name[6:]: (values[c.index] if c.index < n else None, row, c.letter, c.header)
                for name, c in scan.columns.items()
                if name.startswith("group.")
            }
            found = self._register(key, self._group(scan.sheet, row, fields))
        self._last_raw, self._last_group = raw, found
        return found

    def _register(self, key: tuple[str, str], group: GroupData) -> GroupData:
        return self.table_groups.setdefault(key, group)

    # --- values ---------------------------------------------------------------

    def _group(
        self, sheet: str, row: int | None, fields: dict[str, tuple[Any, Any, str, str]]
    ) -> GroupData:
        """A group from its fields: name → (value, row, column letter, header)."""
        g = GroupData(name="", sheet=sheet, row=row)
        for f, (value, r, letter, header) in fields.items():
            g.positions[f] = Position(sheet, r, letter, header)
            if f == "name":
                g.name = cv.name(value)
            elif f in ("number", "account_number"):
                setattr(g, f, cv.digits_text(value))
            elif f == "rt_rw":
                g.rt_rw = cv.rt_rw(value)
            elif f in _TEXT_GROUP_FIELDS:
                setattr(g, f, cv.text(value))
            elif f in ("kelurahan", "kecamatan"):
                setattr(g, f"{f}_name", cv.text(value))
            elif f == "recommender_letter_date":
                d = self.dates(value)
                if isinstance(d, cv.DateFailure):
                    self.problems.append(make_problem(d.code, g.positions[f], value=cv.text(value)))
                else:
                    g.recommender_letter_date = d
        return g

    # --- putting it together ---------------------------------------------------

    def finish(self, data: ProposalData, first_sheet: str) -> None:
        groups = self._link()
        if not self.member_tables:
            self.problems.append(make_problem("HEADER_NOT_FOUND", Position(first_sheet, None, "")))
        for g in groups:
            self._regions_of(g)
            self._leader_role(g)
            self._duplicates(g)
        data.groups = groups
        data.layout = (
            LAYOUT_GROUPS_MEMBERS if self.sheet_groups
            else LAYOUT_LONG_TABLE if self.group_column else LAYOUT_PER_SHEET
        )  # fmt: skip
        findings = [p for g in groups for p in g.all_findings]
        data.problems = sorted(self.problems + findings, key=_order)

    def _link(self) -> list[GroupData]:
        if not self.sheet_groups:
            groups = list(self.table_groups.values())
        else:
            groups = []
            for sg in self.sheet_groups:
                for key in (("number", sg.number), ("name", normalize_header(sg.name))):
                    found = self.table_groups.pop(key, None) if key[1] else None
                    if found is not None:
                        sg.members.extend(found.members)
                        break
                groups.append(sg)
            for key, g in self.table_groups.items():
                if key[0] == "number" and not g.name:
                    self.problems.append(make_problem(
                        "VALUE_MISSING", g.position("number"),
                        text=f"Kelompok nomor {key[1]} tidak ada di sheet daftar kelompok.",
                        column=self.syn.label("group.number"),
                    ))  # fmt: skip
                groups.append(g)
        for g in groups:
            if not g.name and g.number and not self.sheet_groups:
                g.name = f"Kelompok {g.number}"
            elif not g.name:
                self.problems.append(
                    make_problem(
                        "VALUE_MISSING", g.position("name"), column=self.syn.label("group.name")
                    )
                )
        return groups

    def _regions_of(self, g: GroupData) -> None:
        """The group's codes; its members' were matched as they were read."""
        if not g.kelurahan_name and not g.kecamatan_name:
            first = next((m for m in g.members if m.kelurahan_name or m.kecamatan_name), None)
            if first is not None:
                g.kelurahan_name, g.kelurahan_code = first.kelurahan_name, first.kelurahan_code
                g.kecamatan_name, g.kecamatan_code = first.kecamatan_name, first.kecamatan_code
                return
        self._match(g, g.findings)

    def _place(self, kelurahan: str, kecamatan: str) -> tuple[str, str, str, list[Any]]:
        """Codes for the typed names, cached per pair of names."""
        found = self._matched.get((kelurahan, kecamatan))
        if found is None:
            found = self._matched[(kelurahan, kecamatan)] = self._lookup(kelurahan, kecamatan)
        return found

    def _match(self, obj: GroupData, out: list[Problem]) -> None:
        """Codes for the group's typed names; findings for the unmatched."""
        found = self._place(obj.kelurahan_name, obj.kecamatan_name)
        obj.kelurahan_code, obj.kecamatan_code, kec_name, unmatched = found
        obj.kecamatan_name = obj.kecamatan_name or kec_name
        for field, name, parent in unmatched:
            out.append(make_problem("REGION_NAME_UNMATCHED", obj.position(field), name=name,
                                    parent=parent))  # fmt: skip

    def _lookup(
        self, kel_name: str, kec_name: str
    ) -> tuple[str, str, str, list[tuple[str, str, str]]]:
        unmatched: list[tuple[str, str, str]] = []
        kec_code = ""
        if kec_name:
            kec_code = self.regions.kecamatan(kec_name) or ""
            if not kec_code:
                unmatched.append(("kecamatan", kec_name, self.regions.office_name))
        kel_code = ""
        if kel_name:
            kel_code = self.regions.kelurahan(kel_name, kec_code or None) or ""
            if kel_code:
                kec_code = kec_code or kel_code.rsplit(".", 1)[0]
            else:
                parent = regions.region_name(kec_code) if kec_code else None
                where = f"Kecamatan {parent}" if parent else self.regions.office_name
                unmatched.append(("kelurahan", kel_name, where))
        kec_label = (regions.region_name(kec_code) or "") if kec_code and not kec_name else ""
        return kel_code, kec_code, kec_label, unmatched

    def _leader_role(self, g: GroupData) -> None:
        """No role column but a 'Ketua : …' line: that member is the Ketua."""
        if not g.leader or any(m.role != "Anggota" for m in g.members):
            return
        key = normalize_header(g.leader)
        matches = [m for m in g.members if normalize_header(m.name) == key]
        if len(matches) == 1 and "role" not in matches[0].columns:
            matches[0].role = "Ketua"

    def _duplicates(self, g: GroupData) -> None:
        counts = Counter(m.nik for m in g.members)
        for m in g.members:
            if counts[m.nik] > 1:
                m.findings.append(
                    make_problem(
                        "NIK_DUPLICATE_IN_GROUP", m.position("nik"), nik=m.nik, count=counts[m.nik]
                    )
                )


def _order(p: Problem) -> tuple[str, int, str, str]:
    return (p.sheet, p.row or 0, p.column, p.code)
