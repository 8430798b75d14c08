"""The login dialog: sign in, or unlock after the idle time.

A database without users gets its first admin from the first-run wizard, not here.

It returns a plain ``LoginRequest``; the caller talks to the services. A ``check``
callback (given by the caller) lets the dialog stay open on a wrong password: it
returns an error text to show, or None to accept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from tkm_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog


class LoginMode(Enum):
    SIGN_IN = "sign_in"
    UNLOCK = "unlock"  # the window locked after the idle time: same user, password again


@dataclass(frozen=True)
class LoginRequest:
    """What the user typed."""

    mode: LoginMode
    username: str
    password: str

    def __repr__(self) -> str:  # never the password, should a request reach a log
        return f"LoginRequest(mode={self.mode.value}, username={self.username!r})"


Check = Callable[[LoginRequest], "str | None"]


class LoginDialog(QDialog):
    """Modal; read ``request`` after it was accepted (None until then)."""

    def __init__(
        self,
        mode: LoginMode = LoginMode.SIGN_IN,
        *,
        username: str = "",
        check: Check | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.mode = mode
        self.request: LoginRequest | None = None
        self._check = check
        # Two lines, whatever the line says (the demo's hint takes two): the fields do not
        # jump while the clerk starts typing.
        self.ui.infoLabel.setMinimumHeight(2 * self.ui.infoLabel.fontMetrics().lineSpacing())
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._setup_mode(username)
        self.show_error("")

    def _setup_mode(self, username: str) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.usernameEdit.setText(username)
        if self.mode is LoginMode.UNLOCK:
            self.setWindowTitle(self.tr("Terkunci"))
            self.ui.titleLabel.setText(self.tr("Sesi terkunci"))
            self.ui.infoLabel.setText(
                self.tr(
                    "TKM Desktop dikunci karena tidak dipakai. Masukkan kata sandi lagi; "
                    "pekerjaan yang terbuka tetap ada. Batal menutup program tanpa menyimpan."
                )
            )
            self.ui.usernameEdit.setReadOnly(True)
            ok.setText(self.tr("Buka Kunci"))
        else:
            ok.setText(self.tr("Masuk"))
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _problem(self) -> str | None:
        """What is wrong with the fields as typed, before anyone asks the database."""
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username:
            return self.tr("Isi nama pengguna.")
        if not password:
            return self.tr("Isi kata sandi.")
        return None

    def accept(self) -> None:
        problem = self._problem()
        if problem is None:
            request = LoginRequest(
                mode=self.mode,
                username=self.ui.usernameEdit.text().strip(),
                password=self.ui.passwordEdit.text(),
            )
            problem = self._check(request) if self._check else None
            if problem is None:
                self.request = request
                super().accept()
                return
        self.show_error(problem)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
