"""The roster template villages fill: text columns, drop-downs, instructions, and a clean import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from tests.import_support import vb
from tkm_desktop.excel.proposal_reader import read_proposal
from tkm_desktop.excel.template import BLOCK_LABELS, MEMBER_COLUMNS, header_row, write_template

HEADERS = [c[0] for c in MEMBER_COLUMNS]


def test_template_structure(tmp_path: Path) -> None:
    path = write_template(tmp_path / "templat.xlsx")
    assert not (tmp_path / "templat.xlsx.part").exists()
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Kelompok 1", "Petunjuk"]
    ws = wb["Kelompok 1"]
    h = header_row()
    assert [c.value for c in ws[h]][: len(HEADERS)] == HEADERS
    for name in ("NIK", "No. KK", "No. HP", "Tanggal Lahir"):
        letter = openpyxl.utils.get_column_letter(HEADERS.index(name) + 1)
        assert ws[f"{letter}{h + 1}"].number_format == "@", name
    lists = {str(dv.sqref)[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    sex_col = openpyxl.utils.get_column_letter(HEADERS.index("L/P") + 1)
    role_col = openpyxl.utils.get_column_letter(HEADERS.index("Jabatan") + 1)
    assert lists[sex_col] == '"L,P"'
    assert lists[role_col] == '"Ketua,Sekretaris,Bendahara,Anggota"'
    petunjuk = " ".join(str(c.value or "") for c in wb["Petunjuk"]["A"])
    assert "PETUNJUK PENGISIAN" in petunjuk and "16 angka" in petunjuk and "05/01/1990" in petunjuk


def _fill(path: Path, out: Path) -> list[object]:
    """Fill the template as a clerk does: typing into the text-formatted cells."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Kelompok 1"]
    block = {
        "Nama Kelompok": "Berkah Mandiri",
        "Jenis Usaha": "Jahit",
        "Alamat": "Jl. Melati 3",
        "RT/RW": "003/004",
        "Desa/Kelurahan": "Margahayu",
        "Kecamatan": "Bekasi Timur",
        "Nama Bank": "BRI",
        "No. Rekening": "012301000123456",
        "Atas Nama": "Kelompok Berkah",
    }
    for offset, label in enumerate(BLOCK_LABELS):
        assert ws.cell(3 + offset, 1).value == label
        ws.cell(3 + offset, 4).value = block[label]
    people = vb.people(10)
    for i, p in enumerate(people):
        row = header_row() + 1 + i
        values = {
            "NIK": p.nik,
            "No. KK": p.kk,
            "Nama Lengkap": p.name,
            "Tempat Lahir": "Bekasi",
            "Tanggal Lahir": p.birth_date.strftime("%d/%m/%Y"),
            "L/P": p.sex,
            "Alamat": "Jl. Melati 3",
            "RT/RW": "003/004",
            "No. HP": "081298765432",
            "Pendidikan": "SMA/SMK",
            "Status Pekerjaan": "Korban PHK",
            "Jabatan": p.role,
        }
        for name, value in values.items():
            ws.cell(row, HEADERS.index(name) + 1).value = value
    wb.save(out)
    return people


def test_filled_template_imports_with_no_finding(tmp_path: Path) -> None:
    people = _fill(write_template(tmp_path / "templat.xlsx"), tmp_path / "isi.xlsx")
    data = read_proposal(
        tmp_path / "isi.xlsx", office_region_code=vb.OFFICE, today=dt.date(2024, 6, 1)
    )
    assert data.problems == []
    assert len(data.groups) == 1
    g = data.groups[0]
    assert (g.name, g.business_type, g.street, g.rt_rw) == (
        "Berkah Mandiri",
        "Jahit",
        "Jl. Melati 3",
        "003/004",
    )
    assert (g.kelurahan_code, g.kecamatan_code) == ("32.75.01.1002", "32.75.01")
    assert (g.bank_name, g.account_number, g.account_holder) == (
        "BRI",
        "012301000123456",
        "Kelompok Berkah",
    )
    assert [m.nik for m in g.members] == [p.nik for p in people]
    m = g.members[0]
    assert (m.kk, m.birth_date, m.sex, m.role, m.phone, m.education, m.work_status) == (
        people[0].kk,
        people[0].birth_date,
        "P",
        "Ketua",
        "081298765432",
        "SMA/SMK",
        "Korban PHK",
    )
    assert not any(m.arrived_as_number for m in g.members)


def test_empty_template_is_one_group_without_members(tmp_path: Path) -> None:
    data = read_proposal(write_template(tmp_path / "t.xlsx"), office_region_code=vb.OFFICE,
                         today=dt.date(2024, 6, 1))  # fmt: skip
    assert data.problems == []
    assert [(g.name, len(g.members)) for g in data.groups] == [("Kelompok 1", 0)]
