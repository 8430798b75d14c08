"""Exporting a submission to the ministry: plan (what goes in, what is left out, why), then write.

``plan_export`` reads only: the format file (checked whole, FormatError → refused),
the groups in the chosen statuses (the format's, default ``direkomendasikan``), and
leaves out those with unresolved errors, an unlocked roster or no members, each
with its reason in the caller's language (``export_reasons``). ``run_export`` writes
the workbook (``.part``, then renamed), records an ``ExportBatch`` with the file's
SHA-256 and its groups, audits the export and the personal data leaving the office,
and — when the user confirmed the submission — moves the groups to ``diajukan``
through the workflow.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from tkm_desktop.domain.regions import region_name
from tkm_desktop.domain.status import GroupStatus, label
from tkm_desktop.domain.vetting import VET_CODES
from tkm_desktop.domain.workflow import HOLDING, Request, Via
from tkm_desktop.excel.export_format import (
    DEFAULT_FORMAT,
    ExportFormat,
    FormatError,
    format_path,
    load_format,
)
from tkm_desktop.excel.export_writer import Cancelled, ExportCancelled, Progress, write_workbook
from tkm_desktop.services import audit, permissions, workflow
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.export_reasons import StoredError, reason_for
from tkm_desktop.services.export_rows import (
    group_records,
    in_format_order,
    iter_bundles,
    placeholder_values,
)
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import ExportBatch, ExportBatchGroup, Finding, Group, Member, Scheme

__all__ = ["ExportCancelled", "ExportPlan", "ExportResult", "PlannedGroup", "plan_export",
           "run_export"]  # fmt: skip

log = logging.getLogger(__name__)

ENTITY = "export_batch"


@dataclass(frozen=True)
class PlannedGroup:
    id: int
    name: str
    scheme: str
    status: str
    members: int
    kelurahan: str
    kecamatan: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "scheme": self.scheme, "status": self.status,
                "members": self.members, "kelurahan": self.kelurahan,
                "kecamatan": self.kecamatan}  # fmt: skip


@dataclass(frozen=True)
class ExportPlan:
    """What an export will write (``included``) and what it leaves out, with the reason."""

    format: ExportFormat
    statuses: tuple[str, ...]
    included: list[PlannedGroup]
    excluded: list[tuple[PlannedGroup, str]]
    details: dict[int, tuple[str, ...]] = field(default_factory=dict)  # errors per excluded id
    # The reasons as the office's records keep them (Indonesian), whatever ``excluded`` says.
    recorded: dict[int, str] = field(default_factory=dict)

    @property
    def members(self) -> int:
        return sum(g.members for g in self.included)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format.name,
            "format_name": self.format.display_name,
            "statuses": list(self.statuses),
            "groups": [g.to_json() for g in self.included],
            "members": self.members,
            "excluded": [
                g.to_json() | {"reason": why, "details": list(self.details.get(g.id, ()))}
                for g, why in self.excluded
            ],
        }


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    batch_id: int
    format_name: str
    groups: int
    members: int
    rows: dict[str, int] = field(default_factory=dict)  # data rows per sheet
    submitted: list[int] = field(default_factory=list)  # groups moved to diajukan
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase


# --- planning -------------------------------------------------------------------------


def plan_export(
    db: Database,
    actor: Actor,
    *,
    group_ids: Sequence[int] | None = None,
    statuses: Sequence[str] | None = None,
    format_name: str | Path | None = None,
    lang: str = "id",
) -> ExportPlan:
    """Check the format and choose the groups; nothing is written. InputRefused when broken.

    ``lang`` is the language of the reasons a group is left out ('id' or 'en').
    """
    permissions.require(actor, permissions.READ)
    with db.reader() as session:
        fmt = _load(format_name or _default_format(session, group_ids))
        chosen = tuple(dict.fromkeys(statuses)) if statuses else fmt.statuses
        unknown = [s for s in chosen if s not in {x.value for x in GroupStatus}]
        if unknown:
            raise InputRefused(f"Status {', '.join(unknown)} tidak dikenal.")
        rows = _candidates(session, group_ids, chosen)
        errors = _unresolved_errors(session, [r.id for r in rows])
    included: list[PlannedGroup] = []
    excluded: list[tuple[PlannedGroup, str]] = []
    details: dict[int, tuple[str, ...]] = {}
    recorded: dict[int, str] = {}
    for row in rows:
        planned = PlannedGroup(row.id, row.name, row.scheme, row.status, row.members,
                               row.kelurahan, row.kecamatan)  # fmt: skip
        facts = (row.status, chosen, row.members, row.unlocked and row.status in HOLDING,
                 errors.get(row.id, []))  # fmt: skip
        why = reason_for(*facts, lang)
        if why is None:
            included.append(planned)
            continue
        excluded.append((planned, why.text))
        recorded[row.id] = (why if lang == "id" else reason_for(*facts, "id") or why).text
        if why.details:
            details[row.id] = why.details
    return ExportPlan(fmt, chosen, included, excluded, details, recorded)


def _load(name: str | Path) -> ExportFormat:
    try:
        return load_format(name)
    except FormatError as e:
        raise InputRefused(e.reasons) from None


def _default_format(session: Session, group_ids: Sequence[int] | None) -> str:
    """The export format of the groups' scheme (or the default scheme's), if its file exists."""
    query = select(Scheme.export_format)
    if group_ids:
        query = query.join(Group, Group.scheme_id == Scheme.id).where(Group.id.in_(group_ids))
    else:
        query = query.where(Scheme.is_default)
    names = {n for n in session.scalars(query) if n}
    if len(names) == 1:
        name = names.pop()
        if format_path(name).is_file():
            return name
    return DEFAULT_FORMAT


@dataclass(frozen=True)
class _Candidate:
    id: int
    name: str
    scheme: str
    status: str
    unlocked: bool
    members: int
    kelurahan: str
    kecamatan: str


def _candidates(
    session: Session, group_ids: Sequence[int] | None, statuses: Sequence[str]
) -> list[_Candidate]:
    counts = (
        select(Member.group_id, func.count(Member.id).label("n"))
        .group_by(Member.group_id)
        .subquery()
    )
    query = (
        select(Group.id, Group.name, Scheme.code, Group.status, Group.roster_unlocked,
               func.coalesce(counts.c.n, 0), Group.kelurahan_code, Group.kelurahan_name,
               Group.kecamatan_code, Group.kecamatan_name)
        .join(Scheme, Group.scheme_id == Scheme.id)
        .outerjoin(counts, counts.c.group_id == Group.id)
        .order_by(Group.id)
    )  # fmt: skip
    if group_ids:
        ids = list(dict.fromkeys(group_ids))
        found = {r[0]: r for part in _parts(ids) for r in session.execute(
            query.where(Group.id.in_(part)))}  # fmt: skip
        missing = [str(i) for i in ids if i not in found]
        if missing:
            raise InputRefused(f"Kelompok dengan ID {', '.join(missing)} tidak ada.")
        rows = [found[i] for i in ids]
    else:
        rows = list(session.execute(query.where(Group.status.in_(statuses))))
    return [
        _Candidate(gid, name, code, status, unlocked, n,
                   (region_name(kel) if kel else None) or kel_name,
                   (region_name(kec) if kec else None) or kec_name)
        for gid, name, code, status, unlocked, n, kel, kel_name, kec, kec_name in rows
    ]  # fmt: skip


def _parts(ids: list[int], size: int = 900) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _unresolved_errors(session: Session, ids: list[int]) -> dict[int, list[StoredError]]:
    """Errors still standing per group, as ``vetting.stored_findings`` counts them.

    Errors are never acknowledged; an import finding whose code vetting decides is
    shadowed by vetting's own answer (``VET_CODES``).
    """
    out: dict[int, list[StoredError]] = defaultdict(list)
    query = (
        select(Finding.group_id, Finding.code, Finding.details)
        .where(
            Finding.severity == "error",
            or_(Finding.source == "vet", Finding.code.not_in(sorted(VET_CODES))),
        )
        .order_by(Finding.id)
    )
    for part in _parts(ids):
        for gid, code, details in session.execute(query.where(Finding.group_id.in_(part))):
            out[gid].append(StoredError(code, details or {}))
    return out


# --- writing ----------------------------------------------------------------------------


def run_export(
    db: Database,
    actor: Actor,
    plan: ExportPlan,
    path: str | Path,
    *,
    confirm_submit: bool,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: dt.date | None = None,
) -> ExportResult:
    """Write the planned groups to ``path`` and record the export; see the module doc.

    Raises InputRefused (nothing written) and ExportCancelled (nothing kept).
    """
    started = time.perf_counter()
    permissions.require(actor, permissions.EXPORT)
    path = Path(path)
    fmt = plan.format
    _check_request(plan, path, confirm_submit)
    ids = [g.id for g in plan.included]
    with db.reader() as session:
        records = group_records(session, ids)
        _check_unchanged(plan, records)
        ordered = in_format_order(fmt, records)
        values = placeholder_values(session, fmt, ordered, today or dt.date.today())
        try:
            summary = write_workbook(fmt, path, iter_bundles(session, fmt, ordered),
                                     total=len(ordered), placeholders=values, progress=progress,
                                     cancelled=cancelled)  # fmt: skip
        except FormatError as e:  # the template itself does not fit the format
            raise InputRefused(e.reasons) from None
        except PermissionError:
            raise InputRefused(
                f"Berkas {path} tidak dapat ditulis: mungkin sedang dibuka di Excel, atau folder "
                "itu tidak boleh ditulisi. Tutup berkasnya atau pilih tempat lain, lalu ulangi."
            ) from None
    written = time.perf_counter()
    sha256 = file_sha256(path)
    members = sum(r["kelompok.jumlah_anggota"] for r in ordered)
    try:
        with db.session() as session:
            batch_id = _record(session, actor, plan, path, sha256, ids, members)
            submitted = _submit(session, actor, ids, path, batch_id) if confirm_submit else []
    except BaseException:
        path.unlink(missing_ok=True)  # an export that is not on record must not stay
        raise
    done = time.perf_counter()
    seconds = done - started
    timings = {"write": round(written - started, 3), "record": round(done - written, 3)}
    log.info("export %s: %d groups, %d members, %.1f s", fmt.name, len(ids), members, seconds)
    return ExportResult(path, sha256, batch_id, fmt.name, len(ids), members, summary.rows,
                        submitted, seconds, timings)  # fmt: skip


def _check_request(plan: ExportPlan, path: Path, confirm_submit: bool) -> None:
    if path.suffix.lower() != ".xlsx":
        raise InputRefused(f"Nama berkas ekspor harus berakhiran .xlsx: {path.name}.")
    if not path.parent.is_dir():
        raise InputRefused(f"Folder {path.parent} tidak ada.")
    if not plan.included:
        reasons = [f"Kelompok {g.id} ({g.name}): {why}" for g, why in plan.excluded]
        raise InputRefused("Tidak ada kelompok yang dapat diekspor.", reasons)
    if confirm_submit:
        waiting = GroupStatus.DIREKOMENDASIKAN.value
        others = [g for g in plan.included if g.status != waiting]
        if others:
            raise InputRefused(
                [f"Kelompok {g.id} ({g.name}) berstatus {label(g.status)}: hanya kelompok "
                 f"berstatus {label(waiting)} yang dapat diajukan ke Kemnaker." for g in others]
            )  # fmt: skip


def _check_unchanged(plan: ExportPlan, records: dict[int, dict[str, Any]]) -> None:
    changed = [
        g for g in plan.included
        if g.id not in records or records[g.id]["kelompok.status_code"] != g.status
    ]  # fmt: skip
    if changed:
        names = ", ".join(f"{g.id} ({g.name})" for g in changed)
        raise InputRefused(
            f"Status kelompok {names} berubah sejak daftar ekspor disusun; susun ulang lalu ulangi."
        )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _record(
    session: Session,
    actor: Actor,
    plan: ExportPlan,
    path: Path,
    sha256: str,
    ids: list[int],
    members: int,
) -> int:
    """The ExportBatch and its groups, the export event, and the personal-data access event.

    One access event for the whole batch (its groups are in ``ExportBatchGroup`` and in
    the event): the audit chain appends one event at a time, and one per group would
    make a national export spend longer on its record than on its workbook.
    """
    fmt = plan.format
    batch = ExportBatch(file_name=path.name[:260], sha256=sha256, format_name=fmt.name[:60],
                        user_id=actor.user_id)  # fmt: skip
    session.add(batch)
    session.flush()
    for part in range(0, len(ids), 5000):
        session.execute(
            insert(ExportBatchGroup),
            [{"batch_id": batch.id, "group_id": g} for g in ids[part : part + 5000]],
        )
    single = ids[0] if len(ids) == 1 else None  # then the group's own history shows it
    audit.record(
        session, actor, audit.CREATE, ENTITY, batch.id, group_id=single,
        after={"file": path.name, "folder": str(path.parent), "sha256": sha256,
               "format": fmt.name, "statuses": list(plan.statuses), "groups": len(ids),
               "members": members, "group_ids": ids,
               "excluded": {str(g.id): plan.recorded.get(g.id, why) for g, why in plan.excluded}},
    )  # fmt: skip
    # NIKs, KKs, phone and account numbers leave the office: the record of processing.
    audit.record_access(session, actor, audit.EXPORT, ENTITY, batch.id, group_id=single,
                        details={"file": path.name, "sha256": sha256, "groups": len(ids),
                                 "members": members, "group_ids": ids})  # fmt: skip
    return batch.id


def _submit(session: Session, actor: Actor, ids: list[int], path: Path, batch_id: int) -> list[int]:
    """Move the exported groups to diajukan, through the workflow's own checks and records."""
    reason = f"Diajukan ke Kemnaker dengan berkas {path.name} (ekspor #{batch_id})."
    decisions = workflow.change_status(
        session, actor, ids, GroupStatus.DIAJUKAN.value, Request(reason=reason), via=Via.EXPORT
    )
    return [d.group_id for d in decisions]
