"""Vetting groups in the database: load them, gather the cross-group facts, run the rules, store.

Re-vetting replaces a group's ``vet`` findings in one transaction; ``import``
findings stay (see ``vetting_report``). One group costs a dozen indexed queries;
all groups cost one pass over the member table.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from tkm_desktop.domain.findings import FindingData, Severity
from tkm_desktop.domain.vetting import GroupFacts, MemberFacts, NikReader, vet_group
from tkm_desktop.domain.workflow import HOLDING
from tkm_desktop.services import audit, permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.services.vetting_load import (
    budgets,
    cross_for,
    cross_of_all,
    documents,
    funded_before,
    load_groups,
    load_members,
    scheme_params,
)
from tkm_desktop.services.vetting_report import (
    VET,
    FindingRow,
    GroupVet,
    VetReport,
    assemble,
    chunks,
)
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Finding, Group, Office, Scheme

__all__ = [
    "FindingRow",
    "GroupVet",
    "VetReport",
    "load_groups",
    "load_members",
    "scheme_params",
    "stored_findings",
    "vet_groups",
    "vet_in_session",
]

log = logging.getLogger(__name__)

CHUNK = 100  # groups per round of targeted queries
_HOLDING = tuple(s.value for s in HOLDING)


# --- vetting --------------------------------------------------------------------


def vet_groups(
    db: Database,
    actor: Actor,
    group_ids: Sequence[int] | None = None,
    *,
    today: dt.date | None = None,
) -> VetReport:
    """Vet the groups (all when ``group_ids`` is None) and store their findings; one transaction."""
    # Vetting rewrites findings: a named user needs a role that edits groups; the command
    # line without --user (the contract's plain `vet`) acts as the OS account, as today.
    permissions.require(actor, permissions.EDIT_GROUP if actor.user_id else permissions.READ)
    with db.session() as session:
        return vet_in_session(session, actor, group_ids, today=today)


def vet_in_session(
    session: Session,
    actor: Actor,
    group_ids: Sequence[int] | None = None,
    *,
    today: dt.date | None = None,
    record_event: bool = True,
) -> VetReport:
    """``vet_groups`` inside the caller's transaction (the workflow re-vets before deciding)."""
    ids = None if group_ids is None else sorted(set(group_ids))
    if ids is not None and len(ids) <= CHUNK:
        return _vet(session, actor, ids, today or dt.date.today(), record_event)
    with _without_cycle_collector():
        return _vet(session, actor, ids, today or dt.date.today(), record_event)


