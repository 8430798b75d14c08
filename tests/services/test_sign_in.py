"""Sign-in attempts: counted per account in the database, recorded, locked after five."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest
from sqlalchemy import select

from tests.account_support import PASSWORD, kepala_and_budi
from tkm_desktop.services import audit, sign_in, users
from tkm_desktop.services.context import Actor, os_account
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.permissions import PermissionDenied
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, User

WRONG = "tebakan-salah-9"
T0 = dt.datetime(2026, 3, 2, 7, 20, tzinfo=dt.UTC)


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


@pytest.fixture
def admin(db: Database) -> Actor:
    return kepala_and_budi(db)


def attempt(
    db: Database, password: str, now: dt.datetime = T0, name: str = "budi"
) -> sign_in.Attempt:
    with db.session() as s:
        return sign_in.sign_in(s, name, password, "gui", now=now)


def budi(db: Database) -> User:
    with db.reader() as s:
        user = users.find_user(s, "budi")
        assert user is not None
        return user


def events(db: Database, action: str) -> list[AuditEvent]:
    with db.reader() as s:
        query = select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        return list(s.scalars(query))


# --- counting and locking ------------------------------------------------------------


def test_the_right_password_signs_in_and_records_nothing(db: Database, admin: Actor) -> None:
    result = attempt(db, PASSWORD)
    assert result.user is not None
    assert result.locked_until is None
    assert events(db, sign_in.FAILED) == events(db, sign_in.SUCCEEDED) == []


def test_five_failures_lock_the_account_for_fifteen_minutes(db: Database, admin: Actor) -> None:
    for n in range(1, 5):
        assert attempt(db, WRONG, T0 + dt.timedelta(seconds=n)) == sign_in.Attempt(None)
        assert budi(db).failed_logins == n
    fifth = attempt(db, WRONG, T0)
    until = T0 + dt.timedelta(minutes=15)
    assert fifth == sign_in.Attempt(None, until)

    # Locked: even the right password is refused, without counting, until the lock ends.
    assert attempt(db, PASSWORD, until - dt.timedelta(seconds=1)) == sign_in.Attempt(None, until)
    assert budi(db).failed_logins == 5
    assert attempt(db, PASSWORD, until).user is not None
    assert (budi(db).failed_logins, budi(db).locked_until) == (0, None)


def test_after_the_lock_five_more_tries_then_locked_again(db: Database, admin: Actor) -> None:
    for _ in range(5):
        attempt(db, WRONG, T0)
    later = T0 + dt.timedelta(minutes=20)
    for _ in range(4):
        assert attempt(db, WRONG, later).locked_until is None
    assert attempt(db, WRONG, later).locked_until == later + sign_in.LOCK_TIME
    assert budi(db).failed_logins == 10


def test_a_success_resets_the_count(db: Database, admin: Actor) -> None:
    for _ in range(4):
        attempt(db, WRONG)
    assert attempt(db, PASSWORD).user is not None
    for _ in range(4):
        assert attempt(db, WRONG).locked_until is None
    assert budi(db).failed_logins == 4


def test_two_pcs_on_one_database_share_the_count(db: Database, admin: Actor) -> None:
    # A second Database object is a second PC (or the program started again).
    other = Database(db.url)
    try:
        for n in range(5):
            attempt(other if n % 2 else db, WRONG)
        assert attempt(other, PASSWORD).locked_until == T0 + sign_in.LOCK_TIME
    finally:
        other.dispose()


def test_an_inactive_account_counts_failures_too(db: Database, admin: Actor) -> None:
    with db.session() as s:
        users.deactivate_user(s, admin, "budi")
    assert attempt(db, PASSWORD).user is None
    [event] = events(db, sign_in.FAILED)
    assert event.after == {"reason": "inactive", "failures": 1}


# --- recording -------------------------------------------------------------------------


def test_each_failure_is_an_audit_event_without_the_password(
    db: Database, admin: Actor, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tkm_desktop.services.sign_in")
    for _ in range(5):
        attempt(db, WRONG)
    attempt(db, PASSWORD)  # refused: locked
    user_id = budi(db).id

    failed = events(db, sign_in.FAILED)
    assert len(failed) == 6
    assert {(e.entity, e.entity_id, e.channel, e.os_account) for e in failed} == {
        ("user", str(user_id), "gui", os_account())
    }
    assert {(e.user_id, e.username) for e in failed} == {(None, "")}  # nobody signed in
    until = audit.to_jsonable(T0 + sign_in.LOCK_TIME)
    assert [e.after for e in failed[3:]] == [
        {"reason": "wrong_password", "failures": 4},
        {"reason": "wrong_password", "failures": 5, "locked_until": until},
        {"reason": "locked", "failures": 5, "locked_until": until},
    ]
    text = json.dumps([audit.event_fields(e) for e in failed]) + caplog.text
    assert WRONG not in text
    assert PASSWORD not in text
    assert "budi" not in caplog.text  # the log names the account by number
    assert f"account #{user_id}: wrong_password, 5 failures in a row, locked until" in caplog.text
    with db.reader() as s:
        assert audit.verify_chain(s).ok


def test_an_unknown_username_is_recorded_without_the_name(
    db: Database, admin: Actor, caplog: pytest.LogCaptureFixture
) -> None:
    assert attempt(db, WRONG, name="Rahasia-Ketik-Salah") == sign_in.Attempt(None)
    [event] = events(db, sign_in.FAILED)
    assert (event.entity, event.entity_id, event.after) == ("user", "", {"reason": "unknown_user"})
    assert "rahasia-ketik-salah" not in json.dumps(audit.event_fields(event)).lower()
    assert "rahasia-ketik-salah" not in caplog.text.lower()
    assert "Sign-in failed (gui) for an unknown username" in caplog.text


def test_a_success_after_failures_says_how_many(db: Database, admin: Actor) -> None:
    for _ in range(3):
        attempt(db, WRONG)
    attempt(db, PASSWORD)
    [event] = events(db, sign_in.SUCCEEDED)
    assert (event.username, event.entity_id, event.after) == ("budi", str(budi(db).id),
                                                              {"failures": 3})  # fmt: skip
    assert audit.action_label(event.action) == "masuk setelah gagal"


# --- an admin unlocks --------------------------------------------------------------------


def test_an_admin_unlocks_before_the_time_is_up(db: Database, admin: Actor) -> None:
    for _ in range(5):
        attempt(db, WRONG, dt.datetime.now(dt.UTC))
    with db.reader() as s:
        [row] = [r for r in users.list_users(s) if r.username == "budi"]
        assert row.locked_until is not None
    with db.session() as s:
        users.unlock_user(s, admin, "budi")
    assert (budi(db).failed_logins, budi(db).locked_until) == (0, None)
    assert attempt(db, PASSWORD, dt.datetime.now(dt.UTC)).user is not None
    [event] = events(db, "unlock")
    assert (event.username, event.after) == ("kepala", {"failed_logins": 0, "locked_until": None})
    assert event.before is not None and event.before["failed_logins"] == 5


def test_unlocking_needs_an_admin_and_a_locked_account(db: Database, admin: Actor) -> None:
    with db.session() as s, pytest.raises(InputRefused, match="tidak sedang terkunci"):
        users.unlock_user(s, admin, "budi")
    for _ in range(5):
        attempt(db, WRONG, dt.datetime.now(dt.UTC))
    with db.reader() as s:
        verifier = users.actor_for(s, "budi", "cli")
    with db.session() as s, pytest.raises(PermissionDenied):
        users.unlock_user(s, verifier, "budi")
    # A lock that has run out is no lock: nothing to unlock.
    with db.session() as s, pytest.raises(InputRefused, match="tidak sedang terkunci"):
        users.unlock_user(s, admin, "budi", now=dt.datetime.now(dt.UTC) + sign_in.LOCK_TIME)
