"""Unexpected exceptions: logged, shown in a dialog (or one stderr line when headless)."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tkm_desktop.gui import crash

LOG = Path("/data/logs/tkm-desktop.log")
NIK = "3275014101990001"


@pytest.fixture
def handler() -> Iterator[crash.CrashHandler]:
    installed = crash.install_excepthook(LOG)
    yield installed
    crash.uninstall_excepthook()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Dialogs the handler would show; ``exec`` returns at once, as if 'Lanjutkan' was clicked."""
    boxes: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        boxes.append(box)
        return 0

    monkeypatch.setattr(crash, "is_headless", lambda: False)
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return boxes


def _raise_and_hook(handler: crash.CrashHandler, message: str = "rusak") -> None:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        handler.handle(*sys.exc_info())  # type: ignore[arg-type]


def test_dialog_explains_in_indonesian_and_names_the_log(qtbot: QtBot) -> None:
    box = crash.build_crash_box("RuntimeError: rusak", "Traceback ...", LOG)
    qtbot.addWidget(box)
    assert box.text().startswith("Terjadi kesalahan yang tidak terduga.")
    assert str(LOG) in box.informativeText()
    assert "RuntimeError: rusak" in box.informativeText()
    assert box.detailedText() == "Traceback ..."
    assert box.icon() == QMessageBox.Icon.Critical
    texts = [b.text() for b in box.buttons()]
    assert "&Lanjutkan Bekerja" in texts
    assert "&Keluar dari Aplikasi" in texts
    assert box.defaultButton().text() == "&Lanjutkan Bekerja"


def test_exception_is_logged_and_shown(
    handler: crash.CrashHandler, shown: list[QMessageBox], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.CRITICAL, logger="tkm_desktop.gui.crash"):
        _raise_and_hook(handler)
    assert [r.exc_info[0] for r in caplog.records if r.exc_info] == [RuntimeError]
    assert len(shown) == 1
    assert str(LOG) in shown[0].informativeText()
    assert "RuntimeError: rusak" in shown[0].detailedText()


def test_dialog_masks_identity_numbers(handler: crash.CrashHandler, shown: list) -> None:
    _raise_and_hook(handler, f"NIK {NIK} ganda")
    box = shown[0]
    assert NIK not in box.informativeText()
    assert NIK not in box.detailedText()


def test_headless_prints_one_line_to_stderr(
    handler: crash.CrashHandler,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CI", "true")
    _raise_and_hook(handler)
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "terjadi kesalahan yang tidak terduga (RuntimeError: rusak)" in err
    assert str(LOG) in err


def test_offscreen_counts_as_headless(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert crash.is_headless()  # the tests run on the offscreen platform


class _Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_reaches_the_handler(
    handler: crash.CrashHandler, shown: list[QMessageBox]
) -> None:
    emitter = _Emitter()

    def broken_slot() -> None:
        raise ValueError("slot rusak")

    emitter.fired.connect(broken_slot)
    emitter.fired.emit()
    assert len(shown) == 1
    assert "ValueError: slot rusak" in shown[0].informativeText()


def test_exception_in_a_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, handler: crash.CrashHandler, shown: list[QMessageBox]
) -> None:
    def work() -> None:
        raise OSError("disk penuh")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "OSError: disk penuh" in shown[0].informativeText()


def test_choosing_quit_ends_the_event_loop_with_code_3(
    handler: crash.CrashHandler, monkeypatch: pytest.MonkeyPatch
) -> None:
    exits: list[int] = []

    def click_quit(box: QMessageBox) -> int:
        quit_button = next(b for b in box.buttons() if "Keluar" in b.text())
        quit_button.click()
        return 0

    monkeypatch.setattr(crash, "is_headless", lambda: False)
    monkeypatch.setattr(QMessageBox, "exec", click_quit)
    monkeypatch.setattr(crash.QCoreApplication, "exit", lambda code=0: exits.append(code))
    _raise_and_hook(handler)
    assert exits == [crash.EXIT_INTERNAL_ERROR]


def test_uninstall_restores_python_hooks() -> None:
    crash.install_excepthook(LOG)
    crash.uninstall_excepthook()
    assert sys.excepthook is sys.__excepthook__
    assert threading.excepthook is threading.__excepthook__
