"""What the database itself guarantees: unique claims, optimistic locking, SQLite
settings, no personal data in errors, UTC times, concurrent writers."""

from __future__ import annotations

import datetime as dt
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from tkm_desktop.services.bootstrap import default_scheme, open_database
from tkm_desktop.store.db import SQLITE_BUSY_TIMEOUT_MS, Database, sqlite_url
from tkm_desktop.store.models import FundedBefore, Group, NikClaim

NIK = "3275014101900001"


def new_group(db: Database, name: str = "Kelompok Maju") -> int:
    with db.session() as s:
        group = Group(scheme=default_scheme(s), name=name)
        s.add(group)
        s.flush()
        return group.id


def claim(db: Database, group_id: int, nik: str = NIK) -> None:
    with db.session() as s:
        scheme_id = s.get_one(Group, group_id).scheme_id
        s.add(NikClaim(scheme_id=scheme_id, nik=nik, group_id=group_id))


def test_one_claim_per_nik_and_scheme(db: Database) -> None:
    first, second = new_group(db), new_group(db, "Kelompok Lain")
    claim(db, first)
    claim(db, first, "3275014101900002")

    with pytest.raises(IntegrityError):
        claim(db, second)

    with db.reader() as s:
        assert s.scalars(select(NikClaim.group_id).where(NikClaim.nik == NIK)).all() == [first]


def test_integrity_error_does_not_show_the_nik(db: Database) -> None:
    group_id = new_group(db)
    claim(db, group_id)

    with pytest.raises(IntegrityError) as failed:
        claim(db, group_id)

    shown = "".join(traceback.format_exception(failed.value))
    assert "uq_nik_claim" in shown or "UNIQUE" in shown  # the reason is still there
    assert NIK not in shown
    assert NIK not in str(failed.value.orig)


def test_second_edit_of_a_stale_group_is_refused(db: Database) -> None:
    group_id = new_group(db)
    # Two clerks open the group; each edit is its own unit of work, checked
    # against the version the clerk saw.
    with db.session() as s:
        first = s.get_one(Group, group_id)
    with db.session() as s:
        second = s.get_one(Group, group_id)

    with db.session() as s:
        s.add(first)
        first.name = "Kelompok Maju Jaya"
    assert first.version == 2

    with pytest.raises(StaleDataError), db.session() as s:
        s.add(second)
        second.name = "Kelompok Maju Bersama"

    with db.reader() as s:
        assert s.get_one(Group, group_id).name == "Kelompok Maju Jaya"


def test_times_come_back_as_the_same_instant_in_utc(db: Database) -> None:
    wib = dt.timezone(dt.timedelta(hours=7))
    moment = dt.datetime(2024, 12, 31, 23, 30, 15, 123456, tzinfo=wib)
    with db.session() as s:
        s.add(FundedBefore(nik=NIK, imported_at=moment))

    with db.reader() as s:
        stored = s.scalar(select(FundedBefore.imported_at))

    assert stored == moment
    assert stored is not None and stored.tzinfo == dt.UTC
    assert (stored.year, stored.hour) == (2024, 16)


def test_naive_times_are_refused(db: Database) -> None:
    with pytest.raises(StatementError, match="naive datetime"), db.session() as s:
        s.add(FundedBefore(nik=NIK, imported_at=dt.datetime(2024, 1, 1, 12, 0)))
        s.flush()


# --- SQLite only ---------------------------------------------------------------------


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(sqlite_url(tmp_path / "tkm.sqlite3"))
    yield db
    db.dispose()


def test_sqlite_connections_are_set_up(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        pragma = conn.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar_one() == "wal"
        assert pragma("PRAGMA foreign_keys").scalar_one() == 1
        assert pragma("PRAGMA busy_timeout").scalar_one() == SQLITE_BUSY_TIMEOUT_MS


def test_sqlite_enforces_foreign_keys_after_opening(sqlite_db: Database) -> None:
    # ensure_schema switches them off while it migrates; they must be back on.
    with pytest.raises(IntegrityError), sqlite_db.session() as s:
        s.add(NikClaim(scheme_id=1, nik=NIK, group_id=999))


def test_sqlite_two_writers_at_once_both_succeed(sqlite_db: Database) -> None:
    group_id = new_group(sqlite_db)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def writer(first_digit: str) -> None:
        start.wait()
        try:
            for i in range(25):
                with sqlite_db.session() as s:
                    s.add(FundedBefore(nik=f"{first_digit}{i:015d}"))
                    # Read-modify-write inside the unit of work, as services do.
                    s.get_one(Group, group_id).sector = f"{first_digit}{i}"
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(d,)) for d in "12"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    with sqlite_db.reader() as s:
        assert s.scalar(select(func.count()).select_from(FundedBefore)) == 50
        assert s.get_one(Group, group_id).version == 51
