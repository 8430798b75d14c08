"""Who signs: the signatories with their signing modes, and the verification team.

Reading takes a session; every write takes the database, needs ``MANAGE_SETTINGS``
and is audited with the fields before and after. Letters keep a snapshot of their
signatory, so editing or removing one never changes a letter already issued.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tkm_desktop.domain.errors import DomainError
from tkm_desktop.domain.letters import SIGNING_MODES
from tkm_desktop.domain.nik import format_nip
from tkm_desktop.services import audit, permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Signatory, VerificationTeamMember

SIGNATORY = "signatory"
TEAM_MEMBER = "verification_team_member"

SIGNING_MODE_LABELS: dict[str | None, str] = {
    None: "Kepala dinas menandatangani sendiri",
    "a.n.": "a.n. (atas nama kepala dinas)",
    "Plt.": "Plt. (Pelaksana Tugas)",
    "Plh.": "Plh. (Pelaksana Harian)",
}


# --- checks shared by both lists --------------------------------------------------------


def _tidy(text: str) -> str:
    return " ".join((text or "").split())


def _nip_digits(nip: str, problems: list[str]) -> str:
    """The NIP as 18 digits ('' when none was given); a problem when it is not one."""
    if not _tidy(nip):
        return ""
    try:
        return format_nip(nip).replace(" ", "")
    except DomainError as exc:
        problems.append(exc.message)
        return ""


def _person_problems(name: str, position: str, *, position_required: bool) -> list[str]:
    problems = []
    if not name:
        problems.append("Nama wajib diisi.")
    if len(name) > 120:
        problems.append("Nama paling panjang 120 huruf.")
    if position_required and not position:
        problems.append("Jabatan wajib diisi.")
    if len(position) > 200:
        problems.append("Jabatan paling panjang 200 huruf.")
    return problems


# --- signatories ----------------------------------------------------------------------


@dataclass(frozen=True)
class SignatoryData:
    """What the signatory form edits."""

    name: str
    position: str  # 'KEPALA DINAS KETENAGAKERJAAN KOTA BEKASI' or 'Sekretaris'
    rank: str = ""  # 'Pembina Utama Muda (IV/c)'
    nip: str = ""  # 18 digits, spaces allowed
    signing_mode: str | None = None
    active: bool = True


@dataclass(frozen=True)
class SignatoryRow(SignatoryData):
    id: int = 0
    is_default: bool = False


_SIGNATORY_FIELDS = (*(f.name for f in fields(SignatoryData)), "is_default")


def _signatory_row(s: Signatory) -> SignatoryRow:
    return SignatoryRow(**{name: getattr(s, name) for name in _SIGNATORY_FIELDS}, id=s.id)


def list_signatories(session: Session) -> list[SignatoryRow]:
    """Every signatory, the default first, then by name."""
    query = select(Signatory).order_by(Signatory.is_default.desc(), Signatory.name, Signatory.id)
    return [_signatory_row(s) for s in session.scalars(query)]


def _checked_signatory(data: SignatoryData) -> SignatoryData:
    mode = data.signing_mode.strip() if isinstance(data.signing_mode, str) else data.signing_mode
    mode = mode or None
    tidy = replace(
        data,
        name=_tidy(data.name),
        position=_tidy(data.position),
        rank=_tidy(data.rank),
        signing_mode=mode,
    )
    problems = _person_problems(tidy.name, tidy.position, position_required=True)
    nip = _nip_digits(data.nip, problems)
    if len(tidy.rank) > 120:
        problems.append("Pangkat/golongan paling panjang 120 huruf.")
    if mode not in SIGNING_MODES:
        problems.append(
            f"Cara tanda tangan '{mode}' tidak dikenal (pilihan: kosong, a.n., Plt., Plh.)."
        )
    if problems:
        raise InputRefused(problems)
    return replace(tidy, nip=nip)


def _get_signatory(session: Session, signatory_id: int) -> Signatory:
    found = session.get(Signatory, signatory_id)
    if found is None:
        raise InputRefused(f"Penandatangan dengan nomor {signatory_id} tidak ada.")
    return found


def _audit_change(
    session: Session, actor: Actor, entity: str, row: Any, names: Sequence[str],
    before: dict[str, Any] | None, action: str = audit.UPDATE,
) -> None:  # fmt: skip
    after = audit.snapshot(row, names)
    old, new = audit.diff(before, after) if before is not None else (None, after)
    if before is None or new:
        audit.record(session, actor, action, entity, row.id, before=old or None, after=new)


def _settle_default(session: Session, actor: Actor) -> None:
    """Keep exactly one active default while any signatory is active (audited)."""
    session.flush()
    active = session.scalars(select(Signatory).where(Signatory.active).order_by(Signatory.id)).all()
    defaults = [s for s in active if s.is_default]
    for stale in session.scalars(
        select(Signatory).where(Signatory.is_default, Signatory.active.is_(False))
    ):
        before = audit.snapshot(stale, _SIGNATORY_FIELDS)
        stale.is_default = False
        _audit_change(session, actor, SIGNATORY, stale, _SIGNATORY_FIELDS, before)
    if active and not defaults:
        # The head (no signing mode) is the natural default; else the first one added.
        chosen = next((s for s in active if s.signing_mode is None), active[0])
        before = audit.snapshot(chosen, _SIGNATORY_FIELDS)
        chosen.is_default = True
        _audit_change(session, actor, SIGNATORY, chosen, _SIGNATORY_FIELDS, before)


def add_signatory(
    db: Database, actor: Actor, data: SignatoryData, *, make_default: bool = False
) -> int:
    """Add a signatory; the first active one becomes the default. Returns its id."""
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    data = _checked_signatory(data)
    with db.session() as session:
        row = Signatory(**{f.name: getattr(data, f.name) for f in fields(SignatoryData)})
        row.is_default = False
        session.add(row)
        session.flush()
        _audit_change(session, actor, SIGNATORY, row, _SIGNATORY_FIELDS, None, audit.CREATE)
        if make_default:
            _make_default(session, actor, row)
        _settle_default(session, actor)
        return row.id


def update_signatory(db: Database, actor: Actor, signatory_id: int, data: SignatoryData) -> None:
    """Change a signatory's name, position, rank, NIP, signing mode or active flag."""
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    data = _checked_signatory(data)
    with db.session() as session:
        row = _get_signatory(session, signatory_id)
        before = audit.snapshot(row, _SIGNATORY_FIELDS)
        for f in fields(SignatoryData):
            setattr(row, f.name, getattr(data, f.name))
        _audit_change(session, actor, SIGNATORY, row, _SIGNATORY_FIELDS, before)
        _settle_default(session, actor)


