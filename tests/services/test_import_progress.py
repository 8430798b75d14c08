"""import_file for the window: progress reports, Cancel (nothing written) and overrides."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.import_support import seed_office, snapshot, vb
from tkm_desktop.services.context import Actor
from tkm_desktop.services.importer import import_file, load_proposal
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, Group, Member

GUI = Actor(channel="cli", os_account="clerk1")  # the command line needs no account


class Stop(Exception):
    """What a cancelled window raises from its check."""


@pytest.fixture
def office_db(db: Database) -> Database:
    return seed_office(db)


def _book(tmp_path: Path) -> Path:
    groups = [vb.group(f"Kelompok {k}", 8, 100 * k) for k in range(1, 4)]
    return vb.long_table_book(tmp_path / "usulan.xlsx", groups)


def _audit_count(db: Database) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count(AuditEvent.id))) or 0


def test_progress_is_reported_up_to_every_group(office_db: Database, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    result = import_file(office_db, GUI, _book(tmp_path), today=vb.TODAY,
                         progress=lambda d, t, text: calls.append((d, t, text)))  # fmt: skip
    assert (result.groups_created, result.members_created) == (3, 24)
    assert calls[0] == (0, 0, "Membaca usulan.xlsx…")
    assert calls[-1] == (3, 3, "Menyimpan…")
    totals = [t for _, t, _ in calls if t]
    assert totals and set(totals) == {3}


def test_cancel_at_the_first_progress_call_writes_nothing(
    office_db: Database, tmp_path: Path
) -> None:
    before, events = snapshot(office_db), _audit_count(office_db)

    def cancel(*_: object) -> None:
        raise Stop

    with pytest.raises(Stop):
        import_file(office_db, GUI, _book(tmp_path), today=vb.TODAY, progress=cancel)
    assert snapshot(office_db) == before
    assert _audit_count(office_db) == events


@pytest.mark.parametrize(
    "stage", ["Menyimpan kelompok…", "Menyimpan temuan…", "Mencatat riwayat kelompok…"]
)
def test_cancel_while_storing_rolls_the_transaction_back(
    office_db: Database, tmp_path: Path, stage: str
) -> None:
    """Cancelled after groups and members went in (but before commit): all rolled back."""
    before = snapshot(office_db)
    seen: list[str] = []

    def progress(_d: int, _t: int, text: str) -> None:
        seen.append(text)

    def check() -> None:  # the window's Batal, pressed while ``stage`` was shown
        if stage in seen:
            raise Stop

    with pytest.raises(Stop):
        import_file(office_db, GUI, _book(tmp_path), today=vb.TODAY, progress=progress,
                    check=check)  # fmt: skip
    assert snapshot(office_db) == before


def test_the_last_check_comes_after_everything_is_written(
    office_db: Database, tmp_path: Path
) -> None:
    """A check raising at the final step (after the audit events) still leaves nothing."""
    before, groups = snapshot(office_db), 0

    def progress(_d: int, _t: int, text: str) -> None:
        nonlocal groups
        if text == "Menyimpan…":
            with office_db.reader() as s:  # another connection: nothing visible yet
                groups = s.scalar(select(func.count(Group.id))) or 0
            raise Stop

    with pytest.raises(Stop):
        import_file(office_db, GUI, _book(tmp_path), today=vb.TODAY, progress=progress)
    assert groups == 0
    assert snapshot(office_db) == before


def test_a_dry_run_reports_progress_too(office_db: Database, tmp_path: Path) -> None:
    calls: list[str] = []
    result = import_file(office_db, GUI, _book(tmp_path), today=vb.TODAY, dry_run=True,
                         progress=lambda _d, _t, text: calls.append(text))  # fmt: skip
    assert result.dry_run and result.groups_created == 3
    assert calls[0].startswith("Membaca")
    with office_db.reader() as s:
        assert s.scalar(select(func.count(Group.id))) == 0


def test_rows_are_ticked_while_a_long_sheet_is_read(office_db: Database, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Anggota"
    ws.append(["Nama Kelompok", "NIK", "Nama"])
    people = vb.people(5000)
    for i, p in enumerate(people):
        ws.append([f"Kelompok {i // 20}", p.nik, p.name])
    wb.save(tmp_path / "panjang.xlsx")
    steps: list[tuple[str, dict[str, object]]] = []
    load_proposal(office_db, tmp_path / "panjang.xlsx", today=vb.TODAY,
                  tick=lambda _d, _t, key, **values: steps.append((key, values)))  # fmt: skip
    assert steps == [
        ("import.progress.sheet", {"sheet": "Anggota", "row": "2.048"}),
        ("import.progress.sheet", {"sheet": "Anggota", "row": "4.096"}),
    ]


def test_overrides_change_what_is_imported(office_db: Database, tmp_path: Path) -> None:
    path = _book(tmp_path)  # 'No HP/WA' in column K
    result = import_file(office_db, GUI, path, today=vb.TODAY,
                         overrides={("Usulan", "phone"): None})  # fmt: skip
    assert result.members_created == 24
    with office_db.reader() as s:
        assert set(s.scalars(select(Member.phone))) == {""}


def test_without_callbacks_nothing_changes(office_db: Database, tmp_path: Path) -> None:
    result = import_file(office_db, GUI, _book(tmp_path), today=vb.TODAY)
    assert not result.refused and result.members_created == 24
    with office_db.reader() as s:
        assert set(s.scalars(select(Member.phone))) == {"081234567890"}
