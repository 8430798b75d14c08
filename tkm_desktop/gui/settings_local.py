"""*Komputer Ini*: what belongs to this PC (language, backup folder, *Cadangkan Sekarang*)
and where its data lives, with the warnings a risky data folder deserves. Stored in QSettings."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
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

from tkm_desktop.domain.status import role_label
from tkm_desktop.gui import local_settings
from tkm_desktop.gui.operations import Operation, OperationContext
from tkm_desktop.gui.registers import local_time
from tkm_desktop.gui.settings_section import Section, buddy, centre_note
from tkm_desktop.services import permissions
from tkm_desktop.services.backup import (
    BackupResult,
    create_backup,
    default_backup_name,
    sqlite_file,
)
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


def free_backup_path(folder: Path) -> Path:
    """A new backup file in ``folder``: a second backup in the same minute gets ``-2``."""
    first = folder / default_backup_name()
    target, n = first, 1
    while target.exists():
        n += 1
        target = first.with_name(f"{first.stem}-{n}{first.suffix}")
    return target


def write_backup(
    db: Database, actor: Actor, folder: Path, *, demo: bool, create: bool
) -> BackupResult:
    """Back up into ``folder`` (the demo's into its ``demo`` subfolder); runs on a worker.

    Only the default folder is created: a chosen one that is missing (an unplugged
    drive) is refused by the service rather than made anew on this PC.
    """
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    if demo and folder.is_dir():
        folder = folder / "demo"  # as the command line's restore keeps demo copies
        folder.mkdir(exist_ok=True)
    return create_backup(db, actor, free_backup_path(folder), demo=demo)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class ThisComputerSection(Section):
    """Per-PC settings take effect here at once; the language on the next start."""

    action = permissions.READ  # this PC's own choices: anyone signed in may make them

    def __init__(
        self,
        db: Database,
        actor: Actor,
        lang: str = "id",
        parent: QWidget | None = None,
        *,
        demo: bool = False,
    ) -> None:
        super().__init__(db, actor, self.tr("Komputer Ini"), lang, parent)
        self._demo = demo
        self._operation: Operation[BackupResult] | None = None
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
        self.backupNowButton = QPushButton(self.tr("Cadangkan &Sekarang"), self)
        self.backupNowButton.clicked.connect(self.backup_now)
        self.lastBackupLabel = QLabel(self)
        self.lastBackupLabel.setObjectName("lastBackupLabel")
        self.lastBackupLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        backup_now_row = QHBoxLayout()
        backup_now_row.addWidget(self.backupNowButton)
        backup_now_row.addWidget(self.lastBackupLabel, 1)
        form.addRow("", backup_now_row)
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
        self._show_backup_state()
        self._show_data_folder()

    def why_no_backup(self) -> str:
        """Why *Cadangkan Sekarang* is disabled for this database and person ('' if it is not)."""
        if self.data_folder() is None:
            if not self._db.is_sqlite:
                return self.tr(
                    "Basis data kantor berada di server ({server}). Cadangannya dibuat oleh "
                    "pengelola server dengan alat server itu sendiri (pg_dump), bukan dari "
                    "TKM Desktop."
                ).format(server=self._db.description)
            return self.tr("Basis data di memori tidak dapat dicadangkan.")
        if not permissions.can(self._actor, permissions.BACKUP):
            role = role_label(self._actor.role, self._lang) if self._actor.role else "—"
            return self.tr(
                "Hanya administrator yang dapat membuat cadangan basis data; peran Anda: {role}."
            ).format(role=role)
        return ""

    def _show_backup_state(self) -> None:
        blocker = self.why_no_backup()
        self.backupNowButton.setEnabled(not blocker and self._operation is None)
        self.backupNowButton.setToolTip(
            blocker or self.tr("Buat cadangan basis data kantor di folder cadangan sekarang.")
        )
        if self.data_folder() is None:  # no history of ours to show; the tooltip says more
            self.lastBackupLabel.setText(
                self.tr("Cadangan basis data server dibuat oleh pengelola server (pg_dump).")
                if not self._db.is_sqlite
                else blocker
            )
            return
        last = local_settings.last_backup(demo=self._demo)
        if last is None:
            self.lastBackupLabel.setText(
                self.tr("Belum ada cadangan yang dibuat dari komputer ini.")
            )
        else:
            self.lastBackupLabel.setText(
                self.tr("Cadangan terakhir dari komputer ini: {time} — {file} ({size})").format(
                    time=local_time(last.at), file=last.path.name, size=size_text(last.size)
                )
            )

    def _show_data_folder(self) -> None:
        folder = self.data_folder()
        if folder is None:
            self.dataValue.setText(
                self.tr("Server basis data kantor: {server}").format(server=self._db.description)
            )
            self.warnings = []
        else:
            self.dataValue.setText(self.tr("Folder data: {folder}").format(folder=folder))
            self.warnings = check_data_folder(folder, lang=self._lang)
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

    def backup_now(self) -> None:
        """Write a backup into the backup folder on a worker; the result shows here."""
        default = self.default_backup_folder()
        folder = local_settings.backup_folder(default)
        if folder is None or self._operation is not None:
            return
        db, actor, demo, create = self._db, self._actor, self._demo, folder == default
        self.backupNowButton.setEnabled(False)
        self.statusLabel.setText(self.tr("Membuat cadangan…"))

        def work(ctx: OperationContext) -> BackupResult:
            return write_backup(db, actor, folder, demo=demo, create=create)

        # Held: the worker may still be leaving emit() when the callbacks run.
        self._operation = (
            Operation(
                self,
                work,
                title=self.tr("Cadangkan Sekarang"),
                label=self.tr("Membuat cadangan basis data…"),
                cancellable=False,
            )
            .on_success(self._backed_up)
            .on_failure(lambda exc: self._backup_failed(folder, exc))
            .run()
        )

    def _backed_up(self, result: BackupResult) -> None:
        at = dt.datetime.fromisoformat(result.manifest.created_at)
        local_settings.set_last_backup(
            local_settings.LastBackup(at, result.path, result.size), demo=self._demo
        )
        self._operation = None
        self._show_backup_state()
        self.done(
            self.tr("Cadangan tersimpan: {file} ({size}).").format(
                file=result.path.name, size=size_text(result.size)
            )
        )

    def _backup_failed(self, folder: Path, exc: BaseException) -> None:
        self._operation = None
        self._show_backup_state()
        if isinstance(exc, InputRefused):
            self.show_problems(exc.reasons)
        elif isinstance(exc, OSError):  # a full disk, a read-only or vanished folder
            reason = exc.strerror or type(exc).__name__
            self.show_problems([
                self.tr("Cadangan tidak dapat ditulis ke {folder}: {reason}").format(
                    folder=folder, reason=reason
                )
            ])  # fmt: skip
        else:
            self.statusLabel.clear()
            sys.excepthook(type(exc), exc, exc.__traceback__)
