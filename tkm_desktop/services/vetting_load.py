"""Loading what vetting reads: groups, members, budgets, documents, and the cross-group facts.

One group's facts come from indexed look-ups (by NIK, by birth day); every group's
from one pass over the member table. Used by ``services.vetting``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tkm_desktop.domain.schemes import SchemeParams
from tkm_desktop.domain.vetting import (
    BudgetLine,
    CrossFacts,
    FundedRef,
    GroupRef,
    LookAlikes,
    MemberFacts,
)
from tkm_desktop.domain.workflow import INACTIVE
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.vetting_report import chunks
from tkm_desktop.store.models import (
    BudgetItem,
    FundedBefore,
    Group,
    GroupDocument,
    Member,
    Scheme,
)

_INACTIVE = tuple(s.value for s in INACTIVE)
_CENT = Decimal("0.01")


def scheme_params(row: Scheme) -> SchemeParams:
    """The domain's view of a scheme row."""
    return SchemeParams(
        code=row.code,
        name=row.name,
        year=row.year,
        active=row.active,
        is_default=row.is_default,
        members_min=row.members_min,
        members_max=row.members_max,
        grant_ceiling=row.grant_ceiling,
        age_min=row.age_min,
        age_max=row.age_max,
        age_reference_date=row.age_reference_date,
        required_roles=tuple(row.required_roles or ()),
        tools_share=row.tools_share,
        split_tolerance=row.split_tolerance,
        funded_before_severity=row.funded_before_severity,
        same_kk_severity=row.same_kk_severity,
        group_quota=row.group_quota,
        documents=tuple(row.documents or ()),
        export_format=row.export_format,
        excludes_earlier_grant=row.excludes_earlier_grant,
    )


def _rows(session: Session, query: Any, column: Any, ids: Sequence[int] | None) -> Iterable[Any]:
    """Rows of ``query`` for the groups ``ids`` (``column`` holds the group id); None: all."""
    if ids is None:
        return session.execute(query)
    return (r for part in chunks(ids) for r in session.execute(query.where(column.in_(part))))


def load_groups(session: Session, ids: Sequence[int] | None) -> dict[int, Any]:
    """The columns vetting reads, by group id; InputRefused names ids that do not exist."""
    query = select(
        Group.id, Group.name, Group.status, Group.scheme_id, Group.kelurahan_code,
        Group.kecamatan_code, Group.bank_name, Group.account_number, Group.account_holder,
    ).order_by(Group.id)  # fmt: skip
    found = {r.id: r for r in _rows(session, query, Group.id, ids)}
    missing = [str(g) for g in ids or () if g not in found]
    if missing:
        raise InputRefused(f"Kelompok dengan ID {', '.join(missing)} tidak ada.")
    return found


_MEMBER_COLUMNS = (
    "nik",
    "name",
    "birth_date",
    "sex",
    "kk",
    "role",
    "kelurahan_code",
    "nik_source",
    "id",
    "group_id",
    "birth_place",
)  # MemberFacts' order: a row becomes one as is
_ALL_MEMBERS = (
    f"SELECT {', '.join(_MEMBER_COLUMNS)} FROM {Member.__tablename__} "
    "ORDER BY group_id, position, id"
)  # fmt: skip


def load_members(session: Session, ids: Sequence[int] | None) -> dict[int, list[MemberFacts]]:
    """Each group's members in roster order (all groups when ``ids`` is None)."""
    out: dict[int, list[MemberFacts]] = defaultdict(list)
    if ids is None:
        return _all_members(session, out)
    columns = [Member.__table__.c[name] for name in _MEMBER_COLUMNS]
    query = select(*columns).order_by(Member.group_id, Member.position, Member.id)
    make = MemberFacts._make
    for row in _rows(session, query, Member.group_id, ids):
        member = make(row)
        out[member.group_id].append(member)  # type: ignore[index]
    return out


def _all_members(
    session: Session, out: dict[int, list[MemberFacts]]
) -> dict[int, list[MemberFacts]]:
    # A quarter of a million rows: the statement as plain SQL skips SQLAlchemy's per-value
    # result processing (a third of the load); SQLite then hands dates back as ISO text.
    day = dt.date.fromisoformat
    result = session.connection().exec_driver_sql(_ALL_MEMBERS)
    for nik, name, birth, sex, kk, role, kel, source, mid, gid, place in result:
        if isinstance(birth, str):
            birth = day(birth)
        out[gid].append(MemberFacts(nik, name, birth, sex, kk, role, kel, source, mid, gid, place))
    return out


def budgets(session: Session, ids: Sequence[int] | None) -> dict[int, list[BudgetLine]]:
    # Summed per category in the database; rounded to the cent (SQLite sums in floats).
    total = func.sum(BudgetItem.quantity * BudgetItem.unit_price)
    query = select(BudgetItem.group_id, BudgetItem.category, total).group_by(
        BudgetItem.group_id, BudgetItem.category
    )
    out: dict[int, list[BudgetLine]] = defaultdict(list)
    for gid, category, amount in _rows(session, query, BudgetItem.group_id, ids):
        out[gid].append(BudgetLine(category, Decimal(str(amount or 0)).quantize(_CENT)))
    return out


def documents(session: Session, ids: Sequence[int] | None) -> dict[int, frozenset[str]]:
    query = select(GroupDocument.group_id, GroupDocument.doc_type).where(GroupDocument.received)
    out: dict[int, set[str]] = defaultdict(set)
    for gid, doc_type in _rows(session, query, GroupDocument.group_id, ids):
        out[gid].add(doc_type)
    return {gid: frozenset(docs) for gid, docs in out.items()}


