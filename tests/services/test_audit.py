"""The hash-chained audit trail: values, the chain, a group's history, tamper detection."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from tkm_desktop.services import audit
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, Group, Scheme

CLERK = Actor(channel="gui", os_account="kantor-01", user_id=None, username="", role=None)


def _add_group(db: Database) -> int:
    with db.session() as s:
        scheme = s.scalars(select(Scheme).order_by(Scheme.id)).first()
        group = Group(scheme=scheme, name="Kelompok Maju Jaya", business_type="Kuliner")
        s.add(group)
        s.flush()
        audit.record(
            s,
            CLERK,
            audit.CREATE,
            "group",
            group.id,
            group_id=group.id,
            after=audit.snapshot(group, ("name", "business_type", "status")),
        )
        return group.id


def _edit_group(db: Database, group_id: int, **changes: object) -> None:
    with db.session() as s:
        group = s.get(Group, group_id)
        assert group is not None
        fields = tuple(changes)
        before = audit.snapshot(group, fields)
        for name, value in changes.items():
            setattr(group, name, value)
        old, new = audit.diff(before, audit.snapshot(group, fields))
        audit.record(
            s, CLERK, audit.UPDATE, "group", group_id, group_id=group_id, before=old, after=new
        )


# --- values ---------------------------------------------------------------------


def test_to_jsonable_turns_office_values_into_json_types() -> None:
    wib = dt.timezone(dt.timedelta(hours=7))
    value = {
        "amount": Decimal("20000000.00"),
        "sk_date": dt.date(2023, 8, 17),
        "at": dt.datetime(2023, 8, 17, 9, 30, tzinfo=wib),
        "naive": dt.datetime(2023, 8, 17, 9, 30),
        "scan": b"%PDF-1.4",
        "roles": ("Ketua", "Anggota"),
        3: None,
    }
    assert audit.to_jsonable(value) == {
        "amount": "20000000.00",
        "sk_date": "2023-08-17",
        "at": "2023-08-17T02:30:00.000000+00:00",
        "naive": "2023-08-17T09:30:00.000000",
        "scan": {"sha256": hashlib.sha256(b"%PDF-1.4").hexdigest(), "size": 8},
        "roles": ["Ketua", "Anggota"],
        "3": None,
    }


def test_snapshot_and_diff_keep_only_what_changed() -> None:
    group = Group(name="Lama", business_type="Kuliner", amount_granted=Decimal("1.50"))
    before = audit.snapshot(group, ("name", "business_type", "amount_granted"))
    assert before == {"name": "Lama", "business_type": "Kuliner", "amount_granted": "1.50"}
    group.name = "Baru"
    after = audit.snapshot(group, ("name", "business_type", "amount_granted"))
    assert audit.diff(before, after) == ({"name": "Lama"}, {"name": "Baru"})
    assert audit.diff(None, {"a": 1}) == ({}, {"a": 1})
    assert audit.diff({"a": None}, {}) == ({"a": None}, {})


# --- the chain ------------------------------------------------------------------


def test_events_link_to_the_one_before_and_hash_their_content(db: Database) -> None:
    group_id = _add_group(db)
    _edit_group(db, group_id, name="Kelompok Maju Bersama")
    with db.reader() as s:
        first, second = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        s.expunge_all()
    assert first.prev_hash == ""
    assert second.prev_hash == first.hash
    assert len(second.hash) == 64
    assert audit.compute_hash(second.prev_hash, second) == second.hash
    assert second.channel == "gui" and second.os_account == "kantor-01"
    assert second.before == {"name": "Kelompok Maju Jaya"}
    assert second.after == {"name": "Kelompok Maju Bersama"}


def test_the_event_belongs_to_the_callers_unit_of_work(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        audit.record(s, CLERK, audit.UPDATE, "group", 1, group_id=1, after={"name": "x"})
        raise RuntimeError("the change failed after the event was written")
    with db.reader() as s:
        assert audit.count_events(s) == 0


def test_several_events_in_one_transaction_chain_in_order(db: Database) -> None:
    with db.session() as s:
        events = [audit.record(s, CLERK, "update", "member", i, group_id=5) for i in range(3)]
        assert [e.prev_hash for e in events[1:]] == [e.hash for e in events[:-1]]
    with db.reader() as s:
        assert audit.verify_chain(s).ok


def test_history_is_the_groups_events_in_order(db: Database) -> None:
    group_id = _add_group(db)
    other = _add_group_named(db, "Kelompok Lain")
    _edit_group(db, group_id, name="Nama Kedua")
    _edit_group(db, other, name="Lain Lagi")
    _edit_group(db, group_id, business_type="Menjahit", amount_granted=Decimal("20000000"))
    with db.session() as s:
        audit.record_access(
            s,
            CLERK,
            audit.PRINT,
            "document",
            "lembar-verifikasi",
            group_id=group_id,
            details={"paper": "a4"},
        )
    with db.reader() as s:
        story = audit.history(s, group_id)
    assert [e.action for e in story] == ["create", "update", "update", "print"]
    assert [e.id for e in story] == sorted(e.id for e in story)
    assert story[0].changes[0] == audit.FieldChange("name", None, "Kelompok Maju Jaya")
    assert story[1].changes == [audit.FieldChange("name", "Kelompok Maju Jaya", "Nama Kedua")]
    assert story[2].changes == [
        audit.FieldChange("business_type", "Kuliner", "Menjahit"),
        audit.FieldChange("amount_granted", None, "20000000"),
    ]
    assert story[3].after == {"paper": "a4"} and story[3].entity == "document"
    assert story[0].occurred_at.tzinfo is not None


def _add_group_named(db: Database, name: str) -> int:
    with db.session() as s:
        scheme = s.scalars(select(Scheme)).first()
        group = Group(scheme=scheme, name=name)
        s.add(group)
        s.flush()
        audit.record(
            s, CLERK, audit.CREATE, "group", group.id, group_id=group.id, after={"name": name}
        )
        return group.id


def test_record_access_only_takes_read_actions(db: Database) -> None:
    with db.session() as s, pytest.raises(ValueError):
        audit.record_access(s, CLERK, "update", "member", 1)


# --- tampering ------------------------------------------------------------------


def _three_events(db: Database) -> list[int]:
    with db.session() as s:
        return [
            audit.record(s, CLERK, "update", "member", i, group_id=1, after={"nik": f"32750{i}"}).id
            for i in range(3)
        ]


def test_an_untouched_chain_verifies(db: Database) -> None:
    ids = _three_events(db)
    with db.reader() as s:
        report = audit.verify_chain(s)
    assert report == audit.ChainReport(
        ok=True, events=3, breaks=[], head_id=ids[-1], head_hash=report.head_hash
    )


def test_a_row_edited_behind_the_programs_back_is_found(db: Database) -> None:
    ids = _three_events(db)
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_event SET username = 'orang lain' WHERE id = :id"), {"id": ids[1]}
        )
    with db.reader() as s:
        report = audit.verify_chain(s)
    assert not report.ok
    assert [(b.event_id, b.kind) for b in report.breaks] == [(ids[1], "content")]
    assert "diubah" in report.breaks[0].reason


def test_an_edit_with_a_recomputed_hash_breaks_the_next_link(db: Database) -> None:
    ids = _three_events(db)
    with db.session() as s:
        event = s.get(AuditEvent, ids[1])
        assert event is not None
        event.after = {"nik": "3275000000000000"}
        event.hash = audit.compute_hash(event.prev_hash, event)
    with db.reader() as s:
        report = audit.verify_chain(s)
    assert [(b.event_id, b.kind) for b in report.breaks] == [(ids[2], "link")]


def test_a_deleted_row_is_found(db: Database) -> None:
    ids = _three_events(db)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": ids[1]})
    with db.reader() as s:
        report = audit.verify_chain(s)
    assert report.events == 2
    assert [(b.event_id, b.kind) for b in report.breaks] == [(ids[2], "link")]


def test_reordered_rows_are_found(db: Database) -> None:
    ids = _three_events(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET id = -1 WHERE id = :id"), {"id": ids[0]})
        conn.execute(
            text("UPDATE audit_event SET id = :a WHERE id = :b"), {"a": ids[0], "b": ids[1]}
        )
        conn.execute(text("UPDATE audit_event SET id = :b WHERE id = -1"), {"b": ids[1]})
    with db.reader() as s:
        report = audit.verify_chain(s)
    assert not report.ok
    assert {b.event_id for b in report.breaks} >= {ids[0]}


# --- concurrency ----------------------------------------------------------------


def test_concurrent_writers_append_one_at_a_time(db: Database) -> None:
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(10):
                with db.session() as s:
                    audit.record(s, CLERK, "update", "member", f"{n}-{i}", group_id=n)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.reader() as s:
        report = audit.verify_chain(s)
    assert report.ok, report.breaks
    assert report.events == 40
