"""NIK, No. KK and NIP: cleaning spreadsheet cells, structure checks, masking.

NIK = PP KK CC DDMMYY SSSS: province, regency, district, birth date (day + 40 for
women), serial 0001-9999. A structure check cannot prove a NIK is registered.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import Decimal

from tkm_desktop.domain import regions
from tkm_desktop.domain.dates import resolve_two_digit_year
from tkm_desktop.domain.errors import DomainError

NIK_FORMAT = "NIK_FORMAT"
NIK_DATE = "NIK_DATE"
NIK_REGION_UNKNOWN = "NIK_REGION_UNKNOWN"
NIK_ROUNDED = "NIK_ROUNDED"
KK_FORMAT = "KK_FORMAT"

# Texts for these codes live in tkm_desktop.domain.findings.

# Spaces of every kind (NBSP, thin, zero-width, BOM), dots and dashes.
_SEPARATORS = re.compile(
    r"[\s\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff.\-\u2010-\u2015\u2212]"
)
_APOSTROPHES = "'‘’`"
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]+")
# A float written out as text by some converter: '3275011508950000.0'.
_FLOAT_TEXT = re.compile(r"([0-9]{10,})\.0+")
_SIXTEEN = re.compile(r"[0-9]{16}")
_DISTRICT = re.compile(r"([0-9]{2})\.?([0-9]{2})\.?([0-9]{2})")


@dataclass(frozen=True, slots=True)
class CleanedNik:
    """A NIK cell reduced to its text, remembering whether a spreadsheet held it as a number."""

    text: str
    arrived_as_number: bool
    scientific: bool = False


@dataclass(frozen=True, slots=True)
class NikInfo:
    """What a NIK's structure says; ``problems`` holds NIK_FORMAT, NIK_DATE, NIK_REGION_UNKNOWN.

    Without 16 digits only ``nik`` is set; on NIK_DATE ``sex`` and ``birth_date`` are None.
    """

    nik: str
    valid: bool
    problems: tuple[str, ...]
    sex: str | None = None  # 'L' or 'P'
    birth_date: dt.date | None = None
    province_code: str | None = None  # '32'
    regency_code: str | None = None  # '32.75'
    district_code: str | None = None  # '32.75.01'
    province_name: str | None = None
    regency_name: str | None = None
    district_name: str | None = None
    serial: str | None = None


def _strip_separators(text: str) -> str:
    text = text.strip().strip("\ufeff\u200b")
    if text and text[0] in _APOSTROPHES:
        text = text[1:]
    return _SEPARATORS.sub("", text)


def clean_nik(value: object) -> CleanedNik:
    """Text of a NIK (or KK) cell: str, int, float or Decimal; never passes through float.

    Spaces, NBSP, dots, dashes and a leading apostrophe are removed. Numbers, and text in
    scientific notation such as '3,27501E+15' (kept unchanged), are ``arrived_as_number``.
    """
    if value is None:
        return CleanedNik("", False)
    if isinstance(value, bool):
        return CleanedNik(str(value), False)
    if isinstance(value, int):
        return CleanedNik(str(value), True)
    if isinstance(value, float):
        whole = math.isfinite(value) and value.is_integer()
        return CleanedNik(str(int(value)) if whole else repr(value), True)
    if isinstance(value, Decimal):
        whole = value.is_finite() and value == value.to_integral_value()
        return CleanedNik(str(int(value)) if whole else str(value), True)
    if not isinstance(value, str):
        return CleanedNik(str(value), False)
    text = value.strip()
    if _SCIENTIFIC.fullmatch(text):
        return CleanedNik(text, True, scientific=True)
    if m := _FLOAT_TEXT.fullmatch(text):
        return CleanedNik(m.group(1), True)
    return CleanedNik(_strip_separators(value), False)


def nik_suspect_rounded(cleaned: CleanedNik) -> bool:
    """True when a spreadsheet may have rounded the NIK (15 significant digits): NIK_ROUNDED."""
    if not cleaned.arrived_as_number:
        return False
    text = cleaned.text
    return cleaned.scientific or text.endswith("0") or not _SIXTEEN.fullmatch(text)


def parse_nik(text: str | CleanedNik, *, today: dt.date) -> NikInfo:
    """Checks a NIK's structure and reads sex, birth date and region from it.

    A two-digit year takes the century giving an age of 0-100 on ``today``; the younger if both do.
    """
    nik = (text if isinstance(text, CleanedNik) else clean_nik(text)).text
    if not _SIXTEEN.fullmatch(nik):
        return NikInfo(nik=nik, valid=False, problems=(NIK_FORMAT,))

    problems: list[str] = []
    serial = nik[12:]
    if serial == "0000":
        problems.append(NIK_FORMAT)

    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex: str | None = None
    birth: dt.date | None = None
    if 41 <= day <= 71:
        sex, day = "P", day - 40
    elif 1 <= day <= 31:
        sex = "L"
    if sex and 1 <= month <= 12:
        birth = resolve_two_digit_year(yy, month, day, today=today)
    if birth is None:
        sex = None
        problems.append(NIK_DATE)

    province_code = nik[0:2]
    regency_code = f"{province_code}.{nik[2:4]}"
    district_code = f"{regency_code}.{nik[4:6]}"
    district_name = regions.region_name(district_code)
    if district_name is None:
        problems.append(NIK_REGION_UNKNOWN)

    return NikInfo(
        nik=nik,
        valid=not problems,
        problems=tuple(problems),
        sex=sex,
        birth_date=birth,
        province_code=province_code,
        regency_code=regency_code,
        district_code=district_code,
        province_name=regions.region_name(province_code),
        regency_name=regions.region_name(regency_code),
        district_name=district_name,
        serial=serial,
    )


def make_nik(district_code: str, birth_date: dt.date, sex: str, serial: int) -> str:
    """A structurally valid NIK, for generators and tests: ('32.75.01', 1995-08-15, 'L', 1)."""
    m = _DISTRICT.fullmatch(district_code.strip())
    if not m:
        raise ValueError(f"not a district code: {district_code!r}")
    if sex not in ("L", "P"):
        raise ValueError(f"sex must be 'L' or 'P', not {sex!r}")
    if isinstance(serial, bool) or not isinstance(serial, int) or not 1 <= serial <= 9999:
        raise ValueError(f"serial must be 1..9999, not {serial!r}")
    day = birth_date.day + (40 if sex == "P" else 0)
    return (
        f"{''.join(m.groups())}{day:02d}{birth_date.month:02d}"
        f"{birth_date.year % 100:02d}{serial:04d}"
    )


def mask_nik(nik: str) -> str:
    """'3275011508950001' → '3275********0001'; short texts are masked whole."""
    text = str(nik)
    if len(text) <= 8:
        return "*" * len(text)
    return text[:4] + "*" * (len(text) - 8) + text[-4:]


def check_kk(value: object) -> list[str]:
    """Format check of a No. KK (16 digits): [] or ['KK_FORMAT']."""
    return [] if _SIXTEEN.fullmatch(clean_nik(value).text) else [KK_FORMAT]


def format_nip(value: object) -> str:
    """'196804111993031009' → '19680411 199303 1 009'; ValueError unless 18 digits."""
    digits = _strip_separators(str(value if value is not None else ""))
    if not re.fullmatch(r"[0-9]{18}", digits):
        raise DomainError(
            f"NIP harus 18 angka, bukan {value!r}.",
            f"A NIP must be 18 digits, not {value!r}.",
        )
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
