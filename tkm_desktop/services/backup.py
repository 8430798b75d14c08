"""Backup and restore of the office's SQLite database (``backup -o FILE``, ``restore FILE``).

A backup is a zip holding ``tkm.sqlite3`` (a consistent copy taken with SQLite's
online backup API, so clerks may keep working) and ``manifest.json`` (program version,
schema revision, time, checksum). Restore checks the file, refuses one made by a newer
schema, copies the current database to ``backups/`` and then puts the backup in its
place; the next start migrates an older one as usual. A PostgreSQL server is backed up
by the server's own tools (pg_dump): that is the office's job, not this program's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from tkm_desktop import __version__
from tkm_desktop.services import audit, permissions, restore_register
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store import migrate
from tkm_desktop.store.db import Database, describe_url, sqlite_url

log = logging.getLogger(__name__)

PROGRAM = "TKM Desktop"
FORMAT = 1  # of the zip's layout; a later layout is refused with the version that made it
MANIFEST = "manifest.json"
DATABASE_ENTRY = "tkm.sqlite3"
ENTITY = "database"
_ZIP_MAGIC = b"PK\x03\x04"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_REQUIRED_TABLES = {"alembic_version", "office", "scheme", "tkm_group", "audit_event"}


@dataclass(frozen=True)
class BackupManifest:
    program: str
    format: int
    program_version: str
    schema_revision: str
    created_at: str  # ISO 8601, UTC
    database_sha256: str
    database_size: int
    demo: bool = False


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    sha256: str
    manifest: BackupManifest


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    manifest: BackupManifest | None  # None for a plain SQLite file (e.g. a pre-upgrade copy)
    schema_revision: str
    safety_copy: Path | None  # the database as it was before, in backups/


def default_backup_name(now: dt.datetime | None = None) -> str:
    """'tkm-cadangan-20241231-1530.zip', in the PC's local time."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone()
    return f"tkm-cadangan-{moment:%Y%m%d-%H%M}.zip"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def sqlite_file(db: Database, verb: str = "dicadangkan") -> Path:
    """The database's file; InputRefused for a server or an in-memory database."""
    url = make_url(db.url)
    if url.get_backend_name() != "sqlite":
        tool = "pg_dump" if verb == "dicadangkan" else "pg_restore"
        raise InputRefused(
            f"Basis data ini berada di server {url.get_backend_name()} ({describe_url(db.url)}) "
            f"dan tidak {verb} oleh TKM Desktop. Cadangan server dibuat dan dipulihkan dengan "
            f"alat server itu sendiri ({tool}); itu tugas pengelola server kantor."
        )
    if not url.database or url.database == ":memory:":
        raise InputRefused("Basis data di memori tidak dapat dicadangkan atau dipulihkan.")
    return Path(url.database)