def _make_default(session: Session, actor: Actor, row: Signatory) -> None:
    if not row.active:
        raise InputRefused(
            f"Penandatangan '{row.name}' tidak aktif; aktifkan dahulu sebelum dijadikan bawaan."
        )
    for other in session.scalars(select(Signatory).where(Signatory.is_default)):
        if other.id != row.id:
            before = audit.snapshot(other, _SIGNATORY_FIELDS)
            other.is_default = False
            _audit_change(session, actor, SIGNATORY, other, _SIGNATORY_FIELDS, before)
    before = audit.snapshot(row, _SIGNATORY_FIELDS)
    row.is_default = True
    _audit_change(session, actor, SIGNATORY, row, _SIGNATORY_FIELDS, before, "set_default")


def set_default_signatory(db: Database, actor: Actor, signatory_id: int) -> None:
    """Make this (active) signatory the one letters use unless another is chosen."""
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    with db.session() as session:
        _make_default(session, actor, _get_signatory(session, signatory_id))


def remove_signatory(db: Database, actor: Actor, signatory_id: int) -> None:
    """Delete a signatory (issued letters keep their own copy of the signature block)."""
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    with db.session() as session:
        row = _get_signatory(session, signatory_id)
        before = audit.snapshot(row, _SIGNATORY_FIELDS)
        audit.record(session, actor, audit.DELETE, SIGNATORY, row.id, before=before)
        session.delete(row)
        _settle_default(session, actor)


