"""Alembic migrations: new databases, upgrades from every revision, refusals, races."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, inspect, text

from tkm_desktop import __version__, paths
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.store import migrate
from tkm_desktop.store.db import Database, make_engine, sqlite_url
from tkm_desktop.store.migrate import ensure_schema
from tkm_desktop.store.models import Base

# Oldest first; a database made by each of them must still open.
REVISIONS = [s.revision for s in migrate.script_directory().walk_revisions()][::-1]
HEAD = REVISIONS[-1]
LATER = "9000"  # the synthetic revision the tests add after head


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    database = Database(db_url)
    yield database.engine
    database.dispose()


def schema_diff(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)


def build_at(engine: Engine, revision: str) -> None:
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), revision)


def put_rows(engine: Engine, tag: str) -> None:
    """A scheme and a group that references it, written with the SQL of revision 0001."""
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO scheme (code, name, year, active, is_default, members_min,"
                " members_max, grant_ceiling, required_roles, split_tolerance,"
                " excludes_earlier_grant, funded_before_severity, documents, export_format)"
                " VALUES (:code, 'Probe', 2024, true, false, 5, 10, 20000000, '[]', 0.05,"
                " true, 'error', '[]', 'kemnaker-tkm')"
            ),
            {"code": tag},
        )
        conn.execute(
            text(
                "INSERT INTO tkm_group (scheme_id, name, business_type, sector, street, rt_rw,"
                " kelurahan_code, kecamatan_code, kelurahan_name, kecamatan_name,"
                " recommender_name, recommender_title, recommender_letter_number, bank_name,"
                " account_number, account_holder, status, roster_unlocked, sk_number, version,"
                " created_at, updated_at)"
                " SELECT id, 'Kelompok Uji', '', '', '', '', '', '', '', '', '', '', '', '', '',"
                " '', 'diusulkan', false, '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
                " FROM scheme WHERE code = :code"
            ),
            {"code": tag},
        )


def rows_there(conn: Connection | sqlite3.Connection, tag: str) -> bool:
    sql = "SELECT count(*) FROM tkm_group g JOIN scheme s ON s.id = g.scheme_id WHERE s.code = "
    if isinstance(conn, sqlite3.Connection):
        return conn.execute(sql + "?", (tag,)).fetchone()[0] == 1
    return conn.execute(text(sql + ":code"), {"code": tag}).scalar_one() == 1


def columns(engine: Engine, table: str) -> set[str]:
    with engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns(table)}


def program_info(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(text("SELECT name, value FROM program_info")).all())


# --- a new database ------------------------------------------------------------------


def test_head_constant_names_the_newest_revision() -> None:
    # ensure_schema trusts HEAD_REVISION to skip Alembic on a current database.
    assert migrate.script_directory().get_current_head() == migrate.HEAD_REVISION


def test_current_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "current.sqlite3")
    ensure_schema(make_engine(url))
    code = (
        "import sys\n"
        "from tkm_desktop.store.db import make_engine\n"
        "from tkm_desktop.store.migrate import ensure_schema\n"
        f"report = ensure_schema(make_engine({url!r}))\n"
        "print(report.action, 'alembic' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["current", "False"]


def test_empty_database_has_no_revision(engine: Engine) -> None:
    assert migrate.schema_state(engine) == (None, HEAD)


def test_upgrade_head_builds_exactly_the_models(engine: Engine) -> None:
    build_at(engine, "head")
    assert schema_diff(engine) == []


def test_new_database_is_created_at_head_and_stamped(engine: Engine, tmp_path: Path) -> None:
    report = migrate.ensure_schema(engine, backup_dir=tmp_path / "backups")

    assert report == migrate.MigrationReport("created", None, HEAD)
    assert migrate.schema_state(engine) == (HEAD, HEAD)
    assert schema_diff(engine) == []
    assert not (tmp_path / "backups").exists()
    assert migrate.ensure_schema(engine).action == "current"


def test_new_database_records_the_program_and_opening_it_writes_nothing(engine: Engine) -> None:
    migrate.ensure_schema(engine)
    assert program_info(engine) == {"program_version": __version__, "schema_revision": HEAD}

    with engine.begin() as conn:
        conn.execute(text("UPDATE program_info SET value = 'kept' WHERE name = 'program_version'"))
    assert migrate.ensure_schema(engine).action == "current"
    assert program_info(engine)["program_version"] == "kept"


# --- upgrades --------------------------------------------------------------------------


@pytest.mark.parametrize("revision", REVISIONS)
def test_database_of_every_revision_opens(engine: Engine, tmp_path: Path, revision: str) -> None:
    build_at(engine, revision)
    put_rows(engine, "PROBE")

    report = migrate.ensure_schema(engine, backup_dir=tmp_path / "backups")

    assert migrate.schema_state(engine) == (HEAD, HEAD)
    assert schema_diff(engine) == []
    with engine.connect() as conn:
        assert rows_there(conn, "PROBE")
    if revision == HEAD:
        assert report.action == "current"
        assert program_info(engine) == {}  # opening a current database writes nothing
    else:
        assert (report.action, report.from_revision) == ("upgraded", revision)
        assert (report.backup_file is not None) == (engine.dialect.name == "sqlite")
        assert program_info(engine) == {"program_version": __version__, "schema_revision": HEAD}


def test_0004_adds_vetted_at_as_null_and_keeps_the_groups(engine: Engine) -> None:
    build_at(engine, "0003")
    put_rows(engine, "PROBE")
    assert "vetted_at" not in columns(engine, "tkm_group")

    build_at(engine, "0004")

    assert "vetted_at" in columns(engine, "tkm_group")
    with engine.connect() as conn:
        assert rows_there(conn, "PROBE")
        # Nothing says the existing groups were vetted since their roster came in.
        assert conn.execute(text("SELECT vetted_at FROM tkm_group")).all() == [(None,)]


def test_0005_adds_sign_in_attempts_to_existing_accounts(engine: Engine) -> None:
    build_at(engine, "0004")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO user_account (username, display_name, role, active, created_at)"
                " VALUES ('kepala', '', 'admin', true, CURRENT_TIMESTAMP)"
            )
        )

    build_at(engine, "0005")

    with engine.connect() as conn:
        # Existing accounts start with no failures and unlocked.
        rows = conn.execute(text("SELECT username, failed_logins, locked_until FROM user_account"))
        assert rows.all() == [("kepala", 0, None)]


LATER_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade():
    # SQLite: copy the table, as a real change of a column would, while other
    # tables reference it.
    recreate = "always" if op.get_bind().dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("scheme", recreate=recreate) as batch_op:
        batch_op.add_column(sa.Column("probe_note", sa.String(40), nullable=True))
    {fail}


def downgrade():
    with op.batch_alter_table("scheme") as batch_op:
        batch_op.drop_column("probe_note")
"""


