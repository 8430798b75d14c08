"""The append-only, hash-chained audit trail: who did what to which record, and when.

Each event's hash is ``sha256(prev_hash + canonical JSON of its fields)`` and each
event stores the hash of the one before, so a row edited, deleted or moved behind
the program's back breaks the chain (``verify_chain``). Events are written in the
caller's transaction: the change and its event commit together or not at all.
docs/audit.md explains the chain to an auditor.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.models import AuditEvent, User

# Common action names; services may use others (at most 40 characters).
CREATE = "create"
UPDATE = "update"
DELETE = "delete"
STATUS = "status"
# Reads of personal data, recorded by ``record_access``.
VIEW = "view"
EXPORT = "export"
PRINT = "print"
ACCESS_ACTIONS = frozenset({VIEW, EXPORT, PRINT})

# How the history shows codes (Indonesian); a code without a label is shown as it is.
_ACTION_LABELS = {
    CREATE: "dibuat",
    UPDATE: "diubah",
    DELETE: "dihapus",
    STATUS: "status diubah",
    VIEW: "dilihat",
    EXPORT: "diekspor",
    PRINT: "dicetak",
    "deactivate": "dinonaktifkan",
    "reactivate": "diaktifkan kembali",
    "set_role": "peran diubah",
    "reset_password": "kata sandi diatur ulang",
    "change_password": "kata sandi diganti",
    "sign_in_failed": "gagal masuk",
    "sign_in": "masuk setelah gagal",
    "unlock": "kunci akun dibuka",
    "issue": "diterbitkan",
    "revoke": "dicabut",
    "attach_scan": "pindaian dilampirkan",
    "vet": "diperiksa (verifikasi otomatis)",
    "unlock_roster": "daftar anggota dibuka kuncinya",
    "lock_roster": "daftar anggota dikunci",
    "replace_roster": "daftar anggota diganti (impor ulang)",
    "replace_member": "anggota diganti",
    "attach_document": "berkas dilampirkan",
    "set_numbering": "penomoran surat diubah",
    "set_default": "dijadikan bawaan",
    "confirm": "dikonfirmasi",
    "skip": "dilewati",
    "backup": "dicadangkan",
    "restore": "dipulihkan",
}
_ENTITY_LABELS = {
    "group": "kelompok",
    "member": "anggota",
    "budget_item": "RAB",
    "document": "dokumen",
    "finding_ack": "catatan temuan",
    "letter": "surat",
    "export_batch": "ekspor",
    "user": "pengguna",
    "office": "pengaturan kantor",
    "signatory": "penandatangan",
    "verification_team_member": "anggota tim verifikasi",
    "scheme": "skema",
    "database": "basis data",
    "first_run": "penyiapan awal",
    "import": "impor berkas",
    "funded_before": "daftar penerima terdahulu",
    "recap": "rekap usulan",
    "attachment": "lampiran berkas",
}

# Key of the PostgreSQL advisory lock that serialises appends to the chain ("TKMA").
CHAIN_LOCK_KEY = 0x544B4D41
IMPORT_LOCK_KEY = 0x544B4D49  # imports one at a time, the trail's other writers unhindered

_FIELDS = (
    "occurred_at",
    "user_id",
    "username",
    "channel",
    "os_account",
    "action",
    "entity",
    "entity_id",
    "group_id",
    "before",
    "after",
)


# --- values ---------------------------------------------------------------------


def to_jsonable(value: Any) -> Any:
    """``value`` made of JSON types only: Decimal → str, dates → ISO, bytes → sha256, …"""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, Enum):
        return to_jsonable(value.value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        # Never the bytes themselves: an audit row is no place for a scan or a PDF.
        return {"sha256": hashlib.sha256(bytes(value)).hexdigest(), "size": len(value)}
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [to_jsonable(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    return str(value)


def snapshot(obj: Any, fields: Iterable[str]) -> dict[str, Any]:
    """The named attributes of ``obj`` (an ORM object), JSON-safe, for before/after."""
    return {name: to_jsonable(getattr(obj, name)) for name in fields}


def diff(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that changed: ``(before, after)`` restricted to them."""
    old = to_jsonable(dict(before or {}))
    new = to_jsonable(dict(after or {}))
    missing = object()
    changed = [k for k in _ordered_keys(old, new) if old.get(k, missing) != new.get(k, missing)]
    return ({k: old[k] for k in changed if k in old}, {k: new[k] for k in changed if k in new})


