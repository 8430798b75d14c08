"""The operation helper: work on a worker thread; result, error and cancel back on the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tkm_desktop.gui import operations
from tkm_desktop.gui.i18n import install_translators
from tkm_desktop.gui.operations import Cancelled, Operation, OperationContext, reading
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget
    assert operations.wait_for_all(5000)


def _run(qtbot: QtBot, op: Operation) -> Operation:
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    return op


def test_result_arrives_on_the_ui_thread(qtbot: QtBot, parent: QWidget) -> None:
    threads: list[threading.Thread] = []
    results: list[tuple[int, threading.Thread]] = []

    def work(_ctx: OperationContext) -> int:
        threads.append(threading.current_thread())
        return 42

    op = Operation(parent, work).on_success(
        lambda value: results.append((value, threading.current_thread()))
    )
    _run(qtbot, op)
    assert threads[0] is not threading.main_thread()
    assert results == [(42, threading.main_thread())]
    assert op.done


def test_refused_input_becomes_a_warning(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def work(_ctx: OperationContext) -> None:
        raise InputRefused("Berkas tidak dapat dibaca.")

    successes: list[object] = []
    _run(qtbot, Operation(parent, work, title="Impor").on_success(successes.append))
    assert shown == ["Berkas tidak dapat dibaca."]
    assert successes == []


def test_unexpected_error_goes_to_the_crash_handler(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    hooked: list[type[BaseException]] = []
    monkeypatch.setattr(operations.sys, "excepthook", lambda kind, _exc, _tb: hooked.append(kind))

    def work(_ctx: OperationContext) -> None:
        raise OSError("disk penuh")

    _run(qtbot, Operation(parent, work))
    assert hooked == [OSError]


def test_failure_callback_replaces_the_default(qtbot: QtBot, parent: QWidget) -> None:
    errors: list[BaseException] = []

    def work(_ctx: OperationContext) -> None:
        raise ValueError("rusak")

    _run(qtbot, Operation(parent, work).on_failure(errors.append))
    assert [type(e) for e in errors] == [ValueError]


def test_cancel_reaches_the_worker_and_skips_success(qtbot: QtBot, parent: QWidget) -> None:
    started = threading.Event()
    steps: list[int] = []
    outcome: list[str] = []

    def work(ctx: OperationContext) -> str:
        started.set()
        for step in range(500):
            ctx.check()
            steps.append(step)
            QThread.msleep(5)
        return "selesai"

    op = Operation(parent, work)
    op.on_success(lambda _r: outcome.append("success")).on_cancel(lambda: outcome.append("cancel"))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
        assert started.wait(5)
        op.cancel()
    assert outcome == ["cancel"]
    assert len(steps) < 500


def test_a_result_after_a_late_cancel_is_a_success(qtbot: QtBot, parent: QWidget) -> None:
    outcome: list[object] = []

    def work(ctx: OperationContext) -> str:
        ctx.cancel()  # Batal pressed after the last check: the work (a commit) is done
        return "selesai"

    op = Operation(parent, work)
    op.on_success(outcome.append).on_cancel(lambda: outcome.append("cancel"))
    _run(qtbot, op)
    assert outcome == ["selesai"]
    with pytest.raises(Cancelled):
        op.context.check()


def test_busy_cursor_then_progress_dialog_for_slow_work(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(operations, "BUSY_CURSOR_MS", 10)
    monkeypatch.setattr(operations, "PROGRESS_DIALOG_MS", 30)
    release = threading.Event()

    def work(ctx: OperationContext) -> int:
        ctx.progress(3, 10, "Memeriksa kelompok 3 dari 10")
        release.wait(5)
        return 1

    op = Operation(parent, work, title="Periksa", label="Mulai…")
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
        qtbot.waitUntil(lambda: op._dialog is not None and op._dialog.isVisible())
        assert QGuiApplication.overrideCursor() is not None
        dialog = parent.findChild(QProgressDialog)
        assert dialog is not None and dialog.windowTitle() == "Periksa"
        qtbot.waitUntil(lambda: dialog.value() == 3)
        assert dialog.maximum() == 10
        assert dialog.labelText() == "Memeriksa kelompok 3 dari 10"
        release.set()
    assert QGuiApplication.overrideCursor() is None
    assert op._dialog is None


def test_quick_work_shows_neither_cursor_nor_dialog(qtbot: QtBot, parent: QWidget) -> None:
    op = _run(qtbot, Operation(parent, lambda _ctx: 1))
    assert op._dialog is None
    assert QGuiApplication.overrideCursor() is None


def test_progress_dialog_cancel_button_cancels(
    qtbot: QtBot, qapp, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_translators(qapp, "id")  # Qt's own Cancel speaks Indonesian too
    monkeypatch.setattr(operations, "PROGRESS_DIALOG_MS", 0)
    outcome: list[str] = []

    def work(ctx: OperationContext) -> None:
        while True:
            ctx.check()
            QThread.msleep(5)

    op = Operation(parent, work).on_cancel(lambda: outcome.append("cancel"))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
        qtbot.waitUntil(lambda: op._dialog is not None)
        button = op._dialog.findChild(QPushButton)  # type: ignore[union-attr]
        assert button.text() == "Batal"
        button.click()
    assert outcome == ["cancel"]


def test_reading_gives_the_worker_its_own_session(
    qtbot: QtBot, parent: QWidget, gui_db: Database, add_group
) -> None:
    add_group("Maju Jaya")
    from sqlalchemy import func, select

    from tkm_desktop.store.models import Group

    seen: list[tuple[int, threading.Thread]] = []

    def count(session, _ctx: OperationContext) -> int:  # type: ignore[no-untyped-def]
        seen.append((id(session), threading.current_thread()))
        return session.scalar(select(func.count(Group.id)))

    results: list[int] = []
    _run(qtbot, Operation(parent, reading(gui_db, count)).on_success(results.append))
    assert results == [1]
    assert seen[0][1] is not threading.main_thread()


def test_an_owner_closed_meanwhile_drops_the_result(qtbot: QtBot) -> None:
    owner = QWidget()
    release = threading.Event()
    results: list[int] = []

    def work(_ctx: OperationContext) -> int:
        release.wait(5)
        return 1

    op = Operation(owner, work).on_success(results.append).run()
    owner.deleteLater()
    qtbot.waitUntil(lambda: op not in operations.running_operations())
    release.set()
    assert operations.wait_for_all(5000)
    qtbot.wait(20)
    assert results == []


def test_destroying_the_owner_cancels_the_worker(qtbot: QtBot) -> None:
    owner = QWidget()
    started, stopped = threading.Event(), threading.Event()

    def work(ctx: OperationContext) -> None:
        started.set()
        for _ in range(1000):  # about 5 s unless told to stop
            if ctx.cancelled:
                stopped.set()
                return
            QThread.msleep(5)

    Operation(owner, work).run()
    assert started.wait(5)
    owner.deleteLater()
    qtbot.waitUntil(stopped.is_set, timeout=2000)
    assert operations.wait_for_all(5000)


def test_finished_operations_are_deleted_cleanly_and_leave_nothing_behind(qtbot: QtBot) -> None:
    # The caller lets go of each operation before Qt deletes it; with PySide 6.11 that
    # crashed the process in the next event round (pytest-qt's) until Operation kept its
    # Python side alive past the deletion.
    owner = QWidget()
    qtbot.addWidget(owner)
    for value in (1, 2, 3):
        op = Operation(owner, lambda _ctx, v=value: v)
        with qtbot.waitSignal(op.finished, timeout=5000):
            op.run()
    assert operations.wait_for_all()
    assert operations._Worker._in_flight == set() and operations._Worker._spent == []
