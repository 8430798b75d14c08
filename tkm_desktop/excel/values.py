"""Cell values as the proposal means them: text, NIK, dates, place and date of birth, sex, role.

Cells come from python-calamine (str, float, int, bool, date, datetime, time,
timedelta) or csv (str). Nothing here raises on odd input: a value that cannot be
read comes back as a marker the caller turns into a coded problem.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tkm_desktop.domain.dates import DateNotInCalendar, DateParseError, format_short, parse_date
from tkm_desktop.domain.nik import CleanedNik, clean_nik, nik_suspect_rounded
from tkm_desktop.domain.text import clean_text

# Doubles hold every integer below 2**53 exactly; above it a 16-digit number read as
# a float may already differ from what the file holds (provinces 91 and 92).
_EXACT_FLOAT_LIMIT = 2**53

_SEX = {
    "l": "L", "lk": "L", "laki": "L", "lakilaki": "L", "laki2": "L", "pria": "L", "m": "L",
    "male": "L", "cowok": "L",
    "p": "P", "pr": "P", "pr.": "P", "perempuan": "P", "wanita": "P", "w": "P", "f": "P",
    "female": "P", "cewek": "P",
}  # fmt: skip
_EMPTY_MARKS = ("-", "--")  # how a form says "nothing here"
_ROLES = {
    "ketua": "Ketua", "ketuakelompok": "Ketua", "ketua kelompok": "Ketua",
    "sekretaris": "Sekretaris", "sekertaris": "Sekretaris", "sekretaris kelompok": "Sekretaris",
    "sekretariat": "Sekretaris", "sek": "Sekretaris",
    "bendahara": "Bendahara", "bendahari": "Bendahara", "bendahara kelompok": "Bendahara",
    "anggota": "Anggota", "anggota kelompok": "Anggota", "": "Anggota",
}  # fmt: skip
_TTL_DATE = re.compile(
    r"([0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}|[0-9]{1,2}[\s.-]*[A-Za-z]+\.?[\s.,-]*[0-9]{2,4})$"
)


@dataclass(frozen=True, slots=True)
class DateFailure:
    """A date cell that could not be read; ``code`` is the problem to report."""

    value: object
    code: str = "DATE_UNPARSEABLE"  # or DATE_NOT_IN_CALENDAR: readable, but no such day


def text(value: object) -> str:
    """Cleaned (``clean_text``) and trimmed text with inner spaces collapsed; whole numbers
    without '.0'; dates dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(clean_text(value).split())
    if isinstance(value, bool):
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return format_short(value.date())
    if isinstance(value, dt.date):
        return format_short(value)
    return " ".join(str(value).split())


def name(value: object) -> str:
    """A person's or group's name: trimmed, spaces collapsed (case is left as written)."""
    return text(value)


@dataclass(frozen=True, slots=True)
class NikValue:
    text: str
    arrived_as_number: bool
    rounded: bool  # NIK_ROUNDED: a spreadsheet may have changed the last digit


def nik(value: object) -> NikValue:
    """A NIK (or KK) cell as text, never through float arithmetic.

    A number from the file is marked; it is suspect when it ends in 0, is in scientific
    notation, or is too large for a float to have kept it exactly.
    """
    cleaned: CleanedNik = clean_nik(value)
    rounded = nik_suspect_rounded(cleaned)
    if isinstance(value, float) and abs(value) >= _EXACT_FLOAT_LIMIT:
        rounded = True
    return NikValue(cleaned.text, cleaned.arrived_as_number, rounded)


def digits_text(value: object) -> str:
    """Account numbers and the like: the number's text when a spreadsheet stored a number."""
    return clean_nik(value).text if isinstance(value, int | float) else text(value)


def phone(value: object) -> str:
    """A phone number; a number that lost its leading 0 (8xx…) gets it back."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = clean_nik(value).text
        return "0" + digits if digits.startswith("8") else digits
    return text(value)


def rt_rw(value: object) -> str:
    """'001/002'; a cell Excel turned into a date (1/2 → 1 February) is turned back."""
    if isinstance(value, dt.date):
        return f"{value.day:03d}/{value.month:03d}"
    return text(value)


class DateReader:
    """Reads date cells with a cache: a national roster repeats the same birth dates."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        # Keyed by the cell value itself: 32874 and 32874.0 are the same serial anyway.
        self._cache: dict[object, dt.date | DateFailure] = {}

    def __call__(self, value: object) -> dt.date | DateFailure | None:
        hit = self._cache.get(value) if type(value) is not bool else None
        if hit is not None:
            return hit
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        text = value.strip() if isinstance(value, str) else value
        if text in ("", *_EMPTY_MARKS):
            return None
        try:
            hit = parse_date(text, today=self.today)
        except DateNotInCalendar:
            hit = DateFailure(value, "DATE_NOT_IN_CALENDAR")
        except (DateParseError, ValueError, TypeError, OverflowError):
            hit = DateFailure(value)
        if len(self._cache) < 100_000 and type(value) is not bool:
            self._cache[value] = hit
        return hit

    def place_and_date(self, value: object) -> tuple[str, dt.date | DateFailure | None]:
        """'Bekasi, 05-01-1990' → ('Bekasi', date); 'Bekasi 5 Januari 1990' works too."""
        if not isinstance(value, str):
            return "", self(value)
        s = text(value)
        if not s:
            return "", None
        for i, ch in enumerate(s):
            if ch in ",/" and i:
                rest = s[i + 1 :].strip()
                parsed = self(rest)
                if isinstance(parsed, dt.date):
                    return s[:i].strip(" ,/-"), parsed
        m = _TTL_DATE.search(s)
        if m:
            parsed = self(m.group(1))
            if isinstance(parsed, dt.date):
                return s[: m.start()].strip(" ,/-"), parsed
        if "," in s:
            place, rest = s.split(",", 1)
            return place.strip(), self(rest)
        parsed = self(s)
        return ("", parsed) if isinstance(parsed, dt.date) else (s, None)


def sex(value: object) -> str | None:
    """'L' or 'P'; '' when empty (or '-', as an empty date may be written); None when the
    text is not a sex."""
    t = text(value).casefold()
    if not t or t in _EMPTY_MARKS:
        return ""
    key = re.sub(r"[^a-z0-9]", "", t)
    return _SEX.get(key) or _SEX.get(t)


def role(value: object) -> str:
    """Ketua / Sekretaris / Bendahara / Anggota in any case; other text kept as written."""
    t = text(value)
    key = " ".join(re.sub(r"[^a-z ]", " ", t.casefold()).split())
    found = _ROLES.get(key) or _ROLES.get(key.replace(" ", ""))
    if found:
        return found
    for word, canonical in (
        ("ketua", "Ketua"),
        ("sekretaris", "Sekretaris"),
        ("bendahara", "Bendahara"),
    ):
        if key.startswith(word) and "wakil" not in key:
            return canonical
    return t[:20]
