"""Writing export workbooks: cell types and formats, layout, order, cancel, and template filling."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.drawing.image import Image
from openpyxl.styles import Font, PatternFill
from PIL import Image as PILImage
from python_calamine import CalamineWorkbook

from tkm_desktop.excel.export_format import ExportFormat, parse_format
from tkm_desktop.excel.export_writer import (
    ExportCancelled,
    GroupBundle,
    sort_records,
    write_workbook,
)

FORMAT = """\
name = "Uji"

[[sheets]]
name = "Kelompok"
rows = "kelompok"
title = ["DAFTAR KELOMPOK", "{kantor} — {tanggal}"]

[[sheets.columns]]
field = "nomor"
header = "No"
width = 5

[[sheets.columns]]
field = "kelompok.nama"
header = "Nama Kelompok"
width = 33

[[sheets.columns]]
field = "kelompok.nomor_rekening"
header = "No. Rekening"

[[sheets.columns]]
field = "kelompok.total_rab"
header = "Total RAB"

[[sheets]]
name = "Anggota"
rows = "anggota"
freeze_header = false
autofilter = false
sort = ["anggota.jabatan", "anggota.nama"]

[[sheets.columns]]
field = "nomor"

[[sheets.columns]]
field = "kelompok.nama"
header = "Kelompok"

[[sheets.columns]]
field = "anggota.nik"

[[sheets.columns]]
field = "anggota.kk"

[[sheets.columns]]
field = "anggota.nama"

[[sheets.columns]]
field = "anggota.jenis_kelamin"
map = { L = "Laki-laki", P = "Perempuan" }

[[sheets.columns]]
field = "anggota.tanggal_lahir"

[[sheets.columns]]
field = "anggota.telepon"

