"""User accounts: first admin, roles, passwords, deactivation, actors, demo users."""

from __future__ import annotations

import json

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.services import audit, users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.permissions import PermissionDenied
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, User

NOBODY = Actor.anonymous("cli")
PASSWORD = "rahasia-123"


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


@pytest.fixture
def admin(db: Database) -> Actor:
    """A database with its first admin ('kepala'); returns that admin as an actor."""
    with db.session() as s:
        users.create_user(s, NOBODY, "kepala", "admin", PASSWORD, "Kepala Seksi")
        return users.actor_for(s, "kepala", "cli")


def _add(db: Database, actor: Actor, name: str, role: str, password: str | None = PASSWORD):
    with db.session() as s:
        users.create_user(s, actor, name, role, password)


def _actor(db: Database, name: str) -> Actor:
    with db.reader() as s:
        return users.actor_for(s, name, "cli")


def _user(s: Session, name: str) -> User:
    user = users.find_user(s, name)
    assert user is not None
    return user


# --- passwords ------------------------------------------------------------------


def test_password_hash_verifies_only_its_password() -> None:
    stored = users.hash_password(PASSWORD)
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert users.verify_password(stored, PASSWORD)
    assert not users.verify_password(stored, "salah-salah")
    assert not users.verify_password(None, PASSWORD)
    assert not users.verify_password("bukan-hash", PASSWORD)


# --- creating -------------------------------------------------------------------


def test_the_first_user_needs_no_actor_but_must_be_admin(db: Database) -> None:
    with db.session() as s, pytest.raises(InputRefused, match="pertama harus berperan admin"):
        users.create_user(s, NOBODY, "budi", "verifikator", PASSWORD)
    with db.session() as s:
        user = users.create_user(s, NOBODY, "Kepala", "admin", PASSWORD)
        assert user.username == "kepala"
        assert user.role == "admin"


def test_later_users_need_an_admin(db: Database, admin: Actor) -> None:
    with db.session() as s, pytest.raises(PermissionDenied, match="--user"):
        users.create_user(s, NOBODY, "budi", "verifikator", PASSWORD)
    _add(db, admin, "budi", "verifikator")
    with db.session() as s, pytest.raises(PermissionDenied, match="peran verifikator"):
        users.create_user(s, _actor(db, "budi"), "siti", "pejabat", PASSWORD)
    _add(db, admin, "siti", "pejabat", None)
    with db.reader() as s:
        rows = users.list_users(s)
    assert [(r.username, r.role, r.active, r.has_password) for r in rows] == [
        ("budi", "verifikator", True, True),
        ("kepala", "admin", True, True),
        ("siti", "pejabat", True, False),
    ]


@pytest.mark.parametrize("name", ["ab", "budi santoso", "budi!", "x" * 61, "", "bu/di", "dédé"])
def test_bad_usernames_are_refused(db: Database, admin: Actor, name: str) -> None:
    with db.session() as s, pytest.raises(InputRefused, match="tidak sah"):
        users.create_user(s, admin, name, "viewer", PASSWORD)


def test_good_usernames_are_kept_in_lower_case(db: Database, admin: Actor) -> None:
    for name in ("budi.s", "siti_2", "a-b", "x" * 60, "Andi.W"):
        _add(db, admin, name, "viewer")
    with db.reader() as s:
        assert "andi.w" in [r.username for r in users.list_users(s)]


def test_duplicate_name_unknown_role_and_short_password_are_refused(
    db: Database, admin: Actor
) -> None:
    with db.session() as s, pytest.raises(InputRefused, match="sudah dipakai"):
        users.create_user(s, admin, "KEPALA", "viewer", PASSWORD)
    with db.session() as s, pytest.raises(InputRefused, match=r"tidak dikenal\. Pilihan: admin"):
        users.create_user(s, admin, "budi", "operator", PASSWORD)
    with db.session() as s, pytest.raises(InputRefused, match="minimal 8 karakter"):
        users.create_user(s, admin, "budi", "viewer", "pendek")
    with db.reader() as s:
        assert users.count_users(s) == 1


# --- deactivation and roles -----------------------------------------------------


