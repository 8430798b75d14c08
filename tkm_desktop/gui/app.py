"""The Qt application: setting it up, running the window, and the frozen build's smoke test."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QSettings,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from tkm_desktop import __version__, paths
from tkm_desktop.applog import describe_exception
from tkm_desktop.gui import (
    local_settings,
    resources_rc,  # noqa: F401  (registers the :/ resources)
)
from tkm_desktop.gui.crash import install_excepthook
from tkm_desktop.gui.i18n import install_translators
from tkm_desktop.gui.region_names import region_names
from tkm_desktop.gui.screen_fit import place_main_window
from tkm_desktop.gui.start import (
    AppLoading,
    Start,
    open_for_window,
    start_session,
    tell_start_failed,
)

log = logging.getLogger(__name__)
qt_log = logging.getLogger("tkm_desktop.qt")

ICON_PATH = ":/icons/tkm.png"  # every window's, through the application
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


def run_window(options: Mapping[str, Any], *, lang: str | None = None) -> int:
    """Sign in, open the main window and run until it closes; the exit code.

    The sign-in dialog shows while the database opens on a worker thread (``gui.start``);
    a database without users opens the first-run wizard instead, whose admin then uses
    the window. Cancelling either quits. A database that cannot be opened is told in a
    message box, then raised for the command line's message and exit code. ``options``
    are ``bootstrap.open_app``'s (see ``gui.start.Start``); ``lang`` is ``--lang`` as
    typed; without it, the language chosen on this PC, else the options' language.
    """
    start = Start(**options)
    app = make_application(start.lang)
    lang = lang or local_settings.language() or start.lang
    if lang != start.lang:
        install_translators(app, lang)
    qInstallMessageHandler(_log_qt_message)
    install_excepthook(start.paths.log_file)
    loading = AppLoading(lambda: open_for_window(start))
    loading.started.connect(region_names().load)  # while the password is typed
    try:
        try:
            signed_in = start_session(start, loading, lang=lang)
        except Exception as exc:
            if exc is loading.error:  # not a failure of the wizard that may follow
                tell_start_failed(exc, start)
            raise
        if signed_in is None:
            log.info("sign-in cancelled")
            return 0
        from tkm_desktop.gui.main_window import MainWindow

        ctx = loading.opened().ctx
        window = MainWindow(
            ctx.db,
            signed_in.actor,
            demo=start.demo,
            lang=lang,
            display_name=signed_in.display_name,
            scratch_dir=ctx.paths.scratch_dir,
        )
        place_main_window(window)
        window.show()
        log.info("window opened (version %s, language %s)", __version__, lang)
        return app.exec()
    finally:
        loading.close()


def smoke_test(_options: object = None) -> int:
    """``tkm-desktop --smoke-test``: open a fresh database and the window, then quit.

    Uses a temporary data folder whatever the options say (the argument is accepted
    and ignored), and keeps this PC's settings there too: closing its window must not
    overwrite where the clerk's window was left. Prints ``smoke-test ok`` and returns 0;
    on any failure the reason goes to stderr and the result is 1. Qt's own warnings also
    reach stderr, where CI counts them as failures.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tkm_desktop.gui.bundle_check import check_bundle
    from tkm_desktop.gui.main_window import MainWindow
    from tkm_desktop.services.bootstrap import open_app
    from tkm_desktop.services.context import Actor

    try:
        with tempfile.TemporaryDirectory(prefix="tkm-smoke-", ignore_cleanup_errors=True) as tmp:
            QSettings.setDefaultFormat(QSettings.Format.IniFormat)
            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
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
