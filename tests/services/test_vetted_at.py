"""Whether a group was vetted at all: set by vetting, cleared by a replaced roster, shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.import_support import seed_office, vb
from tkm_desktop.services import browse, recap
from tkm_desktop.services.browse import GroupFilter
from tkm_desktop.services.context import Actor
from tkm_desktop.services.dashboard import load_dashboard
from tkm_desktop.services.groups import list_groups
from tkm_desktop.services.importer import import_file
from tkm_desktop.services.vetting import vet_groups
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Group, Scheme

CLI = Actor.anonymous("cli")
LONG_AGO = dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def _add(db: Database, *statuses: str) -> list[int]:
    with db.session() as session:
        scheme = session.scalars(select(Scheme).where(Scheme.is_default)).one()
        groups = [
            Group(scheme=scheme, name=f"K{n}", status=s, updated_at=LONG_AGO)
            for n, s in enumerate(statuses)
        ]
        session.add_all(groups)
        session.flush()
        return [g.id for g in groups]


def _vetted_at(db: Database) -> dict[int, dt.datetime | None]:
    with db.reader() as session:
        return dict(session.execute(select(Group.id, Group.vetted_at)).tuples().all())


def test_a_run_over_every_group_marks_only_those_it_vetted(db: Database) -> None:
    # On a server another client may import while a long run goes on: what the run did
    # not load stays "belum diperiksa" (here: findings stored for one group of two).
    from tkm_desktop.services.vetting import _store

    first, second = _add(db, "diusulkan", "diusulkan")
    with db.session() as session:
        _store(session, None, {first: []}, {first: []})
    stamped = _vetted_at(db)
    assert stamped[first] is not None and stamped[second] is None


def _flagged(db: Database) -> list[int]:
    with db.reader() as session:
        return browse.matching_ids(session, GroupFilter(flag=browse.FLAG_UNVETTED))


def test_vetting_marks_the_groups_it_stored_and_no_others(db: Database) -> None:
    first, second, third = _add(db, "diusulkan", "diusulkan", "diverifikasi")
    assert _vetted_at(db) == {first: None, second: None, third: None}

    before = dt.datetime.now(dt.UTC)
    vet_groups(db, CLI, [first])
    stamped = _vetted_at(db)
    assert stamped[first] is not None and stamped[first] >= before
    assert stamped[first].tzinfo is not None  # UTC, like every time in the store
    assert (stamped[second], stamped[third]) == (None, None)

    vet_groups(db, CLI)  # every group
    assert all(at is not None and at >= stamped[first] for at in _vetted_at(db).values())
    with db.reader() as session:
        # Being vetted is not an edit: "last changed" keeps its time.
        assert set(session.scalars(select(Group.updated_at))) == {LONG_AGO}


def test_flag_counts_only_unvetted_groups_in_vetting(db: Database) -> None:
    proposed, returned, checked, recommended = _add(
        db, "diusulkan", "dikembalikan", "diverifikasi", "direkomendasikan"
    )
    assert _flagged(db) == [proposed, returned, checked]
    vet_groups(db, CLI, [returned])
    assert _flagged(db) == [proposed, checked]
    with db.reader() as session:
        assert load_dashboard(session).attention[browse.FLAG_UNVETTED] == 2
        rows = browse.fetch_rows(session, [proposed, returned, recommended])
        assert [g.vetted for g in list_groups(session)] == [False, True, False, False]
    assert (rows[proposed].vetted, rows[returned].vetted, rows[recommended].vetted) == (
        False,
        True,
        False,
    )
    assert browse.FLAGS[0] == browse.FLAG_UNVETTED  # Beranda's first attention line


def test_recap_names_every_flag_in_the_programs_words() -> None:
    texts = recap._FLAG_TEXT
    assert set(texts) == set(browse.FLAGS)
    assert texts[browse.FLAG_UNVETTED] == "belum diperiksa"
    assert "kesalahan" in texts[browse.FLAG_ERRORS]
    assert not [t for t in texts.values() if "galat" in t]


@pytest.fixture
def office_db(db: Database) -> Database:
    return seed_office(db)


def test_import_leaves_groups_unvetted_and_replace_clears_it(
    office_db: Database, tmp_path: Path
) -> None:
    spec = vb.group("Maju Jaya", 5)
    path = vb.per_sheet_book(tmp_path / "a.xlsx", [spec])
    gid = import_file(office_db, CLI, path, today=vb.TODAY).group_ids[0]
    assert _vetted_at(office_db) == {gid: None}
    vet_groups(office_db, CLI, [gid], today=vb.TODAY)
    with office_db.session() as session:
        group = session.get(Group, gid)
        assert group is not None and group.vetted_at is not None
        group.status = "dikembalikan"

    fixed = vb.GroupSpec("Maju Jaya", spec.members[:4] + vb.people(1, 500))
    fixed_path = vb.per_sheet_book(tmp_path / "b.xlsx", [fixed])
    dry = import_file(office_db, CLI, fixed_path, today=vb.TODAY, replace_group_id=gid,
                      dry_run=True)  # fmt: skip
    assert not dry.refused and _vetted_at(office_db)[gid] is not None  # a dry run writes nothing
    result = import_file(office_db, CLI, fixed_path, today=vb.TODAY, replace_group_id=gid)
    assert not result.refused
    assert _vetted_at(office_db) == {gid: None}
    assert _flagged(office_db) == [gid]
