"""What the window shows of the office: letterhead, idle lock, schemes; the exports register."""

from __future__ import annotations

from sqlalchemy import select

from tkm_desktop.services.export_batches import list_export_batches
from tkm_desktop.services.office_info import idle_lock_minutes, list_schemes, load_office
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import ExportBatch, ExportBatchGroup, Group, Office, Scheme


def test_no_office_row_yet(db: Database) -> None:
    with db.reader() as session:
        assert load_office(session) is None
        assert idle_lock_minutes(session) == 15


def test_office_row(db: Database) -> None:
    with db.session() as session:
        session.add(Office(office_name="Dinas", region_code="32.75", idle_lock_minutes=5))
    with db.reader() as session:
        office = load_office(session)
        assert office is not None
        assert (office.office_name, office.region_name, office.idle_lock_minutes) == (
            "Dinas",
            "Kota Bekasi",
            5,
        )
        assert idle_lock_minutes(session) == 5


def test_schemes_newest_first(db: Database) -> None:
    with db.reader() as session:
        schemes = list_schemes(session)
    assert [s.code for s in schemes] == ["TKM-PEMULA-2023", "TKM-JPS-2020"]
    assert schemes[0].is_default


def test_export_batches_newest_first(db: Database) -> None:
    with db.session() as session:
        scheme = session.scalars(select(Scheme).where(Scheme.is_default)).one()
        group = Group(scheme=scheme, name="A")
        session.add(group)
        session.flush()
        for name in ("a.xlsx", "b.xlsx"):
            batch = ExportBatch(file_name=name, sha256="0" * 64, format_name="kemnaker-tkm")
            session.add(batch)
            session.flush()
            session.add(ExportBatchGroup(batch_id=batch.id, group_id=group.id))
    with db.reader() as session:
        rows = list_export_batches(session)
    assert [(r.file_name, r.groups, r.username) for r in rows] == [
        ("b.xlsx", 1, ""),
        ("a.xlsx", 1, ""),
    ]