def add_later_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, fail: bool) -> None:
    """Make the program's migrations the real ones plus one revision after head."""
    scripts = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    body = LATER_REVISION.format(
        head=HEAD, fail='raise RuntimeError("half-way")' if fail else "pass"
    )
    (scripts / "versions" / f"{LATER}_probe.py").write_text(body, encoding="utf-8")
    monkeypatch.setattr(paths, "migrations_dir", lambda: scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", LATER)


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrade_backs_up_then_migrates(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, revision: str
) -> None:
    build_at(engine, revision)
    put_rows(engine, "PROBE")
    add_later_revision(tmp_path, monkeypatch, fail=False)
    backups = tmp_path / "backups"

    report = migrate.ensure_schema(engine, backup_dir=backups)

    assert (report.action, report.from_revision, report.to_revision) == (
        "upgraded",
        revision,
        LATER,
    )
    assert migrate.schema_state(engine) == (LATER, LATER)
    assert "probe_note" in columns(engine, "scheme")
    assert program_info(engine) == {"program_version": __version__, "schema_revision": LATER}
    with engine.connect() as conn:
        assert rows_there(conn, "PROBE")
        if engine.dialect.name == "sqlite":
            # The pragma switched off for the migration is back on.
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    if engine.dialect.name != "sqlite":
        assert report.backup_file is None
        return
    assert report.backup_file is not None
    assert report.backup_file.parent == backups
    pattern = rf"tkm-before-{revision}-\d{{8}}T\d{{6}}Z\.sqlite3"
    assert re.fullmatch(pattern, report.backup_file.name)
    assert [p.name for p in backups.iterdir()] == [report.backup_file.name]
    copy = sqlite3.connect(report.backup_file)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
        assert rows_there(copy, "PROBE")
        assert "probe_note" not in {r[1] for r in copy.execute("PRAGMA table_info(scheme)")}
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        copy.close()


def test_failed_upgrade_leaves_the_database_as_it_was(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_at(engine, HEAD)
    put_rows(engine, "PROBE")
    add_later_revision(tmp_path, monkeypatch, fail=True)

    with pytest.raises(RuntimeError, match="half-way"):
        migrate.ensure_schema(engine, backup_dir=tmp_path / "backups")

    assert migrate.schema_state(engine) == (HEAD, LATER)
    assert "probe_note" not in columns(engine, "scheme")
    with engine.connect() as conn:
        assert not [t for t in inspect(conn).get_table_names() if t.startswith("_alembic")]
        assert rows_there(conn, "PROBE")


# --- refusals --------------------------------------------------------------------------


def test_newer_database_is_refused(db_url: str, engine: Engine) -> None:
    migrate.ensure_schema(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff1234'"))

    with pytest.raises(migrate.SchemaTooNewError) as refused:
        migrate.ensure_schema(engine)
    message = str(refused.value)
    assert "lebih baru" in message
    assert "revisi ffff1234" in message
    assert "Pasang versi terbaru" in message
    with pytest.raises(migrate.SchemaTooNewError):
        open_database(db_url)


def migrate_with_newer_program(
    engine: Engine, tmp_path: Path, version: str, *, record: bool = True
) -> None:
    """Upgrade to LATER as TKM Desktop ``version`` would (one that knows LATER).

    ``record=False`` plays a newer program that recorded nothing.
    """
    with pytest.MonkeyPatch.context() as newer:
        add_later_revision(tmp_path, newer, fail=False)
        newer.setattr(migrate, "__version__", version)
        if not record:
            newer.setattr(migrate, "_record_program", lambda conn, revision: None)
        assert migrate.ensure_schema(engine).action == "upgraded"


@pytest.mark.parametrize("start", ["0002", HEAD])
def test_schema_of_a_newer_program_is_refused_naming_its_version(
    db_url: str, engine: Engine, tmp_path: Path, start: str
) -> None:
    build_at(engine, start)
    put_rows(engine, "PROBE")
    migrate_with_newer_program(engine, tmp_path, "0.3.0")

    with pytest.raises(migrate.SchemaTooNewError) as refused:
        migrate.ensure_schema(engine)
    assert (refused.value.revision, refused.value.program_version) == (LATER, "0.3.0")
    assert str(refused.value) == (
        f"Basis data ini dipakai oleh TKM Desktop versi 0.3.0 (revisi skema {LATER}), lebih "
        f"baru dari versi ini ({__version__}). Pasang TKM Desktop versi 0.3.0 atau yang lebih "
        "baru sebelum membukanya."
    )
    with pytest.raises(migrate.SchemaTooNewError, match=r"Pasang TKM Desktop versi 0\.3\.0"):
        open_database(db_url)
    assert migrate.schema_state(engine) == (LATER, HEAD)  # refused, not touched
    with engine.connect() as conn:
        assert rows_there(conn, "PROBE")


@pytest.mark.parametrize("missing", ["no-row", "no-table"])
def test_newer_schema_without_a_recorded_version_keeps_the_old_wording(
    engine: Engine, tmp_path: Path, missing: str
) -> None:
    build_at(engine, HEAD)
    migrate_with_newer_program(engine, tmp_path, "0.3.0", record=False)
    if missing == "no-table":
        # A later program may have dropped or renamed it; reading must not fail.
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE program_info"))

    with pytest.raises(migrate.SchemaTooNewError) as refused:
        migrate.ensure_schema(engine)
    assert refused.value.program_version is None
    assert str(refused.value) == (
        f"Basis data ini dipakai oleh versi TKM Desktop yang lebih baru (revisi {LATER}). "
        "Pasang versi terbaru sebelum membukanya."
    )


@pytest.mark.parametrize(
    ("recorded", "named"),
    [("0.3.0", True), ("1.0rc1", True), (__version__, False), ("0.0.9", False), ("?", False),
     (None, False)],
)  # fmt: skip
def test_only_a_later_release_is_named(recorded: str | None, named: bool) -> None:
    message = migrate.newer_program_message("Berkas ini dibuat", "9000", recorded, "dulu")
    assert (f"Pasang TKM Desktop versi {recorded} atau yang lebih baru dulu." in message) == named
    assert ("Pasang versi terbaru dulu." in message) != named


def test_database_of_another_program_is_refused(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE customers (id INTEGER PRIMARY KEY)"))

    with pytest.raises(migrate.ForeignDatabaseError, match="bukan buatan TKM Desktop"):
        migrate.ensure_schema(engine)
    with engine.connect() as conn:
        assert inspect(conn).get_table_names() == ["customers"]


# --- two clients at once ---------------------------------------------------------------


def test_two_clients_starting_at_once_migrate_once(db_url: str) -> None:
    databases = [Database(db_url), Database(db_url)]
    for database in databases:
        # Connect first: two connections switching a brand-new SQLite file to WAL at
        # the same moment can fail with "database is locked" (store.db's concern,
        # not the migration lock tested here).
        database.engine.connect().close()
    start = threading.Barrier(len(databases))
    results: list[object] = []

    def client(database: Database) -> None:
        start.wait()
        try:
            results.append(migrate.ensure_schema(database.engine).action)
        except Exception as exc:
            results.append(exc)

    threads = [threading.Thread(target=client, args=(d,)) for d in databases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for database in databases:
        database.dispose()

    assert sorted(map(str, results)) == ["created", "current"]


# --- the copy ----------------------------------------------------------------------------


def test_backup_copies_what_is_still_in_the_wal(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite3"
    live = sqlite3.connect(source)
    live.execute("PRAGMA journal_mode=WAL")
    live.execute("PRAGMA wal_autocheckpoint=0")  # the row stays in live.sqlite3-wal
    live.execute("CREATE TABLE t (x TEXT)")
    live.execute("INSERT INTO t VALUES ('kept')")
    live.commit()
    target = tmp_path / "copies" / "copy.sqlite3"
    try:
        migrate.sqlite_backup(source, target)
    finally:
        live.close()

    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT x FROM t").fetchall() == [("kept",)]
    finally:
        copy.close()
    assert not target.with_name("copy.sqlite3.part").exists()


def test_backup_name_never_overwrites(tmp_path: Path) -> None:
    now = dt.datetime(2024, 3, 5, 6, 7, 8, tzinfo=dt.UTC)
    first = migrate.backup_path(tmp_path, "0001", now)
    assert first.name == "tkm-before-0001-20240305T060708Z.sqlite3"
    first.touch()
    assert migrate.backup_path(tmp_path, "0001", now).name == (
        "tkm-before-0001-20240305T060708Z-2.sqlite3"
    )
