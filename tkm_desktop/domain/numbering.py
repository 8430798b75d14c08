"""Letter numbers from an office-editable pattern: '500.15.10/{urut}/Disnaker/{tahun}'."""

from __future__ import annotations

import datetime as dt
import re

from tkm_desktop.domain.dates import roman_month
from tkm_desktop.domain.errors import DomainError

DEFAULT_PATTERN = "500.15.10/{urut}/Disnaker/{tahun}"

# name → what it stands for (Indonesian, English), in the order shown to the office.
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "kode": (
        "kode klasifikasi arsip, mis. 500.15.10",
        "archive classification code, e.g. 500.15.10",
    ),
    "urut": ("nomor urut agenda surat keluar", "serial from the outgoing-letter register"),
    "unit": ("kode unit pengolah, mis. Disnaker", "issuing unit, e.g. Disnaker"),
    "bulan_romawi": ("bulan dengan angka Romawi, mis. XII", "month in Roman numerals, e.g. XII"),
    "bulan": ("bulan dua angka, mis. 05", "month as two digits, e.g. 05"),
    "tahun": ("tahun empat angka, mis. 2024", "year as four digits, e.g. 2024"),
}
_FIELDS = ("kode", "unit")  # supplied by the caller; the rest come from serial and date
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_ROMAN_RE = "XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I"  # longest first
_NUMBER_PREFIX = re.compile(r"^(?:nomor|no\.?)\s*:?\s*", re.IGNORECASE)


class PatternError(DomainError):
    """A letter-number pattern, or a value it needs, is not usable."""


def _parse(pattern: str) -> list[tuple[bool, str]]:
    """[(is_placeholder, text)], validated."""
    if not isinstance(pattern, str):
        raise PatternError(
            "Pola nomor surat harus berupa teks.", "The letter-number pattern must be text."
        )
    known = ", ".join(f"{{{n}}}" for n in PLACEHOLDERS)
    parts: list[tuple[bool, str]] = []
    pos = 0
    for m in _PLACEHOLDER.finditer(pattern):
        if m.start() > pos:
            parts.append((False, pattern[pos : m.start()]))
        name = m.group(1).strip()
        if name not in PLACEHOLDERS:
            raise PatternError(
                f"Bagian {m.group(0)} dalam pola nomor surat tidak dikenal. Yang dikenal: {known}.",
                f"Unknown part {m.group(0)} in the letter-number pattern. Known: {known}.",
            )
        parts.append((True, name))
        pos = m.end()
    if pos < len(pattern):
        parts.append((False, pattern[pos:]))
    for is_placeholder, text in parts:
        if not is_placeholder and ("{" in text or "}" in text):
            raise PatternError(
                f"Kurung kurawal tidak berpasangan dalam pola nomor surat: {pattern!r}",
                f"Unbalanced braces in the letter-number pattern: {pattern!r}",
            )
    names = [text for is_placeholder, text in parts if is_placeholder]
    if names.count("urut") != 1:
        raise PatternError(
            "Pola nomor surat harus memuat {urut} tepat satu kali.",
            "The letter-number pattern must contain {urut} exactly once.",
        )
    previous: str | None = None  # last placeholder with nothing but spaces after it
    for is_placeholder, text in parts:
        if is_placeholder and previous is not None:
            raise PatternError(
                f"{{{previous}}} dan {{{text}}} harus dipisah tanda, mis. '/' atau '.'.",
                f"{{{previous}}} and {{{text}}} must be separated by a sign such as '/' or '.'.",
            )
        if is_placeholder:
            previous = text
        elif text.strip():
            previous = None
    return parts


def validate_pattern(pattern: str) -> None:
    """Raises PatternError (Indonesian message) unless the pattern is usable."""
    _parse(pattern)


def require_year(pattern: str) -> None:
    """Raises PatternError unless the pattern carries {tahun}: the serial of the outgoing
    register restarts every year, so without the year January repeats last year's numbers."""
    if "tahun" not in [text for is_placeholder, text in _parse(pattern) if is_placeholder]:
        raise PatternError(
            "Pola nomor surat harus memuat {tahun}: nomor urut agenda surat keluar dimulai "
            "lagi dari 1 setiap tahun, sehingga tanpa tahun nomor surat akan terulang.",
            "The letter-number pattern must contain {tahun}: the outgoing-letter serial "
            "restarts every year, so without the year letter numbers would repeat.",
        )


def _field_values(parts: list[tuple[bool, str]], fields: dict[str, object]) -> dict[str, str]:
    unknown = set(fields) - set(_FIELDS)
    if unknown:
        raise TypeError(f"unknown letter-number fields: {sorted(unknown)}")
    values: dict[str, str] = {}
    for is_placeholder, name in parts:
        if is_placeholder and name in _FIELDS:
            value = str(fields.get(name) or "").strip()
            if not value:
                raise PatternError(
                    f"Pola nomor surat memakai {{{name}}}, tetapi isiannya kosong.",
                    f"The letter-number pattern uses {{{name}}}, but it has no value.",
                )
            values[name] = value
    return values


def render_number(
    pattern: str, *, serial: int, on: dt.date, width: int = 3, **fields: object
) -> str:
    """The letter number for a serial and date; ``fields`` gives ``kode`` and ``unit``.

    render_number(DEFAULT_PATTERN, serial=7, on=date(2024, 5, 2)) → '500.15.10/007/Disnaker/2024'.
    """
    if isinstance(serial, bool) or not isinstance(serial, int) or serial < 1:
        raise ValueError(f"serial must be a positive int, not {serial!r}")
    if not 1 <= width <= 10:
        raise ValueError(f"width must be 1..10, not {width!r}")
    parts = _parse(pattern)
    values = _field_values(parts, fields)
    values |= {
        "urut": f"{serial:0{width}d}",
        "tahun": f"{on.year:04d}",
        "bulan": f"{on.month:02d}",
        "bulan_romawi": roman_month(on.month),
    }
    return "".join(values[text] if is_placeholder else text for is_placeholder, text in parts)


def _no_spaces(text: str) -> str:
    return "".join(text.split())


def match_number(pattern: str, text: str, *, year: int, **fields: object) -> int | None:
    """The serial of a hand-typed number that fits the pattern in ``year``, else None.

    Ignores case, spaces and a leading 'Nomor:' / 'No.'.
    """
    parts = _parse(pattern)
    values = _field_values(parts, fields)
    regex: list[str] = []
    for is_placeholder, name in parts:
        if not is_placeholder:
            regex.append(re.escape(_no_spaces(name)))
        elif name == "urut":
            regex.append("([0-9]+)")
        elif name == "tahun":
            regex.append(f"{year:04d}")
        elif name == "bulan":
            regex.append("(?:0?[1-9]|1[0-2])")
        elif name == "bulan_romawi":
            regex.append(f"(?:{_ROMAN_RE})")
        else:
            regex.append(re.escape(_no_spaces(values[name])))
    if not isinstance(text, str):
        return None
    compiled = re.compile("".join(regex), re.IGNORECASE | re.ASCII)
    for typed in (text, _NUMBER_PREFIX.sub("", text.strip())):
        if m := compiled.fullmatch(_no_spaces(typed)):
            return int(m.group(1)) or None
    return None
