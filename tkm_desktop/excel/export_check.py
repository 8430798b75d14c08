"""Checking an export format file key by key; every mistake is kept with its line.

``check_format`` returns the format, or the list of problems (file, line, what is
wrong) — all of them, so the clerk fixes the file in one go.
"""

from __future__ import annotations

import re
import string
import tomllib
from pathlib import Path
from typing import Any

from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.excel import export_fields as ef
from tkm_desktop.excel.export_lines import KeyLines
from tkm_desktop.excel.export_spec import (
    DEFAULT_STATUSES,
    ColumnSpec,
    ExportFormat,
    FormatProblem,
    SheetSpec,
    SortKey,
)

_TOP_KEYS = {
    "name",
    "name_en",
    "description",
    "description_en",
    "statuses",
    "sort",
    "template",
    "sheets",
}
_SHEET_KEYS = {"name", "rows", "title", "freeze_header", "autofilter", "sort", "start_row",
               "cells", "columns"}  # fmt: skip
_COLUMN_KEYS = {"header", "field", "width", "type", "map", "format", "column"}
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
_COLUMN_LETTERS = re.compile(r"[A-Z]{1,3}")
_CELL_REF = re.compile(r"([A-Z]{1,3})([1-9][0-9]{0,6})")
_MAX_COLUMN = 16384  # XFD


def check_format(text: str, source: Path) -> ExportFormat | list[FormatProblem]:
    """The format ``text`` describes, or every problem found in it."""
    checker = _Checker(text, source)
    result = checker.run()
    if checker.problems or result is None:
        return checker.problems
    return result