@contextmanager
def _without_cycle_collector() -> Iterator[None]:
    """A national run makes millions of small acyclic objects; the cycle collector would walk
    the growing heap again and again (a quarter of the run). Reference counting frees them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _vet(
    session: Session, actor: Actor, ids: list[int] | None, today: dt.date, record_event: bool
) -> VetReport:
    started = time.perf_counter()
    groups = load_groups(session, ids)
    schemes = {s.id: scheme_params(s) for s in session.scalars(select(Scheme))}
    recommended = dict(
        session.execute(
            select(Group.scheme_id, func.count(Group.id))
            .where(Group.status.in_(_HOLDING))
            .group_by(Group.scheme_id)
        ).all()
    )
    region = (session.scalar(select(Office.region_code).order_by(Office.id).limit(1)) or "").strip()
    reader = NikReader(today)
    results: dict[int, list[FindingData]] = {}
    members_of: dict[int, list[MemberFacts]] = {}
    for part in [None] if ids is None else list(chunks(ids, CHUNK)):
        members = load_members(session, part)
        if part is None:  # every group: the one pass over the members gives the cross facts
            cross = cross_of_all(groups, members, funded_before(session, None))
        else:
            cross = cross_for(session, members, {groups[g].scheme_id for g in part})
        plans, received = budgets(session, part), documents(session, part)
        for gid in part if part is not None else list(groups):
            row = groups[gid]
            facts = GroupFacts(
                id=gid,
                name=row.name,
                status=row.status,
                members=members.get(gid, []),
                kelurahan_code=row.kelurahan_code,
                kecamatan_code=row.kecamatan_code,
                bank_name=row.bank_name,
                account_number=row.account_number,
                account_holder=row.account_holder,
                budget=plans.get(gid, ()),
                documents_received=received.get(gid, frozenset()),
            )
            elsewhere = recommended.get(row.scheme_id, 0) - int(row.status in _HOLDING)
            cross_facts = cross.facts(row.scheme_id, today, elsewhere, region)
            results[gid] = vet_group(facts, schemes[row.scheme_id], cross_facts, reader)
            members_of[gid] = facts.members  # type: ignore[assignment]
    _store(session, ids, results, members_of)
    report = VetReport(
        assemble(session, groups, ids, results, members_of), time.perf_counter() - started
    )
    if record_event:
        _record_run(session, actor, report)
    log.info(
        "vetted %d groups: %d errors, %d warnings in %.2f s",
        len(report.groups),
        report.count("error"),
        report.count("warning"),
        report.seconds,
    )
    return report


def stored_findings(session: Session, group_ids: Sequence[int]) -> list[GroupVet]:
    """The findings last stored for these groups (vet plus the import ones still standing)."""
    ids = sorted(set(group_ids))
    groups = load_groups(session, ids)
    members = load_members(session, ids)
    index = {gid: {m.key: i for i, m in enumerate(ms)} for gid, ms in members.items()}
    stored: dict[int, list[FindingData]] = {gid: [] for gid in ids}
    columns = (Finding.group_id, Finding.member_id, Finding.member_nik, Finding.code,
               Finding.severity, Finding.details)  # fmt: skip
    query = select(*columns).where(Finding.source == VET).order_by(Finding.id)
    for part in chunks(ids):
        for gid, member_id, nik, code, severity, details in session.execute(
            query.where(Finding.group_id.in_(part))
        ):
            member_index = index.get(gid, {}).get(member_id)
            finding = FindingData(code, nik, member_index, details or {}, Severity(severity))
            stored[gid].append(finding)
    return assemble(session, groups, ids, stored, members)


# --- storing --------------------------------------------------------------------


def _store(
    session: Session,
    ids: Sequence[int] | None,
    results: dict[int, list[FindingData]],
    members_of: dict[int, list[MemberFacts]],
) -> None:
    """Replace the vet findings of the groups with ``results`` and mark them vetted now."""
    table = Finding.__table__
    now = dt.datetime.now(dt.UTC)
    if ids is None:
        session.execute(delete(table).where(table.c.source == VET))
    else:
        for part in chunks(ids):
            session.execute(delete(table).where(table.c.source == VET, table.c.group_id.in_(part)))
    # Only the groups vetted here: on PostgreSQL (read committed) a group imported or
    # replaced meanwhile by another client must stay "belum diperiksa".
    for part in chunks(sorted(results)):
        _mark_vetted(session, part, now)
    rows = [
        {
            "group_id": gid,
            "member_id": None if f.member_index is None else members_of[gid][f.member_index].key,
            "member_nik": f.member_nik,
            "code": f.code,
            "severity": f.effective_severity.value,
            "category": f.category.value,
            "source": VET,
            "details": f.details,
            "created_at": now,
        }
        for gid, found in results.items()
        for f in found
    ]
    if rows:
        session.execute(insert(table), rows)


def _mark_vetted(session: Session, ids: Sequence[int], now: dt.datetime) -> None:
    """One UPDATE for the groups; being vetted is no edit, so ``updated_at`` keeps its value
    (Core would otherwise apply its ``onupdate``). Groups the session already holds (the
    editor's save vets the group it changed) read the new time on their next access."""
    table = Group.__table__
    wanted = set(ids)
    session.execute(
        update(table)
        .where(table.c.id.in_(sorted(wanted)))
        .values(vetted_at=now, updated_at=table.c.updated_at)
    )
    for held in list(session.identity_map.values()):
        if isinstance(held, Group) and held.id in wanted:
            session.expire(held, ["vetted_at"])


def _record_run(session: Session, actor: Actor, report: VetReport) -> None:
    """One audit event per run; a group's own history shows a run that vetted it alone."""
    single = report.groups[0].id if len(report.groups) == 1 else None
    counts = {s: report.count(s) for s in ("error", "warning", "info")}
    after = {"groups": len(report.groups), **counts}
    entity_id = "" if single is None else single
    audit.record(session, actor, VET, "group", entity_id, group_id=single, after=after)
