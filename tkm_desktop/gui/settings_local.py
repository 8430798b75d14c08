"""*Komputer Ini*: what belongs to this PC (language, backup folder) and where its data
lives, with the warnings a risky data folder deserves. Stored in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tkm_desktop.gui import local_settings
from tkm_desktop.gui.settings_section import Section, buddy, centre_note
from tkm_desktop.services import permissions
from tkm_desktop.services.backup import sqlite_file
from tkm_desktop.services.context import Actor
from tkm_desktop.services.datafolder import FolderWarning, check_data_folder
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database

WARNING_STYLE = "background: #fdecea; border: 1px solid #d93025; padding: 8px; color: #5f1410;"
GOOD_STYLE = "color: #1b5e20;"


def choose_folder(parent: QWidget, title: str, start: str) -> Path | None:
    """A folder the clerk picked, or None (tests replace this)."""
    name = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(name) if name else None


class ThisComputerSection(Section):
    """Per-PC settings take effect here at once; the language on the next start."""

    action = permissions.READ  # this PC's own choices: anyone signed in may make them

    def __init__(
        self, db: Database, actor: Actor, lang: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, self.tr("Komputer Ini"), lang, parent)
        self.body.addWidget(centre_note(self, self.tr(
            "Pengaturan ini hanya berlaku di komputer ini, untuk akun Windows ini."
        )))  # fmt: skip
        form = QFormLayout()
        self.languageCombo = QComboBox(self)
        self.languageCombo.addItem("Bahasa Indonesia", "id")
        self.languageCombo.addItem("English", "en")
        self.languageCombo.activated.connect(self.save_language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.languageCombo)
        language_row.addWidget(QLabel(self.tr("Berlaku setelah program dibuka ulang."), self), 1)
        form.addRow(buddy(self, self.tr("&Bahasa:"), self.languageCombo), language_row)
        self.backupEdit = QLineEdit(self)
        self.backupEdit.setReadOnly(True)
        self.chooseBackupButton = QPushButton(self.tr("&Pilih Folder…"), self)
        self.chooseBackupButton.clicked.connect(self.choose_backup_folder)
        self.defaultBackupButton = QPushButton(self.tr("&Folder Bawaan"), self)
        self.defaultBackupButton.clicked.connect(self.use_default_backup_folder)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backupEdit, 1)
        backup_row.addWidget(self.chooseBackupButton)
        backup_row.addWidget(self.defaultBackupButton)
        form.addRow(buddy(self, self.tr("Folder &cadangan:"), self.chooseBackupButton), backup_row)
        self.body.addLayout(form)
        data_box = QGroupBox(self.tr("Tempat data"), self)
        data_layout = QVBoxLayout(data_box)
        self.dataValue = QLabel(data_box)
        self.dataValue.setObjectName("dataValue")
        self.dataValue.setWordWrap(True)
        self.dataValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        data_layout.addWidget(self.dataValue)
        self.folderWarnings = QLabel(data_box)
        self.folderWarnings.setObjectName("folderWarnings")
        self.folderWarnings.setWordWrap(True)
        data_layout.addWidget(self.folderWarnings)
        self.body.addWidget(data_box)
        self.body.addStretch(1)
        self.warnings: list[FolderWarning] = []

    def data_folder(self) -> Path | None:
        """The folder of this PC's database file; None on a database server."""
        try:
            return sqlite_file(self._db).parent
        except InputRefused:
            return None

    def default_backup_folder(self) -> Path | None:
        folder = self.data_folder()
        return folder / "backups" if folder is not None else None

    def reload(self) -> None:
        chosen = local_settings.language() or self._lang
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(chosen)))
        folder = local_settings.backup_folder(self.default_backup_folder())
        self.backupEdit.setText(str(folder) if folder else "")
        self._show_data_folder()

    def _show_data_folder(self) -> None:
        folder = self.data_folder()
        if folder is None:
            self.dataValue.setText(
                self.tr("Server basis data kantor: {server}").format(server=self._db.description)
            )
            self.warnings = []
        else:
            self.dataValue.setText(self.tr("Folder data: {folder}").format(folder=folder))
            self.warnings = check_data_folder(folder)
        if self.warnings:
            self.folderWarnings.setStyleSheet(WARNING_STYLE)
            self.folderWarnings.setText("\n\n".join(f"⚠ {w.message}" for w in self.warnings))
        else:
            self.folderWarnings.setStyleSheet(GOOD_STYLE)
            self.folderWarnings.setText(
                self.tr("Tidak ada masalah yang diketahui pada tempat data ini.")
            )

    def save_language(self) -> None:
        local_settings.set_language(self.languageCombo.currentData())
        self.done(self.tr("Bahasa tersimpan; berlaku setelah program dibuka ulang."))

    def choose_backup_folder(self) -> None:
        folder = choose_folder(self, self.tr("Pilih Folder Cadangan"), self.backupEdit.text())
        if folder is None:
            return
        local_settings.set_backup_folder(folder)
        self.reload()
        self.done(self.tr("Folder cadangan tersimpan."))

    def use_default_backup_folder(self) -> None:
        local_settings.set_backup_folder(None)
        self.reload()
        self.done(self.tr("Folder cadangan kembali ke bawaan."))
