"""group_states: which of the chosen groups exist, with name and status."""

from __future__ import annotations

from sqlalchemy import select

from tkm_desktop.services.groups import GroupState, group_states
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Group, Scheme


def _group(db: Database, name: str, status: str) -> int:
    with db.session() as s:
        scheme = s.scalars(select(Scheme).order_by(Scheme.id)).first()
        assert scheme is not None
        group = Group(scheme_id=scheme.id, name=name, status=status)
        s.add(group)
        s.flush()
        return group.id


def test_existing_groups_by_id_with_their_status(db: Database) -> None:
    first = _group(db, "Maju Jaya", "direkomendasikan")
    second = _group(db, "Sumber Rejeki", "diusulkan")
    with db.reader() as s:
        states = group_states(s, [first, 9999, second])
    assert states == [
        GroupState(first, "Maju Jaya", "direkomendasikan"),
        GroupState(second, "Sumber Rejeki", "diusulkan"),
    ]
    assert [g.status for g in states] == ["direkomendasikan", "diusulkan"]


def test_no_groups_chosen(db: Database) -> None:
    with db.reader() as s:
        assert group_states(s, []) == []
