"""The main window on a real (SQLite) database: groups listed, title, status bar, search."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tkm_desktop import __version__
from tkm_desktop.gui import crash
from tkm_desktop.gui.app import DEFAULT_HEIGHT, DEFAULT_WIDTH, fit_to_screen, run_window
from tkm_desktop.gui.crash import uninstall_excepthook
from tkm_desktop.gui.group_table_model import COL_MEMBERS, COL_NAME, COL_STATUS, ROW_ROLE
from tkm_desktop.gui.i18n import install_translators
from tkm_desktop.gui.main_window import MainWindow
from tkm_desktop.services.bootstrap import open_app
from tkm_desktop.store.db import Database

AddGroup = Callable[..., int]


def _window(qtbot: QtBot, db: Database, **kwargs: object) -> MainWindow:
    window = MainWindow(db, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


def _names(window: MainWindow) -> list[str]:
    proxy = window.ui.groupTable.model()
    return [proxy.index(r, COL_NAME).data() for r in range(proxy.rowCount())]


def test_lists_the_groups_of_the_database(
    qtbot: QtBot, gui_db: Database, add_group: AddGroup
) -> None:
    first = add_group("Maju Jaya", members=4)
    add_group("Sejahtera Mandiri", members=7, status="diverifikasi")
    window = _window(qtbot, gui_db)
    window.show()
    qtbot.waitExposed(window)

    proxy = window.ui.groupTable.model()
    assert _names(window) == ["Maju Jaya", "Sejahtera Mandiri"]
    assert proxy.index(0, COL_MEMBERS).data() == "4"
    assert proxy.index(1, COL_STATUS).data() == "Memenuhi Syarat (MS)"
    assert proxy.index(0, 0).data(ROW_ROLE).id == first
    assert proxy.index(0, 5).data() == "Bekasijaya"  # the kelurahan's name, not its code
    assert window.ui.countLabel.text() == "(2 kelompok)"
    assert window.ui.groupStack.currentWidget() is window.ui.tablePage


def test_title_says_demo_only_on_the_demo_database(qtbot: QtBot, gui_db: Database) -> None:
    assert _window(qtbot, gui_db).windowTitle() == "TKM Desktop"
    demo = _window(qtbot, gui_db, demo=True)
    assert demo.windowTitle() == "TKM Desktop — DEMO"
    assert "DEMO" in demo.database_label.text()


def test_status_bar_names_the_database_and_version(qtbot: QtBot, gui_db: Database) -> None:
    window = _window(qtbot, gui_db)
    assert window.database_label.text() == f"Basis data: {gui_db.description}"
    assert gui_db.description.endswith("gui.sqlite3")
    assert window.version_label.text() == f"Versi {__version__}"


def test_empty_database_shows_a_hint_instead_of_the_table(qtbot: QtBot, gui_db: Database) -> None:
    window = _window(qtbot, gui_db)
    assert window.ui.groupStack.currentWidget() is window.ui.emptyPage
    assert window.ui.emptyLabel.text().startswith("Belum ada kelompok usulan.")


def test_reload_reads_new_groups(qtbot: QtBot, gui_db: Database, add_group: AddGroup) -> None:
    window = _window(qtbot, gui_db)
    add_group("Baru Masuk")
    window.ui.actionReload.trigger()
    assert _names(window) == ["Baru Masuk"]
    assert window.ui.groupStack.currentWidget() is window.ui.tablePage


def test_search_filters_the_list_and_the_count(
    qtbot: QtBot, gui_db: Database, add_group: AddGroup
) -> None:
    add_group("Maju Jaya")
    add_group("Kue Basah Ibu Sri", kelurahan_code="32.75.02.1001", kecamatan_code="32.75.02")
    window = _window(qtbot, gui_db)
    qtbot.keyClicks(window.ui.searchEdit, "bekasi barat")
    assert _names(window) == ["Kue Basah Ibu Sri"]
    assert window.ui.countLabel.text() == "(1 dari 2 kelompok)"
    window.ui.searchEdit.clear()
    assert window.ui.countLabel.text() == "(2 kelompok)"


def test_english_comes_from_the_translation(
    qtbot: QtBot, qapp: QApplication, gui_db: Database, add_group: AddGroup
) -> None:
    add_group("Maju Jaya", status="ditolak")
    install_translators(qapp, "en")
    window = _window(qtbot, gui_db, lang="en")
    assert window.ui.titleLabel.text() == "Group List"
    assert window.ui.menuFile.title() == "&File"
    assert window.ui.countLabel.text() == "(1 group)"
    assert window.version_label.text() == f"Version {__version__}"
    model = window.ui.groupTable.model()
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Group Name"
    assert model.index(0, COL_STATUS).data() == "Not eligible (rejected)"


def test_about_box_names_the_version(
    qtbot: QtBot, gui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window = _window(qtbot, gui_db)
    window.ui.actionAbout.trigger()
    assert len(shown) == 1
    assert f"versi {__version__}" in shown[0]


def test_window_fits_a_1366x768_laptop(qtbot: QtBot, gui_db: Database) -> None:
    window = _window(qtbot, gui_db)
    # A 1366×768 screen less a 40 px taskbar, a title bar and the frame.
    assert window.minimumWidth() <= 1366 - 32
    assert window.minimumHeight() <= 768 - 40 - 48
    fit_to_screen(window)
    free = window.screen().availableGeometry()
    if free.width() - 32 >= window.minimumWidth():
        assert window.width() <= free.width() - 32
    if free.height() - 48 >= window.minimumHeight():
        assert window.height() <= free.height() - 48
    assert window.width() <= DEFAULT_WIDTH
    assert window.height() <= DEFAULT_HEIGHT


def test_run_window_shows_the_window_on_the_context(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[str] = []

    def fake_exec() -> int:
        seen.extend(w.windowTitle() for w in qapp.topLevelWidgets() if w.isVisible())
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    ctx = open_app(str(tmp_path / "data"), None, demo=False)
    try:
        assert run_window(ctx) == 0
        assert getattr(sys.excepthook, "__self__", None).__class__ is crash.CrashHandler
    finally:
        uninstall_excepthook()
        for widget in qapp.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        ctx.close()
    assert "TKM Desktop" in seen
