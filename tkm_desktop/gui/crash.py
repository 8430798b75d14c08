"""Unexpected exceptions in the window: logged, then shown to the user, never a silent exit.

``install_excepthook`` replaces ``sys.excepthook`` (PySide6 reports an exception
raised in a slot or an event handler through it) and ``threading.excepthook``. The
traceback goes to the log; the user sees a dialog with the details and the log's
path. Without a window to show it in (no QApplication, the offscreen platform, or
``CI`` set) one line goes to stderr instead.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tkm_desktop.applog import describe_exception, mask_numbers

log = logging.getLogger(__name__)

EXIT_INTERNAL_ERROR = 3  # the command-line contract's code for an internal error
_HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal"})


def build_crash_box(
    summary: str, details: str, log_path: Path, parent: QWidget | None = None
) -> QMessageBox:
    """The dialog for an unexpected error; the caller runs ``exec()`` (tests don't)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    translate = QCoreApplication.translate
    box.setWindowTitle(translate("CrashDialog", "TKM Desktop — Kesalahan"))
    box.setText(
        translate(
            "CrashDialog",
            "Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman; "
            "perubahan yang sedang dikerjakan mungkin belum tersimpan.",
        )
    )
    box.setInformativeText(
        translate(
            "CrashDialog",
            "{summary}\n\nRincian kesalahan dicatat dalam berkas log:\n{log_path}\n\n"
            "Bila kesalahan ini berulang, kirimkan berkas log tersebut kepada petugas TI.",
        ).format(summary=summary, log_path=log_path)
    )
    box.setDetailedText(details)
    # So the log's path can be copied into an e-mail to the IT staff.
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    carry_on = box.addButton(
        translate("CrashDialog", "&Lanjutkan Bekerja"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        translate("CrashDialog", "&Keluar dari Aplikasi"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(carry_on)
    box.setEscapeButton(carry_on)
    return box


def is_headless() -> bool:
    """True when no dialog can be shown (or none should be: CI)."""
    if os.environ.get("CI"):
        return True
    if not isinstance(QCoreApplication.instance(), QApplication):
        return True
    return QGuiApplication.platformName() in _HEADLESS_PLATFORMS


class CrashHandler(QObject):
    """Logs an unexpected exception and tells the user; lives in the GUI thread."""

    # Exceptions of worker threads arrive through this queued signal.
    _thread_crashed = Signal(str, str)

    def __init__(self, log_path: Path) -> None:
        super().__init__()
        self.log_path = Path(log_path)
        self._showing = False
        self._thread_crashed.connect(self.report)

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """``sys.excepthook``: log, then report on the GUI thread."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        summary = describe_exception(exc)
        details = mask_numbers("".join(traceback.format_exception(exc_type, exc, tb)))
        if threading.current_thread() is threading.main_thread():
            self.report(summary, details)
        else:
            self._thread_crashed.emit(summary, details)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``."""
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def report(self, summary: str, details: str) -> None:
        """Show the dialog (or, headless, print one line to stderr)."""
        if is_headless():
            print(
                f"TKM Desktop: terjadi kesalahan yang tidak terduga ({summary}); "
                f"rincian di {self.log_path}",
                file=sys.stderr,
            )
            return
        if self._showing:
            return  # one dialog at a time; the rest are in the log
        self._showing = True
        try:
            box = build_crash_box(summary, details, self.log_path, QApplication.activeWindow())
            box.exec()
            clicked = box.clickedButton()
            if clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.RejectRole:
                QCoreApplication.exit(EXIT_INTERNAL_ERROR)
        finally:
            self._showing = False


_handler: CrashHandler | None = None


def install_excepthook(log_path: Path) -> CrashHandler:
    """Route unexpected exceptions of this process to a ``CrashHandler``; returns it."""
    global _handler
    _handler = CrashHandler(log_path)
    sys.excepthook = _handler.handle
    threading.excepthook = _handler.handle_thread
    return _handler


def uninstall_excepthook() -> None:
    """Put Python's own hooks back."""
    global _handler
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    if _handler is not None:
        _handler.deleteLater()
        _handler = None
