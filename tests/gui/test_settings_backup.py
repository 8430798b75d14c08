"""*Cadangkan Sekarang* in Pengaturan → Komputer Ini: a real backup in the backup folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tkm_desktop.gui import local_settings, settings_local
from tkm_desktop.gui.settings_local import ThisComputerSection, free_backup_path
from tkm_desktop.gui.settings_page import SettingsPage
from tkm_desktop.services.backup import default_backup_name, read_backup
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database


@pytest.fixture
def admin(make_user: Callable[..., Actor]) -> Actor:
    return make_user("admin", "admin", "Admin Kantor")


def _page(qtbot: QtBot, db: Database, actor: Actor, *, demo: bool = False) -> SettingsPage:
    page = SettingsPage(db, actor, "id", demo=demo)
    qtbot.addWidget(page)
    page.reload()
    return page


def _press_and_wait(qtbot: QtBot, section: ThisComputerSection) -> None:
    assert section.backupNowButton.isEnabled()
    section.backupNowButton.click()
    assert not section.backupNowButton.isEnabled()  # no second backup while one is written
    qtbot.waitUntil(section.backupNowButton.isEnabled, timeout=10_000)


def test_backup_now_writes_a_valid_backup_into_the_chosen_folder(
    qtbot: QtBot, gui_db: Database, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "flashdisk"
    chosen.mkdir()
    page = _page(qtbot, gui_db, admin)
    section = page.computer
    assert "Belum ada cadangan" in section.lastBackupLabel.text()
    monkeypatch.setattr(settings_local, "choose_folder", lambda *args: chosen)
    section.chooseBackupButton.click()
    _press_and_wait(qtbot, section)

    [written] = chosen.glob("*.zip")
    manifest = read_backup(written)
    assert manifest is not None and not manifest.demo
    assert section.problems() == ""
    assert written.name in section.statusLabel.text()
    assert settings_local.size_text(written.stat().st_size) in section.statusLabel.text()
    last = local_settings.last_backup()
    assert last is not None and last.path == written and last.size == written.stat().st_size
    assert written.name in section.lastBackupLabel.text()
    assert "Cadangan terakhir dari komputer ini" in section.lastBackupLabel.text()

    _press_and_wait(qtbot, section)  # the same minute, most likely: nothing is overwritten
    assert len(list(chosen.glob("*.zip"))) == 2
    assert not list(chosen.glob("*.part"))


def test_demo_backup_goes_to_the_default_folder_demo_subfolder(
    qtbot: QtBot, gui_db: Database, admin: Actor, tmp_path: Path
) -> None:
    page = _page(qtbot, gui_db, admin, demo=True)
    section = page.computer
    assert not (tmp_path / "backups").exists()  # the default folder is made when needed
    _press_and_wait(qtbot, section)
    [written] = (tmp_path / "backups" / "demo").glob("*.zip")
    manifest = read_backup(written)
    assert manifest is not None and manifest.demo
    assert local_settings.last_backup(demo=True) is not None
    assert local_settings.last_backup() is None  # the office's record stays untouched


def test_role_without_backup_permission_gets_a_disabled_button(
    qtbot: QtBot, gui_db: Database, verifier: Actor
) -> None:
    page = _page(qtbot, gui_db, verifier)
    section = page.computer
    assert not section.backupNowButton.isEnabled()
    assert "Hanya administrator" in section.backupNowButton.toolTip()
    assert "Verifikator" in section.backupNowButton.toolTip()
    assert section.languageCombo.isEnabled()  # the rest of the section stays usable


def test_refusal_is_shown_and_nothing_is_lost(
    qtbot: QtBot, gui_db: Database, admin: Actor, tmp_path: Path
) -> None:
    gone = tmp_path / "flashdisk-dicabut"
    local_settings.set_backup_folder(gone)
    page = _page(qtbot, gui_db, admin)
    section = page.computer
    _press_and_wait(qtbot, section)
    assert "Folder tujuan tidak ada" in section.problems()
    assert section.statusLabel.text() == ""
    assert not gone.exists()  # a chosen folder that vanished is not made anew
    assert local_settings.last_backup() is None
    assert local_settings.backup_folder() == gone  # the setting is kept for when it is back


@pytest.fixture
def server_db() -> Iterator[Database]:
    database = Database("postgresql+psycopg://tkm@db.kantor.local/tkm")  # never connected
    yield database
    database.dispose()


def test_server_database_cannot_be_backed_up_here(
    qtbot: QtBot, server_db: Database, admin: Actor
) -> None:
    section = ThisComputerSection(server_db, admin, "id")
    qtbot.addWidget(section)
    section.reload()
    assert not section.backupNowButton.isEnabled()
    assert "pg_dump" in section.backupNowButton.toolTip()
    assert "pg_dump" in section.lastBackupLabel.text()


def test_free_backup_path_never_reuses_a_name(tmp_path: Path) -> None:
    first = free_backup_path(tmp_path)
    first.write_bytes(b"")
    second = free_backup_path(tmp_path)
    assert first.parent == second.parent == tmp_path and second != first
    assert second.suffix == ".zip" and second.stem.startswith(first.stem)


def test_last_backup_record_round_trips_and_ignores_rubbish(tmp_path: Path) -> None:
    assert local_settings.last_backup() is None
    at = dt.datetime(2025, 5, 12, 7, 30, tzinfo=dt.UTC)
    local_settings.set_last_backup(local_settings.LastBackup(at, tmp_path / "a.zip", 1234))
    assert local_settings.last_backup() == local_settings.LastBackup(at, tmp_path / "a.zip", 1234)
    local_settings.set_last_backup(
        local_settings.LastBackup(at, tmp_path / default_backup_name(), 1), demo=True
    )
    assert local_settings.last_backup().path.name == "a.zip"  # type: ignore[union-attr]
