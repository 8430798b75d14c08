"""The group editor's use cases: a group as plain data, saved back whole in one transaction.

The dialog loads a ``GroupEdit``, changes it (``dataclasses.replace``) and hands it to
``save_group``, which diffs it against the stored rows, audits each change, re-vets
the group and returns its findings. Another clerk's save in between is refused
(``EditConflict``) through the group's version, never overwritten.

Lock policy: after recommendation (``roster.roster_locked``) the identity, the roster
and the RAB are frozen until a pejabat unlocks the roster; documents stay editable
(receiving papers changes nothing that was recommended). Once the SK is issued a
member may be replaced (*pergantian anggota*, the group's size unchanged) with a
reason, without unlocking.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tkm_desktop.domain import findings as catalogue
from tkm_desktop.domain import regions
from tkm_desktop.domain.nik import mask_nik, parse_nik
from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.services import audit, permissions
from tkm_desktop.services.bootstrap import default_scheme, scheme_by_code
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.group_edit_budget import plan_budget, plan_documents
from tkm_desktop.services.group_edit_roster import (
    AFTER_SK,
    REPLACE_MEMBER,
    apply_members,
    apply_plan,
    check_lock,
    plan_members,
    record_replacement,
    text,
    too_long,
)
from tkm_desktop.services.roster import roster_locked
from tkm_desktop.services.vetting import FindingRow, vet_in_session
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import (
    Attachment,
    AuditEvent,
    BudgetItem,
    Group,
    GroupDocument,
    Member,
    Scheme,
    User,
    utcnow,
)

ENTITY = "group"
__all__ = [
    "AFTER_SK",
    "REPLACE_MEMBER",
    "BudgetLine",
    "DocumentState",
    "EditConflict",
    "GroupEdit",
    "GroupIdentity",
    "MemberData",
    "NikPreview",
    "SaveResult",
    "derive_member",
    "load_group_edit",
    "new_group",
    "save_group",
]
IDENTITY_FIELDS = (
    "name", "business_type", "sector", "street", "rt_rw", "kelurahan_code", "kecamatan_code",
    "recommender_name", "recommender_title", "recommender_letter_number",
    "recommender_letter_date", "bank_name", "account_number", "account_holder",
)  # fmt: skip
# Writes that do not change the group row (so not its version): not "who changed it".
_NOT_EDITS = audit.ACCESS_ACTIONS | {"vet", "attach_document"}


# --- what the editor shows and returns ------------------------------------------


@dataclass(frozen=True)
class GroupIdentity:
    name: str
    business_type: str = ""
    sector: str = ""
    street: str = ""
    rt_rw: str = ""
    kelurahan_code: str = ""
    kecamatan_code: str = ""
    recommender_name: str = ""
    recommender_title: str = ""
    recommender_letter_number: str = ""
    recommender_letter_date: dt.date | None = None
    bank_name: str = ""
    account_number: str = ""
    account_holder: str = ""


@dataclass(frozen=True)
class MemberData:
    """One roster row; ``id`` None for a new member."""

    id: int | None
    nik: str
    name: str
    kk: str = ""
    birth_place: str = ""
    birth_date: dt.date | None = None
    sex: str = ""  # 'L', 'P' or ''
    address: str = ""
    rt_rw: str = ""
    kelurahan_code: str = ""
    phone: str = ""
    education: str = ""
    work_status: str = ""
    role: str = "Anggota"
    # 'number': arrived as a spreadsheet number; the editor highlights it until re-typed.
    nik_source: str = "text"
    # Set by the editor when the clerk typed the NIK again, even to the same digits.
    nik_retyped: bool = False


@dataclass(frozen=True)
class BudgetLine:
    id: int | None
    item: str
    category: str  # 'alat' or 'bahan'
    quantity: Decimal
    unit: str
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.quantity * self.unit_price


@dataclass(frozen=True)
class DocumentState:
    doc_type: str
    received: bool = False
    attachment_id: int | None = None
    file_name: str = ""
    in_checklist: bool = True  # False: stored for the group but no longer in the scheme's list


@dataclass(frozen=True)
class GroupEdit:
    """The group as the editor holds it; the fields after ``documents`` are read-only context."""

    group_id: int
    expected_version: int
    identity: GroupIdentity
    members: tuple[MemberData, ...] = ()
    budget_lines: tuple[BudgetLine, ...] = ()
    documents: tuple[DocumentState, ...] = ()
    status: str = GroupStatus.DIUSULKAN.value
    scheme_code: str = ""
    roster_locked: bool = False
    replacement_allowed: bool = False  # after the SK: members replaced with a reason
    vetted: bool = True  # False until vetting first stored its findings (after an import)


@dataclass(frozen=True)
class NikPreview:
    """What a NIK says while it is typed: the roster shows it live."""

    nik: str
    valid: bool
    problems: tuple[str, ...]
    messages: tuple[str, ...]  # Indonesian, one per problem
    birth_date: dt.date | None = None
    sex: str | None = None
    province_name: str | None = None
    regency_name: str | None = None
    district_name: str | None = None

    @property
    def region(self) -> str:
        names = (self.district_name, self.regency_name, self.province_name)
        return ", ".join(n for n in names if n)


@dataclass(frozen=True)
class SaveResult:
    version: int
    findings: tuple[FindingRow, ...]
    edit: GroupEdit = field(repr=False)  # the group as stored now: new ids, new version


class EditConflict(InputRefused):
    """Another clerk saved the group after it was loaded; nothing was written."""

    def __init__(self, who: str, when: dt.datetime | None) -> None:
        shown = when.astimezone().strftime("%d/%m/%Y %H:%M") if when else "-"
        super().__init__(
            f"Kelompok ini telah diubah oleh {who} pada {shown} — muat ulang untuk melihat "
            "perubahannya."
        )
        self.who = who
        self.when = when


# --- reading ----------------------------------------------------------------------


def derive_member(
    nik_text: str, today: dt.date | None = None, *, lang: str = "id", masked: bool = False
) -> NikPreview:
    """Birth date, sex and region read from a NIK as typed; cheap enough for every keystroke.

    ``lang`` is the window's language, for the messages about a NIK that does not read;
    ``masked``: the messages quote the NIK and its region code masked (they would tell
    the hidden digits).
    """
    info = parse_nik(nik_text or "", today=today or dt.date.today())
    region = info.district_code or ""
    details = {"nik": info.nik, "region": region}
    if masked:
        details = {key: mask_nik(value) for key, value in details.items()}
    messages = tuple(catalogue.message(p, details, lang) for p in info.problems)
    return NikPreview(
        nik=info.nik,
        valid=info.valid,
        problems=info.problems,
        messages=messages,
        birth_date=info.birth_date,
        sex=info.sex,
        province_name=info.province_name,
        regency_name=info.regency_name,
        district_name=info.district_name,
    )


def load_group_edit(session: Session, group_id: int) -> GroupEdit:
    """The group with this id as the editor holds it; InputRefused when there is none."""
    group = session.get(Group, group_id)
    if group is None:
        raise InputRefused(f"Kelompok dengan ID {group_id} tidak ada.")
    scheme = session.get(Scheme, group.scheme_id)
    members = session.scalars(
        select(Member).where(Member.group_id == group_id).order_by(Member.position, Member.id)
    )
    lines = session.scalars(
        select(BudgetItem)
        .where(BudgetItem.group_id == group_id)
        .order_by(BudgetItem.position, BudgetItem.id)
    )
    locked = roster_locked(group)
    return GroupEdit(
        group_id=group.id,
        expected_version=group.version,
        identity=GroupIdentity(**{f: getattr(group, f) for f in IDENTITY_FIELDS}),
        members=tuple(_member_data(m) for m in members),
        budget_lines=tuple(
            BudgetLine(b.id, b.item, b.category, b.quantity, b.unit, b.unit_price) for b in lines
        ),
        documents=_documents(session, group_id, list(scheme.documents or []) if scheme else []),
        status=group.status,
        scheme_code=scheme.code if scheme else "",
        roster_locked=locked,
        replacement_allowed=locked and GroupStatus(group.status) in AFTER_SK,
        vetted=group.vetted_at is not None,
    )


def _member_data(m: Member) -> MemberData:
    return MemberData(
        id=m.id, nik=m.nik, name=m.name, kk=m.kk, birth_place=m.birth_place,
        birth_date=m.birth_date, sex=m.sex, address=m.address, rt_rw=m.rt_rw,
        kelurahan_code=m.kelurahan_code, phone=m.phone, education=m.education,
        work_status=m.work_status, role=m.role, nik_source=m.nik_source,
    )  # fmt: skip


def _documents(session: Session, group_id: int, checklist: list[str]) -> tuple[DocumentState, ...]:
    rows = session.execute(
        select(GroupDocument, Attachment.file_name)
        .outerjoin(Attachment, Attachment.id == GroupDocument.attachment_id)
        .where(GroupDocument.group_id == group_id)
        .order_by(GroupDocument.id)
    ).all()
    stored = {d.doc_type: (d, name or "") for d, name in rows}
    out = []
    for doc_type in [*checklist, *(t for t in stored if t not in checklist)]:
        doc, name = stored.get(doc_type, (None, ""))
        out.append(
            DocumentState(
                doc_type=doc_type,
                received=bool(doc and doc.received),
                attachment_id=doc.attachment_id if doc else None,
                file_name=name,
                in_checklist=doc_type in checklist,
            )
        )
    return tuple(out)


# --- saving -----------------------------------------------------------------------


def save_group(
    db: Database, actor: Actor, edit: GroupEdit, *, replacement_reason: str | None = None
) -> SaveResult:
    """Write the editor's group back (diffed, audited, re-vetted) in one transaction."""
    permissions.require(actor, permissions.EDIT_GROUP)
    reason = " ".join((replacement_reason or "").split())
    try:
        with db.session() as session:
            return _save(session, actor, edit, reason)
    except StaleDataError:
        # Another save slipped in between our version check and our UPDATE.
        with db.reader() as session:
            raise conflict(session, edit.group_id) from None


