"""What the start-up tests share: a data folder opened as after installing, and the
main windows that would be shown when the event loop starts.

Import it as ``from tests.gui.app_start import ...``: the project folder is on the path.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tkm_desktop.gui.crash import uninstall_excepthook
from tkm_desktop.gui.main_window import MainWindow
from tkm_desktop.services.bootstrap import AppContext, open_app


def fresh_app(tmp_path: Path) -> Iterator[AppContext]:
    """An empty data folder, opened; afterwards every window is closed (a fixture's body)."""
    context = open_app(str(tmp_path / "data"), None, demo=False)
    yield context
    uninstall_excepthook()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    context.close()


def windows_after(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """Replace the event loop: it records the main windows shown by then, and returns."""
    seen: list[MainWindow] = []

    def fake_exec() -> int:
        seen.extend(
            w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    return seen
