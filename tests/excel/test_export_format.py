"""Export format files: the shipped ones are valid; every mistake is named with its line."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tkm_desktop.excel import export_fields as ef
from tkm_desktop.excel.export_format import (
    DEFAULT_FORMAT,
    FormatError,
    format_path,
    list_formats,
    load_format,
    parse_format,
)
from tkm_desktop.excel.export_lines import KeyLines
from tkm_desktop.paths import reports_dir

MINIMAL = """\
name = "Contoh"

[[sheets]]
name = "Anggota"
rows = "anggota"

[[sheets.columns]]
header = "NIK"
field = "anggota.nik"

[[sheets.columns]]
header = "Nama"
field = "anggota.nama"
"""


def problems(text: str) -> list[tuple[int | None, str]]:
    with pytest.raises(FormatError) as caught:
        parse_format(text, source="contoh.toml")
    return [(p.line, p.text) for p in caught.value.problems]


def line_of(text: str, needle: str, nth: int = 1) -> int:
    found = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    return found[nth - 1]


# --- the shipped formats ----------------------------------------------------------


def test_the_shipped_formats_are_valid() -> None:
    names = list_formats()
    assert DEFAULT_FORMAT in names and "rekap-sederhana" in names
    for name in names:
        fmt = load_format(name)
        assert fmt.name == name and fmt.display_name and fmt.sheets


def test_default_format_is_kelompok_anggota_rab_with_titles() -> None:
    fmt = load_format(DEFAULT_FORMAT)
    assert [s.name for s in fmt.sheets] == ["Kelompok", "Anggota", "RAB"]
    assert [s.rows for s in fmt.sheets] == ["kelompok", "anggota", "rab"]
    assert fmt.statuses == ("direkomendasikan",)
    for sheet in fmt.sheets:
        assert any("{kantor}" in t for t in sheet.title)
        assert any("{skema}" in t for t in sheet.title)
        assert any("{tanggal}" in t for t in sheet.title)
        assert sheet.freeze_header and sheet.autofilter
    members = fmt.sheets[1]
    by_field = {c.field: c for c in members.columns}
    assert by_field["anggota.nik"].number_format == "@"
    assert by_field["anggota.jenis_kelamin"].value_map == {"L": "Laki-laki", "P": "Perempuan"}
    assert by_field["anggota.tanggal_lahir"].number_format == "dd/mm/yyyy"
    assert fmt.sheets[2].columns[-1].number_format == ef.MONEY_FORMAT


def test_default_format_documents_that_no_official_layout_is_public() -> None:
    text = (reports_dir() / "export" / "kemnaker-tkm.toml").read_text(encoding="utf-8")
    assert "tidak menerbitkan tata letak" in text


def test_a_minimal_format_gets_defaults() -> None:
    fmt = parse_format(MINIMAL, source="contoh.toml")
    sheet = fmt.sheets[0]
    assert fmt.name == "contoh" and fmt.statuses == ("direkomendasikan",) and fmt.sort == ()
    assert sheet.freeze_header and sheet.autofilter and sheet.header_row == 1
    nik, name = sheet.columns
    assert (nik.type, nik.number_format, nik.identifier) == ("text", "@", True)
    assert (name.type, name.number_format, name.width) == ("text", None, 28)


def test_header_defaults_to_the_fields_usual_header() -> None:
    fmt = parse_format(MINIMAL.replace('header = "Nama"\n', ""), source="x.toml")
    assert fmt.sheets[0].columns[1].header == "Nama"


# --- mistakes, each with its line ---------------------------------------------------


def test_a_syntax_error_names_tomls_line() -> None:
    text = MINIMAL.replace('rows = "anggota"', 'rows = "anggota')
    [(line, message)] = problems(text)
    assert line == line_of(text, 'rows = "anggota')
    assert "salah tulis" in message


def test_an_identifier_cannot_become_a_number() -> None:
    text = MINIMAL.replace('field = "anggota.nik"', 'field = "anggota.nik"\ntype = "number"')
    [(line, message)] = problems(text)
    assert line == line_of(text, 'type = "number"')
    assert "NIK harus teks" in message


@pytest.mark.parametrize(
    ("change", "needle", "expected"),
    [
        (('field = "anggota.nama"', 'field = "anggota.namaa"'), "anggota.namaa", "tidak dikenal"),
        (('field = "anggota.nama"', 'field = "rab.barang"'), "rab.barang", "tidak ada pada baris"),
        (('field = "anggota.nama"', 'field = "anggota.nama"\ntype = "angka"'), "angka",
         "jenis 'angka' tidak dikenal"),
        (('field = "anggota.nama"', 'field = "anggota.nama"\nwidth = 0'), "width = 0",
         "lebar kolom"),
        (('field = "anggota.nama"', 'field = "anggota.nama"\nwidht = 10'), "widht",
         "'widht' tidak dikenal"),
        (('field = "anggota.nama"', 'field = "anggota.tanggal_lahir"\ntype = "money"'),
         'type = "money"', "tidak dapat ditulis sebagai 'money'"),
        (('field = "anggota.nama"', 'field = "anggota.tanggal_lahir"\nmap = { a = "b" }'),
         "map =", "'map' hanya untuk kolom teks"),
        (('field = "anggota.nama"', 'field = "anggota.nama"\nformat = "0.00"'), "format =",
         "'format' hanya untuk kolom"),
        (('field = "anggota.nama"', 'field = "anggota.nama"\ncolumn = "B"'), "column =",
         "hanya dipakai bersama 'template'"),
        (('rows = "anggota"', 'rows = "anggota"\nstart_row = 5'), "start_row",
         "hanya dipakai bersama 'template'"),
        (('rows = "anggota"', 'rows = "orang"'), 'rows = "orang"', "harus salah satu dari"),
        (('rows = "anggota"', 'rows = "anggota"\nfreeze_header = "ya"'), "freeze_header",
         "true atau false"),
        (('rows = "anggota"', 'rows = "anggota"\nsort = ["rab.barang"]'), "sort =",
         "tidak dapat dipakai"),
        (('name = "Anggota"', 'name = "Anggota/2025"'), "Anggota/2025", "tidak sah"),
        (('name = "Contoh"', 'name = "Contoh"\nstatuses = ["disetujui"]'), "statuses",
         "disetujui tidak dikenal"),
        (('name = "Contoh"', 'name = "Contoh"\nsort = ["anggota.nama"]'), "sort =",
         "pakai data kelompok"),
        (('name = "Contoh"', 'name = "Contoh"\nwarna = "biru"'), "warna", "'warna' tidak dikenal"),
        (('name = "Contoh"', 'name = "Contoh"\ntemplate = "tidak-ada.xlsx"'), "template",
         "tidak ditemukan"),
    ],
)  # fmt: skip
def test_each_mistake_is_named_at_its_line(
    change: tuple[str, str], needle: str, expected: str
) -> None:
    text = MINIMAL.replace(*change, 1)
    found = problems(text)
    assert any(line == line_of(text, needle) and expected in message for line, message in found), (
        found
    )


def test_a_column_without_field_is_named_at_its_table_line() -> None:
    text = MINIMAL.replace('field = "anggota.nama"', "width = 9")
    [(line, message)] = problems(text)
    assert line == line_of(text, "[[sheets.columns]]", nth=2) and "wajib 'field'" in message


def test_every_mistake_is_reported_at_once_with_the_file_name() -> None:
    text = MINIMAL.replace('field = "anggota.nik"', 'field = "anggota.nikk"').replace(
        'field = "anggota.nama"', 'field = "anggota.nama"\nwidth = -3'
    )
    with pytest.raises(FormatError) as caught:
        parse_format(text, source="usulan-2026.toml")
    assert len(caught.value.problems) == 2
    assert all(r.startswith("Berkas format ekspor usulan-2026.toml, baris ") for r in
               caught.value.reasons)  # fmt: skip


def test_an_unknown_placeholder_is_found_on_its_own_line_of_a_long_title() -> None:
    text = MINIMAL.replace(
        'rows = "anggota"', 'rows = "anggota"\ntitle = [\n    "DAFTAR",\n    "Per {tangal}",\n]'
    )
    [(line, message)] = problems(text)
    assert line == line_of(text, "{tangal}")
    assert "{tangal} tidak dikenal" in message


def test_a_missing_name_and_missing_sheets_are_reported() -> None:
    found = problems("description = 'tanpa nama'\n")
    messages = " ".join(m for _, m in found)
    assert "'name' wajib diisi" in messages and "belum ada sheet" in messages


def test_a_sheet_without_columns_and_a_repeated_sheet_name() -> None:
    text = MINIMAL + '\n[[sheets]]\nname = "anggota"\nrows = "kelompok"\n'
    found = problems(text)
    assert (line_of(text, 'name = "anggota"'), "nama sheet 'anggota' dipakai dua kali.") in found
    assert any("belum punya kolom" in m for _, m in found)


def test_a_missing_format_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(FormatError) as caught:
        load_format("kemnaker-2030")
    assert "kemnaker-tkm" in str(caught.value) and caught.value.problems[0].line is None


def test_format_path_takes_a_name_or_a_file(tmp_path: Path) -> None:
    own = tmp_path / "milik-kantor.toml"
    own.write_text(MINIMAL, encoding="utf-8")
    assert format_path("kemnaker-tkm") == reports_dir() / "export" / "kemnaker-tkm.toml"
    assert format_path(str(own)) == own
    assert load_format(str(own)).name == "milik-kantor"


# --- template mode ---------------------------------------------------------------------


def template_text(template: str) -> str:
    return f"""\
