"""Buat Ekspor: choose a format and statuses, check what goes in and what is left out, write.

The check (``plan_export``) is quick and runs at once; writing (``run_export``) runs through
``Operation`` with progress and Batal. Nothing is written before the clerk saw both lists.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tkm_desktop.domain.status import GroupStatus, label
from tkm_desktop.gui import files
from tkm_desktop.gui.operations import Operation, OperationContext
from tkm_desktop.gui.row_table_model import Column, RowTableModel
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.export import (
    ExportCancelled,
    ExportPlan,
    ExportResult,
    PlannedGroup,
    plan_export,
    run_export,
)
from tkm_desktop.services.export_batches import format_choices
from tkm_desktop.store.db import Database

Excluded = tuple[PlannedGroup, str, tuple[str, ...]]  # the group, why, every error's text
DEFAULT_STATUS = GroupStatus.DIREKOMENDASIKAN
DEFAULT_FORMAT = "kemnaker-tkm"


def show_warning(parent: QWidget, title: str, text: str) -> None:
    """A refused request, in the clerk's words (tests replace this)."""
    QMessageBox.warning(parent, title, text)


def reason_tooltip(row: Excluded) -> str:
    """Every error's text on its own line (rich text, so a long line wraps); else the reason."""
    _group, why, details = row
    lines = details or (why,)
    return "<p>" + "<br>".join(("• " if details else "") + html.escape(t) for t in lines) + "</p>"


