"""What an import did: how many groups and members, and every problem the file had."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from tkm_desktop.excel.proposal import Problem
from tkm_desktop.gui.forms.ui_import_result_dialog import Ui_ImportResultDialog
from tkm_desktop.gui.row_table_model import Column, RowTableModel, sorting_proxy
from tkm_desktop.services.importer import ImportResult

_SEVERITY_COLOURS = {"error": "#b3261e", "warning": "#8a5300"}


class ImportResultDialog(QDialog):
    """Shows an ``ImportResult``; ``problems`` holds the rows of its table."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportResultDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.rejected.connect(self.reject)
        severities = {
            "error": self.tr("Kesalahan"),
            "warning": self.tr("Peringatan"),
            "info": self.tr("Informasi"),
        }
        self.problems = [*result.errors, *result.findings]
        self.model: RowTableModel[Problem] = RowTableModel(
            [
                Column(self.tr("Lembar"), lambda p: p.sheet),
                Column(
                    self.tr("Baris"),
                    lambda p: "" if p.row is None else str(p.row),
                    sort_key=lambda p: p.row or 0,
                    numeric=True,
                ),
                Column(self.tr("Kolom"), lambda p: p.column),
                Column(
                    self.tr("Tingkat"),
                    lambda p: severities.get(p.severity, p.severity),
                    colour=lambda p: _SEVERITY_COLOURS.get(p.severity),
                ),
                Column(self.tr("Kode"), lambda p: p.code),
                Column(self.tr("Keterangan"), lambda p: p.message, tooltip=lambda p: p.message),
            ],
            self,
        )
        self.model.set_rows(self.problems)
        table = self.ui.problemsTable
        table.setModel(sorting_proxy(self.model, table))
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = table.fontMetrics().horizontalAdvance("n")
        for column, chars in {0: 10, 1: 6, 2: 14, 3: 11, 4: 22}.items():
            table.setColumnWidth(column, chars * char)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setVisible(bool(self.problems))
        self._summarise(result)

    def _summarise(self, result: ImportResult) -> None:
        locale = QLocale()
        if result.refused:
            self.ui.summaryLabel.setText(self.tr("Impor ditolak: tidak ada yang disimpan"))
            reasons = result.reasons or [self.tr("Perbaiki kesalahan di bawah, lalu impor lagi.")]
            self.ui.detailLabel.setText("\n".join(reasons))
            return
        self.ui.summaryLabel.setText(
            self.tr("{groups} kelompok dan {members} anggota diimpor").format(
                groups=locale.toString(result.groups_created),
                members=locale.toString(result.members_created),
            )
        )
        if self.problems:
            self.ui.detailLabel.setText(
                self.tr(
                    "Temuan di bawah ikut tersimpan pada kelompoknya dan tampil di daftar "
                    "kelompok sebagai kesalahan atau peringatan."
                )
            )
        else:
            self.ui.detailLabel.setText(self.tr("Berkas terbaca tanpa masalah."))
