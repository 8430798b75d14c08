"""Locks by the database's clock: PCs with wrong clocks agree on a shared server."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.account_support import PASSWORD, kepala_and_budi
from tkm_desktop.services import sign_in, users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database

WRONG = "tebakan-salah-9"
CLOSE = dt.timedelta(minutes=1)  # the test's own run time, and the PC's distance to the server


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


@pytest.fixture
def admin(db: Database) -> Actor:
    return kepala_and_budi(db)


def pc_clock(monkeypatch: pytest.MonkeyPatch, off_by: dt.timedelta) -> dt.datetime:
    """This PC's clock is ``off_by`` wrong from now on (frozen); what it says."""
    wrong = dt.datetime.now(dt.UTC) + off_by
    monkeypatch.setattr(users, "utcnow", lambda: wrong)
    return wrong


def attempt(db: Database, password: str) -> sign_in.Attempt:
    with db.session() as s:
        return sign_in.sign_in(s, "budi", password, "gui")  # no ``now``: the clock decides


def lock_until(db: Database) -> dt.datetime:
    with db.reader() as s:
        user = users.find_user(s, "budi")
        assert user is not None and user.locked_until is not None
        return user.locked_until


def test_the_database_clock_on_postgresql_this_pc_s_on_sqlite(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = pc_clock(monkeypatch, dt.timedelta(hours=-3))
    with db.reader() as s:
        now = users.database_now(s)
    assert now.utcoffset() == dt.timedelta(0)
    if db.is_sqlite:
        assert now == wrong
    else:
        assert abs(now - dt.datetime.now(dt.UTC)) < CLOSE


def test_a_pc_whose_clock_is_behind_locks_for_fifteen_minutes_of_server_time(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = pc_clock(monkeypatch, dt.timedelta(hours=-3))
    for _ in range(sign_in.MAX_FAILURES):
        attempt(db, WRONG)
    until = lock_until(db)
    if db.is_sqlite:
        assert until == wrong + sign_in.LOCK_TIME
    else:  # not three hours in the past, where the lock would be over already
        assert abs(until - (dt.datetime.now(dt.UTC) + sign_in.LOCK_TIME)) < CLOSE
    assert attempt(db, PASSWORD) == sign_in.Attempt(None, until)


def test_a_pc_whose_clock_is_ahead_still_sees_another_pc_s_lock(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(sign_in.MAX_FAILURES):
        attempt(db, WRONG)  # a PC with the right time
    until = lock_until(db)
    pc_clock(monkeypatch, dt.timedelta(hours=1))  # another PC, an hour ahead
    with db.reader() as s:
        [row] = [r for r in users.list_users(s) if r.username == "budi"]
    result = attempt(db, PASSWORD)
    if db.is_sqlite:  # one PC, one clock: its clock says the lock is over
        assert row.locked_until is None
        assert result.user is not None
    else:
        assert row.locked_until == until
        assert result == sign_in.Attempt(None, until)


def test_an_admin_unlocks_by_the_database_clock(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(sign_in.MAX_FAILURES):
        attempt(db, WRONG)
    pc_clock(monkeypatch, dt.timedelta(hours=1))
    if db.is_sqlite:  # by this PC's clock nothing is locked any more
        with db.session() as s, pytest.raises(InputRefused, match="tidak sedang terkunci"):
            users.unlock_user(s, admin, "budi")
    else:
        with db.session() as s:
            users.unlock_user(s, admin, "budi")
        assert attempt(db, PASSWORD).user is not None


def test_a_given_time_still_wins_for_tests(db: Database, admin: Actor) -> None:
    t0 = dt.datetime(2026, 3, 2, 7, 20, tzinfo=dt.UTC)
    for _ in range(sign_in.MAX_FAILURES):
        with db.session() as s:
            sign_in.sign_in(s, "budi", WRONG, "gui", now=t0)
    assert lock_until(db) == t0 + sign_in.LOCK_TIME
