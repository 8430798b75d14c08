"""The group editor as a clerk meets it: who may edit told apart from the lock, read-only
looks, fitting small screens, the window's language, the RAB columns and row heights."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from tkm_desktop.gui.budget_model import COL_CATEGORY, COL_ITEM, COL_PRICE, COL_TOTAL
from tkm_desktop.gui.group_editor import TAB_DOCUMENTS, GroupEditor
from tkm_desktop.gui.i18n import install_translators
from tkm_desktop.gui.roster_model import COL_DERIVED, COL_KK, COL_NAME, COL_NIK
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database

AddGroup = Callable[..., int]
MakeUser = Callable[..., Actor]
VIEW_ONLY = "Peran Anda hanya dapat melihat data kelompok ini."
LOCKED = "Daftar anggota terkunci sejak kelompok direkomendasikan."


def _editor(qtbot: QtBot, db: Database, actor: Actor, group_id: int, lang: str = "id"):
    editor = GroupEditor(db, actor, group_id, lang=lang)
    qtbot.addWidget(editor)
    # Laid out as if shown: the offscreen platform warns about real windows' size hints.
    editor.ensurePolished()
    editor.layout().activate()
    return editor


def test_a_role_that_may_not_edit_is_told_so_not_that_the_roster_is_locked(
    qtbot: QtBot, gui_db: Database, make_user: MakeUser, add_group: AddGroup
) -> None:
    admin = make_user("admin", "admin", "Admin Kantor")
    editor = _editor(qtbot, gui_db, admin, add_group("Maju Jaya"))  # still "Usulan Masuk"
    panel = editor.roster_panel
    assert panel.lock_label.text() == VIEW_ONLY
    assert panel.unlock_button.isHidden()
    assert panel.model.read_only and not panel.add_button.isEnabled()
    assert not editor.ui.saveButton.isEnabled()
    assert panel.preview_label.text() == ""  # no "Ketik NIK…" where nothing can be typed
    # An admin sees masked NIKs, also where a message quotes one.
    assert panel.model.masked
    panel.model.set_members([dataclasses.replace(panel.model.member(0), nik="3275019912")])
    derived = panel.model.index(0, COL_DERIVED)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        shown = panel.model.data(derived, role) or ""
        assert "3275019912" not in shown
    panel.table.setCurrentIndex(panel.model.index(0, COL_NAME))
    assert "3275019912" not in panel.preview_label.text()


def test_the_real_lock_keeps_its_text_and_its_unlock_button(
    qtbot: QtBot, gui_db: Database, make_user: MakeUser, add_group: AddGroup
) -> None:
    make_user("admin", "admin")
    pejabat = make_user("kabid", "pejabat", "Kepala Bidang")
    group = add_group("Maju Jaya", status="direkomendasikan")
    editor = _editor(qtbot, gui_db, pejabat, group)
    panel = editor.roster_panel
    assert panel.lock_label.text() == LOCKED
    assert not panel.unlock_button.isHidden() and panel.unlock_button.isEnabled()
    admins = _editor(qtbot, gui_db, make_user("admin2", "admin"), group)
    admin_view = admins.roster_panel
    assert admin_view.lock_label.text() == LOCKED
    assert not admin_view.unlock_button.isEnabled()
    assert "pejabat" in admin_view.unlock_button.toolTip()


def test_simpan_is_grey_on_a_locked_roster_until_something_changes(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    locked = _editor(qtbot, gui_db, verifier, add_group("Terkunci", status="direkomendasikan"))
    assert not locked.ui.saveButton.isEnabled() and not locked.save_action.isEnabled()
    assert locked.roster_panel.preview_label.text() == ""
    open_group = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya"))
    assert open_group.roster_panel.lock_label.text() == ""
    assert "Ketik NIK" in open_group.roster_panel.preview_label.text()
    assert not open_group.ui.saveButton.isEnabled()  # nothing to save yet
    model = open_group.roster_panel.model
    assert model.setData(model.index(0, COL_NAME), "Siti")
    assert open_group.ui.saveButton.isEnabled() and open_group.save_action.isEnabled()
    assert open_group.save()
    assert not open_group.ui.saveButton.isEnabled()


def test_read_only_identity_fields_look_read_only(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    base = QPalette.ColorRole.Base
    locked = _editor(qtbot, gui_db, verifier, add_group("Terkunci", status="direkomendasikan"))
    panel = locked.identity_panel
    grey = panel.palette().color(QPalette.ColorRole.Window)
    for field in (panel.edits["name"], panel.edits["street"], panel.letter_date):
        assert field.isReadOnly() and field.palette().color(base) == grey
    assert not panel.regions.boxes[0].isEnabled()
    editable = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya"))
    assert editable.identity_panel.edits["name"].palette().color(base) != grey


def test_the_address_lines_start_where_the_region_boxes_do(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya"))
    panel = editor.identity_panel

    def left(widget: QWidget) -> int:
        return widget.mapTo(panel, QPoint(0, 0)).x()

    province = panel.regions.boxes[0]
    assert left(panel.edits["street"]) == left(panel.edits["rt_rw"]) == left(province)


def test_the_editor_fits_the_screen_it_opens_on(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya"))
    free = editor.screen().availableGeometry()
    # A 1366×768 laptop less its taskbar and title bar, and 1920×1080 at 150 %.
    hint = editor.minimumSizeHint()
    assert hint.width() <= 1366 - 32 and hint.height() <= 1080 // 1.5 - 32 - 48
    assert editor.width() <= max(free.width() - 32, hint.width())
    assert editor.height() <= max(free.height() - 48, hint.height())
    assert free.contains(editor.frameGeometry().center())


def test_an_english_window_speaks_english_in_the_roster(
    qtbot: QtBot, qapp: QApplication, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    install_translators(qapp, "en")
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya", members=2), lang="en")
    model = editor.roster_panel.model
    assert model.setData(model.index(0, COL_NIK), "32750199")
    derived = model.index(0, COL_DERIVED)
    assert "is invalid" in model.data(derived)
    assert "is invalid" in model.data(derived, Qt.ItemDataRole.ToolTipRole)
    editor.roster_panel.table.setCurrentIndex(model.index(1, COL_NAME))  # a woman's NIK
    assert "born 1 January 1990, female" in editor.roster_panel.preview_label.text()
    assert editor.ui.tabs.tabText(TAB_DOCUMENTS) == "Documents"
    budget = editor.budget_panel
    delegate = budget.table.itemDelegateForColumn(COL_CATEGORY)
    assert delegate.displayText("alat", QLocale()) == "Tools"
    assert delegate.displayText("bahan", QLocale()) == "Materials"


def test_the_budget_table_gives_the_room_to_the_item_name(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya"))
    panel = editor.budget_panel
    header = panel.table.horizontalHeader()
    assert header.sectionResizeMode(COL_ITEM) == QHeaderView.ResizeMode.Stretch
    assert not header.stretchLastSection()
    right = panel.model.headerData(
        COL_TOTAL, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
    )
    assert right & Qt.AlignmentFlag.AlignRight
    assert (
        panel.model.headerData(
            COL_PRICE, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
        )
        == right
    )
    delegate = panel.table.itemDelegateForColumn(COL_CATEGORY)
    assert delegate.displayText("alat", QLocale()) == "Alat"
    assert panel.remove_button.text().replace("&", "") == "Hapus Barang"
    panel.add_button.click()
    model = panel.model
    assert model.setData(model.index(0, 4), "1.000.000")
    assert "(100%)" in panel.split_label.text() and " %" not in panel.split_label.text()


def test_the_review_trees_rows_are_as_tall_as_the_tables(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya"))
    model = editor.roster_panel.model
    assert model.setData(model.index(0, COL_KK), "123")
    assert editor.save()  # a finding and a history entry to show
    table_row = editor.roster_panel.table.verticalHeader().defaultSectionSize()
    for tree in (
        editor.documents_panel.tree,
        editor.vetting_panel.tree,
        editor.history_panel.tree,
    ):
        assert tree.topLevelItemCount(), tree.objectName()
        assert tree.sizeHintForRow(0) >= table_row, tree.objectName()


def test_a_group_never_vetted_does_not_say_it_passed(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    from tkm_desktop.services.vetting import vet_groups

    fresh, checked = add_group("Baru Masuk"), add_group("Sudah Diperiksa", vetted=True)

    def summary(group_id: int) -> str:
        editor = _editor(qtbot, gui_db, verifier, group_id)
        return editor.vetting_panel.summary.text()

    assert summary(fresh).startswith("Belum diperiksa: simpan kelompok ini")
    assert not summary(checked).startswith("Belum diperiksa")
    vet_groups(gui_db, verifier, [fresh])
    assert not summary(fresh).startswith("Belum diperiksa")
