"""The catalogue of finding and import-error codes: stable names, category, severity, texts.

Codes are upper-case constants that never change meaning between versions
(documented in docs/codes.md). Messages are templates filled from a finding's
``details``; Indonesian first, English beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from string import Formatter
from typing import Any

from tkm_desktop.domain.nik import mask_nik


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Category(StrEnum):
    PERSON = "person"
    GROUP = "group"
    COMPLETENESS = "completeness"
    STRUCTURE = "structure"  # the file itself: refuses an import


@dataclass(frozen=True)
class CodeInfo:
    code: str
    category: Category
    severity: Severity
    text_id: str
    text_en: str
    # Added after the text when the details hold every value it names (a NIK's hint).
    hint_id: str = ""
    hint_en: str = ""


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO
_P, _G, _C, _S = Category.PERSON, Category.GROUP, Category.COMPLETENESS, Category.STRUCTURE

_CATALOGUE: tuple[CodeInfo, ...] = (
    # --- person ---
    CodeInfo("NIK_FORMAT", _P, _E,
             "NIK {nik} tidak sah: harus 16 digit angka dengan nomor urut bukan 0000.",
             "NIK {nik} is invalid: it must be 16 digits with a serial other than 0000."),
    CodeInfo("NIK_DATE", _P, _E,
             "Tanggal lahir yang tersandi dalam NIK {nik} tidak ada di kalender.",
             "The birth date encoded in NIK {nik} is not a real date."),
    CodeInfo("NIK_REGION_UNKNOWN", _P, _E,
             "Kode wilayah {region} pada NIK {nik} tidak ada dalam daftar wilayah Kemendagri.",
             "Region code {region} of NIK {nik} is not in the Kemendagri region list."),
    CodeInfo("NIK_ROUNDED", _P, _E,
             "NIK {nik} masuk sebagai angka dan mungkin sudah dibulatkan oleh lembar kerja "
             "(Excel); ketik ulang dari KTP.",
             "NIK {nik} arrived as a number and may have been rounded by a spreadsheet; "
             "re-type it from the ID card."),
    CodeInfo("NIK_SEX_MISMATCH", _P, _E,
             "Jenis kelamin {entered} tidak sesuai dengan NIK ({derived}).",
             "Sex {entered} does not match the NIK ({derived})."),
    CodeInfo("NIK_BIRTHDATE_MISMATCH", _P, _E,
             "Tanggal lahir {entered} tidak sesuai dengan NIK ({derived}).",
             "Birth date {entered} does not match the NIK ({derived})."),
    CodeInfo("KK_FORMAT", _P, _W,
             "Nomor KK {kk} tidak sah: harus 16 digit angka.",
             "Family card number {kk} is invalid: it must be 16 digits."),
    CodeInfo("AGE_OUT_OF_RANGE", _P, _E,
             "Umur {age} tahun pada {reference} di luar batas skema ({age_min}–{age_max} tahun).",
             "Age {age} on {reference} is outside the scheme's band ({age_min}–{age_max})."),
    CodeInfo("DOMICILE_OUTSIDE_REGION", _P, _W,
             "NIK dan alamat anggota sama-sama di luar wilayah {region}.",
             "Both the NIK and the address are outside {region}."),
    CodeInfo("NIK_FUNDED_BEFORE", _P, _E,
             "NIK {nik} sudah pernah menerima bantuan ({scheme}, kelompok {group}).",
             "NIK {nik} was funded before ({scheme}, group {group})."),
    CodeInfo("REGION_NAME_UNMATCHED", _P, _W,
             "Nama wilayah '{name}' tidak ditemukan di {parent}; periksa ejaannya.",
             "Region name '{name}' was not found in {parent}; check the spelling."),
    # The ministry's workbook and the letter's Lampiran carry these: an error when empty.
    CodeInfo("SEX_MISSING", _P, _E,
             "Jenis kelamin (L/P) belum diisi.",
             "Sex (L/P) is not filled in.",
             "Menurut NIK: {derived}.",
             "The NIK says: {derived}."),
    CodeInfo("BIRTH_DATE_MISSING", _P, _E,
             "Tanggal lahir belum diisi.",
             "Birth date is not filled in.",
             "Menurut NIK: {derived}.",
             "The NIK says: {derived}."),
    CodeInfo("BIRTH_PLACE_MISSING", _P, _E,
             "Tempat lahir belum diisi.",
             "Birth place is not filled in."),
    # --- group ---
    CodeInfo("GROUP_TOO_SMALL", _G, _E,
             "Kelompok beranggotakan {count} orang, kurang dari minimal {minimum} orang.",
             "The group has {count} members, fewer than the minimum of {minimum}."),
    CodeInfo("GROUP_TOO_LARGE", _G, _E,
             "Kelompok beranggotakan {count} orang, lebih dari maksimal {maximum} orang.",
             "The group has {count} members, more than the maximum of {maximum}."),
    CodeInfo("ROLE_MISSING", _G, _E,
             "Kelompok belum memiliki {role}.",
             "The group has no {role}."),
    CodeInfo("ROLE_DUPLICATE", _G, _E,
             "Kelompok memiliki lebih dari satu {role} ({count} orang).",
             "The group has more than one {role} ({count})."),
    CodeInfo("NIK_DUPLICATE_IN_GROUP", _G, _E,
             "NIK {nik} tercatat {count} kali dalam kelompok ini.",
             "NIK {nik} appears {count} times in this group."),
    CodeInfo("NIK_IN_OTHER_GROUP", _G, _E,
             "NIK {nik} juga terdaftar di kelompok lain: {other_group} (ID {other_group_id}).",
             "NIK {nik} is also in another group: {other_group} (ID {other_group_id})."),
    CodeInfo("KK_DUPLICATE_IN_GROUP", _G, _W,
             "Nomor KK {kk} dipakai oleh {count} anggota kelompok ini.",
             "Family card {kk} is shared by {count} members of this group."),
    CodeInfo("POSSIBLE_SAME_PERSON", _G, _W,
             "'{name}' mirip dengan '{other_name}' ({other_group}) dengan tanggal lahir sama "
             "tetapi NIK berbeda; mungkin orang yang sama.",
             "'{name}' resembles '{other_name}' ({other_group}) with the same birth date but "
             "another NIK; possibly the same person."),
    CodeInfo("QUOTA_EXCEEDED", _G, _W,
             "Jumlah kelompok yang direkomendasikan ({count}) melebihi kuota skema ({quota}).",
             "Recommended groups ({count}) exceed the scheme's quota ({quota})."),
    # --- completeness ---
    CodeInfo("BUDGET_MISSING", _C, _E,
             "Rencana anggaran biaya (RAB) kelompok belum diisi.",
             "The group's budget plan is empty."),
    CodeInfo("BUDGET_OVER_CEILING", _C, _E,
             "Total RAB {total} melebihi pagu bantuan {ceiling}.",
             "The budget plan total {total} exceeds the grant ceiling {ceiling}."),
    CodeInfo("BUDGET_SPLIT", _C, _E,
             "Porsi alat {tools_share} dari RAB tidak sesuai ketentuan skema ({expected}).",
             "Tools take {tools_share} of the budget plan, not the scheme's {expected}."),
    CodeInfo("BANK_ACCOUNT_MISSING", _C, _E,
             "Rekening bank kelompok belum diisi lengkap.",
             "The group's bank account is not filled in."),
    CodeInfo("DOCUMENT_MISSING", _C, _E,
             "Dokumen yang belum diterima: {document}.",
             "Documents not received yet: {document}."),
    # --- structure (refuse an import) ---
    CodeInfo("FILE_UNREADABLE", _S, _E,
             "Berkas tidak dapat dibaca sebagai lembar kerja: {reason}",
             "The file cannot be read as a spreadsheet: {reason}"),
    CodeInfo("FILE_ENCRYPTED", _S, _E,
             "Berkas dilindungi kata sandi; simpan ulang tanpa kata sandi lalu impor lagi.",
             "The file is password-protected; save it without a password and import again."),
    CodeInfo("FILE_TOO_LARGE", _S, _E,
             "Berkas berisi {rows} baris, melebihi batas {cap} baris.",
             "The file has {rows} rows, more than the limit of {cap}."),
    CodeInfo("HEADER_NOT_FOUND", _S, _E,
             "Baris judul kolom (NIK, Nama, …) tidak ditemukan.",
             "No header row (NIK, Name, …) was found."),
    CodeInfo("COLUMN_MISSING", _S, _E,
             "Kolom wajib '{column}' tidak ada.",
             "Required column '{column}' is missing."),
    CodeInfo("VALUE_MISSING", _S, _E,
             "Kolom '{column}' kosong.",
             "Column '{column}' is empty."),
    CodeInfo("DATE_UNPARSEABLE", _S, _E,
             "Tanggal '{value}' tidak dapat dibaca; gunakan bentuk 31/12/1990.",
             "Date '{value}' cannot be read; use the form 31/12/1990."),
    CodeInfo("DATE_NOT_IN_CALENDAR", _S, _E,
             "Tanggal '{value}' tidak ada dalam kalender; periksa tanggal dan bulannya.",
             "Date '{value}' does not exist in the calendar; check the day and the month."),
    CodeInfo("SEX_UNPARSEABLE", _S, _E,
             "Jenis kelamin '{value}' tidak dapat dibaca; isi L (laki-laki) atau P (perempuan).",
             "Sex '{value}' cannot be read; enter L (male) or P (female)."),
    CodeInfo("GROUP_EXISTS", _S, _E,
             "Kelompok '{group}' sudah ada untuk skema ini (ID {group_id}).",
             "Group '{group}' already exists for this scheme (ID {group_id})."),
)

CODES: dict[str, CodeInfo] = {info.code: info for info in _CATALOGUE}


class _Lenient(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "…"


ID_KEYS = frozenset({"nik", "other_nik", "kk"})  # details that hold a NIK or a KK number
_DATE_KEYS = frozenset({"entered", "derived"})  # a birth date: the NIK's hidden digits
HIDDEN_DATE = "**/**/****"  # a birth date a masked role may not see


def masked(details: Mapping[str, Any], *, keep_dates: bool = False) -> dict[str, Any]:
    """``details`` with the middle of every NIK and KK hidden, for a message people read,
    and what would give those digits back: a birth date (read from the NIK, or typed as
    it) and the region code past the kab/kota. ``keep_dates`` keeps those two, for a
    reader who may see whole NIKs (the importing verifier)."""
    out = {}
    for key, value in details.items():
        if isinstance(value, str) and key in ID_KEYS:
            value = mask_nik(value)
        elif isinstance(value, str) and not keep_dates:
            if key in _DATE_KEYS and value.count("/") == 2:
                value = HIDDEN_DATE
            elif key == "region" and value.isdigit():  # a code; a region's name stays
                value = value[:4] + "*" * max(0, len(value) - 4)
        out[key] = value
    return out


def message(code: str, details: Mapping[str, Any] | None = None, lang: str = "id") -> str:
    """The human text of a code, filled from its details; missing values show as '…'."""
    info = CODES[code]
    template = info.text_en if lang == "en" else info.text_id
    values = _Lenient(details or {})
    text = Formatter().vformat(template, (), values)
    hint = info.hint_en if lang == "en" else info.hint_id
    names = [name for _, name, _, _ in Formatter().parse(hint) if name]
    # A hint helps only with a value to go by: none when masking hid it.
    if hint and all(name in values and values[name] != HIDDEN_DATE for name in names):
        text += " " + Formatter().vformat(hint, (), values)
    return text


@dataclass(frozen=True)
class FindingData:
    """A finding before it is stored: what, about whom, and the facts behind it."""

    code: str
    member_nik: str = ""
    member_index: int | None = None
    details: dict[str, Any] = field(default_factory=dict)
    severity: Severity | None = None  # None: the catalogue's default

    @property
    def info(self) -> CodeInfo:
        return CODES[self.code]

    @property
    def effective_severity(self) -> Severity:
        return self.severity or self.info.severity

    @property
    def category(self) -> Category:
        return self.info.category

    def message(self, lang: str = "id") -> str:
        return message(self.code, self.details, lang)
