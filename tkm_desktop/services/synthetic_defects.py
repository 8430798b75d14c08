"""The mistakes ``synthetic.generate(defects=True)`` plants, and where.

A set is the bundles below, each in a different group. One set goes into every block
of about 100 groups (a 30-group demo gets one set, 12,000 groups get 120). A block's
first group stays clean: it and the other clean groups before a target are where the
cross-group mistakes (one person in two groups) come from. Every planted mistake is
listed as ``PlantedDefect(group_index, member_index, code)`` with the finding code
that vetting must report; member-level mistakes only touch plain members (Anggota).

- NIK_ROUNDED: the NIK arrived as a number and Excel zeroed its last digit.
- NIK_FORMAT: a digit dropped while typing (15 digits).
- NIK_BIRTHDATE_MISMATCH: a typo in the birth date (days, year, or day and month swapped).
- NIK_SEX_MISMATCH: the wrong L/P.
- AGE_OUT_OF_RANGE: a member 3-8 years over the scheme's age limit (skipped when the
  scheme has none); NIK and birth date agree.
- BANK_ACCOUNT_MISSING: the group's account number left empty.
- NIK_DUPLICATE_IN_GROUP: a member's row copied over another member's.
- NIK_IN_OTHER_GROUP: a member of an earlier group proposed again, same NIK.
- ROLE_MISSING: nobody marked Ketua.
- GROUP_TOO_LARGE: one or two members over the scheme's maximum.
- POSSIBLE_SAME_PERSON: a member of an earlier group again, same name, birth date,
  birth place and KK, but a NIK with another serial.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import TYPE_CHECKING

from tkm_desktop.services.synthetic import (
    MEMBER_ROLE,
    ROLES,
    GroupData,
    MemberData,
    PlantedDefect,
    years_before,
)

if TYPE_CHECKING:
    from tkm_desktop.services.synthetic_groups import GroupGenerator

NIK_ROUNDED = "NIK_ROUNDED"
NIK_FORMAT = "NIK_FORMAT"
NIK_BIRTHDATE_MISMATCH = "NIK_BIRTHDATE_MISMATCH"
NIK_SEX_MISMATCH = "NIK_SEX_MISMATCH"
AGE_OUT_OF_RANGE = "AGE_OUT_OF_RANGE"
BANK_ACCOUNT_MISSING = "BANK_ACCOUNT_MISSING"
NIK_DUPLICATE_IN_GROUP = "NIK_DUPLICATE_IN_GROUP"
NIK_IN_OTHER_GROUP = "NIK_IN_OTHER_GROUP"
ROLE_MISSING = "ROLE_MISSING"
GROUP_TOO_LARGE = "GROUP_TOO_LARGE"
POSSIBLE_SAME_PERSON = "POSSIBLE_SAME_PERSON"

BUNDLES: tuple[tuple[str, ...], ...] = (
    (NIK_ROUNDED, NIK_FORMAT),  # a roster typed by a hurried village clerk
    (NIK_BIRTHDATE_MISMATCH, NIK_SEX_MISMATCH),
    (AGE_OUT_OF_RANGE, BANK_ACCOUNT_MISSING),
    (NIK_DUPLICATE_IN_GROUP,),
    (NIK_IN_OTHER_GROUP,),
    (ROLE_MISSING,),
    (GROUP_TOO_LARGE,),
    (POSSIBLE_SAME_PERSON,),
)
CODES = tuple(code for bundle in BUNDLES for code in bundle)
_CROSS_GROUP = (NIK_IN_OTHER_GROUP, POSSIBLE_SAME_PERSON)
BLOCK = 100
_FIRST_MEMBER = len(ROLES)  # positions before it are Ketua, Sekretaris, Bendahara


def _district(nik: str) -> str:
    return f"{nik[0:2]}.{nik[2:4]}.{nik[4:6]}"


class DefectPlanter:
    """Plans which group gets which mistake, then plants them as groups are generated."""

    def __init__(self, gen: GroupGenerator, seed: int, groups: int) -> None:
        self.gen = gen
        self.rng = random.Random(f"{seed}:defects")
        self.plan: dict[int, list[str]] = {}
        self.sources: dict[int, list[tuple[int, str]]] = {}  # source → [(target, code)]
        self.carried: dict[tuple[int, str], MemberData] = {}
        sets = max(1, groups // BLOCK)
        for s in range(sets):
            self._plan_block(s * groups // sets, (s + 1) * groups // sets)

    def _plan_block(self, start: int, end: int) -> None:
        size, n = end - start, len(BUNDLES)
        if size <= 0:
            return
        if size > n:
            targets = self.rng.sample(range(start + 1, end), n)
        elif size > 1:
            targets = [start + 1 + i % (size - 1) for i in range(n)]
        else:
            targets = [start] * n
        for bundle, target in zip(BUNDLES, targets, strict=True):
            for code in bundle:
                if code in _CROSS_GROUP:
                    clean = [g for g in range(start, target) if g not in targets]
                    if not clean:
                        continue
                    self.sources.setdefault(self.rng.choice(clean), []).append((target, code))
                self.plan.setdefault(target, []).append(code)

    def size_for(self, index: int, size: int) -> int:
        """The member count of group ``index``: over the maximum for GROUP_TOO_LARGE."""
        if GROUP_TOO_LARGE in self.plan.get(index, ()):
            return max(size, self.gen.scheme.members_max) + self.rng.randint(1, 2)
        return size

    def plant(self, index: int, group: GroupData) -> list[PlantedDefect]:
        """Plants this group's mistakes (and keeps copies of people needed later)."""
        touched: set[int] = set()
        for target, code in self.sources.get(index, ()):
            i = self._pick(group, touched)
            if i is not None:
                self.carried[(target, code)] = dataclasses.replace(group.members[i])
        found: list[PlantedDefect] = []
        for code in self.plan.get(index, ()):
            planted = self._plant_one(index, code, group, touched)
            if planted is not False:
                found.append(PlantedDefect(index, planted, code))
        return found

    def _pick(self, group: GroupData, touched: set[int]) -> int | None:
        free = [i for i in range(_FIRST_MEMBER, len(group.members)) if i not in touched]
        if not free:
            return None
        i = self.rng.choice(free)
        touched.add(i)
        return i

    def _plant_one(
        self, index: int, code: str, group: GroupData, touched: set[int]
    ) -> int | bool | None:
        """The member index planted (None: the group itself), or False when impossible."""
        if code == ROLE_MISSING:
            for m in group.members:
                if m.role == ROLES[0]:
                    m.role = MEMBER_ROLE
            return None
        if code == BANK_ACCOUNT_MISSING:
            group.account_number = ""
            return None
        if code == GROUP_TOO_LARGE:
            return None if len(group.members) > self.gen.scheme.members_max else False
        if code == AGE_OUT_OF_RANGE and self.gen.scheme.age_max is None:
            return False
        i = self._pick(group, touched)
        if i is None:
            return False
        if code == NIK_DUPLICATE_IN_GROUP:
            source = self._pick(group, touched)
            if source is None:
                return False
            group.members[i] = dataclasses.replace(group.members[source])
            return i
        if code in _CROSS_GROUP:
            person = self.carried.pop((index, code), None)
            if person is None:
                return False
            if code == POSSIBLE_SAME_PERSON:
                person.nik = self.gen.new_nik(_district(person.nik), person.birth_date, person.sex)
            group.members[i] = person
            return i
        self._spoil(code, group.members[i])
        return i

    def _spoil(self, code: str, m: MemberData) -> None:
        rng, gen = self.rng, self.gen
        if code == NIK_ROUNDED:
            # A serial ending in 1-9 above every serial issued so far, so that the zeroed
            # NIK belongs to nobody else in the dataset.
            district = _district(m.nik)
            last = gen.last_nik_serial(district, m.birth_date, m.sex)
            serial = (last // 10 + 1) * 10 + rng.randint(1, 9)
            m.nik = gen.new_nik(district, m.birth_date, m.sex, serial=serial)[:-1] + "0"
            m.nik_source = "number"
        elif code == NIK_FORMAT:
            p = rng.randrange(6, 16)
            m.nik = m.nik[:p] + m.nik[p + 1 :]
        elif code == NIK_SEX_MISMATCH:
            m.sex = "L" if m.sex == "P" else "P"
        elif code == NIK_BIRTHDATE_MISMATCH:
            m.birth_date = self._typo_date(m.birth_date)
        elif code == AGE_OUT_OF_RANGE:
            age = (gen.scheme.age_max or 0) + rng.randint(3, 8)
            lo = years_before(gen.reference, age + 1).toordinal() + 1
            hi = years_before(gen.reference, age).toordinal()
            m.birth_date = dt.date.fromordinal(rng.randint(lo, hi))
            m.nik = gen.new_nik(_district(m.nik), m.birth_date, m.sex)
        else:
            raise ValueError(f"unknown defect {code}")

    def _typo_date(self, birth: dt.date) -> dt.date:
        rng, gen = self.rng, self.gen
        options = [birth + dt.timedelta(days=d) for d in (-3, -2, -1, 1, 2, 3)]
        options += [years_before(birth, 1), years_before(birth, -1)]
        if birth.day <= 12 and birth.day != birth.month:
            options.append(birth.replace(month=birth.day, day=birth.month))
        # Keep the age plausible, so the only finding is the mismatch itself.
        plausible = [d for d in options if gen.birth_lo <= d.toordinal() <= gen.birth_hi]
        return rng.choice(plausible or options)
