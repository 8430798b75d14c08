"""Pengaturan: a list of sections on the left, the chosen one on the right.

Office sections are editable with ``MANAGE_SETTINGS`` and read-only (saying why)
otherwise; *Pengguna* is shown to those who may manage users only; *Komputer Ini*
and *Akun Anda* belong to this PC and this person.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from tkm_desktop.domain.status import role_label
from tkm_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from tkm_desktop.gui.settings_local import ThisComputerSection
from tkm_desktop.gui.settings_office import NumberingSection, OfficeSection
from tkm_desktop.gui.settings_people import SignatoriesSection, TeamSection
from tkm_desktop.gui.settings_schemes import SchemesSection
from tkm_desktop.gui.settings_section import Section
from tkm_desktop.gui.settings_users import UsersSection
from tkm_desktop.services import permissions, users
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database

OFFICE, SIGNATORIES, TEAM, SCHEMES, NUMBERING, USERS, COMPUTER, ACCOUNT = (
    "office", "signatories", "team", "schemes", "numbering", "users", "computer", "account",
)  # fmt: skip
KEY_ROLE = Qt.ItemDataRole.UserRole


class SettingsPage(QWidget):
    """Emits ``changePasswordRequested`` for the window to show its dialog, and
    ``officeChanged(idle_minutes)`` after the office's settings were saved."""

    changePasswordRequested = Signal()
    officeChanged = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        lang: str = "id",
        parent: QWidget | None = None,
        *,
        demo: bool = False,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._lang = lang
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.office = OfficeSection(db, actor, lang)
        self.signatories = SignatoriesSection(db, actor, lang)
        self.team = TeamSection(db, actor, lang)
        self.schemes = SchemesSection(db, actor, lang)
        self.numbering = NumberingSection(db, actor, lang)
        self.users: UsersSection | None = (
            UsersSection(db, actor, lang)
            if permissions.can(actor, permissions.MANAGE_USERS)
            else None
        )
        self.computer = ThisComputerSection(db, actor, lang, demo=demo)
        self.office.saved.connect(self.officeChanged)
        self._sections: dict[str, Section] = {}
        self._add(OFFICE, self.tr("Kantor & Kop Surat"), self.office)
        self._add(SIGNATORIES, self.tr("Penanda Tangan"), self.signatories)
        self._add(TEAM, self.tr("Tim Verifikasi"), self.team)
        self._add(SCHEMES, self.tr("Skema"), self.schemes)
        self._add(NUMBERING, self.tr("Penomoran Surat"), self.numbering)
        if self.users is not None:
            self._add(USERS, self.tr("Pengguna"), self.users)
        self._add(COMPUTER, self.tr("Komputer Ini"), self.computer)
        account = QListWidgetItem(self.tr("Akun Anda"), self.ui.sectionList)
        account.setData(KEY_ROLE, ACCOUNT)
        self.ui.sectionStack.removeWidget(self.ui.accountPage)
        self.ui.sectionStack.addWidget(self.ui.accountPage)  # last, as in the list
        self.ui.sectionList.currentRowChanged.connect(self.ui.sectionStack.setCurrentIndex)
        self.ui.sectionList.setCurrentRow(0)
        self.ui.changePasswordButton.setEnabled(actor.user_id is not None)
        self.ui.changePasswordButton.clicked.connect(self.changePasswordRequested)
        self.ui.accountLayout.setAlignment(self.ui.changePasswordButton, Qt.AlignmentFlag.AlignLeft)

    def _add(self, key: str, title: str, section: Section) -> None:
        self.ui.sectionStack.addWidget(section)  # it scrolls its own body
        item = QListWidgetItem(title, self.ui.sectionList)
        item.setData(KEY_ROLE, key)
        if not section.editable:
            item.setToolTip(section.why_read_only())
        self._sections[key] = section

    def section_keys(self) -> list[str]:
        """The sections in the order the list shows them."""
        listed = self.ui.sectionList
        return [listed.item(row).data(KEY_ROLE) for row in range(listed.count())]

    def show_section(self, key: str) -> None:
        self.ui.sectionList.setCurrentRow(self.section_keys().index(key))

    def current_section(self) -> str:
        return self.ui.sectionList.currentItem().data(KEY_ROLE)

    def reload(self) -> None:
        for section in self._sections.values():
            section.reload()
        with self._db.reader() as session:
            me = users.find_user(session, self._actor.username) if self._actor.username else None
            display_name = me.display_name if me is not None else ""
        name = display_name or self._actor.username
        self.ui.userValue.setText(
            f"{name} ({self._actor.username})" if name != self._actor.username else name
        )
        self.ui.roleValue.setText(
            role_label(self._actor.role, self._lang) if self._actor.role else "—"
        )
