"""The ministry's decision and the disbursement, recorded from the group editor.

*Ditetapkan* / *Tidak Ditetapkan* take the SK's number and date (and, for a decreed
group, the grant it names, if the clerk has it); *Dana Cair* takes the date and the
amount paid. The workflow service checks the values (no date after today, no payment
before its SK, nothing above the scheme's *pagu bantuan*) and refuses with its reasons.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tkm_desktop.domain.money import MoneyParseError, parse_money
from tkm_desktop.domain.status import GroupStatus, label

DATE_FORMAT = "dd/MM/yyyy"


@dataclass(frozen=True)
class DecisionValues:
    """What the clerk typed: the SK (number and date) or the payment (date), an amount."""

    sk_number: str | None = None
    sk_date: dt.date | None = None
    on_date: dt.date | None = None
    amount: Decimal | None = None


class DecisionDialog(QDialog):
    """Asks for the SK or the payment of a move to ``target``; ``values()`` once accepted."""

    def __init__(self, target: str, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = GroupStatus(target)
        self.sk = self.target in (GroupStatus.DITETAPKAN, GroupStatus.TIDAK_DITETAPKAN)
        self.takes_amount = self.target is not GroupStatus.TIDAK_DITETAPKAN
        self.setWindowTitle(label(self.target, lang))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("n") * 62)  # an SK number whole
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self._intro(), self))
        form = QFormLayout()
        self.numberEdit = QLineEdit(self)
        self.numberEdit.setPlaceholderText(self.tr("mis. KEP.5/LATTAS/2026"))
        self.dateEdit = QDateEdit(QDate.currentDate(), self)
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(DATE_FORMAT)
        self.amountEdit = QLineEdit(self)
        self.amountEdit.setPlaceholderText(self.tr("mis. Rp20.000.000"))
        if self.sk:
            form.addRow(self.tr("Nomor SK:"), self.numberEdit)
            form.addRow(self.tr("Tanggal SK:"), self.dateEdit)
            if self.target is GroupStatus.DITETAPKAN:
                form.addRow(self.tr("Bantuan yang ditetapkan (boleh kosong):"), self.amountEdit)
        else:
            form.addRow(self.tr("Tanggal dana cair:"), self.dateEdit)
            form.addRow(self.tr("Jumlah dana cair:"), self.amountEdit)
        self.numberEdit.setVisible(self.sk)
        self.amountEdit.setVisible(self.takes_amount)
        layout.addLayout(form)
        self.errorLabel = QLabel(self)
        self.errorLabel.setStyleSheet("color: #b3261e;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.hide()
        layout.addWidget(self.errorLabel)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Catat"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.numberEdit if self.sk else self.amountEdit).setFocus()

    def _intro(self) -> str:
        if self.sk:
            return self.tr("Catat Surat Keputusan (SK) Kemnaker untuk kelompok ini.")
        return self.tr("Catat pencairan dana bantuan untuk kelompok ini.")

    def problem(self) -> str | None:
        """Why the values cannot be taken yet, or None."""
        if self.sk and not self.numberEdit.text().strip():
            return self.tr("Isi nomor SK.")
        text = self.amountEdit.text().strip()
        if not self.sk and not text:
            return self.tr("Isi jumlah dana cair.")
        if text:
            try:
                parse_money(text)
            except MoneyParseError:
                return self.tr(
                    "Jumlah '{text}' tidak dapat dibaca; tulis mis. Rp20.000.000."
                ).format(text=text)
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.errorLabel.setText(problem)
            self.errorLabel.show()
            return
        super().accept()

    def values(self) -> DecisionValues:
        day = self.dateEdit.date().toPython()
        text = self.amountEdit.text().strip()
        amount = parse_money(text) if text and self.takes_amount else None
        if self.sk:
            return DecisionValues(self.numberEdit.text().strip(), day, None, amount)
        return DecisionValues(None, None, day, amount)
