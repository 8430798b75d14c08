"""Ekspor: the exports to the ministry; and the helpers the register pages share."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QPushButton, QTableView, QWidget

from tkm_desktop.domain.dates import format_short
from tkm_desktop.gui.forms.ui_exports_page import Ui_ExportsPage
from tkm_desktop.gui.row_table_model import Column, RowTableModel, sorting_proxy
from tkm_desktop.services import permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.services.export_batches import ExportBatchRow, list_export_batches
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
                Column(
                    self.tr("Format"),
                    lambda r: r.format_title or r.format_name,
                    tooltip=lambda r: f"{r.format_name}.toml",
                ),
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
        setup_register_table(self.ui.exportsTable, self.model, {0: 16, 1: 36, 2: 26, 3: 10, 4: 14})

    def reload(self) -> None:
        with self._db.reader() as session:
            rows = list_export_batches(session, lang=self._lang)
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