name = "Templat Kemnaker"
template = "{template}"

[[sheets]]
name = "Data"
rows = "anggota"
start_row = 8
cells = {{ C3 = "{{kantor}}", C4 = "{{tanggal}}" }}

[[sheets.columns]]
field = "anggota.nik"
column = "B"

[[sheets.columns]]
field = "anggota.nama"
column = "c"
"""


def test_a_template_format_is_relative_to_its_file(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Data"
    wb.save(tmp_path / "kemnaker.xlsx")
    fmt = parse_format(template_text("kemnaker.xlsx"), source=tmp_path / "t.toml")
    assert fmt.template == tmp_path / "kemnaker.xlsx"
    sheet = fmt.sheets[0]
    assert sheet.start_row == 8 and [c.letter for c in sheet.columns] == ["B", "C"]
    assert sheet.cells == {"C3": "{kantor}", "C4": "{tanggal}"}


def test_a_template_needs_its_sheets_start_rows_and_letters(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Lembar1"
    wb.save(tmp_path / "kemnaker.xlsx")
    text = (template_text("kemnaker.xlsx").replace("start_row = 8\n", "title = ['x']\n")
            .replace('column = "c"', 'column = "1C"'))  # fmt: skip
    found = problems_at(text, tmp_path)
    messages = " ".join(m for _, m in found)
    assert "'title' tidak dipakai bersama 'template'" in messages
    assert "sheet 'Data' tidak ada di templat" in messages
    assert "wajib 'start_row'" in messages
    assert any(line == line_of(text, 'column = "1C"') for line, _ in found)


def test_an_unreadable_template_is_reported_at_the_template_line(tmp_path: Path) -> None:
    (tmp_path / "rusak.xlsx").write_bytes(b"bukan berkas excel")
    text = template_text("rusak.xlsx")
    found = problems_at(text, tmp_path)
    assert any(line == line_of(text, "template =") and "tidak dapat dibuka" in m
               for line, m in found)  # fmt: skip


def problems_at(text: str, folder: Path) -> list[tuple[int | None, str]]:
    with pytest.raises(FormatError) as caught:
        parse_format(text, source=folder / "t.toml")
    return [(p.line, p.text) for p in caught.value.problems]


# --- finding lines -------------------------------------------------------------------


def test_key_lines_follow_arrays_of_tables_and_skip_multiline_values() -> None:
    text = """\
name = "x"  # komentar
title = [
  "a = b",
]
[[sheets]]
name = "A"
[[sheets.columns]]
field = "nomor"
[[sheets.columns]]
field = "x" # '#' dalam "teks"
[sheets.columns.map]
L = "Laki-laki"
[[sheets]]
name = "B"
"""
    lines = KeyLines(text)
    assert lines.line(("name",)) == 1
    assert lines.line(("a",)) is None  # inside a multi-line array: not a key
    assert lines.line(("sheets", 0, "name")) == 6
    assert lines.line(("sheets", 0, "columns", 1, "field")) == 10
    assert lines.line(("sheets", 0, "columns", 1, "map", "L")) == 12
    assert lines.line(("sheets", 1, "name")) == 14
    assert lines.line(("sheets", 1, "columns", 0, "type")) == 13  # falls back to [[sheets]]
