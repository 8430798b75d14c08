"""Bringing a database to the schema this program expects.

Alembic runs in code (no alembic.ini at run time, so the frozen program works): a
new database is created at head and stamped; an older one is first backed up (SQLite)
and then upgraded inside one transaction; a newer or foreign one is refused. Creating or
upgrading also records this program's version in ``program_info``, so that an older
program finding the newer schema can name the version to install.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Connection, Engine, delete, insert, inspect, text
from sqlalchemy.exc import DBAPIError

from tkm_desktop import __version__, paths
from tkm_desktop.store.db import describe_url
from tkm_desktop.store.models import Base, ProgramInfo

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

# Any constant bigint, the same in every TKM Desktop: clients sharing a PostgreSQL
# server take this advisory lock so only one of them migrates at a time.
SCHEMA_LOCK_KEY = 0x544B4D5F5343  # "TKM_SC"

VERSION_TABLE = "alembic_version"

# The newest revision in migrations/versions (a test keeps the two in step). Knowing
# it without Alembic lets a start on a current database skip importing Alembic,
# which costs about 0.2 s of every start.
HEAD_REVISION = "0005"

# Names in ProgramInfo: the version of the program that last created or upgraded the
# schema, and the revision it left.
PROGRAM_VERSION = "program_version"
SCHEMA_REVISION = "schema_revision"


class SchemaError(Exception):
    """The database can't be used by this program; the message is for the user."""


def newer_program_message(
    subject: str, revision: str | None, program_version: str | None, purpose: str
) -> str:
    """Why data from a newer TKM Desktop is refused, naming the version to install if known.

    ``subject`` says what and how it was made ("Basis data ini dipakai", "Cadangan x.zip
    dibuat"); ``purpose`` ends the advice ("sebelum membukanya", "untuk memulihkannya").
    """
    if program_version and _newer_than_this(program_version):
        schema = f" (revisi skema {revision})" if revision else ""
        return (
            f"{subject} oleh TKM Desktop versi {program_version}{schema}, lebih baru dari "
            f"versi ini ({__version__}). Pasang TKM Desktop versi {program_version} atau "
            f"yang lebih baru {purpose}."
        )
    schema = f" (revisi {revision})" if revision else ""
    return (
        f"{subject} oleh versi TKM Desktop yang lebih baru{schema}. Pasang versi terbaru {purpose}."
    )


def _newer_than_this(version: str) -> bool:
    """Whether ``version`` (as "0.3.0", "1.2rc1") is a later release than this program.

    Anything else is not worth naming: a test or developer build may record this very
    version beside a revision it doesn't know, and "versi 0.1.0, lebih baru dari versi
    ini (0.1.0)" would only confuse.
    """

    def release(v: str) -> tuple[int, ...] | None:
        match = re.match(r"\d+(?:\.\d+)*", v.strip())
        return tuple(int(part) for part in match.group().split(".")) if match else None

    theirs, ours = release(version), release(__version__)
    return theirs is not None and ours is not None and theirs > ours


class SchemaTooNewError(SchemaError):
    """The schema's revision is unknown here; ``program_version`` wrote it, when recorded."""

    def __init__(self, revision: str, program_version: str | None = None) -> None:
        super().__init__(
            newer_program_message(
                "Basis data ini dipakai", revision, program_version, "sebelum membukanya"
            )
        )
        self.revision = revision
        self.program_version = program_version


class ForeignDatabaseError(SchemaError):
    def __init__(self, where: str) -> None:
        super().__init__(
            f"Basis data {where} berisi tabel yang bukan buatan TKM Desktop "
            "(tidak ada catatan versi skema). TKM Desktop tidak akan mengubahnya; "
            "pilih berkas atau basis data yang lain."
        )
        self.where = where


@dataclass(frozen=True)
class MigrationReport:
    """What ``ensure_schema`` did: created a new schema, upgraded one, or found it current."""

    action: Literal["created", "upgraded", "current"]
    from_revision: str | None
    to_revision: str
    backup_file: Path | None = None


# --- Alembic plumbing -------------------------------------------------------------


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the migrations inside the package."""
    from alembic.config import Config

    cfg = Config()
    # ConfigParser interpolates '%', which a Windows user folder may contain.
    cfg.set_main_option("script_location", str(paths.migrations_dir()).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def _current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def _stored_revision_fast(engine: Engine) -> str | None:
    """The database's revision by plain SQL; None when there is none (or no table)."""
    with engine.execution_options(tkm_read_only=True).connect() as conn:
        try:
            row = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
        except DBAPIError:
            conn.rollback()
            return None
        return row[0] if row else None


def schema_state(engine: Engine) -> tuple[str | None, str]:
    """(the database's revision or None when it has none, this program's head revision)."""
    head = script_directory().get_current_head()
    assert head is not None, "the migrations folder holds no revision"
    with engine.execution_options(tkm_read_only=True).connect() as conn:
        return _current_revision(conn), head


def _check_known(engine: Engine, revision: str | None, script: ScriptDirectory) -> None:
    if revision is not None and revision not in {s.revision for s in script.walk_revisions()}:
        raise SchemaTooNewError(revision, recorded_program_version(engine))


