"""The main window: navigation, status bar, actions by role, shortcuts, 1366×768."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tkm_desktop import __version__
from tkm_desktop.domain import regions
from tkm_desktop.gui.group_editor import GroupEditor
from tkm_desktop.gui.main_window import (
    PAGE_GROUPS,
    PAGE_HOME,
    PAGE_LETTERS,
    PAGE_PEOPLE,
    PAGE_SETTINGS,
    MainWindow,
)
from tkm_desktop.gui.screen_fit import DEFAULT_HEIGHT, DEFAULT_WIDTH, fit_to_screen
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database

AddGroup = Callable[..., int]


def _window(qtbot: QtBot, db: Database, actor: Actor, **kwargs: object) -> MainWindow:
    window = MainWindow(db, actor, idle_minutes=0, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


def test_side_bar_switches_pages(qtbot: QtBot, gui_db: Database, verifier: Actor) -> None:
    window = _window(qtbot, gui_db, verifier)
    nav = window.ui.navList
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Beranda",
        "Kelompok",
        "Cari Anggota",
        "Surat",
        "Ekspor",
        "Pengaturan",
    ]
    assert window.current_page() == PAGE_HOME
    nav.setCurrentRow(PAGE_LETTERS)
    assert window.ui.pageStack.currentWidget() is window.letters
    window.show_page(PAGE_SETTINGS)
    assert nav.currentRow() == PAGE_SETTINGS
    assert window.settings.ui.roleValue.text() == "Verifikator"


def test_pages_have_ctrl_number_shortcuts(qtbot: QtBot, gui_db: Database, verifier: Actor) -> None:
    window = _window(qtbot, gui_db, verifier)
    actions = window.ui.menuView.actions()
    assert [a.shortcut().toString() for a in actions] == [f"Ctrl+{n}" for n in range(1, 7)]
    actions[PAGE_PEOPLE].trigger()
    assert window.current_page() == PAGE_PEOPLE


def test_status_bar_names_user_database_region_list_and_version(
    qtbot: QtBot, gui_db: Database, verifier: Actor
) -> None:
    window = _window(qtbot, gui_db, verifier)
    assert window.user_label.text() == "Pengguna: Budi Santoso (Verifikator)"
    assert window.database_label.toolTip() == f"Basis data: {gui_db.description}"
    assert gui_db.description.endswith("gui.sqlite3")
    assert "gui.sqlite3" in window.database_label.text()
    assert window.version_label.text() == f"Versi {__version__}"
    qtbot.waitUntil(lambda: window.region_label.text() != "")
    assert window.region_label.text() == f"Wilayah: {regions.REGION_LIST_VERSION}"


def test_database_password_never_shows(qtbot: QtBot, gui_db: Database, verifier: Actor) -> None:
    gui_db.url = "postgresql+psycopg://tkm:rahasia@server/tkm"
    window = _window(qtbot, gui_db, verifier)
    assert "rahasia" not in window.database_label.toolTip()
    assert "server/tkm" in window.database_label.toolTip()


def test_title_says_demo_only_on_the_demo_database(
    qtbot: QtBot, gui_db: Database, verifier: Actor
) -> None:
    assert _window(qtbot, gui_db, verifier).windowTitle() == "TKM Desktop"
    demo = _window(qtbot, gui_db, verifier, demo=True)
    assert demo.windowTitle() == "TKM Desktop — DEMO"
    assert "(DEMO)" in demo.database_label.toolTip()


@pytest.mark.parametrize(
    ("role", "can_import", "can_print"),
    [
        ("verifikator", True, True),
        ("pejabat", False, True),
        ("viewer", False, False),
        ("admin", False, False),
    ],
)
def test_actions_follow_the_role(
    qtbot: QtBot, gui_db: Database, make_user, role: str, can_import: bool, can_print: bool
) -> None:
    make_user("admin", "admin")
    actor = make_user("orang", role) if role != "admin" else make_user("admin2", "admin")
    window = _window(qtbot, gui_db, actor)
    ui = window.ui
    assert ui.actionImport.isEnabled() is can_import
    assert ui.actionVetAll.isEnabled() is can_import  # re-vetting rewrites findings
    assert ui.actionChangePassword.isEnabled()
    assert ui.actionNewGroup.isEnabled() is can_import  # whoever edits groups adds them
    assert not ui.actionSave.isEnabled()  # Ctrl+S saves in the group window
    assert ui.actionPrint.isEnabled() is can_print
    assert window.setupAction.isVisible() is (role == "admin")
    assert ("users" in window.settings.section_keys()) is (role == "admin")


def test_keyboard_shortcuts(qtbot: QtBot, gui_db: Database, verifier: Actor) -> None:
    ui = _window(qtbot, gui_db, verifier).ui
    shortcuts = {
        ui.actionFind: "Ctrl+F",
        ui.actionNewGroup: "Ctrl+N",
        ui.actionImport: "Ctrl+I",
        ui.actionSave: "Ctrl+S",
        ui.actionPrint: "Ctrl+P",
        ui.actionReload: "F5",
        ui.actionLock: "Ctrl+L",
        ui.actionQuit: "Ctrl+Q",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut() == QKeySequence(keys), action.objectName()


def test_ctrl_f_goes_to_the_group_search(
    qtbot: QtBot, qapp: QApplication, gui_db: Database, verifier: Actor
) -> None:
    window = _window(qtbot, gui_db, verifier)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.ui.actionFind.trigger()
    assert window.current_page() == PAGE_GROUPS
    qtbot.waitUntil(lambda: window.groups.ui.searchEdit.hasFocus())
    window.show_page(PAGE_PEOPLE)
    window.ui.actionFind.trigger()
    assert window.current_page() == PAGE_PEOPLE
    qtbot.waitUntil(lambda: window.people.ui.searchEdit.hasFocus())


def test_beranda_link_opens_the_filtered_list(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    add_group("Maju Jaya")
    add_group("Sudah MS", status="diverifikasi")
    window = _window(qtbot, gui_db, verifier)
    qtbot.waitUntil(lambda: window.home.dashboard is not None)
    window.home.tiles["diverifikasi"].clicked.emit("diverifikasi")
    assert window.current_page() == PAGE_GROUPS
    model = window.groups.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Sudah MS"]


def test_opening_a_group_shows_its_members(
    qtbot: QtBot,
    gui_db: Database,
    verifier: Actor,
    add_group: AddGroup,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    group = add_group("Maju Jaya", members=4)
    opened: list[GroupEditor] = []

    def fake_exec(editor: GroupEditor) -> int:
        opened.append(editor)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(GroupEditor, "exec", fake_exec)
    window = _window(qtbot, gui_db, verifier, start_page=PAGE_GROUPS)
    table = window.groups.ui.groupTable
    table.setCurrentIndex(window.groups.model.index(0, 1))
    table.activated.emit(table.currentIndex())  # what Enter and a double click do
    assert opened[0].edit.group_id == group
    assert opened[0].roster_panel.model.rowCount() == 4


def test_import_opens_the_wizard_and_a_finished_import_reloads_the_list(
    qtbot: QtBot, gui_db: Database, verifier: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tkm_desktop.gui.import_wizard import ImportWizard

    opened: list[ImportWizard] = []
    monkeypatch.setattr(ImportWizard, "open", lambda w: opened.append(w))
    window = _window(qtbot, gui_db, verifier)
    window.show_page(PAGE_GROUPS)
    window.ui.actionImport.trigger()
    assert len(opened) == 1 and opened[0].windowTitle() == "Impor Usulan"
    reloads: list[bool] = []
    monkeypatch.setattr(window.groups, "reload", lambda: reloads.append(True))
    opened[0].imported.emit(object())
    assert reloads == [True]


def test_vet_all_runs_on_a_worker_and_reports(
    qtbot: QtBot,
    gui_db: Database,
    verifier: Actor,
    add_group: AddGroup,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_group("Maju Jaya", members=2)
    reports: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: reports.append(text))
    window = _window(qtbot, gui_db, verifier, start_page=PAGE_GROUPS)
    window.ui.actionVetAll.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=10000)
    assert reports[0].startswith("1 kelompok diperiksa:")
    errors = window.groups.model.index(0, 8).data()
    assert int(errors) > 0  # a group of two is too small for any scheme


def test_about_box_names_the_version(
    qtbot: QtBot, gui_db: Database, verifier: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window = _window(qtbot, gui_db, verifier)
    window.ui.actionAbout.trigger()
    assert f"versi {__version__}" in shown[0]


def test_window_fits_a_1366x768_laptop(qtbot: QtBot, gui_db: Database, verifier: Actor) -> None:
    window = _window(qtbot, gui_db, verifier)
    # A 1366×768 screen less a 40 px taskbar, a title bar and the frame.
    assert window.minimumWidth() <= 1366 - 32
    assert window.minimumHeight() <= 768 - 40 - 48
    assert window.minimumSizeHint().width() <= 1366 - 32
    assert window.minimumSizeHint().height() <= 768 - 40 - 48
    fit_to_screen(window)
    assert window.width() <= DEFAULT_WIDTH
    assert window.height() <= DEFAULT_HEIGHT


def test_first_opened_maximised_on_a_laptop_then_where_it_was_left(
    qtbot: QtBot, gui_db: Database, verifier: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from tkm_desktop.gui import screen_fit

    first = _window(qtbot, gui_db, verifier)
    free = (first.screen() or QApplication.primaryScreen()).availableGeometry().width()
    monkeypatch.setattr(screen_fit, "MAXIMISED_UP_TO", free)  # this screen is a laptop's
    screen_fit.place_main_window(first)
    assert first.windowState() & Qt.WindowState.WindowMaximized
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.resize(first.minimumSizeHint().width() + 17, first.minimumSizeHint().height() + 23)
    left = first.size()
    first.close()  # remembers where it was
    again = _window(qtbot, gui_db, verifier)
    screen_fit.place_main_window(again)
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert again.size() == left


def test_a_wide_screen_opens_the_default_size(
    qtbot: QtBot, gui_db: Database, verifier: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from tkm_desktop.gui import screen_fit

    monkeypatch.setattr(screen_fit, "MAXIMISED_UP_TO", 0)
    window = _window(qtbot, gui_db, verifier)
    screen_fit.place_main_window(window)
    assert not window.windowState() & Qt.WindowState.WindowMaximized


def test_groups_list_remembers_its_columns(qtbot: QtBot, gui_db: Database, verifier: Actor) -> None:
    window = _window(qtbot, gui_db, verifier)
    header = window.groups.ui.groupTable.horizontalHeader()
    assert header.isSectionHidden(5)  # the scheme column starts hidden
    header.setSectionHidden(5, False)
    window.close()
    again = _window(qtbot, gui_db, verifier)
    assert not again.groups.ui.groupTable.horizontalHeader().isSectionHidden(5)
    assert again.groups.ui.groupTable.horizontalHeader().sectionResizeMode(1) == (
        header.ResizeMode.Stretch
    )


def test_ctrl_p_opens_the_print_menu_of_the_groups_list(
    qtbot: QtBot, gui_db: Database, verifier: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, gui_db, verifier)
    opened: list[bool] = []
    monkeypatch.setattr(window.groups, "print_menu", lambda: opened.append(True))
    window.ui.actionPrint.trigger()
    assert opened == [True]
    assert window.current_page() == PAGE_GROUPS


def test_a_paper_issued_from_the_groups_list_reloads_it(
    qtbot: QtBot, gui_db: Database, verifier: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, gui_db, verifier, start_page=PAGE_GROUPS)
    reloads: list[bool] = []
    monkeypatch.setattr(window.groups, "reload", lambda: reloads.append(True))
    window.groups.dataChanged.emit()
    assert reloads == [True]


def test_a_new_idle_lock_time_counts_from_now(
    qtbot: QtBot, gui_db: Database, verifier: Actor
) -> None:
    window = _window(qtbot, gui_db, verifier)
    window.set_idle_minutes(7)
    assert window.idle_lock.minutes == 7 and window.idle_lock.active
    window.set_idle_minutes(0)
    assert not window.idle_lock.enabled


def test_a_risky_data_folder_is_said_once_and_stays_in_the_status_bar(
    qtbot: QtBot, gui_db: Database, verifier: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tkm_desktop.gui import editor_prompts
    from tkm_desktop.services import datafolder

    warning = datafolder.FolderWarning(datafolder.ONEDRIVE, "Folder data berada di dalam OneDrive.")
    monkeypatch.setattr(datafolder, "check_data_folder", lambda _folder, **_kw: [warning])
    said: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(editor_prompts, "show_refusal", lambda _p, t, r: said.append((t, r)))
    window = _window(qtbot, gui_db, verifier)
    window.show()
    qtbot.waitUntil(lambda: window.folder_label is not None)
    assert said == [("Peringatan Folder Data", ["Folder data berada di dalam OneDrive."])]
    assert window.folder_label.text() == "⚠ Folder data berisiko"
    assert "OneDrive" in window.folder_label.toolTip()


def test_a_good_data_folder_says_nothing(
    qtbot: QtBot, gui_db: Database, verifier: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tkm_desktop.gui import editor_prompts

    said: list[object] = []
    monkeypatch.setattr(editor_prompts, "show_refusal", lambda *a: said.append(a))
    window = _window(qtbot, gui_db, verifier)
    window.check_data_folder()
    assert window.folder_label is None and said == []


def test_closing_clears_the_opened_attachments_left_in_the_data_folder(
    qtbot: QtBot, gui_db: Database, verifier: Actor, tmp_path: Path
) -> None:
    from tkm_desktop.gui.editor_scratch import write_scratch

    scratch = tmp_path / "sementara"
    window = _window(qtbot, gui_db, verifier, scratch_dir=scratch)
    copy = write_scratch(scratch, 3, "ktp.pdf", b"%PDF-1.4\n")
    window.show()
    window.close()
    assert not copy.exists()
