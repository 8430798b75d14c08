"""Sizing a window to the screen it opens on: office laptops are often 1366×768 or scaled."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DEFAULT_WIDTH, DEFAULT_HEIGHT = 1280, 720  # the main window's


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
