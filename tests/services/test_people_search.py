"""Cari Anggota's service: NIK (whole or prefix) or name, across groups and earlier recipients."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tkm_desktop.services import people
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, FundedBefore, Group, Member, Scheme

NIK_A = "3275014101900001"
NIK_B = "3275014101900002"


@pytest.fixture
def populated(db: Database) -> dict[str, int]:
    with db.session() as session:
        scheme = session.scalars(select(Scheme).where(Scheme.is_default)).one()
        made = {}
        for name, status, persons in (
            ("Maju Jaya", "diusulkan", [(NIK_A, "Siti Aminah"), (NIK_B, "Budi Santoso")]),
            ("Kue Basah", "direkomendasikan", [(NIK_A, "Siti Aminah")]),
        ):
            group = Group(scheme=scheme, name=name, status=status)
            for n, (nik, person) in enumerate(persons):
                group.members.append(Member(nik=nik, name=person, position=n))
            session.add(group)
            session.flush()
            made[name] = group.id
        session.add(
            FundedBefore(
                nik=NIK_B,
                name="Budi Santoso",
                group_name="Lama",
                scheme_code="TKM-JPS-2020",
                source_file="2020.xlsx",
            )
        )
    return made


def find(db: Database, text: str, **kw: int) -> people.PeopleResult:
    with db.reader() as session:
        return people.find_people(session, text, **kw)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("3275014101900001", people.BY_NIK),
        ("3275.0141.0190.0001", people.BY_NIK),
        ("327501", people.BY_NIK_PREFIX),
        ("32750", people.TOO_SHORT),
        ("si", people.TOO_SHORT),
        ("siti", people.BY_NAME),
        ("", people.TOO_SHORT),
    ],
)
def test_classify(text: str, kind: str) -> None:
    assert people.classify(text)[0] == kind


def test_whole_nik_in_two_groups(db: Database, populated: dict[str, int]) -> None:
    result = find(db, NIK_A)
    assert result.kind == people.BY_NIK
    assert sorted(h.group_name for h in result.members) == ["Kue Basah", "Maju Jaya"]
    assert result.group_ids == set(populated.values())
    assert result.funded == []
    hit = next(h for h in result.members if h.group_name == "Kue Basah")
    assert (hit.group_status, hit.scheme, hit.name) == (
        "direkomendasikan",
        "TKM-PEMULA-2023",
        "Siti Aminah",
    )


def test_funded_before_is_found_too(db: Database, populated: dict[str, int]) -> None:
    result = find(db, NIK_B)
    assert [h.group_name for h in result.members] == ["Maju Jaya"]
    assert [(h.scheme, h.source_file) for h in result.funded] == [("TKM-JPS-2020", "2020.xlsx")]


def test_prefix_and_name(db: Database, populated: dict[str, int]) -> None:
    assert len(find(db, "32750141019").members) == 3
    by_name = find(db, "SANTOSO")
    assert [h.nik for h in by_name.members] == [NIK_B]
    assert [h.nik for h in by_name.funded] == [NIK_B]
    assert find(db, "100%").members == []  # no wildcard


def test_limit_marks_truncated(db: Database, populated: dict[str, int]) -> None:
    result = find(db, "327501", limit=2)
    assert len(result.members) == 2
    assert result.truncated


def test_too_short_asks_nothing(db: Database, populated: dict[str, int]) -> None:
    result = find(db, "32")
    assert (result.kind, result.members, result.funded) == (people.TOO_SHORT, [], [])


def test_who_needs_whole_niks() -> None:
    def actor(role: str) -> Actor:
        return Actor("gui", "pc", user_id=1, username="x", role=role)

    assert people.needs_full_nik(actor("verifikator"))
    assert not people.needs_full_nik(actor("viewer"))
    assert not people.needs_full_nik(actor("admin"))
    assert not people.needs_full_nik(Actor.anonymous("gui"))


def test_views_are_recorded(db: Database, populated: dict[str, int]) -> None:
    actor = Actor("gui", "pc", user_id=None, username="", role=None)
    result = find(db, NIK_B)
    with db.session() as session:
        people.record_nik_view(session, actor, result)
        people.record_nik_view(session, actor, find(db, "3299999999999999"))  # nothing shown
        people.record_group_nik_view(session, actor, populated["Maju Jaya"])
    with db.reader() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    assert [(e.action, e.entity) for e in events] == [("view", "member"), ("view", "group")]
    assert events[0].after["members"] == [h.member_id for h in result.members]
    assert events[0].after["funded_before"] == [h.id for h in result.funded]
    assert events[1].group_id == populated["Maju Jaya"]
