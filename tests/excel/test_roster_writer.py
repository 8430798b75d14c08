"""The roster workbook writer: the long village table, identifiers as text, no formulas."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from tkm_desktop.excel.proposal_reader import read_proposal
from tkm_desktop.excel.roster_writer import (
    DEFAULT_TITLE,
    GROUP_HEADERS,
    MEMBER_HEADERS,
    write_roster_workbook,
)
from tkm_desktop.services.synthetic import Dataset, GroupData, generate

TODAY = dt.date(2025, 6, 2)
NIK_COL, KK_COL, DATE_COL, PHONE_COL = 3, 4, 8, 13


@pytest.fixture(scope="module")
def data() -> Dataset:
    data = generate(5, groups=12, members_per_group=10, defects=True, today=TODAY)
    data.groups[0].name = "=SUM(A1)"
    data.groups[1].name = "#N/A"
    data.groups[2].members[4].name = '=HYPERLINK("http://x")'
    return data


@pytest.fixture(scope="module")
def book(data: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("roster") / "roster.xlsx"
    write_roster_workbook(path, iter(data.groups), title=DEFAULT_TITLE)
    return path


def _members_in_order(data: Dataset) -> list[tuple[GroupData, int]]:
    return [(g, i) for g in data.groups for i in range(len(g.members))]


def test_sheets_title_and_headers(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["Anggota", "Kelompok"]
    ws = wb["Anggota"]
    assert ws["A1"].value == DEFAULT_TITLE
    assert [c.value for c in ws[3]] == list(MEMBER_HEADERS)
    assert MEMBER_HEADERS[:5] == ("No", "Nama Kelompok", "NIK", "No. KK", "Nama")
    assert [c.value for c in wb["Kelompok"][1]] == list(GROUP_HEADERS)


def test_identifiers_are_text_cells_formatted_as_text(book: Path, data: Dataset) -> None:
    ws = openpyxl.load_workbook(book)["Anggota"]
    rows = list(ws.iter_rows(min_row=4))
    assert len(rows) == data.member_count
    for row, (group, i) in zip(rows, _members_in_order(data), strict=True):
        member = group.members[i]
        nik, kk, phone = row[NIK_COL - 1], row[KK_COL - 1], row[PHONE_COL - 1]
        if member.nik_source == "number":
            # A NIK the spreadsheet already turned into a number stays one, as it arrived.
            assert nik.value == int(member.nik) and nik.data_type == "n"
            continue
        assert nik.value == member.nik and isinstance(nik.value, str)
        if len(member.nik) == 16:
            assert re.fullmatch(r"[0-9]{16}", nik.value)
        for cell in (nik, kk, phone):
            assert cell.data_type == "s" and cell.number_format == "@"
        assert kk.value == member.kk and phone.value.startswith("08")
    [rounded] = [g.members[i] for g, i in _members_in_order(data) if g.members[i].nik_source
                 == "number"]  # fmt: skip
    assert rounded.nik.endswith("0")


def test_birth_dates_are_date_cells(book: Path, data: Dataset) -> None:
    ws = openpyxl.load_workbook(book)["Anggota"]
    cell = ws.cell(row=4, column=DATE_COL)
    assert cell.is_date and cell.number_format == "dd/mm/yyyy"
    assert cell.value.date() == data.groups[0].members[0].birth_date


def test_text_that_looks_like_a_formula_stays_text(book: Path, data: Dataset) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb["Anggota"]
    second_row = 4 + len(data.groups[0].members)
    first, second = ws.cell(row=4, column=2), ws.cell(row=second_row, column=2)
    assert (first.value, first.data_type) == ("=SUM(A1)", "s")
    assert (second.value, second.data_type) == ("#N/A", "s")
    names = {c.value: c.quotePrefix for c in ws["E"]}
    assert names['=HYPERLINK("http://x")']  # stays text when a clerk edits it in Excel
    groups = wb["Kelompok"]
    assert (groups["A2"].value, groups["A2"].data_type) == ("=SUM(A1)", "s")
    assert groups["A2"].quotePrefix and first.quotePrefix
    # No formula anywhere in the file.
    assert not any(c.data_type == "f" for s in wb for row in s.iter_rows() for c in row)


def test_the_groups_sheet_carries_address_and_bank(book: Path, data: Dataset) -> None:
    ws = openpyxl.load_workbook(book)["Kelompok"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(data.groups)
    g = data.groups[3]
    assert rows[3] == (
        g.name,
        g.business_type,
        g.street,
        g.kelurahan_name,
        g.kecamatan_name,
        g.bank_name,
        g.account_number or None,
        g.account_holder,
    )
    assert ws.cell(row=5, column=7).number_format == "@"


def test_without_a_title_the_header_is_the_first_row(tmp_path: Path, data: Dataset) -> None:
    path = write_roster_workbook(tmp_path / "plain.xlsx", data.groups[:1])
    ws = openpyxl.load_workbook(path)["Anggota"]
    assert [c.value for c in ws[1]] == list(MEMBER_HEADERS)
    assert ws.max_row == 1 + len(data.groups[0].members)


def test_the_import_reads_back_what_was_written(book: Path, data: Dataset) -> None:
    proposal = read_proposal(book, office_region_code="32.75", today=TODAY)
    assert proposal.errors == []
    assert [g.name for g in proposal.groups] == [g.name for g in data.groups]
    for read, written in zip(proposal.groups, data.groups, strict=True):
        assert (read.kelurahan_code, read.account_number) == (
            written.kelurahan_code,
            written.account_number,
        )
        assert [
            (m.nik, m.kk, m.phone, m.birth_date, m.sex, m.role, m.kelurahan_code)
            for m in read.members
        ] == [
            (m.nik, m.kk, m.phone, m.birth_date, m.sex, m.role, m.kelurahan_code)
            for m in written.members
        ]
        assert [m.arrived_as_number for m in read.members] == [
            m.nik_source == "number" for m in written.members
        ]


def test_a_failed_write_leaves_no_file(tmp_path: Path, data: Dataset) -> None:
    def broken() -> Iterator[GroupData]:
        yield data.groups[0]
        raise RuntimeError("disk full")

    target = tmp_path / "broken.xlsx"
    with pytest.raises(RuntimeError, match="disk full"):
        write_roster_workbook(target, broken())
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced_whole(tmp_path: Path, data: Dataset) -> None:
    target = tmp_path / "roster.xlsx"
    target.write_bytes(b"old")
    write_roster_workbook(target, data.groups[:2])
    assert openpyxl.load_workbook(target).sheetnames == ["Anggota", "Kelompok"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roster.xlsx"]
