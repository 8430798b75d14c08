"""The vetting rules: a group, its scheme and the cross-group facts in, findings out.

Pure: the services layer gathers ``CrossFacts`` (other groups holding a NIK,
earlier recipients, people born on the same days) with indexed queries and stores
what ``vet_group`` returns. Codes and texts live in ``findings``; docs/codes.md
explains each one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from tkm_desktop.domain import regions
from tkm_desktop.domain.dates import age_on, format_long, format_short
from tkm_desktop.domain.findings import FindingData, Severity
from tkm_desktop.domain.money import format_rupiah
from tkm_desktop.domain.nik import CleanedNik, nik_suspect_rounded
from tkm_desktop.domain.schemes import SchemeParams
from tkm_desktop.domain.vetting_facts import (
    NAME_SIMILARITY,
    BudgetLine,
    CrossFacts,
    FundedRef,
    GroupFacts,
    GroupRef,
    LookAlikes,
    MemberFacts,
    NikFacts,
    NikReader,
    Person,
    normalize_name,
)
from tkm_desktop.domain.workflow import INACTIVE

__all__ = [
    "NAME_SIMILARITY",
    "VET_CODES",
    "BudgetLine",
    "CrossFacts",
    "FundedRef",
    "GroupFacts",
    "GroupRef",
    "LookAlikes",
    "MemberFacts",
    "NikFacts",
    "NikReader",
    "Person",
    "completeness_findings",
    "group_findings",
    "normalize_name",
    "person_findings",
    "vet_group",
]

# The codes vetting decides. An import finding with one of these codes is shadowed by
# the current vet result (same rule, current data); other import codes stand as stored.
VET_CODES: frozenset[str] = frozenset(
    {
        "NIK_FORMAT",
        "NIK_DATE",
        "NIK_REGION_UNKNOWN",
        "NIK_ROUNDED",
        "NIK_SEX_MISMATCH",
        "NIK_BIRTHDATE_MISMATCH",
        "KK_FORMAT",
        "AGE_OUT_OF_RANGE",
        "DOMICILE_OUTSIDE_REGION",
        "NIK_FUNDED_BEFORE",
        "SEX_MISSING",
        "BIRTH_DATE_MISSING",
        "BIRTH_PLACE_MISSING",
        "GROUP_TOO_SMALL",
        "GROUP_TOO_LARGE",
        "ROLE_MISSING",
        "ROLE_DUPLICATE",
        "NIK_DUPLICATE_IN_GROUP",
        "NIK_IN_OTHER_GROUP",
        "KK_DUPLICATE_IN_GROUP",
        "POSSIBLE_SAME_PERSON",
        "QUOTA_EXCEEDED",
        "BUDGET_MISSING",
        "BUDGET_OVER_CEILING",
        "BUDGET_SPLIT",
        "BANK_ACCOUNT_MISSING",
        "DOCUMENT_MISSING",
    }
)

LEADER_ROLE = "Ketua"  # every group has exactly one, whatever the scheme lists
_SEXES = ("L", "P")
_SIXTEEN = re.compile(r"[0-9]{16}")


# --- the rules ------------------------------------------------------------------


def vet_group(
    group: GroupFacts, scheme: SchemeParams, cross: CrossFacts, reader: NikReader | None = None
) -> list[FindingData]:
    """Every finding of one group: person, group, then completeness rules.

    ``member_index`` of a finding is the member's index in ``group.members``.
    """
    reader = reader or NikReader(cross.today)
    found: list[FindingData] = []
    found += person_findings(group, scheme, cross, reader)
    found += group_findings(group, scheme, cross)
    found += completeness_findings(group, scheme)
    return found


def person_findings(
    group: GroupFacts, scheme: SchemeParams, cross: CrossFacts, reader: NikReader
) -> list[FindingData]:
    """NIK structure, sex and birth data present and agreeing with the NIK, age, domicile,
    earlier grants."""
    found: list[FindingData] = []
    add = found.append
    reference = scheme.age_reference_date or cross.today
    low, high = scheme.age_min, scheme.age_max
    banded = low is not None or high is not None
    region = cross.office_region
    inside = region + "."
    group_address = group.kelurahan_code or group.kecamatan_code
    funded_before = cross.funded_before
    # The common case (all is well) is the fast path of each check: this runs 240,000 times.
    for i, m in enumerate(group.members):
        nik = m.nik
        facts = reader.read(nik)
        for code in facts.problems:
            details = (
                {"nik": nik, "region": nik[:6]} if code == "NIK_REGION_UNKNOWN" else {"nik": nik}
            )
            add(FindingData(code, nik, i, details))
        if m.nik_source == "number" and nik_suspect_rounded(CleanedNik(nik, True)):
            add(FindingData("NIK_ROUNDED", nik, i, {"nik": nik}))
        derived_sex = facts.sex
        if derived_sex and m.sex != derived_sex:
            sex = m.sex.strip().upper()
            if sex in ("L", "P") and sex != derived_sex:
                details = {"nik": nik, "entered": sex, "derived": derived_sex}
                add(FindingData("NIK_SEX_MISMATCH", nik, i, details))
        if m.sex not in _SEXES and not m.sex.strip():
            details = {"nik": nik, "derived": derived_sex} if derived_sex else {"nik": nik}
            add(FindingData("SEX_MISSING", nik, i, details))
        derived, entered = facts.birth_date, m.birth_date
        if entered is None:
            details = {"nik": nik, "derived": format_short(derived)} if derived else {"nik": nik}
            add(FindingData("BIRTH_DATE_MISSING", nik, i, details))
        if m.birth_place is not None and not m.birth_place.strip():
            add(FindingData("BIRTH_PLACE_MISSING", nik, i, {"nik": nik}))
        if derived and entered and entered != derived and _other_day(entered, derived):
            details = {"nik": nik, "entered": format_short(entered),
                       "derived": format_short(derived)}  # fmt: skip
            add(FindingData("NIK_BIRTHDATE_MISMATCH", nik, i, details))
        birth = entered or derived
        if banded and birth:
            age = age_on(birth, reference)
            if (low is not None and age < low) or (high is not None and age > high):
                add(FindingData("AGE_OUT_OF_RANGE", nik, i, _age_details(age, reference, scheme)))
        if m.kk and not _SIXTEEN.fullmatch(m.kk):
            add(FindingData("KK_FORMAT", nik, i, {"kk": m.kk}))
        at = facts.regency_code
        if region and at and at != region and not at.startswith(inside):
            address = m.kelurahan_code or group_address
            if address and address != region and not address.startswith(inside):
                name = regions.region_name(region) or region
                details = {"region": name, "region_code": region, "nik_region": at,
                           "address_region": address}  # fmt: skip
                add(FindingData("DOMICILE_OUTSIDE_REGION", nik, i, details))
        if funded_before and nik in funded_before:
            add(_funded(nik, i, funded_before[nik], scheme))
    return found


def _other_day(entered: dt.date, derived: dt.date) -> bool:
    # The NIK keeps two year digits: compare those, not a century it had to guess.
    return (entered.day, entered.month, entered.year % 100) != (
        derived.day, derived.month, derived.year % 100
    )  # fmt: skip


def _age_details(age: int, reference: dt.date, scheme: SchemeParams) -> dict[str, object]:
    return {
        "age": age,
        "reference": format_long(reference),
        "reference_date": reference.isoformat(),
        "age_min": "-" if scheme.age_min is None else scheme.age_min,
        "age_max": "-" if scheme.age_max is None else scheme.age_max,
    }


def _funded(nik: str, i: int, funded: FundedRef, scheme: SchemeParams) -> FindingData:
    # A scheme for earlier recipients (TKM Lanjutan) still shows it, as information.
    severity = (
        Severity(scheme.funded_before_severity) if scheme.excludes_earlier_grant else Severity.INFO
    )
    details = {"nik": nik, "scheme": funded.scheme_code or "-", "group": funded.group_name or "-"}
    return FindingData("NIK_FUNDED_BEFORE", nik, i, details, severity)


def group_findings(group: GroupFacts, scheme: SchemeParams, cross: CrossFacts) -> list[FindingData]:
    """Size, roles, duplicates inside and across groups, look-alikes, quota."""
    found: list[FindingData] = []
    members = group.members
    count = len(members)
    if count < scheme.members_min:
        details = {"count": count, "minimum": scheme.members_min}
        found.append(FindingData("GROUP_TOO_SMALL", details=details))
    if count > scheme.members_max:
        details = {"count": count, "maximum": scheme.members_max}
        found.append(FindingData("GROUP_TOO_LARGE", details=details))
    found += _role_findings(members, scheme)
    # A NIK twice: both rows are wrong until one is fixed. A KK shared: one warning to accept.
    niks = [m.nik for m in members]
    found += _duplicates(members, niks, "nik", "NIK_DUPLICATE_IN_GROUP", None, every_holder=True)
    if scheme.same_kk_severity:
        severity = Severity(scheme.same_kk_severity)
        kks = [m.kk for m in members]
        found += _duplicates(
            members, kks, "kk", "KK_DUPLICATE_IN_GROUP", severity, every_holder=False
        )
    by_nik = cross.groups_by_nik
    for i, m in enumerate(members):
        holders = by_nik.get(m.nik) if by_nik and m.nik else None
        if not holders:
            continue
        for other in dict.fromkeys(holders):
            if other.id != group.id:
                details = {"nik": m.nik, "other_group": other.name, "other_group_id": other.id}
                found.append(FindingData("NIK_IN_OTHER_GROUP", m.nik, i, details))
    found += _look_alikes(group, cross)
    quota = scheme.group_quota
    if quota is not None and group.status not in INACTIVE:
        would_be = cross.recommended_elsewhere + 1
        if would_be > quota:
            found.append(FindingData("QUOTA_EXCEEDED", details={"count": would_be, "quota": quota}))
    return found


def _role_findings(members: Sequence[MemberFacts], scheme: SchemeParams) -> list[FindingData]:
    held: Counter[str] = Counter()
    for role, n in Counter(m.role for m in members).items():
        held[" ".join(role.split()).casefold()] += n
    wanted = [LEADER_ROLE, *(r for r in scheme.required_roles if r.casefold() != "ketua")]
    found: list[FindingData] = []
    for role in wanted:
        if role.casefold() == "anggota":
            continue
        n = held[role.casefold()]
        if n == 0:
            found.append(FindingData("ROLE_MISSING", details={"role": role}))
        elif n > 1:
            found.append(FindingData("ROLE_DUPLICATE", details={"role": role, "count": n}))
    return found


def _duplicates(
    members: Sequence[MemberFacts],
    values: list[str],
    key: str,
    code: str,
    severity: Severity | None,
    *,
    every_holder: bool,
) -> list[FindingData]:
    """Findings for values held more than once: on every holder, or once on the second."""
    present = [v for v in values if v]
    if len(set(present)) == len(present):
        return []
    counts = Counter(present)
    found: list[FindingData] = []
    seen: set[str] = set()
    for i, value in enumerate(values):
        n = counts[value]
        if n > 1 and (every_holder or value in seen):
            found.append(FindingData(code, members[i].nik, i, {key: value, "count": n}, severity))
            if not every_holder:
                counts[value] = 0  # reported once
        seen.add(value)
    return found


def _look_alikes(group: GroupFacts, cross: CrossFacts) -> list[FindingData]:
    members = group.members
    pairs_of: dict[int, list[tuple[Person, float]]] = {}
    dated = [m.birth_date for m in members if m.birth_date]
    if len(set(dated)) < len(dated):
        # Two members born the same day are rare: compare inside the group only then.
        gid = group.id or 0
        inside = LookAlikes.from_members(
            (m._replace(key=i, group_id=gid) for i, m in enumerate(members)), {gid: group.name}
        )
        pairs_of = inside.alike([m._replace(key=i) for i, m in enumerate(members)])
    if cross.look_alikes is not None:
        outside = cross.look_alikes.alike(members, other_than_group=group.id)
        for i, hits in outside.items():
            pairs_of[i] = pairs_of.get(i, []) + hits
    found: list[FindingData] = []
    for i in sorted(pairs_of):
        m = members[i]
        for person, score in pairs_of[i]:
            if person.nik == m.nik:
                continue  # the same NIK twice: NIK_DUPLICATE_IN_GROUP / NIK_IN_OTHER_GROUP
            details = {
                "name": m.name,
                "other_name": person.name,
                "other_nik": person.nik,
                "other_group": person.group.name,
                "other_group_id": person.group.id,
                "birth_date": m.birth_date.isoformat(),  # type: ignore[union-attr]
                "score": round(score, 1),
            }
            found.append(FindingData("POSSIBLE_SAME_PERSON", m.nik, i, details))
    return found


def completeness_findings(group: GroupFacts, scheme: SchemeParams) -> list[FindingData]:
    """Budget plan, bank account, documents: what the office still has to collect."""
    found: list[FindingData] = []
    total = sum((line.amount for line in group.budget), Decimal(0))
    if not group.budget or total <= 0:
        found.append(FindingData("BUDGET_MISSING"))
    else:
        if total > scheme.grant_ceiling:
            found.append(
                FindingData(
                    "BUDGET_OVER_CEILING",
                    details={
                        "total": format_rupiah(total),
                        "ceiling": format_rupiah(scheme.grant_ceiling),
                        "total_amount": str(total),
                        "ceiling_amount": str(scheme.grant_ceiling),
                    },
                )
            )
        if scheme.tools_share is not None:
            tools = sum(
                (b.amount for b in group.budget if b.category.strip().casefold() == "alat"),
                Decimal(0),
            )
            share = tools / total
            if abs(share - scheme.tools_share) > scheme.split_tolerance:
                found.append(
                    FindingData(
                        "BUDGET_SPLIT",
                        details={
                            "tools_share": _percent(share),
                            "expected": f"{_percent(scheme.tools_share)} ± "
                            f"{_percent(scheme.split_tolerance)}",
                            "tools_ratio": str(round(share, 4)),
                            "expected_ratio": str(scheme.tools_share),
                            "tolerance": str(scheme.split_tolerance),
                        },
                    )
                )
    missing = [
        name
        for name, value in (
            ("bank_name", group.bank_name),
            ("account_number", group.account_number),
            ("account_holder", group.account_holder),
        )
        if not value.strip()
    ]
    if missing:
        found.append(FindingData("BANK_ACCOUNT_MISSING", details={"missing": missing}))
    received = {d.casefold() for d in group.documents_received}
    missing_docs = [d for d in scheme.documents if d.casefold() not in received]
    if missing_docs:
        # One finding for the whole checklist: what the office still has to collect.
        details = {"documents": missing_docs, "document": "; ".join(missing_docs)}
        found.append(FindingData("DOCUMENT_MISSING", details=details))
    return found


def _percent(ratio: Decimal) -> str:
    """Decimal('0.725') → '72,5%' (Indonesian decimal comma)."""
    value = (ratio * 100).quantize(Decimal("0.1"))
    text = f"{value:f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"
