"""Vetting in the database: stored findings, cross-group facts, import findings, speed."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from tkm_desktop.domain.nik import make_nik, parse_nik
from tkm_desktop.services import audit, synthetic
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.vetting import stored_findings, vet_groups
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import (
    AuditEvent,
    BudgetItem,
    Finding,
    FundedBefore,
    Group,
    GroupDocument,
    Member,
    Office,
    Scheme,
)

CLI = Actor.anonymous("cli")
TODAY = dt.date(2024, 6, 1)
ROLES = ("Ketua", "Sekretaris", "Bendahara")


def _scheme(s: Session, code: str = "TKM-PEMULA-2023") -> Scheme:
    return s.scalars(select(Scheme).where(Scheme.code == code)).one()


def add_group(
    db: Database,
    name: str,
    serial: int,
    *,
    status: str = "diusulkan",
    scheme_code: str = "TKM-PEMULA-2023",
    size: int = 10,
    district: str = "32.75.01",
    niks: dict[int, str] | None = None,
) -> int:
    """A complete group that breaks no rule; ``serial`` keeps NIKs apart between groups."""
    with db.session() as s:
        scheme = _scheme(s, scheme_code)
        g = Group(
            scheme_id=scheme.id, name=name, status=status, kelurahan_code=f"{district}.1001",
            kecamatan_code=district, bank_name="BRI", account_number=f"00{serial:08d}",
            account_holder=name,
        )  # fmt: skip
        for i in range(size):
            # Birth months differ between groups, so no one looks alike across them.
            sex, birth = "LP"[i % 2], dt.date(1970 + i, 1 + serial % 12, 1 + i)
            nik = make_nik(district, birth, sex, serial * 100 + i + 1)
            if i in (niks or {}):
                nik = niks[i]  # type: ignore[index]
                info = parse_nik(nik, today=TODAY)
                sex, birth = info.sex, info.birth_date
            g.members.append(
                Member(
                    position=i,
                    nik=nik,
                    name=f"Warga {serial} Nomor {chr(65 + i)}",
                    birth_date=birth,
                    birth_place="Bekasi",
                    sex=sex,
                    kk=f"3275011201{serial:04d}{i:02d}",
                    role=ROLES[i] if i < 3 else "Anggota",
                )
            )
        g.budget_items = [
            BudgetItem(item="Freezer", category="alat", quantity=2, unit_price=Decimal(6_000_000)),
            BudgetItem(item="Lele", category="bahan", quantity=100, unit_price=Decimal(80_000)),
        ]
        g.documents = [GroupDocument(doc_type=d, received=True) for d in scheme.documents]
        s.add(g)
        s.flush()
        return g.id


def vet_codes(db: Database, *ids: int) -> dict[int, list[tuple[str, str]]]:
    report = vet_groups(db, CLI, list(ids) or None, today=TODAY)
    return {g.id: sorted((f.code, f.member_nik) for f in g.findings) for g in report.groups}


def member_nik(db: Database, group_id: int, position: int) -> str:
    with db.reader() as s:
        return s.scalars(
            select(Member.nik).where(Member.group_id == group_id, Member.position == position)
        ).one()


def test_a_complete_group_is_clean_and_findings_replace_each_other(db: Database) -> None:
    gid = add_group(db, "Abon Lele", 1)
    assert vet_codes(db, gid) == {gid: []}
    with db.session() as s:
        s.get(Group, gid).account_number = ""
    assert vet_codes(db, gid) == {gid: [("BANK_ACCOUNT_MISSING", "")]}
    assert vet_codes(db, gid) == {gid: [("BANK_ACCOUNT_MISSING", "")]}
    with db.reader() as s:
        rows = s.execute(
            select(Finding.code, Finding.source, Finding.category, Finding.severity).where(
                Finding.group_id == gid
            )
        ).all()
    assert [tuple(r) for r in rows] == [("BANK_ACCOUNT_MISSING", "vet", "completeness", "error")]


def test_findings_point_at_the_member_row(db: Database) -> None:
    gid = add_group(db, "Kerupuk", 2)
    with db.session() as s:
        m = s.scalars(select(Member).where(Member.group_id == gid, Member.position == 4)).one()
        m.sex = "L" if m.sex == "P" else "P"
        member_id = m.id
    vet_groups(db, CLI, [gid], today=TODAY)
    with db.reader() as s:
        f = s.execute(select(Finding.code, Finding.member_id, Finding.member_nik)).one()
    assert tuple(f) == ("NIK_SEX_MISMATCH", member_id, m.nik)


def test_nik_in_other_group_same_scheme_active_only(db: Database) -> None:
    first = add_group(db, "Laundry", 3)
    shared = member_nik(db, first, 5)
    second = add_group(db, "Jahit", 4, niks={5: shared})
    rejected = add_group(db, "Ditolak", 5, status="ditolak", niks={5: shared})
    other_scheme = add_group(db, "JPS", 6, scheme_code="TKM-JPS-2020", niks={5: shared})
    found = vet_codes(db, first, second)
    assert found[first] == [("NIK_IN_OTHER_GROUP", shared)]
    assert found[second] == [("NIK_IN_OTHER_GROUP", shared)]
    report = vet_groups(db, CLI, [first], today=TODAY)
    assert report.groups[0].findings[0].details["other_group_id"] == second
    # The rejected group still sees the active one; the other scheme sees nobody.
    assert vet_codes(db, rejected)[rejected] == [("NIK_IN_OTHER_GROUP", shared)] * 2
    assert ("NIK_IN_OTHER_GROUP", shared) not in vet_codes(db, other_scheme)[other_scheme]


def test_funded_before_and_domicile(db: Database) -> None:
    gid = add_group(db, "Warung", 7)
    outsider = add_group(db, "Bogor", 8, district="32.01.01")
    with db.session() as s:
        s.add(FundedBefore(nik=member_nik(db, gid, 6), scheme_code="TKM-JPS-2020",
                           group_name="Lama"))  # fmt: skip
    assert vet_codes(db, gid)[gid] == [("NIK_FUNDED_BEFORE", member_nik(db, gid, 6))]
    assert vet_codes(db, outsider)[outsider] == []  # the office's region is not set yet
    with db.session() as s:
        s.add(Office(region_code="32.75"))
    found = vet_codes(db, outsider)[outsider]
    assert Counter(code for code, _ in found) == {"DOMICILE_OUTSIDE_REGION": 10}


def test_quota_counts_recommended_groups(db: Database) -> None:
    with db.session() as s:
        s.scalars(select(Scheme).where(Scheme.code == "TKM-PEMULA-2023")).one().group_quota = 2
    done = [add_group(db, f"Rekom {i}", 10 + i, status="direkomendasikan") for i in range(2)]
    waiting = add_group(db, "Menunggu", 20)
    found = vet_codes(db, waiting, *done)
    assert found[waiting] == [("QUOTA_EXCEEDED", "")]
    assert all(found[g] == [] for g in done)


def test_possible_same_person_across_groups(db: Database) -> None:
    first = add_group(db, "Satu", 21)
    second = add_group(db, "Dua", 22)
    with db.session() as s:
        a = s.scalars(select(Member).where(Member.group_id == first, Member.position == 7)).one()
        b = s.scalars(select(Member).where(Member.group_id == second, Member.position == 7)).one()
        b.name, b.birth_date = a.name.upper() + ".", a.birth_date
        b.nik = make_nik("32.75.01", a.birth_date, b.sex, 9999)
        niks = (a.nik, b.nik)
    found = vet_codes(db)
    assert found[first] == [("POSSIBLE_SAME_PERSON", niks[0])]
    assert found[second] == [("POSSIBLE_SAME_PERSON", niks[1])]


def test_import_findings_stand_unless_vetting_decides_their_code(db: Database) -> None:
    gid = add_group(db, "Impor", 30)
    nik = member_nik(db, gid, 3)
    with db.session() as s:
        s.add_all(
            [
                Finding(group_id=gid, member_nik=nik, code="REGION_NAME_UNMATCHED",
                        severity="warning", category="person", source="import",
                        details={"name": "Kotabaru", "parent": "Kota Bekasi"}),
                Finding(group_id=gid, member_nik=nik, code="NIK_FORMAT", severity="error",
                        category="person", source="import", details={"nik": nik}),
            ]
        )  # fmt: skip
    assert vet_codes(db, gid)[gid] == [("REGION_NAME_UNMATCHED", nik)]
    with db.reader() as s:
        assert s.scalar(select(func.count(Finding.id)).where(Finding.source == "import")) == 2
        [stored] = stored_findings(s, [gid])
    assert [(f.code, f.source) for f in stored.findings] == [("REGION_NAME_UNMATCHED", "import")]


def test_unknown_group_is_refused(db: Database) -> None:
    with pytest.raises(InputRefused, match="ID 404"):
        vet_groups(db, CLI, [404])


def test_a_vet_run_is_audited_without_personal_data(db: Database) -> None:
    gid = add_group(db, "Audit", 31)
    vet_groups(db, CLI, [gid], today=TODAY)
    with db.reader() as s:
        [entry] = audit.history(s, gid)
    assert (entry.action, entry.entity, entry.os_account) == ("vet", "group", CLI.os_account)
    assert entry.after == {"groups": 1, "error": 0, "warning": 0, "info": 0}
    with db.reader() as s:
        assert s.scalar(select(func.count(AuditEvent.id))) == 1


def _planted_dataset(db: Database, groups: int) -> tuple[list[int], synthetic.Dataset]:
    data = synthetic.generate(7, groups=groups, members_per_group=(10, 10), defects=True,
                              today=TODAY)  # fmt: skip
    ids = []
    with db.session() as s:
        scheme = _scheme(s)
        for gd in data.groups:
            g = Group(
                scheme_id=scheme.id, name=gd.name, kelurahan_code=gd.kelurahan_code,
                kecamatan_code=gd.kecamatan_code, bank_name=gd.bank_name,
                account_number=gd.account_number, account_holder=gd.account_holder,
            )  # fmt: skip
            g.members = [
                Member(position=i, nik=m.nik, nik_source=m.nik_source, kk=m.kk, name=m.name,
                       birth_date=m.birth_date, birth_place=m.birth_place, sex=m.sex, role=m.role,
                       kelurahan_code=m.kelurahan_code)
                for i, m in enumerate(gd.members)
            ]  # fmt: skip
            g.budget_items = [
                BudgetItem(item=b.item, category=b.category, quantity=b.quantity,
                           unit_price=b.unit_price)
                for b in gd.budget
            ]  # fmt: skip
            s.add(g)
            s.flush()
            ids.append(g.id)
    return ids, data


def test_the_generators_planted_defects_are_all_found(db: Database) -> None:
    ids, data = _planted_dataset(db, 30)
    report = vet_groups(db, CLI, today=TODAY)
    by_id = {g.id: g for g in report.groups}
    assert data.planted
    for p in data.planted:
        group = by_id[ids[p.group_index]]
        if p.member_index is None:
            assert p.code in {f.code for f in group.findings}, p
        else:
            nik = data.groups[p.group_index].members[p.member_index].nik
            assert (p.code, nik) in {(f.code, f.member_nik) for f in group.findings}, p


def test_vetting_all_at_once_equals_vetting_one_by_one(db: Database) -> None:
    ids, _ = _planted_dataset(db, 30)
    together = {g.id: sorted((f.code, f.member_nik, str(f.details)) for f in g.findings)
                for g in vet_groups(db, CLI, today=TODAY).groups}  # fmt: skip
    for gid in ids:
        [alone] = vet_groups(db, CLI, [gid], today=TODAY).groups
        assert (
            sorted((f.code, f.member_nik, str(f.details)) for f in alone.findings) == together[gid]
        )


def test_one_group_costs_a_fixed_number_of_queries(db: Database) -> None:
    ids, _ = _planted_dataset(db, 30)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        vet_groups(db, CLI, [ids[5]], today=TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    # Independent of how many groups the database holds: no scan per other group.
    assert len(statements) <= 25, len(statements)
