"""Surat and Ekspor: the outgoing-letter register and the exports to the ministry (read-only)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QPushButton, QTableView, QWidget

from tkm_desktop.domain.dates import format_short
from tkm_desktop.gui.forms.ui_exports_page import Ui_ExportsPage
from tkm_desktop.gui.forms.ui_letters_page import Ui_LettersPage
from tkm_desktop.gui.row_table_model import Column, RowTableModel, sorting_proxy
from tkm_desktop.services import permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.services.export_batches import ExportBatchRow, list_export_batches
from tkm_desktop.services.letter_register import LetterRow, list_letters
from tkm_desktop.store.db import Database

_TABLE_PAGE, _EMPTY_PAGE = 0, 1


def local_time(moment: dt.datetime | None) -> str:
    """A stored UTC time as this PC's local 'dd/mm/yyyy hh:mm'."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{format_short(local.date())} {local:%H:%M}"


def setup_register_table(table: QTableView, model: RowTableModel, widths: dict[int, int]) -> None:
    table.setModel(sorting_proxy(model, table))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    char = table.fontMetrics().horizontalAdvance("n")
    for column, chars in widths.items():
        table.setColumnWidth(column, chars * char)
    # The service's order (newest first) until the user clicks a header.
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)


class LettersPage(QWidget):
    """Every issued or revoked letter, newest first."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.ui = Ui_LettersPage()
        self.ui.setupUi(self)
        states = {"issued": self.tr("Terbit"), "revoked": self.tr("Dicabut")}
        self.model: RowTableModel[LetterRow] = RowTableModel(
            [
                Column(self.tr("Nomor"), lambda r: r.number),
                Column(
                    self.tr("Tanggal"),
                    lambda r: format_short(r.letter_date) if r.letter_date else "",
                    sort_key=lambda r: r.letter_date.toordinal() if r.letter_date else 0,
                ),
                Column(
                    self.tr("Status"),
                    lambda r: states.get(r.state, r.state),
                    colour=lambda r: "#b3261e" if r.state == "revoked" else None,
                    tooltip=lambda r: r.revoked_reason or None,
                ),
                Column(
                    self.tr("Kelompok"),
                    lambda r: ", ".join(r.groups),
                    tooltip=lambda r: "\n".join(r.groups),
                ),
                Column(
                    self.tr("Anggota"),
                    lambda r: QLocale().toString(r.members),
                    sort_key=lambda r: r.members,
                    numeric=True,
                ),
                Column(
                    self.tr("Penanda Tangan"), lambda r: r.signatory, tooltip=lambda r: r.signatory
                ),
                Column(self.tr("Diterbitkan oleh"), lambda r: r.issued_by),
                Column(self.tr("Pindaian"), lambda r: self.tr("Ada") if r.has_scan else "—"),
            ],
            self,
        )
        setup_register_table(
            self.ui.lettersTable, self.model, {0: 26, 1: 11, 2: 9, 3: 34, 4: 9, 5: 24, 6: 16}
        )

    def reload(self) -> None:
        with self._db.reader() as session:
            rows = list_letters(session)
        self.model.set_rows(rows)
        self.ui.countLabel.setText(self.tr("(%n surat)", "", len(rows)) if rows else "")
        self.ui.stack.setCurrentIndex(_TABLE_PAGE if rows else _EMPTY_PAGE)


class ExportsPage(QWidget):
    """Every export batch, newest first; *Buat Ekspor…* for those who may export."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        actor: Actor | None = None,
        lang: str = "id",
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._lang = db, actor, lang
        self.ui = Ui_ExportsPage()
        self.ui.setupUi(self)
        self.newExportButton = QPushButton(self.tr("Buat Ekspor…"), self)
        self.newExportButton.setEnabled(
            actor is not None and permissions.can(actor, permissions.EXPORT)
        )
        self.newExportButton.clicked.connect(self.new_export)
        self.ui.headerLayout.addWidget(self.newExportButton)
        self.model: RowTableModel[ExportBatchRow] = RowTableModel(
            [
                Column(
                    self.tr("Waktu"),
                    lambda r: local_time(r.created_at),
                    sort_key=lambda r: r.created_at.timestamp(),
                ),
                Column(self.tr("Berkas"), lambda r: r.file_name),
                Column(self.tr("Format"), lambda r: r.format_name),
                Column(
                    self.tr("Kelompok"),
                    lambda r: QLocale().toString(r.groups),
                    sort_key=lambda r: r.groups,
                    numeric=True,
                ),
                Column(self.tr("Oleh"), lambda r: r.username),
                Column(
                    self.tr("SHA-256"),
                    lambda r: r.sha256[:16] + "…" if r.sha256 else "",
                    tooltip=lambda r: r.sha256 or None,
                ),
            ],
            self,
        )
        setup_register_table(self.ui.exportsTable, self.model, {0: 16, 1: 36, 2: 16, 3: 10, 4: 14})

    def reload(self) -> None:
        with self._db.reader() as session:
            rows = list_export_batches(session)
        self.model.set_rows(rows)
        self.ui.countLabel.setText(self.tr("(%n ekspor)", "", len(rows)) if rows else "")
        self.ui.stack.setCurrentIndex(_TABLE_PAGE if rows else _EMPTY_PAGE)

    def export_dialog(self) -> QDialog | None:
        """The export dialog, wired to reload this list after each export (None: not allowed)."""
        if self._actor is None or not self.newExportButton.isEnabled():
            return None
        from tkm_desktop.gui.export_page import ExportDialog

        dialog = ExportDialog(self._db, self._actor, self._lang, self)
        dialog.exported.connect(lambda _result: self.reload())
        return dialog

    def new_export(self) -> None:
        dialog = self.export_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()