def default_signatory(session: Session) -> SignatoryRow | None:
    """The active default signatory, or None while there is none."""
    row = session.scalar(select(Signatory).where(Signatory.active, Signatory.is_default).limit(1))
    return _signatory_row(row) if row is not None else None


# --- verification team ----------------------------------------------------------------


@dataclass(frozen=True)
class TeamMemberData:
    """What the verification-team form edits."""

    name: str
    position: str = ""
    nip: str = ""
    active: bool = True


@dataclass(frozen=True)
class TeamMemberRow(TeamMemberData):
    id: int = 0
    sort_order: int = 0


_TEAM_FIELDS = (*(f.name for f in fields(TeamMemberData)), "sort_order")


def _team_row(m: VerificationTeamMember) -> TeamMemberRow:
    return TeamMemberRow(**{name: getattr(m, name) for name in _TEAM_FIELDS}, id=m.id)


def list_team(session: Session, *, active_only: bool = False) -> list[TeamMemberRow]:
    """The verification team in the order it signs."""
    query = select(VerificationTeamMember).order_by(
        VerificationTeamMember.sort_order, VerificationTeamMember.id
    )
    if active_only:
        query = query.where(VerificationTeamMember.active)
    return [_team_row(m) for m in session.scalars(query)]


def _checked_member(data: TeamMemberData) -> TeamMemberData:
    tidy = replace(data, name=_tidy(data.name), position=_tidy(data.position))
    problems = _person_problems(tidy.name, tidy.position, position_required=False)
    nip = _nip_digits(data.nip, problems)
    if problems:
        raise InputRefused(problems)
    return replace(tidy, nip=nip)


def _get_member(session: Session, member_id: int) -> VerificationTeamMember:
    found = session.get(VerificationTeamMember, member_id)
    if found is None:
        raise InputRefused(f"Anggota tim verifikasi dengan nomor {member_id} tidak ada.")
    return found


def add_team_member(db: Database, actor: Actor, data: TeamMemberData) -> int:
    """Add a member at the end of the team; returns the id."""
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    data = _checked_member(data)
    with db.session() as session:
        last = session.scalar(select(func.max(VerificationTeamMember.sort_order))) or 0
        row = VerificationTeamMember(
            **{f.name: getattr(data, f.name) for f in fields(TeamMemberData)}, sort_order=last + 1
        )
        session.add(row)
        session.flush()
        _audit_change(session, actor, TEAM_MEMBER, row, _TEAM_FIELDS, None, audit.CREATE)
        return row.id


def update_team_member(db: Database, actor: Actor, member_id: int, data: TeamMemberData) -> None:
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    data = _checked_member(data)
    with db.session() as session:
        row = _get_member(session, member_id)
        before = audit.snapshot(row, _TEAM_FIELDS)
        for f in fields(TeamMemberData):
            setattr(row, f.name, getattr(data, f.name))
        _audit_change(session, actor, TEAM_MEMBER, row, _TEAM_FIELDS, before)


def remove_team_member(db: Database, actor: Actor, member_id: int) -> None:
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    with db.session() as session:
        row = _get_member(session, member_id)
        before = audit.snapshot(row, _TEAM_FIELDS)
        audit.record(session, actor, audit.DELETE, TEAM_MEMBER, row.id, before=before)
        session.delete(row)


def reorder_team(db: Database, actor: Actor, member_ids: Sequence[int]) -> None:
    """Put the team in this order (every member's id, each once)."""
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    with db.session() as session:
        rows = {m.id: m for m in session.scalars(select(VerificationTeamMember))}
        if sorted(member_ids) != sorted(rows):
            raise InputRefused(
                "Urutan tim verifikasi harus memuat setiap anggota tepat satu kali; "
                "muat ulang daftarnya lalu ulangi."
            )
        for position, member_id in enumerate(member_ids, start=1):
            row = rows[member_id]
            if row.sort_order != position:
                before = audit.snapshot(row, ("sort_order",))
                row.sort_order = position
                _audit_change(session, actor, TEAM_MEMBER, row, ("sort_order",), before, "reorder")
