"""What the start-up tests share: a data folder opened as after installing, and the
main windows that would be shown when the event loop starts.

Import it as ``from tests.gui.app_start import ...``: the project folder is on the path.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tkm_desktop.gui.crash import uninstall_excepthook
from tkm_desktop.gui.main_window import MainWindow
from tkm_desktop.gui.start import AppLoading, Start, open_for_window
from tkm_desktop.services.bootstrap import AppContext, open_app


@pytest.fixture(autouse=True)
def office_setup_not_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Autouse where imported: no first-run questions after sign-in (their own tests ask)."""
    from tkm_desktop.gui import first_run_wizard

    monkeypatch.setattr(first_run_wizard, "ask_resume_setup", lambda *_: False)
    monkeypatch.setattr(first_run_wizard, "tell_admin_needed", lambda *_: None)


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


def start_of(ctx: AppContext) -> Start:
    """The window's start on the data folder of ``ctx`` (it opens a context of its own)."""
    return Start(str(ctx.paths.root), None, demo=ctx.demo, lang=ctx.lang)


def options_of(ctx: AppContext) -> dict[str, Any]:
    """``run_window``'s options for the data folder of ``ctx``, as the command line gives them."""
    return asdict(start_of(ctx))


@contextmanager
def loading(start: Start) -> Iterator[AppLoading]:
    """The database of ``start`` opening on its thread, as ``run_window`` has it."""
    opening = AppLoading(lambda: open_for_window(start))
    opening.start()
    try:
        yield opening
    finally:
        opening.close()


class Held:
    """A database opening held back: ``entered`` once it began, it goes on at ``release``."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self._release = threading.Event()

    def release(self) -> None:
        self._release.set()

    def hold(self) -> None:
        self.entered.set()
        self._release.wait(10)


def hold_the_opening(monkeypatch: pytest.MonkeyPatch) -> Held:
    """The window's start opens its database only once ``release`` is called (or 10 s on)."""
    held = Held()
    real_open = Start.open

    def open_when_released(start: Start) -> AppContext:
        held.hold()
        return real_open(start)

    monkeypatch.setattr(Start, "open", open_when_released)
    return held