def test_deactivated_users_cannot_act_or_sign_in_but_stay(db: Database, admin: Actor) -> None:
    _add(db, admin, "budi", "verifikator")
    with db.session() as s:
        users.deactivate_user(s, admin, "budi")
    with db.session() as s:
        with pytest.raises(InputRefused, match="'budi' tidak aktif"):
            users.actor_for(s, "budi", "cli")
        assert users.authenticate(s, "budi", PASSWORD) is None
        assert _user(s, "budi").active is False
    with db.session() as s:
        users.reactivate_user(s, admin, "budi")
    with db.session() as s:
        assert users.authenticate(s, "budi", PASSWORD) is not None


def test_the_last_active_admin_cannot_be_deactivated_or_demoted(db: Database, admin: Actor) -> None:
    with db.session() as s, pytest.raises(InputRefused, match="satu-satunya admin aktif"):
        users.deactivate_user(s, admin, "kepala")
    with db.session() as s, pytest.raises(InputRefused, match="satu-satunya admin aktif"):
        users.set_role(s, admin, "kepala", "viewer")
    _add(db, admin, "wakil", "admin")
    with db.session() as s:
        users.set_role(s, admin, "kepala", "pejabat")
    wakil = _actor(db, "wakil")
    with db.session() as s, pytest.raises(InputRefused, match="satu-satunya admin aktif"):
        users.deactivate_user(s, wakil, "wakil")


def test_only_admins_manage_accounts(db: Database, admin: Actor) -> None:
    _add(db, admin, "siti", "pejabat")
    siti = _actor(db, "siti")
    for change in (
        lambda s: users.deactivate_user(s, siti, "kepala"),
        lambda s: users.set_role(s, siti, "siti", "admin"),
        lambda s: users.reset_password(s, siti, "kepala", "baru-12345"),
    ):
        with db.session() as s, pytest.raises(PermissionDenied, match="mengelola pengguna"):
            change(s)


def test_unknown_user_is_refused(db: Database, admin: Actor) -> None:
    with db.session() as s, pytest.raises(InputRefused, match="'hantu' tidak dikenal"):
        users.actor_for(s, "hantu", "cli")
    with db.session() as s, pytest.raises(InputRefused, match="'hantu' tidak dikenal"):
        users.deactivate_user(s, admin, "hantu")


# --- signing in and passwords ---------------------------------------------------


def test_authenticate(db: Database, admin: Actor) -> None:
    with db.session() as s:
        assert users.authenticate(s, "kepala", PASSWORD) is not None
        assert users.authenticate(s, " KEPALA ", PASSWORD) is not None
        assert users.authenticate(s, "kepala", "salah-salah") is None
        assert users.authenticate(s, "hantu", PASSWORD) is None