class ExportDialog(QDialog):
    """Format, statuses → Periksa (two lists) → Simpan… (write, optionally submit)."""

    exported = Signal(object)  # the ExportResult, after the batch is on record

    def __init__(
        self, db: Database, actor: Actor, lang: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._lang = db, actor, lang
        self.plan: ExportPlan | None = None
        self.result: ExportResult | None = None
        self.writing = False
        self._operation: Operation[ExportResult] | None = None
        self.setWindowTitle(self.tr("Buat Ekspor ke Kemnaker"))
        self.resize(1100, 660)  # room for the reasons, still inside a 1366×768 screen
        self._build()

    # --- layout --------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.formatCombo = QComboBox(self)
        for choice in format_choices(self._lang):  # the title for people, the file name for us
            self.formatCombo.addItem(choice.title, choice.name)
            index = self.formatCombo.count() - 1
            tip = "\n".join(t for t in (choice.description, f"{choice.name}.toml") if t)
            self.formatCombo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        self.formatCombo.setCurrentIndex(max(0, self.formatCombo.findData(DEFAULT_FORMAT)))
        form.addRow(self.tr("Format:"), self.formatCombo)
        self.statusList = QListWidget(self)
        for status in GroupStatus:
            item = QListWidgetItem(label(status, self._lang), self.statusList)
            item.setData(Qt.ItemDataRole.UserRole, status.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = status == DEFAULT_STATUS
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.statusList.setFlow(QListWidget.Flow.LeftToRight)
        self.statusList.setWrapping(True)
        self.statusList.setMaximumHeight(self.fontMetrics().height() * 4)
        form.addRow(self.tr("Status kelompok:"), self.statusList)
        layout.addLayout(form)

        row = QHBoxLayout()
        self.checkButton = QPushButton(self.tr("Periksa"), self)
        self.checkButton.clicked.connect(self.check)
        row.addWidget(self.checkButton)
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setWordWrap(True)
        row.addWidget(self.summaryLabel, 1)
        layout.addLayout(row)

        self.includedModel: RowTableModel[PlannedGroup] = RowTableModel(
            [
                Column(self.tr("Kelompok"), lambda g: g.name),
                Column(self.tr("Desa/Kelurahan"), lambda g: g.kelurahan),
                Column(
                    self.tr("Anggota"),
                    lambda g: QLocale().toString(g.members),
                    sort_key=lambda g: g.members,
                    numeric=True,
                ),
            ],
            self,
        )
        self.excludedModel: RowTableModel[Excluded] = RowTableModel(
            [
                Column(self.tr("Kelompok"), lambda r: r[0].name),
                Column(self.tr("Desa/Kelurahan"), lambda r: r[0].kelurahan),
                Column(self.tr("Alasan tidak diekspor"), lambda r: r[1], tooltip=reason_tooltip),
            ],
            self,
        )
        self.includedLabel = QLabel(self.tr("Akan diekspor"), self)
        layout.addWidget(self.includedLabel)
        self.includedTable = self._table(self.includedModel, (30, 22))
        layout.addWidget(self.includedTable, 3)
        self.excludedLabel = QLabel(self.tr("Tidak diekspor"), self)
        layout.addWidget(self.excludedLabel)
        self.excludedTable = self._table(self.excludedModel, (30, 22))
        # A reason may be two or three sentences: wrap it rather than cut it at the edge.
        self.excludedTable.setWordWrap(True)
        rows = self.excludedTable.verticalHeader()
        rows.setMinimumSectionSize(self.includedTable.verticalHeader().defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.excludedTable, 3)

        self.submitCheck = QCheckBox(
            self.tr("Pindahkan kelompok ke status Diajukan ke Kemnaker setelah ekspor"), self
        )
        layout.addWidget(self.submitCheck)
        self.resultLabel = QLabel(self)
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.resultLabel)

        self.buttons = QDialogButtonBox(self)
        self.saveButton = self.buttons.addButton(
            self.tr("Simpan…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.closeButton = self.buttons.addButton(
            self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.saveButton.setEnabled(False)
        self.saveButton.clicked.connect(self.save)
        self.closeButton.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.formatCombo.currentIndexChanged.connect(self._forget_plan)
        self.statusList.itemChanged.connect(self._forget_plan)

    def _table(self, model: RowTableModel, widths: tuple[int, ...]) -> QTableView:  # type: ignore[type-arg]
        table = QTableView(self)
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = table.fontMetrics().horizontalAdvance("n")
        for column, chars in enumerate(widths):
            table.setColumnWidth(column, chars * char)
        return table

    # --- checking ------------------------------------------------------------------

    def statuses(self) -> list[str]:
        items = (self.statusList.item(i) for i in range(self.statusList.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _forget_plan(self) -> None:
        self.plan = None
        self.saveButton.setEnabled(False)

    def check(self) -> None:
        """Run the plan and show both lists; Simpan… waits for this."""
        self._forget_plan()
        self.resultLabel.clear()
        try:
            plan = plan_export(
                self._db,
                self._actor,
                statuses=self.statuses() or None,
                format_name=self.formatCombo.currentData() or None,
                lang=self._lang,
            )
        except InputRefused as exc:
            self.includedModel.set_rows([])
            self.excludedModel.set_rows([])
            self.summaryLabel.setText(str(exc))
            return
        self.plan = plan
        self.includedModel.set_rows(plan.included)
        self.excludedModel.set_rows(
            [(g, why, plan.details.get(g.id, ())) for g, why in plan.excluded]
        )
        self.includedLabel.setText(self.tr("Akan diekspor (%n kelompok)", "", len(plan.included)))
        self.excludedLabel.setText(self.tr("Tidak diekspor (%n kelompok)", "", len(plan.excluded)))
        self.summaryLabel.setText(
            self.tr("%1 kelompok, %2 anggota akan diekspor; %3 kelompok tidak diekspor.")
            .replace("%1", QLocale().toString(len(plan.included)))
            .replace("%2", QLocale().toString(plan.members))
            .replace("%3", QLocale().toString(len(plan.excluded)))
        )
        self.saveButton.setEnabled(bool(plan.included))

    # --- writing -------------------------------------------------------------------

    def save(self) -> None:
        """Ask the file name, then write on a worker with progress and Batal."""
        plan = self.plan
        if plan is None or not plan.included:
            return
        path = files.ask_save_path(
            self,
            self.tr("Simpan Berkas Ekspor"),
            f"usulan-{plan.format.name}.xlsx",
            "Excel (*.xlsx)",
            suffix=".xlsx",
        )
        if path is None:
            return
        db, actor, submit = self._db, self._actor, self.submitCheck.isChecked()

        def write(ctx: OperationContext) -> ExportResult:
            return run_export(
                db,
                actor,
                plan,
                Path(path),
                confirm_submit=submit,
                progress=lambda done, total: ctx.progress(done, total),
                cancelled=lambda: ctx.cancelled,
            )

        self.saveButton.setEnabled(False)
        self.checkButton.setEnabled(False)
        self.writing = True
        # Held on purpose: the worker may still be leaving emit() when the callbacks ran,
        # so the operation (and its signals object) must outlive them.
        self._operation = (
            Operation(self, write, title=self.tr("Ekspor"), label=self.tr("Menulis berkas ekspor…"))
            .on_success(self._written)
            .on_failure(self._failed)
            .on_cancel(self._stopped)
            .run()
        )

    def reject(self) -> None:
        if not self.writing:  # while writing, Batal on the progress dialog stops it
            super().reject()

    def _written(self, result: ExportResult) -> None:
        self.result = result
        self.writing = False
        self.checkButton.setEnabled(True)
        lines = [
            self.tr("Berkas tersimpan: %1").replace("%1", str(result.path)),
            self.tr("SHA-256: %1…").replace("%1", result.sha256[:16]),
            self.tr("%1 kelompok, %2 anggota diekspor.")
            .replace("%1", QLocale().toString(result.groups))
            .replace("%2", QLocale().toString(result.members)),
        ]
        if result.submitted:
            lines.append(
                self.tr(
                    "%n kelompok dipindahkan ke status Diajukan ke Kemnaker.",
                    "",
                    len(result.submitted),
                )
            )
        self.resultLabel.setText("\n".join(lines))
        self.plan = None  # the groups may have moved on: check again before another export
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.writing = False
        self.checkButton.setEnabled(True)
        if isinstance(exc, ExportCancelled):
            self._stopped()
            return
        self.saveButton.setEnabled(self.plan is not None)
        if isinstance(exc, InputRefused):
            show_warning(self, self.tr("Ekspor"), str(exc))
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)  # a bug: the crash dialog

    def _stopped(self) -> None:
        self.writing = False
        self.checkButton.setEnabled(True)
        self.saveButton.setEnabled(self.plan is not None)
        self.resultLabel.setText(self.tr("Ekspor dibatalkan; tidak ada berkas yang disimpan."))
