"""One group read for the screen: its particulars, members and standing findings (read-only)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.domain import regions
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.vetting import FindingRow, stored_findings
from tkm_desktop.store.models import Group, Member, Scheme


@dataclass(frozen=True)
class MemberLine:
    id: int
    position: int
    nik: str
    name: str
    sex: str
    birth_place: str
    birth_date: dt.date | None
    role: str
    work_status: str


@dataclass(frozen=True)
class GroupView:
    id: int
    name: str
    scheme: str
    status: str
    business_type: str
    address: str
    kelurahan: str
    kecamatan: str
    bank_name: str
    account_holder: str
    members: list[MemberLine]
    findings: list[FindingRow]


def _place(code: str, fallback: str) -> str:
    return (regions.region_name(code) if code else None) or fallback


def load_group_view(session: Session, group_id: int) -> GroupView:
    """The group with this id; InputRefused when there is none."""
    row = session.execute(
        select(Group, Scheme.code)
        .join(Scheme, Scheme.id == Group.scheme_id)
        .where(Group.id == group_id)
    ).first()
    if row is None:
        raise InputRefused(f"Kelompok dengan ID {group_id} tidak ada.")
    group, scheme = row
    members = [
        MemberLine(
            m.id,
            m.position,
            m.nik,
            m.name,
            m.sex,
            m.birth_place,
            m.birth_date,
            m.role,
            m.work_status,
        )
        for m in session.scalars(
            select(Member).where(Member.group_id == group_id).order_by(Member.position, Member.id)
        )
    ]
    findings = list(stored_findings(session, [group_id])[0].findings)
    address = ", ".join(
        p for p in (group.street, f"RT/RW {group.rt_rw}" if group.rt_rw else "") if p
    )
    return GroupView(
        id=group.id,
        name=group.name,
        scheme=scheme,
        status=group.status,
        business_type=group.business_type,
        address=address,
        kelurahan=_place(group.kelurahan_code, group.kelurahan_name),
        kecamatan=_place(group.kecamatan_code, group.kecamatan_name),
        bank_name=group.bank_name,
        account_holder=group.account_holder,
        members=members,
        findings=findings,
    )
