"""Beranda: how many groups stand where, and what needs someone's attention today."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.domain.workflow import HOLDING
from tkm_desktop.services.browse import FLAGS, flag_condition
from tkm_desktop.store.models import Group, Scheme

_HOLDING = tuple(sorted(s.value for s in HOLDING))


@dataclass(frozen=True)
class QuotaUse:
    """A scheme with a quota: how many of its groups hold a recommendation or more."""

    scheme_id: int
    code: str
    name: str
    quota: int
    holding: int
    in_pipeline: int  # proposals still in vetting that could take a place

    @property
    def over(self) -> bool:
        return self.holding > self.quota

    @property
    def full(self) -> bool:
        return self.holding >= self.quota


@dataclass(frozen=True)
class Dashboard:
    total: int
    by_status: dict[str, int]  # every status code, zero included, in workflow order
    attention: dict[str, int]  # browse.FLAGS → number of groups
    quotas: list[QuotaUse]


def load_dashboard(session: Session, scheme_id: int | None = None) -> Dashboard:
    """The counts Beranda shows, for one scheme or all of them."""
    scope = true() if scheme_id is None else Group.scheme_id == scheme_id
    per_status = select(Group.status, func.count(Group.id)).where(scope).group_by(Group.status)
    counted = dict(session.execute(per_status).tuples().all())
    by_status = {s.value: counted.pop(s.value, 0) for s in GroupStatus}
    by_status.update(counted)  # codes this version does not know still add up
    attention = {
        flag: session.scalar(select(func.count(Group.id)).where(scope, flag_condition(flag))) or 0
        for flag in FLAGS
    }
    return Dashboard(sum(by_status.values()), by_status, attention, _quotas(session, scheme_id))


def _quotas(session: Session, scheme_id: int | None) -> list[QuotaUse]:
    query = select(Scheme).where(Scheme.group_quota.is_not(None)).order_by(Scheme.year.desc())
    if scheme_id is not None:
        query = query.where(Scheme.id == scheme_id)
    schemes = list(session.scalars(query))
    if not schemes:
        return []
    ids = [s.id for s in schemes]
    holding = dict(
        session.execute(
            select(Group.scheme_id, func.count(Group.id))
            .where(Group.scheme_id.in_(ids), Group.status.in_(_HOLDING))
            .group_by(Group.scheme_id)
        )
        .tuples()
        .all()
    )
    vetting = (GroupStatus.DIUSULKAN.value, GroupStatus.DIVERIFIKASI.value)
    pipeline = dict(
        session.execute(
            select(Group.scheme_id, func.count(Group.id))
            .where(Group.scheme_id.in_(ids), Group.status.in_(vetting))
            .group_by(Group.scheme_id)
        )
        .tuples()
        .all()
    )
    return [
        QuotaUse(
            s.id, s.code, s.name, s.group_quota or 0, holding.get(s.id, 0), pipeline.get(s.id, 0)
        )
        for s in schemes
    ]