def _load_group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise InputRefused(f"Kelompok dengan ID {group_id} tidak ada.")
    return group


def _save(session: Session, actor: Actor, edit: GroupEdit, reason: str) -> SaveResult:
    group = _load_group(session, edit.group_id)
    if group.version != edit.expected_version:
        raise conflict(session, group.id)
    identity = identity_values(edit.identity)
    problems = identity_problems(identity)
    members = plan_members(
        session, group.id, edit.members, problems, village=identity["kelurahan_code"]
    )
    budget = plan_budget(session, group.id, edit.budget_lines, problems)
    documents = plan_documents(session, group.id, edit.documents, problems)
    if problems:
        raise InputRefused(problems)
    before, after = audit.diff(audit.snapshot(group, IDENTITY_FIELDS), identity)
    replacing = check_lock(group, bool(after), members, budget, reason)

    if after or members or budget or documents:
        for name, value in identity.items():
            setattr(group, name, value)
        group.updated_by_id = actor.user_id
        group.updated_at = utcnow()
        session.flush()  # the version check: UPDATE … WHERE version = the version we read
        if after:
            audit.record(
                session, actor, audit.UPDATE, ENTITY, group.id, group_id=group.id,
                before=before, after=after,
            )  # fmt: skip
        apply_members(session, actor, group.id, members)
        apply_plan(session, actor, group.id, budget)
        apply_plan(session, actor, group.id, documents)
        if replacing:
            record_replacement(session, actor, group, members, reason)
    vet = vet_in_session(session, actor, [group.id], record_event=False).groups[0]
    return SaveResult(group.version, vet.findings, load_group_edit(session, group.id))


