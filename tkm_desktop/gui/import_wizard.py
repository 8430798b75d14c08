"""The import wizard: Pilih Berkas → Tata Letak → Pemeriksaan (a dry run) → Impor.

Every reading and the import itself run through ``Operation``; the import can be
cancelled, and a cancelled import has written nothing (one transaction, rolled back).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tkm_desktop.excel.proposal import Problem
from tkm_desktop.gui import import_pages
from tkm_desktop.gui.import_dialog import problems_table, result_summary
from tkm_desktop.gui.import_pages import ImportFilePage, ImportLayoutPage, ImportPlan
from tkm_desktop.gui.import_preview import members_table, preview_rows
from tkm_desktop.gui.operations import Operation, OperationContext
from tkm_desktop.gui.row_table_model import RowTableModel
from tkm_desktop.gui.screen_fit import fit_to_screen
from tkm_desktop.services.context import Actor
from tkm_desktop.services.importer import ImportResult, import_file
from tkm_desktop.store.db import Database

_ERROR_STYLE = "color: #b3261e;"
_PROBLEMS_TAB, _PREVIEW_TAB = 0, 1


def _frozen(plan: ImportPlan) -> ImportPlan:
    """A copy for a worker, taken on the UI thread: the pages may change the plan meanwhile."""
    return dataclasses.replace(plan, overrides=dict(plan.overrides))


def _run_import(plan: ImportPlan, ctx: OperationContext | None, **kw: Any) -> ImportResult:
    """``import_file`` with what the clerk chose (a module function: tests wrap it).

    Runs on a worker: pass it a ``_frozen`` plan.
    """
    assert plan.path is not None
    return import_file(
        plan.db, plan.actor, plan.path, scheme_code=plan.scheme_code,
        replace_group_id=plan.replace_group_id, overrides=dict(plan.overrides),
        progress=ctx.progress if ctx else None, check=ctx.check if ctx else None,
        lang=plan.lang, **kw,
    )  # fmt: skip


class _ResultPage(QWizardPage):
    """A headline, a line of detail and the problems table (shared by the last two pages)."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.result: ImportResult | None = None
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.detailLabel = QLabel(self)
        self.detailLabel.setWordWrap(True)
        self.problemsTable = QTableView(self)
        self.problemsTable.setAlternatingRowColors(True)
        self.problemsTable.setSortingEnabled(True)
        self.problemsTable.setWordWrap(False)
        self.problemsTable.verticalHeader().setVisible(False)
        self.problemsTable.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.problemsTable.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.model: RowTableModel[Problem] = problems_table(self.problemsTable, self, plan.lang)
        self.pageLayout = QVBoxLayout(self)
        self.pageLayout.addWidget(self.summaryLabel)
        self.pageLayout.addWidget(self.detailLabel)
        self.pageLayout.addWidget(self._body(), 1)

    def _body(self) -> QWidget:
        return self.problemsTable

    def show_problems(self, result: ImportResult) -> bool:
        """List the file's problems; a file without any shows no empty table. Any shown?"""
        problems = [*result.errors, *result.findings]
        self.model.set_rows(problems)
        self.problemsTable.setVisible(bool(problems))
        return bool(problems)


