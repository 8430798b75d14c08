"""Who uses the window: first run, sign-in and unlock, talking to ``services.users``.

The dialogs return what was typed; the checks here ask the database, each in a
unit of work of its own (``authenticate`` may replace an old password hash).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

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


def has_users(db: Database) -> bool:
    with db.reader() as session:
        return users.count_users(session) > 0


def login_dialog(
    db: Database, parent: QWidget | None = None, *, demo: bool = False
) -> tuple[LoginDialog, SignIn]:
    """The sign-in dialog to show at start.

    On the demo database it says which demo accounts there are, since a newcomer
    arrives there from the README's first command.
    """
    sign_in = SignIn(db)
    dialog = LoginDialog(LoginMode.SIGN_IN, check=sign_in.sign_in, parent=parent)
    if demo:
        dialog.ui.infoLabel.setText(
            QCoreApplication.translate(
                "LoginDialog",
                "Basis data DEMO: masuk sebagai admin, verifikator, pejabat atau "
                "viewer, dengan kata sandi demo.",
            )
        )
    return dialog, sign_in


def ask_sign_in(
    db: Database, parent: QWidget | None = None, *, demo: bool = False
) -> SignedIn | None:
    """Show the login dialog until a user is signed in; None when it was cancelled."""
    dialog, sign_in = login_dialog(db, parent, demo=demo)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return sign_in.signed_in if accepted else None


def start_session(
    db: Database, parent: QWidget | None = None, *, demo: bool = False, lang: str = "id"
) -> SignedIn | None:
    """Who uses the window; None when the user cancelled.

    A database without users gets the first-run wizard, whose admin is then signed in.
    Otherwise the sign-in dialog; after it an office not set up yet is offered to an
    admin (others are told an admin must finish it). The demo office is set up already.
    The wizard's modules (the letterhead preview draws with reportlab) load only here.
    """
    if not demo and not has_users(db):
        from tkm_desktop.gui.first_run_wizard import run_first_run

        admin = run_first_run(parent, db, None, lang=lang)
        return SignedIn(admin, "") if admin is not None else None
    signed_in = ask_sign_in(db, parent, demo=demo)
    if signed_in is not None and not demo:
        from tkm_desktop.services.first_run import first_run_state

        with db.reader() as session:
            state = first_run_state(session)
        if state.should_open:
            from tkm_desktop.gui.first_run_wizard import offer_setup

            offer_setup(parent, db, signed_in.actor, state, lang=lang)
    return signed_in


def unlock_dialog(db: Database, actor: Actor, parent: QWidget | None = None) -> LoginDialog:
    return LoginDialog(
        LoginMode.UNLOCK, username=actor.username, check=Unlock(db, actor), parent=parent
    )
