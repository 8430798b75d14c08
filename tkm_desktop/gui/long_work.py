"""The window's long jobs: importing a proposal (the wizard) and checking every group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from tkm_desktop.gui.operations import Operation
from tkm_desktop.services import permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database

if TYPE_CHECKING:
    from tkm_desktop.services.vetting import VetReport

LAST_IMPORT_DIR = "import/last_dir"  # QSettings key: the folder of the last roster


class LongWork(QObject):
    """Runs the jobs through ``Operation``; ``changed`` when the database holds new data."""

    changed = Signal()

    def __init__(self, window: QWidget, db: Database, actor: Actor, *, lang: str = "id") -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._actor = actor
        self._lang = lang

    def import_proposal(self) -> None:
        """Ctrl+I: the import wizard (file, layout, check, import with Batal)."""
        if not permissions.can(self._actor, permissions.IMPORT):
            return
        from tkm_desktop.gui.import_wizard import ImportWizard  # the Excel stack: only now

        wizard = ImportWizard(self._db, self._actor, self._window, lang=self._lang)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self.changed)
        wizard.open()  # window-modal, without a nested event loop

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
            self.tr("{groups} diperiksa: {errors} dan {warnings}.").format(
                groups=self.tr("%Ln kelompok", "", len(report.groups)),
                errors=self.tr("%Ln kesalahan", "", report.count("error")),
                warnings=self.tr("%Ln peringatan", "", report.count("warning")),
            ),
        )
