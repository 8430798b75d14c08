"""The Qt bindings we ship keep Python's reference counts right over a long session.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call returning
nothing; after some hours of a clerk's clicks the process aborted (none_dealloc).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot, qapp: QApplication) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
        qapp.processEvents()
    # Other code may take or drop a few references meanwhile; 4,000 calls may not.
    assert abs(sys.getrefcount(None) - before) < 100