def test_a_hash_with_old_parameters_is_replaced_at_sign_in(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.reader() as s:
        old_hash = _user(s, "kepala").password_hash
    monkeypatch.setattr(users, "hasher", PasswordHasher(time_cost=2, memory_cost=16, parallelism=1))
    with db.session() as s:
        assert users.authenticate(s, "kepala", PASSWORD) is not None
    with db.reader() as s:
        new_hash = _user(s, "kepala").password_hash
    assert new_hash != old_hash and new_hash is not None and "t=2" in new_hash
    assert users.verify_password(new_hash, PASSWORD)


def test_change_own_password(db: Database, admin: Actor) -> None:
    with pytest.raises(InputRefused, match="lama salah"):
        users.change_own_password(db, admin, "salah-salah", "baru-123456")
    with pytest.raises(InputRefused, match="minimal 8"):
        users.change_own_password(db, admin, PASSWORD, "baru")
    with pytest.raises(InputRefused, match="harus berbeda"):
        users.change_own_password(db, admin, PASSWORD, PASSWORD)
    with pytest.raises(InputRefused, match="Masuk sebagai pengguna"):
        users.change_own_password(db, NOBODY, PASSWORD, "baru-123456")
    users.change_own_password(db, admin, PASSWORD, "baru-123456")
    with db.session() as s:
        assert users.authenticate(s, "kepala", PASSWORD) is None
        assert users.authenticate(s, "kepala", "baru-123456") is not None


def test_an_admin_resets_a_forgotten_password(db: Database, admin: Actor) -> None:
    _add(db, admin, "budi", "verifikator", None)
    with db.session() as s:
        assert users.authenticate(s, "budi", "") is None
        users.reset_password(s, admin, "budi", "awal-12345")
    with db.session() as s:
        assert users.authenticate(s, "budi", "awal-12345") is not None


# --- the audit of accounts ------------------------------------------------------


def test_every_account_change_is_audited_without_password_hashes(
    db: Database, admin: Actor
) -> None:
    _add(db, admin, "budi", "verifikator")
    with db.session() as s:
        users.set_role(s, admin, "budi", "pejabat")
        users.deactivate_user(s, admin, "budi")
        users.reactivate_user(s, admin, "budi")
        users.reset_password(s, admin, "budi", "lain-12345")
        users.set_display_name(s, admin, "budi", "Budi Santoso")
    budi = _actor(db, "budi")
    users.change_own_password(db, budi, "lain-12345", "milik-saya-1")
    with db.reader() as s:
        story = audit.entity_history(s, "user", budi.user_id)
        events = s.scalars(select(AuditEvent)).all()
        assert audit.verify_chain(s).ok
        dumped = json.dumps([(e.before, e.after) for e in events])
    assert [e.action for e in story] == [
        "create",
        "set_role",
        "deactivate",
        "reactivate",
        "reset_password",
        "update",
        "change_password",
    ]
    assert story[0].username == "kepala"
    assert story[0].after == {
        "username": "budi",
        "display_name": "",
        "role": "verifikator",
        "active": True,
    }
    assert (story[1].before, story[1].after) == ({"role": "verifikator"}, {"role": "pejabat"})
    assert (story[2].before, story[2].after) == ({"active": True}, {"active": False})
    assert story[-1].username == "budi"
    assert "argon2" not in dumped and "password_hash" not in dumped


def test_the_first_admin_is_audited_as_the_os_account(db: Database, admin: Actor) -> None:
    with db.reader() as s:
        (event,) = audit.entity_history(s, "user", admin.user_id)
    assert event.user_id is None and event.channel == "cli"
    assert event.os_account == NOBODY.os_account


# --- demo -----------------------------------------------------------------------


def test_demo_users_sign_in_with_demo(db: Database) -> None:
    with db.session() as s:
        users.create_demo_users(s)
    with db.session() as s:
        for name in ("admin", "verifikator", "pejabat", "viewer"):
            user = users.authenticate(s, name, "demo")
            assert user is not None and user.role == name
        assert audit.verify_chain(s).events == 4
    with db.session() as s, pytest.raises(InputRefused, match="masih kosong"):
        users.create_demo_users(s)


def test_an_actor_deactivated_or_demoted_since_sign_in_can_no_longer_act(
    db: Database, admin: Actor
) -> None:
    _add(db, admin, "wakil", "admin")
    _add(db, admin, "siti", "verifikator")
    wakil, siti = _actor(db, "wakil"), _actor(db, "siti")  # both "signed in" now
    with db.session() as s:
        users.set_role(s, admin, "wakil", "viewer")
        users.deactivate_user(s, admin, "siti")
    before = audit_count(db)
    with db.session() as s, pytest.raises(InputRefused, match="keluar lalu masuk lagi"):
        users.reset_password(s, wakil, "kepala", "baru-12345")
    from tkm_desktop.services.group_edit import GroupIdentity, new_group

    with pytest.raises(InputRefused, match="sudah dinonaktifkan"):
        new_group(db, siti, None, GroupIdentity(name="Kelompok Baru"))
    assert audit_count(db) == before
    with db.reader() as s:
        assert users.authenticate(s, "kepala", PASSWORD) is not None


def test_an_admin_may_demote_themself_once(db: Database, admin: Actor) -> None:
    _add(db, admin, "wakil", "admin")
    with db.session() as s:
        users.set_role(s, admin, "kepala", "pejabat")
    with db.session() as s, pytest.raises(InputRefused, match="perannya diubah"):
        users.set_role(s, admin, "wakil", "viewer")


def audit_count(db: Database) -> int:
    from tkm_desktop.services.audit import count_events

    with db.reader() as s:
        return count_events(s)
