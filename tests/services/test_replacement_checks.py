"""Replacing a member after the SK: a malformed NIK, or one held by another active group,
refuses the whole save (nothing written, no claim); a valid newcomer is taken."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from tests.workflow_support import add_group as add_clean_group
from tests.workflow_support import office_people
from tkm_desktop.domain.nik import make_nik, mask_nik
from tkm_desktop.domain.workflow import Via
from tkm_desktop.services import group_edit as ge
from tkm_desktop.services import workflow as wf
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import (
    AuditEvent,
    Group,
    Member,
    NikClaim,
)

BIRTH = dt.date(1990, 3, 3)


@pytest.fixture
def people(db: Database) -> dict[str, Actor]:
    accounts = [("admin", "admin"), ("vera", "verifikator"), ("peni", "pejabat")]
    return office_people(db, accounts, channel="gui")


def add_group(db: Database, serial: int) -> int:
    return add_clean_group(db, serial, kecamatan=True)


def to_sk(db: Database, people: dict[str, Actor], gid: int) -> None:
    wf.decide(db, people["vera"], [gid], "diverifikasi")
    wf.decide(db, people["peni"], [gid], "direkomendasikan")
    with db.session() as s:
        wf.change_status(s, people["peni"], [gid], "diajukan", via=Via.EXPORT)
    wf.decide(
        db, people["peni"], [gid], "ditetapkan", sk_number="SK/1", sk_date=dt.date(2024, 5, 2)
    )


def load(db: Database, gid: int) -> ge.GroupEdit:
    with db.reader() as s:
        return ge.load_group_edit(s, gid)


def newcomer(nik: str) -> ge.MemberData:
    return ge.MemberData(None, nik, "Warga Baru", birth_date=BIRTH, sex="L",
                         kk="3275011203000001")  # fmt: skip


def nik_of(db: Database, gid: int, position: int) -> str:
    with db.reader() as s:
        return s.scalars(
            select(Member.nik).where(Member.group_id == gid, Member.position == position)
        ).one()


def snapshot(db: Database, gid: int) -> tuple:
    with db.reader() as s:
        niks = tuple(s.scalars(select(Member.nik).where(Member.group_id == gid)))
        claims = frozenset(s.scalars(select(NikClaim.nik).where(NikClaim.group_id == gid)))
        events = s.scalars(select(AuditEvent.id).where(AuditEvent.group_id == gid)).all()
        return niks, claims, len(events), s.get(Group, gid).version  # type: ignore[union-attr]


def replace_fifth(db: Database, actor: Actor, gid: int, joining: ge.MemberData) -> None:
    edit = load(db, gid)
    members = (*edit.members[:5], joining, *edit.members[6:])
    ge.save_group(db, actor, dataclasses.replace(edit, members=members),
                  replacement_reason="pindah domisili")  # fmt: skip


@pytest.mark.parametrize("nik", ["1234", "3275011503900000", "9975010303900001"])
def test_a_replacement_with_an_invalid_nik_is_refused(db: Database, people, nik: str) -> None:
    gid = add_group(db, 1)
    to_sk(db, people, gid)
    before = snapshot(db, gid)
    with pytest.raises(InputRefused) as refused:
        replace_fifth(db, people["vera"], gid, newcomer(nik))
    assert any(
        "anggota pengganti ditolak" in r and "Kelompok 1" in r for r in refused.value.reasons
    )
    assert snapshot(db, gid) == before


def test_a_replacement_proposed_by_another_active_group_is_refused(db: Database, people) -> None:
    gid, proposing = add_group(db, 1), add_group(db, 2)
    to_sk(db, people, gid)
    taken = nik_of(db, proposing, 4)  # in a proposal only: no claim yet
    before = snapshot(db, gid)
    with pytest.raises(InputRefused) as refused:
        replace_fifth(db, people["vera"], gid, newcomer(taken))
    [reason] = refused.value.reasons
    assert "Kelompok 2" in reason and mask_nik(taken) in reason and taken not in reason
    assert snapshot(db, gid) == before
    with db.reader() as s:
        assert s.scalars(select(NikClaim).where(NikClaim.nik == taken)).first() is None


def test_a_member_of_a_cancelled_group_may_come_in(db: Database, people) -> None:
    gid, cancelled = add_group(db, 1), add_group(db, 3)
    to_sk(db, people, gid)
    wf.decide(db, people["admin"], [cancelled], "dibatalkan", reason="bubar")
    free = nik_of(db, cancelled, 4)
    replace_fifth(db, people["vera"], gid, newcomer(free))
    with db.reader() as s:
        assert s.scalars(select(NikClaim.group_id).where(NikClaim.nik == free)).one() == gid


def test_a_retyped_nik_after_the_sk_is_checked_too(db: Database, people) -> None:
    gid = add_group(db, 1)
    to_sk(db, people, gid)
    edit = load(db, gid)
    before = snapshot(db, gid)
    members = list(edit.members)
    members[6] = dataclasses.replace(members[6], nik="3275")
    with pytest.raises(InputRefused, match="anggota pengganti ditolak"):
        ge.save_group(db, people["vera"], dataclasses.replace(edit, members=tuple(members)),
                      replacement_reason="salah ketik")  # fmt: skip
    assert snapshot(db, gid) == before


def test_a_valid_newcomer_is_taken_and_claimed(db: Database, people) -> None:
    gid = add_group(db, 1)
    to_sk(db, people, gid)
    joining = make_nik("32.75.01", BIRTH, "L", 9003)
    replace_fifth(db, people["vera"], gid, newcomer(joining))
    with db.reader() as s:
        claimed = set(s.scalars(select(NikClaim.nik).where(NikClaim.group_id == gid)))
    assert joining in claimed and len(claimed) == 10
