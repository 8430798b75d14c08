"""Opening the spreadsheets villages send: sniffing, size caps, rows as plain values.

xlsx/xlsm/xls/ods are read with python-calamine, csv with the csv module. The kind
of file is told from its first bytes, not its name (an HTML page saved as ``.xls``
is common). Rows come out lazily as ``(row_number, values)`` with the row numbered
as the spreadsheet shows it and ``values[0]`` in column A; merged cells repeat their
top-left value. Every failure is a ``ReadError`` with a stable code, never a traceback.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import python_calamine

from tkm_desktop.applog import describe_os_error
from tkm_desktop.domain.findings import message
from tkm_desktop.excel import rowcount

FILE_UNREADABLE = "FILE_UNREADABLE"
FILE_ENCRYPTED = "FILE_ENCRYPTED"
FILE_TOO_LARGE = "FILE_TOO_LARGE"

DEFAULT_ROW_CAP = 300_000
# Beyond any real proposal; keeps a hostile file from filling memory before rows are counted.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_UNZIPPED_BYTES = 2 * 1024 * 1024 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTION_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"

Cell = Any  # str, float, int, bool, date, datetime, time, timedelta or None


class ReadError(Exception):
    """The file cannot be read as a spreadsheet; ``code`` is stable, the text Indonesian."""

    def __init__(self, code: str, text: str | None = None, **details: Any) -> None:
        self.code = code
        self.details = details
        super().__init__(text or message(code, details))


def _unreadable(reason: str) -> ReadError:
    return ReadError(FILE_UNREADABLE, reason=reason)


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _too_large(rows: int | None, cap: int) -> ReadError:
    """More rows than ``cap``; ``rows`` None when counting stopped at the cap."""
    shown = f"lebih dari {_thousands(cap)}" if rows is None else _thousands(rows)
    return ReadError(FILE_TOO_LARGE, rows=shown, cap=_thousands(cap))


def _too_big(what: str) -> ReadError:
    return ReadError(
        FILE_TOO_LARGE,
        f"Berkas terlalu besar ({what}) untuk sebuah usulan; pecah menjadi beberapa berkas.",
    )


@dataclass
class Sheet:
    """One sheet: its name, whether it is shown, and its rows (loaded on demand)."""

    name: str
    visible: bool
    _load: Callable[[], Iterator[tuple[int, list[Cell]]]] = field(repr=False)

    def rows(self) -> Iterator[tuple[int, list[Cell]]]:
        """(row number as the spreadsheet shows it, values from column A); blanks are None."""
        return self._load()


@dataclass
class Workbook:
    path: Path
    kind: str  # "xlsx", "xls", "ods" or "csv"
    sheets: list[Sheet]


def open_workbook(path: str | Path, *, row_cap: int = DEFAULT_ROW_CAP) -> Workbook:
    """Opens ``path`` after checking what it is and how many rows it holds; raises ReadError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(8192)
    except OSError as e:
        raise _unreadable(f"berkas tidak dapat dibuka ({describe_os_error(e)}).") from None
    if size == 0:
        raise _unreadable("berkas kosong (0 byte).")
    if size > MAX_FILE_BYTES:
        raise _too_big(f"{size // (1024 * 1024)} MB")
    kind = sniff(path, head)
    if kind in ("xlsx", "ods"):
        _check_rows(path, kind, row_cap)
    elif kind == "csv":
        return _open_csv(path, row_cap)
    return _open_calamine(path, kind, row_cap)


# --- what is this file? ---------------------------------------------------------


def sniff(path: Path, head: bytes) -> str:
    """'xlsx', 'xls', 'ods' or 'csv' from the content; ReadError for anything else."""
    if head.startswith(_OLE_MAGIC):
        if _has_encryption_stream(path) or path.suffix.lower() in (".xlsx", ".xlsm"):
            # An Office Open XML file protected by a password is wrapped in an OLE container.
            raise ReadError(FILE_ENCRYPTED)
        return "xls"
    if head.startswith(_ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(b"%PDF"):
        raise _unreadable("berkas ini PDF, bukan lembar kerja. Mintalah berkas Excel aslinya.")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype", b"<html", b"<?xml", b"<table", b"<meta", b"<head")) or (
        b"<html" in text or b"<table" in text
    ):
        raise _unreadable(
            "berkas ini halaman web (HTML/XML) yang diberi nama lembar kerja. "
            "Buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx)."
        )
    if b"\x00" in head or not _looks_like_text(head):
        raise _unreadable("isi berkas bukan lembar kerja yang dikenal (xlsx, xls, ods atau csv).")
    return "csv"


def _looks_like_text(head: bytes) -> bool:
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return controls <= len(head) // 100


def _has_encryption_stream(path: Path) -> bool:
    # Directory entries of a compound file hold stream names in UTF-16; looking for the
    # names is enough to tell an encrypted package from an Excel 97-2003 workbook.
    tail = b""
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            data = tail + chunk
            if any(name in data for name in _ENCRYPTION_STREAMS):
                return True
            tail = data[-64:]
    return False


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if sum(i.file_size for i in z.infolist()) > MAX_UNZIPPED_BYTES:
                raise _too_big("isi lebih dari 2 GB")
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                if "xl/workbook.bin" in names:
                    raise _unreadable("format .xlsb tidak didukung; simpan sebagai .xlsx.")
                return "xlsx"
            if "content.xml" in names and (
                "mimetype" not in names or z.read("mimetype").strip() == _ODS_MIME
            ):
                return "ods"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise _unreadable("berkas rusak atau terpotong (arsip zip tidak utuh).") from None
    raise _unreadable("berkas zip ini bukan lembar kerja (xlsx atau ods).")


