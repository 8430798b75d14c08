"""Small fields the settings screens and the first-run wizard share: the region picker
and the check of a new password typed twice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from tkm_desktop.services import users
from tkm_desktop.services.settings import regency_choices

__all__ = ["RegionCombo", "password_problems"]

translate = QCoreApplication.translate


def password_problems(
    password: str, repeat: str, username: str = "", lang: str = "id"
) -> list[str]:
    """Why a new password typed twice is refused: the service's rules (those naming
    ``username`` too), then the repeat."""
    problems = users.new_password_problems(password, username, lang)
    if password != repeat:
        problems.append(translate("PasswordCheck", "Kedua kata sandi tidak sama."))
    return problems


class RegionCombo(QComboBox):
    """The office's kab/kota, found by typing any part of its name.

    The 500+ kab/kota are listed when the box is first shown (or ``list_regions()``
    runs); until then it holds only the selected one, so building a screen stays quick.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionCombo")
        self._labels = {c.code: c.label for c in regency_choices()}
        self._listed = False
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        completer = self.completer()  # the editable box's own, over its items
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.lineEdit().setPlaceholderText(self.tr("Ketik nama kota/kabupaten…"))

    def select(self, code: str) -> None:
        """Show ``code``'s kab/kota ('' or an unknown code: an empty box)."""
        if not self._listed:
            self._fill([code] if code in self._labels else [])
        self.blockSignals(True)
        index = self.findData(code) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self.blockSignals(False)

    def list_regions(self) -> None:
        """Put every kab/kota in the list, keeping the selection."""
        if self._listed:
            return
        code = self.code() or ""
        self._fill(list(self._labels))
        self._listed = True
        self.select(code)

    def code(self) -> str | None:
        """The code of the kab/kota in the box; '' when empty, None when the text names none."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text)
        return self.itemData(index) if index >= 0 else None

    def problem(self, required: bool = False) -> str | None:
        """The refusal when the text names no kab/kota of the list (or, if required, none)."""
        code = self.code()
        if code is None or (required and not code):
            return self.tr("Pilih kabupaten/kota dari daftar.")
        return None

    def _fill(self, codes: list[str]) -> None:
        self.blockSignals(True)
        self.clear()
        for code in codes:
            self.addItem(self._labels[code], code)
        self.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        self.list_regions()
        super().showEvent(event)
