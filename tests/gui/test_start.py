"""The window's start: sign-in while the database opens, and a database that will not open.

Signing in as such is in test_login_flow.py, the first-run wizard's start in
test_first_run_start.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from tests.gui.app_start import (
    fresh_app,
    hold_the_opening,
    loading,
    office_setup_not_asked,  # noqa: F401  (autouse)
    options_of,
    start_of,
    windows_after,
)
from tkm_desktop import cli
from tkm_desktop.gui import start
from tkm_desktop.gui.app import run_window
from tkm_desktop.gui.login_dialog import LoginDialog
from tkm_desktop.gui.start import Start, failure_texts
from tkm_desktop.services import users
from tkm_desktop.services.bootstrap import AppContext, SchemaError
from tkm_desktop.services.context import Actor


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = fresh_app(tmp_path)
    opened = next(context)
    with opened.db.session() as session:
        users.create_user(session, Actor.anonymous("cli"), "budi", "admin", "rahasia-123")
    yield opened
    next(context, None)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The message boxes a failed start would show (this platform is headless)."""
    shown: list[tuple[str, str]] = []

    def tell(exc: BaseException, started: Start) -> None:
        shown.append(failure_texts(exc, started))

    monkeypatch.setattr("tkm_desktop.gui.app.tell_start_failed", tell)
    return shown


def ok_button(dialog: LoginDialog):  # type: ignore[no-untyped-def]
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def foreign_database(folder: Path) -> Start:
    """A data folder whose database file some other program made."""
    folder.mkdir(parents=True)
    with sqlite3.connect(folder / "tkm.sqlite3") as raw:
        raw.execute("CREATE TABLE penduduk (nik TEXT)")
    return Start(str(folder), None, demo=False, lang="id")