# --- counting rows before loading ------------------------------------------------


def _check_rows(path: Path, kind: str, cap: int) -> None:
    """FILE_TOO_LARGE when the rows exceed ``cap``, counted before calamine loads a sheet."""
    try:
        rows = rowcount.xlsx_rows(path, cap) if kind == "xlsx" else rowcount.ods_rows(path, cap)
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError, EOFError, ValueError):
        raise _unreadable(f"berkas rusak atau terpotong (isi {kind} tidak utuh).") from None
    if rows > cap:
        raise _too_large(None, cap)


# --- calamine -------------------------------------------------------------------


def _calamine_failure(e: BaseException) -> ReadError:
    if isinstance(e, python_calamine.PasswordError):
        return ReadError(FILE_ENCRYPTED)
    return _unreadable("isi berkas rusak atau tidak dikenali.")


def _guard(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as e:  # Rust panics arrive as BaseException subclasses.
        raise _calamine_failure(e) from None


def _open_calamine(path: Path, kind: str, cap: int) -> Workbook:
    book = _guard(lambda: python_calamine.CalamineWorkbook.from_path(str(path)))
    metadata = _guard(lambda: book.sheets_metadata)
    sheets = []
    for index, meta in enumerate(metadata):
        if str(meta.typ) != str(python_calamine.SheetTypeEnum.WorkSheet):
            continue
        visible = str(meta.visible) == str(python_calamine.SheetVisibleEnum.Visible)
        sheets.append(Sheet(meta.name, visible, _calamine_rows(book, index, kind, cap)))
    return Workbook(path, kind, sheets)


def _calamine_rows(
    book: Any, index: int, kind: str, cap: int
) -> Callable[[], Iterator[tuple[int, list[Cell]]]]:
    def load() -> Iterator[tuple[int, list[Cell]]]:
        sheet = _guard(lambda: book.get_sheet_by_index(index))
        if kind == "xls" and sheet.height > cap:  # xls rows are bounded by the format
            raise _too_large(sheet.height, cap)
        start = sheet.start
        col0 = start[1] if start else 0
        merges = _merge_map(sheet.merged_cell_ranges or ())
        return _rows(_guard(sheet.iter_rows), col0, merges)

    return load


def _merge_map(ranges: Any) -> dict[int, list[tuple[int, int, int]]]:
    """row → [(first column, last column, top row)] for every merged range covering it."""
    by_row: dict[int, list[tuple[int, int, int]]] = {}
    for (r0, c0), (r1, c1) in ranges:
        for r in range(r0, min(r1, r0 + 1000) + 1):
            by_row.setdefault(r, []).append((c0, c1, r0))
    return by_row


def _rows(
    raw: Iterator[list[Cell]], col0: int, merges: dict[int, list[tuple[int, int, int]]]
) -> Iterator[tuple[int, list[Cell]]]:
    # calamine starts rows at row 1 but columns at the first used column.
    if not col0 and not merges:  # the usual case, kept lean for national rosters
        for r, values in enumerate(raw, start=1):
            yield r, [None if v == "" else v for v in values]
        return
    pad = [None] * col0
    tops: dict[tuple[int, int], Cell] = {}
    for r, values in enumerate(raw):
        row = pad + [None if v == "" else v for v in values]
        spans = merges.get(r)
        if spans:
            for c0, c1, top in spans:
                if top == r:
                    tops[(r, c0)] = row[c0] if c0 < len(row) else None
                value = tops.get((top, c0))
                if c1 >= len(row):
                    row.extend([None] * (c1 + 1 - len(row)))
                for c in range(c0, c1 + 1):
                    row[c] = value
        yield r + 1, row


# --- csv ------------------------------------------------------------------------


def _csv_encoding(path: Path, cap: int) -> str:
    """UTF-8 (BOM or not) when every byte decodes, else Windows-1252; counts lines on the way."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    lines = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            lines += chunk.count(b"\n")
            if lines > cap:
                raise _too_large(None, cap)
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
    if utf8:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8 = False
    return "utf-8-sig" if utf8 else "cp1252"


def _csv_dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        delimiter = max((";", ",", "\t"), key=first.count)
        return type("Sniffed", (csv.excel,), {"delimiter": delimiter})


def _open_csv(path: Path, cap: int) -> Workbook:
    encoding = _csv_encoding(path, cap)

    def load() -> Iterator[tuple[int, list[Cell]]]:
        with path.open("r", encoding=encoding, errors="replace", newline="") as f:
            dialect = _csv_dialect(f.read(65536))
            f.seek(0)
            reader = csv.reader(f, dialect)
            try:
                for n, values in enumerate(reader, start=1):
                    yield n, [v if v.strip() else None for v in values]
            except csv.Error:
                raise _unreadable("baris CSV rusak (tanda kutip tidak tertutup).") from None

    csv.field_size_limit(1 << 20)
    return Workbook(path, "csv", [Sheet(path.stem, True, load)])
