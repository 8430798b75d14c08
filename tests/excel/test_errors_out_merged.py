"""The errors-out workbook keeps the source's merged title and header cells readable."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.import_support import vb
from tkm_desktop.excel.errors_out import KETERANGAN, merged_ranges, write_errors_workbook
from tkm_desktop.excel.proposal_reader import read_proposal

FIXTURES = Path(__file__).parent / "fixtures"

TITLE = "DAFTAR NAMA ANGGOTA KELOMPOK USAHA"


def _merged_book(path: Path) -> Path:
    """A merged two-line title, and a header whose 'Tempat/Tgl Lahir' spans two columns
    above 'Tempat' | 'Tanggal' while the other headers are merged down over both rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Maju Jaya"
    ws.append([TITLE])
    ws.merge_cells("A1:H1")
    ws.append(["KELURAHAN MARGAHAYU"])
    ws.merge_cells("A2:H2")
    ws.append([])
    ws.append(["No", "NIK", "Nama", "Tempat/Tgl Lahir", None, "L/P", "Jabatan", "No. HP"])
    ws.merge_cells("D4:E4")
    for column in "ABCFGH":
        ws.merge_cells(f"{column}4:{column}5")
    ws.append([None, None, None, "Tempat", "Tanggal"])
    for i, p in enumerate(vb.people(4), start=1):
        nik = p.nik[:10] if i == 2 else p.nik  # row 7: a NIK cut short
        ws.append([i, nik, p.name, p.birth_place, p.birth_date.strftime("%d/%m/%Y"), p.sex,
                   p.role, "0812345678"])  # fmt: skip
    wb.save(path)
    return path


def _render(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[list[str]]:
    return [["" if c.value is None else str(c.value) for c in row] for row in ws.iter_rows()]


def _write(tmp_path: Path, source: Path) -> openpyxl.Workbook:
    data = read_proposal(source, office_region_code=vb.OFFICE, today=vb.TODAY)
    out = write_errors_workbook(data, tmp_path / "masalah.xlsx")
    return openpyxl.load_workbook(out)


def test_merged_title_and_header_are_merged_again_not_repeated(tmp_path: Path) -> None:
    ws = _write(tmp_path, _merged_book(tmp_path / "usulan.xlsx"))["Maju Jaya"]
    assert {str(r) for r in ws.merged_cells.ranges} == {
        "A1:H1", "A2:H2", "D4:E4", "A4:A5", "B4:B5", "C4:C5", "F4:F5", "G4:G5", "H4:H5"
    }  # fmt: skip
    rows = _render(ws)
    assert rows[0][:8] == [TITLE, "", "", "", "", "", "", ""]
    assert rows[3][:8] == ["No", "NIK", "Nama", "Tempat/Tgl Lahir", "", "L/P", "Jabatan", "No. HP"]
    assert rows[4][:5] == ["", "", "", "Tempat", "Tanggal"]
    assert KETERANGAN in rows[3] + rows[4]


def test_problem_rows_keep_their_note_and_highlight(tmp_path: Path) -> None:
    ws = _write(tmp_path, _merged_book(tmp_path / "usulan.xlsx"))["Maju Jaya"]
    rows = _render(ws)
    assert rows[6][1] == vb.people(2)[1].nik[:10]
    assert "NIK" in rows[6][8] and "16 digit" in rows[6][8]
    assert ws["B7"].fill.fgColor.rgb == "FFF4B6B6"
    assert rows[5][8] == "" and rows[7][8] == ""


def test_a_merged_group_column_is_written_once_per_group(tmp_path: Path) -> None:
    groups = [vb.group("Maju Jaya", 3), vb.group("Sejahtera", 3, 50)]
    ws = _write(tmp_path, vb.long_table_book(tmp_path / "long.xlsx", groups))["Usulan"]
    assert {"B4:B6", "B7:B9", "A1:K1"} <= {str(r) for r in ws.merged_cells.ranges}
    assert [row[1] for row in _render(ws)[3:9]] == ["Maju Jaya", "", "", "Sejahtera", "", ""]


def test_an_xls_source_keeps_its_merges(tmp_path: Path) -> None:
    ws = _write(tmp_path, FIXTURES / "roster_per_sheet.xls")["Maju Jaya"]
    assert {"A1:K1", "A2:K2"} <= {str(r) for r in ws.merged_cells.ranges}
    assert _render(ws)[0][1] == ""


def test_merges_of_a_file_that_is_not_a_workbook_are_none(tmp_path: Path) -> None:
    bad = tmp_path / "bukan.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    assert merged_ranges(bad, "xlsx") == {}
    assert merged_ranges(bad, "csv") == {}
