"""What the vetting rules read: a group's facts, the cross-group facts, NIKs, look-alike names.

Plain tuples (NamedTuple), because a national run makes a quarter of a million of
them; ``NikReader`` and ``LookAlikes`` do the per-member work once per run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process

from tkm_desktop.domain.dates import resolve_two_digit_year
from tkm_desktop.domain.nik import parse_nik

# Token-sorted Indel similarity (0-100) from which two names count as alike:
# 'MUHAMMAD RIZKI' / 'MUHAMAD RIZKY' (89) are; 'SITI NURHALIZA' / 'SITI NURHAYATI' (79) not.
NAME_SIMILARITY = 88.0

_SIXTEEN = re.compile(r"[0-9]{16}")
# Everything but letters becomes a space: 'H. Moh. Rizki,S.Pd' → 'H MOH RIZKI S PD'.
_NOT_LETTERS = re.compile(r"[^A-Z]+")


class MemberFacts(NamedTuple):
    nik: str
    name: str
    birth_date: dt.date | None = None
    sex: str = ""
    kk: str = ""
    role: str = "Anggota"
    kelurahan_code: str = ""  # '' = the group's
    nik_source: str = "text"  # 'number': arrived as a spreadsheet number
    key: int | None = None  # the member's id, to tell it apart in the cross facts
    group_id: int | None = None
    birth_place: str | None = None  # None: not known to the caller, so not checked


class BudgetLine(NamedTuple):
    category: str  # 'alat' or 'bahan'
    amount: Decimal  # quantity × unit price (or a sum of such)


class GroupFacts(NamedTuple):
    id: int | None
    name: str
    status: str
    members: Sequence[MemberFacts]
    kelurahan_code: str = ""
    kecamatan_code: str = ""
    bank_name: str = ""
    account_number: str = ""
    account_holder: str = ""
    budget: Sequence[BudgetLine] = ()
    documents_received: frozenset[str] = frozenset()


class GroupRef(NamedTuple):
    id: int
    name: str


class FundedRef(NamedTuple):
    scheme_code: str
    group_name: str


class Person(NamedTuple):
    """A member of some group of the scheme, as the look-alike check sees them."""

    key: int
    nik: str
    name: str
    birth_date: dt.date
    group: GroupRef


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Upper-case letters only, words sorted: word order and punctuation do not matter."""
    return " ".join(sorted(_NOT_LETTERS.sub(" ", name.upper()).split()))


Pairs = dict[int, list[tuple[MemberFacts, float]]]  # member key → alike members and scores


class LookAlikes:
    """Members blocked by birth date; a name is compared only within its own day (near-linear).

    Each member needs ``key`` (its id), ``nik``, ``name``, ``birth_date`` and ``group_id``;
    ``group_names`` names the groups in what ``alike`` returns. ``whole_blocks``: pair
    every member with every other of its day once, on first use (vetting everyone);
    otherwise compare only the names asked about (one group).
    """

    def __init__(
        self,
        by_day: Mapping[dt.date, list[MemberFacts]],
        group_names: Mapping[int, str],
        threshold: float = NAME_SIMILARITY,
        *,
        whole_blocks: bool = False,
    ) -> None:
        self.threshold = threshold
        self.whole_blocks = whole_blocks
        self.group_names = group_names
        self._members = by_day
        self._normalised: dict[dt.date, list[str]] = {}  # names, made when a day is first asked
        self._paired: tuple[Pairs, set[int | None]] | None = None  # whole_blocks, once made

    @classmethod
    def from_members(
        cls,
        members: Iterable[MemberFacts],
        group_names: Mapping[int, str],
        threshold: float = NAME_SIMILARITY,
        *,
        whole_blocks: bool = False,
    ) -> LookAlikes:
        """Blocks the members by birth date (those without one are left out)."""
        by_day: dict[dt.date, list[MemberFacts]] = defaultdict(list)
        for m in members:
            if m.birth_date is not None:
                by_day[m.birth_date].append(m)
        return cls(by_day, group_names, threshold, whole_blocks=whole_blocks)

    def alike(
        self, members: Sequence[MemberFacts], *, other_than_group: int | None = None
    ) -> dict[int, list[tuple[Person, float]]]:
        """For each of ``members`` (by index) with a birth date and a name: the alike others,
        never the member itself (same ``key``) nor anyone of group ``other_than_group``."""
        out: dict[int, list[tuple[Person, float]]] = {}
        pairs, known = self._pair_everyone() if self.whole_blocks else ({}, set())
        days = self._members
        for i, m in enumerate(members):
            found = pairs.get(m.key)  # type: ignore[arg-type]
            if found is None:
                if m.key in known or m.birth_date not in days or not m.name:
                    continue  # paired already (alike to nobody), or nobody born that day
                found = self._compare(m.name, m.birth_date, m.key)  # type: ignore[arg-type]
            hits = [(self._person(o), s) for o, s in found if o.group_id != other_than_group]
            if hits:
                out[i] = hits
        return out

    def similar(
        self, name: str, birth_date: dt.date, *, key: int | None = None
    ) -> list[tuple[Person, float]]:
        """Everyone born that day whose name is alike, except the member ``key`` itself."""
        probe = MemberFacts("", name, birth_date, key=key)
        return self.alike([probe]).get(0, [])

    def _names(self, day: dt.date) -> list[str]:
        names = self._normalised.get(day)
        if names is None:
            names = self._normalised[day] = [normalize_name(m.name) for m in self._members[day]]
        return names

    def _compare(self, name: str, day: dt.date, key: int | None) -> list[tuple[MemberFacts, float]]:
        members = self._members[day]
        hits = process.extract(
            normalize_name(name), self._names(day), scorer=fuzz.ratio,
            score_cutoff=self.threshold, limit=None,
        )  # fmt: skip
        return [(members[i], score) for _, score, i in hits if key is None or members[i].key != key]

    def _pair_everyone(self) -> tuple[Pairs, set[int | None]]:
        """Every alike pair of every day, each compared once; and every member's key."""
        if self._paired is not None:
            return self._paired
        pairs: Pairs = defaultdict(list)
        for day, members in self._members.items():
            names = self._names(day)
            for i in range(len(names) - 1):
                hits = process.extract(
                    names[i], names[i + 1 :], scorer=fuzz.ratio, score_cutoff=self.threshold,
                    limit=None,
                )  # fmt: skip
                for _, score, j in hits:
                    a, b = members[i], members[i + 1 + j]
                    pairs[a.key].append((b, score))  # type: ignore[index]
                    pairs[b.key].append((a, score))  # type: ignore[index]
        known = {m.key for members in self._members.values() for m in members}
        self._paired = (dict(pairs), known)
        return self._paired

    def _person(self, m: MemberFacts) -> Person:
        gid = m.group_id or 0
        group = GroupRef(gid, self.group_names.get(gid, ""))
        return Person(m.key or 0, m.nik, m.name, m.birth_date, group)  # type: ignore[arg-type]


