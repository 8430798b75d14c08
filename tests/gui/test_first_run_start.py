"""The window's start and the first-run wizard: a new database, an office not set up yet."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import asdict, replace
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.gui.app_start import (
    fresh_app,
    hold_the_opening,
    loading,
    options_of,
    start_of,
    windows_after,
)
from tkm_desktop.gui import first_run_wizard as fw
from tkm_desktop.gui.app import run_window
from tkm_desktop.gui.first_run_wizard import FirstRunWizard
from tkm_desktop.gui.login_dialog import LoginDialog
from tkm_desktop.gui.main_window import MainWindow
from tkm_desktop.gui.start import Start, start_session
from tkm_desktop.services import first_run, users
from tkm_desktop.services.bootstrap import AppContext
from tkm_desktop.services.context import Actor

WizardDriver = Callable[[FirstRunWizard], None]


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    """An empty data folder, as after installing."""
    yield from fresh_app(tmp_path)


def drive_wizard(monkeypatch: pytest.MonkeyPatch, drive: WizardDriver) -> list[int]:
    """Replace the wizard's ``exec``: ``drive`` works it; returns the pages it started at."""
    starts: list[int] = []

    def fake_exec(wizard: FirstRunWizard) -> int:
        wizard.restart()
        starts.append(wizard.currentId())
        drive(wizard)
        return wizard.result()

    monkeypatch.setattr(FirstRunWizard, "exec", fake_exec)
    return starts


def sign_in_as(monkeypatch: pytest.MonkeyPatch, username: str | None) -> list[LoginDialog]:
    """Replace the login dialog's ``exec``: sign in as ``username`` (None: no dialog expected)."""
    shown: list[LoginDialog] = []

    def fake_exec(dialog: LoginDialog) -> int:
        shown.append(dialog)
        assert username is not None, "the sign-in dialog was not expected"
        dialog.ui.usernameEdit.setText(username)
        dialog.ui.passwordEdit.setText("rahasia-123")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    return shown


def make_admin_then_close(wizard: FirstRunWizard) -> None:
    wizard.next()  # Selamat datang → Admin
    page = wizard.currentPage()
    page.usernameEdit.setText("kepala")  # type: ignore[attr-defined]
    page.displayNameEdit.setText("Kepala Seksi")  # type: ignore[attr-defined]
    page.passwordEdit.setText("rahasia-123")  # type: ignore[attr-defined]
    page.repeatEdit.setText("rahasia-123")  # type: ignore[attr-defined]
    wizard.next()
    assert wizard.currentId() == fw.PAGE_REGION
    wizard.reject()  # Batal: the rest later


def questions(monkeypatch: pytest.MonkeyPatch, *, resume: bool) -> dict[str, list[list[str]]]:
    """Record the questions after sign-in; an admin answers ``resume``."""
    asked: dict[str, list[list[str]]] = {"resume": [], "told": []}

    def ask(_parent: object, pending: list[str]) -> bool:
        asked["resume"].append(pending)
        return resume

    monkeypatch.setattr(fw, "ask_resume_setup", ask)
    monkeypatch.setattr(fw, "tell_admin_needed", lambda _p, pending: asked["told"].append(pending))
    return asked


class Started(NamedTuple):
    asked: dict[str, list[list[str]]]  # the questions after sign-in
    starts: list[int]  # the pages the wizard opened at
    seen: list[MainWindow]  # the windows shown
    code: int  # run_window's exit code


def start_as(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ctx: AppContext, username: str,
    *, resume: bool,
) -> Started:  # fmt: skip
    """Sign in as ``username`` (an admin answers ``resume``); a wizard shown is closed."""
    asked = questions(monkeypatch, resume=resume)
    starts = drive_wizard(monkeypatch, lambda wizard: wizard.reject())
    sign_in_as(monkeypatch, username)
    seen = windows_after(qapp, monkeypatch)
    return Started(asked, starts, seen, run_window(options_of(ctx)))


def with_users(ctx: AppContext) -> Actor:
    """The admin (made by the wizard's service) and a verifikator 'budi'; the admin."""
    admin = first_run.create_admin(ctx.db, "admin", "rahasia-123", "Admin Kantor")
    with ctx.db.session() as session:
        users.create_user(session, admin, "budi", "verifikator", "rahasia-123", "Budi Santoso")
    return admin