def recorded_program_version(engine: Engine) -> str | None:
    """The version of the program that last created or upgraded the schema, if recorded.

    Plain SQL on a connection of its own, and None on any failure: the schema may be
    newer than this program knows, and a database from before revision 0003 has no
    such table (which on PostgreSQL also spoils the transaction that asked).
    """
    sql = text(f"SELECT value FROM {ProgramInfo.__tablename__} WHERE name = :name")
    with engine.execution_options(tkm_read_only=True).connect() as conn:
        try:
            value = conn.execute(sql, {"name": PROGRAM_VERSION}).scalar()
        except DBAPIError:
            conn.rollback()
            return None
    # It ends up in a message to the user: keep it short and on one line.
    text_value = " ".join(str(value or "").split())[:40]
    return text_value or None


def _record_program(conn: Connection, revision: str) -> None:
    """Note this program's version and the revision it wrote, in the caller's transaction."""
    table = ProgramInfo.__table__
    facts = {PROGRAM_VERSION: __version__, SCHEMA_REVISION: revision}
    conn.execute(delete(table).where(table.c.name.in_(list(facts))))
    conn.execute(insert(table), [{"name": k, "value": v} for k, v in facts.items()])


# --- the one entry point ----------------------------------------------------------


def ensure_schema(
    engine: Engine, *, backup_dir: Path | None = None, sqlite_file: Path | None = None
) -> MigrationReport:
    """Create, upgrade or accept the schema; raise ``SchemaError`` when it isn't ours to touch.

    ``backup_dir`` receives the copy of an SQLite database taken before an upgrade
    (default: ``backups`` beside the database file); ``sqlite_file`` defaults to the
    engine's file.
    """
    if _stored_revision_fast(engine) == HEAD_REVISION:
        return MigrationReport("current", HEAD_REVISION, HEAD_REVISION)
    from alembic import command

    script = script_directory()
    current, head = schema_state(engine)
    _check_known(engine, current, script)
    if current == head:
        return MigrationReport("current", head, head)

    with _exclusive(engine) as conn:
        # Another client may have migrated while we waited for the lock.
        current = _current_revision(conn)
        _check_known(engine, current, script)
        if current == head:
            return MigrationReport("current", head, head)
        if current is None:
            _refuse_foreign(conn, engine)
            Base.metadata.create_all(conn)
            command.stamp(alembic_config(conn), "head")
            _record_program(conn, head)
            log.info("new database schema created at revision %s", head)
            return MigrationReport("created", None, head)

        backup_file = None
        if engine.dialect.name == "sqlite":
            backup_file = _backup_before_upgrade(engine, current, backup_dir, sqlite_file)
        else:
            log.info(
                "upgrading the %s server database without a copy: backing up the "
                "server is the office's job",
                engine.dialect.name,
            )
        command.upgrade(alembic_config(conn), "head")
        _check_foreign_keys(conn)
        _record_program(conn, head)
        log.info("database schema upgraded from revision %s to %s", current, head)
        return MigrationReport("upgraded", current, head, backup_file)


@contextmanager
def _exclusive(engine: Engine) -> Iterator[Connection]:
    """One transaction that no other client can migrate beside.

    SQLite: the engine begins writers with BEGIN IMMEDIATE, which already excludes
    other writers; foreign keys are switched off around it (outside the transaction,
    the only place SQLite honours that pragma) because batch migrations drop and
    re-create referenced tables; ``_check_foreign_keys`` checks the result instead.
    PostgreSQL: DDL is transactional, and an advisory lock held to the end of the
    transaction keeps a second client waiting until the first has committed.
    """
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if is_sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                lock_schema(conn)
                yield conn
        finally:
            if is_sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


def lock_schema(conn: Connection) -> None:
    """PostgreSQL: wait for, and hold to the end of the transaction, the setup lock.

    Clients sharing a server take it before migrating or seeding, so only one does.
    SQLite needs none: a writer's BEGIN IMMEDIATE already excludes the others.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})


def _refuse_foreign(conn: Connection, engine: Engine) -> None:
    tables = set(inspect(conn).get_table_names()) - {VERSION_TABLE}
    if tables:
        raise ForeignDatabaseError(describe_url(engine.url.render_as_string(hide_password=True)))


def _check_foreign_keys(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise RuntimeError(f"migration left broken foreign keys in: {', '.join(tables)}")


# --- the copy taken before an upgrade ---------------------------------------------


def _backup_before_upgrade(
    engine: Engine, revision: str, backup_dir: Path | None, sqlite_file: Path | None
) -> Path | None:
    source = sqlite_file or (Path(engine.url.database) if engine.url.database else None)
    if source is None or str(source) == ":memory:":
        log.warning("in-memory database upgraded without a copy")
        return None
    folder = backup_dir or source.parent / "backups"
    target = backup_path(folder, revision)
    sqlite_backup(source, target)
    log.info("database copied to %s before the upgrade", target)
    return target


def backup_path(folder: Path, revision: str, now: dt.datetime | None = None) -> Path:
    """``folder/tkm-before-<rev>-<UTC time>.sqlite3``, never an existing file."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"tkm-before-{revision}-{stamp}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"tkm-before-{revision}-{stamp}-{n}.sqlite3"
    return target


def sqlite_backup(source: Path, target: Path) -> None:
    """Copy a live SQLite database with the online backup API (a file copy misses the WAL).

    The copy is written to ``target.part`` and renamed, and is a single file
    (rollback journal, no ``-wal`` beside it).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(part)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(part, target)
