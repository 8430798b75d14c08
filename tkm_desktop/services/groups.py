"""Reading groups for lists: one row per group with its member count."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

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
    vetted: bool  # vetting has stored this group's findings (since its roster last came in)


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
            vetted=g.vetted_at is not None,
        )
        for g, code, n in session.execute(query)
    ]


class GroupState(NamedTuple):
    id: int
    name: str
    status: str


def group_states(session: Session, group_ids: Sequence[int]) -> list[GroupState]:
    """Id, name and status of those of ``group_ids`` that exist, by id: enough for a
    window to say which of the chosen groups a paper or letter is for."""
    query = (
        select(Group.id, Group.name, Group.status)
        .where(Group.id.in_(list(group_ids)))
        .order_by(Group.id)
    )
    return [GroupState(*row) for row in session.execute(query)]
