"""Fields placed by hand (the wizard's drop-downs): read_proposal honours the overrides."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.import_support import vb
from tkm_desktop.excel.proposal import ProposalData
from tkm_desktop.excel.proposal_reader import SheetTable, read_proposal

HEADER = ["No", "NIK", "Nama Lengkap", "L/P", "No. HP", "Kontak WA", "Jabatan"]


def _book(path: Path) -> Path:
    """The 'No. HP' column is empty; the numbers sit under 'Kontak WA', a header nobody knows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Maju Jaya"
    ws.append(["DAFTAR NAMA ANGGOTA"])
    ws.append(HEADER)
    for i, p in enumerate(vb.people(4), start=1):
        ws.append([i, p.nik, p.name, p.sex, None, f"08123{i:06d}", p.role])
    wb.save(path)
    return path


def _read(path: Path, **kw: object) -> ProposalData:
    return read_proposal(path, office_region_code=vb.OFFICE, today=vb.TODAY, **kw)  # type: ignore[arg-type]


def _letters(data: ProposalData) -> dict[str, str]:
    return {f: c.letter for f, c in data.tables[0].columns.items()}


def test_without_overrides_detection_is_unchanged(tmp_path: Path) -> None:
    data = _read(_book(tmp_path / "a.xlsx"))
    assert _letters(data) == {
        "number": "A", "nik": "B", "name": "C", "sex": "D", "phone": "E", "role": "G"
    }  # fmt: skip
    assert [m.phone for m in data.groups[0].members] == ["", "", "", ""]
    table = data.tables[0]
    assert isinstance(table, SheetTable)
    assert [(c.letter, c.header) for c in table.headers] == [
        ("A", "No"), ("B", "NIK"), ("C", "Nama Lengkap"), ("D", "L/P"), ("E", "No. HP"),
        ("F", "Kontak WA"), ("G", "Jabatan"),
    ]  # fmt: skip


def test_an_override_moves_a_field_to_an_unknown_header(tmp_path: Path) -> None:
    data = _read(_book(tmp_path / "a.xlsx"), overrides={("Maju Jaya", "phone"): 5})
    assert data.tables[0].columns["phone"].letter == "F"
    assert data.tables[0].columns["phone"].header == "Kontak WA"
    assert [m.phone for m in data.groups[0].members][:2] == ["08123000001", "08123000002"]


def test_a_field_marked_absent_is_not_read(tmp_path: Path) -> None:
    data = _read(_book(tmp_path / "a.xlsx"), overrides={("Maju Jaya", "role"): None})
    assert "role" not in data.tables[0].columns
    assert {m.role for m in data.groups[0].members} == {"Anggota"}


def test_a_field_moved_onto_a_taken_column_takes_it_over(tmp_path: Path) -> None:
    data = _read(_book(tmp_path / "a.xlsx"), overrides={("Maju Jaya", "kk"): 1})
    columns = data.tables[0].columns
    assert columns["kk"].letter == "B"
    assert "nik" not in columns
    assert [p.code for p in data.problems] == ["COLUMN_MISSING"]


def test_overrides_of_another_sheet_do_not_apply(tmp_path: Path) -> None:
    data = _read(_book(tmp_path / "a.xlsx"), overrides={("Lain", "phone"): 5})
    assert data.tables[0].columns["phone"].letter == "E"


def test_a_merged_header_lists_both_rows(tmp_path: Path) -> None:
    path = vb.long_table_book(tmp_path / "long.xlsx", [vb.group("Maju", 3)])
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws.insert_rows(4)
    ws["F3"], ws["G3"], ws["F4"], ws["G4"] = "Tempat/Tgl Lahir", None, "Tempat", "Tanggal"
    ws.merge_cells("F3:G3")
    wb.save(path)
    headers = {c.letter: c.header for c in _read(path).tables[0].headers}
    assert headers["F"] == "Tempat/Tgl Lahir / Tempat"
    assert headers["G"] == "Tempat/Tgl Lahir / Tanggal"
