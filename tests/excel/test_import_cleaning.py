"""What the importer lets through: unreadable sexes, empty cells, invisible characters."""

from __future__ import annotations

import gc
import io
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest

from tests.import_support import vb
from tkm_desktop.domain.dates import DateNotInCalendar, DateParseError, parse_date
from tkm_desktop.excel import values as cv
from tkm_desktop.excel.errors_out import write_errors_workbook
from tkm_desktop.excel.proposal import ProposalData
from tkm_desktop.excel.proposal_reader import read_proposal
from tkm_desktop.excel.recap_writer import recap_workbook
from tkm_desktop.excel.roster_writer import write_roster_workbook

P = vb.people(4)
HEADER = ["NIK", "Nama", "L/P", "Tempat Lahir", "Tanggal Lahir", "Alamat"]


def _escaped(text: str) -> str:
    # How Excel stores a control character in the file; python-calamine reads it back.
    return "".join(f"_x{ord(ch):04X}_" if ord(ch) < 0x20 else ch for ch in text)


def _book(path: Path, *rows: list[str]) -> ProposalData:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [HEADER, *rows]:
        ws.append([_escaped(v) for v in row])
    wb.save(path)
    return read_proposal(path, office_region_code=vb.OFFICE, today=vb.TODAY)


def _row(
    p: vb.Person, sex: str, place: str = "Bekasi", born: str = "", name: str = ""
) -> list[str]:
    born = born or p.birth_date.strftime("%d/%m/%Y")
    return [p.nik, name or p.name, sex, place, born, "Jl. Mawar"]


def _codes(data: ProposalData) -> list[tuple[str, int | None, str]]:
    return [(p.code, p.row, p.column) for p in data.problems]


def test_an_unreadable_sex_refuses_the_file_naming_row_and_column(tmp_path: Path) -> None:
    data = _book(tmp_path / "a.xlsx", _row(P[0], P[0].sex), _row(P[1], "X"), _row(P[2], "?"))
    assert _codes(data) == [("SEX_UNPARSEABLE", 3, "C"), ("SEX_UNPARSEABLE", 4, "C")]
    assert all(p.is_structure for p in data.problems)
    assert data.problems[0].message == (
        "Jenis kelamin 'X' tidak dapat dibaca; isi L (laki-laki) atau P (perempuan)."
    )


def test_empty_cells_the_ministry_needs_are_findings_with_the_nik_hint(tmp_path: Path) -> None:
    a, b = P[0], P[1]
    data = _book(
        tmp_path / "a.xlsx", _row(a, "-", place=""), [b.nik, b.name, "", "Bekasi", "", "Jl. X"]
    )
    assert _codes(data) == [
        ("SEX_MISSING", 2, "C"),
        ("BIRTH_PLACE_MISSING", 2, "D"),
        ("SEX_MISSING", 3, "C"),
        ("BIRTH_DATE_MISSING", 3, "E"),
    ]
    assert data.errors == []
    sex_b, born_b = data.problems[2:]
    assert sex_b.message == f"Jenis kelamin (L/P) belum diisi. Menurut NIK: {b.sex}."
    assert born_b.message.endswith(f"Menurut NIK: {b.birth_date.strftime('%d/%m/%Y')}.")
    assert data.groups[0].members[0].sex == ""


def test_an_impossible_date_has_its_own_sentence(tmp_path: Path) -> None:
    data = _book(tmp_path / "a.xlsx", _row(P[0], P[0].sex, born="31/02/1994"))
    assert _codes(data) == [("DATE_NOT_IN_CALENDAR", 2, "E")]
    assert data.problems[0].message == (
        "Tanggal '31/02/1994' tidak ada dalam kalender; periksa tanggal dan bulannya."
    )
    with pytest.raises(DateNotInCalendar):
        parse_date("29/02/2023")
    with pytest.raises(DateParseError) as raised:
        parse_date("kemarin")
    assert not isinstance(raised.value, DateNotInCalendar)


