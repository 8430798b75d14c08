"""The vetting rules on plain data: each code on the right member, clean groups clean."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tkm_desktop.domain.findings import CODES, Category, FindingData, Severity
from tkm_desktop.domain.nik import make_nik, parse_nik
from tkm_desktop.domain.schemes import SchemeParams
from tkm_desktop.domain.vetting import (
    VET_CODES,
    BudgetLine,
    CrossFacts,
    FundedRef,
    GroupFacts,
    GroupRef,
    LookAlikes,
    MemberFacts,
    NikReader,
    normalize_name,
    vet_group,
)

TODAY = dt.date(2025, 6, 1)
DOCS = ("Proposal kelompok", "Fotokopi KTP anggota")
SCHEME = SchemeParams(
    code="TKM-TEST",
    name="Uji",
    year=2023,
    members_min=5,
    members_max=6,
    grant_ceiling=Decimal("20000000"),
    age_min=17,
    age_max=55,
    age_reference_date=dt.date(2023, 1, 1),
    required_roles=("Ketua", "Sekretaris", "Bendahara"),
    tools_share=Decimal("0.60"),
    split_tolerance=Decimal("0.05"),
    group_quota=3,
    documents=DOCS,
)
NAMES = ["Budi Santoso", "Siti Aminah", "Agus Prasetyo", "Dewi Lestari", "Rudi Hartono"]
ROLES = ["Ketua", "Sekretaris", "Bendahara", "Anggota", "Anggota"]


def member(i: int, **changes: object) -> MemberFacts:
    sex = "P" if i % 2 else "L"
    birth = dt.date(1980 + i, 1 + i, 10 + i)
    base = MemberFacts(
        nik=make_nik("32.75.01", birth, sex, i + 1),
        name=NAMES[i],
        birth_date=birth,
        sex=sex,
        kk=f"32750112{i:02d}100001",
        role=ROLES[i],
        key=100 + i,
        birth_place="Bekasi",
    )
    return base._replace(**changes)


def group(members: list[MemberFacts] | None = None, **changes: object) -> GroupFacts:
    base = GroupFacts(
        id=1,
        name="Abon Lele Mandiri",
        status="diusulkan",
        members=members if members is not None else [member(i) for i in range(5)],
        kelurahan_code="32.75.01.1001",
        bank_name="BRI",
        account_number="0123456789",
        account_holder="Kelompok Abon Lele Mandiri",
        budget=[BudgetLine("alat", Decimal("12000000")), BudgetLine("bahan", Decimal("8000000"))],
        documents_received=frozenset(DOCS),
    )
    return base._replace(**changes)


def cross(**changes: object) -> CrossFacts:
    return dataclasses.replace(CrossFacts(today=TODAY, office_region="32.75"), **changes)  # type: ignore[arg-type]


def codes(found: list[FindingData]) -> list[tuple[str, int | None]]:
    return sorted((f.code, f.member_index) for f in found)


def test_a_clean_group_has_no_findings() -> None:
    assert vet_group(group(), SCHEME, cross()) == []


def test_every_vet_code_is_in_the_catalogue() -> None:
    assert set(CODES) >= VET_CODES


def test_nik_structure_problems_are_on_the_member() -> None:
    members = [member(i) for i in range(5)]
    members[1] = member(1, nik="32750112345")  # too short
    members[2] = member(2, nik=members[2].nik[:6] + "329901" + "0007")  # 32 Jan: no such day
    members[3] = member(3, nik="999901" + members[3].nik[6:])  # unknown region
    members[4] = member(4, nik=members[4].nik[:12] + "0000")  # serial 0000
    found = vet_group(group(members), SCHEME, cross(office_region=""))
    assert codes(found) == [
        ("NIK_DATE", 2),
        ("NIK_FORMAT", 1),
        ("NIK_FORMAT", 4),
        ("NIK_REGION_UNKNOWN", 3),
    ]
    region = next(f for f in found if f.code == "NIK_REGION_UNKNOWN")
    assert region.details["region"] == "999901"
    assert region.member_nik == members[3].nik


def test_sex_and_birth_date_must_agree_with_the_nik() -> None:
    members = [member(i) for i in range(5)]
    members[0] = member(0, sex="P")
    members[1] = member(1, birth_date=dt.date(1981, 2, 12))
    found = vet_group(group(members), SCHEME, cross())
    assert codes(found) == [("NIK_BIRTHDATE_MISMATCH", 1), ("NIK_SEX_MISMATCH", 0)]
    sex = next(f for f in found if f.code == "NIK_SEX_MISMATCH")
    assert (sex.details["entered"], sex.details["derived"]) == ("P", "L")


def test_a_birth_date_a_century_apart_is_not_a_mismatch() -> None:
    # '20' in the NIK reads as 2020 today; an entered 1920 has the same two digits.
    birth = dt.date(1920, 5, 5)
    m = member(0, nik=make_nik("32.75.01", birth, "L", 9), birth_date=birth)
    found = vet_group(group([m, *[member(i) for i in range(1, 5)]]), SCHEME, cross())
    assert "NIK_BIRTHDATE_MISMATCH" not in {f.code for f in found}


def test_age_is_counted_on_the_schemes_reference_date() -> None:
    young = dt.date(2006, 1, 2)  # 16 on 1 Jan 2023
    old = dt.date(1967, 12, 31)  # 55 on 1 Jan 2023: still inside
    older = dt.date(1967, 1, 1)  # 56
    members = [member(i) for i in range(5)]
    for i, birth in ((1, young), (2, old), (3, older)):
        members[i] = member(i, birth_date=birth, nik=make_nik("32.75.01", birth, members[i].sex, 5))
    found = vet_group(group(members), SCHEME, cross())
    assert codes(found) == [("AGE_OUT_OF_RANGE", 1), ("AGE_OUT_OF_RANGE", 3)]
    assert found[0].details["age"] == 16
    assert "1 Januari 2023" in found[0].message()


def test_rounded_nik_stays_while_it_arrived_as_a_number() -> None:
    members = [member(i) for i in range(5)]
    rounded = members[0].nik[:15] + "0"
    members[0] = member(0, nik=rounded, nik_source="number")
    members[1] = member(1, nik_source="number")  # ends in a non-zero digit: not rounded
    found = vet_group(group(members), SCHEME, cross())
    assert ("NIK_ROUNDED", 0) in codes(found)
    assert ("NIK_ROUNDED", 1) not in codes(found)


def test_domicile_outside_needs_both_nik_and_address_outside() -> None:
    outside = make_nik("32.01.01", dt.date(1980, 1, 10), "L", 1)  # Kab. Bogor
    members = [member(i) for i in range(5)]
    members[0] = member(0, nik=outside, kelurahan_code="32.01.01.2001")
    members[1] = member(1, nik=make_nik("32.01.01", dt.date(1981, 2, 11), "P", 2))  # lives here
    found = vet_group(group(members), SCHEME, cross())
    assert codes(found) == [("DOMICILE_OUTSIDE_REGION", 0)]
    assert found[0].details["region"] == "Kota Bekasi"
    # Until the office's region is set, nothing is said.
    assert vet_group(group(members), SCHEME, cross(office_region="")) == []


def test_group_size_and_roles() -> None:
    small = [member(i) for i in range(4)]
    found = vet_group(group(small), SCHEME, cross())
    assert codes(found) == [("GROUP_TOO_SMALL", None)]
    extra = [dt.date(1990, 1, 1), dt.date(1991, 1, 1)]
    big = [member(i) for i in range(5)] + [
        member(3, nik=make_nik("32.75.02", d, "P", 50), birth_date=d, name=f"Tambahan {d.year}",
               kk=f"3275011201{d.year}01")
        for d in extra
    ]  # fmt: skip
    assert codes(vet_group(group(big), SCHEME, cross())) == [("GROUP_TOO_LARGE", None)]
    roles = [member(i) for i in range(5)]
    roles[0] = member(0, role="Anggota")
    roles[3] = member(3, role="bendahara ")
    found = vet_group(group(roles), SCHEME, cross())
    assert sorted((f.code, f.details["role"]) for f in found) == [
        ("ROLE_DUPLICATE", "Bendahara"),
        ("ROLE_MISSING", "Ketua"),
    ]


def test_a_nik_twice_is_on_both_rows_a_shared_kk_once() -> None:
    members = [member(i) for i in range(5)]
    members[3] = member(3, nik=members[1].nik, birth_date=members[1].birth_date, sex="P")
    members[4] = member(4, kk=members[0].kk)
    found = vet_group(group(members), SCHEME, cross())
    assert codes(found) == [
        ("KK_DUPLICATE_IN_GROUP", 4),
        ("NIK_DUPLICATE_IN_GROUP", 1),
        ("NIK_DUPLICATE_IN_GROUP", 3),
    ]
    kk = next(f for f in found if f.code == "KK_DUPLICATE_IN_GROUP")
    assert kk.effective_severity == "warning"
    no_kk_check = dataclasses.replace(SCHEME, same_kk_severity=None)
    assert codes(vet_group(group(members), no_kk_check, cross())) == [
        ("NIK_DUPLICATE_IN_GROUP", 1),
        ("NIK_DUPLICATE_IN_GROUP", 3),
    ]


def test_nik_in_another_group_names_it() -> None:
    members = [member(i) for i in range(5)]
    other = GroupRef(7, "Kerupuk Jaya")
    facts = cross(groups_by_nik={members[2].nik: [GroupRef(1, "self"), other, other]})
    found = vet_group(group(members), SCHEME, facts)
    assert codes(found) == [("NIK_IN_OTHER_GROUP", 2)]
    assert found[0].details["other_group_id"] == 7
    assert "Kerupuk Jaya (ID 7)" in found[0].message()


def test_funded_before_takes_the_schemes_severity() -> None:
    members = [member(i) for i in range(5)]
    facts = cross(funded_before={members[4].nik: FundedRef("TKM-JPS-2020", "Laundry Bersih")})
    found = vet_group(group(members), SCHEME, facts)
    assert codes(found) == [("NIK_FUNDED_BEFORE", 4)]
    assert found[0].effective_severity == "error"
    assert found[0].category is Category.PERSON
    lenient = dataclasses.replace(SCHEME, funded_before_severity="warning")
    assert vet_group(group(members), lenient, facts)[0].effective_severity == "warning"
    allowed = dataclasses.replace(SCHEME, excludes_earlier_grant=False)
    assert vet_group(group(members), allowed, facts)[0].effective_severity == "info"


def test_possible_same_person_across_groups_names_both() -> None:
    members = [member(i) for i in range(5)]
    day = members[1].birth_date
    elsewhere = [
        MemberFacts("3275014101800099", "SITI AMINAH,", day, key=999, group_id=8),  # her
        MemberFacts("3275014101800098", "Rina Wati", day, key=998, group_id=8),
        MemberFacts("3275014101800097", "Siti Aminah", dt.date(1999, 1, 1), key=997, group_id=8),
    ]
    look_alikes = LookAlikes.from_members(elsewhere, {8: "Jahit"})
    found = vet_group(group(members), SCHEME, cross(look_alikes=look_alikes))
    assert codes(found) == [("POSSIBLE_SAME_PERSON", 1)]
    d = found[0].details
    assert (d["name"], d["other_name"], d["other_group_id"]) == ("Siti Aminah", "SITI AMINAH,", 8)
    assert d["other_nik"] == "3275014101800099"
    assert "Jahit" in found[0].message()


def test_pairing_whole_days_finds_the_same_pairs() -> None:
    day, other = dt.date(1990, 3, 3), dt.date(1991, 4, 4)
    people = [
        MemberFacts("1", "Budi Santoso", day, key=1, group_id=1),
        MemberFacts("2", "Santoso, Budi", day, key=2, group_id=2),
        MemberFacts("3", "Agus Salim", day, key=3, group_id=3),
        MemberFacts("4", "Budi Santoso", other, key=4, group_id=4),
    ]
    names = {g: f"G{g}" for g in range(1, 5)}
    one_by_one = LookAlikes.from_members(people, names)
    whole = LookAlikes.from_members(people, names, whole_blocks=True)
    for p in people:
        a = one_by_one.similar(p.name, p.birth_date, key=p.key)  # type: ignore[arg-type]
        b = whole.similar(p.name, p.birth_date, key=p.key)  # type: ignore[arg-type]
        assert sorted(x.key for x, _ in a) == sorted(x.key for x, _ in b)
    assert [x.group for x, _ in whole.similar("Budi Santoso", day, key=1)] == [GroupRef(2, "G2")]


def test_possible_same_person_inside_the_group_and_spelling_variants() -> None:
    members = [member(i) for i in range(5)]
    # The same man under another NIK, his name spelled differently.
    members[4] = member(
        4,
        name="Budi Santosa",
        birth_date=members[0].birth_date,
        sex="L",
        nik=make_nik("32.75.03", members[0].birth_date, "L", 77),
    )  # type: ignore[arg-type]
    found = vet_group(group(members), SCHEME, cross())
    assert codes(found) == [("POSSIBLE_SAME_PERSON", 0), ("POSSIBLE_SAME_PERSON", 4)]


def test_same_nik_is_not_a_look_alike() -> None:
    members = [member(i) for i in range(5)]
    same = members[1]._replace(key=999, group_id=8)
    found = vet_group(
        group(members), SCHEME, cross(look_alikes=LookAlikes.from_members([same], {8: "J"}))
    )
    assert found == []


def test_quota_counts_this_group_with_those_recommended() -> None:
    assert vet_group(group(), SCHEME, cross(recommended_elsewhere=2)) == []
    found = vet_group(group(), SCHEME, cross(recommended_elsewhere=3))
    assert codes(found) == [("QUOTA_EXCEEDED", None)]
    assert found[0].details == {"count": 4, "quota": 3}
    rejected = group(status="ditolak")
    assert vet_group(rejected, SCHEME, cross(recommended_elsewhere=3)) == []


def test_completeness_budget_bank_documents() -> None:
    assert codes(vet_group(group(budget=[]), SCHEME, cross())) == [("BUDGET_MISSING", None)]
    over = [BudgetLine("alat", Decimal("13000000")), BudgetLine("bahan", Decimal("8000000"))]
    found = vet_group(group(budget=over), SCHEME, cross())
    assert codes(found) == [("BUDGET_OVER_CEILING", None)]
    assert "Rp21.000.000,00" in found[0].message()
    skewed = [BudgetLine("Alat", Decimal("15000000")), BudgetLine("bahan", Decimal("5000000"))]
    found = vet_group(group(budget=skewed), SCHEME, cross())
    assert codes(found) == [("BUDGET_SPLIT", None)]
    assert found[0].details["tools_share"] == "75%"
    assert found[0].details["expected"] == "60% ± 5%"
    edge = [BudgetLine("alat", Decimal("13000000")), BudgetLine("bahan", Decimal("7000000"))]
    assert vet_group(group(budget=edge), SCHEME, cross()) == []  # 65% is inside 60% ± 5%
    partial = group(account_number=" ", documents_received=frozenset({"proposal KELOMPOK"}))
    found = vet_group(partial, SCHEME, cross())
    assert codes(found) == [("BANK_ACCOUNT_MISSING", None), ("DOCUMENT_MISSING", None)]
    assert found[0].details == {"missing": ["account_number"]}
    assert found[1].details == {
        "documents": ["Fotokopi KTP anggota"],
        "document": "Fotokopi KTP anggota",
    }
    [both] = vet_group(group(documents_received=frozenset()), SCHEME, cross())
    assert both.message() == (
        "Dokumen yang belum diterima: Proposal kelompok; Fotokopi KTP anggota."
    )
    assert all(f.category is Category.COMPLETENESS for f in found)


def test_normalize_name_ignores_order_case_and_punctuation() -> None:
    assert normalize_name("Rizki, Muhammad") == normalize_name("MUHAMMAD  rizki")
    assert normalize_name("H. Moh. Ali") == "ALI H MOH"


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(alphabet="0123456789", min_size=16, max_size=16),
        st.builds(
            lambda region, day, month, year, serial: (
                f"{region}{day:02d}{month:02d}{year:02d}{serial:04d}"
            ),
            st.sampled_from(["327501", "320101", "999999", "110101", "327599", "000000"]),
            st.integers(0, 75),
            st.integers(0, 13),
            st.integers(0, 99),
            st.integers(0, 9999),
        ),
        st.text(max_size=20),
    )
)
def test_nik_reader_agrees_with_parse_nik(nik: str) -> None:
    reader = NikReader(TODAY)
    info = parse_nik(nik, today=TODAY)
    for _ in range(2):  # the second read comes from the memo
        facts = reader.read(nik)
        assert facts.problems == info.problems
        assert facts.sex == info.sex
        assert facts.birth_date == info.birth_date
        if not info.problems or "NIK_FORMAT" not in info.problems or len(nik) == 16:
            assert facts.regency_code == info.regency_code


def test_every_vet_code_is_documented() -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "codes.md").read_text(encoding="utf-8")
    vetting = text.split("## Vetting codes", 1)[1]
    assert [c for c in sorted(VET_CODES) if f"| `{c}` |" not in vetting] == []


# --- what the ministry's workbook and the letter's Lampiran need -------------------


def test_empty_sex_birth_date_and_birth_place_are_errors_with_the_nik_hint() -> None:
    members = [member(i) for i in range(5)]
    members[1] = members[1]._replace(sex="", birth_date=None, birth_place=" ")
    found = vet_group(group(members), SCHEME, cross())
    assert codes(found) == [
        ("BIRTH_DATE_MISSING", 1),
        ("BIRTH_PLACE_MISSING", 1),
        ("SEX_MISSING", 1),
    ]
    assert all(f.effective_severity == Severity.ERROR for f in found)
    by_code = {f.code: f for f in found}
    assert by_code["SEX_MISSING"].message() == "Jenis kelamin (L/P) belum diisi. Menurut NIK: P."
    assert by_code["SEX_MISSING"].message("en") == "Sex (L/P) is not filled in. The NIK says: P."
    assert by_code["BIRTH_DATE_MISSING"].message() == (
        "Tanggal lahir belum diisi. Menurut NIK: 11/02/1981."
    )
    assert by_code["BIRTH_PLACE_MISSING"].message() == "Tempat lahir belum diisi."
    assert by_code["SEX_MISSING"].details == {"nik": members[1].nik, "derived": "P"}


def test_without_a_readable_nik_the_message_gives_no_hint() -> None:
    members = [member(i) for i in range(5)]
    members[0] = members[0]._replace(nik="3275019913800001", sex="", birth_date=None)
    found = [f for f in vet_group(group(members), SCHEME, cross()) if f.member_index == 0]
    assert {f.code for f in found} >= {"NIK_DATE", "SEX_MISSING", "BIRTH_DATE_MISSING"}
    sex = next(f for f in found if f.code == "SEX_MISSING")
    assert sex.message() == "Jenis kelamin (L/P) belum diisi."
    assert sex.message("en") == "Sex (L/P) is not filled in."


def test_a_birth_place_the_caller_did_not_load_is_not_checked() -> None:
    members = [member(i)._replace(birth_place=None) for i in range(5)]
    assert vet_group(group(members), SCHEME, cross()) == []


def test_a_sex_or_date_that_is_there_is_no_finding() -> None:
    members = [member(i) for i in range(5)]
    members[2] = members[2]._replace(sex=" l ")  # as typed; NIK_SEX_MISMATCH judges it
    assert "SEX_MISSING" not in {f.code for f in vet_group(group(members), SCHEME, cross())}


def test_a_masked_message_gives_no_hidden_nik_digit_back() -> None:
    """Masked for roles that see '3275********0006': not the NIK's birth date, nor the
    region code past the kab/kota; the sex and the visible digits may stay."""
    from tkm_desktop.domain.findings import masked, message

    nik = "3275015610720006"
    cases = {
        "NIK_BIRTHDATE_MISMATCH": {"nik": nik, "entered": "16/10/1972", "derived": "16/10/1972"},
        "BIRTH_DATE_MISSING": {"nik": nik, "derived": "16/10/1972"},
        "NIK_REGION_UNKNOWN": {"nik": nik, "region": "327501"},
        "NIK_SEX_MISMATCH": {"nik": nik, "entered": "L", "derived": "P"},
    }
    for code, details in cases.items():
        for lang in ("id", "en"):
            text = message(code, masked(details), lang)
            assert nik not in text, text
            assert not [hidden for hidden in ("1972", "16/10", "327501") if hidden in text], text
    assert message("NIK_SEX_MISMATCH", masked(cases["NIK_SEX_MISMATCH"])).endswith("(P).")
    assert masked(cases["NIK_REGION_UNKNOWN"])["region"] == "3275**"
    # Unmasked (the verifier's screen) everything stays, to fix the data by.
    assert "16/10/1972" in message("BIRTH_DATE_MISSING", cases["BIRTH_DATE_MISSING"])
    # Masked, a hint with nothing left to go by is left out; the importing verifier's
    # texts keep the date.
    missing = masked(cases["BIRTH_DATE_MISSING"])
    assert message("BIRTH_DATE_MISSING", missing) == "Tanggal lahir belum diisi."
    kept = masked(cases["BIRTH_DATE_MISSING"], keep_dates=True)
    assert message("BIRTH_DATE_MISSING", kept).endswith("Menurut NIK: 16/10/1972.")
