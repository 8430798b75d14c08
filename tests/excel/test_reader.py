"""Opening files: every format, what calamine hands back, and every way a file can be wrong."""

from __future__ import annotations

import datetime as dt
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.import_support import vb
from tkm_desktop.excel.reader import ReadError, open_workbook

FIXTURES = Path(__file__).parent / "fixtures"


def _rows(path: Path, **kw: object) -> list[tuple[int, list[object]]]:
    book = open_workbook(path, **kw)  # type: ignore[arg-type]
    return list(book.sheets[0].rows())


def _code(path: Path, **kw: object) -> str:
    started = time.monotonic()
    with pytest.raises(ReadError) as err:
        book = open_workbook(path, **kw)  # type: ignore[arg-type]
        for sheet in book.sheets:
            for _ in sheet.rows():
                pass
    assert time.monotonic() - started < 10
    assert str(err.value)  # an Indonesian sentence for the clerk
    return err.value.code


# --- formats --------------------------------------------------------------------


def test_xlsx_numbers_come_back_as_floats_and_16_digits_survive(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "Nama", "Tgl"])
    ws.append([3275014101900001, "Ani", dt.date(1990, 1, 5)])
    ws.append(["3275014101900001", "  Budi  ", 32874])
    wb.save(tmp_path / "a.xlsx")
    rows = _rows(tmp_path / "a.xlsx")
    assert rows[1][0] == 2
    nik = rows[1][1][0]
    # calamine gives a float; below 2**53 it holds the 16 digits exactly.
    assert isinstance(nik, float) and int(nik) == 3275014101900001
    assert rows[1][1][2] == dt.date(1990, 1, 5)
    assert rows[2][1][0] == "3275014101900001"


def test_rows_are_numbered_as_the_spreadsheet_shows_them(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["C3"] = "NIK"
    ws["D5"] = "x"
    wb.save(tmp_path / "offset.xlsx")
    rows = dict(_rows(tmp_path / "offset.xlsx"))
    assert rows[3][2] == "NIK"  # column C is index 2 although calamine starts at C
    assert rows[5][3] == "x"
    assert rows[4] == [None] * len(rows[4])


def test_merged_cells_repeat_their_value(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kelompok", "Nama"])
    ws.append(["Maju", "A"])
    ws.append([None, "B"])
    ws.merge_cells("A2:A3")
    ws.append(["TITLE"])
    ws.merge_cells("A4:C4")
    wb.save(tmp_path / "m.xlsx")
    rows = dict(_rows(tmp_path / "m.xlsx"))
    assert rows[3][0] == "Maju"
    assert rows[4][:3] == ["TITLE", "TITLE", "TITLE"]


def test_xls_made_by_libreoffice_is_read() -> None:
    book = open_workbook(FIXTURES / "roster_per_sheet.xls")
    assert book.kind == "xls"
    assert [s.name for s in book.sheets] == ["Maju Jaya", "Sejahtera"]
    rows = dict(book.sheets[0].rows())
    assert rows[9][1] == "NIK"
    assert int(rows[11][1]) == int(vb.people(1)[0].nik)


def test_ods_made_by_libreoffice_is_read() -> None:
    book = open_workbook(FIXTURES / "roster_long.ods")
    assert book.kind == "ods"
    rows = dict(book.sheets[0].rows())
    assert rows[3][3] == "NIK"
    assert rows[4][3] == vb.people(1)[0].nik


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(";", "utf-8-sig"), (",", "utf-8"), (";", "cp1252"), ("\t", "utf-8")],
)
def test_csv_delimiters_and_encodings(tmp_path: Path, delimiter: str, encoding: str) -> None:
    text = delimiter.join(["NIK", "Nama", "Desa"]) + "\r\n"
    text += delimiter.join(["'3275014101900001", "André Sitompul", "Kotabaru"]) + "\r\n"
    path = tmp_path / "a.csv"
    path.write_bytes(text.encode(encoding))
    book = open_workbook(path)
    assert book.kind == "csv"
    rows = list(book.sheets[0].rows())
    assert rows[0] == (1, ["NIK", "Nama", "Desa"])
    assert rows[1][1][1] == "André Sitompul"


