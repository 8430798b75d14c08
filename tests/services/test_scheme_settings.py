"""Scheme parameters edited in the window obey the scheme-file rules; exactly one default."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from tkm_desktop.services import scheme_settings, users
from tkm_desktop.services.bootstrap import default_scheme
from tkm_desktop.services.context import Actor
from tkm_desktop.services.permissions import PermissionDenied
from tkm_desktop.services.scheme_settings import SchemeRefused
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent

pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


@pytest.fixture
def admin(db: Database) -> Actor:
    with db.session() as s:
        user = users.create_user(s, Actor.anonymous("gui"), "kepala", "admin", "rahasia-123")
        return users.actor_from_user(user, "gui")


def rows(db: Database) -> dict[str, scheme_settings.SchemeRow]:
    with db.reader() as s:
        return {r.params.code: r for r in scheme_settings.list_scheme_settings(s)}


def test_seeded_schemes_are_listed(db: Database) -> None:
    found = rows(db)
    assert set(found) == {"TKM-JPS-2020", "TKM-PEMULA-2023"}
    assert [c for c, r in found.items() if r.params.is_default] == ["TKM-PEMULA-2023"]
    assert all(r.groups == 0 for r in found.values())


def test_parameters_are_updated_and_audited(db: Database, admin: Actor) -> None:
    row = rows(db)["TKM-PEMULA-2023"]
    edited = replace(
        row.params,
        members_max=12,
        grant_ceiling=Decimal("25000000"),
        tools_share=Decimal("0.7000"),
        group_quota=40,
        documents=(" Proposal  usaha", "Fotokopi KTP"),
        age_reference_date=dt.date(2023, 1, 1),
        same_kk_severity=None,
    )
    saved = scheme_settings.update_scheme(db, admin, row.id, edited).params
    assert saved.members_max == 12
    assert saved.grant_ceiling == Decimal("25000000")
    assert saved.tools_share == Decimal("0.7")
    assert saved.documents == ("Proposal usaha", "Fotokopi KTP")
    assert saved.same_kk_severity is None
    assert rows(db)["TKM-PEMULA-2023"].params == saved
    with db.reader() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "scheme")).one()
    assert event.action == "update"
    assert event.before["members_max"] == 10 and event.after["members_max"] == 12
    assert event.after["documents"] == ["Proposal usaha", "Fotokopi KTP"]
    assert "code" not in event.after  # only what changed


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"members_min": 15, "members_max": 12}, "members_min", "Jumlah anggota paling sedikit"),
        ({"grant_ceiling": Decimal(0)}, "grant_ceiling", "Pagu bantuan per kelompok"),
        ({"tools_share": Decimal("1.5")}, "tools_share", "pecahan 0 sampai 1"),
        ({"documents": ("KTP", "ktp")}, "documents", "tertulis dua kali"),
        ({"group_quota": 0}, "group_quota", "Kuota kelompok"),
        ({"name": "  "}, "name", "Nama skema"),
        ({"code": "TKM-LAIN"}, "code", "tidak dapat diubah"),
        ({"active": False}, "active", "skema bawaan"),
    ],
)
def test_bad_parameters_are_refused_by_the_file_rules(
    db: Database, admin: Actor, change: dict[str, object], field: str, message: str
) -> None:
    row = rows(db)["TKM-PEMULA-2023"]
    with pytest.raises(SchemeRefused, match=message) as refused:
        scheme_settings.update_scheme(db, admin, row.id, replace(row.params, **change))
    assert refused.value.field == field
    assert rows(db)["TKM-PEMULA-2023"].params == row.params


def test_default_moves_and_stays_single(db: Database, admin: Actor) -> None:
    jps = rows(db)["TKM-JPS-2020"]
    scheme_settings.set_default_scheme(db, admin, jps.id)
    assert [c for c, r in rows(db).items() if r.params.is_default] == ["TKM-JPS-2020"]
    with db.reader() as s:
        assert default_scheme(s).code == "TKM-JPS-2020"
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "set_default")).one()
    assert event.before == {"default": ["TKM-PEMULA-2023"]}
    # Editing a scheme never changes which one is the default.
    pemula = rows(db)["TKM-PEMULA-2023"]
    scheme_settings.update_scheme(db, admin, pemula.id, replace(pemula.params, is_default=True))
    assert rows(db)["TKM-PEMULA-2023"].params.is_default is False


def test_inactive_scheme_cannot_be_the_default(db: Database, admin: Actor) -> None:
    jps = rows(db)["TKM-JPS-2020"]
    scheme_settings.update_scheme(db, admin, jps.id, replace(jps.params, active=False))
    with pytest.raises(SchemeRefused, match="aktifkan dahulu"):
        scheme_settings.set_default_scheme(db, admin, jps.id)


def test_new_scheme_is_added_but_not_default(db: Database, admin: Actor) -> None:
    base = rows(db)["TKM-PEMULA-2023"].params
    new = replace(base, code="tkm-pemula-2025", name="TKM Pemula 2025", year=2025, is_default=True)
    scheme_id = scheme_settings.add_scheme(db, admin, new)
    added = rows(db)["TKM-PEMULA-2025"]
    assert added.id == scheme_id and not added.params.is_default
    with pytest.raises(SchemeRefused, match="sudah dipakai"):
        scheme_settings.add_scheme(db, admin, new)


def test_a_viewer_cannot_edit_schemes(db: Database, admin: Actor) -> None:
    with db.session() as s:
        viewer = users.actor_from_user(users.create_user(s, admin, "tamu", "viewer", None), "gui")
    row = rows(db)["TKM-PEMULA-2023"]
    with pytest.raises(PermissionDenied):
        scheme_settings.update_scheme(db, viewer, row.id, row.params)
    with pytest.raises(PermissionDenied):
        scheme_settings.set_default_scheme(db, viewer, row.id)
