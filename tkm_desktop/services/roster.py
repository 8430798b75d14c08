"""NIK claims and the roster lock: one funded group per person per scheme, rosters frozen after
recommendation until a pejabat opens them with a reason.

``NikClaim`` rows are written when a group is recommended (``services.workflow``)
and when an opened roster is locked again; the unique key (scheme, NIK) is the
guarantee, the checks here give the clerk a readable refusal first.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tkm_desktop.domain import workflow
from tkm_desktop.domain.letters import KINDS as RECOMMENDATION_KINDS
from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.domain.status import label
from tkm_desktop.services import audit, permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Group, Letter, LetterGroup, Member, NikClaim, utcnow

ENTITY = "group"


# --- the lock ----------------------------------------------------------------


def roster_locked(group: Group) -> bool:
    """Whether the group's members may not be edited (recommended or further, not unlocked)."""
    return workflow.roster_locked(group.status, group.roster_unlocked)


def require_roster_editable(group: Group) -> None:
    """Raise InputRefused when the roster is locked; services that edit members call this."""
    if roster_locked(group):
        raise InputRefused(
            f"Daftar anggota kelompok {group.id} ({group.name}) terkunci sejak "
            f"direkomendasikan; buka kuncinya dahulu dengan alasan (pejabat)."
        )


# --- claims ---------------------------------------------------------------------


def claimed_meanwhile() -> InputRefused:
    # The unique key (scheme, NIK) held: another clerk claimed one of these NIKs meanwhile.
    return InputRefused(
        "NIK anggota sudah diklaim oleh kelompok lain yang baru saja direkomendasikan; "
        "periksa ulang kelompok ini lalu ulangi."
    )


def load_groups(session: Session, ids: list[int]) -> list[Group]:
    found = {g.id: g for g in session.scalars(select(Group).where(Group.id.in_(ids)))}
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise InputRefused(f"Kelompok dengan ID {', '.join(missing)} tidak ada.")
    return [found[i] for i in ids]


def held_niks(session: Session, group: Group) -> list[str]:
    query = select(Member.nik).where(Member.group_id == group.id, Member.nik != "")
    return sorted(set(session.scalars(query)))


def claim_conflicts(session: Session, groups: list[Group]) -> list[str]:
    """NIKs held by another group of the same scheme, or by two groups of this request."""
    problems: list[str] = []
    taken: dict[tuple[int, str], Group] = {}
    for g in groups:
        niks = held_niks(session, g)
        query = (
            select(NikClaim.nik, Group.id, Group.name)
            .join(Group, NikClaim.group_id == Group.id)
            .where(NikClaim.scheme_id == g.scheme_id, NikClaim.group_id != g.id)
        )
        for start in range(0, len(niks), 900):
            part = niks[start : start + 900]
            for nik, other_id, other_name in session.execute(query.where(NikClaim.nik.in_(part))):
                problems.append(
                    f"Kelompok {g.id} ({g.name}): NIK {mask_nik(nik)} sudah diklaim oleh "
                    f"kelompok {other_id} ({other_name})."
                )
        for nik in niks:
            other = taken.setdefault((g.scheme_id, nik), g)
            if other is not g:
                problems.append(
                    f"Kelompok {g.id} ({g.name}): NIK {mask_nik(nik)} juga ada di kelompok "
                    f"{other.id} ({other.name}) dalam permintaan yang sama."
                )
    return problems


def claim(session: Session, group: Group) -> list[str]:
    """Replace the group's NIK claims with the NIKs it holds now; flushed (the key checks)."""
    session.execute(delete(NikClaim).where(NikClaim.group_id == group.id))
    niks = held_niks(session, group)
    session.add_all(NikClaim(scheme_id=group.scheme_id, nik=n, group_id=group.id) for n in niks)
    session.flush()
    return niks


# --- unlocking and re-locking a roster ------------------------------------------


@dataclass(frozen=True)
class Unlocked:
    group_id: int
    revoked_letters: list[int]