class _Checker:
    def __init__(self, text: str, source: Path) -> None:
        self.text = text
        self.source = source
        self.file = source.name
        self.lines = KeyLines(text)
        self.problems: list[FormatProblem] = []

    def fail(self, path: tuple[Any, ...], message: str, *, text: str | None = None) -> None:
        """A problem at ``path``'s line (or, with ``text``, the line holding that text)."""
        line = self.lines.line(path)
        if text is not None:
            line = self.lines.find(text, line)
        self.problems.append(FormatProblem(self.file, line, message))

    def run(self) -> ExportFormat | None:
        try:
            data = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as e:
            m = re.search(r"at line (\d+)", str(e))
            line = int(m.group(1)) if m else None
            self.problems.append(FormatProblem(
                self.file, line, f"salah tulis ({e}); periksa tanda kutip, koma, kurung siku "
                "dan tanda sama dengan.",
            ))  # fmt: skip
            return None
        self._unknown_keys(data, (), _TOP_KEYS, "")
        display = self._text(data, ("name",), required=True)
        description = self._text(data, ("description",))
        display_en = self._text(data, ("name_en",))
        description_en = self._text(data, ("description_en",))
        statuses = self._statuses(data)
        sort = self._sort(data.get("sort"), ("sort",), ef.ROWS_GROUP, groups_only=True)
        template = self._template(data.get("template"))
        sheets = self._sheets(data.get("sheets"), template is not None)
        if template is not None and sheets:
            self._template_sheets(template, sheets)
        return ExportFormat(
            name=self.source.stem, display_name=display, description=description,
            statuses=statuses, sort=sort, sheets=sheets, template=template,
            source=self.source if self.source.is_absolute() else None,
            display_name_en=display_en, description_en=description_en,
        )  # fmt: skip

    # --- small helpers ----------------------------------------------------------

    def _unknown_keys(self, table: dict[str, Any], path: tuple[Any, ...], known: set[str],
                      where: str) -> None:  # fmt: skip
        for key in table:
            if key not in known:
                choices = ", ".join(sorted(known))
                self.fail((*path, key), f"'{key}' tidak dikenal{where}; yang dikenal: {choices}.")

    def _text(self, table: dict[str, Any], path: tuple[Any, ...], *, required: bool = False) -> str:
        value = table.get(path[-1])
        if value is None:
            if required:
                parent = path[:-1]
                self.fail(parent or path, f"'{path[-1]}' wajib diisi{_where(parent)}.")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(path, f"'{path[-1]}' harus teks di antara tanda kutip.")
            return ""
        return value.strip()

    def _bool(self, table: dict[str, Any], path: tuple[Any, ...], default: bool) -> bool:
        value = table.get(path[-1], default)
        if not isinstance(value, bool):
            self.fail(path, f"'{path[-1]}' harus true atau false (tanpa tanda kutip).")
            return default
        return value

    def _strings(self, value: Any, path: tuple[Any, ...]) -> list[str]:
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(path, f'\'{path[-1]}\' harus daftar teks, mis. ["satu", "dua"].')
            return []
        return list(value)

    def _placeholders(self, text: str, path: tuple[Any, ...]) -> None:
        try:
            names = [n for _, n, _, _ in string.Formatter().parse(text) if n is not None]
        except ValueError:
            self.fail(path, f'kurung kurawal tidak berpasangan dalam "{text}".', text=text)
            return
        for n in names:
            if n not in ef.PLACEHOLDERS:
                known = ", ".join("{" + k + "}" for k in ef.PLACEHOLDERS)
                self.fail(
                    path, f'{{{n}}} tidak dikenal dalam "{text}"; yang dikenal: {known}.', text=text
                )

    # --- the top level ------------------------------------------------------------

    def _statuses(self, data: dict[str, Any]) -> tuple[str, ...]:
        if "statuses" not in data:
            return DEFAULT_STATUSES
        values = self._strings(data["statuses"], ("statuses",))
        known = {s.value for s in GroupStatus}
        bad = [v for v in values if v not in known]
        if bad:
            choices = ", ".join(s.value for s in GroupStatus)
            self.fail(("statuses",), f"status {', '.join(bad)} tidak dikenal; pilihan: {choices}.")
        if not values:
            self.fail(("statuses",), "sebutkan sedikitnya satu status.")
        return tuple(v for v in values if v in known) or DEFAULT_STATUSES

    def _sort(self, value: Any, path: tuple[Any, ...], rows: str, *,
              groups_only: bool = False) -> tuple[SortKey, ...]:  # fmt: skip
        if value is None:
            return ()
        keys = []
        allowed = set(ef.fields_for(rows))
        for item in self._strings(value, path):
            name = item.strip()
            descending = name.startswith("-")
            name = name.lstrip("-").strip()
            source = ef.FIELDS[name].source if name in ef.FIELDS else None
            if name not in allowed or (groups_only and source != ef.ROWS_GROUP) or not source:
                kind = "kelompok.*" if groups_only else f"{rows}.* atau kelompok.*"
                self.fail(path, f"urutan '{item}' tidak dapat dipakai di sini; pakai data {kind}.")
                continue
            keys.append(SortKey(name, descending))
        return tuple(keys)

    def _template(self, value: Any) -> Path | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(("template",), "'template' harus nama berkas .xlsx di antara tanda kutip.")
            return None
        path = Path(value.strip())
        if not path.is_absolute():
            path = self.source.parent / path
        if path.suffix.lower() not in (".xlsx", ".xlsm"):
            self.fail(("template",), f"templat harus berkas .xlsx: {value}.")
            return None
        if not path.is_file():
            self.fail(("template",), f"berkas templat tidak ditemukan: {path}.")
            return None
        return path

    def _template_sheets(self, template: Path, sheets: tuple[SheetSpec, ...]) -> None:
        from openpyxl import load_workbook

        try:
            wb = load_workbook(template, read_only=True)
            names = list(wb.sheetnames)
            wb.close()
        except Exception as e:  # any unreadable workbook: say so at the template line
            self.fail(("template",), f"berkas templat tidak dapat dibuka: {e}.")
            return
        for i, sheet in enumerate(sheets):
            if sheet.name not in names:
                self.fail(("sheets", i, "name"), f"sheet '{sheet.name}' tidak ada di templat "
                          f"{template.name}; yang ada: {', '.join(names)}.")  # fmt: skip

    # --- sheets and columns ---------------------------------------------------------

    def _sheets(self, value: Any, templated: bool) -> tuple[SheetSpec, ...]:
        if not isinstance(value, list) or not value:
            self.fail((), "belum ada sheet: tulis sedikitnya satu bagian [[sheets]].")
            return ()
        out: list[SheetSpec] = []
        seen: set[str] = set()
        for i, table in enumerate(value):
            path: tuple[Any, ...] = ("sheets", i)
            if not isinstance(table, dict):
                self.fail(("sheets",), "'sheets' harus ditulis sebagai bagian [[sheets]].")
                continue
            sheet = self._sheet(table, path, templated)
            if sheet is None:
                continue
            if sheet.name.casefold() in seen:
                self.fail((*path, "name"), f"nama sheet '{sheet.name}' dipakai dua kali.")
            seen.add(sheet.name.casefold())
            out.append(sheet)
        return tuple(out)

    def _sheet(self, table: dict[str, Any], path: tuple[Any, ...],
               templated: bool) -> SheetSpec | None:  # fmt: skip
        where = f" di sheet ke-{path[1] + 1}"
        self._unknown_keys(table, path, _SHEET_KEYS, where)
        name = self._text(table, (*path, "name"), required=True)
        if name and (len(name) > 31 or _SHEET_NAME_BAD.search(name)):
            self.fail((*path, "name"), f"nama sheet '{name}' tidak sah: paling banyak 31 huruf, "
                      "tanpa [ ] : * ? / \\.")  # fmt: skip
        rows = table.get("rows")
        if rows not in ef.ROW_KINDS:
            self.fail(
                (*path, "rows") if "rows" in table else path,
                f"'rows' sheet '{name}' harus salah satu dari: {', '.join(ef.ROW_KINDS)}.",
            )
            return None
        if templated:
            for key in ("title", "freeze_header", "autofilter"):
                if key in table:
                    self.fail((*path, key), f"'{key}' tidak dipakai bersama 'template': berkas "
                              "templat sudah mengatur judul dan tampilannya sendiri.")  # fmt: skip
        title = tuple(self._strings(table.get("title", []), (*path, "title")))
        for line in title:
            self._placeholders(line, (*path, "title"))
        start_row = self._start_row(table, path, templated)
        cells = self._cells(table.get("cells"), (*path, "cells"), templated)
        columns = self._columns(table.get("columns"), path, rows, name, templated)
        return SheetSpec(
            name=name, rows=rows, columns=columns, title=title,
            freeze_header=self._bool(table, (*path, "freeze_header"), True),
            autofilter=self._bool(table, (*path, "autofilter"), True),
            sort=self._sort(table.get("sort"), (*path, "sort"), rows),
            start_row=start_row, cells=cells,
        )  # fmt: skip

    def _start_row(
        self, table: dict[str, Any], path: tuple[Any, ...], templated: bool
    ) -> int | None:
        value = table.get("start_row")
        if not templated:
            if value is not None:
                self.fail((*path, "start_row"), "'start_row' hanya dipakai bersama 'template'.")
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 1_048_576:
            self.fail((*path, "start_row") if "start_row" in table else path,
                      "dengan 'template', setiap sheet wajib 'start_row' = nomor baris "
                      "pertama yang diisi (angka, mis. 8).")  # fmt: skip
            return None
        return value

    def _cells(self, value: Any, path: tuple[Any, ...], templated: bool) -> dict[str, str]:
        if value is None:
            return {}
        if not templated:
            self.fail(path, "'cells' hanya dipakai bersama 'template'.")
            return {}
        if not isinstance(value, dict):
            self.fail(path, "'cells' harus berbentuk { C3 = \"{kantor}\" }.")
            return {}
        out = {}
        for ref, text in value.items():
            if not _CELL_REF.fullmatch(ref) or not isinstance(text, str):
                self.fail(path, f"sel '{ref}' tidak sah: tulis alamat sel (mis. C3) = \"teks\".")
                continue
            self._placeholders(text, path)
            out[ref] = text
        return out

    def _columns(self, value: Any, path: tuple[Any, ...], rows: str, sheet: str,
                 templated: bool) -> tuple[ColumnSpec, ...]:  # fmt: skip
        if not isinstance(value, list) or not value:
            self.fail(path, f"sheet '{sheet}' belum punya kolom: tulis bagian [[sheets.columns]].")
            return ()
        out: list[ColumnSpec] = []
        letters: dict[str, int] = {}
        for j, table in enumerate(value):
            cpath = (*path, "columns", j)
            if not isinstance(table, dict):
                self.fail(cpath, "kolom harus ditulis sebagai bagian [[sheets.columns]].")
                continue
            col = self._column(table, cpath, rows, sheet, templated)
            if col is None:
                continue
            if col.letter is not None:
                if col.letter in letters:
                    self.fail((*cpath, "column"), f"kolom {col.letter} di sheet '{sheet}' "
                              "dipakai dua kali.")  # fmt: skip
                letters[col.letter] = j
            out.append(col)
        return tuple(out)

    def _column(self, table: dict[str, Any], path: tuple[Any, ...], rows: str, sheet: str,
                templated: bool) -> ColumnSpec | None:  # fmt: skip
        where = f" (sheet '{sheet}', kolom ke-{path[-1] + 1})"
        self._unknown_keys(table, path, _COLUMN_KEYS, where)
        name = table.get("field")
        fld = ef.FIELDS.get(name) if isinstance(name, str) else None
        if name is None:
            self.fail(path, f"setiap kolom wajib 'field' = data yang ditampilkan{where}.")
            return None
        if fld is None:
            self.fail(
                (*path, "field") if "field" in table else path,
                f"data '{name}' tidak dikenal{where}; lihat daftar data di README.md.",
            )
            return None
        if fld.name not in ef.fields_for(rows):
            self.fail(
                (*path, "field"),
                f"data '{fld.name}' tidak ada pada baris {rows}{where}; "
                f"sheet ini hanya dapat memakai data {rows}.*, kelompok.* dan nomor.",
            )
            return None  # fmt: skip
        header = self._text(table, (*path, "header")) or fld.header
        type_ = table.get("type", fld.type)
        if type_ not in ef.TYPES:
            self.fail((*path, "type"), f"jenis '{type_}' tidak dikenal{where}; pilihan: "
                      f"{', '.join(ef.TYPES)}.")  # fmt: skip
            type_ = fld.type
        elif fld.identifier and type_ != ef.TEXT:
            self.fail((*path, "type"), f"{fld.header} harus teks (\"text\"){where}: sebagai "
                      "angka, Excel membulatkan digit terakhirnya.")  # fmt: skip
            type_ = ef.TEXT
        elif not fld.allows(type_):
            self.fail((*path, "type"), f"data {fld.name} tidak dapat ditulis sebagai '{type_}'"
                      f"{where}.")  # fmt: skip
            type_ = fld.type
        width = table.get("width", fld.width)
        if isinstance(width, bool) or not isinstance(width, int | float) or not 0 < width <= 255:
            self.fail((*path, "width"), f"lebar kolom harus angka 1 sampai 255{where}.")
            width = fld.width
        value_map = self._value_map(table.get("map"), (*path, "map"), type_, where)
        number_format = self._number_format(table, path, fld, type_, where)
        letter = table.get("column")
        if templated:
            if not isinstance(letter, str) or not _valid_letter(letter.strip().upper()):
                self.fail((*path, "column") if "column" in table else path,
                          f"dengan 'template', setiap kolom wajib 'column' = huruf kolom "
                          f"(mis. \"B\"){where}.")  # fmt: skip
                letter = None
            else:
                letter = letter.strip().upper()
        elif letter is not None:
            self.fail((*path, "column"), f"'column' hanya dipakai bersama 'template'{where}.")
            letter = None
        return ColumnSpec(field=fld.name, header=header, type=type_, width=float(width),
                          value_map=value_map, number_format=number_format, letter=letter,
                          identifier=fld.identifier)  # fmt: skip

    def _value_map(
        self, value: Any, path: tuple[Any, ...], type_: str, where: str
    ) -> dict[str, str]:
        if value is None:
            return {}
        if type_ != ef.TEXT:
            self.fail(path, f"'map' hanya untuk kolom teks{where}.")
            return {}
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            self.fail(
                path, f'\'map\' harus berbentuk {{ L = "Laki-laki", P = "Perempuan" }}{where}.'
            )
            return {}
        return dict(value)

    def _number_format(self, table: dict[str, Any], path: tuple[Any, ...], fld: ef.Field,
                       type_: str, where: str) -> str | None:  # fmt: skip
        given = table.get("format")
        if given is not None and (type_ == ef.TEXT or not isinstance(given, str) or not given):
            self.fail((*path, "format"), f"'format' hanya untuk kolom number, date atau money, "
                      f"berupa teks, mis. \"#,##0\"{where}.")  # fmt: skip
            given = None
        if fld.identifier:
            return ef.TEXT_FORMAT
        if given:
            return str(given)
        return {ef.DATE: ef.DATE_FORMAT, ef.MONEY: ef.MONEY_FORMAT}.get(type_)


def _valid_letter(letter: str) -> bool:
    if not _COLUMN_LETTERS.fullmatch(letter):
        return False
    n = 0
    for ch in letter:
        n = n * 26 + ord(ch) - 64
    return n <= _MAX_COLUMN


def _where(path: tuple[Any, ...]) -> str:
    if len(path) >= 2 and path[0] == "sheets":
        return f" di sheet ke-{path[1] + 1}"
    return ""
