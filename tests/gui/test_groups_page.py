"""The groups page: search as you type (debounced), filters, Beranda's links, opening a group."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from tkm_desktop.gui.group_table_model import COL_NAME
from tkm_desktop.gui.groups_page import GroupsPage
from tkm_desktop.services import browse
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Finding

AddGroup = Callable[..., int]


def _page(qtbot: QtBot, db: Database) -> GroupsPage:
    page = GroupsPage(db)
    qtbot.addWidget(page)
    page.reload()
    return page


def _names(page: GroupsPage) -> list[str]:
    model = page.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def test_lists_every_group_with_its_count(
    qtbot: QtBot, gui_db: Database, add_group: AddGroup
) -> None:
    add_group("Maju Jaya")
    add_group("Sejahtera Mandiri", status="diverifikasi")
    page = _page(qtbot, gui_db)
    assert _names(page) == ["Maju Jaya", "Sejahtera Mandiri"]
    assert page.ui.countLabel.text() == "(2 kelompok)"
    assert page.ui.groupStack.currentWidget() is page.ui.tablePage


def test_empty_database_shows_how_groups_arrive(qtbot: QtBot, gui_db: Database) -> None:
    page = _page(qtbot, gui_db)
    assert page.ui.groupStack.currentWidget() is page.ui.emptyPage
    assert page.ui.emptyLabel.text().startswith("Belum ada kelompok usulan.")
    assert "Ctrl+I" in page.ui.emptyLabel.text()


def test_typing_filters_after_a_pause(qtbot: QtBot, gui_db: Database, add_group: AddGroup) -> None:
    add_group("Maju Jaya")
    add_group("Kue Basah Ibu Sri", kelurahan_code="32.75.02.1001", kecamatan_code="32.75.02")
    page = _page(qtbot, gui_db)
    queries: list[browse.GroupFilter] = []
    page.model.counted.connect(lambda *_: queries.append(page.model.filter))
    qtbot.keyClicks(page.ui.searchEdit, "kue b")
    assert queries == []  # not one query per key
    qtbot.waitUntil(lambda: _names(page) == ["Kue Basah Ibu Sri"])
    assert len(queries) == 1
    assert page.ui.countLabel.text() == "(1 dari 2 kelompok)"


def test_search_by_kelurahan_name_and_no_match_hint(
    qtbot: QtBot, gui_db: Database, add_group: AddGroup
) -> None:
    add_group("Maju Jaya")  # kelurahan 32.75.01.1001: Bekasijaya
    add_group("Lain", kelurahan_code="32.75.02.1001", kecamatan_code="32.75.02")
    page = _page(qtbot, gui_db)
    page.ui.searchEdit.setText("bekasijaya")
    page.apply_filter()
    assert _names(page) == ["Maju Jaya"]
    page.ui.searchEdit.setText("tidak ada yang begini")
    page.apply_filter()
    assert page.ui.groupStack.currentWidget() is page.ui.emptyPage
    assert page.ui.emptyLabel.text().startswith("Tidak ada kelompok yang cocok")


def test_filters_and_clearing_them(qtbot: QtBot, gui_db: Database, add_group: AddGroup) -> None:
    add_group("Maju Jaya")
    add_group(
        "Barat", kelurahan_code="32.75.02.1001", kecamatan_code="32.75.02", status="diverifikasi"
    )
    page = _page(qtbot, gui_db)
    kecamatan = page.ui.kecamatanCombo
    assert [kecamatan.itemText(i) for i in range(kecamatan.count())] == [
        "Semua kecamatan",
        "Bekasi Barat",
        "Bekasi Timur",
    ]
    kecamatan.setCurrentIndex(1)
    assert _names(page) == ["Barat"]
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("diusulkan"))
    assert _names(page) == []
    page.ui.clearButton.click()
    assert _names(page) == ["Maju Jaya", "Barat"]
    assert page.ui.kecamatanCombo.currentIndex() == 0


def test_attention_filter_from_beranda(qtbot: QtBot, gui_db: Database, add_group: AddGroup) -> None:
    add_group("Bersih")
    broken = add_group("Bermasalah")
    with gui_db.session() as session:
        session.add(
            Finding(
                group_id=broken,
                code="GROUP_TOO_SMALL",
                severity="error",
                category="group",
                source="vet",
                details={},
            )
        )
    page = _page(qtbot, gui_db)
    page.show_filtered(flag=browse.FLAG_ERRORS)
    assert _names(page) == ["Bermasalah"]
    assert page.ui.attentionCombo.currentText() == "Ada kesalahan"
    page.show_filtered(flag=browse.FLAG_UNVETTED)
    assert page.ui.attentionCombo.currentText() == "Belum diperiksa"
    assert _names(page) == ["Bersih", "Bermasalah"]  # neither was ever vetted


def test_enter_opens_the_group(qtbot: QtBot, gui_db: Database, add_group: AddGroup) -> None:
    add_group("Pertama")
    second = add_group("Kedua")
    page = _page(qtbot, gui_db)
    table = page.ui.groupTable
    table.setCurrentIndex(page.model.index(1, COL_NAME))
    assert page.selected_group_id() == second
    with qtbot.waitSignal(page.groupActivated) as signal:
        table.activated.emit(table.currentIndex())
    assert signal.args == [second]


def tab_chain(start, widgets):  # type: ignore[no-untyped-def]
    """The order in which Tab reaches ``widgets``, starting from ``start``."""
    seen, widget = [], start
    for _ in range(300):
        if widget in widgets and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen


def test_tab_order_starts_at_the_search_box(qtbot: QtBot, gui_db: Database) -> None:
    ui = _page(qtbot, gui_db).ui
    expected = [
        ui.searchEdit,
        ui.schemeCombo,
        ui.statusCombo,
        ui.kecamatanCombo,
        ui.attentionCombo,
        ui.clearButton,
        ui.groupTable,
    ]
    assert tab_chain(ui.searchEdit, expected) == expected
