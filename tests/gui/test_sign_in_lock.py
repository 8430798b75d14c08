"""The sign-in and unlock dialogs after too many wrong passwords; unlocking on *Pengguna*."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tkm_desktop.gui.i18n import install_translators
from tkm_desktop.gui.login import SignIn, locked_out, unlock_dialog
from tkm_desktop.gui.login_dialog import LoginDialog, LoginMode
from tkm_desktop.gui.settings_users import UsersSection
from tkm_desktop.services import sign_in, users
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database

WRONG = "bukan-ini-1"
WRONG_TEXT = "Nama pengguna atau kata sandi salah."
SHOTS = os.environ.get("TKM_SIGNIN_SHOTS")  # a folder: save each state as a PNG to look at


def shot(widget: LoginDialog | UsersSection, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        if isinstance(widget, LoginDialog):
            widget.adjustSize()  # as exec() would size it
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def try_password(dialog: LoginDialog, password: str, username: str = "budi") -> str:
    if not dialog.ui.usernameEdit.isReadOnly():
        dialog.ui.usernameEdit.setText(username)
    dialog.ui.passwordEdit.setText(password)
    dialog.accept()
    return dialog.ui.errorLabel.text()


def lock_text(db: Database) -> str:
    with db.reader() as session:
        user = users.find_user(session, "budi")
        assert user is not None and user.locked_until is not None
        local = user.locked_until.astimezone()
    return (
        f"Terlalu banyak percobaan masuk yang gagal. Akun ini dikunci sampai pukul {local:%H:%M}."
    )


def test_the_fifth_wrong_password_locks_and_the_dialog_says_until_when(
    qtbot: QtBot, gui_db: Database, verifier: Actor
) -> None:
    check = SignIn(gui_db)
    dialog = LoginDialog(LoginMode.SIGN_IN, check=check.sign_in)
    qtbot.addWidget(dialog)
    errors = [try_password(dialog, WRONG) for _ in range(sign_in.MAX_FAILURES)]
    assert errors[:4] == [WRONG_TEXT] * 4
    assert errors[4] == lock_text(gui_db)
    shot(dialog, "sign_in_locked")
    # The right password does not help until the lock ends.
    assert try_password(dialog, "rahasia-123") == lock_text(gui_db)
    assert check.signed_in is None
    assert dialog.request is None


def test_the_unlock_dialog_counts_towards_the_same_lock(
    qtbot: QtBot, gui_db: Database, verifier: Actor
) -> None:
    dialog = unlock_dialog(gui_db, verifier)
    qtbot.addWidget(dialog)
    for _ in range(sign_in.MAX_FAILURES - 1):
        assert try_password(dialog, WRONG) == WRONG_TEXT
    shot(dialog, "unlock_wrong")
    assert try_password(dialog, WRONG) == lock_text(gui_db)
    shot(dialog, "unlock_locked")
    assert try_password(dialog, "rahasia-123") == lock_text(gui_db)

    sign_in_dialog = LoginDialog(LoginMode.SIGN_IN, check=SignIn(gui_db).sign_in)
    qtbot.addWidget(sign_in_dialog)
    assert try_password(sign_in_dialog, "rahasia-123") == lock_text(gui_db)


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Terlalu banyak percobaan masuk yang gagal. Akun ini dikunci sampai pukul {t}."),
    ("en", "Too many failed sign-in attempts. This account is locked until {t}."),
])  # fmt: skip
def test_the_lock_message_in_both_languages(qapp: QApplication, lang: str, text: str) -> None:
    until = dt.datetime(2026, 3, 2, 7, 35, tzinfo=dt.UTC)
    install_translators(qapp, lang)  # removed again by conftest's no_translators_left
    assert locked_out(until) == text.format(t=f"{until.astimezone():%H:%M}")


def test_an_admin_unlocks_on_the_users_page(
    qtbot: QtBot, gui_db: Database, verifier: Actor
) -> None:
    for _ in range(sign_in.MAX_FAILURES):
        with gui_db.session() as session:
            sign_in.sign_in(session, "budi", WRONG, "gui")
    with gui_db.reader() as session:
        admin = users.actor_for(session, "admin", "gui")
    section = UsersSection(gui_db, admin)
    qtbot.addWidget(section)
    section.resize(1150, 500)
    section.reload()
    section.select("budi")
    locked = section.model.index(section.model.rows.index(section.current()), 6)
    assert section.model.headerData(6, Qt.Orientation.Horizontal) == "Terkunci Sampai"
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", locked.data())
    shot(section, "users_locked")
    section.unlockButton.click()
    assert section.statusLabel.text() == "Kunci akun budi telah dibuka."
    with gui_db.session() as session:
        assert sign_in.sign_in(session, "budi", "rahasia-123", "gui").user is not None
    section.unlockButton.click()
    assert "tidak sedang terkunci" in section.problems()
