"""Beranda's counts: per status, what needs attention, schemes against their quota."""

from __future__ import annotations

from sqlalchemy import select

from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.services import browse
from tkm_desktop.services.dashboard import load_dashboard
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Finding, Group, Scheme


def _add(db: Database, *statuses: str, scheme_code: str = "TKM-PEMULA-2023") -> list[int]:
    with db.session() as session:
        scheme = session.scalars(select(Scheme).where(Scheme.code == scheme_code)).one()
        groups = [Group(scheme=scheme, name=f"K{n}", status=s) for n, s in enumerate(statuses)]
        session.add_all(groups)
        session.flush()
        return [g.id for g in groups]


def test_counts_every_status_in_workflow_order(db: Database) -> None:
    _add(db, "diusulkan", "diusulkan", "direkomendasikan")
    board = _load(db)
    assert list(board.by_status) == [s.value for s in GroupStatus]
    assert board.by_status["diusulkan"] == 2
    assert board.by_status["selesai"] == 0
    assert board.total == 3


def _load(db: Database, scheme_id: int | None = None):  # type: ignore[no-untyped-def]
    with db.reader() as session:
        return load_dashboard(session, scheme_id)


def test_attention(db: Database) -> None:
    first, _second, _recommended, rejected = _add(
        db, "diusulkan", "diusulkan", "direkomendasikan", "ditolak"
    )
    with db.session() as session:
        for gid in (first, rejected):  # a rejected group's errors need nobody any more
            session.add(
                Finding(
                    group_id=gid,
                    code="GROUP_TOO_SMALL",
                    severity="error",
                    category="group",
                    source="vet",
                    details={},
                )
            )
    board = _load(db)
    assert board.attention == {
        browse.FLAG_UNVETTED: 2,  # the two proposals; nothing vetted them
        browse.FLAG_ERRORS: 1,
        browse.FLAG_UNACKED: 0,
        browse.FLAG_NO_LETTER: 1,
    }


def test_quota_and_scheme_scope(db: Database) -> None:
    with db.session() as session:
        scheme = session.scalars(select(Scheme).where(Scheme.code == "TKM-PEMULA-2023")).one()
        scheme.group_quota = 2
        scheme_id = scheme.id
    _add(db, "direkomendasikan", "dana_cair", "ditetapkan", "diverifikasi", "ditolak")
    _add(db, "diusulkan", scheme_code="TKM-JPS-2020")
    board = _load(db)
    assert board.total == 6
    (quota,) = board.quotas
    assert (quota.code, quota.quota, quota.holding, quota.in_pipeline) == (
        "TKM-PEMULA-2023",
        2,
        3,
        1,
    )
    assert quota.over and quota.full
    scoped = _load(db, scheme_id)
    assert scoped.total == 5
    assert scoped.by_status["diusulkan"] == 0
