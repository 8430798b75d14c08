"""Writing an import: groups, members and findings with SQLAlchemy Core bulk inserts.

Everything runs in the caller's transaction. ``TKM_FAULT=import:<point>`` kills the
process at a named point (after_groups, after_members, after_findings, after_audit,
before_commit), for the test that proves a killed import leaves no trace.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from tkm_desktop.domain.findings import CODES
from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.excel.proposal import GroupData, Problem
from tkm_desktop.excel.proposal_reader import Tick
from tkm_desktop.services.context import Actor
from tkm_desktop.store.models import Finding, Group, Member, Scheme

FAULT_ENV = "TKM_FAULT"
MEMBER_BATCH = 20_000
BULK_CACHE_KIB = -65_536  # negative: KiB, as SQLite's PRAGMA cache_size takes it


def fault_point(name: str) -> None:
    """Die here, at once and without cleaning up, when ``TKM_FAULT`` names this point."""
    if os.environ.get(FAULT_ENV) == f"import:{name}":
        os._exit(9)


_LIMITS: dict[str, int] = {
    c.name: c.type.length  # type: ignore[attr-defined]
    for table in (Group.__table__, Member.__table__)
    for c in table.columns
    if getattr(c.type, "length", None)
}


def _fit(value: str, column: str) -> str:
    limit = _LIMITS.get(column)
    return value[:limit] if limit and len(value) > limit else value


def group_row(g: GroupData, scheme_id: int, actor: Actor) -> dict[str, Any]:
    row = {
        "scheme_id": scheme_id, "name": g.name, "business_type": g.business_type,
        "sector": g.sector, "street": g.street, "rt_rw": g.rt_rw,
        "kelurahan_code": g.kelurahan_code, "kecamatan_code": g.kecamatan_code,
        "kelurahan_name": g.kelurahan_name, "kecamatan_name": g.kecamatan_name,
        "recommender_name": g.recommender_name,
        "recommender_letter_number": g.recommender_letter_number,
        "bank_name": g.bank_name, "account_number": g.account_number,
        "account_holder": g.account_holder,
    }  # fmt: skip
    row = {k: _fit(v, k) if isinstance(v, str) else v for k, v in row.items()}
    row |= {
        "recommender_letter_date": g.recommender_letter_date,
        "status": GroupStatus.DIUSULKAN.value,
        "created_by_id": actor.user_id,
        "updated_by_id": actor.user_id,
    }
    return row


def member_rows(g: GroupData, group_id: int) -> Iterable[dict[str, Any]]:
    """Rows for ``insert(Member.__table__)``; texts cut to their column's length."""
    lim = _LIMITS
    nik_n, kk_n, name_n, place_n = lim["nik"], lim["kk"], lim["name"], lim["birth_place"]
    addr_n, rt_n, phone_n, edu_n = lim["address"], lim["rt_rw"], lim["phone"], lim["education"]
    work_n, role_n = lim["work_status"], lim["role"]
    group_kel = g.kelurahan_code
    for position, m in enumerate(g.members, start=1):
        yield {
            "group_id": group_id, "position": position, "nik": m.nik[:nik_n],
            "nik_source": "number" if m.arrived_as_number else "text", "kk": m.kk[:kk_n],
            "name": m.name[:name_n], "birth_place": m.birth_place[:place_n],
            "birth_date": m.birth_date, "sex": m.sex[:1], "address": m.address[:addr_n],
            "rt_rw": m.rt_rw[:rt_n], "kelurahan_code": m.kelurahan_code or group_kel,
            "phone": m.phone[:phone_n], "education": m.education[:edu_n],
            "work_status": m.work_status[:work_n], "role": m.role[:role_n],
        }  # fmt: skip




def insert_groups(
    s: Session, actor: Actor, scheme: Scheme, groups: list[GroupData], *, tick: Tick | None = None
) -> list[int]:
    """Groups, members and import findings, with Core bulk inserts; returns the group ids.

    ``tick`` is called after each batch of members.
    """
    if not groups:
        return []
    with _big_page_cache(s):
        return _insert_groups(s, actor, scheme, groups, tick)


@contextmanager
def _big_page_cache(s: Session) -> Iterator[None]:
    """SQLite: a 64 MB page cache while the rows go in (the NIK and birth-date indexes
    take keys in random order); the connection's own size is put back afterwards."""
    if s.get_bind().dialect.name != "sqlite":
        yield
        return
    before = s.execute(text("PRAGMA cache_size")).scalar()
    s.execute(text(f"PRAGMA cache_size={BULK_CACHE_KIB}"))
    yield  # after an error the transaction is dead anyway; the size then stays, harmlessly
    s.execute(text(f"PRAGMA cache_size={int(before or -2000)}"))


def _insert_groups(
    s: Session, actor: Actor, scheme: Scheme, groups: list[GroupData], tick: Tick | None
) -> list[int]:
    total = len(groups)
    if tick is not None:
        tick(0, total, "import.progress.groups")
    ids = list(s.scalars(
        insert(Group).returning(Group.id, sort_by_parameter_order=True),
        [group_row(g, scheme.id, actor) for g in groups],
    ))  # fmt: skip
    fault_point("after_groups")
    batch: list[dict[str, Any]] = []
    for done, (g, gid) in enumerate(zip(groups, ids, strict=True), start=1):
        batch.extend(member_rows(g, gid))
        if len(batch) >= MEMBER_BATCH:
            s.execute(insert(Member.__table__), batch)
            batch = []
            if tick is not None:
                tick(done, total, "import.progress.members")
    if batch:
        s.execute(insert(Member.__table__), batch)
    fault_point("after_members")
    if tick is not None:
        tick(total, total, "import.progress.findings")
    insert_findings(s, groups, ids)
    fault_point("after_findings")
    return ids


def insert_findings(s: Session, groups: list[GroupData], ids: list[int]) -> None:
    with_member = [gid for g, gid in zip(groups, ids, strict=True)
                   if any(m.findings for m in g.members)]  # fmt: skip
    member_ids: dict[tuple[int, int], int] = {}
    for start in range(0, len(with_member), 500):
        chunk = with_member[start : start + 500]
        q = select(Member.group_id, Member.position, Member.id).where(Member.group_id.in_(chunk))
        member_ids.update({(gid, pos): mid for gid, pos, mid in s.execute(q)})
    rows: list[dict[str, Any]] = []
    for g, gid in zip(groups, ids, strict=True):
        rows.extend(finding_row(p, gid, None, "") for p in g.findings)
        for position, m in enumerate(g.members, start=1):
            for p in m.findings:
                rows.append(finding_row(p, gid, member_ids.get((gid, position)), m.nik))
    for start in range(0, len(rows), MEMBER_BATCH):
        s.execute(insert(Finding.__table__), rows[start : start + MEMBER_BATCH])


def finding_row(p: Problem, group_id: int, member_id: int | None, nik: str) -> dict[str, Any]:
    details = {k: v for k, v in p.details.items() if isinstance(v, str | int | float | bool)}
    details |= {"sheet": p.sheet, "row": p.row, "column": p.column, "message": p.message}
    return {
        "group_id": group_id, "member_id": member_id, "member_nik": _fit(nik, "nik"),
        "code": p.code, "severity": p.severity, "category": str(CODES[p.code].category),
        "source": "import", "details": details,
    }  # fmt: skip
