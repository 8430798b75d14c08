"""The window's long jobs: importing a proposal and checking every group, off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tkm_desktop.gui.operations import Operation
from tkm_desktop.services import permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database

if TYPE_CHECKING:
    from tkm_desktop.services.importer import ImportResult
    from tkm_desktop.services.vetting import VetReport

LAST_IMPORT_DIR = "import/last_dir"  # QSettings key: the folder of the last roster


class LongWork(QObject):
    """Runs the jobs through ``Operation``; ``changed`` when the database holds new data."""

    changed = Signal()

    def __init__(self, window: QWidget, db: Database, actor: Actor) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._actor = actor

    def import_proposal(self) -> None:
        """Ctrl+I: pick a roster file and import it; then show what it held."""
        if not permissions.can(self._actor, permissions.IMPORT):
            return
        settings = QSettings()
        folder = str(settings.value(LAST_IMPORT_DIR, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Impor Usulan"),
            folder,
            self.tr("Berkas usulan (*.xlsx *.xlsm *.xls *.ods *.csv);;Semua berkas (*)"),
        )
        if not path:
            return
        settings.setValue(LAST_IMPORT_DIR, str(Path(path).parent))
        from tkm_desktop.services.importer import import_file  # the Excel stack: only now

        db, actor = self._db, self._actor
        Operation(
            self._window,
            lambda _ctx: import_file(db, actor, path),
            title=self.tr("Impor Usulan"),
            label=self.tr("Membaca dan memeriksa {file}…").format(file=Path(path).name),
            cancellable=False,
        ).on_success(self._imported).run()

    def _imported(self, result: ImportResult) -> None:
        from tkm_desktop.gui.import_dialog import ImportResultDialog

        self.changed.emit()
        dialog = ImportResultDialog(result, self._window)
        dialog.exec()
        dialog.deleteLater()

    def vet_all(self) -> None:
        """Check every group against its scheme's rules again."""
        from tkm_desktop.services.vetting import vet_groups

        db, actor = self._db, self._actor
        Operation(
            self._window,
            lambda _ctx: vet_groups(db, actor),
            title=self.tr("Periksa Ulang Semua Kelompok"),
            label=self.tr("Memeriksa semua kelompok menurut aturan skemanya…"),
            cancellable=False,
        ).on_success(self._vetted).run()

    def _vetted(self, report: VetReport) -> None:
        self.changed.emit()
        QMessageBox.information(
            self._window,
            self.tr("Periksa Ulang Semua Kelompok"),
            self.tr(
                "{groups} kelompok diperiksa: {errors} kesalahan dan {warnings} peringatan."
            ).format(
                groups=len(report.groups),
                errors=report.count("error"),
                warnings=report.count("warning"),
            ),
        )
