"""Signing in to the window: sign-in, cancel, idle lock and unlock, own password.

A new database's first admin is made by the first-run wizard: test_first_run_start.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.gui.app_start import (
    fresh_app,
    loading,
    office_setup_not_asked,  # noqa: F401  (autouse)
    options_of,
    start_of,
    windows_after,
)
from tkm_desktop.gui import local_settings
from tkm_desktop.gui.app import run_window
from tkm_desktop.gui.i18n import install_translators
from tkm_desktop.gui.login_dialog import LoginDialog, LoginMode
from tkm_desktop.gui.main_window import MainWindow
from tkm_desktop.gui.password_dialog import PasswordDialog
from tkm_desktop.gui.start import SignInAtStart
from tkm_desktop.services import users
from tkm_desktop.services.bootstrap import AppContext
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, User

Filler = Callable[[LoginDialog], None]


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    yield from fresh_app(tmp_path)


def answer_login(monkeypatch: pytest.MonkeyPatch, *fillers: Filler) -> list[LoginDialog]:
    """Replace ``exec``: each filler types into the dialog and presses a button, in turn."""
    shown: list[LoginDialog] = []

    def fake_exec(dialog: LoginDialog) -> int:
        shown.append(dialog)
        for fill in fillers:
            fill(dialog)
            if dialog.result() == QDialog.DialogCode.Accepted or fill is cancel:
                break
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    return shown


def typed(username: str = "", password: str = "") -> Filler:
    def fill(dialog: LoginDialog) -> None:
        if username and not dialog.ui.usernameEdit.isReadOnly():
            dialog.ui.usernameEdit.setText(username)
        dialog.ui.passwordEdit.setText(password)
        dialog.accept()

    return fill


def cancel(dialog: LoginDialog) -> None:
    dialog.reject()


def _with_user(ctx: AppContext, role: str = "verifikator") -> None:
    with ctx.db.session() as session:
        admin = users.create_user(session, Actor.anonymous("cli"), "admin", "admin", "rahasia-123")
        creator = users.actor_from_user(admin, "cli")
        if role != "admin":
            users.create_user(session, creator, "budi", role, "rahasia-123", "Budi Santoso")


def test_sign_in_after_a_wrong_password(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    _with_user(ctx)
    errors: list[str] = []

    def wrong(dialog: LoginDialog) -> None:
        typed("budi", "salah-sekali")(dialog)
        errors.append(dialog.ui.errorLabel.text())

    shown = answer_login(monkeypatch, wrong, typed("budi", "rahasia-123"))
    seen = windows_after(qapp, monkeypatch)
    assert run_window(options_of(ctx)) == 0
    assert shown[0].mode is LoginMode.SIGN_IN
    assert errors == ["Nama pengguna atau kata sandi salah."]
    assert seen[0].actor.username == "budi"
    assert seen[0].actor.role == "verifikator"
    assert seen[0].user_label.text() == "Pengguna: Budi Santoso (Verifikator)"


@pytest.mark.parametrize(
    ("chosen", "typed_lang", "label"),
    [
        ("en", None, "User: Budi Santoso (Verifier)"),
        ("en", "id", "Pengguna: Budi Santoso (Verifikator)"),
        (None, None, "Pengguna: Budi Santoso (Verifikator)"),
    ],
)
def test_the_language_chosen_on_this_pc_unless_lang_was_typed(
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    ctx: AppContext,
    chosen: str | None,
    typed_lang: str | None,
    label: str,
) -> None:
    _with_user(ctx)
    local_settings.set_language(chosen)
    answer_login(monkeypatch, typed("budi", "rahasia-123"))
    seen = windows_after(qapp, monkeypatch)
    assert run_window(options_of(ctx), lang=typed_lang) == 0
    assert seen[0].user_label.text() == label


def test_cancel_quits_without_a_window(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    _with_user(ctx)
    answer_login(monkeypatch, cancel)
    seen = windows_after(qapp, monkeypatch)
    assert run_window(options_of(ctx)) == 0
    assert seen == []


def test_a_deactivated_user_cannot_sign_in(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    _with_user(ctx)
    with ctx.db.session() as session:
        admin = users.actor_for(session, "admin", "cli")
        users.deactivate_user(session, admin, "budi")
    errors: list[str] = []

    def attempt(dialog: LoginDialog) -> None:
        typed("budi", "rahasia-123")(dialog)
        errors.append(dialog.ui.errorLabel.text())

    answer_login(monkeypatch, attempt, cancel)
    seen = windows_after(qapp, monkeypatch)
    run_window(options_of(ctx))
    assert errors == ["Nama pengguna atau kata sandi salah."]
    assert seen == []


# --- the idle lock in the window -------------------------------------------------


def _window(qtbot: QtBot, db: Database, actor: Actor, **kwargs: object) -> MainWindow:
    window = MainWindow(db, actor, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


def test_idle_time_locks_and_the_password_unlocks(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, gui_db: Database, verifier: Actor
) -> None:
    window = _window(qtbot, gui_db, verifier, idle_minutes=1)
    window.idle_lock._timer.setInterval(30)
    window.idle_lock.resume()
    hidden_while_asked: list[bool] = []

    def wrong(dialog: LoginDialog) -> None:
        hidden_while_asked.append(not window.centralWidget().isVisibleTo(window))
        assert dialog.mode is LoginMode.UNLOCK
        assert dialog.ui.usernameEdit.text() == "budi"
        typed(password="salah")(dialog)
        assert dialog.ui.errorLabel.text() == "Nama pengguna atau kata sandi salah."

    shown = answer_login(monkeypatch, wrong, typed(password="rahasia-123"))
    qtbot.waitUntil(lambda: bool(shown) and not window.locked, timeout=3000)
    assert hidden_while_asked == [True]
    assert window.centralWidget().isVisibleTo(window)
    assert window.idle_lock.active  # counting again


def test_an_open_dialog_is_covered_not_closed_and_keeps_what_was_typed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, gui_db: Database, verifier: Actor
) -> None:
    """Hiding a dialog would end its exec(): a group being edited would lose its changes."""
    from PySide6.QtWidgets import QDialog, QLineEdit

    from tkm_desktop.gui.idle_lock import Curtain

    window = _window(qtbot, gui_db, verifier, idle_minutes=15)
    window.show()
    editing = QDialog(window)
    QLineEdit("Maju Jaya UBAH", editing)  # no layout: offscreen Qt warns of size hints
    editing.show()
    while_locked: list[tuple[bool, bool, bool]] = []

    def unlock(dialog: LoginDialog) -> None:
        covers = [c for c in editing.findChildren(Curtain) if c.isVisible()]
        while_locked.append((editing.isVisible(), editing.isEnabled(), bool(covers)))
        assert covers and covers[0].geometry() == editing.rect()
        typed(password="rahasia-123")(dialog)

    answer_login(monkeypatch, unlock)
    window.ui.actionLock.trigger()
    assert while_locked == [(True, False, True)]  # still open, covered, no input
    assert not window.locked and editing.isVisible() and editing.isEnabled()
    assert editing.findChild(QLineEdit).text() == "Maju Jaya UBAH"
    assert not [c for c in editing.findChildren(Curtain) if c.isVisible()]


def test_cancelling_the_unlock_closes_the_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, gui_db: Database, verifier: Actor
) -> None:
    window = _window(qtbot, gui_db, verifier, idle_minutes=15)
    window.show()
    answer_login(monkeypatch, cancel)
    window.ui.actionLock.trigger()  # Ctrl+L: lock now
    assert not window.isVisible()


def test_idle_minutes_come_from_the_office(qtbot: QtBot, gui_db: Database, verifier: Actor) -> None:
    from tkm_desktop.store.models import Office

    assert _window(qtbot, gui_db, verifier).idle_lock.minutes == 15  # no office row yet
    with gui_db.session() as session:
        session.add(Office(idle_lock_minutes=0))
    window = _window(qtbot, gui_db, verifier)
    assert not window.idle_lock.enabled


def test_change_own_password(
    qtbot: QtBot, qapp: QApplication, gui_db: Database, verifier: Actor
) -> None:
    install_translators(qapp, "id")  # Qt's own buttons in Indonesian, as the window has them
    dialog = PasswordDialog(gui_db, verifier)
    qtbot.addWidget(dialog)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None and save.text() == "Simpan"  # as every form of the window says
    assert dialog.ui.infoLabel.text().startswith("Kata sandi baru paling sedikit 8 karakter, ")
    dialog.ui.oldEdit.setText("salah-lama")
    dialog.ui.newEdit.setText("baru-sekali-1")
    dialog.ui.repeatEdit.setText("baru-sekali-1")
    dialog.accept()
    assert dialog.ui.errorLabel.text() == "Kata sandi lama salah."
    assert dialog.ui.oldEdit.text() == ""
    dialog.ui.oldEdit.setText("rahasia-123")
    dialog.ui.newEdit.setText("baru-sekali-1")
    dialog.ui.repeatEdit.setText("baru-sekali-2")
    dialog.accept()
    assert dialog.ui.errorLabel.text() == "Kedua kata sandi baru tidak sama."
    dialog.ui.oldEdit.setText("rahasia-123")
    dialog.ui.newEdit.setText("baru-sekali-1")
    dialog.ui.repeatEdit.setText("baru-sekali-1")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with gui_db.session() as session:
        assert users.authenticate(session, "budi", "baru-sekali-1") is not None
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.entity == "user"))
        assert "change_password" in list(actions)
        assert session.scalar(select(User.username).where(User.id == verifier.user_id)) == "budi"


def test_the_demo_database_names_its_accounts(qapp: QApplication, ctx: AppContext) -> None:
    _with_user(ctx)
    with loading(start_of(ctx)) as opening:
        opening.wait()
        plain = SignInAtStart(opening, demo=False)
        demo = SignInAtStart(opening, demo=True)
        assert "demo" not in plain.dialog.ui.infoLabel.text()
        assert "admin, verifikator, pejabat atau viewer" in demo.dialog.ui.infoLabel.text()
        assert "kata sandi demo" in demo.dialog.ui.infoLabel.text()
        plain.dialog.deleteLater()
        demo.dialog.deleteLater()
