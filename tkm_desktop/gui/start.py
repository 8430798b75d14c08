"""The window's start: the sign-in dialog shows at once, the database opens behind it.

Importing SQLAlchemy, its ORM, our models and services and opening the database (the
schema check, perhaps an upgrade with its backup copy) takes longer than loading Qt
and showing a dialog (``bench/bench_gui_start.py`` measures both). So the sign-in
dialog comes first, and a worker thread opens the application context meanwhile:
the clerk types while the database opens, and *Masuk* waits for it. Nothing here
imports SQLAlchemy; the modules that do load on that thread.

A database that cannot be opened is told in a message box: the windowed program on
Windows has no console, and a start that only printed would seem to do nothing.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from tkm_desktop.applog import describe_exception
from tkm_desktop.gui.crash import is_headless
from tkm_desktop.gui.login_dialog import LoginDialog, LoginMode, LoginRequest
from tkm_desktop.paths import DATABASE_URL_ENV, DataPaths, data_paths

if TYPE_CHECKING:
    from tkm_desktop.gui.login import SignedIn
    from tkm_desktop.services.bootstrap import AppContext

log = logging.getLogger(__name__)

START_LOADING_AFTER_MS = 250  # at the dialog's first paint, or after this at the latest


translate = QCoreApplication.translate


@dataclass(frozen=True)
class Start:
    """What the start knows before anything is opened: ``bootstrap.open_app``'s options."""

    data_dir: str | None
    db_url: str | None
    demo: bool
    lang: str

    @property
    def paths(self) -> DataPaths:
        return data_paths(self.data_dir)

    def expects_users(self) -> bool:
        """A database is there already, so most likely with users: sign-in first.

        Only a data folder without its database file is surely new; a server (or a file
        named by ``--db``) that turns out empty closes the sign-in for the wizard.
        """
        if self.demo or self.db_url or os.environ.get(DATABASE_URL_ENV):
            return True
        return self.paths.db_file.exists()

    def open(self) -> AppContext:
        from tkm_desktop.services.bootstrap import open_app

        return open_app(self.data_dir, self.db_url, demo=self.demo, lang=self.lang)


@dataclass(frozen=True)
class Opened:
    ctx: AppContext
    has_users: bool


def open_for_window(start: Start) -> Opened:
    """The context and whether it has users; also loads the window's data modules."""
    # Loading the modules allocates much and frees nothing: the cyclic collector's
    # passes over the growing heap would cost a tenth of the time.
    gc.disable()
    try:
        from tkm_desktop.services import browse, users  # noqa: F401  (the list's first queries)

        ctx = start.open()
    finally:
        gc.enable()
    try:
        with ctx.db.reader() as session:
            has_users = users.count_users(session) > 0
    except BaseException:
        ctx.close()
        raise
    return Opened(ctx, has_users)


class AppLoading(QObject):
    """``open_for_window`` on a thread of its own; ``finished`` reaches the UI thread.

    ``start`` (once the sign-in dialog is painted: the thread's imports would otherwise
    share the interpreter with the dialog's making) emits ``started``; ``wait`` starts it
    too. ``close`` waits for the thread (an upgrade is never cut off at exit) and closes
    the context it opened; an error that nobody asked about goes to the log.
    """

    started = Signal()
    finished = Signal()

    def __init__(self, load: Callable[[], Opened]) -> None:
        super().__init__()
        self._load = load
        self._opened: Opened | None = None
        self._error: BaseException | None = None
        self._error_raised = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tkm-open-database")

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()
            self.started.emit()

    def _run(self) -> None:
        try:
            self._opened = self._load()
        except BaseException as exc:  # raised again on the UI thread, by ``opened``
            self._error = exc
        finally:
            self._done.set()
            self.finished.emit()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def error(self) -> BaseException | None:
        """What opening the database raised, once it is done (None: it opened)."""
        return self._error

    def usable(self) -> bool:
        """Done, opened, and somebody can sign in (the demo always has its users)."""
        return self.done and self._opened is not None and self._opened.has_users

    def wait(self) -> None:
        """Block until the thread is done, with a busy cursor (only when it is not yet)."""
        if self.done:
            return
        self.start()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._thread.join()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def opened(self) -> Opened:
        """What was opened, waiting for it if need be; raises what the opening raised."""
        self.wait()
        if self._error is not None:
            self._error_raised = True
            raise self._error
        assert self._opened is not None
        return self._opened

    def close(self) -> None:
        if self._thread.ident is not None:
            self._thread.join()
        if self._error is not None and not self._error_raised:  # cancelled before it failed
            log.warning("database not opened: %s", describe_exception(self._error))
        if self._opened is not None:
            self._opened.ctx.close()
            self._opened = None


