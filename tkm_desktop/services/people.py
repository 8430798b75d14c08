"""Cari Anggota: one person across every group, scheme and earlier year's recipient list.

"Is this person already in another group, or funded before?" — a NIK (whole or its
first digits) or part of a name, answered with one query on each table. NIKs leave
this module whole; who may see them whole, and the record of each such view, are
decided here too (``needs_full_nik``, ``record_nik_view``) so every screen agrees.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.services import audit, permissions
from tkm_desktop.services.browse import contains
from tkm_desktop.services.context import Actor
from tkm_desktop.store.models import FundedBefore, Group, Member, Scheme

LIMIT = 200  # hits per table; more means the text should be narrower
NIK_LENGTH = 16
MIN_NIK_DIGITS = 6  # province + regency + district: fewer matches almost everyone
MIN_NAME_LETTERS = 3

BY_NIK, BY_NIK_PREFIX, BY_NAME, TOO_SHORT = "nik", "nik_prefix", "name", "too_short"
_SEPARATORS = re.compile(r"[\s.\-']")


@dataclass(frozen=True)
class MemberHit:
    member_id: int
    nik: str
    name: str
    birth_date: dt.date | None
    role: str
    group_id: int
    group_name: str
    group_status: str
    scheme: str


@dataclass(frozen=True)
class FundedHit:
    id: int
    nik: str
    name: str
    group_name: str
    scheme: str
    source_file: str


@dataclass(frozen=True)
class PeopleResult:
    text: str
    kind: str  # BY_NIK, BY_NIK_PREFIX, BY_NAME or TOO_SHORT
    members: list[MemberHit] = field(default_factory=list)
    funded: list[FundedHit] = field(default_factory=list)
    truncated: bool = False

    @property
    def group_ids(self) -> set[int]:
        return {hit.group_id for hit in self.members}


def classify(text: str) -> tuple[str, str]:
    """(kind, the text to look for): digits are a NIK, anything else a name."""
    squeezed = " ".join(text.split())
    digits = _SEPARATORS.sub("", squeezed)
    if digits.isdigit():
        if len(digits) == NIK_LENGTH:
            return BY_NIK, digits
        return (BY_NIK_PREFIX if len(digits) >= MIN_NIK_DIGITS else TOO_SHORT), digits
    if len(squeezed) >= MIN_NAME_LETTERS:
        return BY_NAME, squeezed
    return TOO_SHORT, squeezed


def find_people(session: Session, text: str, *, limit: int = LIMIT) -> PeopleResult:
    """Members and earlier recipients matching ``text``; at most ``limit`` of each."""
    kind, wanted = classify(text)
    if kind == TOO_SHORT:
        return PeopleResult(text, kind)
    member_query = (
        select(
            Member.id,
            Member.nik,
            Member.name,
            Member.birth_date,
            Member.role,
            Group.id.label("group_id"),
            Group.name.label("group_name"),
            Group.status,
            Scheme.code,
        )
        .join(Group, Group.id == Member.group_id)
        .join(Scheme, Scheme.id == Group.scheme_id)
    )
    funded_query = select(FundedBefore)
    if kind == BY_NIK:
        member_query = member_query.where(Member.nik == wanted)
        funded_query = funded_query.where(FundedBefore.nik == wanted)
    elif kind == BY_NIK_PREFIX:
        upper = wanted[:-1] + chr(ord(wanted[-1]) + 1)
        member_query = member_query.where(Member.nik >= wanted, Member.nik < upper)
        funded_query = funded_query.where(FundedBefore.nik >= wanted, FundedBefore.nik < upper)
    else:
        member_query = member_query.where(contains(session, Member.name, wanted))
        funded_query = funded_query.where(contains(session, FundedBefore.name, wanted))
    member_query = member_query.order_by(Member.nik, Group.id).limit(limit + 1)
    funded_query = funded_query.order_by(FundedBefore.nik, FundedBefore.id).limit(limit + 1)
    members = [
        MemberHit(
            r.id, r.nik, r.name, r.birth_date, r.role, r.group_id, r.group_name, r.status, r.code
        )
        for r in session.execute(member_query)
    ]
    funded = [
        FundedHit(f.id, f.nik, f.name, f.group_name, f.scheme_code, f.source_file)
        for f in session.scalars(funded_query)
    ]
    truncated = len(members) > limit or len(funded) > limit
    return PeopleResult(text, kind, members[:limit], funded[:limit], truncated)


# --- who sees whole NIKs ----------------------------------------------------------


def needs_full_nik(actor: Actor) -> bool:
    """Whether the actor's work needs whole NIKs on screen: whoever checks them against a KTP.

    Everyone else sees them masked (UU 27/2022: least access).
    """
    return permissions.can(actor, permissions.EDIT_GROUP)


def record_nik_view(session: Session, actor: Actor, result: PeopleResult) -> None:
    """Record that ``actor`` saw the whole NIKs of ``result`` (one audit event per search).

    A NIK the user typed in full discloses nothing new, but it is recorded all the
    same: the trail then shows whose record was looked up.
    """
    if not result.members and not result.funded:
        return
    audit.record_access(
        session,
        actor,
        audit.VIEW,
        "member",
        "",
        details={
            "field": "nik",
            "screen": "cari_anggota",
            "search": result.kind,
            "members": [hit.member_id for hit in result.members],
            "funded_before": [hit.id for hit in result.funded],
        },
    )


def record_group_nik_view(session: Session, actor: Actor, group_id: int) -> None:
    """Record that ``actor`` saw the whole NIKs of one group's members."""
    audit.record_access(
        session,
        actor,
        audit.VIEW,
        "group",
        group_id,
        group_id=group_id,
        details={"field": "nik", "screen": "anggota_kelompok"},
    )
