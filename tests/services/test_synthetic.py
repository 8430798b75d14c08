"""The synthetic data generator: deterministic, realistic, and honest about its planted mistakes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from decimal import Decimal

import pytest

from tkm_desktop.domain import regions
from tkm_desktop.domain.dates import age_on
from tkm_desktop.domain.nik import CleanedNik, nik_suspect_rounded, parse_nik
from tkm_desktop.services import synthetic
from tkm_desktop.services.synthetic import Dataset, GroupData, MemberData, generate, iter_groups
from tkm_desktop.services.synthetic_defects import CODES

TODAY = dt.date(2025, 6, 2)
PEMULA = synthetic.scheme_params("TKM-PEMULA-2023")


@pytest.fixture(scope="module")
def clean() -> Dataset:
    return generate(11, groups=40, members_per_group=10, today=TODAY)


@pytest.fixture(scope="module")
def planted() -> Dataset:
    return generate(5, groups=30, members_per_group=10, defects=True, today=TODAY)


def _members(data: Dataset) -> list[tuple[int, int, GroupData, MemberData]]:
    return [(gi, mi, g, m) for gi, g in enumerate(data.groups) for mi, m in enumerate(g.members)]


def test_the_same_seed_gives_the_same_dataset() -> None:
    a = generate(3, groups=12, members_per_group=(8, 10), defects=True, today=TODAY)
    b = generate(3, groups=12, members_per_group=(8, 10), defects=True, today=TODAY)
    assert a == b
    other = generate(4, groups=12, members_per_group=(8, 10), defects=True, today=TODAY)
    assert [g.name for g in other.groups] != [g.name for g in a.groups]


def test_iter_groups_yields_what_generate_returns(planted: Dataset) -> None:
    found: list[synthetic.PlantedDefect] = []
    groups = list(
        iter_groups(5, groups=30, members_per_group=10, defects=True, today=TODAY, planted=found)
    )
    assert groups == planted.groups
    assert found == planted.planted


def test_niks_agree_with_birth_date_sex_and_region(clean: Dataset) -> None:
    own_district = 0
    for _, _, g, m in _members(clean):
        info = parse_nik(m.nik, today=TODAY)
        assert info.valid and info.problems == (), m.nik
        assert (info.sex, info.birth_date) == (m.sex, m.birth_date)
        assert info.province_code == "32"  # Jawa Barat: locals and migrants alike
        assert regions.region_name(info.district_code) is not None
        assert m.nik_source == "text"
        own_district += info.district_code == g.kecamatan_code
    # Most were first registered in the group's kecamatan, some elsewhere.
    assert 0.6 < own_district / clean.member_count < 0.95


def test_niks_are_unique_and_kk_shared_only_inside_a_household(clean: Dataset) -> None:
    niks = [m.nik for _, _, _, m in _members(clean)]
    assert len(set(niks)) == len(niks) == 400
    kk_groups: dict[str, set[int]] = {}
    for gi, _, _, m in _members(clean):
        assert re.fullmatch(r"[0-9]{16}", m.kk)
        kk_groups.setdefault(m.kk, set()).add(gi)
    assert all(len(groups) == 1 for groups in kk_groups.values())
    shared = Counter(m.kk for _, _, _, m in _members(clean))
    assert 1 <= sum(1 for n in shared.values() if n == 2) < 40
    assert max(shared.values()) == 2


def test_every_group_has_one_ketua_sekretaris_bendahara(clean: Dataset) -> None:
    for g in clean.groups:
        roles = [m.role for m in g.members]
        assert roles[:3] == ["Ketua", "Sekretaris", "Bendahara"]
        assert set(roles[3:]) == {"Anggota"}


def test_members_look_like_a_village_roster(clean: Dataset) -> None:
    reference = PEMULA.age_reference_date
    assert reference is not None
    for _, _, g, m in _members(clean):
        assert 18 <= age_on(m.birth_date, reference) <= 54
        assert re.fullmatch(r"08[0-9]{9,11}", m.phone)
        assert re.fullmatch(r"[0-9]{3}/[0-9]{3}", m.rt_rw)
        assert m.sex in ("L", "P")
        assert m.work_status in ("Korban PHK", "Pekerja informal", "Belum bekerja")
        assert m.education in ("SD", "SMP", "SMA/SMK", "D3", "S1")
        assert m.kelurahan_code.startswith(g.kecamatan_code + ".")
        assert m.name and m.birth_place and m.address
    names = Counter(m.name.split()[0] for _, _, _, m in _members(clean))
    assert len(names) > 60  # many different given names, not a handful


def test_groups_are_real_places_with_a_bank_and_unique_names(clean: Dataset) -> None:
    assert len({g.name for g in clean.groups}) == len(clean.groups)
    for g in clean.groups:
        assert g.kecamatan_code.startswith("32.75.")
        assert regions.region_name(g.kelurahan_code) == g.kelurahan_name
        assert regions.region_name(g.kecamatan_code) == g.kecamatan_name
        assert g.kelurahan_code.startswith(g.kecamatan_code + ".")
        assert g.bank_name in ("BRI", "BNI", "Mandiri", "BJB")
        assert re.fullmatch(r"[0-9]{10,15}", g.account_number)
        assert g.business_type and g.sector and g.account_holder
        assert g.recommender_title.endswith(g.kelurahan_name)
        assert g.recommender_letter_date < TODAY


def test_budget_plans_sit_under_the_ceiling_near_the_split(clean: Dataset) -> None:
    assert PEMULA.tools_share is not None
    for g in clean.groups:
        total = sum((b.total for b in g.budget), Decimal(0))
        tools = sum((b.total for b in g.budget if b.category == "alat"), Decimal(0))
        assert PEMULA.grant_ceiling * Decimal("0.9") <= total <= PEMULA.grant_ceiling
        assert abs(tools / total - PEMULA.tools_share) < PEMULA.split_tolerance
        assert {b.category for b in g.budget} == {"alat", "bahan"}
        assert all(b.quantity > 0 and b.unit_price > 0 and b.unit for b in g.budget)


def test_a_range_of_group_sizes_is_respected() -> None:
    data = generate(2, groups=20, members_per_group=(6, 9), today=TODAY)
    sizes = {len(g.members) for g in data.groups}
    assert sizes <= set(range(6, 10)) and len(sizes) > 1


def test_every_kind_of_mistake_is_planted_once_and_listed(planted: Dataset) -> None:
    assert Counter(p.code for p in planted.planted) == Counter(CODES)
    defect_groups = {p.group_index for p in planted.planted}
    assert 5 <= len(defect_groups) < len(planted.groups) // 2


def _is_present(data: Dataset, p: synthetic.PlantedDefect) -> bool:
    g = data.groups[p.group_index]
    others = [m for i, o in enumerate(data.groups) if i != p.group_index for m in o.members]
    if p.member_index is None:
        return {
            "ROLE_MISSING": "Ketua" not in {m.role for m in g.members},
            "GROUP_TOO_LARGE": len(g.members) > PEMULA.members_max,
            "BANK_ACCOUNT_MISSING": g.account_number == "",
        }[p.code]
    m = g.members[p.member_index]
    info = parse_nik(m.nik, today=TODAY)
    reference = PEMULA.age_reference_date or TODAY
    checks = {
        "NIK_ROUNDED": lambda: (
            m.nik_source == "number"
            and m.nik.endswith("0")
            and info.valid
            and nik_suspect_rounded(CleanedNik(m.nik, arrived_as_number=True))
        ),
        "NIK_FORMAT": lambda: "NIK_FORMAT" in info.problems,
        "NIK_BIRTHDATE_MISMATCH": lambda: info.valid and info.birth_date != m.birth_date,
        "NIK_SEX_MISMATCH": lambda: info.valid and info.sex != m.sex,
        "AGE_OUT_OF_RANGE": lambda: (
            age_on(m.birth_date, reference) > (PEMULA.age_max or 0)
            and info.birth_date == m.birth_date
        ),
        "NIK_DUPLICATE_IN_GROUP": lambda: [o.nik for o in g.members].count(m.nik) == 2,
        "NIK_IN_OTHER_GROUP": lambda: m.nik in {o.nik for o in others},
        "POSSIBLE_SAME_PERSON": lambda: any(
            (o.name, o.birth_date) == (m.name, m.birth_date) and o.nik != m.nik for o in others
        ),
    }
    return checks[p.code]()


def test_every_planted_mistake_is_really_there(planted: Dataset) -> None:
    for p in planted.planted:
        assert _is_present(planted, p), p


def test_nothing_is_wrong_that_was_not_planted(planted: Dataset) -> None:
    touched = {(p.group_index, p.member_index) for p in planted.planted}
    copies = {
        p.code: planted.groups[p.group_index].members[p.member_index].nik
        for p in planted.planted
        if p.code in ("NIK_DUPLICATE_IN_GROUP", "NIK_IN_OTHER_GROUP") and p.member_index is not None
    }
    counts = Counter(m.nik for _, _, _, m in _members(planted))
    for gi, mi, _, m in _members(planted):
        if (gi, mi) in touched:
            continue
        info = parse_nik(m.nik, today=TODAY)
        assert info.valid and (info.sex, info.birth_date) == (m.sex, m.birth_date), (gi, mi)
        assert counts[m.nik] == 1 or m.nik in copies.values(), (gi, mi)
    for gi, g in enumerate(planted.groups):
        if (gi, None) not in touched:
            assert [m.role for m in g.members].count("Ketua") == 1
            assert len(g.members) == PEMULA.members_max and g.account_number


def test_one_set_of_mistakes_per_hundred_groups() -> None:
    found: list[synthetic.PlantedDefect] = []
    for _ in iter_groups(
        9, groups=250, members_per_group=6, defects=True, today=TODAY, planted=found
    ):
        pass
    codes = Counter(p.code for p in found)
    assert set(codes) <= set(CODES)
    # Two sets; with six members a group has only three Anggota to spoil.
    assert codes["ROLE_MISSING"] == codes["GROUP_TOO_LARGE"] == 2
    assert codes["NIK_IN_OTHER_GROUP"] == codes["POSSIBLE_SAME_PERSON"] == 2


def test_schemes_without_an_age_limit_get_no_age_mistake() -> None:
    data = generate(
        1, groups=12, members_per_group=20, scheme_code="TKM-JPS-2020", defects=True, today=TODAY
    )
    codes = {p.code for p in data.planted}
    assert "AGE_OUT_OF_RANGE" not in codes
    assert {"GROUP_TOO_LARGE", "ROLE_MISSING", "NIK_ROUNDED"} <= codes
    [too_large] = [p for p in data.planted if p.code == "GROUP_TOO_LARGE"]
    assert len(data.groups[too_large.group_index].members) > 20


@pytest.mark.parametrize("groups", [0, 1, 2, 5])
def test_tiny_datasets_still_work(groups: int) -> None:
    data = generate(1, groups=groups, members_per_group=10, defects=True, today=TODAY)
    assert len(data.groups) == groups
    assert {p.code for p in data.planted} <= set(CODES)
    assert all(p.group_index < groups for p in data.planted)


def test_the_office_and_its_head(clean: Dataset) -> None:
    o = clean.office
    assert (o.government_name, o.office_name) == ("Pemerintah Kota Bekasi", "Dinas Ketenagakerjaan")
    assert (o.region_code, o.place_name) == ("32.75", "Bekasi")
    assert o.address.startswith("Jl. ") and o.address.endswith("Kota Bekasi")
    assert o.email == "disnaker@bekasikota.go.id"
    assert "bekasikota.go.id" in o.website and o.phone.startswith("(021) ")
    head = clean.signatory
    assert head.rank == "Pembina Utama Muda (IV/c)"
    assert head.position == "Kepala Dinas Ketenagakerjaan Kota Bekasi"
    assert re.fullmatch(
        r"(19[67][0-9])(0[1-9]|1[0-2])[0-9]{2}(19|20)[0-9]{4}[12][0-9]{3}", head.nip
    )
    assert len(clean.verification_team) >= 2
    assert all(len(t.nip) == 18 for t in clean.verification_team)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown scheme"):
        generate(1, groups=1, members_per_group=10, scheme_code="TKM-NOPE", today=TODAY)
    with pytest.raises(ValueError, match="members_per_group"):
        generate(1, groups=1, members_per_group=(5, 3), today=TODAY)
    with pytest.raises(ValueError, match="kab/kota"):
        generate(1, groups=1, members_per_group=10, region_code="32.75.01", today=TODAY)


def test_data_classes_hold_identifiers_as_text(clean: Dataset) -> None:
    g = clean.groups[0]
    for field in ("nik", "kk", "phone", "rt_rw", "kelurahan_code"):
        assert isinstance(getattr(g.members[0], field), str), field
    assert isinstance(g.account_number, str)
    assert dataclasses.is_dataclass(g) and isinstance(g.budget[0].unit_price, Decimal)
