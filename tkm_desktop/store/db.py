"""Engines and sessions for SQLite (the default) and PostgreSQL (an office's server).

One session per unit of work: ``with db.session() as s: ...`` commits on success and
rolls back on any exception, so a crash mid-write leaves the database as it was.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.orm import Session, sessionmaker

from tkm_desktop.paths import DATABASE_URL_ENV

SQLITE_BUSY_TIMEOUT_MS = 15_000


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{Path(path).as_posix()}"


def database_url(db_arg: str | None, default_file: Path) -> str:
    """``--db`` beats ``TKM_DATABASE_URL``, which beats the SQLite file in the data folder."""
    return db_arg or os.environ.get(DATABASE_URL_ENV) or sqlite_url(default_file)


def describe_url(url: str) -> str:
    """The database as shown to a user: a file path or host/database, never a password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    # Without the user and every query parameter: libpq takes secrets there too
    # (?password=, ?sslpassword=, and whatever it adds); host and database say enough.
    shown = URL.create(
        parsed.drivername, host=parsed.host, port=parsed.port, database=parsed.database
    )
    return shown.render_as_string(hide_password=True).split("://", 1)[1]


def _on_sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    _set_wal(cur)
    cur.execute("PRAGMA synchronous=NORMAL")
    # Map the file: a full pass over 240,000 members drops from ~44 ms to ~27 ms.
    cur.execute("PRAGMA mmap_size=268435456")
    cur.close()


def _set_wal(cur: Any) -> None:
    # Two connections creating a brand-new file at once: switching to WAL can fail
    # with "database is locked" without waiting on the busy timeout. Retry briefly.
    for attempt in range(50):
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 49:
                raise
            time.sleep(0.02)


def _primary_message_only(ctx: ExceptionContext) -> None:
    # hide_parameters keeps bound values out of SQLAlchemy's message, but PostgreSQL
    # puts the offending row into the error's DETAIL ("Key (scheme_id, nik)=(1,
    # 3275...) already exists"). Keep the primary message only; the full
    # diagnostics stay on ``exc.orig.diag`` for code that needs the constraint name.
    orig, error = ctx.original_exception, ctx.sqlalchemy_exception
    primary = getattr(getattr(orig, "diag", None), "message_primary", None)
    if not primary or error is None:
        return  # not a server error (e.g. no connection): nothing of ours in it
    orig.args = (primary,)
    kind = f"{type(orig).__module__}.{type(orig).__name__}"
    error.args = (f"({kind}) {primary}", *error.args[1:])


def _on_sqlite_begin(conn: Any) -> None:
    # A writer takes the write lock when its transaction starts: two writers then queue
    # on the busy timeout instead of one failing half-way with "database is locked".
    # Readers begin deferred, so with WAL they never wait for a writer.
    if conn.get_execution_options().get("tkm_read_only"):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine that never puts bound values (NIKs, names) into error messages."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            hide_parameters=True,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "isolation_level": None},
            **kwargs,
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    engine = create_engine(url, hide_parameters=True, pool_pre_ping=True, **kwargs)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "handle_error", _primary_message_only)
    return engine


class Database:
    """An engine plus its session factory."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            self.engine.execution_options(tkm_read_only=True), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def description(self) -> str:
        return describe_url(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error."""
        with self._sessions() as s, s.begin():
            yield s

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only unit of work; what it loaded stays readable after the block.

        Closing (not rolling back) keeps loaded objects' state; the pool still ends
        the connection's transaction when it takes the connection back.
        """
        with self._read_sessions() as s:
            yield s

    def dispose(self) -> None:
        self.engine.dispose()
