"""The figures of the recap (*rekap usulan*): groups per kecamatan and status, per scheme,
members, grant requested and recommended.

Computed in SQL over the tables the groups list reads, filtered as the list is
(``services.browse.GroupFilter``: scheme, status, kecamatan, search text, flag), so
the recap of the window's current filter shows the groups the list shows. The grant
requested is the budget plan's total, or the scheme's ceiling when the plan is empty
(as the recommendation letter has it); "recommended" counts the groups that reached
*Direkomendasikan* or went further, with their requested grant.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from tkm_desktop.domain import regions
from tkm_desktop.domain.status import GroupStatus, label
from tkm_desktop.domain.workflow import HOLDING
from tkm_desktop.services.browse import (
    FLAG_ERRORS,
    FLAG_NO_LETTER,
    FLAG_UNACKED,
    FLAG_UNVETTED,
    GroupFilter,
    apply_filter,
)
from tkm_desktop.services.vetting_report import chunks
from tkm_desktop.store.models import BudgetItem, Group, Member, Scheme

_CENT = Decimal("0.01")
_HOLDING = frozenset(s.value for s in HOLDING)
_ORDER = {s.value: n for n, s in enumerate(GroupStatus)}
NO_KECAMATAN = "(kecamatan belum diisi)"
_FLAG_TEXT = {
    FLAG_UNVETTED: "belum diperiksa",
    FLAG_ERRORS: "masih ada kesalahan",
    FLAG_UNACKED: "peringatan belum diberi catatan",
    FLAG_NO_LETTER: "direkomendasikan, belum ada surat",
}


@dataclass(frozen=True)
class RecapLine:
    """One row of a recap table (a kecamatan, a scheme, or the total)."""

    label: str
    groups: int = 0
    members: int = 0
    requested: Decimal = Decimal(0)
    recommended_groups: int = 0
    recommended: Decimal = Decimal(0)
    by_status: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class RecapGroup:
    """One group as the recap's workbook lists it."""

    id: int
    name: str
    scheme: str
    status: str  # the label, e.g. 'Memenuhi Syarat (MS)'
    kelurahan: str
    kecamatan: str
    members: int
    requested: Decimal
    recommended: Decimal | None  # the requested grant, once recommended


@dataclass(frozen=True)
class RecapFigures:
    statuses: tuple[str, ...]  # the status codes present, in workflow order
    kecamatan: tuple[RecapLine, ...]
    schemes: tuple[RecapLine, ...]
    total: RecapLine
    groups: tuple[RecapGroup, ...]
    filter_text: str  # 'Skema: …; Status: …' or 'Semua kelompok'


def _money(value: Any) -> Decimal:
    # SQLite sums in floats: back to the cent.
    return Decimal(str(value or 0)).quantize(_CENT)


def _place(code: str, name: str) -> str:
    return (regions.region_name(code) if code else None) or name.strip() or NO_KECAMATAN


def _group_rows(session: Session, flt: GroupFilter, group_ids: Sequence[int] | None) -> list[Any]:
    """One row per group: its place, scheme, status, member count and requested grant."""
    budget = (
        select(
            BudgetItem.group_id.label("gid"),
            func.sum(BudgetItem.quantity * BudgetItem.unit_price).label("total"),
        )
        .group_by(BudgetItem.group_id)
        .subquery()
    )
    members = (
        select(Member.group_id.label("gid"), func.count(Member.id).label("n"))
        .group_by(Member.group_id)
        .subquery()
    )
    planned = func.coalesce(budget.c.total, 0)
    query = (
        select(
            Group.id,
            Group.name,
            Group.status,
            Group.kecamatan_code,
            Group.kecamatan_name,
            Group.kelurahan_code,
            Group.kelurahan_name,
            Scheme.code.label("scheme"),
            func.coalesce(members.c.n, 0).label("members"),
            case((planned > 0, planned), else_=Scheme.grant_ceiling).label("requested"),
        )
        .join(Scheme, Scheme.id == Group.scheme_id)
        .outerjoin(budget, budget.c.gid == Group.id)
        .outerjoin(members, members.c.gid == Group.id)
        .order_by(Group.id)
    )
    query = apply_filter(session, query, flt)
    if group_ids is None:
        return list(session.execute(query))
    ids = sorted(set(group_ids))
    return [r for part in chunks(ids) for r in session.execute(query.where(Group.id.in_(part)))]


