"""Dates as an Indonesian office writes and reads them; never the OS locale."""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal

from tkm_desktop.domain.errors import DomainError

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# Indonesian (including old spellings) and English month names and abbreviations.
_MONTH_WORDS = {
    1: ("jan", "januari", "january"),
    2: ("feb", "peb", "februari", "pebruari", "february"),
    3: ("mar", "maret", "march"),
    4: ("apr", "april"),
    5: ("mei", "may"),
    6: ("jun", "juni", "june"),
    7: ("jul", "juli", "july"),
    8: ("agu", "agt", "ags", "agst", "agus", "agustus", "aug", "august"),
    9: ("sep", "sept", "september"),
    10: ("okt", "oct", "oktober", "october"),
    11: ("nov", "nop", "november", "nopember"),
    12: ("des", "dec", "desember", "december"),
}
MONTH_NUMBERS = {word: month for month, words in _MONTH_WORDS.items() for word in words}

_EXCEL_MAX_SERIAL = 2958465  # 9999-12-31
_YEAR_MIN, _YEAR_MAX = 1900, 2100  # anything outside in a typed date is a typo

_WEEKDAY = re.compile(
    r"^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(?:T|\s+)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?$"
)
_NUMERIC = re.compile(r"([0-9]{1,4})([/.-])([0-9]{1,2})\2([0-9]{1,4})")
_DAY_MONTH_YEAR = re.compile(
    r"([0-9]{1,2})[\s./-]*([a-z]+)\.?[\s./,-]*([0-9]{4}|[0-9]{2})", re.IGNORECASE | re.ASCII
)
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.?\s+([0-9]{1,2}),?\s+([0-9]{4})", re.IGNORECASE | re.ASCII)


class DateParseError(DomainError):
    """A date that cannot be read; the message is Indonesian."""


class DateNotInCalendar(DateParseError):
    """A date written in a readable form that does not exist (31/02/1994, 29/02/2023)."""


def format_long(d: dt.date, *, lang: str = "id") -> str:
    """'22 Desember 2020'; with ``lang="en"`` '22 December 2020' (English windows)."""
    months = MONTHS_EN if lang == "en" else MONTHS_ID
    return f"{d.day} {months[d.month - 1]} {d.year}"


def format_short(d: dt.date) -> str:
    """'22/12/2020', as in tables."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def roman_month(month: int) -> str:
    """12 → 'XII', for letter numbers."""
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month!r}")
    return _ROMAN[month - 1]


def age_on(birth: dt.date, on: dt.date) -> int:
    """Age in completed years on a day (negative if born after it)."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def resolve_two_digit_year(yy: int, month: int, day: int, *, today: dt.date) -> dt.date | None:
    """The birth-plausible date for a two-digit year: 20yy unless that is after ``today``,
    else 19yy if that makes an age of at most 100; None when neither works."""
    for century in (2000, 1900):
        try:
            d = dt.date(century + yy, month, day)
        except ValueError:
            continue
        if d <= today and age_on(d, today) <= 100:
            return d
    return None


def from_excel_serial(serial: float) -> dt.date:
    """Excel's 1900 date system: 1 = 1900-01-01; 60 is Excel's non-existent 29 Feb 1900."""
    n = math.floor(serial)
    if n < 1 or n > _EXCEL_MAX_SERIAL:
        raise DateParseError(
            f"Nomor tanggal Excel di luar jangkauan: {serial!r}",
            f"Excel date number out of range: {serial!r}",
        )
    if n == 60:
        raise DateNotInCalendar(
            "Nomor tanggal Excel 60 adalah 29 Februari 1900, tanggal yang tidak ada.",
            "Excel date number 60 is 29 February 1900, a date that does not exist.",
        )
    base = dt.date(1899, 12, 31) if n < 60 else dt.date(1899, 12, 30)
    return base + dt.timedelta(days=n)


def _unreadable(value: object) -> DateParseError:
    return DateParseError(
        f"Tanggal tidak dapat dibaca: {value!r}. Tulis seperti 22/12/2020 atau 22 Desember 2020.",
        f"Cannot read the date {value!r}. Write it like 22/12/2020 or 22 Desember 2020.",
    )


def _build(
    value: object, year: int, month: int, day: int, year_digits: int, today: dt.date | None
) -> dt.date:
    if year_digits == 2:
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            raise _unreadable(value)
        resolved = resolve_two_digit_year(year, month, day, today=today or dt.date.today())
        if resolved is None:
            raise DateParseError(
                f"Tanggal tidak ada atau tahunnya tidak jelas: {value!r}. Tulis tahun empat angka.",
                f"The date does not exist or its year is unclear: {value!r}. Write a 4-digit year.",
            )
        return resolved
    if year_digits != 4 or not _YEAR_MIN <= year <= _YEAR_MAX:
        raise _unreadable(value)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateNotInCalendar(
            f"Tanggal tidak ada di kalender: {value!r}; gunakan bentuk 31/12/2024.",
            f"No such date in the calendar: {value!r}; use the form 31/12/2024.",
        ) from None


def _parse_text(value: str, today: dt.date | None) -> dt.date:
    text = " ".join(value.split())
    text = _WEEKDAY.sub("", text)
    text = _TIME.sub("", text).strip()
    if m := _NUMERIC.fullmatch(text):
        a, _, b, c = m.groups()
        if len(a) == 4:  # yyyy-mm-dd
            if len(c) > 2:
                raise _unreadable(value)
            return _build(value, int(a), int(b), int(c), 4, today)
        if len(a) > 2:
            raise _unreadable(value)
        return _build(value, int(c), int(b), int(a), len(c), today)
    if m := _DAY_MONTH_YEAR.fullmatch(text):
        day, word, year = m.groups()
        month = MONTH_NUMBERS.get(word.lower())
        if month is not None:
            return _build(value, int(year), month, int(day), len(year), today)
    if m := _MONTH_DAY_YEAR.fullmatch(text):
        word, day, year = m.groups()
        month = MONTH_NUMBERS.get(word.lower())
        if month is not None:
            return _build(value, int(year), month, int(day), 4, today)
    raise _unreadable(value)


def parse_date(value: object, *, today: dt.date | None = None) -> dt.date:
    """A date from a cell or a typed text.

    Accepts date/datetime, Excel serial numbers (1900 system), 'dd/mm/yyyy', 'd-m-yyyy',
    'dd.mm.yyyy', 'yyyy-mm-dd', '5 Januari 1990', '05 Jan 1990', '5 Agt 1990' and two-digit
    years (resolved as a plausible birth date on ``today``, default the real today).
    Raises DateParseError.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise _unreadable(value)
    if isinstance(value, int | float | Decimal):
        if isinstance(value, Decimal) and not value.is_finite():
            raise _unreadable(value)
        if isinstance(value, float) and not math.isfinite(value):
            raise _unreadable(value)
        return from_excel_serial(value)
    if isinstance(value, str):
        return _parse_text(value, today)
    raise _unreadable(value)
