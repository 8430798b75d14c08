"""What a proposal file says, as plain data: groups, their members, and the problems found.

Made by ``proposal_reader.read_proposal``, which touches no database. Every value
keeps where it came from (sheet, row as the spreadsheet shows it, column letter and
header), so each problem can be reported precisely and written back by
``errors_out``. Problems are of two kinds: structure errors (category ``structure``:
the import is refused) and data findings (they travel with the group into vetting).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tkm_desktop.domain.findings import CODES, Category, masked, message
from tkm_desktop.excel.layout import Column

LAYOUT_PER_SHEET = "per_sheet"  # one sheet per group, details in a block above the table
LAYOUT_LONG_TABLE = "long_table"  # one table with a group column
LAYOUT_GROUPS_MEMBERS = "groups_members"  # a groups sheet plus a members sheet


@dataclass(frozen=True, slots=True)
class Position:
    sheet: str
    row: int | None
    column: str  # letter, '' when the problem is about a whole row or the file
    header: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem, reported as ``{"sheet","row","column","code","severity","message"}``."""

    sheet: str
    row: int | None
    column: str
    code: str
    severity: str
    message: str
    details: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def is_structure(self) -> bool:
        return CODES[self.code].category == Category.STRUCTURE

    def text(self, lang: str = "id") -> str:
        """The text in ``lang``: the catalogue's, unless the reader wrote its own (an
        Indonesian-only sentence, such as a file's own error). ``message`` stays Indonesian:
        the contract's JSON carries it."""
        if lang != "en":
            return self.message
        details = masked(self.details, keep_dates=True)  # as make_problem wrote it
        if message(self.code, details) != self.message:
            return self.message
        return message(self.code, details, "en")

    def as_json(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
        }


def make_problem(code: str, where: Position | None, **details: Any) -> Problem:
    """A problem with the catalogue's severity and Indonesian text."""
    where = where or Position("", None, "")
    # NIKs and KK numbers masked in the text, as vetting shows them; details keep them whole.
    # The birth date from the NIK stays: the verifier importing may see whole NIKs.
    text = details.pop("text", None) or message(code, masked(details, keep_dates=True))
    return Problem(
        where.sheet, where.row, where.column, code, str(CODES[code].severity), text, details
    )


@dataclass(slots=True)
class MemberData:
    """One person of a roster, as read; ``columns`` (shared by the table) says where."""

    nik: str
    arrived_as_number: bool
    name: str
    kk: str = ""
    birth_place: str = ""
    birth_date: dt.date | None = None
    sex: str = ""
    address: str = ""
    rt_rw: str = ""
    kelurahan_name: str = ""
    kelurahan_code: str = ""
    kecamatan_name: str = ""
    kecamatan_code: str = ""
    phone: str = ""
    education: str = ""
    work_status: str = ""
    role: str = "Anggota"
    sheet: str = ""
    row: int = 0
    columns: Mapping[str, Column] = field(default_factory=dict, repr=False)
    findings: list[Problem] = field(default_factory=list)

    def position(self, name: str = "") -> Position:
        """Where the member's field ``name`` was read ('' for the row itself)."""
        col = self.columns.get(name)
        if col is None and name == "birth_date":
            col = self.columns.get("birth_place_date")
        if col is None:
            return Position(self.sheet, self.row, "")
        return Position(self.sheet, self.row, col.letter, col.header)


GROUP_FIELDS = (
    "name", "number", "business_type", "sector", "street", "rt_rw", "kelurahan", "kecamatan",
    "leader", "bank_name", "account_number", "account_holder", "recommender_name",
    "recommender_letter_number", "recommender_letter_date",
)  # fmt: skip


@dataclass(slots=True)
class GroupData:
    """One group with its members; ``positions`` maps a group field to where it was read."""

    name: str
    number: str = ""
    business_type: str = ""
    sector: str = ""
    street: str = ""
    rt_rw: str = ""
    kelurahan_name: str = ""
    kelurahan_code: str = ""
    kecamatan_name: str = ""
    kecamatan_code: str = ""
    leader: str = ""
    bank_name: str = ""
    account_number: str = ""
    account_holder: str = ""
    recommender_name: str = ""
    recommender_letter_number: str = ""
    recommender_letter_date: dt.date | None = None
    sheet: str = ""
    row: int | None = None
    positions: dict[str, Position] = field(default_factory=dict)
    members: list[MemberData] = field(default_factory=list)
    findings: list[Problem] = field(default_factory=list)

    def position(self, name: str = "") -> Position:
        return self.positions.get(name) or Position(self.sheet, self.row, "")

    @property
    def all_findings(self) -> list[Problem]:
        """The group's own findings and its members', in row order."""
        out = list(self.findings)
        for m in self.members:
            out.extend(m.findings)
        return out


@dataclass(frozen=True, slots=True)
class TableInfo:
    """A table found in the file: which column each field came from (for the wizard)."""

    sheet: str
    kind: str
    header_row: int
    columns: Mapping[str, Column]


@dataclass
class ProposalData:
    path: Path
    kind: str = ""  # "xlsx", "xls", "ods", "csv"; "" when unreadable
    layout: str = ""
    groups: list[GroupData] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    tables: list[TableInfo] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """Structure errors: any one refuses the import."""
        return [p for p in self.problems if p.is_structure]

    @property
    def findings(self) -> list[Problem]:
        """Data findings: stored with the groups, checked again in vetting."""
        return [p for p in self.problems if not p.is_structure]

    @property
    def members_count(self) -> int:
        return sum(len(g.members) for g in self.groups)
