"""Moving groups through the status table, in bulk and all-or-nothing; acknowledging warnings.

The table itself is ``domain.workflow``. Here each change is checked against the
permission table, the group's findings, its verifier and the NIK claims, then
written with its StatusChange row and audit event in one transaction: all the
groups of a request change, or none. Claims and the roster lock live in
``services.roster`` (re-exported here).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tkm_desktop.domain import findings as catalogue
from tkm_desktop.domain import workflow
from tkm_desktop.domain.dates import format_long
from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.domain.status import GroupStatus, Role, label, role_label
from tkm_desktop.domain.workflow import Request, Via
from tkm_desktop.services import audit, permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.roster import (
    Unlocked,
    claim,
    claim_conflicts,
    claimed_meanwhile,
    load_groups,
    lock_roster,
    require_roster_editable,
    revoke_group_letters,
    roster_locked,
    unlock_roster,
)
from tkm_desktop.services.vetting import FindingRow, GroupVet, vet_in_session
from tkm_desktop.services.vetting_report import about_member, member_labels
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import FindingAck, Group, NikClaim, Scheme, StatusChange

__all__ = [
    "Decision",
    "Request",
    "Unlocked",
    "Via",
    "acknowledge",
    "change_status",
    "decide",
    "lock_roster",
    "require_roster_editable",
    "require_step",
    "roster_locked",
    "unlock_roster",
]

log = logging.getLogger(__name__)

ENTITY = "group"
MAX_LISTED = 10  # findings named per group in a refusal; the rest are counted


@dataclass(frozen=True)
class Decision:
    group_id: int
    name: str
    from_status: str
    to_status: str


# --- deciding -------------------------------------------------------------------


def decide(
    db: Database,
    actor: Actor,
    group_ids: Sequence[int],
    to_status: str,
    *,
    reason: str | None = None,
    sk_number: str | None = None,
    sk_date: dt.date | None = None,
    on_date: dt.date | None = None,
    amount: Decimal | None = None,
    today: dt.date | None = None,
) -> list[Decision]:
    """Move the groups to ``to_status`` as the table allows; InputRefused (nothing written) if not.

    ``sk_number``/``sk_date`` for ditetapkan and tidak_ditetapkan; ``on_date`` and
    ``amount`` (disbursed) for dana_cair; ``amount`` also records the grant decreed.
    No date may lie after ``today`` (the PC's date when None). Cancelling a group
    revokes the recommendation letters issued for it.
    """
    request = Request(reason, sk_number, sk_date, on_date, amount)
    with db.session() as session:
        return change_status(
            session, actor, group_ids, to_status, request, via=Via.DECIDE, today=today
        )


def change_status(
    session: Session,
    actor: Actor,
    group_ids: Sequence[int],
    to_status: str,
    request: Request | None = None,
    *,
    via: Via = Via.DECIDE,
    today: dt.date | None = None,
) -> list[Decision]:
    """``decide`` in the caller's transaction; the export and re-import use their own ``via``."""
    request = request or Request()
    try:
        target = GroupStatus(str(to_status).strip().lower())
    except ValueError:
        choices = ", ".join(s.value for s in GroupStatus)
        raise InputRefused(f"Status '{to_status}' tidak dikenal; pilihan: {choices}.") from None
    step = workflow.step_to(target)
    require_step(actor, step, via=via)
    ids = list(dict.fromkeys(group_ids))
    if not ids:
        raise InputRefused("Sebutkan sedikitnya satu kelompok.")
    groups = load_groups(session, ids)

    ceilings = dict(session.execute(select(Scheme.id, Scheme.grant_ceiling)).tuples().all())
    problems = [
        f"Kelompok {g.id} ({g.name}): {p}"
        for g in groups
        for p in workflow.check_step(
            g.status,
            step,
            request,
            via=via,
            today=today,
            decreed_on=g.sk_date,
            ceiling=ceilings.get(g.scheme_id),
            granted=g.amount_granted,
        )
    ]
    if problems:
        raise InputRefused(problems)
    vets: dict[int, GroupVet] = {}
    if step.checks_findings or step.checks_errors:
        report = vet_in_session(session, actor, ids, record_event=False)
        vets = {gv.id: gv for gv in report.groups}
        for g in groups:
            problems += _finding_problems(g, vets[g.id], warnings=step.checks_findings)
    if step.not_by_verifier:
        problems += [_same_hand(g) for g in groups if _verifier(session, g.id) == actor.user_id]
    if step.claims_niks:
        problems += claim_conflicts(session, groups)
    if problems:
        raise InputRefused(problems)

    try:
        decisions = [_apply(session, actor, g, step, request, vets.get(g.id)) for g in groups]
        session.flush()
    except IntegrityError:
        if not step.claims_niks:
            raise
        raise claimed_meanwhile() from None
    log.info("status of %d groups changed to %s", len(decisions), target.value)
    return decisions


def require_step(actor: Actor, step: workflow.Step | str, *, via: Via = Via.DECIDE) -> None:
    """Refuse a status change the actor may not make: ``via`` does not make it (whatever
    the role), or the role does not; the refusal names the status and who records it."""
    step = step if isinstance(step, workflow.Step) else workflow.step_to(step)
    wrong_way = workflow.via_problem(step, via)
    if wrong_way is not None:
        raise InputRefused(wrong_way)
    if permissions.can(actor, step.action):
        return
    denied = permissions.PermissionDenied(actor, step.action)
    roles = [role_label(r).lower() for r in Role if permissions.allowed(r, step.action)]
    if actor.user_id is None or not roles:
        raise denied
    who = " atau ".join(roles)
    line = (
        f"Pengguna '{actor.username}' (peran {role_label(actor.role).lower()}) tidak berwenang "
        f"untuk mencatat status {label(step.to)}; langkah ini dicatat oleh pengguna berperan "
        f"{who}."
    )
    denied.reasons = [line]
    denied.args = (line,)
    raise denied


def _masked(f: FindingRow) -> str:
    """'CODE (NIK 3275********0001): message', every NIK and KK in it masked."""
    who = f" (NIK {mask_nik(f.member_nik)})" if f.member_nik else ""
    return f"{f.code}{who}: {f.message(masked=True).rstrip('.')}"


def _finding_problems(group: Group, vet: GroupVet, *, warnings: bool) -> list[str]:
    lines: list[str] = []
    for kind, items in (
        ("kesalahan yang belum diperbaiki", vet.errors),
        ("peringatan yang belum diberi catatan (ack)", vet.unacknowledged if warnings else []),
    ):
        if not items:
            continue
        shown = "; ".join(_masked(f) for f in items[:MAX_LISTED])
        more = f"; dan {len(items) - MAX_LISTED} lainnya" if len(items) > MAX_LISTED else ""
        lines.append(
            f"Kelompok {group.id} ({group.name}) masih memiliki {len(items)} {kind}: {shown}{more}."
        )
    return lines


def _verifier(session: Session, group_id: int) -> int | None:
    query = (
        select(StatusChange.user_id)
        .where(
            StatusChange.group_id == group_id,
            StatusChange.to_status == GroupStatus.DIVERIFIKASI.value,
        )
        .order_by(StatusChange.id.desc())
        .limit(1)
    )
    return session.scalar(query)


def _same_hand(group: Group) -> str:
    return (
        f"Kelompok {group.id} ({group.name}): pejabat yang merekomendasikan tidak boleh "
        "pengguna yang memverifikasinya."
    )


def _apply(
    session: Session,
    actor: Actor,
    group: Group,
    step: workflow.Step,
    request: Request,
    vet: GroupVet | None,
) -> Decision:
    before = group.status
    after: dict[str, Any] = {"status": step.to.value}
    if request.reason and request.reason.strip():
        after["reason"] = request.reason.strip()
    if step.needs_sk:
        group.sk_number = (request.sk_number or "").strip()
        group.sk_date = request.sk_date
        after |= {"sk_number": group.sk_number, "sk_date": group.sk_date}
    if step.to is GroupStatus.DITETAPKAN and request.amount is not None:
        group.amount_granted = request.amount
        after["amount_granted"] = request.amount
    if step.needs_payment:
        group.disbursed_on = request.on_date
        group.disbursed_amount = request.amount
        after |= {"disbursed_on": request.on_date, "disbursed_amount": request.amount}
    if step.releases_claims:
        released = session.execute(delete(NikClaim).where(NikClaim.group_id == group.id))
        after["nik_claims_released"] = released.rowcount or 0  # type: ignore[attr-defined]
    if step.claims_niks:
        after["nik_claims"] = len(claim(session, group))
    if step.to is GroupStatus.DIBATALKAN:
        # As unlocking the roster does: a cancelled group holds no valid recommendation.
        text = f"Kelompok {group.name} dibatalkan: {(request.reason or '').strip()}"
        after["letters_revoked"] = revoke_group_letters(session, actor, group, text)
    if step.to in workflow.HOLDING:
        group.roster_unlocked = False
    if vet is not None:
        after["findings"] = {s: vet.count(s) for s in ("error", "warning", "info")}
    group.status = step.to.value
    group.updated_by_id = actor.user_id
    session.add(
        StatusChange(
            group_id=group.id,
            from_status=before,
            to_status=step.to.value,
            reason=_history_reason(step, request),
            user_id=actor.user_id,
        )
    )
    audit.record(
        session,
        actor,
        audit.STATUS,
        ENTITY,
        group.id,
        group_id=group.id,
        before={"status": before},
        after=after,
    )
    return Decision(group.id, group.name, before, step.to.value)


def _history_reason(step: workflow.Step, request: Request) -> str:
    reason = (request.reason or "").strip()
    if step.needs_sk and request.sk_date is not None:
        sk = f"SK {(request.sk_number or '').strip()} tanggal {format_long(request.sk_date)}"
        return f"{sk}; {reason}" if reason else sk
    return reason


# --- acknowledging warnings -----------------------------------------------------


def _masked_match(masked: str, nik: str) -> bool:
    return len(masked) == len(nik) and all(a in ("*", b) for a, b in zip(masked, nik, strict=True))


def _member_nik(session: Session, group: Group, found: list[FindingRow], nik: str) -> str:
    """The NIK ``acknowledge`` looks for: a masked one (as screens show it) made whole.

    Refuses, naming the members, when a member finding is acknowledged without a NIK or
    the masked NIK fits more than one of them.
    """
    members = [f for f in found if f.member_nik]
    if nik:
        if "*" not in nik:
            return nik
        hits = [f for f in members if _masked_match(nik, f.member_nik)]
        if len({f.member_nik for f in hits}) <= 1:
            return hits[0].member_nik if hits else nik  # none: refused below as not found
        head = (
            f"NIK {nik} cocok dengan lebih dari satu anggota yang memiliki temuan "
            f"{found[0].code}; ketik NIK lengkapnya dengan --nik:"
        )
    else:
        if not members or len(members) < len(found):
            return nik  # a group-level finding (or none): taken, or refused below
        hits = members
        head = (
            f"Temuan {found[0].code} pada kelompok {group.id} ({group.name}) menyangkut "
            "anggota; sebutkan anggotanya dengan --nik (NIK bertanda bintang seperti "
            "di layar boleh dipakai):"
        )
    labels = member_labels(session, [group.id])
    raise InputRefused([head, *dict.fromkeys(about_member(f, labels) for f in hits)])


def acknowledge(
    db: Database, actor: Actor, group_id: int, code: str, nik: str | None, note: str
) -> int:
    """Accept a warning (code + member NIK) with a note; returns the acknowledgement's id."""
    permissions.require(actor, permissions.ACK_FINDING)
    code = code.strip().upper()
    nik = (nik or "").strip()
    note = " ".join(note.split())
    if not note:
        raise InputRefused("Catatan wajib diisi (--note): mengapa peringatan ini diterima.")
    if code not in catalogue.CODES:
        raise InputRefused(f"Kode temuan '{code}' tidak dikenal.")
    with db.session() as session:
        group = load_groups(session, [group_id])[0]
        vet = vet_in_session(session, actor, [group.id], record_event=False).groups[0]
        nik = _member_nik(session, group, [f for f in vet.findings if f.code == code], nik)
        matching = [f for f in vet.findings if f.code == code and f.member_nik == nik]
        who = f" untuk NIK {mask_nik(nik)}" if nik else " tingkat kelompok"
        if not matching:
            raise InputRefused(
                f"Kelompok {group.id} ({group.name}) tidak memiliki temuan {code}{who}."
            )
        if all(f.severity == "error" for f in matching):
            raise InputRefused(
                f"Temuan {code} adalah kesalahan dan tidak dapat diterima dengan catatan; "
                "perbaiki datanya lalu periksa ulang."
            )
        ack = FindingAck(group_id=group.id, code=code, nik=nik, note=note, user_id=actor.user_id)
        session.add(ack)
        session.flush()
        audit.record(
            session,
            actor,
            audit.CREATE,
            "finding_ack",
            ack.id,
            group_id=group.id,
            after={"code": code, "nik": nik, "note": note},
        )
        return ack.id
