"""read_proposal on workbooks made the way villages make them: layouts, values, problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from tests.import_support import vb
from tkm_desktop.excel.columns import SynonymsError, default_synonyms_path, parse_synonyms
from tkm_desktop.excel.layout import column_letter
from tkm_desktop.excel.proposal import ProposalData
from tkm_desktop.excel.proposal_reader import read_proposal

FIXTURES = Path(__file__).parent / "fixtures"


def _read(path: Path, **kw: object) -> ProposalData:
    return read_proposal(path, office_region_code=vb.OFFICE, today=vb.TODAY, **kw)  # type: ignore[arg-type]


def _codes(data: ProposalData) -> list[tuple[str, int | None, str]]:
    return [(p.code, p.row, p.column) for p in data.problems]


def _book(
    path: Path, rows: list[list[object]], merges: tuple[str, ...] = (), title: str = "Data"
) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


P = vb.people(6)


# --- the three layouts ----------------------------------------------------------


def test_one_sheet_per_group_with_block_title_rows_and_signatures(tmp_path: Path) -> None:
    groups = [vb.group("Maju Jaya", 10), vb.group("Sejahtera Bersama", 12, 100)]
    data = _read(vb.per_sheet_book(tmp_path / "a.xlsx", groups))
    assert data.problems == []
    assert data.layout == "per_sheet"
    assert [(g.name, len(g.members)) for g in data.groups] == [
        ("Maju Jaya", 10),
        ("Sejahtera Bersama", 12),
    ]
    g = data.groups[0]
    assert (g.business_type, g.street) == ("Kuliner", "Jl. Mawar No. 1")
    assert (g.kelurahan_code, g.kecamatan_code) == ("32.75.01.1002", "32.75.01")
    assert g.positions["name"].row == 4 and g.positions["name"].column == "D"
    first = g.members[0]
    expected = groups[0].members[0]
    assert (first.nik, first.name, first.birth_date, first.sex, first.role) == (
        expected.nik,
        expected.name,
        expected.birth_date,
        "P",
        "Ketua",
    )
    assert (first.kk, first.rt_rw, first.phone, first.arrived_as_number) == (
        expected.kk,
        "001/002",
        "081234567890",
        False,
    )
    assert first.row == 11  # after 2 title rows, a blank, 4 block lines, a blank, header, numbers
    assert first.position("nik").column == "B" and first.position("nik").header == "NIK"
    assert g.members[3].row == 15  # the blank line after the third member is skipped
    assert data.tables[0].header_row == 9


def test_sheet_name_is_the_fallback_group_name(tmp_path: Path) -> None:
    path = vb.per_sheet_book(tmp_path / "a.xlsx", [vb.group("Tani Makmur", 3)], block_name=False)
    data = _read(path)
    assert [g.name for g in data.groups] == ["Tani Makmur"]
    assert data.problems == []


def test_one_long_table_with_merged_group_column_and_ttl(tmp_path: Path) -> None:
    groups = [vb.group("Maju Jaya", 4), vb.group("Sejahtera", 3, 50)]
    data = _read(vb.long_table_book(tmp_path / "a.xlsx", groups))
    assert data.layout == "long_table"
    assert data.problems == []
    assert [(g.name, len(g.members)) for g in data.groups] == [("Maju Jaya", 4), ("Sejahtera", 3)]
    m = data.groups[1].members[0]
    assert (m.birth_place, m.birth_date) == ("Bekasi", groups[1].members[0].birth_date)
    assert (m.sex, m.role, m.phone) == ("P", "Ketua", "081234567890")
    assert m.row == 8 and m.position("birth_date").column == "F"
    assert data.groups[1].kelurahan_code == "32.75.01.1002"


def test_long_table_group_written_once_means_as_above(tmp_path: Path) -> None:
    data = _read(
        vb.long_table_book(
            tmp_path / "a.xlsx", [vb.group("A", 3), vb.group("B", 2, 9)], merged_group=False
        )
    )
    assert [(g.name, len(g.members)) for g in data.groups] == [("A", 3), ("B", 2)]


def test_groups_sheet_and_members_sheet_linked_by_number(tmp_path: Path) -> None:
    groups = [vb.group("Maju Jaya", 3), vb.group("Sejahtera", 4, 20)]
    data = _read(vb.groups_members_book(tmp_path / "a.xlsx", groups))
    assert data.layout == "groups_members"
    assert data.problems == []
    g = data.groups[1]
    assert (g.name, g.number, len(g.members)) == ("Sejahtera", "2", 4)
    assert (g.bank_name, g.account_number, g.leader) == (
        "BRI",
        "012301000123456",
        groups[1].members[0].name,
    )
    assert g.members[0].birth_date == groups[1].members[0].birth_date  # a date cell
    assert g.members[1].sex == "L"  # written in lower case


def test_members_sheet_linked_by_name(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Anggota"
    ws.append(["Kelompok", "NIK", "Nama"])
    ws.append(["MAJU  jaya", P[0].nik, P[0].name])
    gs = wb.create_sheet("Kelompok")
    gs.append(["Nama Kelompok", "Jenis Usaha", "Kecamatan"])
    gs.append(["Maju Jaya", "Bengkel", "Bekasi Timur"])
    wb.save(tmp_path / "a.xlsx")
    data = _read(tmp_path / "a.xlsx")
    assert [(g.name, g.business_type, len(g.members)) for g in data.groups] == [
        ("Maju Jaya", "Bengkel", 1)
    ]


def test_members_with_a_group_number_missing_from_the_groups_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No. Kelompok", "Nama Kelompok", "Jenis Usaha"])
    ws.append([1, "Maju", "Bengkel"])
    ms = wb.create_sheet("Anggota")
    ms.append(["No. Kelompok", "NIK", "Nama"])
    ms.append([7, P[0].nik, P[0].name])
    wb.save(tmp_path / "a.xlsx")
    assert ("VALUE_MISSING", 2, "A") in _codes(_read(tmp_path / "a.xlsx"))


def test_csv_long_table(tmp_path: Path) -> None:
    data = _read(vb.csv_book(tmp_path / "a.csv", [vb.group("Maju", 3)], encoding="cp1252"))
    assert data.kind == "csv" and data.problems == []
    assert data.groups[0].members[0].nik == P[0].nik  # the leading apostrophe is dropped


def test_xls_and_ods_fixtures(tmp_path: Path) -> None:
    xls = _read(FIXTURES / "roster_per_sheet.xls")
    assert [(g.name, len(g.members)) for g in xls.groups] == [("Maju Jaya", 4), ("Sejahtera", 3)]
    # The xls holds NIKs as numbers: all marked, the one ending in 0 is NIK_ROUNDED.
    assert all(m.arrived_as_number for g in xls.groups for m in g.members)
    assert _codes(xls) == [("NIK_ROUNDED", 11, "B")]
    assert xls.problems[0].sheet == "Sejahtera"
    ods = _read(FIXTURES / "roster_long.ods")
    assert [(g.name, len(g.members)) for g in ods.groups] == [("Maju Jaya", 4), ("Sejahtera", 3)]
    assert ods.problems == []


# --- headers --------------------------------------------------------------------


def test_two_row_header_under_a_merged_cell(tmp_path: Path) -> None:
    rows = [
        ["No", "NIK", "Nama", "Tempat/Tgl Lahir", None, "JK"],
        [None, None, None, "Tempat", "Tanggal", None],
        [1, P[0].nik, P[0].name, "Bekasi", P[0].birth_date.strftime("%Y-%m-%d"), "P"],
    ]
    data = _read(_book(tmp_path / "a.xlsx", rows, merges=("D1:E1", "A1:A2", "B1:B2", "C1:C2")))
    assert data.problems == []
    m = data.groups[0].members[0]
    assert (m.birth_place, m.birth_date, m.row) == ("Bekasi", P[0].birth_date, 3)


def test_merged_ttl_header_over_two_columns(tmp_path: Path) -> None:
    rows = [
        ["NIK", "Nama", "Tempat, Tanggal Lahir", None],
        [
            P[0].nik,
            P[0].name,
            "Bekasi",
            P[0].birth_date.strftime("%d %B %Y").replace("January", "Januari"),
        ],
    ]
    data = _read(_book(tmp_path / "a.xlsx", rows, merges=("C1:D1",)))
    m = data.groups[0].members[0]
    assert (m.birth_place, m.birth_date) == ("Bekasi", P[0].birth_date)


@pytest.mark.parametrize(
    "headers",
    [
        [
            "NO.",
            "NO. KTP",
            "NAMA LENGKAP",
            "TGL. LAHIR",
            "JENIS  KELAMIN",
            "KEDUDUKAN DALAM KELOMPOK",
        ],
        [
            "no",
            "Nomor Induk Kependudukan",
            "Nama Anggota",
            "Tanggal Lahir (dd/mm/yyyy)",
            "L / P",
            "jabatan",
        ],
        ["No", "nik", "nama", "tanggal lahir", "lk/pr", "Jabatan"],
    ],
)
def test_header_spellings(tmp_path: Path, headers: list[str]) -> None:
    rows = [headers, [1, P[1].nik, P[1].name, P[1].birth_date, "LK", "bendahara"]]
    data = _read(_book(tmp_path / "a.xlsx", rows))
    assert data.problems == []
    m = data.groups[0].members[0]
    assert (m.nik, m.sex, m.role, m.birth_date) == (P[1].nik, "L", "Bendahara", P[1].birth_date)


def test_office_can_add_a_synonym(tmp_path: Path) -> None:
    text = default_synonyms_path().read_text(encoding="utf-8")
    text = text.replace('"NIK Anggota",', '"NIK Anggota", "Nomor KTP Anggota Kelompok",')
    syn = parse_synonyms(text)
    rows = [["Nomor KTP Anggota Kelompok", "Nama", "Alamat"], [P[0].nik, P[0].name, "Jl"]]
    path = _book(tmp_path / "a.xlsx", rows)
    assert _codes(_read(path))[0][0] == "COLUMN_MISSING"
    assert _read(path, synonyms=syn).problems == []


def test_broken_synonyms_file_names_the_line() -> None:
    text = default_synonyms_path().read_text(encoding="utf-8")
    lines = text.splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith("kk ="))
    lines[n] = 'kk = ["No. KK", "Nomor KK"'
    # tomllib notices an unclosed list on the line after it.
    with pytest.raises(SynonymsError, match=f"baris ({n + 1}|{n + 2})"):
        parse_synonyms("\n".join(lines))
    with pytest.raises(SynonymsError, match="tidak dikenal"):
        parse_synonyms('[anggota]\nnikk = ["NIK"]\n[kelompok]\n')


# --- values ---------------------------------------------------------------------


def test_date_forms_and_ttl_forms(tmp_path: Path) -> None:
    born = dt.date(1990, 1, 5)
    forms = [born, 32878, "05/01/1990", "05-01-1990", "1990-01-05", "5 Januari 1990", "05 Jan 1990"]
    rows = [["NIK", "Nama", "Tanggal Lahir", "TTL"]]
    for i, f in enumerate(forms):
        p = vb.Person(f"Orang {i}", born, "L", i + 1)
        rows.append([p.nik, p.name, f, "Bekasi, 05-01-1990" if i % 2 else "Bekasi 5 Januari 1990"])
    data = _read(_book(tmp_path / "a.xlsx", rows))
    assert data.problems == []
    assert {m.birth_date for m in data.groups[0].members} == {born}
    assert {m.birth_place for m in data.groups[0].members} == {"Bekasi"}


def test_names_are_trimmed_and_spaces_collapsed(tmp_path: Path) -> None:
    data = _read(
        _book(tmp_path / "a.xlsx", [["NIK", "Nama"], [" " + P[0].nik, "  Siti   Aminah \n"]])
    )
    assert data.groups[0].members[0].name == "Siti Aminah"


def test_nik_as_text_with_spaces_dots_apostrophe(tmp_path: Path) -> None:
    nik = P[0].nik
    spaced = f"{nik[:6]} {nik[6:12]} {nik[12:]}"
    dotted = f"{nik[:2]}.{nik[2:4]}.{nik[4:6]}.{nik[6:]}"
    rows = [["NIK", "Nama"], [spaced, "A"], [dotted, "B"], ["'" + nik, "C"]]
    data = _read(_book(tmp_path / "a.xlsx", rows))
    assert [m.nik for m in data.groups[0].members] == [nik] * 3
    assert {p.code for p in data.problems} == {"NIK_DUPLICATE_IN_GROUP"}


def test_rounded_and_scientific_niks(tmp_path: Path) -> None:
    ten = vb.Person("X", dt.date(1990, 1, 5), "L", 10).nik  # ends in 0
    rows = [
        ["NIK", "Nama"],
        [int(P[0].nik), "A"],
        [int(ten), "B"],
        ["3,27501E+15", "C"],
        [9201014101900003, "D"],
    ]
    data = _read(_book(tmp_path / "a.xlsx", rows))
    members = data.groups[0].members
    assert [m.arrived_as_number for m in members] == [True, True, True, True]
    assert members[0].nik == P[0].nik  # exact: below 2**53
    assert members[2].nik == "3,27501E+15"  # kept exactly as read
    assert _codes(data) == [
        ("NIK_ROUNDED", 3, "A"),
        ("NIK_ROUNDED", 4, "A"),
        ("NIK_ROUNDED", 5, "A"),
    ]
    assert all(p.severity == "error" for p in data.problems)


def test_person_findings(tmp_path: Path) -> None:
    p = P[0]  # a woman born 1980-01-01
    rows = [
        ["NIK", "Nama", "Tanggal Lahir", "L/P", "No. KK"],
        [p.nik, "A", p.birth_date, "L", p.kk],  # sex does not match the NIK
        [P[1].nik, "B", dt.date(1970, 2, 2), "L", "123"],  # birth date mismatch, KK format
        ["327501410180001", "C", None, None, None],  # 15 digits
    ]
    data = _read(_book(tmp_path / "a.xlsx", rows))
    assert _codes(data) == [
        ("NIK_SEX_MISMATCH", 2, "D"),
        ("NIK_BIRTHDATE_MISMATCH", 3, "C"),
        ("KK_FORMAT", 3, "E"),
        ("NIK_FORMAT", 4, "A"),
        ("BIRTH_DATE_MISSING", 4, "C"),  # the file has these columns; no birth place column
        ("SEX_MISSING", 4, "D"),
    ]
    assert data.errors == [] and len(data.findings) == 6


def test_region_names_matched_and_unmatched(tmp_path: Path) -> None:
    rows = [
        ["NIK", "Nama", "Kel.", "Kec."],
        [P[0].nik, "A", "Bekasi Jaya", "kec. bekasi timur"],  # spelled 'Bekasijaya'
        [P[1].nik, "B", "Antah Berantah", "Bekasi Timur"],
    ]
    data = _read(_book(tmp_path / "a.xlsx", rows))
    a, b = data.groups[0].members
    assert (a.kelurahan_code, a.kecamatan_code) == ("32.75.01.1001", "32.75.01")
    assert (b.kelurahan_code, b.kelurahan_name) == ("", "Antah Berantah")
    assert _codes(data) == [("REGION_NAME_UNMATCHED", 3, "C")]
    assert data.groups[0].kelurahan_code == "32.75.01.1001"  # the group takes the first member's


def test_leader_line_makes_that_member_ketua(tmp_path: Path) -> None:
    rows = [["Ketua : " + P[2].name], [], ["NIK", "Nama"]] + [[p.nik, p.name] for p in P[:3]]
    data = _read(_book(tmp_path / "a.xlsx", rows))
    assert [m.role for m in data.groups[0].members] == ["Anggota", "Anggota", "Ketua"]


# --- structure errors -------------------------------------------------------------


def test_member_without_nik_or_name(tmp_path: Path) -> None:
    rows = [
        ["No", "NIK", "Nama", "Alamat"],
        [1, None, "Ani", "Jl. A"],
        [2, P[1].nik, None, "Jl. B"],
        [3, None, None, None],
        [4, None, None, "Jl. C"],
    ]
    data = _read(_book(tmp_path / "a.xlsx", rows))
    assert _codes(data) == [
        ("VALUE_MISSING", 2, "B"),
        ("VALUE_MISSING", 3, "C"),
        ("VALUE_MISSING", 5, "B"),
        ("VALUE_MISSING", 5, "C"),
    ]
    assert data.problems[0].message == "Kolom 'NIK' kosong."


def test_required_column_missing(tmp_path: Path) -> None:
    data = _read(
        _book(tmp_path / "a.xlsx", [["Judul"], ["No", "Nama", "Alamat"], [1, "Ani", "Jl"]])
    )
    assert _codes(data) == [("COLUMN_MISSING", 2, "")]
    assert "NIK" in data.problems[0].message


def test_header_not_found(tmp_path: Path) -> None:
    data = _read(_book(tmp_path / "a.xlsx", [["Laporan bulanan"], ["isi", "apa saja"]]))
    assert _codes(data) == [("HEADER_NOT_FOUND", None, "")]
    assert data.groups == []


def test_unparseable_date(tmp_path: Path) -> None:
    rows = [["NIK", "Nama", "Tgl Lahir"], [P[0].nik, "A", "31/02/1990"], [P[1].nik, "B", "kemarin"]]
    data = _read(_book(tmp_path / "a.xlsx", rows))
    assert _codes(data) == [("DATE_NOT_IN_CALENDAR", 2, "C"), ("DATE_UNPARSEABLE", 3, "C")]
    assert all(p.is_structure for p in data.problems)
    impossible, unreadable = data.problems
    assert impossible.message == (
        "Tanggal '31/02/1990' tidak ada dalam kalender; periksa tanggal dan bulannya."
    )
    assert unreadable.message == "Tanggal 'kemarin' tidak dapat dibaca; gunakan bentuk 31/12/1990."


def test_file_problem_becomes_one_coded_problem(tmp_path: Path) -> None:
    path = tmp_path / "a.xls"
    path.write_text("<html><table></table></html>")
    data = _read(path)
    assert _codes(data) == [("FILE_UNREADABLE", None, "")]


def test_hidden_and_unrelated_sheets_are_ignored(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Petunjuk"
    ws.append(["Isi daftar anggota pada sheet berikut."])
    data_ws = wb.create_sheet("Maju")
    data_ws.append(["NIK", "Nama"])
    data_ws.append([P[0].nik, P[0].name])
    hidden = wb.create_sheet("Daftar")
    hidden.append(["NIK", "Nama"])
    hidden.append([P[1].nik, P[1].name])
    hidden.sheet_state = "hidden"
    wb.save(tmp_path / "a.xlsx")
    data = _read(tmp_path / "a.xlsx")
    assert [(g.name, len(g.members)) for g in data.groups] == [("Maju", 1)]


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
