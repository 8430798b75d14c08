"""The demo database: a sample office with about 30 groups spread over the workflow."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.services.demo import DemoSummary, populate_demo
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.users import actor_for, authenticate
from tkm_desktop.services.vetting import vet_groups
from tkm_desktop.store.db import Database, sqlite_url
from tkm_desktop.store.models import (
    BudgetItem,
    Finding,
    FindingAck,
    Group,
    GroupDocument,
    Member,
    NikClaim,
    Office,
    Scheme,
    Signatory,
    StatusChange,
    User,
    VerificationTeamMember,
)

TODAY = dt.date(2025, 6, 2)
S = GroupStatus
LATER = {S.DIVERIFIKASI, S.DIREKOMENDASIKAN, S.DIAJUKAN, S.DITETAPKAN}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(sqlite_url(path))
    summary = populate_demo(db, today=TODAY)
    yield db, summary
    db.dispose()


def test_the_demo_holds_thirty_groups_and_their_members(db: Database) -> None:
    summary = populate_demo(db, today=TODAY)
    with db.reader() as s:
        groups = s.scalar(select(func.count(Group.id)))
        members = s.scalar(select(func.count(Member.id)))
        sizes = s.execute(select(func.count(Member.id)).group_by(Member.group_id)).scalars()
        size_counts = Counter(sizes)
        unvetted = s.scalar(select(func.count(Group.id)).where(Group.vetted_at.is_(None)))
    assert unvetted == 0  # the demo vets at its end: no group looks clean without a check
    assert summary == DemoSummary(groups=30, members=members)
    assert groups == 30
    # TKM Pemula groups have ten members; one proposal came in too large.
    assert size_counts[10] == 29 and sum(size_counts.values()) == 30


def test_statuses_are_spread_over_the_workflow(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reader() as s:
        statuses = Counter(s.scalars(select(Group.status)))
        [decreed] = s.scalars(select(Group).where(Group.status == S.DITETAPKAN)).all()
        ceiling = s.scalar(select(Scheme.grant_ceiling).where(Scheme.id == decreed.scheme_id))
        assert re.fullmatch(r"\d+/\d+/PK\.03\.02/[IVX]+/2025", decreed.sk_number)
        assert decreed.sk_date is not None and decreed.sk_date <= TODAY
        assert decreed.amount_granted == ceiling
    assert statuses[S.DIUSULKAN] > 15
    assert statuses[S.DIVERIFIKASI] >= 3
    assert statuses[S.DIKEMBALIKAN] >= 1
    assert statuses[S.DIREKOMENDASIKAN] >= 2


def test_status_history_follows_the_workflow(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reader() as s:
        users = {u.id: u.role for u in s.scalars(select(User))}
        decreed = s.scalar(select(Group.id).where(Group.status == S.DITETAPKAN))
        steps = s.execute(
            select(
                StatusChange.from_status,
                StatusChange.to_status,
                StatusChange.user_id,
                StatusChange.created_at,
            )
            .where(StatusChange.group_id == decreed)
            .order_by(StatusChange.id)
        ).all()
        reasons = s.scalars(
            select(StatusChange.reason).where(StatusChange.to_status == S.DIKEMBALIKAN)
        ).all()
    assert [(before, after) for before, after, *_ in steps] == [
        ("diusulkan", "diverifikasi"),
        ("diverifikasi", "direkomendasikan"),
        ("direkomendasikan", "diajukan"),
        ("diajukan", "ditetapkan"),
    ]
    assert [users[user] for *_, user, _ in steps] == [
        "verifikator",
        "pejabat",
        "pejabat",
        "pejabat",
    ]
    times = [at for *_, at in steps]
    assert times == sorted(times)
    assert reasons and all(r.startswith("Mohon diperbaiki") for r in reasons)


def test_recommended_groups_claim_their_niks(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reader() as s:
        holding = s.scalars(
            select(Group.id).where(Group.status.in_([S.DIREKOMENDASIKAN, S.DITETAPKAN]))
        ).all()
        claimed = Counter(s.scalars(select(NikClaim.group_id)))
        members = Counter(s.scalars(select(Member.group_id).where(Member.group_id.in_(holding))))
    assert holding and claimed == members


def test_office_signatory_team_and_demo_users(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reader() as s:
        [office] = s.scalars(select(Office)).all()
        [head] = s.scalars(select(Signatory)).all()
        team = s.scalars(select(VerificationTeamMember)).all()
        roles = {u.username: u.role for u in s.scalars(select(User))}
        assert authenticate(s, "pejabat", "demo") is not None
        assert office.government_name == "Pemerintah Kota Bekasi"
        assert (office.region_code, office.place_name) == ("32.75", "Bekasi")
        assert office.email.endswith("@bekasikota.go.id")
        assert head.is_default and head.rank == "Pembina Utama Muda (IV/c)"
        assert len(head.nip) == 18 and len(team) >= 2
    assert roles == {
        "admin": "admin",
        "verifikator": "verifikator",
        "pejabat": "pejabat",
        "viewer": "viewer",
    }


def test_identifiers_are_stored_as_text(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reader() as s:
        rows = s.execute(select(Member.nik, Member.kk, Member.phone, Member.nik_source)).all()
        accounts = s.scalars(select(Group.account_number)).all()
        # SQLite keeps whatever type it is given: ask it what it holds.
        stored = set(s.scalars(select(func.typeof(Member.nik))))
    assert stored == {"text"}
    assert all(isinstance(v, str) for row in rows for v in row[:3])
    assert all(phone.startswith("08") for _, _, phone, _ in rows)
    assert sum(1 for nik, *_ in rows if re.fullmatch(r"32[0-9]{14}", nik)) >= len(rows) - 1
    assert [source for *_, source in rows].count("number") == 1
    assert all(isinstance(a, str) for a in accounts) and accounts.count("") == 1


def test_budget_plans_and_document_checklists(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reader() as s:
        checklist = s.scalar(select(Scheme.documents).where(Scheme.is_default))
        items = Counter(s.scalars(select(BudgetItem.group_id)))
        docs = s.execute(
            select(Group.status, GroupDocument.doc_type, GroupDocument.received).join(
                Group, Group.id == GroupDocument.group_id
            )
        ).all()
    assert len(items) == 30 and min(items.values()) >= 6
    assert len(docs) == 30 * len(checklist)
    assert all(received for status, _, received in docs if status in LATER)
    proposals = [received for status, _, received in docs if status == S.DIUSULKAN]
    assert any(proposals) and not all(proposals)


def test_groups_past_verification_have_nothing_left_to_fix(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    with db.reader() as s:
        verifier = actor_for(s, "verifikator", "cli")
        acks = s.scalar(select(func.count(FindingAck.id)))
    report = vet_groups(db, verifier, today=TODAY)
    codes = set()
    for g in report.groups:
        codes |= {f.code for f in g.findings}
        if g.status in LATER:
            assert all(f.acknowledged for f in g.findings), (g.name, g.findings)
    assert acks  # households sharing a KK, accepted with a note
    assert {"NIK_ROUNDED", "ROLE_MISSING", "POSSIBLE_SAME_PERSON", "AGE_OUT_OF_RANGE"} <= codes


def test_the_demo_is_vetted_so_its_lists_show_the_mistakes(
    demo: tuple[Database, DemoSummary],
) -> None:
    from tkm_desktop.services import browse

    db, summary = demo
    with db.reader() as s:
        with_errors = browse.matching_ids(s, browse.GroupFilter(flag=browse.FLAG_ERRORS))
        vet_runs = s.scalar(select(func.count(Finding.id)).where(Finding.source == "vet"))
    assert vet_runs and 0 < len(with_errors) < summary.groups


def test_a_database_with_groups_is_refused(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    with pytest.raises(InputRefused):
        populate_demo(db, today=TODAY)
    with db.reader() as s:
        assert s.scalar(select(func.count(Group.id))) == summary.groups
