"""Translations: English complete and current, Qt's own buttons in Indonesian."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from tkm_desktop.gui.i18n import install_translators

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def _messages(ts_file: Path) -> list[ET.Element]:
    return list(ET.parse(ts_file).getroot().iter("message"))


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_english_string_is_translated() -> None:
    messages = _messages(TRANSLATIONS / "tkm_en.ts")
    assert len(messages) > 20
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not all(_translations(m))
    ]
    assert unfinished == []


def test_english_keeps_every_placeholder() -> None:
    for message in _messages(TRANSLATIONS / "tkm_en.ts"):
        wanted = sorted(set(PLACEHOLDER.findall(message.findtext("source") or "")))
        for text in _translations(message):
            assert sorted(set(PLACEHOLDER.findall(text))) == wanted, message.findtext("source")


def test_indonesian_needs_no_translation_file(qtbot: QtBot) -> None:
    # No translator installed (conftest): the source texts are the Indonesian ones.
    assert QCoreApplication.translate("MainWindow", "Daftar Kelompok") == "Daftar Kelompok"


def test_english_translation_loads(qapp: QApplication) -> None:
    install_translators(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "Daftar Kelompok") == "Group List"


def test_unknown_language_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        install_translators(qapp, "jv")


@pytest.mark.parametrize(
    ("button", "indonesian"),
    [
        (QDialogButtonBox.StandardButton.Ok, "OK"),
        (QDialogButtonBox.StandardButton.Cancel, "Batal"),
        (QDialogButtonBox.StandardButton.Yes, "&Ya"),
        (QDialogButtonBox.StandardButton.No, "&Tidak"),
        (QDialogButtonBox.StandardButton.Save, "Simpan"),
        (QDialogButtonBox.StandardButton.Close, "Tutup"),
        (QDialogButtonBox.StandardButton.Open, "Buka"),
        (QDialogButtonBox.StandardButton.Apply, "Terapkan"),
        (QDialogButtonBox.StandardButton.Reset, "Atur Ulang"),
        (QDialogButtonBox.StandardButton.Discard, "Buang"),
        (QDialogButtonBox.StandardButton.Help, "Bantuan"),
    ],
)
def test_qt_standard_buttons_speak_indonesian(
    qtbot: QtBot, qapp: QApplication, button: QDialogButtonBox.StandardButton, indonesian: str
) -> None:
    install_translators(qapp, "id")
    box = QDialogButtonBox(button)
    qtbot.addWidget(box)
    assert box.button(button).text() == indonesian


def test_message_box_details_button_speaks_indonesian(qtbot: QtBot, qapp: QApplication) -> None:
    install_translators(qapp, "id")
    box = QMessageBox(QMessageBox.Icon.Critical, "T", "Teks")
    box.setDetailedText("rincian")
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    assert "Tampilkan Rincian..." in texts


def test_english_leaves_qt_buttons_english(qtbot: QtBot, qapp: QApplication) -> None:
    install_translators(qapp, "en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
