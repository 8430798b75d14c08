"""A roster workbook as villages send them: one long member table with a group column.

Used for the national-scale benchmarks and for tests of the import; it takes any
group objects with the attributes of ``RosterGroup`` (the synthetic data classes or
the database models).

Sheet ``Anggota``: an optional title row, then one row per member (``Nama
Kelompok`` repeated on every row). Sheet ``Kelompok``: one row per group with its
address and bank account. Written in openpyxl's write-only mode, so a national
roster (240,000 rows) streams through without being held in memory.

NIK, No. KK, phone and account numbers are text cells formatted ``@``, as a careful
clerk would make them; a NIK that the data says arrived as a number
(``nik_source == "number"``: the spreadsheet already rounded it) is written as a
number, the way such a file really looks. Every other text is a string cell, so a
name such as ``=SUM(A1)`` stays text and is never a formula.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from tkm_desktop.domain.regions import region_name
from tkm_desktop.domain.text import clean_text
from tkm_desktop.excel.write_only import abandon, keep_as_text

MEMBER_SHEET = "Anggota"
GROUP_SHEET = "Kelompok"
MEMBER_HEADERS = (
    "No",
    "Nama Kelompok",
    "NIK",
    "No. KK",
    "Nama",
    "Jenis Kelamin (L/P)",
    "Tempat Lahir",
    "Tanggal Lahir",
    "Alamat",
    "RT/RW",
    "Desa/Kelurahan",
    "Kecamatan",
    "No. HP",
    "Pendidikan",
    "Pekerjaan/Status",
    "Jabatan",
)
GROUP_HEADERS = (
    "Nama Kelompok",
    "Jenis Usaha",
    "Alamat",
    "Desa/Kelurahan",
    "Kecamatan",
    "Bank",
    "No. Rekening",
    "Nama Pemilik Rekening",
)
DEFAULT_TITLE = "DAFTAR NAMA ANGGOTA KELOMPOK TENAGA KERJA MANDIRI"
TEXT_FORMAT = "@"
DATE_FORMAT = "dd/mm/yyyy"
_MEMBER_WIDTHS = (5, 34, 20, 20, 28, 10, 16, 13, 36, 9, 20, 18, 15, 11, 18, 12)
_GROUP_WIDTHS = (34, 30, 36, 20, 18, 10, 20, 34)
_BOLD = Font(bold=True)


class RosterMember(Protocol):
    """What the writer reads of a member: ``synthetic.MemberData`` or the ``Member`` model."""

    nik: str
    nik_source: str
    kk: str
    name: str
    sex: str
    birth_place: str
    birth_date: dt.date | None
    address: str
    rt_rw: str
    kelurahan_code: str
    phone: str
    education: str
    work_status: str
    role: str


class RosterGroup(Protocol):
    """What the writer reads of a group: ``synthetic.GroupData`` or the ``Group`` model."""

    name: str
    business_type: str
    street: str
    kelurahan_code: str
    kecamatan_code: str
    kelurahan_name: str
    kecamatan_name: str
    bank_name: str
    account_number: str
    account_holder: str

    @property
    def members(self) -> Sequence[RosterMember]: ...


class _Cells:
    """Makes the cells of one sheet; openpyxl styles must be given per cell in write-only mode."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws

    def text(self, value: str | None) -> Any:
        """A string cell. openpyxl reads '=…' as a formula and '#N/A' as an error: force text.

        Cleaned as the importer cleans: a control character stored before would make
        openpyxl refuse the row (with the person's name in its message).
        """
        if value and not value.isprintable():
            value = clean_text(value)
        if not value:
            return None
        if value[0] in "=+-@" or value in ERROR_CODES:
            return keep_as_text(WriteOnlyCell(self.ws, value), value)
        return value

    def identifier(self, value: str | None) -> WriteOnlyCell:
        """A number-like text (NIK, KK, phone, account): a string cell formatted as text."""
        if value and not value.isprintable():
            value = clean_text(value)
        cell = WriteOnlyCell(self.ws, value or None)
        if value:  # an empty cell keeps only the format, as a prepared column does
            cell.data_type = "s"
        cell.number_format = TEXT_FORMAT
        return cell

    def date(self, value: dt.date | None) -> WriteOnlyCell | None:
        if value is None:
            return None
        cell = WriteOnlyCell(self.ws, value)
        cell.number_format = DATE_FORMAT
        return cell

    def header(self, value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value)
        cell.data_type = "s"
        cell.font = _BOLD
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        return cell


def _setup(ws: WriteOnlyWorksheet, widths: tuple[int, ...], header_row: int) -> None:
    # Write-only sheets take widths and panes before the first row.
    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    ws.freeze_panes = f"A{header_row + 1}"


def _place(code: str, fallback: str = "") -> str:
    return (region_name(code) if code else None) or fallback


def _member_row(c: _Cells, number: int, group: RosterGroup, m: RosterMember) -> list[Any]:
    kecamatan = m.kelurahan_code[:8] if m.kelurahan_code else group.kecamatan_code
    nik = int(m.nik) if m.nik_source == "number" and m.nik.isdigit() else c.identifier(m.nik)
    return [
        number,
        c.text(group.name),
        nik,
        c.identifier(m.kk),
        c.text(m.name),
        c.text(m.sex),
        c.text(m.birth_place),
        c.date(m.birth_date),
        c.text(m.address),
        c.text(m.rt_rw),
        c.text(_place(m.kelurahan_code, group.kelurahan_name)),
        c.text(_place(kecamatan, group.kecamatan_name)),
        c.identifier(m.phone),
        c.text(m.education),
        c.text(m.work_status),
        c.text(m.role),
    ]


def _group_row(c: _Cells, group: RosterGroup) -> list[Any]:
    return [
        c.text(group.name),
        c.text(group.business_type),
        c.text(group.street),
        c.text(group.kelurahan_name or _place(group.kelurahan_code)),
        c.text(group.kecamatan_name or _place(group.kecamatan_code)),
        c.text(group.bank_name),
        c.identifier(group.account_number),
        c.text(group.account_holder),
    ]


def _fill(wb: Workbook, groups: Iterable[RosterGroup], title: str | None) -> None:
    members_ws = wb.create_sheet(MEMBER_SHEET)
    groups_ws = wb.create_sheet(GROUP_SHEET)
    mc, gc = _Cells(members_ws), _Cells(groups_ws)
    _setup(members_ws, _MEMBER_WIDTHS, 3 if title else 1)
    _setup(groups_ws, _GROUP_WIDTHS, 1)
    if title:
        title_cell = WriteOnlyCell(members_ws, title)
        title_cell.data_type = "s"
        title_cell.font = Font(bold=True, size=12)
        members_ws.append([title_cell])
        members_ws.append([])
    members_ws.append([mc.header(h) for h in MEMBER_HEADERS])
    groups_ws.append([gc.header(h) for h in GROUP_HEADERS])
    number = 0
    for group in groups:
        groups_ws.append(_group_row(gc, group))
        for m in group.members:
            number += 1
            members_ws.append(_member_row(mc, number, group, m))


def write_roster_workbook(
    path: str | os.PathLike[str], groups: Iterable[RosterGroup], *, title: str | None = None
) -> Path:
    """Write the roster of ``groups`` (consumed once) to ``path``, whole or not at all."""
    target = Path(path)
    part = target.with_name(target.name + ".part")
    wb = Workbook(write_only=True)
    try:
        _fill(wb, groups, title)
        wb.save(part)
        os.replace(part, target)
    except BaseException:
        abandon(wb)
        part.unlink(missing_ok=True)
        raise
    return target
