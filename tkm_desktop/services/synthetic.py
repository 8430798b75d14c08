"""Seedable synthetic data: an office, its head, and realistic TKM groups with members.

Pure data, no database: the ``demo`` command and the national-scale benchmarks build
on it. One seed always gives the same dataset (``random.Random(seed)``, never the
global generator). Names, businesses and addresses come from ``resources/demo/*.toml``,
regions from the real Kemendagri list, scheme rules from ``resources/schemes``; the
drawing itself is in ``synthetic_groups``. With ``defects=True`` a documented set of
mistakes is planted (``synthetic_defects``) and listed in ``Dataset.planted``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from tkm_desktop.domain import regions
from tkm_desktop.domain.schemes import SchemeParams, load_scheme_dir
from tkm_desktop.paths import resources_dir

DEFAULT_SCHEME = "TKM-PEMULA-2023"
ROLES = ("Ketua", "Sekretaris", "Bendahara")
MEMBER_ROLE = "Anggota"
AGE_MIN, AGE_MAX = 18, 54  # on the scheme's age reference date (else ``today``)
WORK_STATUSES = ("Korban PHK", "Pekerja informal", "Belum bekerja")
EDUCATIONS = ("SD", "SMP", "SMA/SMK", "D3", "S1")


# --- what the generator returns ---------------------------------------------------


@dataclass(slots=True)
class MemberData:
    nik: str
    name: str
    sex: str  # 'L' / 'P'
    birth_place: str
    birth_date: dt.date
    kk: str
    address: str
    rt_rw: str  # '003/005'
    kelurahan_code: str
    phone: str
    education: str
    work_status: str
    role: str
    nik_source: str = "text"  # 'number': the NIK came from a numeric spreadsheet cell


@dataclass(slots=True)
class BudgetItemData:
    item: str
    category: str  # 'alat' / 'bahan'
    quantity: Decimal
    unit: str
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.quantity * self.unit_price


@dataclass(slots=True)
class GroupData:
    name: str
    business_type: str
    sector: str
    street: str
    rt_rw: str
    kelurahan_code: str
    kecamatan_code: str
    kelurahan_name: str
    kecamatan_name: str
    recommender_name: str
    recommender_title: str
    recommender_letter_number: str
    recommender_letter_date: dt.date
    bank_name: str
    account_number: str
    account_holder: str
    members: list[MemberData] = field(default_factory=list)
    budget: list[BudgetItemData] = field(default_factory=list)


@dataclass(frozen=True)
class OfficeData:
    government_name: str  # 'Pemerintah Kota Bekasi'
    office_name: str  # 'Dinas Ketenagakerjaan'
    address: str
    phone: str
    email: str
    website: str
    region_code: str
    place_name: str


@dataclass(frozen=True)
class SignatoryData:
    name: str
    position: str
    rank: str
    nip: str  # 18 digits
    signing_mode: str | None = None


@dataclass(frozen=True)
class TeamMemberData:
    name: str
    position: str
    nip: str


@dataclass(frozen=True)
class PlantedDefect:
    """A mistake planted on purpose: the finding code vetting must report for it."""

    group_index: int
    member_index: int | None  # None: about the group
    code: str


@dataclass
class Dataset:
    seed: int
    today: dt.date
    region_code: str
    scheme_code: str
    office: OfficeData
    signatory: SignatoryData
    verification_team: list[TeamMemberData]
    groups: list[GroupData]
    planted: list[PlantedDefect]

    @property
    def member_count(self) -> int:
        return sum(len(g.members) for g in self.groups)


# --- the public entry points ------------------------------------------------------


def generate(
    seed: int,
    *,
    groups: int,
    members_per_group: int | tuple[int, int],
    region_code: str = "32.75",
    scheme_code: str = DEFAULT_SCHEME,
    defects: bool = False,
    today: dt.date,
) -> Dataset:
    """A whole dataset in memory: office, signatory, team, groups and the planted defects."""
    planted: list[PlantedDefect] = []
    office_rng = random.Random(f"{seed}:office")
    return Dataset(
        seed=seed,
        today=today,
        region_code=region_code,
        scheme_code=scheme_code,
        office=make_office(region_code, office_rng),
        signatory=make_signatory(region_code, office_rng),
        verification_team=make_verification_team(office_rng),
        groups=list(
            iter_groups(
                seed,
                groups=groups,
                members_per_group=members_per_group,
                region_code=region_code,
                scheme_code=scheme_code,
                defects=defects,
                today=today,
                planted=planted,
            )
        ),
        planted=planted,
    )


def iter_groups(
    seed: int,
    *,
    groups: int,
    members_per_group: int | tuple[int, int],
    region_code: str = "32.75",
    scheme_code: str = DEFAULT_SCHEME,
    defects: bool = False,
    today: dt.date,
    planted: list[PlantedDefect] | None = None,
) -> Iterator[GroupData]:
    """The groups of ``generate`` one at a time (for national scale); planted defects
    are appended to ``planted`` as their group is yielded. Arguments are checked now."""
    # These modules build on the data classes above, so they are imported here.
    from tkm_desktop.services.synthetic_defects import DefectPlanter
    from tkm_desktop.services.synthetic_groups import GroupGenerator

    if groups < 0:
        raise ValueError(f"groups must be >= 0, not {groups}")
    lo, hi = _size_range(members_per_group)
    gen = GroupGenerator(seed, region_code, scheme_params(scheme_code), today)
    planter = DefectPlanter(gen, seed, groups) if defects else None

    def draw() -> Iterator[GroupData]:
        for index in range(groups):
            size = lo if lo == hi else gen.rng.randint(lo, hi)
            if planter:
                size = planter.size_for(index, size)
            group = gen.group(size)
            if planter:
                found = planter.plant(index, group)
                if planted is not None:
                    planted.extend(found)
            yield group

    return draw()


@lru_cache(maxsize=1)
def _schemes() -> dict[str, SchemeParams]:
    return {s.code: s for s in load_scheme_dir(resources_dir() / "schemes")}


def scheme_params(code: str) -> SchemeParams:
    """The seed scheme with this code (``resources/schemes``)."""
    schemes = _schemes()
    found = schemes.get(code.strip().upper())
    if found is None:
        raise ValueError(f"unknown scheme {code!r}; known: {', '.join(sorted(schemes))}")
    return found


def _size_range(members: int | tuple[int, int]) -> tuple[int, int]:
    lo, hi = (members, members) if isinstance(members, int) else members
    if not 1 <= lo <= hi:
        raise ValueError(f"members_per_group must be >= 1 (lo <= hi), not {members!r}")
    return lo, hi


def years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` earlier (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


# --- the office and its people ----------------------------------------------------

_OFFICE_STREETS = ("Jl. Ir. H. Juanda", "Jl. Jenderal Ahmad Yani", "Jl. Pramuka", "Jl. Veteran")
_TITLES_BEFORE = ("Drs.", "Ir.", "H.", "Dr.", "")
_TITLES_AFTER = ("S.H., M.Si.", "M.M.", "S.Sos., M.Si.", "S.E., M.A.P.", "S.T., M.T.")


def make_office(region_code: str, rng: random.Random) -> OfficeData:
    """A plausible Dinas Ketenagakerjaan of the kab/kota (no real address is claimed)."""
    name = regions.region_name(region_code)
    if name is None or regions.level_of(region_code) != 2:
        raise ValueError(f"not a kab/kota code: {region_code!r}")
    place = regions.place_name(region_code)
    kind = "kota" if name.startswith("Kota") else "kab"
    host = f"{place.lower().replace(' ', '')}{kind}.go.id"
    kecamatan = rng.choice(regions.kecamatan_of(region_code)).name
    return OfficeData(
        government_name=f"Pemerintah {name}",
        office_name="Dinas Ketenagakerjaan",
        address=f"{rng.choice(_OFFICE_STREETS)} No. {rng.randint(1, 150)}, {kecamatan}, {name}",
        phone=f"(021) {rng.randint(880_0000, 889_9999)}",
        email=f"disnaker@{host}",
        website=f"https://disnaker.{host}",
        region_code=region_code,
        place_name=place,
    )


def _official_name(rng: random.Random, sex: str) -> str:
    from tkm_desktop.services.synthetic_groups import catalog

    flavour = rng.choice(catalog().flavours)
    given, second = flavour.names[sex]
    before = rng.choice(_TITLES_BEFORE)
    core = f"{rng.choice(given)} {rng.choice(second)}"
    return " ".join(p for p in (before, f"{core}, {rng.choice(_TITLES_AFTER)}") if p)


def make_nip(rng: random.Random, *, born_from: int, born_to: int) -> str:
    """18 digits: birth date, appointment year-month, sex (1/2), serial."""
    birth = dt.date(rng.randint(born_from, born_to), rng.randint(1, 12), rng.randint(1, 28))
    appointed = f"{birth.year + rng.randint(23, 29)}{rng.randint(1, 12):02d}"
    return f"{birth:%Y%m%d}{appointed}{rng.randint(1, 2)}{rng.randint(1, 30):03d}"


def make_signatory(region_code: str, rng: random.Random) -> SignatoryData:
    """The head of the office, who signs recommendation letters."""
    region = regions.region_name(region_code) or ""
    return SignatoryData(
        name=_official_name(rng, "L" if rng.random() < 0.7 else "P"),
        position=f"Kepala Dinas Ketenagakerjaan {region}",
        rank="Pembina Utama Muda (IV/c)",
        nip=make_nip(rng, born_from=1966, born_to=1975),
    )


def make_verification_team(rng: random.Random) -> list[TeamMemberData]:
    positions = (
        "Kepala Bidang Penempatan dan Perluasan Kesempatan Kerja",
        "Pengantar Kerja Ahli Muda",
        "Analis Pasar Kerja",
    )
    return [
        TeamMemberData(
            name=_official_name(rng, "L" if rng.random() < 0.5 else "P"),
            position=position,
            nip=make_nip(rng, born_from=1975, born_to=1992),
        )
        for position in positions
    ]
