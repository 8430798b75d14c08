"""One spreadsheet row → one MemberData with its findings; the hot loop of an import.

A national roster has 240,000 rows, so this module trades a little elegance for
speed: column indices are looked up once per table, a NIK that is already 16
digits of text skips cleaning, and dates, sexes and roles are cached by the
value as written (a roster repeats them endlessly).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from tkm_desktop.domain import nik as nik_rules
from tkm_desktop.domain.dates import format_short
from tkm_desktop.domain.text import clean_text
from tkm_desktop.excel import values as cv
from tkm_desktop.excel.layout import Column
from tkm_desktop.excel.proposal import MemberData, Problem, make_problem

_ABSENT = 1 << 30  # an index no row reaches: the cell reads as None
_FIELDS = (
    "nik", "name", "kk", "birth_place", "birth_date", "birth_place_date", "sex", "address",
    "rt_rw", "phone", "education", "work_status", "role", "kelurahan", "kecamatan",
)  # fmt: skip
# Parts of a NIK that parse_nik accepts, to ask it about the other part alone.
_KNOWN_DISTRICT = "327501"  # Kota Bekasi, Bekasi Timur
_KNOWN_DATE = "010190"  # 1 January 1990, a man


@dataclass(frozen=True, slots=True)
class NikFacts:
    problems: tuple[str, ...]
    sex: str | None
    birth_date: dt.date | None
    district_code: str | None


# (kelurahan name, kecamatan name) → (kelurahan code, kecamatan code, kecamatan name
# when only the kelurahan was given, [(field, unmatched name, where it was looked for)]).
PlaceLookup = Callable[[str, str], tuple[str, str, str, list[tuple[str, str, str]]]]

_SUBSTANTIVE = ("kk", "birth_place", "birth_date", "birth_place_date", "address", "phone")
_UNREADABLE = "?"  # a sex cell that is no sex (cached as such)


def _text(v: Any) -> str:
    return " ".join(clean_text(v).split()) if type(v) is str else cv.text(v)


class MemberReader:
    """Reads the member rows of one table; ``problems`` collects its structure errors."""

    def __init__(
        self, sheet: str, columns: Mapping[str, Column], dates: cv.DateReader,
        today: dt.date, problems: list[Problem], places: PlaceLookup | None = None,
    ) -> None:  # fmt: skip
        self.places = places
        self.sheet = sheet
        self.columns = columns
        self.dates = dates
        self.today = today
        self.problems = problems
        self.at = {f: (columns[f].index if f in columns else _ABSENT) for f in _FIELDS}
        self._sex: dict[Any, str] = {}
        self._words: dict[Any, str] = {}
        self._nik_dates: dict[str, nik_rules.NikInfo] = {}
        self._nik_regions: dict[str, bool] = {}
        self._role: dict[Any, str] = {}
        combined = "birth_place_date" in columns
        self.has = {
            "sex": "sex" in columns,
            "birth_date": combined or "birth_date" in columns,
            "birth_place": combined or "birth_place" in columns,
        }

    def read(self, row: int, values: list[Any]) -> MemberData | None:
        """The member on this row, or None (an empty numbered line, or a structure error)."""
        at = self.at
        n = len(values)
        i = at["nik"]
        nik_raw = values[i] if i < n else None
        if type(nik_raw) is str and len(nik_raw) == 16 and nik_raw.isdigit():
            nik, as_number, rounded = nik_raw, False, False
        else:
            value = cv.nik(nik_raw)
            nik, as_number, rounded = value.text, value.arrived_as_number, value.rounded
        i = at["name"]
        name = _text(values[i]) if i < n else ""
        m = MemberData(nik=nik, arrived_as_number=as_number, name=name, sheet=self.sheet,
                       row=row, columns=self.columns)  # fmt: skip
        has_nik = nik.isdigit() or any(ch.isdigit() for ch in nik)
        if not has_nik or not name:
            self._missing(m, values, has_nik)
            return None
        i = at["kk"]
        if i < n and (v := values[i]) is not None:
            m.kk = v if type(v) is str and len(v) == 16 and v.isdigit() else cv.nik(v).text
        dated = self._birth(m, values, n)
        sex_unreadable = False
        i = at["sex"]
        if i < n and (v := values[i]) is not None:
            sex = self._sex.get(v)
            if sex is None:
                sex = self._sex[v] = _UNREADABLE if (read := cv.sex(v)) is None else read
            if sex is _UNREADABLE:
                sex_unreadable = True  # reported here; not again as missing
                self.problems.append(make_problem(
                    "SEX_UNPARSEABLE", m.position("sex"), value=cv.text(v)))  # fmt: skip
            else:
                m.sex = sex
        i = at["role"]
        if i < n and (v := values[i]) is not None:
            role = self._role.get(v)
            if role is None:
                role = self._role[v] = cv.role(v)
            m.role = role
        i = at["address"]
        if i < n and (v := values[i]) is not None:
            m.address = _text(v)
        words = self._words  # short texts a roster repeats: education, work, places
        i = at["education"]
        if i < n and (v := values[i]) is not None:
            m.education = words.get(v) or words.setdefault(v, _text(v))
        i = at["work_status"]
        if i < n and (v := values[i]) is not None:
            m.work_status = words.get(v) or words.setdefault(v, _text(v))
        i = at["rt_rw"]
        if i < n and (v := values[i]) is not None:
            m.rt_rw = cv.rt_rw(v)
        i = at["phone"]
        if i < n and (v := values[i]) is not None:
            m.phone = _text(v) if type(v) is str else cv.phone(v)
        i = at["kelurahan"]
        if i < n and (v := values[i]) is not None:
            m.kelurahan_name = words.get(v) or words.setdefault(v, _text(v))
        i = at["kecamatan"]
        if i < n and (v := values[i]) is not None:
            m.kecamatan_name = words.get(v) or words.setdefault(v, _text(v))
        if self.places is not None and (m.kelurahan_name or m.kecamatan_name):
            self._place(m)
        self._findings(m, rounded, dated, sex_unreadable)
        return m

    def _place(self, m: MemberData) -> None:
        assert self.places is not None
        m.kelurahan_code, m.kecamatan_code, kec_label, unmatched = self.places(
            m.kelurahan_name, m.kecamatan_name
        )
        m.kecamatan_name = m.kecamatan_name or kec_label
        for field, name, parent in unmatched:
            m.findings.append(make_problem(
                "REGION_NAME_UNMATCHED", m.position(field), name=name, parent=parent))  # fmt: skip

    def nik_info(self, nik: str) -> NikFacts:
        """What ``parse_nik`` says of this NIK, asking it once per birth-date part and once
        per district part (NIK = PPKKCC DDMMYY SSSS, the parts are independent).

        A national roster holds 240,000 NIKs but only some 30,000 date parts and a few
        hundred districts, so this is an order of magnitude faster than one call each.
        """
        if len(nik) != 16 or not nik.isdigit():
            info = nik_rules.parse_nik(nik, today=self.today)
            return NikFacts(info.problems, info.sex, info.birth_date, info.district_code)
        dated = self._nik_dates.get(nik[6:12])
        if dated is None:
            dated = nik_rules.parse_nik(_KNOWN_DISTRICT + nik[6:12] + "0001", today=self.today)
            self._nik_dates[nik[6:12]] = dated
        known_region = self._nik_regions.get(nik[:6])
        if known_region is None:
            probe = nik_rules.parse_nik(nik[:6] + _KNOWN_DATE + "0001", today=self.today)
            known_region = nik_rules.NIK_REGION_UNKNOWN not in probe.problems
            self._nik_regions[nik[:6]] = known_region
        problems = []
        if nik[12:] == "0000":
            problems.append(nik_rules.NIK_FORMAT)
        problems.extend(dated.problems)
        if not known_region:
            problems.append(nik_rules.NIK_REGION_UNKNOWN)
        district = f"{nik[0:2]}.{nik[2:4]}.{nik[4:6]}"
        return NikFacts(tuple(problems), dated.sex, dated.birth_date, district)

    def _missing(self, m: MemberData, values: list[Any], has_nik: bool) -> None:
        n = len(values)
        empty = all((self.at[f] >= n or values[self.at[f]] is None) for f in _SUBSTANTIVE)
        if not has_nik and not m.name and empty:
            return  # a numbered but empty line of a form
        for f, ok in (("nik", has_nik), ("name", bool(m.name))):
            if not ok:
                column = self.columns[f].header or f
                self.problems.append(make_problem("VALUE_MISSING", m.position(f), column=column))

    def _birth(self, m: MemberData, values: list[Any], n: int) -> bool:
        """Reads the birth place and date; False when no date was written."""
        at = self.at
        born: dt.date | cv.DateFailure | None = None
        raw = None
        i = at["birth_place_date"]
        if i < n and (raw := values[i]) is not None:
            m.birth_place, born = self.dates.place_and_date(raw)
        i = at["birth_place"]
        if i < n and (v := values[i]) is not None:
            m.birth_place = self._words.get(v) or self._words.setdefault(v, _text(v))
        i = at["birth_date"]
        if i < n and (v := values[i]) is not None:
            raw = v
            born = self.dates(v)
        if born is None:
            return False
        if type(born) is cv.DateFailure:
            self.problems.append(make_problem(
                born.code, m.position("birth_date"), value=cv.text(raw)))  # fmt: skip
        else:
            m.birth_date = born  # type: ignore[assignment]
        return True

    def _findings(self, m: MemberData, rounded: bool, dated: bool, sex_unreadable: bool) -> None:
        info = None
        if rounded:
            m.findings.append(make_problem("NIK_ROUNDED", m.position("nik"), nik=m.nik))
        else:
            info = self.nik_info(m.nik)
            for code in info.problems:
                m.findings.append(make_problem(code, m.position("nik"), nik=m.nik,
                                               region=info.district_code or ""))  # fmt: skip
            if info.sex and m.sex and info.sex != m.sex:
                m.findings.append(make_problem(
                    "NIK_SEX_MISMATCH", m.position("sex"), nik=m.nik, entered=m.sex,
                    derived=info.sex))  # fmt: skip
            b, d = info.birth_date, m.birth_date
            if b and d and (b.day != d.day or b.month != d.month or b.year % 100 != d.year % 100):
                m.findings.append(make_problem(
                    "NIK_BIRTHDATE_MISMATCH", m.position("birth_date"), nik=m.nik,
                    entered=d.strftime("%d/%m/%Y"), derived=b.strftime("%d/%m/%Y")))  # fmt: skip
        if m.kk and not (len(m.kk) == 16 and m.kk.isdigit()) and nik_rules.check_kk(m.kk):
            m.findings.append(make_problem("KK_FORMAT", m.position("kk"), nik=m.nik, kk=m.kk))
        if not (m.sex or sex_unreadable) or not (dated and m.birth_place):
            self._empty(m, info, dated, sex_unreadable)

    def _empty(
        self, m: MemberData, info: NikFacts | None, dated: bool, sex_unreadable: bool
    ) -> None:
        """Empty cells of the columns the ministry's workbook needs, as vetting reports them.

        Only where the file has the column: a roster without one would repeat the same
        finding on every row, and vetting reports each member anyway.
        """
        has = self.has
        if not (m.sex or sex_unreadable) and has["sex"]:
            hint = {"derived": info.sex} if info is not None and info.sex else {}
            m.findings.append(make_problem("SEX_MISSING", m.position("sex"), nik=m.nik, **hint))
        if not dated and has["birth_date"]:
            born = info.birth_date if info is not None else None
            hint = {"derived": format_short(born)} if born else {}
            m.findings.append(make_problem(
                "BIRTH_DATE_MISSING", m.position("birth_date"), nik=m.nik, **hint))  # fmt: skip
        if not m.birth_place and has["birth_place"]:
            at = "birth_place" if "birth_place" in self.columns else "birth_place_date"
            m.findings.append(make_problem("BIRTH_PLACE_MISSING", m.position(at), nik=m.nik))