def unlock_roster(db: Database, actor: Actor, group_id: int, reason: str) -> Unlocked:
    """Open a recommended group's roster for a change, revoking the letters issued for it."""
    permissions.require(actor, permissions.UNLOCK_ROSTER)
    reason = " ".join((reason or "").split())
    if not reason:
        raise InputRefused("Membuka kunci daftar anggota wajib disertai alasan.")
    with db.session() as session:
        group = load_groups(session, [group_id])[0]
        if not roster_locked(group):
            raise InputRefused(
                f"Daftar anggota kelompok {group.id} ({group.name}) tidak terkunci "
                f"(status {label(group.status)})."
            )
        group.roster_unlocked = True
        group.updated_by_id = actor.user_id
        audit.record(
            session,
            actor,
            "unlock_roster",
            ENTITY,
            group.id,
            group_id=group.id,
            before={"roster_unlocked": False},
            after={"roster_unlocked": True, "reason": reason},
        )
        revoked = _revoke_letters(session, actor, group, reason)
    return Unlocked(group_id, revoked)


def _revoke_letters(session: Session, actor: Actor, group: Group, reason: str) -> list[int]:
    text = f"Daftar anggota kelompok {group.name} dibuka kembali: {reason}"
    return revoke_group_letters(session, actor, group, text)


def _issued_recommendations(group_id: int) -> Select[tuple[Letter]]:
    """The recommendation letters issued for the group and not revoked, oldest first.

    Only the recommendations rest on the roster; minutes of a verification round or a
    return letter record what happened and stay valid."""
    return (
        select(Letter)
        .join(LetterGroup, LetterGroup.letter_id == Letter.id)
        .where(
            LetterGroup.group_id == group_id,
            Letter.state == "issued",
            Letter.kind.in_(RECOMMENDATION_KINDS),
        )
        .order_by(Letter.id)
    )


def letters_shared_with(session: Session, group_id: int) -> list[tuple[str, list[str]]]:
    """The issued recommendation letters of ``group_id`` that name other groups too: each
    letter's number and those groups' names (unlocking revokes the letter for them all)."""
    own = _issued_recommendations(group_id).subquery()
    rows = session.execute(
        select(own.c.id, own.c.number, Group.name)
        .join(LetterGroup, LetterGroup.letter_id == own.c.id)
        .join(Group, Group.id == LetterGroup.group_id)
        .where(Group.id != group_id)
        .order_by(own.c.id, Group.id)
    ).all()
    shared: dict[int, tuple[str, list[str]]] = {}
    for letter_id, number, name in rows:
        shared.setdefault(letter_id, (number or "", []))[1].append(name)
    return list(shared.values())


def revoke_group_letters(session: Session, actor: Actor, group: Group, text: str) -> list[int]:
    """Revoke the recommendation letters issued for ``group`` with ``text`` as the reason.

    A letter covering other groups too is revoked whole (a letter cannot be part valid);
    each group it covered gets the event in its history. Returns the revoked letters' ids.
    """
    query = _issued_recommendations(group.id)
    revoked = []
    for letter in session.scalars(query).all():
        letter.state = "revoked"
        letter.revoked_reason = text
        letter.revoked_by_id = actor.user_id
        letter.revoked_at = utcnow()
        covered = session.scalars(
            select(LetterGroup.group_id).where(LetterGroup.letter_id == letter.id)
        ).all()
        # The letter leaves every group it covered: each one's history shows it.
        for gid in covered:
            audit.record(
                session,
                actor,
                "revoke",
                "letter",
                letter.id,
                group_id=gid,
                before={"state": "issued", "number": letter.number},
                after={"state": "revoked", "reason": text},
            )
        revoked.append(letter.id)
    return revoked


def lock_roster(db: Database, actor: Actor, group_id: int) -> None:
    """Lock an unlocked roster again, claiming the NIKs it now holds (and releasing the rest)."""
    permissions.require(actor, permissions.UNLOCK_ROSTER)
    with db.session() as session:
        group = load_groups(session, [group_id])[0]
        if group.status not in workflow.HOLDING or not group.roster_unlocked:
            raise InputRefused(f"Daftar anggota kelompok {group.id} ({group.name}) tidak dibuka.")
        problems = claim_conflicts(session, [group])
        if problems:
            raise InputRefused(problems)
        try:
            niks = claim(session, group)
            group.roster_unlocked = False
            group.updated_by_id = actor.user_id
            audit.record(
                session,
                actor,
                "lock_roster",
                ENTITY,
                group.id,
                group_id=group.id,
                before={"roster_unlocked": True},
                after={"roster_unlocked": False, "nik_claims": len(niks)},
            )
        except IntegrityError:
            raise claimed_meanwhile() from None