def funded_before(session: Session, niks: Sequence[str] | None) -> dict[str, FundedRef]:
    query = select(FundedBefore.nik, FundedBefore.scheme_code, FundedBefore.group_name)
    if niks is None:
        rows: Iterable[Any] = session.execute(query)
    else:
        rows = (
            r for p in chunks(niks) for r in session.execute(query.where(FundedBefore.nik.in_(p)))
        )
    return {nik: FundedRef(code, group) for nik, code, group in rows}


# --- cross-group facts ----------------------------------------------------------


Days = dict[dt.date, list[MemberFacts]]


class Cross:
    """Cross-group facts per scheme: NIK holders, members by birth day, earlier recipients."""

    def __init__(
        self,
        by_nik: dict[int, dict[str, list[GroupRef]]],
        days: dict[int, Days],
        group_names: dict[int, str],
        funded: dict[str, FundedRef],
        *,
        whole_blocks: bool,
    ) -> None:
        self.by_nik, self.days, self.group_names = by_nik, days, group_names
        self.funded, self.whole_blocks = funded, whole_blocks
        self._look_alikes: dict[int, LookAlikes] = {}
        self._facts: dict[tuple[int, int], CrossFacts] = {}

    def facts(self, scheme_id: int, today: dt.date, recommended: int, region: str) -> CrossFacts:
        """The same object for every group of a scheme with the same recommended count."""
        found = self._facts.get((scheme_id, recommended))
        if found is not None:
            return found
        look_alikes = self._look_alikes.get(scheme_id)
        if look_alikes is None:
            days = self.days.get(scheme_id, {})
            look_alikes = LookAlikes(days, self.group_names, whole_blocks=self.whole_blocks)
            self._look_alikes[scheme_id] = look_alikes
        found = self._facts[(scheme_id, recommended)] = CrossFacts(
            today=today,
            groups_by_nik=self.by_nik.get(scheme_id, {}),
            funded_before=self.funded,
            look_alikes=look_alikes,
            recommended_elsewhere=recommended,
            office_region=region,
        )
        return found


def _cross_from_rows(rows: Iterable[Any], funded: dict[str, FundedRef]) -> Cross:
    """From rows (member id, nik, name, birth date, group id, group name, scheme id) of the
    active groups holding the NIKs and birth days that the vetted members have."""
    by_nik: dict[int, dict[str, list[GroupRef]]] = defaultdict(dict)
    days: dict[int, Days] = defaultdict(lambda: defaultdict(list))
    names: dict[int, str] = {}
    for mid, nik, name, birth, gid, gname, scheme_id in rows:
        names[gid] = gname
        if nik:
            by_nik[scheme_id].setdefault(nik, []).append(GroupRef(gid, gname))
        if birth is not None and name:
            member = MemberFacts(nik, name, birth, key=mid, group_id=gid)
            days[scheme_id][birth].append(member)
    return Cross(by_nik, days, names, funded, whole_blocks=False)


def cross_of_all(
    groups: dict[int, Any], members: dict[int, list[MemberFacts]], funded: dict[str, FundedRef]
) -> Cross:
    """Every group's members at once: only NIKs held more than once are indexed (a NIK
    held once is in no other group), and look-alikes are paired a whole day at a time."""
    held = Counter(m.nik for ms in members.values() for m in ms)
    by_nik: dict[int, dict[str, list[GroupRef]]] = defaultdict(dict)
    days: dict[int, Days] = defaultdict(lambda: defaultdict(list))
    names: dict[int, str] = {}
    for gid, row in groups.items():
        if row.status in _INACTIVE:
            continue
        names[gid] = row.name
        same_scheme = days[row.scheme_id]
        for m in members.get(gid, ()):
            if m.nik and held[m.nik] > 1:
                by_nik[row.scheme_id].setdefault(m.nik, []).append(GroupRef(gid, row.name))
            if m.birth_date is not None and m.name:
                same_scheme[m.birth_date].append(m)
    return Cross(by_nik, days, names, funded, whole_blocks=True)


_PEOPLE = select(Member.id, Member.nik, Member.name, Member.birth_date, Member.group_id)


def cross_for(
    session: Session, members: dict[int, list[MemberFacts]], scheme_ids: set[int]
) -> Cross:
    """The cross facts these members need and no more: indexed look-ups by NIK and by day.

    Members first, then their groups by primary key, filtered here: with the join or
    the filters in SQL, SQLite walks the scheme's groups instead of using the indexes.
    """
    niks = sorted({m.nik for ms in members.values() for m in ms if m.nik})
    days = sorted({m.birth_date for ms in members.values() for m in ms if m.birth_date})
    found: dict[int, Any] = {}
    for part in chunks(niks):
        found.update((r[0], r) for r in session.execute(_PEOPLE.where(Member.nik.in_(part))))
    for part in chunks(days):
        query = _PEOPLE.where(Member.birth_date.in_(part))
        found.update((r[0], r) for r in session.execute(query))
    group_ids = sorted({r[4] for r in found.values()})
    groups: dict[int, Any] = {}
    query = select(Group.id, Group.name, Group.scheme_id, Group.status)
    for part in chunks(group_ids):
        for row in session.execute(query.where(Group.id.in_(part))):
            if row.status not in _INACTIVE and row.scheme_id in scheme_ids:
                groups[row.id] = row
    rows = (
        (mid, nik, name, birth, gid, groups[gid][1], groups[gid][2])
        for mid, nik, name, birth, gid in found.values()
        if gid in groups
    )
    return _cross_from_rows(rows, funded_before(session, niks))