def test_text_named_xls_is_read_as_csv(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("NIK;Nama\n3275014101900001;Ani\n", encoding="utf-8")
    assert open_workbook(path).kind == "csv"


# --- refusals -------------------------------------------------------------------


def test_html_page_named_xls_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "laporan.xls"
    path.write_text("<html><body><table><tr><td>NIK</td></tr></table></body></html>")
    assert _code(path) == "FILE_UNREADABLE"


def test_pdf_renamed_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "usulan.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + b"\x00" * 500)
    assert _code(path) == "FILE_UNREADABLE"


def test_empty_file_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "kosong.xlsx"
    path.write_bytes(b"")
    assert _code(path) == "FILE_UNREADABLE"


def test_binary_noise_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "noise.xls"
    path.write_bytes(bytes(range(256)) * 40)
    assert _code(path) == "FILE_UNREADABLE"


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.95])
def test_truncated_xlsx_is_unreadable(tmp_path: Path, keep: float) -> None:
    full = vb.per_sheet_book(tmp_path / "full.xlsx", [vb.group("Maju", 10)])
    data = full.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: int(len(data) * keep)])
    assert _code(cut) == "FILE_UNREADABLE"


def test_zip_that_is_not_a_workbook_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "foto.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("foto.jpg", b"\xff\xd8\xff" + b"\0" * 100)
    assert _code(path) == "FILE_UNREADABLE"


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    assert _code(tmp_path / "tidak-ada.xlsx") == "FILE_UNREADABLE"


def test_password_protected_xlsx_is_encrypted(tmp_path: Path) -> None:
    # Excel wraps a password-protected workbook in a compound file with these two streams.
    path = vb.ole_file(
        tmp_path / "rahasia.xlsx",
        {"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00", "EncryptedPackage": b"\x01" * 5000},
    )
    assert path.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    assert _code(path) == "FILE_ENCRYPTED"


def test_encrypted_package_named_xls_is_encrypted(tmp_path: Path) -> None:
    path = vb.ole_file(
        tmp_path / "rahasia.xls", {"EncryptionInfo": b"\x04", "EncryptedPackage": b"x"}
    )
    assert _code(path) == "FILE_ENCRYPTED"


def test_broken_compound_file_named_xls_is_unreadable(tmp_path: Path) -> None:
    path = vb.ole_file(tmp_path / "rusak.xls", {"Workbook": b"\x09\x08" + b"\0" * 100})
    assert _code(path) == "FILE_UNREADABLE"


# --- the row cap ----------------------------------------------------------------


def _tall_xlsx(path: Path, rows: int) -> Path:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(["NIK", "Nama"])
    for i in range(rows):
        ws.append([f"32750141019{i:05d}", f"Orang {i}"])
    wb.save(path)
    return path


def test_xlsx_over_the_cap_is_refused_from_its_dimension(tmp_path: Path) -> None:
    path = _tall_xlsx(tmp_path / "tall.xlsx", 120)
    assert _code(path, row_cap=100) == "FILE_TOO_LARGE"
    assert len(_rows(path, row_cap=200)) == 121


def _rewrite_sheet(src: Path, dst: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = edit(data)
            zout.writestr(item, data)
    return dst


def test_xlsx_without_dimension_is_counted_while_streaming(tmp_path: Path) -> None:
    import re

    src = _tall_xlsx(tmp_path / "tall.xlsx", 120)
    path = _rewrite_sheet(
        src, tmp_path / "nodim.xlsx", lambda d: re.sub(rb"<dimension[^>]*/>", b"", d)
    )
    assert b"<dimension" not in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert _code(path, row_cap=100) == "FILE_TOO_LARGE"
    assert len(_rows(path, row_cap=200)) == 121


def test_a_dimension_inflated_by_formatting_does_not_refuse(tmp_path: Path) -> None:
    import re

    src = _tall_xlsx(tmp_path / "small.xlsx", 5)
    path = _rewrite_sheet(
        src, tmp_path / "inflated.xlsx",
        lambda d: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B900000"', d),
    )  # fmt: skip
    assert len(_rows(path, row_cap=100)) == 6


def test_csv_over_the_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("NIK;Nama\n" + "3275014101900001;Ani\n" * 150)
    assert _code(path, row_cap=100) == "FILE_TOO_LARGE"


def test_ods_over_the_cap_is_refused() -> None:
    assert _code(FIXTURES / "roster_long.ods", row_cap=5) == "FILE_TOO_LARGE"
    assert open_workbook(FIXTURES / "roster_long.ods", row_cap=50).kind == "ods"


def test_xls_over_the_cap_is_refused_when_loaded() -> None:
    assert _code(FIXTURES / "roster_per_sheet.xls", row_cap=5) == "FILE_TOO_LARGE"
