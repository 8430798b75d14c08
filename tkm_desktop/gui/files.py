"""The system file dialogs the window opens, as two functions tests replace, and the
whole-file writer.

    path = files.ask_save_path(parent, title, "rekap.xlsx", "Excel (*.xlsx)", suffix=".xlsx")
    path = files.ask_open_path(parent, title, "Dokumen PDF (*.pdf)")

Call them through the module (``files.ask_save_path(...)``) so a test's monkeypatch
reaches every caller. ``remember`` names a QSettings key that keeps the folder used
last, so the next dialog opens there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from tkm_desktop.files import write_whole

__all__ = ["ask_open_path", "ask_save_path", "remember_folder", "write_whole"]


def _start(suggested: str, remember: str | None) -> str:
    folder = str(QSettings().value(remember, "") or "") if remember else ""
    return str(Path(folder) / suggested) if folder else suggested


def remember_folder(remember: str | None, path: str | Path) -> None:
    """Keep the folder of ``path`` under the QSettings key ``remember`` (if any)."""
    if remember:
        QSettings().setValue(remember, str(Path(path).parent))


def ask_save_path(
    parent: QWidget,
    title: str,
    suggested: str,
    filter_text: str,
    *,
    suffix: str = "",
    remember: str | None = None,
) -> str | None:
    """Where to save; ``suffix`` (e.g. '.xlsx') added when the clerk typed none. None
    when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, _start(suggested, remember), filter_text)
    if not path:
        return None
    if suffix and not path.lower().endswith(suffix.lower()):
        path += suffix
    remember_folder(remember, path)
    return path


def ask_open_path(
    parent: QWidget, title: str, filter_text: str, *, remember: str | None = None
) -> str | None:
    """A file to read; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, _start("", remember), filter_text)
    if not path:
        return None
    remember_folder(remember, path)
    return path
