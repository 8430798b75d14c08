"""Sizing a window to the screen it opens on: office laptops are often 1366×768 or scaled.

The main window also opens where the clerk left it on this PC (QSettings, like the
other settings of this PC); the first time on a laptop-sized screen it opens maximised,
where 1280 px would leave nothing beside it and cut the groups list's names.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DEFAULT_WIDTH, DEFAULT_HEIGHT = 1280, 720  # the main window's
MAXIMISED_UP_TO = 1440  # free screen width at which the main window first opens maximised
PLACE_KEY = "window/geometry"


def fit_to_screen(
    window: QWidget, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT
) -> None:
    """``width``×``height``, shrunk to the screen's free area (1366×768 laptops), centred."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    free = screen.availableGeometry()
    # Leave room for the title bar and frame, which the window's size does not include.
    width = min(width, free.width() - 32)
    height = min(height, free.height() - 48)
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    frame = window.frameGeometry()
    frame.moveCenter(free.center())
    window.move(frame.topLeft())


def place_main_window(window: QWidget) -> None:
    """Where it was when last closed on this PC; else the default size, or maximised on a
    laptop-sized screen. Call before ``show``."""
    saved = QSettings().value(PLACE_KEY)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        return
    fit_to_screen(window)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None and screen.availableGeometry().width() <= MAXIMISED_UP_TO:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember_place(window: QWidget) -> None:
    """Keep size, position and maximised state for the next start (``place_main_window``)."""
    QSettings().setValue(PLACE_KEY, window.saveGeometry())