@dataclass(frozen=True)
class CrossFacts:
    """What vetting one group needs to know about the rest of the database."""

    today: dt.date
    # Active groups of the same scheme holding each NIK; the group itself may be among them.
    groups_by_nik: Mapping[str, Sequence[GroupRef]] = field(default_factory=dict)
    funded_before: Mapping[str, FundedRef] = field(default_factory=dict)
    look_alikes: LookAlikes | None = None
    # Groups of the scheme recommended or further, not counting the one being vetted.
    recommended_elsewhere: int = 0
    office_region: str = ""  # the office's kab/kota code, '32.75'; '' = not set yet


# --- reading NIKs ---------------------------------------------------------------


class NikFacts(NamedTuple):
    problems: tuple[str, ...]
    sex: str | None
    birth_date: dt.date | None
    regency_code: str | None


class NikReader:
    """``parse_nik`` memoised on a NIK's independent parts (region, date): one per run.

    A national run reads 240,000 NIKs; the region and date parts repeat, so each is
    parsed once. Gives the same answers as ``parse_nik`` (a property test holds it to it).
    """

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self._regions: dict[str, tuple[bool, str | None]] = {}
        self._dates: dict[str, tuple[bool, str | None, dt.date | None]] = {}

    def read(self, nik: str) -> NikFacts:
        if not _SIXTEEN.fullmatch(nik):
            info = parse_nik(nik, today=self.today)
            return NikFacts(info.problems, info.sex, info.birth_date, info.regency_code)
        region = self._regions.get(nik[:6]) or self._region(nik[:6])
        date = self._dates.get(nik[6:12]) or self._date(nik[6:12])
        serial_ok = nik[12:] != "0000"
        if serial_ok and date[0] and region[0]:
            return NikFacts((), date[1], date[2], region[1])
        problems = tuple(
            code
            for code, ok in (("NIK_FORMAT", serial_ok), ("NIK_DATE", date[0]),
                             ("NIK_REGION_UNKNOWN", region[0]))
            if not ok
        )  # fmt: skip
        return NikFacts(problems, date[1], date[2], region[1])

    def _region(self, part: str) -> tuple[bool, str | None]:
        info = parse_nik(part + "0101000001", today=self.today)
        found = self._regions[part] = ("NIK_REGION_UNKNOWN" not in info.problems, info.regency_code)
        return found

    def _date(self, part: str) -> tuple[bool, str | None, dt.date | None]:
        # As parse_nik reads DDMMYY: day + 40 for women, the century of a plausible age.
        day, month, yy = int(part[0:2]), int(part[2:4]), int(part[4:6])
        sex = "P" if 41 <= day <= 71 else "L" if 1 <= day <= 31 else None
        birth = None
        if sex and 1 <= month <= 12:
            birth = resolve_two_digit_year(
                yy, month, day - 40 if sex == "P" else day, today=self.today
            )
        found = self._dates[part] = (birth is not None, sex if birth else None, birth)
        return found