class SignInAtStart(QObject):
    """The sign-in dialog, shown while the database opens.

    *Masuk* is disabled, and the dialog says why, until the database is open. When it
    turns out that nobody can sign in (the opening failed, or there are no users yet)
    the dialog closes by itself and ``abandoned`` is set: the caller reports the failure
    or opens the first-run wizard.
    """

    def __init__(self, loading: AppLoading, *, demo: bool) -> None:
        super().__init__()
        self.loading = loading
        self.demo = demo  # the demo's short password is no news to anyone
        self.signed_in: SignedIn | None = None
        self.abandoned = False
        self.dialog = LoginDialog(LoginMode.SIGN_IN, check=self._check)
        if demo:
            self.dialog.ui.infoLabel.setText(
                translate(
                    "LoginDialog",
                    "Basis data DEMO: masuk sebagai admin, verifikator, pejabat atau "
                    "viewer, dengan kata sandi demo.",
                )
            )
        self._info = self.dialog.ui.infoLabel.text()
        # Connected before looking: a thread that ends in between still gets here.
        loading.finished.connect(self._loaded, Qt.ConnectionType.QueuedConnection)
        if not loading.done:
            self._set_opening(True)
            self.dialog.installEventFilter(self)
            # Should the first paint not come (a window system that never exposes it).
            QTimer.singleShot(START_LOADING_AFTER_MS, self, loading.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.dialog.removeEventFilter(self)
            QTimer.singleShot(0, self, self.loading.start)  # once this paint is done
        return False

    def ask(self) -> SignedIn | None:
        """Show the dialog until it closes; who signed in, if anybody."""
        self.dialog.exec()
        self.loading.finished.disconnect(self._loaded)  # the dialog is going away
        self.dialog.deleteLater()
        return self.signed_in

    def _ok_button(self) -> QPushButton:
        return self.dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _set_opening(self, opening: bool) -> None:
        self._ok_button().setEnabled(not opening)
        self.dialog.ui.infoLabel.setText(
            translate("Start", "Membuka basis data…") if opening else self._info
        )

    @Slot()
    def _loaded(self) -> None:
        self._set_opening(False)
        if not self.loading.usable():
            self._abandon()

    def _abandon(self) -> None:
        self.abandoned = True
        self.dialog.reject()

    def _check(self, request: LoginRequest) -> str | None:
        if not self.loading.usable():
            self.loading.wait()  # Enter pressed before the database was open
            if not self.loading.usable():
                self._abandon()
                return ""  # not None: that would accept the dialog closed just now
        from tkm_desktop.gui.login import SignIn  # the services it asks are loaded by now

        sign_in = SignIn(self.loading.opened().ctx.db, demo=self.demo)
        problem = sign_in.sign_in(request)
        self.signed_in = sign_in.signed_in
        return problem


def start_session(start: Start, loading: AppLoading, *, lang: str) -> SignedIn | None:
    """Who uses the window; None when the user cancelled. Raises when the database failed.

    A database without users gets the first-run wizard, whose admin is then signed in.
    After a sign-in, an office not set up yet is offered to an admin (others are told
    an admin must finish it); the demo office is set up already.
    """
    if not start.expects_users():
        loading.wait()  # a new data folder: nobody to sign in before the database exists
    if not loading.done or loading.usable():
        prompt = SignInAtStart(loading, demo=start.demo)
        signed_in = prompt.ask()
        if signed_in is not None:
            _offer_setup(start, loading, signed_in, lang)
            return signed_in
        if not prompt.abandoned:
            return None
    db = loading.opened().ctx.db  # raises the opening's error
    from tkm_desktop.gui.first_run_wizard import run_first_run
    from tkm_desktop.gui.login import SignedIn

    admin = run_first_run(None, db, None, lang=lang)
    return SignedIn(admin, "") if admin is not None else None


def _offer_setup(start: Start, loading: AppLoading, signed_in: SignedIn, lang: str) -> None:
    if start.demo:
        return
    from tkm_desktop.services.first_run import first_run_state

    db = loading.opened().ctx.db
    with db.reader() as session:
        state = first_run_state(session)
    if state.should_open:
        from tkm_desktop.gui.first_run_wizard import offer_setup

        offer_setup(None, db, signed_in.actor, state, lang=lang)


# --- when the database cannot be opened -------------------------------------------------


def failure_texts(exc: BaseException, start: Start) -> tuple[str, str]:
    """The message box's text and informative text for a database that did not open."""
    from sqlalchemy.exc import OperationalError

    from tkm_desktop.services.errors import refusal_reasons

    reasons = refusal_reasons(exc, start.lang)
    log_path = start.paths.log_file
    if reasons is not None:
        details = "\n".join(reasons)
    elif isinstance(exc, OperationalError):  # a server out of reach, a file locked or broken
        details = translate(
            "Start",
            "Basis data tidak dapat dihubungi atau dibuka ({error}).\n\n"
            "Bila kantor memakai server basis data, periksa jaringan dan pastikan server "
            "menyala, lalu buka TKM Desktop lagi. Rincian kesalahan dicatat dalam berkas "
            "log:\n{log_path}",
        ).format(error=describe_exception(exc.orig or exc), log_path=log_path)
    else:
        details = translate(
            "Start",
            "{error}\n\nRincian kesalahan dicatat dalam berkas log:\n{log_path}\n\n"
            "Bila kesalahan ini berulang, kirimkan berkas log tersebut kepada petugas TI.",
        ).format(error=describe_exception(exc), log_path=log_path)
    return translate("Start", "TKM Desktop tidak dapat membuka basis data."), details


def tell_start_failed(exc: BaseException, start: Start) -> None:
    """Say in a message box why the window cannot open (headless: the command line does)."""
    if is_headless():
        return
    text, details = failure_texts(exc, start)
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Start", "TKM Desktop"), text)
    box.setInformativeText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
