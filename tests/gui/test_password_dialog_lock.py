"""Ganti Kata Sandi: the window's language, the lock of failed tries, and the notice that
an old password no longer meets the rules after signing in with it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tkm_desktop.gui import login
from tkm_desktop.gui.i18n import install_translators
from tkm_desktop.gui.login import SignIn
from tkm_desktop.gui.login_dialog import LoginMode, LoginRequest
from tkm_desktop.gui.password_dialog import PasswordDialog
from tkm_desktop.services import sign_in, users
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import User

PASSWORD = "rahasia-123"  # the gui fixtures' accounts have it
WRONG = "bukan-ini-1"
NEW = "baru-sekali-1"


def typed(dialog: PasswordDialog, old: str, new: str = NEW, repeat: str | None = None) -> str:
    dialog.ui.oldEdit.setText(old)
    dialog.ui.newEdit.setText(new)
    dialog.ui.repeatEdit.setText(new if repeat is None else repeat)
    dialog.accept()
    return dialog.ui.errorLabel.text()


def budi(db: Database) -> User:
    with db.reader() as session:
        user = users.find_user(session, "budi")
        assert user is not None
        return user


def test_wrong_old_passwords_lock_the_account(
    qtbot: QtBot, gui_db: Database, verifier: Actor
) -> None:
    dialog = PasswordDialog(gui_db, verifier)
    qtbot.addWidget(dialog)
    errors = [typed(dialog, WRONG) for _ in range(sign_in.MAX_FAILURES)]
    assert errors[:-1] == ["Kata sandi lama salah."] * 4
    until = budi(gui_db).locked_until
    assert until is not None
    locked = (
        "Terlalu banyak percobaan masuk yang gagal. "
        f"Akun ini dikunci sampai pukul {until.astimezone():%H:%M}."
    )
    assert errors[-1] == locked
    assert typed(dialog, PASSWORD) == locked  # the right one too, while locked
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert budi(gui_db).failed_logins == sign_in.MAX_FAILURES
    assert users.verify_password(budi(gui_db).password_hash, PASSWORD)


def test_the_english_window_gets_english_reasons(
    qtbot: QtBot, qapp: QApplication, gui_db: Database, verifier: Actor
) -> None:
    install_translators(qapp, "en")
    dialog = PasswordDialog(gui_db, verifier, lang="en")
    qtbot.addWidget(dialog)
    assert dialog.ui.infoLabel.text().startswith("The new password")
    assert typed(dialog, WRONG) == "The old password is wrong."
    assert typed(dialog, PASSWORD, "bismillah") == (
        "This password is too common and easily guessed; choose another."
    )
    assert typed(dialog, PASSWORD, PASSWORD) == "The new password must differ from the old one."
    assert budi(gui_db).failed_logins == 1
    typed(dialog, PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert budi(gui_db).failed_logins == 0
    assert users.verify_password(budi(gui_db).password_hash, NEW)


def test_the_rules_with_the_username_are_checked_before_the_old_password(
    qtbot: QtBot, gui_db: Database, verifier: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(users, "change_own_password", lambda *args, **kw: asked.append("x"))
    dialog = PasswordDialog(gui_db, verifier)
    qtbot.addWidget(dialog)
    assert typed(dialog, WRONG, "budi-2026-x") == "Kata sandi tidak boleh memuat nama pengguna."
    assert typed(dialog, WRONG, "12345678901") == "Kata sandi tidak boleh hanya berupa angka."
    assert asked == []  # the database was not asked: no try of the old password counted
    typed(dialog, WRONG)
    assert asked == ["x"]
    assert dialog.result() == QDialog.DialogCode.Accepted  # the fake service said yes


# --- an old password the rules refuse today --------------------------------------------


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[QWidget | None]:
    shown: list[QWidget | None] = []
    monkeypatch.setattr(login, "tell_weak_password", shown.append)
    return shown


def old_password(db: Database, password: str) -> None:
    """Give budi a password as an older version allowed it, past today's rules."""
    with db.session() as session:
        user = users.find_user(session, "budi")
        assert user is not None
        user.password_hash = users.hash_password(password)


def request(password: str) -> LoginRequest:
    return LoginRequest(LoginMode.SIGN_IN, "budi", password)


@pytest.mark.parametrize("password", ["password", "rahasia1", "budi1234", "pendek"])
def test_signing_in_with_a_password_the_rules_refuse_tells_once(
    gui_db: Database, verifier: Actor, told: list[QWidget | None], password: str
) -> None:
    old_password(gui_db, password)
    check = SignIn(gui_db)
    assert check.sign_in(request(WRONG)) is not None
    assert told == []  # not signed in: nothing to tell
    assert check.sign_in(request(password)) is None
    assert check.signed_in is not None and check.signed_in.actor.username == "budi"
    assert told == [None]


def test_a_good_password_and_the_demo_tell_nothing(
    gui_db: Database, verifier: Actor, told: list[QWidget | None]
) -> None:
    assert SignIn(gui_db).sign_in(request(PASSWORD)) is None
    old_password(gui_db, users.DEMO_PASSWORD)
    assert SignIn(gui_db, demo=True).sign_in(request(users.DEMO_PASSWORD)) is None
    assert told == []


@pytest.mark.parametrize(
    ("lang", "title", "start"),
    [
        ("id", "Kata sandi perlu diganti", "Kata sandi Anda tidak lagi memenuhi aturan"),
        ("en", "Password needs changing", "Your password no longer meets the password rules"),
    ],
)
def test_the_notice_names_where_to_change_the_password(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, lang: str, title: str, start: str
) -> None:
    install_translators(qapp, lang)
    shown: list[tuple[str, str]] = []

    def warning(parent: QWidget | None, caption: str, text: str) -> None:
        shown.append((caption, text))

    monkeypatch.setattr(QMessageBox, "warning", warning)
    login.tell_weak_password(None)
    [(caption, text)] = shown
    assert caption == title and text.startswith(start)
    assert (
        "Akun Anda / Ganti Kata Sandi" if lang == "id" else "Your Account / Change Password"
    ) in text
