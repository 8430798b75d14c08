"""GUI tests run offscreen, and any Qt warning fails the test that caused it."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QMessageLogContext,
    QSettings,
    QThreadPool,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tkm_desktop.gui.i18n import remove_translators
from tkm_desktop.gui.region_names import region_names
from tkm_desktop.services import users
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database, sqlite_url
from tkm_desktop.store.models import Group, Member, Scheme, User

_FAILING = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)


@pytest.fixture(autouse=True)
def qt_warnings_fail() -> Iterator[None]:
    """Fail the test if Qt printed a warning (or worse) while it ran."""
    seen: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind in _FAILING:
            seen.append(f"{kind.name}: {message}")
        if previous is not None:  # pytest-qt's, which shows the messages in the report
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)
    yield
    qInstallMessageHandler(previous)
    if seen:
        pytest.fail("Qt warned:\n" + "\n".join(seen))


@pytest.fixture(autouse=True)
def no_translators_left(qapp: QApplication) -> Iterator[None]:
    """Each test starts in Indonesian, the source language, whatever the last one installed."""
    remove_translators(qapp)
    yield
    remove_translators(qapp)


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings (column widths, last folder) go to the test's folder, not the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def region_list_loaded() -> None:
    """Tests start as a window does a third of a second in: the region list is loaded."""
    region_names().wait()


@pytest.fixture(autouse=True)
def _cheap_hashes(cheap_hasher: None) -> None:
    """Every GUI test hashes passwords at the cheapest (tests/conftest.py)."""


@pytest.fixture
def gui_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated SQLite database with the seeded schemes and no groups."""
    database = open_database(sqlite_url(tmp_path / "gui.sqlite3"))
    yield database
    # Work a test started on a worker (Beranda's counts) ends before its database goes.
    QThreadPool.globalInstance().waitForDone(10_000)
    database.dispose()


@pytest.fixture
def add_group(gui_db: Database) -> Callable[..., int]:
    """``add_group(name, members=3, status=...)`` adds a group of the default scheme; its id.

    ``vetted=True`` marks it vetted (its findings, if any, are the test's to add); by
    default it is unvetted, like a group just imported.
    """

    def add(
        name: str,
        *,
        members: int = 3,
        status: str = "diusulkan",
        kelurahan_code: str = "32.75.01.1001",
        kecamatan_code: str = "32.75.01",
        vetted: bool = False,
    ) -> int:
        with gui_db.session() as session:
            scheme = session.scalars(select(Scheme).where(Scheme.is_default)).one()
            group = Group(
                scheme=scheme,
                name=name,
                status=status,
                kelurahan_code=kelurahan_code,
                kecamatan_code=kecamatan_code,
                vetted_at=dt.datetime.now(dt.UTC) if vetted else None,
            )
            for n in range(members):
                nik = f"32750141019{n:05d}"
                group.members.append(Member(nik=nik, name=f"Anggota {n}", position=n))
            session.add(group)
            session.flush()
            return group.id

    return add


@pytest.fixture
def make_user(gui_db: Database) -> Callable[..., Actor]:
    """``make_user(name, role)``: an account with the password 'rahasia-123'; its window actor."""

    def make(username: str = "verif", role: str = "verifikator", display_name: str = "") -> Actor:
        with gui_db.session() as session:
            creator = Actor.anonymous("cli")
            if users.count_users(session):
                admin = session.scalars(select(User).where(User.role == "admin")).first()
                if admin is None:  # only non-admins so far: a helper admin creates the rest
                    raise AssertionError("make the admin first")
                creator = users.actor_from_user(admin, "cli")
            user = users.create_user(
                session, creator, username, role, "rahasia-123", display_name or username.title()
            )
            return users.actor_from_user(user, "gui")

    return make


@pytest.fixture
def verifier(make_user: Callable[..., Actor]) -> Actor:
    """An admin (first account) and a verifikator, who is returned."""
    make_user("admin", "admin", "Admin Kantor")
    return make_user("budi", "verifikator", "Budi Santoso")
