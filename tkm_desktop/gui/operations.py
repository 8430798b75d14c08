"""Long work off the UI thread: one helper for every service call that may take a while.

    op = Operation(window, lambda ctx: vet_groups(db, actor), title=..., label=...)
    op.on_success(show_report).run()

The callable runs on a QThreadPool worker. It gets an ``OperationContext`` and
nothing of Qt: ``ctx.progress(done, total, text)`` reports (thread-safe), and
``ctx.cancelled`` / ``ctx.check()`` tell it the user pressed Batal (or closed the
owner). Only a raised ``Cancelled`` counts as cancelled; a normal return is success.
Whatever it needs from the database it opens there (``reading(db, fn)`` wraps a
read-only session): a session never crosses threads. The result, the exception or the
cancellation comes back to the UI thread through queued signals. The user sees a busy
cursor after ~300 ms and a progress dialog after ~600 ms; quick work shows neither.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import Shiboken
from sqlalchemy.orm import Session

from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database

log = logging.getLogger(__name__)

T = TypeVar("T")
BUSY_CURSOR_MS = 300
PROGRESS_DIALOG_MS = 600
_PROGRESS_EVERY_S = 0.05  # at most 20 progress updates a second reach the UI thread


class Cancelled(Exception):
    """Raised by ``OperationContext.check`` once the user cancelled."""


class OperationContext:
    """What the worker's callable may use: progress and the cancel flag. Thread-safe."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop; call it between steps."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """``done`` of ``total`` steps (total 0: unknown), with an optional line of text."""
        now = time.monotonic()
        if now - self._last < _PROGRESS_EVERY_S and done < total:
            return
        self._last = now
        self._report(done, total, text)


def reading(db: Database, fn: Callable[[Session, OperationContext], T]) -> Callable[..., T]:
    """A callable for ``Operation`` that runs ``fn`` in a read-only session of its own."""

    def run(ctx: OperationContext) -> T:
        with db.reader() as session:
            return fn(session, ctx)

    return run


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()


