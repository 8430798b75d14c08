"""Letter texts an office clerk edits: ``reports/letters/umum.toml`` plus one file per scheme.

A scheme's file (its code in lower case, e.g. ``tkm-pemula-2023.toml``) overrides only
the keys it names. Texts hold placeholders such as ``{nama_kelompok}``; an unknown
placeholder or a missing key is refused with the file and key named, in Indonesian.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tkm_desktop.domain.errors import DomainError
from tkm_desktop.paths import reports_dir

DEFAULT_FILE = "umum.toml"
GROUP_LIST = "{daftar_kelompok}"  # a paragraph of its own: the short table of the groups

PLACEHOLDERS = frozenset(
    {
        "nama_kelompok",
        "kelompok",
        "usaha",
        "alamat",
        "jumlah_anggota",
        "jumlah_kelompok",
        "bantuan",
        "jumlah_bantuan",
        "skema",
        "tahun",
        "dasar",
        "wilayah",
        "kantor",
        "kepala_daerah",
        "daftar_kelompok",
    }
)

# section → key → "text" or "texts" (a list of paragraphs).
SCHEMA: dict[str, dict[str, str]] = {
    "umum": {"dasar": "text"},
    "surat": {
        "sifat": "text",
        "lampiran": "text",
        "hal": "text",
        "kepada": "texts",
        "di": "text",
        "isi_satu_kelompok": "texts",
        "isi_beberapa_kelompok": "texts",
        "penutup": "text",
        "tembusan": "texts",
    },
    "rekomendasi": {
        "judul": "text",
        "pembuka": "text",
        "pengantar": "text",
        "isi_satu_kelompok": "texts",
        "beberapa_kelompok": "text",
        "isi_beberapa_kelompok": "texts",
        "penutup": "text",
        "tembusan": "texts",
    },
    "lampiran": {"judul": "text"},
}


class TemplateError(DomainError):
    """A letter template that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class LetterTemplate:
    """The merged texts: ``.text('surat', 'hal')``, ``.texts('surat', 'kepada')``."""

    sources: tuple[str, ...]
    sections: Mapping[str, Mapping[str, Any]]

    def text(self, section: str, key: str) -> str:
        return self.sections[section][key]

    def texts(self, section: str, key: str) -> tuple[str, ...]:
        return tuple(self.sections[section][key])


def letters_dir() -> Path:
    return reports_dir() / "letters"


def _fail(source: str, where: str, message: str, en: str) -> TemplateError:
    return TemplateError(
        f"Templat surat {source}, bagian {where}: {message}",
        f"Letter template {source}, {where}: {en}",
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise _fail(
            path.name, "-", "simpan berkas dengan pengodean UTF-8.", "save the file as UTF-8."
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise _fail(path.name, "-", f"salah tulis ({exc}).", f"syntax error ({exc}).") from None


def check_placeholders(text: str, source: str, where: str) -> None:
    """Refuse ``{unknown}`` names, format specs and unbalanced braces."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise _fail(
            source, where, "kurung kurawal { } tidak berpasangan.", "unbalanced braces { }."
        ) from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            known = ", ".join(f"{{{p}}}" for p in sorted(PLACEHOLDERS))
            raise _fail(
                source,
                where,
                f"{{{name}}} tidak dikenal. Yang dikenal: {known}.",
                f"unknown {{{name}}}. Known: {known}.",
            )


def _merge(into: dict[str, dict[str, Any]], data: dict[str, Any], source: str) -> None:
    for section, keys in data.items():
        if section not in SCHEMA or not isinstance(keys, dict):
            raise _fail(source, f"[{section}]", "bagian ini tidak dikenal.", "unknown section.")
        for key, value in keys.items():
            kind = SCHEMA[section].get(key)
            where = f"[{section}] {key}"
            if kind is None:
                raise _fail(source, where, "nama ini tidak dikenal.", "unknown key.")
            if kind == "text" and not isinstance(value, str):
                raise _fail(
                    source,
                    where,
                    "harus berupa teks di antara tanda petik.",
                    "must be a quoted text.",
                )
            if kind == "texts" and not (
                isinstance(value, list) and all(isinstance(v, str) for v in value)
            ):
                raise _fail(
                    source,
                    where,
                    'harus berupa daftar teks: ["…", "…"].',
                    'must be a list of texts: ["…", "…"].',
                )
            for text in [value] if isinstance(value, str) else value:
                check_placeholders(text, source, where)
            into.setdefault(section, {})[key] = value


def load_template(scheme_code: str | None, folder: Path | None = None) -> LetterTemplate:
    """``umum.toml`` with the scheme's own file (if any) laid over it."""
    folder = folder or letters_dir()
    sections: dict[str, dict[str, Any]] = {}
    sources = [DEFAULT_FILE]
    _merge(sections, _read(folder / DEFAULT_FILE), DEFAULT_FILE)
    if scheme_code:
        own = folder / f"{scheme_code.strip().lower()}.toml"
        if own.is_file():
            _merge(sections, _read(own), own.name)
            sources.append(own.name)
    for section, keys in SCHEMA.items():
        for key in keys:
            if key not in sections.get(section, {}):
                raise _fail(DEFAULT_FILE, f"[{section}] {key}", "belum diisi.", "missing.")
    return LetterTemplate(tuple(sources), sections)


def fill(text: str, values: Mapping[str, str]) -> str:
    """The text with its placeholders replaced (``{daftar_kelompok}`` is kept as it is)."""
    return text.format_map({**values, "daftar_kelompok": GROUP_LIST})