def _revision_of(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return row[0] if row else ""


# --- backup ---------------------------------------------------------------------------


def create_backup(db: Database, actor: Actor, target: Path, *, demo: bool = False) -> BackupResult:
    """Write a backup zip to ``target`` (``target.part`` first, then renamed); audited."""
    permissions.require(actor, permissions.BACKUP)
    source = sqlite_file(db)
    target = Path(target).expanduser()
    if not target.parent.is_dir():
        raise InputRefused(f"Folder tujuan tidak ada: {target.parent}")
    if target.resolve() == source.resolve():
        raise InputRefused("Cadangan tidak boleh ditulis di atas berkas basis data itu sendiri.")
    with tempfile.TemporaryDirectory(prefix="tkm-backup-") as work:
        copy = Path(work) / DATABASE_ENTRY
        migrate.sqlite_backup(source, copy)
        manifest = BackupManifest(
            program=PROGRAM,
            format=FORMAT,
            program_version=__version__,
            schema_revision=_revision_of(copy),
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            database_sha256=_sha256(copy),
            database_size=copy.stat().st_size,
            demo=demo,
        )
        part = target.with_name(target.name + ".part")
        try:
            with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
                zf.writestr(MANIFEST, json.dumps(asdict(manifest), indent=2))
                zf.write(copy, DATABASE_ENTRY)
            os.replace(part, target)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    result = BackupResult(target, target.stat().st_size, _sha256(target), manifest)
    with db.session() as session:
        audit.record(
            session, actor, "backup", ENTITY, "",
            after={"file": str(target), "sha256": result.sha256, "size": result.size,
                   "schema_revision": manifest.schema_revision},
        )  # fmt: skip
    log.info("backup written: revision %s, %d bytes", manifest.schema_revision, result.size)
    return result


# --- reading a backup -----------------------------------------------------------------


def _not_a_backup(source: Path) -> InputRefused:
    return InputRefused(f"{source.name} bukan berkas cadangan TKM Desktop.")


def _manifest(zf: zipfile.ZipFile, source: Path) -> BackupManifest:
    names = set(zf.namelist())
    if not {MANIFEST, DATABASE_ENTRY} <= names:
        raise _not_a_backup(source)
    try:
        data: dict[str, Any] = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise _not_a_backup(source) from None
    if not isinstance(data, dict) or data.get("program") != PROGRAM:
        raise _not_a_backup(source)
    version = str(data.get("program_version", "?"))
    if not isinstance(data.get("format"), int) or data["format"] > FORMAT:
        raise InputRefused(_newer_message(source, version, None))
    try:
        known = {k: data[k] for k in BackupManifest.__dataclass_fields__ if k in data}
        return BackupManifest(**known)
    except TypeError:
        raise _not_a_backup(source) from None


def _newer_message(source: Path, version: str | None, revision: str | None) -> str:
    # The same wording as a newer database met at start-up, but for the backup file.
    return migrate.newer_program_message(
        f"Cadangan {source.name} dibuat", revision, version, "untuk memulihkannya"
    )


def _extract(source: Path, into: Path) -> BackupManifest | None:
    """Put the backup's database at ``into``; its manifest (None for a plain SQLite file)."""
    try:
        with source.open("rb") as f:
            magic = f.read(16)
    except FileNotFoundError:
        raise InputRefused(f"Berkas cadangan tidak ada: {source}") from None
    if magic.startswith(_SQLITE_MAGIC):
        try:
            migrate.sqlite_backup(source, into)  # also takes what is still in a -wal beside it
        except sqlite3.DatabaseError:
            raise InputRefused(f"Berkas cadangan {source.name} rusak.") from None
        finally:
            into.with_name(into.name + ".part").unlink(missing_ok=True)
        return None
    if not magic.startswith(_ZIP_MAGIC) or not zipfile.is_zipfile(source):
        raise _not_a_backup(source)
    with zipfile.ZipFile(source) as zf:
        manifest = _manifest(zf, source)
        digest = hashlib.sha256()
        with zf.open(DATABASE_ENTRY) as src, into.open("wb") as dst:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                dst.write(chunk)
    if digest.hexdigest() != manifest.database_sha256:
        raise InputRefused(f"Berkas cadangan {source.name} rusak (sidik isinya tidak cocok).")
    return manifest


def _check_database(path: Path, source: Path, manifest: BackupManifest | None) -> str:
    """The schema revision of an extracted database, after checking it is ours and whole."""
    try:
        conn = sqlite3.connect(path)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            conn.execute("PRAGMA journal_mode=DELETE")  # one file, nothing beside it
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise InputRefused(f"Berkas cadangan {source.name} rusak.") from None
    if ok != "ok":
        raise InputRefused(f"Basis data dalam cadangan {source.name} rusak ({ok}).")
    if not tables >= _REQUIRED_TABLES:
        raise _not_a_backup(source)
    revision = _revision_of(path)
    known = {s.revision for s in migrate.script_directory().walk_revisions()}
    if revision not in known:
        version = manifest.program_version if manifest else None
        raise InputRefused(_newer_message(source, version, revision))
    return revision


def read_backup(source: Path) -> BackupManifest | None:
    """Check a backup without restoring it (for the screen to show what it holds)."""
    with tempfile.TemporaryDirectory(prefix="tkm-restore-") as work:
        into = Path(work) / DATABASE_ENTRY
        manifest = _extract(Path(source), into)
        _check_database(into, Path(source), manifest)
    return manifest


# --- restore --------------------------------------------------------------------------


def _in_use(target: Path) -> InputRefused:
    return InputRefused(
        f"Basis data sedang dipakai ({target}). Tutup semua jendela TKM Desktop yang "
        "memakainya, lalu ulangi pemulihan."
    )


def _safety_copy(current: Path, backup_dir: Path) -> Path | None:
    if not current.exists():
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"tkm-before-restore-{stamp}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = backup_dir / f"tkm-before-restore-{stamp}-{n}.sqlite3"
    try:
        migrate.sqlite_backup(current, target)
    except sqlite3.DatabaseError:
        # Not readable as a database (the reason to restore, often): keep its bytes as they are.
        target.with_name(target.name + ".part").unlink(missing_ok=True)
        part = target.with_name(target.name + ".part")
        shutil.copyfile(current, part)
        os.replace(part, target)
    return target


def _exclusive(target: Path) -> sqlite3.Connection | None:
    """A connection holding the only lock on ``target``; None when it is no database at all."""
    conn = sqlite3.connect(target, timeout=0.5, isolation_level=None)
    try:
        # Leaving WAL mode needs the only connection; it also folds the -wal into the file.
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise _in_use(target)
        conn.execute("BEGIN EXCLUSIVE")  # nobody opens the old file while it is replaced
        return conn
    except sqlite3.OperationalError:  # locked
        conn.close()
        raise _in_use(target) from None
    except sqlite3.DatabaseError:  # not a database: nobody can be using it as one
        conn.close()
        return None
    except BaseException:
        conn.close()
        raise


def _replace(ready: Path, target: Path) -> None:
    try:
        os.replace(ready, target)
    except PermissionError:  # Windows: another program has the file open
        raise _in_use(target) from None


def _swap(ready: Path, target: Path) -> None:
    """Put ``ready`` in place of ``target``, refusing while another program has it open."""
    conn = _exclusive(target) if target.exists() else None
    try:
        if conn is not None and os.name == "nt":
            conn.close()  # Windows cannot rename over a file that is open
        _replace(ready, target)
    finally:
        if conn is not None:
            conn.close()
    for leftover in (target.with_name(target.name + s) for s in ("-wal", "-shm")):
        leftover.unlink(missing_ok=True)


def restore_backup(
    db: Database, actor: Actor, source: Path, *, backup_dir: Path, demo: bool = False,
    allow_register_rollback: bool = False,
) -> RestoreResult:  # fmt: skip
    """Replace the database with a backup (zip, or a plain copy such as a pre-upgrade one).

    ``db`` is disposed: the window closes its work first and opens the database again
    afterwards. The current database goes to ``backup_dir`` before it is replaced; the
    restore is audited in the restored database. A backup that lacks letters issued since
    it was made is refused, unless ``allow_register_rollback``: then those numbers are kept
    in the restored register as revoked, so none is issued twice (see ``restore_register``).
    """
    permissions.require(actor, permissions.RESTORE)
    target = sqlite_file(db, "dipulihkan")
    source = Path(source).expanduser()
    ready = target.with_name(target.name + ".restore.part")
    ready.unlink(missing_ok=True)
    try:
        manifest = _extract(source, ready)
        if manifest is not None and manifest.demo and not demo:
            raise InputRefused(
                f"{source.name} adalah cadangan basis data DEMO; tidak dipulihkan ke basis "
                "data kantor."
            )
        revision = _check_database(ready, source, manifest)
        current = restore_register.read_register(target)
        lost = restore_register.lost_letters(current, restore_register.read_register(ready))
        if lost and not allow_register_rollback:
            raise InputRefused(restore_register.refusal(source, lost))
        copy = _safety_copy(target, backup_dir)
        db.dispose()
        _swap(ready, target)
    finally:
        ready.unlink(missing_ok=True)
    log.info("database restored: revision %s; previous copy %s", revision, copy)
    kept = current if allow_register_rollback else None
    _record_restore(target, backup_dir, actor, source, manifest, revision, copy, kept)
    return RestoreResult(source, manifest, revision, copy)


def _record_restore(
    target: Path, backup_dir: Path, actor: Actor, source: Path,
    manifest: BackupManifest | None, revision: str, copy: Path | None,
    kept: restore_register.Register | None = None,
) -> None:  # fmt: skip
    """Open the restored database (migrating an older one) and audit the restore in it."""
    from tkm_desktop.services.bootstrap import open_database
    from tkm_desktop.services.users import find_user

    restored = open_database(sqlite_url(target), backup_dir=backup_dir)
    try:
        with restored.session() as session:
            # The restored database has its own accounts: name the person, link only a match.
            user = find_user(session, actor.username) if actor.username else None
            who = Actor(
                actor.channel, actor.os_account,
                user.id if user else None, actor.username, user.role if user else actor.role,
            )  # fmt: skip
            revoked = restore_register.keep_register(session, kept) if kept is not None else []
            audit.record(
                session, who, "restore", ENTITY, "",
                after={"file": str(source), "sha256": _sha256(source),
                       "program_version": manifest.program_version if manifest else None,
                       "backup_created_at": manifest.created_at if manifest else None,
                       "schema_revision": revision,
                       "previous_copy": str(copy) if copy else None,
                       "register_kept_as_revoked": revoked},
            )  # fmt: skip
    finally:
        restored.dispose()
