"""Sign-in and unlock checks, talking to ``services.sign_in`` (the start is ``gui.start``).

The dialogs return what was typed; the checks here ask the database, each in a
unit of work of its own: a failure is counted and recorded, a success may replace an
old password hash. Both dialogs count towards the same lock of the account.

A password the rules of today refuse (accounts made by older versions may have one)
still signs in; the user is told once, right after, to change it. The typed password
is checked there and then, never kept.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tkm_desktop.gui.login_dialog import LoginDialog, LoginMode, LoginRequest
from tkm_desktop.services import sign_in, users
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database

log = logging.getLogger(__name__)


def wrong_password() -> str:
    return QCoreApplication.translate("Login", "Nama pengguna atau kata sandi salah.")


def locked_out(until: dt.datetime) -> str:
    """Why nobody may sign in to this account now, with the time (local, as elsewhere)."""
    text = QCoreApplication.translate(
        "Login",
        "Terlalu banyak percobaan masuk yang gagal. Akun ini dikunci sampai pukul {time}.",
    )
    return text.format(time=f"{until.astimezone():%H:%M}")


def tell_weak_password(parent: QWidget | None) -> None:
    """Say that the password just typed no longer meets the rules (tests replace this)."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Login", "Kata sandi perlu diganti"),
        QCoreApplication.translate(
            "Login",
            "Kata sandi Anda tidak lagi memenuhi aturan kata sandi. Gantilah melalui "
            "Akun Anda / Ganti Kata Sandi.",
        ),
    )


def _refusal(attempt: sign_in.Attempt) -> str:
    return locked_out(attempt.locked_until) if attempt.locked_until else wrong_password()


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    display_name: str


class SignIn:
    """The ``check`` of a LoginDialog: remembers who signed in once the database said yes.

    ``demo``: the demo's accounts keep their short password on purpose; nobody is told.
    """

    def __init__(self, db: Database, *, demo: bool = False) -> None:
        self.db = db
        self.demo = demo
        self.signed_in: SignedIn | None = None

    def sign_in(self, request: LoginRequest) -> str | None:
        with self.db.session() as session:
            attempt = sign_in.sign_in(session, request.username, request.password, "gui")
            user = attempt.user
            if user is None:
                return _refusal(attempt)
            self.signed_in = SignedIn(users.actor_from_user(user, "gui"), user.display_name)
            weak = bool(users.new_password_problems(request.password, user.username))
        if weak and not self.demo:
            tell_weak_password(None)
        return None


class Unlock:
    """The ``check`` of the unlock dialog: the same user's password again."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def __call__(self, request: LoginRequest) -> str | None:
        with self.db.session() as session:
            attempt = sign_in.sign_in(session, self.actor.username, request.password, "gui")
            if attempt.user is None or attempt.user.id != self.actor.user_id:
                return _refusal(attempt)
        return None


def unlock_dialog(db: Database, actor: Actor, parent: QWidget | None = None) -> LoginDialog:
    return LoginDialog(
        LoginMode.UNLOCK, username=actor.username, check=Unlock(db, actor), parent=parent
    )
