"""Drawing synthetic groups: people, addresses, NIKs, KKs and budget plans.

The word lists live in ``resources/demo/names.toml`` and ``businesses.toml``; the
regions are the real Kemendagri list. Everything is drawn from one
``random.Random``; hot paths use ``random()`` directly because 240,000 members
must take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import random
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from tkm_desktop.domain import regions
from tkm_desktop.domain.dates import roman_month
from tkm_desktop.domain.nik import make_nik
from tkm_desktop.domain.schemes import SchemeParams
from tkm_desktop.paths import resources_dir
from tkm_desktop.services.synthetic import (
    AGE_MAX,
    AGE_MIN,
    EDUCATIONS,
    MEMBER_ROLE,
    ROLES,
    WORK_STATUSES,
    BudgetItemData,
    GroupData,
    MemberData,
    years_before,
)

_EDUCATION_WEIGHTS = (0.15, 0.40, 0.85, 0.90)  # cumulative; S1 takes the rest
_WORK_WEIGHTS = (0.35, 0.75)  # Korban PHK, Pekerja informal; Belum bekerja the rest
_PHONE_PREFIXES = (
    "0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0851", "0815", "0816",
    "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877", "0878", "0831", "0838",
    "0895", "0896", "0897", "0898", "0899", "0881", "0882", "0887", "0888",
)  # fmt: skip
# Where a member's NIK was first issued: the group's kecamatan, another kecamatan of
# the same kab/kota, or (the rest) another kab/kota of the province, like real migrants.
_OWN_DISTRICT, _OWN_REGENCY = 0.82, 0.90
_HOUSEHOLD_SHARE = 0.05  # a member sharing the previous member's KK (spouse, sibling)
_SAME_VILLAGE = 0.85  # members living in the group's own kelurahan
_KK_FIRST_ISSUE = dt.date(2008, 1, 1)


# --- catalogues -----------------------------------------------------------------


@dataclass(frozen=True)
class Flavour:
    """A naming tradition: sex → (given names, second names)."""

    names: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]


@dataclass(frozen=True)
class Item:
    item: str
    unit: str
    price: int
    qty: tuple[int, int]


@dataclass(frozen=True)
class Business:
    words: tuple[str, ...]
    type: str
    sector: str
    female_share: float
    alat: tuple[Item, ...]
    bahan: tuple[Item, ...]


@dataclass(frozen=True)
class Catalog:
    flavours: tuple[Flavour, ...]
    flavour_weights: tuple[float, ...]  # cumulative, ending at 1
    second_name_share: float
    three_names_share: float
    home_share: float
    born_elsewhere: tuple[str, ...]
    streets: tuple[str, ...]
    kampung: tuple[str, ...]
    perumahan: tuple[str, ...]
    businesses: tuple[Business, ...]
    prefixes: tuple[str, ...]
    suffix_single: tuple[str, ...]
    suffix_first: tuple[str, ...]
    suffix_second: tuple[str, ...]
    banks: tuple[tuple[str, int], ...]  # (name, digits of an account number)


def _items(rows: list[dict[str, Any]]) -> tuple[Item, ...]:
    return tuple(Item(r["item"], r["unit"], int(r["price"]), tuple(r["qty"])) for r in rows)


@lru_cache(maxsize=1)
def catalog() -> Catalog:
    """The word lists of ``resources/demo``."""
    folder = resources_dir() / "demo"
    people = tomllib.loads((folder / "names.toml").read_text(encoding="utf-8"))
    business = tomllib.loads((folder / "businesses.toml").read_text(encoding="utf-8"))
    flavours = [
        Flavour(
            {
                sex: (tuple(data[f"{word}_given"]), tuple(data[f"{word}_second"]))
                for sex, word in (("L", "male"), ("P", "female"))
            }
        )
        for data in people["flavours"].values()
    ]
    weights = [float(data["weight"]) for data in people["flavours"].values()]
    cumulative = [sum(weights[: i + 1]) / sum(weights) for i in range(len(weights))]
    names = business["group_names"]
    return Catalog(
        flavours=tuple(flavours),
        flavour_weights=tuple(cumulative),
        second_name_share=float(people["names"]["second_name_share"]),
        three_names_share=float(people["names"]["three_names_share"]),
        home_share=float(people["birth_places"]["home_share"]),
        born_elsewhere=tuple(people["birth_places"]["elsewhere"]),
        streets=tuple(people["addresses"]["streets"]),
        kampung=tuple(people["addresses"]["kampung"]),
        perumahan=tuple(people["addresses"]["perumahan"]),
        businesses=tuple(
            Business(
                tuple(b["words"]),
                b["type"],
                b["sector"],
                float(b["female_share"]),
                _items(b["alat"]),
                _items(b["bahan"]),
            )
            for b in business["business"]
        ),
        prefixes=tuple(names["prefixes"]),
        suffix_single=tuple(names["suffix_single"]),
        suffix_first=tuple(names["suffix_first"]),
        suffix_second=tuple(names["suffix_second"]),
        banks=tuple((name, int(digits)) for name, digits in business["banks"].items()),
    )


@dataclass(frozen=True)
class RegionPool:
    """The kab/kota's kecamatan and kelurahan, and the province's other districts."""

    place: str  # 'Bekasi'
    kecamatan: tuple[regions.Region, ...]
    kelurahan: dict[str, tuple[regions.Region, ...]]  # kecamatan code → its kelurahan
    migrant_districts: tuple[tuple[str, str], ...]  # (district code, birth place)


@lru_cache(maxsize=8)
def region_pool(regency_code: str) -> RegionPool:
    if regions.get_region(regency_code) is None or regions.level_of(regency_code) != 2:
        raise ValueError(f"not a kab/kota code: {regency_code!r}")
    kecamatan = tuple(regions.kecamatan_of(regency_code))
    migrants = tuple(
        (kec.code, regions.place_name(regency.code))
        for regency in regions.children(regency_code[:2])
        if regency.code != regency_code
        for kec in regions.kecamatan_of(regency.code)
    )
    return RegionPool(
        place=regions.place_name(regency_code),
        kecamatan=kecamatan,
        kelurahan={k.code: tuple(regions.kelurahan_of(k.code)) for k in kecamatan},
        migrant_districts=migrants,
    )


# --- the generator ----------------------------------------------------------------


class GroupGenerator:
    """Draws groups from one random stream and keeps NIK and KK serials unique."""

    def __init__(self, seed: int, region_code: str, scheme: SchemeParams, today: dt.date):
        self.rng = random.Random(seed)
        self._random = self.rng.random
        self.cat = catalog()
        self.pool = region_pool(region_code)
        self.scheme = scheme
        self.today = today
        self.reference = scheme.age_reference_date or today
        self.birth_lo = years_before(self.reference, AGE_MAX + 1).toordinal() + 1
        self.birth_hi = years_before(self.reference, AGE_MIN).toordinal()
        self._nik_serials: dict[int, int] = {}
        self._district_numbers: dict[str, int] = {}
        first = _KK_FIRST_ISSUE.toordinal()
        self._kk_dates = tuple(
            f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
            for d in map(dt.date.fromordinal, range(first, max(first, today.toordinal()) + 1))
        )  # DDMMYY of every day a KK may have been issued
        self._kk_serials: dict[int, int] = {}
        self._group_names: set[str] = set()

    # randint() and choice() cost about three times this; the stream stays seeded.
    def _int(self, lo: int, hi: int) -> int:
        return lo + int(self._random() * (hi - lo + 1))

    def _pick(self, seq: Any) -> Any:
        return seq[int(self._random() * len(seq))]

    def _nik_key(self, district: str, birth: dt.date, sex: str) -> int:
        digits = self._district_numbers.get(district)
        if digits is None:
            digits = self._district_numbers[district] = int(district.replace(".", ""))
        return ((digits * 1_000_000 + birth.toordinal()) << 1) | (sex == "P")

    def new_nik(self, district: str, birth: dt.date, sex: str, *, serial: int = 0) -> str:
        """A NIK nobody in the dataset has. Serials count up per district, birth date and
        sex, as Dukcapil's do; the first one starts low but not always at 0001."""
        key = self._nik_key(district, birth, sex)
        last = self._nik_serials.get(key)
        serial = max(serial, self._int(1, 6) if last is None else last + 1)
        self._nik_serials[key] = serial
        return make_nik(district, birth, sex, serial)

    def last_nik_serial(self, district: str, birth: dt.date, sex: str) -> int:
        return self._nik_serials.get(self._nik_key(district, birth, sex), 0)

    def new_kk(self, district: str) -> str:
        """A family card number: district, issue date (DDMMYY), serial; never repeated."""
        head = f"{district.replace('.', '')}{self._pick(self._kk_dates)}"
        key = int(head)
        serial = self._kk_serials.get(key, self._int(0, 20)) + 1
        self._kk_serials[key] = serial
        return f"{head}{serial:04d}"

    def flavour(self) -> Flavour:
        pick = self._random()
        for flavour, bound in zip(self.cat.flavours, self.cat.flavour_weights, strict=True):
            if pick < bound:
                return flavour
        return self.cat.flavours[-1]

    def person_name(self, flavour: Flavour, sex: str) -> str:
        given, second = flavour.names[sex]
        first = self._pick(given)
        r = self._random()
        if r < self.cat.second_name_share:
            other = self._pick(second)
            if r < self.cat.three_names_share:  # 'Siti Nur Aisyah', 'Muhammad Rizki Pratama'
                middle = self._pick(given)
                if middle not in (first, other):
                    other = f"{middle} {other}"
            if other != first:
                return f"{first} {other}"
        return first

    def address(self) -> str:
        cat, r = self.cat, self._random()
        if r < 0.45:
            return f"{self._pick(cat.streets)} No. {self._int(1, 120)}"
        if r < 0.75:
            return self._pick(cat.kampung)
        block = f"{self._pick('ABCDEFGH')}{self._int(1, 12)}"
        return f"{self._pick(cat.perumahan)} Blok {block} No. {self._int(1, 40)}"

    def nik_origin(self, kecamatan: str) -> tuple[str, str]:
        """(district code of first registration, birth place)."""
        pool, r = self.pool, self._random()
        if r < _OWN_REGENCY or not pool.migrant_districts:
            district = kecamatan if r < _OWN_DISTRICT else self._pick(pool.kecamatan).code
            home = self._random() < self.cat.home_share
            return district, pool.place if home else self._pick(self.cat.born_elsewhere)
        return self._pick(pool.migrant_districts)

    def group_name(self, words: tuple[str, ...], kelurahan: str) -> str:
        """'KUB Abon Lele Mandiri'; unique in the dataset, since rosters key groups by name."""
        cat = self.cat
        if self._random() < 0.3:
            suffix = self._pick(cat.suffix_single)
        else:
            first, second = self._pick(cat.suffix_first), self._pick(cat.suffix_second)
            suffix = first if first == second else f"{first} {second}"
        base = " ".join(p for p in (self._pick(cat.prefixes), self._pick(words), suffix) if p)
        name, n = base, 2
        if name in self._group_names:
            name = f"{base} {kelurahan}"
        while name in self._group_names:
            name, n = f"{base} {n}", n + 1
        self._group_names.add(name)
        return name

    def group(self, size: int) -> GroupData:
        pool = self.pool
        business: Business = self._pick(self.cat.businesses)
        kecamatan: regions.Region = self._pick(pool.kecamatan)
        kelurahan: regions.Region = self._pick(pool.kelurahan[kecamatan.code])
        name = self.group_name(business.words, kelurahan.name)
        rw = self._int(1, 20)
        members = self.members(size, business.female_share, kecamatan.code, kelurahan.code, rw)
        bank, digits = self._pick(self.cat.banks)
        holder = name if self._random() < 0.75 or not members else members[0].name
        letter_date = self.today - dt.timedelta(days=self._int(10, 120))
        is_desa = kelurahan.kind != "kelurahan"
        village = kelurahan.name.replace(" ", "")
        return GroupData(
            name=name,
            business_type=business.type,
            sector=business.sector,
            street=self.address(),
            rt_rw=f"{self._int(1, 12):03d}/{rw:03d}",
            kelurahan_code=kelurahan.code,
            kecamatan_code=kecamatan.code,
            kelurahan_name=kelurahan.name,
            kecamatan_name=kecamatan.name,
            recommender_name=self.person_name(self.flavour(), "L" if self._random() < 0.7 else "P"),
            recommender_title=f"{'Kepala Desa' if is_desa else 'Lurah'} {kelurahan.name}",
            recommender_letter_number=(
                f"500.15/{self._int(1, 250):03d}/{'Ds' if is_desa else 'Kel'}.{village}"
                f"/{roman_month(letter_date.month)}/{letter_date.year}"
            ),
            recommender_letter_date=letter_date,
            bank_name=bank,
            account_number="".join(str(self._int(0, 9)) for _ in range(digits)),
            account_holder=holder,
            members=members,
            budget=self.budget(business),
        )

    def members(
        self, size: int, female_share: float, kecamatan: str, kelurahan: str, rw: int
    ) -> list[MemberData]:
        rand, pick, rint = self._random, self._pick, self._int
        villages = self.pool.kelurahan[kecamatan]
        members: list[MemberData] = []
        flavour = self.flavour()
        prev: MemberData | None = None
        paired = False
        for position in range(size):
            # A household pair (spouses or siblings) shares KK, address and naming flavour.
            paired = prev is not None and not paired and rand() < _HOUSEHOLD_SHARE
            if paired and prev is not None:
                sex = ("P" if prev.sex == "L" else "L") if rand() < 0.75 else prev.sex
                ordinal = prev.birth_date.toordinal() + rint(-3000, 3000)
                birth = dt.date.fromordinal(min(self.birth_hi, max(self.birth_lo, ordinal)))
                kk, address, rt_rw, village = prev.kk, prev.address, prev.rt_rw, prev.kelurahan_code
            else:
                flavour = self.flavour()
                sex = "P" if rand() < female_share else "L"
                birth = dt.date.fromordinal(rint(self.birth_lo, self.birth_hi))
                village = kelurahan if rand() < _SAME_VILLAGE else pick(villages).code
                kk = self.new_kk(kecamatan)
                address = self.address()
                member_rw = rw if rand() < 0.7 else rint(1, 20)
                rt_rw = f"{rint(1, 12):03d}/{member_rw:03d}"
            district, birth_place = self.nik_origin(kecamatan)
            r_edu, r_work = rand(), rand()
            prev = MemberData(
                nik=self.new_nik(district, birth, sex),
                name=self.person_name(flavour, sex),
                sex=sex,
                birth_place=birth_place,
                birth_date=birth,
                kk=kk,
                address=address,
                rt_rw=rt_rw,
                kelurahan_code=village,
                phone=f"{pick(_PHONE_PREFIXES)}{rint(1_000_000, 99_999_999)}",
                education=EDUCATIONS[_bucket(_EDUCATION_WEIGHTS, r_edu)],
                work_status=WORK_STATUSES[_bucket(_WORK_WEIGHTS, r_work)],
                role=ROLES[position] if position < len(ROLES) else MEMBER_ROLE,
            )
            members.append(prev)
        return members

    def budget(self, business: Business) -> list[BudgetItemData]:
        """A budget plan (RAB) a little under the ceiling, near the scheme's tools share."""
        rng = self.rng
        total = float(self.scheme.grant_ceiling) * rng.uniform(0.96, 1.0)
        share = float(self.scheme.tools_share) if self.scheme.tools_share is not None else 0.6
        share += rng.uniform(-0.015, 0.015)
        items: list[BudgetItemData] = []
        for category, target, catalogue in (
            ("alat", total * share, business.alat),
            ("bahan", total * (1 - share), business.bahan),
        ):
            picks = list(catalogue)
            rng.shuffle(picks)
            chosen: list[tuple[Item, int]] = []
            base = 0
            for item in picks:
                qty = _round_quantity(self._int(*item.qty))
                chosen.append((item, qty))
                base += item.price * qty
                if len(chosen) >= 3 and base >= target * 0.8:
                    break
            factor = target / base
            # A bigger grant buys more of the same things, at about market prices.
            times = max(1, round(factor))
            for item, qty in chosen:
                price = _round_price(item.price * factor / times)
                items.append(
                    BudgetItemData(
                        item.item, category, Decimal(qty * times), item.unit, Decimal(price)
                    )
                )
        return items


def _bucket(cumulative: tuple[float, ...], value: float) -> int:
    for i, bound in enumerate(cumulative):
        if value < bound:
            return i
    return len(cumulative)


def _round_quantity(qty: int) -> int:
    """Large quantities are ordered in round numbers: 974 sheets → 950."""
    step = 50 if qty >= 200 else 10 if qty >= 50 else 1
    return max(step, qty // step * step)


def _round_price(price: float) -> int:
    """Down to a price a shop would ask: whole thousands, hundreds or tens."""
    step = 1000 if price >= 100_000 else 100 if price >= 2_000 else 10
    return max(step, int(price // step) * step)