[[sheets.columns]]
field = "anggota.jabatan"
"""

PLACES = {"kantor": "Dinas Ketenagakerjaan", "tanggal": "2 Juni 2025"}


def fmt_of(text: str = FORMAT, source: Path | str = "uji.toml") -> ExportFormat:
    return parse_format(text, source=source)


def member(nik: str, name: str, role: str = "Anggota", **kw: Any) -> dict[str, Any]:
    return {
        "anggota.nomor": 1, "anggota.nik": nik, "anggota.kk": kw.get("kk", "3275010101200001"),
        "anggota.nama": name, "anggota.jenis_kelamin": kw.get("sex", "L"),
        "anggota.tempat_lahir": "Bekasi",
        "anggota.tanggal_lahir": kw.get("born", dt.date(1990, 1, 5)),
        "anggota.alamat": "", "anggota.rt_rw": "", "anggota.desa": None, "anggota.kecamatan": None,
        "anggota.kabupaten_kota": None, "anggota.provinsi": None,
        "anggota.telepon": kw.get("phone", "081234567890"), "anggota.pendidikan": "",
        "anggota.pekerjaan": "", "anggota.jabatan": role,
    }  # fmt: skip


def group(name: str, members: list[dict[str, Any]], **kw: Any) -> GroupBundle:
    record = {
        "kelompok.nomor": kw.get("number", 1), "kelompok.nama": name,
        "kelompok.nomor_rekening": kw.get("account", "0012345678"),
        "kelompok.total_rab": kw.get("total", Decimal("39950000.00")),
    }  # fmt: skip
    return GroupBundle(record, members)


BUNDLES = [
    group("=SUM(A1)", [
        member("3275014101900002", "Siti", "Bendahara", sex="P", born=dt.date(1990, 1, 1)),
        member("3275010501900001", "=HYPERLINK(\"x\")", "Ketua", phone="0811"),
        member("3275010202850003", "#N/A"),
        member("3275010303800004", "Budi\x07 Santoso"),
    ]),
    group("Maju Jaya", [member("3275010404750005", "Agus\u00a0Salim", "Ketua")], number=2,
          total=None),
]  # fmt: skip


def write(tmp_path: Path, fmt: ExportFormat | None = None, bundles: list[GroupBundle] = BUNDLES,
          **kw: Any) -> Path:  # fmt: skip
    out = tmp_path / "ekspor.xlsx"
    write_workbook(fmt or fmt_of(), out, iter(bundles), total=len(bundles),
                   placeholders=PLACES, **kw)  # fmt: skip
    return out


def rows(path: Path, sheet: str) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def test_layout_title_header_widths_frozen_pane_and_filter(tmp_path: Path) -> None:
    path = write(tmp_path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Kelompok", "Anggota"]
    ws = wb["Kelompok"]
    assert ws["A1"].value == "DAFTAR KELOMPOK" and ws["A1"].font.b
    assert ws["A2"].value == "Dinas Ketenagakerjaan — 2 Juni 2025"
    assert [c.value for c in ws[4]] == ["No", "Nama Kelompok", "No. Rekening", "Total RAB"]
    assert ws["B4"].font.b
    assert ws.column_dimensions["A"].width == 5 and ws.column_dimensions["B"].width == 33
    assert ws.freeze_panes == "A5" and ws.auto_filter.ref == "A4:D6"
    members = wb["Anggota"]
    assert members.freeze_panes is None and not members.auto_filter.ref
    assert members["C1"].value == "NIK"  # no title: the header is the first row


def test_identifiers_are_text_cells_formatted_as_text(tmp_path: Path) -> None:
    path = write(tmp_path)
    ws = openpyxl.load_workbook(path)["Anggota"]
    for row in ws.iter_rows(min_row=2):
        for cell in (row[2], row[3], row[7]):  # NIK, KK, phone
            assert cell.data_type == "s" and cell.number_format == "@"
    account = openpyxl.load_workbook(path)["Kelompok"]["C5"]
    assert (account.value, account.data_type, account.number_format) == ("0012345678", "s", "@")
    for values in rows(path, "Anggota")[1:]:
        assert isinstance(values[2], str) and len(values[2]) == 16 and values[2].isdigit()
    assert rows(path, "Anggota")[1][7] == "0811"  # the leading zero stays


def test_text_that_looks_like_a_formula_or_an_error_stays_text(tmp_path: Path) -> None:
    path = write(tmp_path)
    wb = openpyxl.load_workbook(path)
    assert wb["Kelompok"]["B5"].value == "=SUM(A1)" and wb["Kelompok"]["B5"].data_type == "s"
    names = {c.value: c.data_type for c in wb["Anggota"]["E"][1:]}
    assert names['=HYPERLINK("x")'] == "s" and names["#N/A"] == "s"
    assert "Budi Santoso" in names  # a control character cannot be stored: it is dropped
    assert "Agus\u00a0Salim" in names  # a no-break space is no control character: kept
    by_name = {r[4]: r for r in rows(path, "Anggota")[1:]}
    assert by_name['=HYPERLINK("x")'][5] == "Laki-laki"  # the next cell keeps its own value
    read = [r[4] for r in rows(path, "Anggota")[1:]]
    assert '=HYPERLINK("x")' in read and "#N/A" in read
    assert rows(path, "Kelompok")[4][1] == "=SUM(A1)"


def test_formula_like_text_stays_text_when_a_clerk_edits_it(tmp_path: Path) -> None:
    """Excel's quote prefix: '+cmd|…' typed again would run; with the prefix it stays text."""
    odd = group("=SUM(A1)", [
        member("3275010501900001", "=HYPERLINK(\"x\")", "Ketua"),
        member("3275010606700006", "+cmd|' /C calc'!A0"),
        member("3275010707700007", "@SUM(1)"),
        member("3275010808700008", "-"),
        member("3275014101900002", "Siti", sex="P", born=dt.date(1990, 1, 1)),
    ])  # fmt: skip
    wb = openpyxl.load_workbook(write(tmp_path, bundles=[odd]))
    prefixed = {c.value: c.quotePrefix for c in wb["Anggota"]["E"][1:]}
    assert prefixed['=HYPERLINK("x")'] and prefixed["+cmd|' /C calc'!A0"]
    assert prefixed["@SUM(1)"] and wb["Kelompok"]["B5"].quotePrefix
    assert not prefixed["Siti"] and not prefixed["-"]  # a lone dash is a placeholder


