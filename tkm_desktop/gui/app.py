"""The Qt application: setting it up, running the window, and the frozen build's smoke test."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from tkm_desktop import __version__, paths
from tkm_desktop.applog import describe_exception
from tkm_desktop.gui import (
    local_settings,
    resources_rc,  # noqa: F401  (registers the :/ resources)
)
from tkm_desktop.gui.bundle_check import check_bundle
from tkm_desktop.gui.crash import install_excepthook
from tkm_desktop.gui.i18n import install_translators
from tkm_desktop.gui.login import start_session
from tkm_desktop.gui.main_window import ICON_PATH, MainWindow
from tkm_desktop.gui.region_names import region_names
from tkm_desktop.services.bootstrap import AppContext, open_app
from tkm_desktop.services.context import Actor

log = logging.getLogger(__name__)
qt_log = logging.getLogger("tkm_desktop.qt")

DEFAULT_WIDTH, DEFAULT_HEIGHT = 1280, 720
SMOKE_OK = "smoke-test ok"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def make_application(lang: str) -> QApplication:
    """The one QApplication (made on the first call), named, with icon and translations."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    elif existing is not None:
        raise RuntimeError("a QCoreApplication without widgets already exists")
    else:
        # Qt 6 scales for high-DPI screens by itself; keep 125 %/150 % exact rather than
        # rounded, as Windows laptops in offices often run at those factors.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(ICON_PATH))
    install_translators(app, lang)
    return app


def _log_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def fit_to_screen(window: QWidget) -> None:
    """The default size, shrunk to the screen's free area (1366×768 laptops), centred."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(DEFAULT_WIDTH, DEFAULT_HEIGHT)
        return
    free = screen.availableGeometry()
    # Leave room for the title bar and frame, which the window's size does not include.
    width = min(DEFAULT_WIDTH, free.width() - 32)
    height = min(DEFAULT_HEIGHT, free.height() - 48)
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    frame = window.frameGeometry()
    frame.moveCenter(free.center())
    window.move(frame.topLeft())


def run_window(ctx: AppContext, *, lang: str | None = None) -> int:
    """Sign in, open the main window on ``ctx`` and run until it closes; the exit code.

    A database without users opens the first-run wizard instead, whose admin then uses
    the window (see ``login.start_session``); cancelling either quits. ``lang`` is
    ``--lang`` as typed; without it, the language chosen on this PC, else ``ctx.lang``.
    """
    app = make_application(ctx.lang)
    lang = lang or local_settings.language() or ctx.lang
    if lang != ctx.lang:
        install_translators(app, lang)
    qInstallMessageHandler(_log_qt_message)
    install_excepthook(ctx.paths.log_file)
    region_names().load()  # while the password is typed
    signed_in = start_session(ctx.db, demo=ctx.demo, lang=lang)
    if signed_in is None:
        log.info("sign-in cancelled")
        return 0
    window = MainWindow(
        ctx.db,
        signed_in.actor,
        demo=ctx.demo,
        lang=lang,
        display_name=signed_in.display_name,
    )
    fit_to_screen(window)
    window.show()
    log.info("window opened (version %s, language %s)", __version__, lang)
    return app.exec()


def smoke_test(_options: object = None) -> int:
    """``tkm-desktop --smoke-test``: open a fresh database and the window, then quit.

    Uses a temporary data folder whatever the options say (the argument is accepted
    and ignored). Prints ``smoke-test ok`` and returns 0; on any failure the reason
    goes to stderr and the result is 1. Qt's own warnings also reach stderr, where CI
    counts them as failures.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        with tempfile.TemporaryDirectory(prefix="tkm-smoke-", ignore_cleanup_errors=True) as tmp:
            ctx = open_app(tmp, None, demo=False)
            try:
                app = make_application("id")
                check_bundle()
                # Nobody signs in here: an actor without an account may read, not act.
                window = MainWindow(ctx.db, Actor.anonymous("gui"), demo=False, lang="id")
                window.show()
                app.processEvents()
                window.close()
                app.processEvents()
            finally:
                ctx.close()
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)
        print(f"smoke-test failed: {describe_exception(exc)}", file=sys.stderr)
        return 1
    print(SMOKE_OK, flush=True)
    return 0