def test_a_new_data_folder_opens_the_wizard_instead_of_the_sign_in(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ctx: AppContext, tmp_path: Path
) -> None:
    start = Start(str(tmp_path / "new"), None, demo=False, lang="id")
    assert not start.expects_users()
    starts = drive_wizard(monkeypatch, make_admin_then_close)
    sign_in_as(monkeypatch, None)
    seen = windows_after(qapp, monkeypatch)
    assert run_window(asdict(start)) == 0
    assert starts == [fw.PAGE_WELCOME]
    [window] = seen
    assert (window.actor.username, window.actor.role, window.actor.channel) == (
        "kepala", "admin", "gui",
    )  # fmt: skip
    assert window.user_label.text() == "Pengguna: Kepala Seksi (Administrator)"
    made = start.open()
    try:
        with made.db.reader() as session:
            assert [u.username for u in users.list_users(session)] == ["kepala"]
    finally:
        made.close()


def test_a_database_without_users_closes_the_sign_in_for_the_wizard(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    # The file is there (made by the command line, say), so the sign-in shows first;
    # once the database is open and has nobody to sign in, the wizard takes over.
    assert start_of(ctx).expects_users()
    held = hold_the_opening(monkeypatch)
    while_open: list[tuple[bool, str]] = []

    def wait_for_it(dialog: LoginDialog) -> int:
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        while_open.append((ok.isEnabled(), dialog.ui.infoLabel.text()))
        held.release()
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", wait_for_it)
    starts = drive_wizard(monkeypatch, make_admin_then_close)
    seen = windows_after(qapp, monkeypatch)
    assert run_window(options_of(ctx)) == 0
    assert while_open == [(False, "Membuka basis data…")]
    assert starts == [fw.PAGE_WELCOME]
    assert [w.actor.username for w in seen] == ["kepala"]


def test_closing_the_wizard_before_the_admin_quits(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    drive_wizard(monkeypatch, lambda wizard: wizard.reject())
    seen = windows_after(qapp, monkeypatch)
    assert run_window(options_of(ctx)) == 0
    assert seen == []
    with ctx.db.reader() as session:
        assert users.count_users(session) == 0


def test_an_admin_is_offered_to_resume_after_sign_in(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    admin = with_users(ctx)
    first_run.save_region(ctx.db, admin, "32.75")
    started = start_as(qapp, monkeypatch, ctx, "admin", resume=True)
    assert started.code == 0
    assert started.asked["resume"] == [
        ["Kop surat", "Kepala dinas (penanda tangan)", "Penomoran surat", "Skema bawaan"]
    ]
    assert started.starts == [fw.PAGE_LETTERHEAD]  # the first step not done
    assert started.seen[0].actor.username == "admin"


def test_later_means_no_wizard_now(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    with_users(ctx)
    started = start_as(qapp, monkeypatch, ctx, "admin", resume=False)
    assert len(started.asked["resume"]) == 1 and started.starts == []
    assert started.seen[0].actor.username == "admin"


def test_someone_else_is_told_that_an_admin_must_finish(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    with_users(ctx)
    started = start_as(qapp, monkeypatch, ctx, "budi", resume=True)
    assert started.asked["resume"] == [] and started.starts == []
    assert started.asked["told"][0][0] == "Wilayah kantor"
    assert started.seen[0].actor.username == "budi"


def test_a_skipped_setup_and_the_demo_ask_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    admin = with_users(ctx)
    asked = questions(monkeypatch, resume=True)
    sign_in_as(monkeypatch, "budi")
    start = start_of(ctx)
    with loading(start) as opening:
        # The demo office is set up already (this one is not, but nobody asks).
        assert start_session(replace(start, demo=True), opening, lang="id") is not None
        first_run.skip_first_run(ctx.db, admin)
        signed_in = start_session(start, opening, lang="id")
    assert signed_in is not None and signed_in.actor.username == "budi"
    assert asked == {"resume": [], "told": []}


def test_the_wizard_is_not_shown_on_a_database_with_users(
    monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    with_users(ctx)
    questions(monkeypatch, resume=False)
    starts = drive_wizard(monkeypatch, lambda wizard: wizard.reject())
    shown = sign_in_as(monkeypatch, "admin")
    with loading(start_of(ctx)) as opening:
        assert start_session(start_of(ctx), opening, lang="id") is not None
    assert len(shown) == 1 and shown[0].result() == QDialog.DialogCode.Accepted
    assert starts == []
