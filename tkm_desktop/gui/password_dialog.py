"""Change one's own password: old, new, new again; the service decides and records."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from tkm_desktop.gui.forms.ui_password_dialog import Ui_PasswordDialog
from tkm_desktop.gui.settings_fields import password_problems
from tkm_desktop.services import users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database


class PasswordDialog(QDialog):
    """Stays open, showing the reason, until the service accepts the new password.

    ``lang`` is the window's: the service's reasons (rules, a wrong old password, a
    locked account) are shown in it.
    """

    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, *, lang: str = "id"
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._lang = lang
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.ui.infoLabel.setText(
            self.tr(
                "Kata sandi baru paling sedikit {n} karakter, tidak memuat nama pengguna, "
                "tidak hanya berupa angka, dan bukan kata sandi yang umum."
            ).format(n=users.MIN_PASSWORD_LENGTH)
        )
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.show_error("")
        self.ui.oldEdit.setFocus()

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _problem(self) -> str | None:
        old, new = self.ui.oldEdit.text(), self.ui.newEdit.text()
        if not old:
            return self.tr("Isi kata sandi lama.")
        if not new:
            return self.tr("Isi kata sandi baru.")
        repeat = self.ui.repeatEdit.text()
        if new != repeat:
            return self.tr("Kedua kata sandi baru tidak sama.")
        # The rules with the username, before any database work (the service checks again).
        problems = password_problems(new, repeat, self._actor.username, self._lang)
        if problems:
            return "\n".join(problems)
        try:
            users.change_own_password(self._db, self._actor, old, new, self._lang)
        except InputRefused as refused:
            return "\n".join(refused.reasons)
        return None

    def accept(self) -> None:
        problem = self._problem()
        if problem is None:
            super().accept()
            return
        self.show_error(problem)
        for edit in (self.ui.oldEdit, self.ui.newEdit, self.ui.repeatEdit):
            edit.clear()
        self.ui.oldEdit.setFocus()