class ImportCheckPage(_ResultPage):
    """*Pemeriksaan*: a dry run; structure errors keep Lanjut disabled and say why. Beside
    the problems, a tab lists the members as read, to compare with the file."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(plan, parent)
        self.setTitle(self.tr("Pemeriksaan"))
        self.setSubTitle(
            self.tr("Berkas diuji tanpa menyimpan apa pun. Tekan Impor untuk menyimpannya.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Impor"))
        self.saveButton = QPushButton(self.tr("Simpan daftar masalah ke Excel…"), self)
        self.saveButton.clicked.connect(self.save_problems)
        self.savedLabel = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.saveButton)
        row.addWidget(self.savedLabel, 1)
        self.pageLayout.addLayout(row)
        self._generation = 0  # a dry run's result counts only while still the latest

    def _body(self) -> QWidget:
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.problemsTable, self.tr("Masalah"))
        self.previewTable = QTableView(self)
        self.previewModel = members_table(self.previewTable, self, self.plan.lang)
        self.tabs.addTab(self.previewTable, self.tr("Data yang dibaca"))
        return self.tabs

    def show_problems(self, result: ImportResult) -> bool:
        listed = super().show_problems(result)
        self.tabs.setTabVisible(_PROBLEMS_TAB, listed)
        if not listed:
            self.tabs.setCurrentIndex(_PREVIEW_TAB)
        self.tabs.setTabText(_PROBLEMS_TAB, self.tr("Masalah (%Ln)", "", self.model.rowCount()))
        return listed

    def initializePage(self) -> None:
        self._generation += 1
        generation = self._generation
        self.result = None
        self.savedLabel.clear()
        self.saveButton.setEnabled(False)
        self.summaryLabel.setText(self.tr("Memeriksa…"))
        self.detailLabel.clear()
        self.model.set_rows([])
        rows = preview_rows(self.plan.data)
        self.previewModel.set_rows(rows)
        self.tabs.setTabText(_PREVIEW_TAB, self.tr("Data yang dibaca (%Ln anggota)", "", len(rows)))
        self.tabs.setCurrentIndex(_PROBLEMS_TAB)
        self.completeChanged.emit()
        plan = _frozen(self.plan)
        Operation(
            self,
            lambda ctx: _run_import(plan, ctx, dry_run=True),
            title=self.tr("Pemeriksaan"),
            label=self.tr("Memeriksa isi berkas…"),
        ).on_success(lambda result: self._checked(generation, result)).run()

    def cleanupPage(self) -> None:
        """Kembali: a dry run still on its way no longer counts."""
        self._generation += 1
        self.result = None
        super().cleanupPage()

    def _checked(self, generation: int, result: ImportResult) -> None:
        if generation != self._generation:
            return  # the clerk went back meanwhile; a later check decides
        self.result = result
        listed = self.show_problems(result)
        self.saveButton.setEnabled(listed)
        self.saveButton.setVisible(listed)  # nothing to write down for the village
        if result.refused:
            self.summaryLabel.setText(self.tr("Berkas belum dapat diimpor"))
            self.detailLabel.setStyleSheet(_ERROR_STYLE)
            self.detailLabel.setText("\n".join(result.reasons))
        else:
            self.summaryLabel.setText(
                self.tr("{groups} dan {members} siap diimpor").format(
                    groups=self.tr("%Ln kelompok", "", result.groups_created),
                    members=self.tr("%Ln anggota", "", result.members_created),
                )
            )
            self.detailLabel.setStyleSheet("")
            self.detailLabel.setText(
                self.tr(
                    "%Ln temuan ikut tersimpan dan diperiksa lagi saat verifikasi.",
                    "",
                    len(result.findings),
                )
                if result.findings
                else self.tr("Tidak ada masalah yang ditemukan.")
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None and not self.result.refused

    def save_problems(self) -> None:
        """Write the errors-out workbook (the file's rows with a Keterangan column)."""
        assert self.plan.path is not None
        suggested = str(self.plan.path.with_name(f"{self.plan.path.stem} - masalah.xlsx"))
        path = import_pages.choose_save_file(
            self,
            self.tr("Simpan Daftar Masalah"),
            suggested,
            self.tr("Buku kerja Excel (*.xlsx)"),
        )
        if not path:
            return
        out = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        plan = _frozen(self.plan)
        Operation(
            self,
            lambda ctx: _run_import(plan, ctx, dry_run=True, errors_out=out),
            title=self.tr("Simpan Daftar Masalah"),
            label=self.tr("Menulis {file}…").format(file=out.name),
        ).on_success(
            lambda _r: self.savedLabel.setText(self.tr("Disimpan: {file}").format(file=out.name))
        ).run()


class ImportRunPage(_ResultPage):
    """*Impor*: the real import with progress and Batal; then what it did."""

    imported = Signal(object)  # the ImportResult, when something may have been written

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(plan, parent)
        self.setTitle(self.tr("Impor"))
        self.setSubTitle(self.tr("Kelompok dan anggotanya disimpan dalam satu langkah."))
        self._running = False
        self.operation: Operation[ImportResult] | None = None

    def initializePage(self) -> None:
        self.result = None
        self._running = True
        self.summaryLabel.setText(self.tr("Mengimpor…"))
        self.detailLabel.setText(self.tr("Tekan Batal pada jendela kemajuan untuk berhenti."))
        self._cancel_button(False)
        plan = _frozen(self.plan)
        self.operation = Operation(
            self,
            lambda ctx: _run_import(plan, ctx),
            title=self.tr("Impor Usulan"),
            label=self.tr("Mengimpor {file}…").format(file=plan.path.name if plan.path else ""),
            cancellable=True,
        )
        self.operation.on_success(self._imported).on_cancel(self._cancelled)
        self.operation.finished.connect(self._finished)
        self.operation.run()

    @property
    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Ask the import to stop; the page stays and shows what really happened."""
        if self.operation is not None:
            self.operation.cancel()
            self.detailLabel.setText(self.tr("Membatalkan…"))

    def _cancel_button(self, enabled: bool) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(enabled)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        headline, detail = result_summary(result)
        self.summaryLabel.setText(headline)
        self.detailLabel.setText(detail)
        self.show_problems(result)
        if not result.refused:
            self.imported.emit(result)

    def _cancelled(self) -> None:
        self.summaryLabel.setText(self.tr("Impor dibatalkan"))
        self.detailLabel.setText(
            self.tr("Tidak ada yang disimpan: data tetap seperti sebelum impor dimulai.")
        )

    def _finished(self) -> None:
        self._running = False
        self.operation = None
        if self.summaryLabel.text() == self.tr("Mengimpor…"):  # failed: the dialog said why
            self.summaryLabel.setText(self.tr("Impor tidak selesai: tidak ada yang disimpan"))
            self.detailLabel.clear()
        self._cancel_button(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._running


class ImportWizard(QWizard):
    """Impor Usulan; ``imported`` once groups were stored (the window refreshes its lists)."""

    imported = Signal(object)

    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, *, lang: str = "id"
    ) -> None:
        super().__init__(parent)
        self.plan = ImportPlan(db, actor, lang=lang)
        self.setWindowTitle(self.tr("Impor Usulan"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.file_page = ImportFilePage(self.plan, self)
        self.layout_page = ImportLayoutPage(self.plan, self)
        self.check_page = ImportCheckPage(self.plan, self)
        self.import_page = ImportRunPage(self.plan, self)
        for page in (self.file_page, self.layout_page, self.check_page, self.import_page):
            self.addPage(page)
        self.import_page.imported.connect(self.imported)
        self.setMinimumSize(820, 560)
        fit_to_screen(self, 1200, 700)  # the layout page's two blocks side by side

    def reject(self) -> None:
        """Esc, Batal or the title bar's X: while importing, stop the import and stay.

        The wizard closes only once the clerk has seen the outcome (saved or not).
        """
        if self.import_page.running:
            self.import_page.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_page.running:
            self.import_page.cancel()
            event.ignore()
            return
        super().closeEvent(event)
