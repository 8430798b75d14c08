"""Shared fixtures: a private data folder for every test, and a database per backend.

PostgreSQL runs when ``TKM_TEST_PG_URL`` names a server, e.g.
``postgresql+psycopg://tkm:tkm@127.0.0.1:5432/tkm_test``: each test then works in a
schema of its own, dropped afterwards. Without the variable the tests marked
``postgres`` are deselected; with it, an unreachable server fails them.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from tkm_desktop.store.db import Database

PG_ENV = "TKM_TEST_PG_URL"


def pytest_report_header(config: pytest.Config) -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        return f"postgres: tests marked 'postgres' are deselected ({PG_ENV} is not set)"
    from tkm_desktop.store.db import describe_url

    return f"postgres: {describe_url(url)}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # A developer without PostgreSQL runs everything else; CI sets the variable.
    if os.environ.get(PG_ENV):
        return
    deselected = [item for item in items if item.get_closest_marker("postgres")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("postgres")]


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data folder at a temporary one, so no test touches the user's files."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("TKM_DATA_DIR", str(data_dir))
    monkeypatch.delenv("TKM_DATABASE_URL", raising=False)
    return data_dir


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine]:
    """An autocommit engine on the server named by ``TKM_TEST_PG_URL``."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.fail(f"{PG_ENV} is not set: a postgres test was selected by hand")
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url(pg_admin: Engine) -> Iterator[str]:
    """A URL whose connections see only a new, empty schema, dropped after the test.

    A schema is much cheaper than a database of its own; ``application_name`` marks
    the test's connections so that any left open can be ended before the drop.
    """
    from sqlalchemy import text

    name = f"tkm_test_{uuid.uuid4().hex[:12]}"
    with pg_admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    url = pg_admin.url.update_query_dict(
        {"options": f"-csearch_path={name}", "application_name": name}
    )
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with pg_admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE application_name = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
            conn.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend: an SQLite file, or a PostgreSQL database."""
    if request.param == "sqlite":
        from tkm_desktop.store.db import sqlite_url

        return sqlite_url(tmp_path / "test.sqlite3")
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite database opened once by ``open_database`` (schema at head, seeded)."""
    from tkm_desktop.services.bootstrap import open_database
    from tkm_desktop.store.db import sqlite_url

    path = tmp_path_factory.mktemp("template") / "tkm.sqlite3"
    open_database(sqlite_url(path)).dispose()  # closing checkpoints the WAL into the file
    return path


@pytest.fixture
def db(db_url: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A database as the program opens it: schema at head, schemes seeded."""
    from sqlalchemy.engine import make_url

    from tkm_desktop.services.bootstrap import open_database

    target = make_url(db_url)
    if target.get_backend_name() == "sqlite" and target.database:
        # A copy of the session's template is what a new database becomes, 3x faster;
        # open_database below still checks the schema and the seed.
        shutil.copyfile(request.getfixturevalue("sqlite_template"), target.database)
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def cheap_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at its cheapest: the real parameters cost ~50 ms a hash; tests need many."""
    from argon2 import PasswordHasher

    from tkm_desktop.services import users

    monkeypatch.setattr(users, "hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(users, "_dummy_hash", None)
