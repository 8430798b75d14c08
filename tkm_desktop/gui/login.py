"""Sign-in and unlock checks, talking to ``services.users`` (the start is ``gui.start``).

The dialogs return what was typed; the checks here ask the database, each in a
unit of work of its own (``authenticate`` may replace an old password hash).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tkm_desktop.gui.login_dialog import LoginDialog, LoginMode, LoginRequest
from tkm_desktop.services import users
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database

log = logging.getLogger(__name__)


def wrong_password() -> str:
    return QCoreApplication.translate("Login", "Nama pengguna atau kata sandi salah.")


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    display_name: str


class SignIn:
    """The ``check`` of a LoginDialog: remembers who signed in once the database said yes."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.signed_in: SignedIn | None = None

    def sign_in(self, request: LoginRequest) -> str | None:
        with self.db.session() as session:
            user = users.authenticate(session, request.username, request.password)
            if user is None:
                return wrong_password()
            self.signed_in = SignedIn(users.actor_from_user(user, "gui"), user.display_name)
        return None


class Unlock:
    """The ``check`` of the unlock dialog: the same user's password again."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def __call__(self, request: LoginRequest) -> str | None:
        with self.db.session() as session:
            user = users.authenticate(session, self.actor.username, request.password)
            if user is None or user.id != self.actor.user_id:
                return wrong_password()
        return None


def unlock_dialog(db: Database, actor: Actor, parent: QWidget | None = None) -> LoginDialog:
    return LoginDialog(
        LoginMode.UNLOCK, username=actor.username, check=Unlock(db, actor), parent=parent
    )
