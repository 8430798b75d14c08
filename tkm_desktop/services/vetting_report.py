"""What a vet run (or the stored findings) says about each group, as lists and reports show it.

A group's findings are its ``vet`` findings plus the ``import`` findings that still
stand: those whose code vetting decides (``domain.vetting.VET_CODES``) are shadowed
by vetting's current answer. A warning counts as acknowledged when a FindingAck
with the same code and NIK exists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.domain import findings as catalogue
from tkm_desktop.domain.findings import Category, FindingData, Severity
from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.domain.vetting import VET_CODES, MemberFacts
from tkm_desktop.store.models import Finding, FindingAck, Member

VET = "vet"  # Finding.source of vetting's findings
_CATEGORY_ORDER = {Category.PERSON: 0, Category.GROUP: 1, Category.COMPLETENESS: 2}


class FindingRow(NamedTuple):
    """A finding as lists and reports show it."""

    code: str
    severity: str
    category: str
    member_id: int | None
    member_nik: str
    details: dict[str, Any]
    source: str  # 'vet' or 'import'
    acknowledged: bool = False

    def message(self, lang: str = "id", *, masked: bool = False) -> str:
        """The text; ``masked`` hides the middle of every NIK and KK in it (screens, refusals)."""
        details = catalogue.masked(self.details) if masked else self.details
        return catalogue.message(self.code, details, lang)

    def to_json(self, lang: str = "id") -> dict[str, Any]:
        """The contract's shape (DESIGN.md, ``vet --json``); member_nik is the full NIK."""
        return {
            "code": self.code,
            "severity": self.severity,
            "member_nik": self.member_nik,
            "message": self.message(lang),
            "details": self.details,
        }


class GroupVet(NamedTuple):
    id: int
    name: str
    status: str
    findings: tuple[FindingRow, ...]

    @property
    def errors(self) -> list[FindingRow]:
        return [f for f in self.findings if f.severity == Severity.ERROR]

    @property
    def warnings(self) -> list[FindingRow]:
        return [f for f in self.findings if f.severity == Severity.WARNING]

    @property
    def unacknowledged(self) -> list[FindingRow]:
        """Warnings still waiting for a note (``ack``)."""
        return [f for f in self.warnings if not f.acknowledged]

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def to_json(self, lang: str = "id") -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "status": self.status,
            "findings": [f.to_json(lang) for f in self.findings],
        }


class VetReport(NamedTuple):
    groups: list[GroupVet]
    seconds: float = 0.0

    def to_json(self, lang: str = "id") -> dict[str, Any]:
        return {"groups": [g.to_json(lang) for g in self.groups]}

    def count(self, severity: str) -> int:
        return sum(g.count(severity) for g in self.groups)


def chunks(items: Sequence[Any], size: int = 900) -> Iterable[Sequence[Any]]:
    """Slices small enough for an IN list on every backend."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _for_groups(session: Session, query: Any, column: Any, ids: Sequence[int] | None) -> Any:
    if ids is None:
        yield from session.execute(query)
        return
    for part in chunks(ids):
        yield from session.execute(query.where(column.in_(part)))


def assemble(
    session: Session,
    groups: dict[int, Any],
    ids: Sequence[int] | None,
    results: dict[int, list[FindingData]],
    members_of: dict[int, Sequence[MemberFacts]],
) -> list[GroupVet]:
    """Each group's findings: ``results`` (vet) with the import findings still standing, in
    order (person by member, group, completeness), warnings marked acknowledged or not."""
    acks = set(
        _for_groups(
            session,
            select(FindingAck.group_id, FindingAck.code, FindingAck.nik),
            FindingAck.group_id,
            ids,
        )
    )
    imported: dict[int, list[Any]] = defaultdict(list)
    columns = (Finding.group_id, Finding.member_id, Finding.member_nik, Finding.code,
               Finding.severity, Finding.category, Finding.details, Finding.source)  # fmt: skip
    query = select(*columns).where(Finding.source != VET).order_by(Finding.id)
    for row in _for_groups(session, query, Finding.group_id, ids):
        if row.code not in VET_CODES:  # vetting decided this code again, on current data
            imported[row.group_id].append(row)
    out = []
    for gid in sorted(results):
        members = members_of.get(gid, ())
        position = {m.key: i for i, m in enumerate(members)}
        rows = []
        for f in results[gid]:
            severity = f.effective_severity.value
            member = None if f.member_index is None else members[f.member_index].key
            done = severity != Severity.ERROR and (gid, f.code, f.member_nik) in acks
            rows.append(FindingRow(f.code, severity, f.category.value, member, f.member_nik,
                                   f.details, VET, done))  # fmt: skip
        for r in imported.get(gid, ()):
            done = r.severity != Severity.ERROR and (gid, r.code, r.member_nik) in acks
            rows.append(FindingRow(r.code, r.severity, r.category, r.member_id, r.member_nik,
                                   r.details or {}, r.source, done))  # fmt: skip
        last = len(position)
        rows.sort(
            key=lambda f: (_CATEGORY_ORDER.get(f.category, 3), position.get(f.member_id, last))
        )  # type: ignore[call-overload]
        row = groups[gid]
        out.append(GroupVet(gid, row.name, row.status, tuple(rows)))
    return out


class MemberLabel(NamedTuple):
    name: str
    number: int  # the member's number in the roster, from 1


def member_labels(session: Session, group_ids: Sequence[int]) -> dict[int, MemberLabel]:
    """Member id → name and roster number, so a member finding can say whom it is about."""
    labels: dict[int, MemberLabel] = {}
    query = select(Member.id, Member.group_id, Member.name).order_by(
        Member.group_id, Member.position, Member.id
    )
    last_group, number = None, 0
    for member_id, group_id, name in _for_groups(session, query, Member.group_id, group_ids):
        number = number + 1 if group_id == last_group else 1
        last_group = group_id
        labels[member_id] = MemberLabel(name, number)
    return labels


def about_member(row: FindingRow, labels: dict[int, MemberLabel]) -> str:
    """'3275********0004 Budi Santoso (anggota ke-4)' for a member finding, else ''."""
    if not row.member_nik:
        return ""
    label = labels.get(row.member_id) if row.member_id is not None else None
    if label is None:
        return mask_nik(row.member_nik)
    return f"{mask_nik(row.member_nik)} {label.name} (anggota ke-{label.number})"