def action_label(action: str) -> str:
    return _ACTION_LABELS.get(action, action)


def entity_label(entity: str) -> str:
    return _ENTITY_LABELS.get(entity, entity)


def _ordered_keys(*dicts: Mapping[str, Any]) -> list[str]:
    seen: dict[str, None] = {}
    for d in dicts:
        seen.update(dict.fromkeys(d))
    return list(seen)


# --- the chain ------------------------------------------------------------------


def canonical_json(fields: Mapping[str, Any]) -> str:
    """One text for one content: sorted keys, no spaces, UTF-8 as is."""
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_fields(event: Any) -> dict[str, Any]:
    """The fields an event's hash covers, as they are hashed (an AuditEvent or a row)."""
    values = {name: getattr(event, name) for name in _FIELDS}
    values["occurred_at"] = event.occurred_at.astimezone(dt.UTC).isoformat(timespec="microseconds")
    return values


def compute_hash(prev_hash: str, event: Any) -> str:
    payload = prev_hash + canonical_json(event_fields(event))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def lock_chain(session: Session, key: int = CHAIN_LOCK_KEY) -> None:
    """Make concurrent writers append one at a time, until this transaction ends; another
    ``key`` queues only the writers that take that key (imports: IMPORT_LOCK_KEY).

    SQLite needs nothing: a writer's transaction begins IMMEDIATE and so already
    holds the database's write lock (store/db.py).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def _last_hash(session: Session) -> str:
    last = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    return last or ""


def check_actor(session: Session, actor: Actor) -> None:
    """The account acting is still active, with the role it signed in with.

    Another admin (or this one, on the Pengguna screen) may have deactivated or demoted
    it since the window opened; the window's actor would otherwise keep its old rights.
    Checked once per unit of work, at the first event (or earlier, by a service that
    changes accounts before it records); the refusal undoes the whole transaction.
    """
    if actor.user_id is None:
        return
    checked: set[int] = session.info.setdefault("audit_actors_checked", set())
    if actor.user_id in checked:
        return
    row = session.execute(
        select(User.active, User.role).where(User.id == actor.user_id)
    ).one_or_none()
    if row is None or not row.active or row.role != actor.role:
        raise InputRefused(
            f"Akun '{actor.username}' sudah dinonaktifkan atau perannya diubah sejak masuk; "
            "keluar lalu masuk lagi untuk melanjutkan."
        )
    checked.add(actor.user_id)


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object,
    *,
    group_id: int | None = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction and return it (flushed, with its id).

    before/after may hold personal data (the audit is the office's record of
    processing, inside the database); never log them.
    """
    check_actor(session, actor)
    lock_chain(session)
    session.flush()  # earlier events of this transaction must be in the table first
    event = AuditEvent(
        occurred_at=dt.datetime.now(dt.UTC),
        user_id=actor.user_id,
        username=actor.username,
        channel=actor.channel,
        os_account=actor.os_account,
        action=action,
        entity=entity,
        entity_id="" if entity_id is None else str(entity_id),
        group_id=group_id,
        before=to_jsonable(dict(before)) if before is not None else None,
        after=to_jsonable(dict(after)) if after is not None else None,
    )
    event.prev_hash = _last_hash(session)
    event.hash = compute_hash(event.prev_hash, event)
    session.add(event)
    session.flush()
    return event


