"""Reading groups for lists: one row per group with its member count."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tkm_desktop.domain import regions
from tkm_desktop.store.models import Group, Member, Scheme


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    scheme: str
    status: str
    members: int
    kelurahan: str
    kecamatan: str


def _place(code: str, fallback: str) -> str:
    return (regions.region_name(code) if code else None) or fallback


def list_groups(session: Session, *, status: str | None = None) -> list[GroupRow]:
    """All groups (optionally of one status), ordered by id, with member counts."""
    counts = (
        select(Member.group_id, func.count(Member.id).label("n"))
        .group_by(Member.group_id)
        .subquery()
    )
    query = (
        select(Group, Scheme.code, func.coalesce(counts.c.n, 0))
        .join(Scheme, Group.scheme_id == Scheme.id)
        .outerjoin(counts, counts.c.group_id == Group.id)
        .order_by(Group.id)
    )
    if status:
        query = query.where(Group.status == status)
    return [
        GroupRow(
            id=g.id,
            name=g.name,
            scheme=code,
            status=g.status,
            members=n,
            kelurahan=_place(g.kelurahan_code, g.kelurahan_name),
            kecamatan=_place(g.kecamatan_code, g.kecamatan_name),
        )
        for g, code, n in session.execute(query)
    ]