class _Sum:
    def __init__(self) -> None:
        self.groups = self.members = self.recommended_groups = 0
        self.requested = self.recommended = Decimal(0)
        self.by_status: dict[str, int] = defaultdict(int)

    def add(self, status: str, members: int, requested: Decimal) -> None:
        self.groups += 1
        self.members += members
        self.requested += requested
        self.by_status[status] += 1
        if status in _HOLDING:
            self.recommended_groups += 1
            self.recommended += requested

    def line(self, text: str) -> RecapLine:
        return RecapLine(
            text,
            self.groups,
            self.members,
            self.requested,
            self.recommended_groups,
            self.recommended,
            dict(self.by_status),
        )


def describe_filter(session: Session, flt: GroupFilter, chosen: int | None = None) -> str:
    """The filter in words, for the recap's subtitle (``chosen``: groups picked by id)."""
    parts = []
    if chosen is not None:
        parts.append(f"{chosen} kelompok terpilih")
    if flt.scheme_id is not None:
        scheme = session.get(Scheme, flt.scheme_id)
        parts.append(f"Skema: {scheme.code if scheme else flt.scheme_id}")
    if flt.status:
        parts.append(f"Status: {label(flt.status)}")
    if flt.kecamatan_code:
        parts.append(f"Kecamatan: {_place(flt.kecamatan_code, flt.kecamatan_code)}")
    if flt.flag:
        parts.append(f"Perlu perhatian: {_FLAG_TEXT.get(flt.flag, flt.flag)}")
    if flt.text.strip():
        parts.append(f"Pencarian: \u201c{' '.join(flt.text.split())}\u201d")
    return "; ".join(parts) or "Semua kelompok"


def _place_order(place: str) -> tuple[bool, str]:
    return place == NO_KECAMATAN, place.casefold()  # the groups without a kecamatan last


def recap_figures(
    session: Session,
    flt: GroupFilter | None = None,
    group_ids: Sequence[int] | None = None,
) -> RecapFigures:
    """The recap of the groups ``flt`` lets through (and, if given, among ``group_ids``)."""
    flt = flt or GroupFilter()
    rows = _group_rows(session, flt, group_ids)
    by_place: dict[str, _Sum] = defaultdict(_Sum)
    by_scheme: dict[str, _Sum] = defaultdict(_Sum)
    total = _Sum()
    groups = []
    for r in rows:
        requested = _money(r.requested)
        place = _place(r.kecamatan_code, r.kecamatan_name)
        for bucket in (by_place[place], by_scheme[r.scheme], total):
            bucket.add(r.status, r.members, requested)
        groups.append(
            RecapGroup(
                id=r.id,
                name=r.name,
                scheme=r.scheme,
                status=label(r.status),
                kelurahan=_place(r.kelurahan_code, r.kelurahan_name),
                kecamatan=place,
                members=r.members,
                requested=requested,
                recommended=requested if r.status in _HOLDING else None,
            )
        )
    groups.sort(key=lambda g: (g.kecamatan.casefold(), g.name.casefold(), g.id))
    statuses = tuple(sorted(total.by_status, key=lambda s: _ORDER.get(s, len(_ORDER))))
    return RecapFigures(
        statuses=statuses,
        kecamatan=tuple(
            by_place[p].line(p)
            for p in sorted(by_place, key=lambda p: (p == NO_KECAMATAN, p.casefold()))
        ),
        schemes=tuple(by_scheme[s].line(s) for s in sorted(by_scheme)),
        total=total.line("Jumlah"),
        groups=tuple(groups),
        filter_text=describe_filter(session, flt, None if group_ids is None else len(groups)),
    )
