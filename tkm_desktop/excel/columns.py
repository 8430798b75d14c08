"""Header synonyms: which column (or label) means which field, from reports/import_columns.toml.

Headers are compared after normalising: case, accents, spaces and punctuation are
ignored, so 'No. HP', 'NO HP' and 'no.hp' are one header. The office edits the file;
a broken file gives a ``SynonymsError`` naming the line.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tkm_desktop.paths import reports_dir

SYNONYMS_FILE = "import_columns.toml"

# Keys of the file (Indonesian, for the clerk) → fields of the code.
MEMBER_KEYS = {
    "nomor": "number",
    "nik": "nik",
    "kk": "kk",
    "nama": "name",
    "tempat_lahir": "birth_place",
    "tanggal_lahir": "birth_date",
    "tempat_tanggal_lahir": "birth_place_date",
    "jenis_kelamin": "sex",
    "alamat": "address",
    "rt_rw": "rt_rw",
    "kelurahan": "kelurahan",
    "kecamatan": "kecamatan",
    "telepon": "phone",
    "pendidikan": "education",
    "status_pekerjaan": "work_status",
    "jabatan": "role",
}
GROUP_KEYS = {
    "nama_kelompok": "name",
    "nomor_kelompok": "number",
    "jenis_usaha": "business_type",
    "sektor": "sector",
    "alamat": "street",
    "rt_rw": "rt_rw",
    "kelurahan": "kelurahan",
    "kecamatan": "kecamatan",
    "ketua": "leader",
    "bank": "bank_name",
    "nomor_rekening": "account_number",
    "nama_rekening": "account_holder",
    "pengusul": "recommender_name",
    "nomor_surat_pengusul": "recommender_letter_number",
    "tanggal_surat_pengusul": "recommender_letter_date",
}
# How a field is named to the clerk in problems (the file's first synonym is used otherwise).
FIELD_LABELS = {
    "nik": "NIK",
    "name": "Nama",
    "group.name": "Nama Kelompok",
}

_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


class SynonymsError(ValueError):
    """The synonyms file is broken; the text (Indonesian) names the file and line."""


def normalize_header(text: object) -> str:
    """'No. HP/WA ' → 'nohpwa': casefolded, accents and everything but letters/digits removed."""
    if text is None:
        return ""
    s = str(text)
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return _NON_ALNUM.sub("", s.casefold())


def header_keys(text: object) -> tuple[str, ...]:
    """The keys a header cell may match: as written, then without notes in brackets."""
    if text is None or not isinstance(text, str):
        return ()
    full = normalize_header(text)
    bare = normalize_header(_PARENTHESES.sub(" ", text))
    return (full, bare) if bare and bare != full else (full,) if full else ()


@dataclass(frozen=True)
class Synonyms:
    """Normalised header → field, for member tables and for group data."""

    member: dict[str, str]
    group: dict[str, str]
    labels: dict[str, str]  # "nik" / "group.kecamatan" → a header as people write it

    def member_field(self, text: object) -> str | None:
        for key in header_keys(text):
            if key in self.member:
                return self.member[key]
        return None

    def group_field(self, text: object) -> str | None:
        for key in header_keys(text):
            if key in self.group:
                return self.group[key]
        return None

    def label(self, field: str) -> str:
        return FIELD_LABELS.get(field) or self.labels.get(field, field)


def _line_of(text: str, key: str) -> int:
    for n, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line) or line.strip() == f"[{key}]":
            return n
    return 0


def parse_synonyms(text: str, source: str = SYNONYMS_FILE) -> Synonyms:
    """Reads the synonyms text; SynonymsError names the line of any mistake."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        line = getattr(e, "lineno", None) or _lineno_from(str(e))
        raise SynonymsError(
            f"Berkas {source} salah tulis di baris {line}: periksa tanda kutip, koma dan "
            f"kurung siku. ({e})"
        ) from None
    tables: dict[str, dict[str, str]] = {}
    labels: dict[str, str] = {}
    for section, keys, prefix in (("anggota", MEMBER_KEYS, ""), ("kelompok", GROUP_KEYS, "group.")):
        entries = data.get(section)
        if not isinstance(entries, dict):
            raise SynonymsError(f"Berkas {source} tidak memiliki bagian [{section}].")
        table: dict[str, str] = {}
        for key, values in entries.items():
            line = _line_of(text, key)
            if key not in keys:
                known = ", ".join(keys)
                raise SynonymsError(
                    f"Berkas {source} baris {line}: nama '{key}' tidak dikenal di "
                    f"[{section}]. Nama yang dikenal: {known}."
                )
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise SynonymsError(
                    f"Berkas {source} baris {line}: isi '{key}' harus daftar judul kolom "
                    f'di dalam kurung siku, misalnya ["NIK", "No. KTP"].'
                )
            field = keys[key]
            for value in values:
                for k in header_keys(value):
                    table.setdefault(k, field)
            if values:
                labels.setdefault(prefix + field, values[0])
        tables[section] = table
    return Synonyms(member=tables["anggota"], group=tables["kelompok"], labels=labels)


def _lineno_from(message: str) -> int | str:
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else "?"


def default_synonyms_path() -> Path:
    return reports_dir() / SYNONYMS_FILE


def load_synonyms(path: str | Path | None = None) -> Synonyms:
    """The synonyms file (default: reports/import_columns.toml); SynonymsError if broken."""
    path = Path(path) if path else default_synonyms_path()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise SynonymsError(f"Berkas {path} tidak dapat dibaca: {e}") from None
    return _cached(text, path.name)


@lru_cache(maxsize=8)
def _cached(text: str, name: str) -> Synonyms:
    return parse_synonyms(text, name)
