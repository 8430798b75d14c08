"""choose(): a question with two named buttons, answered by clicking one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tkm_desktop.gui import editor_prompts


@pytest.mark.parametrize(("label", "expected"), [("Simpan Lampiran…", True), ("Lewati", False)])
def test_choose_says_which_button_was_clicked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, label: str, expected: bool
) -> None:
    seen: list[tuple[str, str, str, str]] = []

    def answer(box: QMessageBox) -> int:
        default = box.defaultButton().text()
        seen.append((box.windowTitle(), box.text(), box.informativeText(), default))
        next(b for b in box.buttons() if b.text() == label).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    chosen = editor_prompts.choose(
        None, "Surat Pengembalian", "Simpan lampirannya?", "Simpan Lampiran…", "Lewati",
        informative="Berkas Excel daftar anggota.",
    )  # fmt: skip
    assert chosen is expected
    assert seen == [
        ("Surat Pengembalian", "Simpan lampirannya?", "Berkas Excel daftar anggota.",
         "Simpan Lampiran…")
    ]  # fmt: skip