def test_dates_are_dates_and_money_is_a_rupiah_number(tmp_path: Path) -> None:
    path = write(tmp_path)
    wb = openpyxl.load_workbook(path)
    born = wb["Anggota"]["G2"]
    assert born.is_date and born.number_format == "dd/mm/yyyy"
    total = wb["Kelompok"]["D5"]
    assert total.data_type == "n" and total.value == 39950000 and "Rp" in total.number_format
    assert wb["Kelompok"]["D6"].value is None  # no budget: an empty cell, not zero
    assert isinstance(rows(path, "Anggota")[1][6], dt.date)


def test_value_map_and_order_within_a_group(tmp_path: Path) -> None:
    table = rows(write(tmp_path), "Anggota")
    assert [r[8] for r in table[1:5]] == ["Ketua", "Bendahara", "Anggota", "Anggota"]
    assert [r[4] for r in table[3:5]] == ["#N/A", "Budi Santoso"]  # then by name
    assert table[1][5] == "Laki-laki" and table[2][5] == "Perempuan"
    assert [r[0] for r in table[1:]] == [1, 2, 3, 4, 5]  # 'nomor' runs through the sheet
    assert [r[1] for r in table[1:]] == ["=SUM(A1)"] * 4 + ["Maju Jaya"]


def test_progress_and_summary(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "ekspor.xlsx"
    summary = write_workbook(fmt_of(), out, iter(BUNDLES), total=2, placeholders=PLACES,
                             progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    assert seen == [(1, 2), (2, 2)]
    assert summary.groups == 2 and summary.rows == {"Kelompok": 2, "Anggota": 5}


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    calls = iter([False, True])
    with pytest.raises(ExportCancelled):
        write(tmp_path, cancelled=lambda: next(calls))
    assert list(tmp_path.iterdir()) == []


def test_a_failure_half_way_leaves_no_file(tmp_path: Path) -> None:
    broken = [BUNDLES[0], GroupBundle({"kelompok.nama": "tanpa nomor"}, [])]
    with pytest.raises(KeyError):
        write(tmp_path, bundles=broken)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    (tmp_path / "ekspor.xlsx").write_bytes(b"lama")
    path = write(tmp_path)
    assert openpyxl.load_workbook(path).sheetnames == ["Kelompok", "Anggota"]
    assert not (tmp_path / "ekspor.xlsx.part").exists()


def test_a_changed_format_changes_the_workbook(tmp_path: Path) -> None:
    changed = (
        FORMAT.replace('header = "Kelompok"', 'header = "Nama KUB"')
        .replace(
            'field = "anggota.jenis_kelamin"\nmap = { L = "Laki-laki", P = "Perempuan" }',
            'field = "anggota.jenis_kelamin"\nheader = "L/P"',
        )
        .replace('name = "Anggota"', 'name = "Daftar Anggota"')
    )
    table = rows(write(tmp_path, fmt_of(changed)), "Daftar Anggota")
    assert table[0][1] == "Nama KUB" and table[0][5] == "L/P" and table[1][5] == "L"


def test_sort_records_puts_empty_values_last_and_keeps_ties_stable() -> None:
    from tkm_desktop.excel.export_format import SortKey

    records = [{"k": "b", "n": 1}, {"k": None, "n": 2}, {"k": "A", "n": 3}, {"k": "b", "n": 4}]
    ordered = sort_records(records, [SortKey("k")], lambda r, f: r[f])
    assert [r["n"] for r in ordered] == [3, 1, 4, 2]
    backwards = sort_records(records, [SortKey("k", descending=True)], lambda r, f: r[f])
    assert [r["n"] for r in backwards] == [1, 4, 3, 2]


# --- the ministry's own workbook ----------------------------------------------------------

TEMPLATE_FORMAT = """\
name = "Templat"
template = "kemnaker.xlsx"

[[sheets]]
name = "Lampiran"
rows = "anggota"
start_row = 6
cells = { B2 = "{kantor}", B3 = "Per {tanggal}" }

[[sheets.columns]]
field = "nomor"
column = "A"

[[sheets.columns]]
field = "anggota.nik"
column = "B"

[[sheets.columns]]
field = "anggota.nama"
column = "D"

[[sheets.columns]]
field = "anggota.tanggal_lahir"
column = "E"
"""


def make_template(folder: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lampiran"
    ws["A1"] = "LAMPIRAN USULAN TKM"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ws["A5"], ws["B5"], ws["D5"], ws["E5"] = "No", "NIK", "Nama", "Tgl Lahir"
    for col in "ABCDE":
        ws[f"{col}6"].fill = PatternFill("solid", fgColor="FFF2CC")  # the ministry's sample row
    ws["G1"] = "jangan diubah"
    logo = folder / "logo.png"
    PILImage.new("RGB", (40, 40), (200, 30, 30)).save(logo)
    ws.add_image(Image(str(logo)), "F1")
    wb.create_sheet("Petunjuk")["A1"] = "Isi mulai baris 6"
    path = folder / "kemnaker.xlsx"
    wb.save(path)
    return path


def test_template_is_filled_keeping_its_styling_logo_and_other_sheets(tmp_path: Path) -> None:
    make_template(tmp_path)
    fmt = parse_format(TEMPLATE_FORMAT, source=tmp_path / "templat.toml")
    out = tmp_path / "hasil.xlsx"
    summary = write_workbook(fmt, out, iter(BUNDLES), total=2, placeholders=PLACES)
    assert summary.rows == {"Lampiran": 5}
    wb = openpyxl.load_workbook(out)
    ws = wb["Lampiran"]
    assert ws["A1"].value == "LAMPIRAN USULAN TKM" and ws["A1"].font.sz == 14
    assert ws["G1"].value == "jangan diubah" and ws["B5"].value == "NIK"
    assert ws["B2"].value == "Dinas Ketenagakerjaan" and ws["B3"].value == "Per 2 Juni 2025"
    assert len(ws._images) == 1  # the logo
    assert wb["Petunjuk"]["A1"].value == "Isi mulai baris 6"
    assert [ws.cell(r, 1).value for r in range(6, 11)] == [1, 2, 3, 4, 5]
    for r in range(6, 11):
        nik = ws.cell(r, 2)
        assert nik.data_type == "s" and nik.number_format == "@" and len(nik.value) == 16
        assert ws.cell(r, 2).fill.fgColor.rgb == "00FFF2CC"  # the sample row's style, copied
        assert ws.cell(r, 5).is_date and ws.cell(r, 5).number_format == "dd/mm/yyyy"
    names = [ws.cell(r, 4) for r in range(6, 11)]
    assert names[1].value == '=HYPERLINK("x")' and names[1].data_type == "s"
    assert ws.cell(11, 2).value is None
    template = openpyxl.load_workbook(tmp_path / "kemnaker.xlsx")
    assert template["Lampiran"]["B6"].value is None  # the template itself is untouched


def test_a_merged_template_cell_is_refused_with_no_file_left(tmp_path: Path) -> None:
    from tkm_desktop.excel.export_format import FormatError

    template = make_template(tmp_path)
    wb = openpyxl.load_workbook(template)
    wb["Lampiran"].merge_cells("A2:C2")  # B2, where the format puts {kantor}, is inside
    wb.save(template)
    fmt = parse_format(TEMPLATE_FORMAT, source=tmp_path / "templat.toml")
    out = tmp_path / "hasil.xlsx"
    with pytest.raises(FormatError, match=r"sel B2 di sheet 'Lampiran'.*sel gabungan"):
        write_workbook(fmt, out, iter(BUNDLES), total=2, placeholders=PLACES)
    assert not out.exists() and not (tmp_path / "hasil.xlsx.part").exists()
