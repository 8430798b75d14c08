"""Pengaturan: the office's settings, schemes and accounts as they stand (read-only for now)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from tkm_desktop.domain.money import format_rupiah
from tkm_desktop.domain.status import role_label
from tkm_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from tkm_desktop.gui.registers import setup_register_table
from tkm_desktop.gui.row_table_model import Column, RowTableModel
from tkm_desktop.services import permissions, users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.office_info import (
    DEFAULT_IDLE_LOCK_MINUTES,
    SchemeInfo,
    list_schemes,
    load_office,
)
from tkm_desktop.services.users import UserRow
from tkm_desktop.store.db import Database


def _member_range(scheme: SchemeInfo) -> str:
    low, high = scheme.members_min, scheme.members_max
    return str(low) if low == high else f"{low}–{high}"


class SettingsPage(QWidget):
    """Emits ``changePasswordRequested`` for the window to show its dialog."""

    changePasswordRequested = Signal()

    def __init__(
        self, db: Database, actor: Actor, lang: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._lang = lang
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        yes, no = self.tr("Ya"), self.tr("Tidak")
        self.schemes_model: RowTableModel[SchemeInfo] = RowTableModel(
            [
                Column(self.tr("Kode"), lambda s: s.code),
                Column(self.tr("Nama"), lambda s: s.name),
                Column(self.tr("Tahun"), lambda s: str(s.year), numeric=True),
                Column(self.tr("Anggota"), _member_range),
                Column(
                    self.tr("Plafon"),
                    lambda s: format_rupiah(s.grant_ceiling, cents=False),
                    numeric=True,
                ),
                Column(
                    self.tr("Kuota"),
                    lambda s: "—" if s.group_quota is None else str(s.group_quota),
                    numeric=True,
                ),
                Column(self.tr("Aktif"), lambda s: yes if s.active else no),
                Column(self.tr("Bawaan"), lambda s: yes if s.is_default else ""),
            ],
            self,
        )
        self.users_model: RowTableModel[UserRow] = RowTableModel(
            [
                Column(self.tr("Nama Pengguna"), lambda u: u.username),
                Column(self.tr("Nama Lengkap"), lambda u: u.display_name),
                Column(self.tr("Peran"), lambda u: role_label(u.role, lang)),
                Column(self.tr("Aktif"), lambda u: yes if u.active else no),
            ],
            self,
        )
        setup_register_table(
            self.ui.schemesTable, self.schemes_model, {0: 18, 1: 30, 2: 7, 3: 9, 4: 14, 5: 7, 6: 6}
        )
        setup_register_table(self.ui.usersTable, self.users_model, {0: 18, 1: 30, 2: 16})
        self.ui.usersBox.setVisible(permissions.can(actor, permissions.MANAGE_USERS))
        self.ui.changePasswordButton.setEnabled(actor.user_id is not None)
        self.ui.changePasswordButton.clicked.connect(self.changePasswordRequested)
        self.ui.accountLayout.setAlignment(self.ui.changePasswordButton, Qt.AlignmentFlag.AlignLeft)

    def reload(self) -> None:
        ui = self.ui
        with self._db.reader() as session:
            office = load_office(session)
            schemes = list_schemes(session)
            accounts = users.list_users(session) if ui.usersBox.isVisibleTo(self) else []
            me = users.find_user(session, self._actor.username) if self._actor.username else None
            display_name = me.display_name if me is not None else ""
        missing = self.tr("(belum diisi)")
        if office is None:
            for value in (
                ui.governmentValue,
                ui.officeValue,
                ui.addressValue,
                ui.contactValue,
                ui.regionValue,
                ui.numberingValue,
            ):
                value.setText(missing)
            ui.idleLockValue.setText(
                self.tr("setelah {n} menit tanpa kegiatan (bawaan)").format(
                    n=DEFAULT_IDLE_LOCK_MINUTES
                )
            )
        else:
            ui.governmentValue.setText(office.government_name or missing)
            ui.officeValue.setText(office.office_name or missing)
            ui.addressValue.setText(office.address or missing)
            contact = " / ".join(p for p in (office.phone, office.email) if p)
            ui.contactValue.setText(contact or missing)
            region = f"{office.region_name} ({office.region_code})" if office.region_code else ""
            ui.regionValue.setText(region or missing)
            source = (
                self.tr("nomor urut dari register kantor")
                if office.number_source == "register"
                else self.tr("nomor diketik manual")
            )
            ui.numberingValue.setText(f"{office.letter_number_pattern} ({source})")
            ui.idleLockValue.setText(
                self.tr("setelah {n} menit tanpa kegiatan").format(n=office.idle_lock_minutes)
                if office.idle_lock_minutes
                else self.tr("tidak aktif")
            )
        name = display_name or self._actor.username
        ui.userValue.setText(
            f"{name} ({self._actor.username})" if name != self._actor.username else name
        )
        ui.roleValue.setText(role_label(self._actor.role, self._lang) if self._actor.role else "—")
        self.schemes_model.set_rows(schemes)
        self.users_model.set_rows(accounts)
