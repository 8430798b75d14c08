"""GroupTableModel: ids from SQL, rows fetched a page at a time, a well-behaved Qt model."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from tkm_desktop.gui import group_table_model as gtm
from tkm_desktop.gui.group_table_model import (
    COL_ERRORS,
    COL_ID,
    COL_KECAMATAN,
    COL_KELURAHAN,
    COL_MEMBERS,
    COL_NAME,
    COL_STATUS,
    COL_WARNINGS,
    COLUMN_COUNT,
    GROUP_ID_ROLE,
    GroupTableModel,
)
from tkm_desktop.gui.status_badge import STATUS_ROLE
from tkm_desktop.services.browse import GroupFilter
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Finding

AddGroup = Callable[..., int]


def _model(db: Database, flt: GroupFilter | None = None) -> GroupTableModel:
    model = GroupTableModel(db)
    model.set_filter(flt or GroupFilter())
    return model


def _column(model: GroupTableModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _finding(db: Database, group_id: int, severity: str, code: str = "BANK_ACCOUNT_MISSING"):
    with db.session() as session:
        session.add(
            Finding(
                group_id=group_id,
                code=code,
                severity=severity,
                category="group",
                source="vet",
                details={},
            )
        )


def test_model_passes_qt_model_tester(
    qtmodeltester: ModelTester, gui_db: Database, add_group: AddGroup
) -> None:
    first = add_group("Maju Jaya", members=4)
    add_group("Berkah Bersama", status="diverifikasi")
    _finding(gui_db, first, "error")
    qtmodeltester.check(_model(gui_db))


def test_empty_model_passes_qt_model_tester(qtmodeltester: ModelTester, gui_db: Database) -> None:
    qtmodeltester.check(_model(gui_db))


def test_no_query_before_the_first_filter(gui_db: Database, add_group: AddGroup) -> None:
    add_group("Maju Jaya")
    model = GroupTableModel(gui_db)
    model.sort(COL_NAME)  # what a view does when it is given the model
    assert model.rowCount() == 0
    model.refresh()
    assert model.rowCount() == 1


def test_cells_show_the_group_in_indonesian(gui_db: Database, add_group: AddGroup) -> None:
    group = add_group("Maju Jaya", members=4, status="diverifikasi", vetted=True)
    _finding(gui_db, group, "error")
    _finding(gui_db, group, "warning", "POSSIBLE_SAME_PERSON")
    _finding(gui_db, group, "warning", "KK_DUPLICATE_IN_GROUP")
    model = _model(gui_db)
    assert model.columnCount() == COLUMN_COUNT
    assert model.index(0, COL_ID).data() == str(group)
    assert model.index(0, COL_NAME).data() == "Maju Jaya"
    assert model.index(0, COL_STATUS).data() == "Memenuhi Syarat (MS)"
    assert model.index(0, COL_STATUS).data(STATUS_ROLE) == "diverifikasi"
    assert model.index(0, COL_NAME).data(STATUS_ROLE) is None
    assert model.index(0, COL_MEMBERS).data() == "4"
    assert model.index(0, COL_ERRORS).data() == "1"
    assert model.index(0, COL_WARNINGS).data() == "2"
    assert model.index(0, COL_KELURAHAN).data() == "Bekasijaya"  # the official name
    assert model.index(0, COL_KECAMATAN).data() == "Bekasi Timur"
    assert model.index(0, COL_KECAMATAN).data(GROUP_ID_ROLE) == group
    assert model.headerData(COL_ERRORS, Qt.Orientation.Horizontal) == "Kesalahan"
    assert "diperbaiki" in model.headerData(
        COL_ERRORS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )


def test_counts_are_right_aligned_and_zero_is_grey(gui_db: Database, add_group: AddGroup) -> None:
    add_group("Maju Jaya", vetted=True)
    model = _model(gui_db)
    alignment = model.index(0, COL_MEMBERS).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)
    assert model.index(0, COL_NAME).data(Qt.ItemDataRole.TextAlignmentRole) is None
    grey = model.index(0, COL_ERRORS).data(Qt.ItemDataRole.ForegroundRole)
    assert grey.color().name() == "#8c8c8c"


def test_an_unvetted_group_shows_no_counts_and_says_why(
    gui_db: Database, add_group: AddGroup
) -> None:
    unvetted = add_group("Baru Diimpor")
    with_import_error = add_group("Impor Bermasalah")
    vetted = add_group("Sudah Diperiksa", vetted=True)
    # An error the import found counts before vetting too (the Ada kesalahan filter
    # lists that group): it shows; a count that would only read as "clean" does not.
    _finding(gui_db, with_import_error, "error", "VALUE_MISSING")
    model = _model(gui_db)
    row, clean = model.row_of(unvetted), model.row_of(vetted)
    flagged = model.row_of(with_import_error)
    assert row is not None and clean is not None and flagged is not None
    tooltip = Qt.ItemDataRole.ToolTipRole
    for column in (COL_ERRORS, COL_WARNINGS):
        cell = model.index(row, column)
        assert cell.data() == "—"
        assert cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8c8c8c"
        assert cell.data(tooltip) == (
            "Belum diperiksa: pilih Kelompok → Periksa Ulang Semua Kelompok."
        )
        assert model.index(clean, column).data() == "0"
        assert model.index(clean, column).data(tooltip) is None
    errors = model.index(flagged, COL_ERRORS)
    assert errors.data() == "1"
    assert errors.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert errors.data(tooltip).startswith("Belum diperiksa")
    assert model.index(flagged, COL_WARNINGS).data() == "—"


def test_english_status_label(gui_db: Database, add_group: AddGroup) -> None:
    add_group("Maju Jaya", status="ditolak")
    model = GroupTableModel(gui_db, lang="en")
    model.refresh()
    assert model.index(0, COL_STATUS).data() == "Not eligible (rejected)"


def test_filter_and_count_signal(qtbot, gui_db: Database, add_group: AddGroup) -> None:
    add_group("Maju Jaya")
    add_group("Kue Basah", status="diverifikasi")
    model = GroupTableModel(gui_db)
    with qtbot.waitSignal(model.counted) as signal:
        model.set_filter(GroupFilter(status="diverifikasi"))
    assert signal.args == [1, 2]
    assert _column(model, COL_NAME) == ["Kue Basah"]
    assert model.total == 2


def test_header_sort_runs_in_sql_both_ways(gui_db: Database, add_group: AddGroup) -> None:
    add_group("Citra", members=2)
    add_group("abadi", members=5)
    add_group("Bunga", members=3)
    model = _model(gui_db)
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert _column(model, COL_NAME) == ["abadi", "Bunga", "Citra"]
    model.sort(COL_MEMBERS, Qt.SortOrder.DescendingOrder)
    assert _column(model, COL_MEMBERS) == ["5", "3", "2"]
    model.sort(COL_STATUS)
    assert model.rowCount() == 3


def test_rows_are_read_a_page_at_a_time_and_the_cache_is_bounded(
    gui_db: Database, add_group: AddGroup, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gtm, "PAGE_SIZE", 2)
    monkeypatch.setattr(gtm, "MAX_PAGES", 2)
    for n in range(9):
        add_group(f"Kelompok {n}", members=1)
    fetched: list[list[int]] = []
    real_fetch = gtm.browse.fetch_rows

    def counting_fetch(session, ids, **kw):  # type: ignore[no-untyped-def]
        fetched.append(list(ids))
        return real_fetch(session, ids, **kw)

    monkeypatch.setattr(gtm.browse, "fetch_rows", counting_fetch)
    model = _model(gui_db)
    assert model.rowCount() == 9
    assert fetched == []  # ids only, until a row is looked at
    assert model.index(0, COL_NAME).data() == "Kelompok 0"
    assert model.index(1, COL_NAME).data() == "Kelompok 1"
    assert len(fetched) == 1 and len(fetched[0]) == 2
    for row in range(9):
        model.index(row, COL_NAME).data()
    assert len(fetched) == 5
    assert model.cached_pages() == 2


def test_a_group_deleted_meanwhile_shows_as_deleted(gui_db: Database, add_group: AddGroup) -> None:
    group = add_group("Maju Jaya")
    model = _model(gui_db)
    from tkm_desktop.store.models import Group

    with gui_db.session() as session:
        session.delete(session.get(Group, group))
    assert model.index(0, COL_NAME).data() == "(dihapus)"
    assert model.index(0, COL_STATUS).data(STATUS_ROLE) is None
    model.refresh()
    assert model.rowCount() == 0


def test_row_of_and_group_id_at(gui_db: Database, add_group: AddGroup) -> None:
    first = add_group("A")
    second = add_group("B")
    model = _model(gui_db)
    assert model.group_id_at(1) == second
    assert model.row_of(first) == 0
    assert model.row_of(999) is None


def test_places_as_written_until_the_region_list_is_loaded(
    qtbot, gui_db: Database, add_group: AddGroup, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tkm_desktop.gui import region_names as names_module
    from tkm_desktop.store.models import Group

    names = names_module.RegionNames()
    names._ready = False  # as at start, before the background thread finished
    monkeypatch.setattr(gtm, "region_names", lambda: names)
    group = add_group("Maju Jaya")
    with gui_db.session() as session:
        session.get(Group, group).kelurahan_name = "Kel. Bekasi Jaya"
    model = _model(gui_db)
    assert model.index(0, COL_KELURAHAN).data() == "Kel. Bekasi Jaya"
    assert model.index(0, COL_KECAMATAN).data() == "32.75.01"  # no name was written
    with qtbot.waitSignal(model.dataChanged):
        names._on_loaded()
    assert model.index(0, COL_KELURAHAN).data() == "Bekasijaya"
    assert model.index(0, COL_KECAMATAN).data() == "Bekasi Timur"


def test_region_names_load_once_and_say_so(qtbot) -> None:
    from tkm_desktop.gui.region_names import RegionNames, region_names

    assert region_names() is region_names()
    names = RegionNames()
    names._ready = False
    with qtbot.waitSignal(names.ready):
        names.load()
    assert names.is_ready
    names.load()  # nothing more to do
    names.wait()


def test_typing_on_looks_only_among_the_last_matches(
    gui_db: Database, add_group: AddGroup, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_group("Maju Jaya")
    add_group("Maju Bersama")
    add_group("Sejahtera")
    seen: list[object] = []
    real = gtm.browse.matching_ids

    def spy(session, flt, sort="id", **kw):  # type: ignore[no-untyped-def]
        seen.append(kw.get("within"))
        return real(session, flt, sort, **kw)

    monkeypatch.setattr(gtm.browse, "matching_ids", spy)
    model = _model(gui_db, GroupFilter(text="maj"))
    model.set_filter(GroupFilter(text="maju b"))
    assert _column(model, COL_NAME) == ["Maju Bersama"]
    model.set_filter(GroupFilter(text="sej"))  # a new word: everything again
    assert _column(model, COL_NAME) == ["Sejahtera"]
    assert seen[0] is None and seen[1] == [1, 2] and seen[2] is None
