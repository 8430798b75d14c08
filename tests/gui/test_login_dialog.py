"""The login dialog, filled and accepted without exec(): it returns a plain request."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from tkm_desktop.gui.i18n import install_translators
from tkm_desktop.gui.login_dialog import LoginDialog, LoginMode, LoginRequest


def _dialog(qtbot: QtBot, mode: LoginMode = LoginMode.SIGN_IN, **kwargs: object) -> LoginDialog:
    dialog = LoginDialog(mode, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: LoginDialog) -> str:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text()


def test_sign_in_returns_what_was_typed(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.ui.passwordEdit.echoMode() is QLineEdit.EchoMode.Password
    assert _ok(dialog) == "Masuk"
    dialog.ui.usernameEdit.setText("  budi ")
    dialog.ui.passwordEdit.setText("rahasia-123")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.request == LoginRequest(LoginMode.SIGN_IN, "budi", "rahasia-123")
    assert "rahasia" not in repr(dialog.request)


def test_empty_fields_keep_the_dialog_open(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.accept()
    assert dialog.request is None
    assert dialog.ui.errorLabel.text() == "Isi nama pengguna."
    dialog.ui.usernameEdit.setText("budi")
    dialog.accept()
    assert dialog.ui.errorLabel.text() == "Isi kata sandi."
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_refused_password_is_shown_and_cleared(qtbot: QtBot) -> None:
    asked: list[LoginRequest] = []

    def check(request: LoginRequest) -> str | None:
        asked.append(request)
        return None if request.password == "benar-123" else "Nama pengguna atau kata sandi salah."

    dialog = _dialog(qtbot, check=check)
    dialog.ui.usernameEdit.setText("budi")
    dialog.ui.passwordEdit.setText("salah")
    dialog.accept()
    assert dialog.request is None
    assert dialog.ui.errorLabel.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.ui.passwordEdit.text() == ""
    dialog.ui.passwordEdit.setText("benar-123")
    dialog.accept()
    assert dialog.request is not None and dialog.request.password == "benar-123"
    assert len(asked) == 2


def test_unlock_keeps_the_user(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, LoginMode.UNLOCK, username="budi")
    assert dialog.ui.usernameEdit.isReadOnly()
    assert dialog.ui.usernameEdit.text() == "budi"
    assert _ok(dialog) == "Buka Kunci"
    dialog.ui.passwordEdit.setText("rahasia-123")
    dialog.accept()
    assert dialog.request == LoginRequest(LoginMode.UNLOCK, "budi", "rahasia-123")


def test_cancel_returns_nothing(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.ui.usernameEdit.setText("budi")
    dialog.reject()
    assert dialog.request is None
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_english(qtbot: QtBot, qapp: QApplication) -> None:
    install_translators(qapp, "en")
    dialog = _dialog(qtbot, LoginMode.SIGN_IN)
    assert dialog.ui.usernameLabel.text() == "&Username:"
    assert _ok(dialog) == "Sign In"
    dialog.accept()
    assert dialog.ui.errorLabel.text() == "Enter the username."


def test_the_fields_stay_put_when_the_line_above_grows_to_two_lines(qtbot: QtBot) -> None:
    # The start shows "Membuka basis data…" first, then the demo's two-line hint.
    dialog = _dialog(qtbot)
    dialog.ui.infoLabel.setText("Membuka basis data…")
    dialog.resize(420, 200)  # as the form opens
    dialog.layout().activate()  # lays the fields out without showing the dialog
    before = dialog.ui.usernameEdit.mapTo(dialog, dialog.ui.usernameEdit.rect().topLeft())
    dialog.ui.infoLabel.setText(
        "Basis data DEMO: masuk sebagai admin, verifikator, pejabat atau viewer, dengan "
        "kata sandi demo."
    )
    dialog.layout().activate()
    after = dialog.ui.usernameEdit.mapTo(dialog, dialog.ui.usernameEdit.rect().topLeft())
    assert after == before