class _Worker(QRunnable):
    # The signals object must outlive the worker's last emit(): the UI thread may run
    # the callbacks and drop its Operation (and its reference) while the worker is
    # still inside emit(). Each worker keeps its signals in _in_flight; when run()
    # returns they move to _spent, and the UI thread lets go of the spent ones
    # (``_drop_spent``), so a signals object is always deleted on the thread of the
    # objects it is connected to, and never while its worker still emits.
    _in_flight: ClassVar[set[_Signals]] = set()
    _spent: ClassVar[list[_Signals]] = []

    def __init__(
        self, fn: Callable[[OperationContext], Any], ctx: OperationContext, signals: _Signals
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._ctx, self._signals = fn, ctx, signals
        _Worker._in_flight.add(signals)

    def run(self) -> None:
        try:
            self._run()
        finally:
            _Worker._spent.append(self._signals)  # the UI thread deletes it: _drop_spent

    def _run(self) -> None:
        try:
            result = self._fn(self._ctx)
        except Cancelled:
            self._signals.was_cancelled.emit()
        except BaseException as exc:
            self._signals.failed.emit(exc)
        else:
            # A normal return is success even if Batal came late: the work is done
            # (an import committed), and saying "cancelled" would be untrue.
            self._signals.succeeded.emit(result)


def _drop_spent() -> None:
    """On the UI thread: forget the signals of workers whose run() has returned."""
    while _Worker._spent:
        _Worker._in_flight.discard(_Worker._spent.pop())


class Operation(QObject, Generic[T]):
    """One run of a callable on a worker thread, with cursor, progress and Cancel."""

    finished = Signal()  # after the success, failure or cancel callbacks ran

    _running: ClassVar[set[Operation[Any]]] = set()  # keeps Python references until done
    _ended: ClassVar[list[Operation[Any]]] = []  # ... and until Qt deleted them

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[OperationContext], T],
        *,
        title: str = "",
        label: str = "",
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self._fn = fn
        self._title = title or self.tr("Mohon tunggu")
        self._label = label or self.tr("Sedang diproses…")
        self._cancellable = cancellable
        self._signals = _Signals()
        self.context = OperationContext(self._signals.progressed.emit)
        self._on_success: list[Callable[[T], None]] = []
        self._on_failure: list[Callable[[BaseException], None]] = []
        self._on_cancel: list[Callable[[], None]] = []
        self._dialog: QProgressDialog | None = None
        self._cursor = False
        self._done = False
        self._progress = (0, 0, "")
        self._cursor_timer = self._single_shot(BUSY_CURSOR_MS, self._show_busy_cursor)
        self._dialog_timer = self._single_shot(PROGRESS_DIALOG_MS, self._show_dialog)
        self._signals.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._signals.was_cancelled.connect(self._cancelled, Qt.ConnectionType.QueuedConnection)

    def _single_shot(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # --- building ----------------------------------------------------------------

    def on_success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success.append(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> Operation[T]:
        """Replaces the default handling: a message for refused input, the crash dialog else."""
        self._on_failure.append(callback)
        return self

    def on_cancel(self, callback: Callable[[], None]) -> Operation[T]:
        self._on_cancel.append(callback)
        return self

    def run(self) -> Operation[T]:
        """Start on the global thread pool; returns at once."""
        Operation._running.add(self)
        # Should the owner go first (a closed dialog), forget this operation with it and
        # tell the callable to stop at its next check: nobody is left to show the result.
        # The handler holds no reference to this object: dropping one inside its own
        # destructor would free the Python wrapper while Qt still tears it down.
        # Nor does it take the destroyed object: wrapping a half-destroyed QObject crashes.
        key, context = id(self), self.context
        self.destroyed.connect(lambda: _forget(key, context))
        self._cursor_timer.start()
        self._dialog_timer.start()
        QThreadPool.globalInstance().start(_Worker(self._fn, self.context, self._signals))
        return self

    @property
    def done(self) -> bool:
        return self._done

    def cancel(self) -> None:
        """Ask the callable to stop (it does so at its next ``check``)."""
        self.context.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Membatalkan…"))
            self._dialog.setCancelButton(None)  # type: ignore[arg-type]

    # --- feedback ----------------------------------------------------------------

    def _show_busy_cursor(self) -> None:
        if not self._done and not self._cursor:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor = True

    def _show_dialog(self) -> None:
        if self._done:
            return
        dialog = QProgressDialog(self._parent_widget)
        dialog.setWindowTitle(self._title)
        dialog.setLabelText(self._label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        if self._cancellable:
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)  # type: ignore[arg-type]
        self._dialog = dialog
        self._apply_progress()
        dialog.show()

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        self._progress = (done, total, text)
        self._apply_progress()

    def _apply_progress(self) -> None:
        if self._dialog is None:
            return
        done, total, text = self._progress
        self._dialog.setMaximum(max(total, 0))  # 0 and 0: Qt's "busy" bar
        self._dialog.setValue(min(done, total) if total else 0)
        if text and not self.context.cancelled:
            self._dialog.setLabelText(text)

    def _finish(self) -> None:
        self._done = True
        self._cursor_timer.stop()
        self._dialog_timer.stop()
        if self._cursor:
            QGuiApplication.restoreOverrideCursor()
            self._cursor = False
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def _after(self) -> None:
        Operation._running.discard(self)
        _drop_spent()
        self.finished.emit()
        # Keep the Python side until Qt has deleted the object; freeing it first (the
        # caller's last reference gone) and deleting later crashed PySide 6.11 in the
        # next event round. Ended operations whose Qt side is gone are let go here.
        _sweep_ended()
        Operation._ended.append(self)
        self.deleteLater()

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish()
        try:
            for callback in self._on_success:
                callback(result)  # type: ignore[arg-type]
        finally:
            self._after()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._finish()
        try:
            if self._on_failure:
                for callback in self._on_failure:
                    callback(exc)
            else:
                self._default_failure(exc)
        finally:
            self._after()

    @Slot()
    def _cancelled(self) -> None:
        self._finish()
        try:
            for callback in self._on_cancel:
                callback()
        finally:
            self._after()

    def _default_failure(self, exc: BaseException) -> None:
        if isinstance(exc, InputRefused):
            QMessageBox.warning(self._parent_widget, self._title, str(exc))
            return
        # Anything else is a bug or a broken database: the crash handler's dialog and log.
        log.error("operation failed: %s", type(exc).__name__)
        sys.excepthook(type(exc), exc, exc.__traceback__)


def _sweep_ended() -> None:
    """Let go of ended operations that Qt has deleted by now."""
    Operation._ended[:] = [op for op in Operation._ended if Shiboken.isValid(op)]


def _forget(key: int, context: OperationContext) -> None:
    """The owner of a running operation went: stop its callable, drop the operation."""
    context.cancel()
    Operation._running.difference_update([op for op in Operation._running if id(op) == key])


def running_operations() -> list[Operation[Any]]:
    """Operations started and not finished yet (the window cancels them when it closes)."""
    return list(Operation._running)


def wait_for_all(timeout_ms: int = 5000) -> bool:
    """Cancel what still runs and wait for the workers; True when they all ended."""
    for op in running_operations():
        op.cancel()
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    _drop_spent()
    _sweep_ended()
    return done
