"""Changing one's own password: wrong old passwords count towards the sign-in lock."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest
from sqlalchemy import select

from tests.account_support import PASSWORD, kepala_and_budi
from tkm_desktop.services import audit, sign_in, users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, User

WRONG = "tebakan-salah-9"
NEW = "baru-sekali-1"
T0 = dt.datetime(2026, 3, 2, 7, 20, tzinfo=dt.UTC)


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


@pytest.fixture
def budi(db: Database) -> Actor:
    """'budi' (verifikator, PASSWORD) in the window; 'kepala' is the admin."""
    kepala_and_budi(db)
    with db.reader() as s:
        return users.actor_for(s, "budi", "gui")


def change(db: Database, actor: Actor, old: str, lang: str = "id", now: dt.datetime = T0) -> str:
    """The refusal of changing ``actor``'s password to NEW ('' when it was changed)."""
    try:
        users.change_own_password(db, actor, old, NEW, lang, now=now)
    except InputRefused as refused:
        return "\n".join(refused.reasons)
    return ""


def account(db: Database) -> User:
    with db.reader() as s:
        user = users.find_user(s, "budi")
        assert user is not None
        return user


def failures(db: Database) -> list[AuditEvent]:
    with db.reader() as s:
        query = select(AuditEvent).where(AuditEvent.action == sign_in.FAILED)
        return list(s.scalars(query.order_by(AuditEvent.id)))


def local_time(when: dt.datetime) -> str:
    return f"{when.astimezone():%H:%M}"


def test_wrong_old_passwords_lock_the_account_as_failed_sign_ins_do(
    db: Database, budi: Actor
) -> None:
    refusals = [change(db, budi, WRONG) for _ in range(sign_in.MAX_FAILURES - 1)]
    assert refusals == ["Kata sandi lama salah."] * 4
    assert account(db).failed_logins == 4
    until = T0 + sign_in.LOCK_TIME
    locked = (
        "Terlalu banyak percobaan masuk yang gagal. "
        f"Akun ini dikunci sampai pukul {local_time(until)}."
    )
    assert change(db, budi, WRONG) == locked
    # The reviewer's case: more guesses, then the right one. Locked: refused, uncounted.
    assert [change(db, budi, WRONG) for _ in range(3)] == [locked] * 3
    assert change(db, budi, PASSWORD, now=until - dt.timedelta(seconds=1)) == locked
    assert (account(db).failed_logins, account(db).locked_until) == (5, until)
    assert users.verify_password(account(db).password_hash, PASSWORD)
    # Nor may anyone sign in meanwhile; once the lock is over the change goes through.
    with db.session() as s:
        assert sign_in.sign_in(s, "budi", PASSWORD, "gui", now=T0) == sign_in.Attempt(None, until)
    assert change(db, budi, PASSWORD, now=until) == ""
    assert (account(db).failed_logins, account(db).locked_until) == (0, None)
    assert users.verify_password(account(db).password_hash, NEW)


def test_sign_ins_and_password_changes_share_one_count(db: Database, budi: Actor) -> None:
    for _ in range(3):
        with db.session() as s:
            sign_in.sign_in(s, "budi", WRONG, "gui", now=T0)
    assert change(db, budi, WRONG).startswith("Kata sandi lama salah")
    assert change(db, budi, WRONG).endswith(
        f"dikunci sampai pukul {local_time(T0 + sign_in.LOCK_TIME)}."
    )
    assert account(db).failed_logins == 5


def test_a_refused_new_password_tries_no_old_one(db: Database, budi: Actor) -> None:
    with pytest.raises(InputRefused, match="terlalu umum"):
        users.change_own_password(db, budi, WRONG, "bismillah", now=T0)
    with pytest.raises(InputRefused, match="memuat nama pengguna"):
        users.change_own_password(db, budi, WRONG, "budi-2026-x", now=T0)
    assert account(db).failed_logins == 0
    assert failures(db) == []


def test_wrong_old_passwords_are_audited_and_logged_without_the_password(
    db: Database, budi: Actor, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tkm_desktop.services.sign_in")
    for _ in range(sign_in.MAX_FAILURES + 1):
        change(db, budi, WRONG)
    events = failures(db)
    until = audit.to_jsonable(T0 + sign_in.LOCK_TIME)
    # The signed-in user is the event's user; the account tried is its entity.
    assert {(e.username, e.entity, e.entity_id, e.channel) for e in events} == {
        ("budi", "user", str(budi.user_id), "gui")
    }
    assert [e.after for e in events[-2:]] == [
        {"reason": "wrong_password", "during": "change_password", "failures": 5,
         "locked_until": until},
        {"reason": "locked", "during": "change_password", "failures": 5, "locked_until": until},
    ]  # fmt: skip
    text = json.dumps([audit.event_fields(e) for e in events]) + caplog.text
    assert WRONG not in text and NEW not in text and PASSWORD not in text
    assert "budi" not in caplog.text
    assert f"Password change failed (gui) for account #{budi.user_id}: wrong_password, 5" in (
        caplog.text
    )
    with db.reader() as s:
        assert audit.verify_chain(s).ok


def test_the_right_old_password_after_failures_says_how_many(db: Database, budi: Actor) -> None:
    change(db, budi, WRONG)
    change(db, budi, WRONG)
    assert change(db, budi, PASSWORD) == ""
    with db.reader() as s:
        query = select(AuditEvent).where(AuditEvent.action == sign_in.SUCCEEDED)
        [event] = s.scalars(query)
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert (event.username, event.after) == ("budi", {"failures": 2, "during": "change_password"})
    assert actions[-2:] == [sign_in.SUCCEEDED, "change_password"]
    assert account(db).failed_logins == 0


def test_every_refusal_speaks_the_window_s_language(db: Database, budi: Actor) -> None:
    assert change(db, budi, WRONG, lang="en") == "The old password is wrong."
    with pytest.raises(InputRefused) as refused:
        users.change_own_password(db, budi, PASSWORD, "bismillah", "en")
    assert refused.value.reasons == [
        "This password is too common and easily guessed; choose another."
    ]
    with pytest.raises(InputRefused, match=r"^The new password must differ"):
        users.change_own_password(db, budi, PASSWORD, PASSWORD, "en")
    nobody = Actor.anonymous("gui")
    with pytest.raises(InputRefused, match=r"^Sign in as a user first"):
        users.change_own_password(db, nobody, PASSWORD, NEW, "en")
    for _ in range(sign_in.MAX_FAILURES - 1):
        change(db, budi, WRONG, lang="en")
    until = local_time(T0 + sign_in.LOCK_TIME)
    assert change(db, budi, WRONG, lang="en") == (
        f"Too many failed sign-in attempts. This account is locked until {until}."
    )
    with db.session() as s:
        users.deactivate_user(s, users.actor_for(s, "kepala", "cli"), "budi")
    assert change(db, budi, PASSWORD, lang="en") == "User 'budi' is not active."
