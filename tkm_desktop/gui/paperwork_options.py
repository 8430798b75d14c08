"""The small question before a verification paper is printed: paper size, KONSEP or
Terbitkan (with the number typed by hand where the office numbers manually) and, for
the berita acara, which groups it reports.

``ask_paper_choice`` opens the dialog and returns a plain ``PaperChoice`` (tests
replace it); the dialog itself is tested by filling it and reading ``choice()``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

PAPERS = ("a4", "f4")
LAST_PAPER = "paperwork/paper"  # QSettings key: the size picked last time, on this PC
_GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PaperCombo(QComboBox):
    """A4 or F4, starting on the size chosen last on this PC (remembered as it changes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("A4"), "a4")
        self.addItem(self.tr("F4 (215 × 330 mm)"), "f4")
        self.setCurrentIndex(max(0, self.findData(QSettings().value(LAST_PAPER, "a4"))))
        self.currentIndexChanged.connect(lambda _i: QSettings().setValue(LAST_PAPER, self.paper()))

    def paper(self) -> str:
        """'a4' or 'f4'."""
        return str(self.currentData())


@dataclass(frozen=True)
class GroupChoice:
    """One group the berita acara may report: its id and the line shown for it."""

    id: int
    text: str


@dataclass(frozen=True)
class PaperRequest:
    """What the dialog asks about."""

    title: str
    summary: str
    numbered: bool = False  # a letter: KONSEP or Terbitkan
    manual_number: bool = False  # the office types numbers from its agenda book
    groups: tuple[GroupChoice, ...] = ()  # shown as a checkable list when given
    checked: frozenset[int] | None = None  # the groups ticked at first (None: all)


@dataclass(frozen=True)
class PaperChoice:
    """The clerk's answer."""

    paper: str = "a4"
    draft: bool = False
    number: str | None = None  # typed by hand; None when the register numbers
    group_ids: tuple[int, ...] = ()


class PaperOptionsDialog(QDialog):
    """Modal; ``choice()`` after it was accepted."""

    def __init__(self, request: PaperRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(request.title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.summaryLabel = QLabel(request.summary, self)
        self.summaryLabel.setWordWrap(True)
        layout.addWidget(self.summaryLabel)
        self.groupModel = QStandardItemModel(self)
        self.groupList = QListView(self)
        self.countLabel = QLabel(self)
        if request.groups:
            self._add_groups(layout)
        form = QFormLayout()
        layout.addLayout(form)
        self.paperCombo = PaperCombo(self)
        form.addRow(self.tr("&Ukuran kertas:"), self.paperCombo)
        self.draftRadio = QRadioButton(self.tr("&Konsep (tanpa nomor, tidak disimpan)"), self)
        self.issueRadio = QRadioButton(self.tr("&Terbitkan (bernomor, masuk register)"), self)
        self.numberEdit = QLineEdit(self)
        self.noteLabel = QLabel(self)
        if request.numbered:
            self._add_numbering(form)
        self.buttons = QDialogButtonBox(self)
        self.okButton = self.buttons.addButton(
            self.tr("Cetak"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._hide_unused()
        self._update()

    def _hide_unused(self) -> None:
        """Widgets a request does not use stay out of the layout: keep them off the screen."""
        unused: list[QWidget] = []
        if not self.request.groups:
            unused += [self.groupList, self.countLabel]
        if not self.request.numbered:
            unused += [self.draftRadio, self.issueRadio, self.noteLabel]
        if not (self.request.numbered and self.request.manual_number):
            unused.append(self.numberEdit)
        for widget in unused:
            widget.hide()

    def _add_groups(self, layout: QVBoxLayout) -> None:
        checked = self.request.checked
        for group in self.request.groups:
            item = QStandardItem(group.text)
            item.setEditable(False)
            item.setCheckable(True)
            on = checked is None or group.id in checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            item.setData(group.id, _GROUP_ID_ROLE)
            self.groupModel.appendRow(item)
        self.groupList.setModel(self.groupModel)
        self.groupList.setAccessibleName(self.tr("Kelompok yang dimuat"))
        self.groupList.setMinimumHeight(180)
        self.groupModel.itemChanged.connect(self._update)
        layout.addWidget(QLabel(self.tr("Kelompok yang dimuat dalam berita acara:"), self))
        layout.addWidget(self.groupList, 1)
        layout.addWidget(self.countLabel)

    def _add_numbering(self, form: QFormLayout) -> None:
        modes = QButtonGroup(self)
        column = QVBoxLayout()
        for radio in (self.draftRadio, self.issueRadio):
            modes.addButton(radio)
            column.addWidget(radio)
        self.draftRadio.setChecked(True)  # a KONSEP first: issuing takes a number for good
        modes.buttonToggled.connect(self._update)
        form.addRow(self.tr("Cetak sebagai:"), column)
        if self.request.manual_number:
            self.numberEdit.setPlaceholderText(self.tr("Nomor dari buku agenda surat keluar"))
            self.numberEdit.textChanged.connect(self._update)
            form.addRow(self.tr("&Nomor surat:"), self.numberEdit)
            note = self.tr("Kantor memakai nomor dari buku agenda: ketik nomornya untuk terbit.")
        else:
            note = self.tr("Nomor diambil dari register surat keluar saat terbit.")
        self.noteLabel.setText(
            note + " " + self.tr("Tanggal dan tempat surat diambil dari pengaturan kantor.")
        )
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet("color: #5f6368;")
        form.addRow(self.noteLabel)

    # --- state ---------------------------------------------------------------------

    def checked_ids(self) -> tuple[int, ...]:
        model = self.groupModel
        return tuple(
            int(model.item(row).data(_GROUP_ID_ROLE))
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        )

    def issuing(self) -> bool:
        return self.request.numbered and self.issueRadio.isChecked()

    def _update(self) -> None:
        ok = True
        if self.request.groups:
            n = len(self.checked_ids())
            total = len(self.request.groups)
            self.countLabel.setText(
                self.tr("%n dari {total} kelompok dipilih", "", n).format(total=total)
            )
            ok = n > 0
        if self.request.numbered:
            self.numberEdit.setEnabled(self.issuing())
            if self.issuing() and self.request.manual_number:
                ok = ok and bool(self.numberEdit.text().strip())
            self.okButton.setText(
                self.tr("Terbitkan") if self.issuing() else self.tr("Lihat Konsep")
            )
        self.okButton.setEnabled(ok)

    def choice(self) -> PaperChoice:
        number = self.numberEdit.text().strip() if self.request.manual_number else ""
        return PaperChoice(
            paper=self.paperCombo.paper(),
            draft=self.request.numbered and not self.issuing(),
            number=number if self.issuing() and number else None,
            group_ids=self.checked_ids(),
        )

    def accept(self) -> None:
        if not self.okButton.isEnabled():
            return
        super().accept()


def ask_paper_choice(parent: QWidget, request: PaperRequest) -> PaperChoice | None:
    """The dialog, modal; the clerk's choice or None when cancelled."""
    dialog = PaperOptionsDialog(request, parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
