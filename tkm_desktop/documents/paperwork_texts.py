"""Texts of the verification papers, edited by the office: ``reports/letters/<paper>.toml``.

One file per paper (``lembar-verifikasi.toml``, ``berita-acara.toml``,
``pengembalian.toml``, ``rekap.toml``), read each time the paper is printed, checked
the way the recommendation letter's texts are (``documents.templates``): every key
present, each a text or a list of texts, only the placeholders the paper knows. A
fault is refused in Indonesian with the file and the key named.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tkm_desktop.documents.templates import (
    GROUP_LIST,
    LetterTemplate,
    TemplateError,
    letters_dir,
)

SHEET, MINUTES, RETURN, RECAP = "lembar-verifikasi", "berita-acara", "pengembalian", "rekap"

_COMMON = frozenset({"skema", "tahun", "kantor", "wilayah", "kepala_daerah", "dasar"})

# paper → (section → key → "text" | "texts", the placeholders its texts may use)
SCHEMAS: dict[str, tuple[dict[str, dict[str, str]], frozenset[str]]] = {
    SHEET: (
        {"lembar_verifikasi": {"judul": "text", "subjudul": "text", "penutup": "text"}},
        _COMMON,
    ),
    MINUTES: (
        {
            "berita_acara": {
                "judul": "text",
                "subjudul": "text",
                "tempat": "text",
                "pembuka": "text",
                "pengantar": "text",
                "ringkasan": "text",
                "penutup": "text",
                "tembusan": "texts",
            }
        },
        _COMMON
        | {
            "hari",
            "tanggal_terbilang",
            "bulan",
            "tahun_terbilang",
            "tanggal_angka",
            "tempat",
            "alamat_kantor",
            "jumlah_kelompok",
            "jumlah_ms",
            "jumlah_tms",
            "jumlah_perbaikan",
        },
    ),
    RETURN: (
        {
            "pengembalian": {
                "sifat": "text",
                "lampiran": "text",
                "hal": "text",
                "kepada": "texts",
                "di": "text",
                "isi": "texts",
                "penutup": "text",
                "tembusan": "texts",
            }
        },
        _COMMON
        | {
            "kelompok",
            "nama_kelompok",
            "usaha",
            "alamat",
            "kelurahan",
            "kecamatan",
            "kepala_desa",
            "surat_usulan",
            "jumlah_anggota",
            "daftar_perbaikan",
        },
    ),
    RECAP: ({"rekap": {"judul": "text", "keadaan": "text"}}, frozenset({"tanggal", "kantor"})),
}


def _fail(source: str, where: str, message: str, en: str) -> TemplateError:
    return TemplateError(
        f"Templat {source}, bagian {where}: {message}", f"Template {source}, {where}: {en}"
    )


def _check(text: str, known: frozenset[str], source: str, where: str) -> None:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise _fail(
            source, where, "kurung kurawal { } tidak berpasangan.", "unbalanced braces { }."
        ) from None
    for _literal, name, spec, conversion in parsed:
        if name is not None and (name not in known or spec or conversion):
            names = ", ".join(f"{{{p}}}" for p in sorted(known))
            raise _fail(
                source,
                where,
                f"{{{name}}} tidak dikenal. Yang dikenal: {names}.",
                f"unknown {{{name}}}. Known: {names}.",
            )


def _value_ok(kind: str, value: Any) -> bool:
    if kind == "text":
        return isinstance(value, str)
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def load_texts(paper: str, folder: Path | None = None) -> LetterTemplate:
    """The checked texts of ``paper`` (one of SCHEMAS), as ``.text(section, key)``."""
    schema, known = SCHEMAS[paper]
    name = f"{paper}.toml"
    path = (folder or letters_dir()) / name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _fail(name, "-", "berkas tidak ditemukan.", "file not found.") from None
    except UnicodeDecodeError:
        raise _fail(
            name, "-", "simpan berkas dengan pengodean UTF-8.", "save the file as UTF-8."
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise _fail(name, "-", f"salah tulis ({exc}).", f"syntax error ({exc}).") from None
    sections: dict[str, dict[str, Any]] = {}
    for section, keys in data.items():
        if section not in schema or not isinstance(keys, dict):
            raise _fail(name, f"[{section}]", "bagian ini tidak dikenal.", "unknown section.")
        for key, value in keys.items():
            kind = schema[section].get(key)
            where = f"[{section}] {key}"
            if kind is None:
                raise _fail(name, where, "nama ini tidak dikenal.", "unknown key.")
            if not _value_ok(kind, value):
                message = (
                    ("harus berupa teks di antara tanda petik.", "must be a quoted text.")
                    if kind == "text"
                    else ('harus berupa daftar teks: ["…", "…"].', 'must be a list: ["…", "…"].')
                )
                raise _fail(name, where, *message)
            for text in [value] if isinstance(value, str) else value:
                _check(text, known, name, where)
            sections.setdefault(section, {})[key] = value
    for section, keys in schema.items():
        for key in keys:
            if key not in sections.get(section, {}):
                raise _fail(name, f"[{section}] {key}", "belum diisi.", "missing.")
    return LetterTemplate((name,), sections)


def fill_text(text: str, values: Mapping[str, str]) -> str:
    """The text with its placeholders replaced; ``{daftar_perbaikan}`` becomes the table's mark."""
    return text.format_map({**values, "daftar_perbaikan": GROUP_LIST})