def conflict(session: Session, group_id: int) -> EditConflict:
    """The refusal naming who changed the group last, and when (the office's clock)."""
    group = session.get(Group, group_id)
    event = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.group_id == group_id, AuditEvent.action.not_in(_NOT_EDITS))
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    user_id = event.user_id if event else group.updated_by_id if group else None
    user = session.get(User, user_id) if user_id is not None else None
    who = (user.display_name or user.username) if user else ""
    if not who and event:
        who = event.username or event.os_account
    when = group.updated_at if group else event.occurred_at if event else None
    return EditConflict(who or "pengguna lain", when)


# --- identity ---------------------------------------------------------------------


def identity_values(identity: GroupIdentity) -> dict[str, Any]:
    """The identity as stored: text trimmed, region codes dotted, kecamatan from kelurahan."""
    values: dict[str, Any] = {
        f: (text(v) if isinstance(v, str) else v)
        for f in IDENTITY_FIELDS
        for v in [getattr(identity, f)]
    }
    values["account_number"] = "".join(values["account_number"].split())
    for key in ("kelurahan_code", "kecamatan_code"):
        values[key] = regions.normalize_code(values[key]) or values[key]
    if values["kelurahan_code"] and not values["kecamatan_code"]:
        values["kecamatan_code"] = values["kelurahan_code"].rsplit(".", 1)[0]
    return values


def identity_problems(values: dict[str, Any]) -> list[str]:
    problems = [] if values["name"] else ["Nama kelompok wajib diisi."]
    for key, level, what in (
        ("kecamatan_code", 3, "kecamatan"),
        ("kelurahan_code", 4, "desa/kelurahan"),
    ):
        code = values[key]
        if code and (regions.level_of(code) != level or regions.region_name(code) is None):
            problems.append(f"Kode {what} '{code}' tidak ada dalam daftar wilayah Kemendagri.")
    kel, kec = values["kelurahan_code"], values["kecamatan_code"]
    if kel and kec and not kel.startswith(kec + "."):
        problems.append(f"Desa/kelurahan {kel} tidak terletak di kecamatan {kec}.")
    problems += too_long(Group, values, "Identitas kelompok")
    return problems


# --- a new group ------------------------------------------------------------------


def new_group(db: Database, actor: Actor, scheme_code: str | None, identity: GroupIdentity) -> int:
    """A group typed by hand (status diusulkan), of the default scheme unless one is named."""
    permissions.require(actor, permissions.EDIT_GROUP)
    values = identity_values(identity)
    problems = identity_problems(values)
    if problems:
        raise InputRefused(problems)
    with db.session() as session:
        try:
            scheme = (
                scheme_by_code(session, scheme_code) if scheme_code else default_scheme(session)
            )
        except LookupError as error:
            raise InputRefused(str(error)) from None
        group = Group(
            scheme_id=scheme.id,
            status=GroupStatus.DIUSULKAN.value,
            created_by_id=actor.user_id,
            updated_by_id=actor.user_id,
            **values,
        )
        session.add(group)
        session.flush()
        audit.record(
            session, actor, audit.CREATE, ENTITY, group.id, group_id=group.id,
            after={"scheme": scheme.code, "status": group.status, **values},
        )  # fmt: skip
        vet_in_session(session, actor, [group.id], record_event=False)
        return group.id
