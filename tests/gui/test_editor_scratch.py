"""An attachment opened from the editor: a copy in the data folder under a neutral name,
removed when the editor closes or, if a viewer held it, when the next editor opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tkm_desktop import paths
from tkm_desktop.gui import group_editor
from tkm_desktop.gui.editor_scratch import clear_scratch, write_scratch
from tkm_desktop.gui.group_editor import GroupEditor
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database

AddGroup = Callable[..., int]
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def test_the_scratch_folder_is_in_the_data_folder(tmp_path: Path) -> None:
    assert paths.scratch_dir(tmp_path) == tmp_path / "sementara"
    assert paths.data_paths(tmp_path).scratch_dir.parent == tmp_path


def test_copies_get_neutral_names_and_are_cleared(tmp_path: Path) -> None:
    folder = tmp_path / "sementara"
    assert clear_scratch(folder) == 0  # nothing there yet
    copy = write_scratch(folder, 7, "KTP 3275015610720006.PDF", PDF)
    odd = write_scratch(folder, 8, "scan.exe", b"x")
    assert copy.name.startswith("lampiran-7-") and copy.suffix == ".pdf"
    assert odd.name.startswith("lampiran-8-") and odd.suffix == ""
    assert "3275" not in copy.name and copy.read_bytes() == PDF
    again = write_scratch(folder, 7, "KTP.pdf", PDF)  # the last copy may still be open
    assert again != copy and again.read_bytes() == PDF
    other = folder / "catatan.txt"  # not ours: left alone
    other.write_text("x")
    assert clear_scratch(folder) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["catatan.txt"]


def test_a_copy_that_will_not_go_is_left_for_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "sementara"
    copy = write_scratch(folder, 7, "ktp.pdf", PDF)

    def busy(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError("in use")  # as Windows says of a file open in a viewer

    monkeypatch.setattr(Path, "unlink", busy)
    assert clear_scratch(folder) == 1
    assert copy.exists()


def test_an_opened_scan_goes_to_the_data_folder_and_is_removed_on_close(
    qtbot: QtBot,
    gui_db: Database,
    verifier: Actor,
    add_group: AddGroup,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    scan = tmp_path / "KTP 3275015610720006.pdf"
    scan.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(scan), ""))
    opened: list[QUrl] = []
    monkeypatch.setattr(group_editor.QDesktopServices, "openUrl", opened.append)
    scratch = tmp_path / "data" / "sementara"
    left_over = write_scratch(scratch, 99, "old.pdf", PDF)
    editor = GroupEditor(gui_db, verifier, add_group("Maju Jaya"), scratch_dir=scratch)
    qtbot.addWidget(editor)
    assert not left_over.exists()  # the last window's copy, gone at the start
    panel = editor.documents_panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.attach_button.click()
    panel.open_button.click()
    shown = Path(opened[0].toLocalFile())
    assert shown.parent == scratch
    assert shown.name.startswith(f"lampiran-{panel.docs[0].attachment_id}-")
    assert shown.suffix == ".pdf"
    assert shown.read_bytes() == PDF
    assert editor.close()
    assert not shown.exists()


def test_the_editor_uses_the_data_folders_scratch_by_default(
    qtbot: QtBot,
    gui_db: Database,
    verifier: Actor,
    add_group: AddGroup,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("TKM_DATA_DIR", str(tmp_path / "data"))
    left_over = write_scratch(tmp_path / "data" / "sementara", 1, "a.pdf", PDF)
    editor = GroupEditor(gui_db, verifier, add_group("Maju Jaya"))
    qtbot.addWidget(editor)
    assert not left_over.exists()
    editor.reject()