def test_masuk_waits_for_the_database_and_says_so(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    held = hold_the_opening(monkeypatch)
    states: list[tuple[bool, str]] = []

    def type_at_once(dialog: LoginDialog) -> int:
        states.append((ok_button(dialog).isEnabled(), dialog.ui.infoLabel.text()))
        dialog.ui.usernameEdit.setText("budi")
        dialog.ui.passwordEdit.setText("rahasia-123")
        held.release()
        dialog.accept()  # Enter before the database is open: waits for it, then signs in
        states.append((ok_button(dialog).isEnabled(), dialog.ui.infoLabel.text()))
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", type_at_once)
    seen = windows_after(qapp, monkeypatch)
    assert run_window(options_of(ctx)) == 0
    assert states[0] == (False, "Membuka basis data…")
    assert [w.actor.username for w in seen] == ["budi"]


def test_the_button_comes_back_once_the_database_is_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    held = hold_the_opening(monkeypatch)
    with loading(start_of(ctx)) as opening:
        prompt = start.SignInAtStart(opening, demo=False)
        qtbot.addWidget(prompt.dialog)
        assert not ok_button(prompt.dialog).isEnabled()
        held.release()
        qtbot.waitUntil(lambda: ok_button(prompt.dialog).isEnabled(), timeout=10_000)
        assert prompt.dialog.ui.infoLabel.text() != "Membuka basis data…"
        assert not prompt.abandoned


def test_cancel_before_the_dialog_is_painted_opens_nothing(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    held = hold_the_opening(monkeypatch)
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: dialog.reject() or dialog.result())
    seen = windows_after(qapp, monkeypatch)
    assert run_window(options_of(ctx)) == 0
    assert seen == [] and not held.entered.is_set()


def test_cancel_while_the_database_opens_waits_for_it_then_quits(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    held = hold_the_opening(monkeypatch)
    made: list[start.AppLoading] = []

    class Recorded(start.AppLoading):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)  # type: ignore[arg-type]
            made.append(self)

    def cancel(dialog: LoginDialog) -> int:
        dialog.show()  # the first paint starts the opening
        qtbot.waitUntil(held.entered.is_set, timeout=10_000)
        dialog.reject()
        held.release()  # it goes on after the dialog is gone
        return dialog.result()

    monkeypatch.setattr("tkm_desktop.gui.app.AppLoading", Recorded)
    monkeypatch.setattr(LoginDialog, "exec", cancel)
    seen = windows_after(qapp, monkeypatch)
    assert run_window(options_of(ctx)) == 0
    assert seen == []
    assert made[0].done  # waited for: an upgrade is never cut off by quitting


def test_a_foreign_database_is_told_in_a_message_box_and_refused(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, told: list
) -> None:
    refused = foreign_database(tmp_path / "data")
    assert refused.expects_users()
    shown: list[LoginDialog] = []

    def wait_for_it(dialog: LoginDialog) -> int:
        shown.append(dialog)
        dialog.ui.usernameEdit.setText("budi")
        dialog.ui.passwordEdit.setText("rahasia-123")
        dialog.accept()  # the check finds no database to sign in to: the dialog closes
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", wait_for_it)
    seen = windows_after(qapp, monkeypatch)
    with pytest.raises(SchemaError):
        run_window(asdict(refused))
    assert len(shown) == 1 and seen == []
    [(text, details)] = told
    assert text == "TKM Desktop tidak dapat membuka basis data."
    assert "berisi tabel yang bukan buatan TKM Desktop" in details


def test_the_command_line_exit_code_for_a_refused_database(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    told: list, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    refused = foreign_database(tmp_path / "data")

    def wait_for_it(dialog: LoginDialog) -> int:
        dialog.show()  # closes by itself once the database is found unusable
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", wait_for_it)
    monkeypatch.delenv("TKM_DATABASE_URL", raising=False)
    code = cli.main(["--data-dir", str(refused.data_dir)])
    assert code == cli.EXIT_REFUSED
    assert "Ditolak:" in capsys.readouterr().err
    assert len(told) == 1


def test_an_unexpected_failure_names_the_log(tmp_path: Path) -> None:
    started = Start(str(tmp_path / "data"), None, demo=False, lang="id")
    text, details = failure_texts(RuntimeError("disk 3275014101900001 rusak"), started)
    assert text == "TKM Desktop tidak dapat membuka basis data."
    assert "RuntimeError" in details
    assert "3275014101900001" not in details  # long numbers are masked, as in the log
    assert str(started.paths.log_file) in details


def test_what_the_start_expects_before_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TKM_DATABASE_URL", raising=False)
    new = Start(str(tmp_path / "data"), None, demo=False, lang="id")
    assert not new.expects_users()
    assert Start(new.data_dir, "postgresql+psycopg://kantor/tkm", False, "id").expects_users()
    assert Start(new.data_dir, None, demo=True, lang="id").expects_users()
    monkeypatch.setenv("TKM_DATABASE_URL", "postgresql+psycopg://kantor/tkm")
    assert new.expects_users()


def test_a_failure_after_cancelling_goes_to_the_log(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    told: list, caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    refused = foreign_database(tmp_path / "data")
    held = hold_the_opening(monkeypatch)

    def cancel(dialog: LoginDialog) -> int:
        dialog.show()  # painted: the opening begins
        qtbot.waitUntil(held.entered.is_set, timeout=10_000)
        held.release()
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", cancel)
    assert run_window(asdict(refused)) == 0  # the clerk cancelled: no message box to answer
    assert told == []
    assert "database not opened: ForeignDatabaseError" in caplog.text


def test_a_server_out_of_reach_is_named_as_such(tmp_path: Path) -> None:
    # Port 1: nothing listens there, so the connection is refused at once.
    unreachable = Start(str(tmp_path / "data"), "postgresql+psycopg://tkm@127.0.0.1:1/tkm",
                        demo=False, lang="id")  # fmt: skip
    with pytest.raises(OperationalError) as refused:
        unreachable.open()
    text, details = failure_texts(refused.value, unreachable)
    assert text == "TKM Desktop tidak dapat membuka basis data."
    assert details.startswith("Basis data tidak dapat dihubungi atau dibuka (OperationalError")
    assert "pastikan server menyala" in details
    assert str(unreachable.paths.log_file) in details


def test_a_failure_after_the_database_opened_is_not_called_a_database_failure(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, told: list
) -> None:
    from tkm_desktop.gui import first_run_wizard

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("wizard broke")

    monkeypatch.setattr(first_run_wizard, "run_first_run", broken)
    new = Start(str(tmp_path / "new"), None, demo=False, lang="id")
    with pytest.raises(RuntimeError, match="wizard broke"):
        run_window(asdict(new))
    assert told == []  # the crash handler reports it, not "cannot open the database"


@pytest.mark.parametrize("demo", [False, True])
def test_a_weak_password_is_told_after_sign_in_except_in_the_demo(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ctx: AppContext, demo: bool
) -> None:
    from tkm_desktop.gui import login

    with ctx.db.session() as session:  # set before the rules: refused as a new password now
        users.find_user(session, "budi").password_hash = users.hash_password("password")  # type: ignore[union-attr]
    told_weak: list[object] = []
    monkeypatch.setattr(login, "tell_weak_password", told_weak.append)
    with loading(start_of(ctx)) as opening:
        prompt = start.SignInAtStart(opening, demo=demo)
        qtbot.addWidget(prompt.dialog)
        qtbot.waitUntil(lambda: ok_button(prompt.dialog).isEnabled(), timeout=10_000)
        prompt.dialog.ui.usernameEdit.setText("budi")
        prompt.dialog.ui.passwordEdit.setText("password")
        prompt.dialog.accept()
        assert prompt.signed_in is not None
    assert len(told_weak) == (0 if demo else 1)
