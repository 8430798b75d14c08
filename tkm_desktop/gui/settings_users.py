"""*Pengguna* (administrators only): add accounts, change a role or name, reset a
password, deactivate and reactivate, and unlock an account that failed sign-ins
locked. The services refuse to lose the last admin."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from tkm_desktop.domain.status import Role, role_label
from tkm_desktop.gui import settings_section
from tkm_desktop.gui.registers import local_time
from tkm_desktop.gui.row_table_model import Column, RowTableModel
from tkm_desktop.gui.settings_forms import FormBase, password_problems
from tkm_desktop.gui.settings_section import ListSection
from tkm_desktop.services import permissions, users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.users import UserRow
from tkm_desktop.store.db import Database

NEW, PROFILE, PASSWORD = "new", "profile", "password"  # what the user form is for


@dataclass(frozen=True)
class UserEntry:
    username: str
    display_name: str
    role: str
    password: str  # '' where the form does not ask for one


class UserForm(FormBase):
    """An account: all fields for a new one, name and role, or only a new password."""

    def __init__(self, purpose: str, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self._lang = lang
        self.usernameEdit = self._line(self.tr("Nama &pengguna:"), "usernameEdit", 60)
        self.usernameEdit.setReadOnly(purpose != NEW)
        self.displayEdit = self._line(self.tr("Nama &lengkap:"), "displayEdit", 120)
        self.roleCombo = QComboBox(self)
        for role in Role:
            self.roleCombo.addItem(role_label(role, lang), role.value)
        self.form.addRow(self.tr("P&eran:"), self.roleCombo)
        self.passwordEdit = self._line(self.tr("&Kata sandi:"), "passwordEdit", 200)
        self.repeatEdit = self._line(self.tr("&Ulangi kata sandi:"), "repeatEdit", 200)
        for edit in (self.passwordEdit, self.repeatEdit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(
                self.tr("paling sedikit {n} karakter").format(n=users.MIN_PASSWORD_LENGTH)
            )
        self.form.setRowVisible(self.displayEdit, purpose != PASSWORD)
        self.form.setRowVisible(self.roleCombo, purpose != PASSWORD)
        self.form.setRowVisible(self.passwordEdit, purpose != PROFILE)
        self.form.setRowVisible(self.repeatEdit, purpose != PROFILE)

    def load(self, row: UserRow | None) -> None:
        self.usernameEdit.setText(row.username if row else "")
        self.displayEdit.setText(row.display_name if row else "")
        role = row.role if row else Role.VERIFIKATOR.value
        self.roleCombo.setCurrentIndex(max(0, self.roleCombo.findData(role)))
        self.show_problems([])

    def data(self) -> UserEntry:
        """What was typed; InputRefused when the new password is too weak or typed differently."""
        if self.purpose != PROFILE:
            problems = password_problems(
                self.passwordEdit.text(),
                self.repeatEdit.text(),
                self.usernameEdit.text(),
                self._lang,
            )
            if problems:
                raise InputRefused(problems)
        return UserEntry(
            username=self.usernameEdit.text(),
            display_name=self.displayEdit.text(),
            role=self.roleCombo.currentData(),
            password=self.passwordEdit.text(),
        )


class UsersSection(ListSection):
    """Every account; only an admin sees this section at all."""

    action = permissions.MANAGE_USERS
    key = "username"

    def __init__(
        self, db: Database, actor: Actor, lang: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, self.tr("Pengguna"), lang, parent)
        yes, no = self.tr("Ya"), self.tr("Tidak")
        self.model: RowTableModel[UserRow] = RowTableModel(
            [
                Column(self.tr("Nama Pengguna"), lambda u: u.username),
                Column(self.tr("Nama Lengkap"), lambda u: u.display_name),
                Column(self.tr("Peran"), lambda u: role_label(u.role, lang)),
                Column(self.tr("Aktif"), lambda u: yes if u.active else no),
                Column(self.tr("Kata Sandi"), lambda u: yes if u.has_password else no),
                Column(self.tr("Dibuat"), lambda u: local_time(u.created_at)),
                Column(self.tr("Terkunci Sampai"), lambda u: local_time(u.locked_until)),
            ],
            self,
        )
        self.table = self.add_table(self.model, {0: 18, 1: 30, 2: 16, 3: 7, 4: 11, 5: 17})
        (
            self.addButton,
            self.editButton,
            self.passwordButton,
            self.activeButton,
            self.unlockButton,
        ) = self.add_buttons(
            (self.tr("&Tambah Pengguna…"), self.add),
            (self.tr("&Ubah Nama/Peran…"), self.edit),
            (self.tr("Atur &Ulang Kata Sandi…"), self.reset_password),
            (self.tr("&Nonaktifkan/Aktifkan"), self.toggle_active),
            (self.tr("&Buka Kunci"), self.unlock),
        )

    def reload(self) -> None:
        if not self.editable:
            self.model.set_rows([])
            return
        with self._db.reader() as session:
            self.show_rows(users.list_users(session))

    def add(self) -> None:
        form = UserForm(NEW, self._lang)
        form.load(None)

        def create() -> str:
            entry = form.data()
            with self._db.session() as session:
                user = users.create_user(
                    session, self._actor, entry.username, entry.role, entry.password,
                    entry.display_name,
                )  # fmt: skip
                return user.username

        self.add_through_dialog(
            self.tr("Tambah Pengguna"),
            form,
            create,
            lambda name: self.tr("Pengguna {name} ditambahkan.").format(name=name),
        )

    def edit(self) -> None:
        row = self.current()
        if row is None or not self.editable:
            return
        form = UserForm(PROFILE, self._lang)
        form.load(row)

        def save() -> None:
            entry = form.data()
            with self._db.session() as session:
                if entry.display_name.strip() != row.display_name:
                    users.set_display_name(session, self._actor, row.username, entry.display_name)
                if entry.role != row.role:
                    users.set_role(session, self._actor, row.username, entry.role)

        self.edit_through_dialog(
            self.tr("Ubah Pengguna"),
            form,
            save,
            self.tr("Pengguna {name} tersimpan.").format(name=row.username),
            row.username,
        )

    def reset_password(self) -> None:
        row = self.current()
        if row is None:
            return
        form = UserForm(PASSWORD, self._lang)
        form.load(row)

        def save() -> None:
            entry = form.data()
            with self._db.session() as session:
                users.reset_password(session, self._actor, row.username, entry.password)

        if settings_section.edit_in_dialog(self, self.tr("Atur Ulang Kata Sandi"), form, save):
            self.done(self.tr("Kata sandi {name} telah diganti.").format(name=row.username))

    def toggle_active(self) -> None:
        row = self.current()
        if row is None:
            return

        def work() -> None:
            with self._db.session() as session:
                change = users.reactivate_user if not row.active else users.deactivate_user
                change(session, self._actor, row.username)

        text = (
            self.tr("Pengguna {name} diaktifkan kembali.")
            if not row.active
            else self.tr("Pengguna {name} dinonaktifkan.")
        )
        if self.attempt(work, text.format(name=row.username)):
            self.select(row.username)

    def unlock(self) -> None:
        """Let a user locked out by failed sign-ins try again now, not at the lock's end."""
        row = self.current()
        if row is None:
            return

        def work() -> None:
            with self._db.session() as session:
                users.unlock_user(session, self._actor, row.username)

        done = self.tr("Kunci akun {name} telah dibuka.").format(name=row.username)
        if self.attempt(work, done):
            self.select(row.username)