def record_access(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object,
    *,
    group_id: int | None = None,
    details: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Record a read of personal data (``view``, ``export`` or ``print``) in the same trail.

    ``details`` says what was seen or where it went, e.g. ``{"field": "nik"}`` or
    ``{"file": "usulan.xlsx", "sha256": ...}``.
    """
    if action not in ACCESS_ACTIONS:
        raise ValueError(f"not an access action: {action!r}")
    return record(session, actor, action, entity, entity_id, group_id=group_id, after=details)


# --- reading --------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class HistoryEntry:
    """One event of a group's story."""

    id: int
    occurred_at: dt.datetime  # aware, UTC
    user_id: int | None
    username: str
    channel: str
    os_account: str
    action: str
    entity: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def changes(self) -> list[FieldChange]:
        """Each field named in before or after, with its old and new value (None if absent)."""
        old, new = self.before or {}, self.after or {}
        return [FieldChange(k, old.get(k), new.get(k)) for k in _ordered_keys(old, new)]


def _entry(event: AuditEvent) -> HistoryEntry:
    return HistoryEntry(
        id=event.id,
        occurred_at=event.occurred_at,
        user_id=event.user_id,
        username=event.username,
        channel=event.channel,
        os_account=event.os_account,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        before=event.before,
        after=event.after,
    )


def history(session: Session, group_id: int) -> list[HistoryEntry]:
    """Every event of the group (the group itself, its members, budget, letters…), in order."""
    query = select(AuditEvent).where(AuditEvent.group_id == group_id).order_by(AuditEvent.id)
    return [_entry(e) for e in session.scalars(query)]


def entity_history(session: Session, entity: str, entity_id: object) -> list[HistoryEntry]:
    """Every event about one record (e.g. a user account), in order."""
    query = (
        select(AuditEvent)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == str(entity_id))
        .order_by(AuditEvent.id)
    )
    return [_entry(e) for e in session.scalars(query)]


# --- checking -------------------------------------------------------------------


@dataclass(frozen=True)
class ChainBreak:
    event_id: int
    reason: str  # Indonesian, for the auditor
    kind: str = (
        "content"  # "content": the row was changed; "link": a row before it is gone or moved
    )


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    breaks: list[ChainBreak]
    # The last event: an auditor notes these to notice later removal of the newest rows.
    head_id: int | None = None
    head_hash: str = ""


def verify_chain(session: Session) -> ChainReport:
    """Recompute every hash and every link, oldest first."""
    breaks: list[ChainBreak] = []
    expected_prev = ""
    count = 0
    head_id: int | None = None
    head_hash = ""
    # Plain rows, not ORM objects: nothing of the caller's session is touched or cached.
    columns = [AuditEvent.id, AuditEvent.prev_hash, AuditEvent.hash]
    columns += [getattr(AuditEvent, name) for name in _FIELDS]
    query = select(*columns).order_by(AuditEvent.id).execution_options(yield_per=2000)
    for event in session.execute(query):
        count += 1
        if event.prev_hash != expected_prev:
            breaks.append(
                ChainBreak(
                    event.id,
                    "Tautan ke kejadian sebelumnya tidak cocok: ada kejadian sebelumnya "
                    "yang dihapus, disisipkan, atau diubah urutannya.",
                    "link",
                )
            )
        if compute_hash(event.prev_hash, event) != event.hash:
            breaks.append(
                ChainBreak(
                    event.id,
                    "Isi kejadian tidak cocok dengan sidiknya: baris ini diubah di luar program.",
                    "content",
                )
            )
        # Continue from the stored hash, so one tampered row is reported once, not forever.
        expected_prev = event.hash
        head_id, head_hash = event.id, event.hash
    return ChainReport(
        ok=not breaks, events=count, breaks=breaks, head_id=head_id, head_hash=head_hash
    )


def count_events(session: Session) -> int:
    return session.scalar(select(func.count(AuditEvent.id))) or 0
