"""The idle lock: fires after the quiet time, restarted by input, paused while locked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from tkm_desktop.gui.idle_lock import IdleLock


def _lock(qtbot: QtBot, ms: int = 60, minutes: int = 1) -> IdleLock:
    # A QObject, not a widget: each test stops it in ``finally``.
    return IdleLock(minutes, interval_ms=ms)


def test_fires_after_the_quiet_time(qtbot: QtBot) -> None:
    lock = _lock(qtbot)
    try:
        assert lock.enabled and lock.active
        with qtbot.waitSignal(lock.idle, timeout=2000):
            pass
        assert not lock.active  # paused until someone unlocks
    finally:
        lock.stop()


def test_typing_and_the_mouse_restart_the_count(qtbot: QtBot) -> None:
    lock = _lock(qtbot, ms=300)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    fired: list[bool] = []
    lock.idle.connect(lambda: fired.append(True))
    try:
        for _ in range(5):
            qtbot.wait(100)
            QApplication.sendEvent(
                edit,
                QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
            )
        assert fired == []  # 500 ms went by, never 300 ms without a key
        for _ in range(3):
            qtbot.wait(100)
            move = QMouseEvent(
                QEvent.Type.MouseMove,
                QPointF(5, 5),
                QPointF(5, 5),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(edit, move)
        assert fired == []
        qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    finally:
        lock.stop()


def test_pause_and_resume(qtbot: QtBot) -> None:
    lock = _lock(qtbot, ms=50)
    fired: list[bool] = []
    lock.idle.connect(lambda: fired.append(True))
    try:
        lock.pause()
        qtbot.wait(150)
        assert fired == []
        lock.resume()
        qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    finally:
        lock.stop()


def test_zero_minutes_switches_it_off(qtbot: QtBot) -> None:
    lock = IdleLock(0)
    assert not lock.enabled
    assert not lock.active
    lock.resume()
    assert not lock.active
    lock.stop()


def test_default_interval_is_the_minutes() -> None:
    lock = IdleLock(15)
    try:
        assert lock._timer.interval() == 15 * 60_000
    finally:
        lock.stop()
