"""Two clerks importing the same file at the same moment: its groups are stored once.

On PostgreSQL the check for a group already there and the insert ran in separate
transactions side by side, so both imports passed the check (found by a tester)."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import func, select

from tests.import_support import seed_office, vb
from tkm_desktop.services.context import Actor
from tkm_desktop.services.importer import ImportResult, import_file
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Group

CLERKS = 3


def test_the_same_file_imported_at_once_is_stored_once(db: Database, tmp_path: Path) -> None:
    seed_office(db)
    path = vb.per_sheet_book(
        tmp_path / "usulan.xlsx", [vb.group("Maju", 6), vb.group("Jaya", 6, 20)]
    )
    barrier = threading.Barrier(CLERKS)
    results: list[ImportResult] = []
    failures: list[BaseException] = []

    def clerk() -> None:
        try:
            barrier.wait(timeout=10)
            results.append(import_file(db, Actor.anonymous("cli"), path))
        except BaseException as exc:  # reported below, as the thread cannot raise to us
            failures.append(exc)

    threads = [threading.Thread(target=clerk) for _ in range(CLERKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    stored = [r for r in results if not r.refused]
    refused = [r for r in results if r.refused]
    assert len(stored) == 1 and len(refused) == CLERKS - 1
    assert all({e.code for e in r.errors} == {"GROUP_EXISTS"} for r in refused)
    with db.reader() as session:
        assert session.scalar(select(func.count(Group.id))) == 2
