"""Birth data typed in the group editor: stored, audited, and a new member's village."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select

from tkm_desktop.domain.nik import make_nik
from tkm_desktop.services import group_edit as ge
from tkm_desktop.services import users
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, Group, Member, Scheme

BORN = dt.date(1972, 10, 16)
NIK = make_nik("32.75.01", BORN, "P", 6)


def _clerk(db: Database) -> Actor:
    with db.session() as s:
        admin = users.create_user(s, Actor.anonymous("cli"), "admin", "admin", None, "")
        clerk = users.create_user(
            s, users.actor_from_user(admin, "cli"), "vera", "verifikator", None, ""
        )
        return users.actor_from_user(clerk, "gui")


def _group(db: Database, village: str = "32.75.01.1001") -> int:
    with db.session() as s:
        scheme = s.scalars(select(Scheme).where(Scheme.is_default)).one()
        g = Group(scheme_id=scheme.id, name="Maju Jaya", kelurahan_code=village,
                  kecamatan_code=village.rsplit(".", 1)[0])  # fmt: skip
        g.members.append(Member(position=0, nik=NIK, name="Siti", sex="L", birth_date=BORN))
        s.add(g)
        s.flush()
        return g.id


def test_sex_and_birth_data_are_stored_and_audited(db: Database) -> None:
    clerk, gid = _clerk(db), _group(db)
    with db.reader() as s:
        edit = ge.load_group_edit(s, gid)
    siti = dataclasses.replace(edit.members[0], sex="P", birth_place="Bekasi")
    result = ge.save_group(db, clerk, dataclasses.replace(edit, members=(siti,)))
    assert not any(f.code == "NIK_SEX_MISMATCH" for f in result.findings)
    with db.reader() as s:
        stored = s.scalars(select(Member).where(Member.group_id == gid)).one()
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "member").order_by(AuditEvent.id)
        ).all()[-1]
    assert (stored.sex, stored.birth_place, stored.birth_date) == ("P", "Bekasi", BORN)
    assert event.before == {"sex": "L", "birth_place": ""}
    assert event.after == {"sex": "P", "birth_place": "Bekasi"}


def test_a_new_member_lives_in_the_groups_village_unless_typed(db: Database) -> None:
    clerk, gid = _clerk(db), _group(db)
    with db.reader() as s:
        edit = ge.load_group_edit(s, gid)
    born = dt.date(1990, 3, 3)
    new = ge.MemberData(None, make_nik("32.75.01", born, "L", 7), "Budi", sex="L",
                        birth_date=born)  # fmt: skip
    elsewhere = dataclasses.replace(
        new, nik=make_nik("32.75.01", born, "L", 8), name="Andi", kelurahan_code="32.75.02.1001"
    )
    ge.save_group(db, clerk, dataclasses.replace(edit, members=(*edit.members, new, elsewhere)))
    with db.reader() as s:
        rows = s.execute(
            select(Member.name, Member.kelurahan_code, Member.sex, Member.birth_date)
            .where(Member.group_id == gid)
            .order_by(Member.position)
        ).all()
    assert rows[1] == ("Budi", "32.75.01.1001", "L", born)
    assert rows[2][1] == "32.75.02.1001"
    assert rows[0][1] == ""  # a stored member is never changed behind the clerk's back
