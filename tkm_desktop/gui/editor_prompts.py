"""The group editor's small questions: each returns plain data (tests replace these functions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from tkm_desktop.gui.decision_dialog import DecisionValues

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
translate = QCoreApplication.translate


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    """A reason or a note typed by the clerk; None when cancelled or left empty."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    text = " ".join(text.split())
    return text if ok and text else None


def ask_line(parent: QWidget, title: str, label: str) -> str | None:
    """One line typed by the clerk (a name); None when cancelled or left empty."""
    text, ok = QInputDialog.getText(parent, title, label)
    text = " ".join(text.split())
    return text if ok and text else None


def ask_unsaved(parent: QWidget) -> str:
    """Simpan / Buang / Batal for changes not saved yet."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("EditorPrompts", "Perubahan belum disimpan"),
        "",
        parent=parent,
    )
    box.setText(
        translate(
            "EditorPrompts", "Ada perubahan pada kelompok ini yang belum disimpan. Simpan sekarang?"
        )
    )
    save = box.addButton(translate("EditorPrompts", "Simpan"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        translate("EditorPrompts", "Buang"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(translate("EditorPrompts", "Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    accept: str,
    reject: str,
    *,
    informative: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> bool:
    """A question with two named buttons; True when ``accept`` (the default) was clicked."""
    box = QMessageBox(icon, title, text, parent=parent)
    if informative:
        box.setInformativeText(informative)
    chosen = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(chosen)
    box.exec()
    clicked = box.clickedButton() is chosen
    box.deleteLater()
    return clicked


def ask_reload(parent: QWidget, message: str) -> bool:
    """Another clerk saved first: offer Muat Ulang (True) or keep the screen as it is."""
    return choose(
        parent,
        translate("EditorPrompts", "Kelompok telah diubah"),
        message,
        translate("EditorPrompts", "Muat Ulang"),
        translate("EditorPrompts", "Batal"),
        informative=translate(
            "EditorPrompts",
            "Muat ulang membuang perubahan Anda yang belum disimpan dan menampilkan data terbaru.",
        ),
        icon=QMessageBox.Icon.Warning,
    )


def show_refusal(parent: QWidget, title: str, reasons: list[str]) -> None:
    QMessageBox.warning(parent, title, "\n".join(f"• {r}" for r in reasons) or title)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def ask_decision(parent: QWidget, target: str, lang: str) -> DecisionValues | None:
    """The SK or the payment for a move to ``target``; None when cancelled."""
    from tkm_desktop.gui.decision_dialog import DecisionDialog

    dialog = DecisionDialog(target, lang, parent)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