def test_control_and_bidi_characters_never_reach_the_data(tmp_path: Path) -> None:
    evil = "Hadi\x07Wijaya\x1b[2J"
    reversed_ = "Budi \u202eRAHASIA\u202c Santoso"
    data = _book(
        tmp_path / "a.xlsx",
        _row(P[0], P[0].sex, name=evil, place="Bek\u200fasi"),
        _row(P[1], P[1].sex, name=reversed_),
    )
    a, b = data.groups[0].members
    assert (a.name, a.birth_place, b.name) == ("HadiWijaya[2J", "Bekasi", "Budi RAHASIA Santoso")
    assert cv.text("  Jl. Mawar\tNo. 5\x0b ") == "Jl. Mawar No. 5"
    assert cv.sex("  -  ") == "" and cv.sex("X") is None


def _member(name: str) -> SimpleNamespace:
    p = P[0]
    return SimpleNamespace(
        nik=p.nik, nik_source="text", kk="3275011201000001\x07", name=name, sex="L",
        birth_place="Bekasi", birth_date=p.birth_date, address="Jl.\x1b[2J Mawar", rt_rw="",
        kelurahan_code="", phone="0812\x00", education="", work_status="", role="Ketua",
    )  # fmt: skip


def test_the_roster_writer_cleans_what_was_stored_before(tmp_path: Path) -> None:
    group = SimpleNamespace(
        name="Maju\u202e Jaya", business_type="", street="", kelurahan_code="", kecamatan_code="",
        kelurahan_name="", kecamatan_name="", bank_name="", account_number="", account_holder="",
        members=[_member("Hadi\x07Wijaya")],
    )  # fmt: skip
    out = write_roster_workbook(tmp_path / "r.xlsx", [group])
    ws = openpyxl.load_workbook(out)["Anggota"]
    row = [c.value for c in ws[2]]
    assert row[1] == "Maju Jaya" and row[4] == "HadiWijaya" and row[8] == "Jl.[2J Mawar"
    assert row[3] == "3275011201000001" and row[12] == "0812"


def _figures(name: str) -> SimpleNamespace:
    line = SimpleNamespace(label="Bekasi\x07 Timur", by_status={}, groups=1, members=10,
                           requested=None, recommended_groups=0, recommended=None)  # fmt: skip
    group = SimpleNamespace(id=1, name=name, scheme="TKM", status="Usulan Masuk",
                            kelurahan="", kecamatan="", members=10, requested=None,
                            recommended=None)  # fmt: skip
    return SimpleNamespace(statuses=(), kecamatan=(line,), schemes=(line,), total=line,
                           groups=(group,))  # fmt: skip


def test_the_recap_workbook_cleans_what_was_stored_before() -> None:
    book = openpyxl.load_workbook(io.BytesIO(recap_workbook(_figures("Hadi\x1b[2J"), ["Rekap"])))
    ws = book["Daftar Kelompok"]
    assert ws.cell(row=4, column=3).value == "Hadi[2J"
    assert book["Per Kecamatan"].cell(row=4, column=2).value == "Bekasi Timur"


def test_a_failed_recap_leaves_no_stream_for_the_garbage_collector() -> None:
    # Without closing the write-only streams, the collector printed "Exception ignored"
    # tracebacks on stderr (pytest turns them into an error here).
    figures = _figures("Kelompok")
    figures.groups = (SimpleNamespace(id="x"),)  # an attribute missing half-way through
    with pytest.raises(AttributeError):
        recap_workbook(figures, ["Rekap"])
    gc.collect()


def test_the_errors_workbook_copies_a_dirty_cell_cleaned(tmp_path: Path) -> None:
    data = _book(tmp_path / "a.xlsx", _row(P[0], "X", name="Hadi\x07Wijaya"))
    out = write_errors_workbook(data, tmp_path / "e.xlsx")
    sheet = openpyxl.load_workbook(out).worksheets[1]
    assert sheet["B2"].value == "HadiWijaya"
    assert "tidak dapat dibaca" in sheet["G2"].value
    assert not (tmp_path / "e.xlsx.part").exists()
