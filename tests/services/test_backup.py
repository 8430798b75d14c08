"""Backup (zip with manifest) and restore of the SQLite database; refusals; PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

import tkm_desktop
from tkm_desktop.services import audit, backup
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.permissions import PermissionDenied
from tkm_desktop.store import migrate
from tkm_desktop.store.db import Database, sqlite_url
from tkm_desktop.store.models import AuditEvent, Letter, Office

CLI = Actor.anonymous("cli")
HEAD = migrate.script_directory().get_current_head()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def office_db(data_dir: Path) -> Iterator[Database]:
    db = open_database(sqlite_url(data_dir / "tkm.sqlite3"), backup_dir=data_dir / "backups")
    yield db
    db.dispose()


def set_office(db: Database, name: str) -> None:
    with db.session() as s:
        office = s.scalar(select(Office)) or Office()
        office.office_name = name
        s.add(office)


def office_name(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT office_name FROM office").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def make_zip(path: Path, manifest: dict[str, object] | None, database: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        if manifest is not None:
            zf.writestr(backup.MANIFEST, json.dumps(manifest))
        zf.writestr(backup.DATABASE_ENTRY, database)
    return path


# --- backup ---------------------------------------------------------------------------


def test_backup_is_a_zip_with_the_database_and_a_manifest(
    office_db: Database, tmp_path: Path
) -> None:
    set_office(office_db, "DINAS KETENAGAKERJAAN")
    result = backup.create_backup(office_db, CLI, tmp_path / "cadangan.zip")
    assert result.path == tmp_path / "cadangan.zip"
    assert not (tmp_path / "cadangan.zip.part").exists()
    with zipfile.ZipFile(result.path) as zf:
        assert sorted(zf.namelist()) == [backup.MANIFEST, backup.DATABASE_ENTRY]
        manifest = json.loads(zf.read(backup.MANIFEST))
        (tmp_path / "x.sqlite3").write_bytes(zf.read(backup.DATABASE_ENTRY))
    assert manifest["program"] == "TKM Desktop"
    assert manifest["program_version"] == tkm_desktop.__version__
    assert manifest["schema_revision"] == HEAD
    assert manifest["created_at"].endswith("+00:00")
    assert manifest["demo"] is False
    assert office_name(tmp_path / "x.sqlite3") == "DINAS KETENAGAKERJAAN"
    assert backup.read_backup(result.path) == result.manifest
    with office_db.reader() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "backup")).one()
    assert event.user_id is None and event.os_account == CLI.os_account
    assert event.after["file"] == str(result.path) and event.after["sha256"] == result.sha256


def test_backup_takes_what_is_still_in_the_wal(office_db: Database, tmp_path: Path) -> None:
    reader = sqlite3.connect(office_db.engine.url.database)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM office").fetchone()  # holds the WAL open
    try:
        set_office(office_db, "DI WAL SAJA")
        result = backup.create_backup(office_db, CLI, tmp_path / "b.zip")
    finally:
        reader.close()
    with zipfile.ZipFile(result.path) as zf:
        (tmp_path / "x.sqlite3").write_bytes(zf.read(backup.DATABASE_ENTRY))
    assert office_name(tmp_path / "x.sqlite3") == "DI WAL SAJA"


def test_backup_refuses_a_missing_folder_and_the_database_itself(office_db: Database) -> None:
    with pytest.raises(InputRefused, match="Folder tujuan tidak ada"):
        backup.create_backup(office_db, CLI, Path(office_db.engine.url.database).parent / "x/b.zip")
    with pytest.raises(InputRefused, match="di atas berkas basis data"):
        backup.create_backup(office_db, CLI, Path(office_db.engine.url.database))


def test_window_users_need_the_backup_permission(office_db: Database, tmp_path: Path) -> None:
    viewer = Actor("gui", "dewi", user_id=7, username="tamu", role="viewer")
    for actor in (viewer, Actor.anonymous("gui")):
        with pytest.raises(PermissionDenied):
            backup.create_backup(office_db, actor, tmp_path / "b.zip")
        with pytest.raises(PermissionDenied):
            backup.restore_backup(office_db, actor, tmp_path / "b.zip", backup_dir=tmp_path)
    assert not (tmp_path / "b.zip").exists()


# --- restore --------------------------------------------------------------------------


def test_restore_puts_the_backup_back_and_keeps_the_current_one(
    office_db: Database, data_dir: Path, tmp_path: Path
) -> None:
    set_office(office_db, "SEBELUM")
    made = backup.create_backup(office_db, CLI, tmp_path / "b.zip")
    set_office(office_db, "SESUDAH")

    result = backup.restore_backup(office_db, CLI, made.path, backup_dir=data_dir / "backups")
    assert result.manifest == made.manifest and result.schema_revision == HEAD
    assert result.safety_copy is not None and result.safety_copy.parent == data_dir / "backups"
    assert office_name(result.safety_copy) == "SESUDAH"
    assert not list(data_dir.glob("*.part"))
    db = open_database(office_db.url)  # the window opens it again after a restore
    try:
        with db.reader() as s:
            assert s.scalar(select(Office.office_name)) == "SEBELUM"
            event = s.scalars(select(AuditEvent).where(AuditEvent.action == "restore")).one()
            assert audit.verify_chain(s).ok
    finally:
        db.dispose()
    assert event.after["file"] == str(made.path)
    assert event.after["previous_copy"] == str(result.safety_copy)
    assert event.after["program_version"] == tkm_desktop.__version__


def test_restore_of_a_plain_database_copy(
    office_db: Database, data_dir: Path, tmp_path: Path
) -> None:
    set_office(office_db, "SALINAN")
    migrate.sqlite_backup(Path(office_db.engine.url.database), tmp_path / "salinan.sqlite3")
    set_office(office_db, "BARU")
    result = backup.restore_backup(
        office_db, CLI, tmp_path / "salinan.sqlite3", backup_dir=data_dir / "backups"
    )
    assert result.manifest is None
    assert office_name(data_dir / "tkm.sqlite3") == "SALINAN"


def test_restore_refuses_while_the_database_is_open_elsewhere(
    office_db: Database, data_dir: Path, tmp_path: Path
) -> None:
    made = backup.create_backup(office_db, CLI, tmp_path / "b.zip")
    set_office(office_db, "DIPAKAI")
    window = sqlite3.connect(data_dir / "tkm.sqlite3")  # another program on the same file
    window.execute("SELECT count(*) FROM office").fetchone()
    try:
        with pytest.raises(InputRefused, match="sedang dipakai"):
            backup.restore_backup(office_db, CLI, made.path, backup_dir=data_dir / "backups")
    finally:
        window.close()
    assert office_name(data_dir / "tkm.sqlite3") == "DIPAKAI"
    assert not list(data_dir.glob("*.part"))


def _database_bytes(db: Database, tmp_path: Path, revision: str | None = None) -> bytes:
    copy = tmp_path / "copy.sqlite3"
    migrate.sqlite_backup(Path(db.engine.url.database), copy)
    if revision is not None:
        conn = sqlite3.connect(copy)
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
        conn.close()
    return copy.read_bytes()


def _manifest_for(data: bytes, **changes: object) -> dict[str, object]:
    import hashlib

    return {
        "program": "TKM Desktop", "format": 1, "program_version": "0.1.0",
        "schema_revision": HEAD, "created_at": "2024-12-02T03:00:00+00:00",
        "database_sha256": hashlib.sha256(data).hexdigest(), "database_size": len(data),
        "demo": False, **changes,
    }  # fmt: skip


def test_backup_of_a_newer_program_is_refused_naming_its_version(
    office_db: Database, data_dir: Path, tmp_path: Path
) -> None:
    data = _database_bytes(office_db, tmp_path, revision="9001")
    newer = make_zip(tmp_path / "baru.zip", _manifest_for(data, program_version="2.3.0"), data)
    set_office(office_db, "TETAP")
    with pytest.raises(InputRefused) as refused:
        backup.restore_backup(office_db, CLI, newer, backup_dir=data_dir / "backups")
    message = str(refused.value)
    assert "TKM Desktop versi 2.3.0" in message and "revisi skema 9001" in message
    assert "Pasang TKM Desktop versi 2.3.0 atau yang lebih baru" in message
    assert office_name(data_dir / "tkm.sqlite3") == "TETAP"
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").iterdir())


def test_plain_file_of_a_newer_schema_is_refused_with_the_general_advice(
    office_db: Database, data_dir: Path, tmp_path: Path
) -> None:
    # Without a manifest nothing says which program made it.
    newer = tmp_path / "baru.sqlite3"
    newer.write_bytes(_database_bytes(office_db, tmp_path, revision="9001"))
    with pytest.raises(InputRefused) as refused:
        backup.restore_backup(office_db, CLI, newer, backup_dir=data_dir / "backups")
    assert str(refused.value) == (
        "Cadangan baru.sqlite3 dibuat oleh versi TKM Desktop yang lebih baru (revisi 9001). "
        "Pasang versi terbaru untuk memulihkannya."
    )


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda d, p: p.write_text("bukan cadangan"), "bukan berkas cadangan"),
        (lambda d, p: make_zip(p, None, d), "bukan berkas cadangan"),
        (lambda d, p: make_zip(p, _manifest_for(d, program="Lain"), d), "bukan berkas cadangan"),
        (lambda d, p: make_zip(p, _manifest_for(d, format=2, program_version="3.0"), d),
         "Pasang TKM Desktop versi 3.0"),
        (lambda d, p: make_zip(p, _manifest_for(d), d[:-10] + b"x" * 10), "rusak"),
        (lambda d, p: make_zip(p, _manifest_for(d, demo=True), d), "cadangan basis data DEMO"),
        (lambda d, p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100), "rusak"),
    ],
    ids=["text", "no-manifest", "other-program", "newer-format", "tampered", "demo", "broken"],
)  # fmt: skip
def test_unusable_files_are_refused_and_nothing_changes(
    office_db: Database, data_dir: Path, tmp_path: Path, build, message: str
) -> None:
    data = _database_bytes(office_db, tmp_path)
    source = tmp_path / "cadangan.zip"
    build(data, source)
    set_office(office_db, "TETAP")
    with pytest.raises(InputRefused, match=message):
        backup.restore_backup(office_db, CLI, source, backup_dir=data_dir / "backups")
    assert office_name(data_dir / "tkm.sqlite3") == "TETAP"
    assert not list(data_dir.glob("*.part"))


def test_missing_backup_file(office_db: Database, tmp_path: Path) -> None:
    with pytest.raises(InputRefused, match="tidak ada"):
        backup.restore_backup(office_db, CLI, tmp_path / "hilang.zip", backup_dir=tmp_path)


def test_demo_backup_restores_into_the_demo(office_db: Database, tmp_path: Path) -> None:
    made = backup.create_backup(office_db, CLI, tmp_path / "demo.zip", demo=True)
    assert made.manifest.demo
    result = backup.restore_backup(office_db, CLI, made.path, backup_dir=tmp_path, demo=True)
    assert result.manifest is not None and result.manifest.demo


def test_default_name_has_date_and_time() -> None:
    import datetime as dt

    moment = dt.datetime(2024, 12, 31, 8, 30, tzinfo=dt.UTC)
    name = backup.default_backup_name(moment)
    local = moment.astimezone()
    assert name == f"tkm-cadangan-{local:%Y%m%d-%H%M}.zip"


# --- PostgreSQL -----------------------------------------------------------------------


@pytest.mark.postgres
def test_server_database_is_the_servers_job(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    try:
        with pytest.raises(InputRefused, match="pg_dump"):
            backup.create_backup(db, CLI, tmp_path / "b.zip")
        with pytest.raises(InputRefused, match="pg_restore"):
            backup.restore_backup(db, CLI, tmp_path / "b.zip", backup_dir=tmp_path)
    finally:
        db.dispose()
    assert not (tmp_path / "b.zip").exists()


# --- the letter register across a restore ---------------------------------------------


def test_an_older_backup_never_gives_a_letter_number_out_twice(
    office_db: Database, data_dir: Path, tmp_path: Path
) -> None:
    import datetime as dt

    from tkm_desktop.services import letters
    from tkm_desktop.services.letter_register import REVOKED, verify_pdf
    from tkm_desktop.services.letter_sample import seed_sample

    now = dt.datetime(2024, 12, 22, 3, 0, tzinfo=dt.UTC)
    sample = seed_sample(office_db, groups=3, members=10)
    pejabat = Actor("cli", "tester", sample.users["pejabat"], "pejabat", "pejabat")
    first = letters.issue_letter(office_db, pejabat, sample.group_ids[:1], now=now)
    made = backup.create_backup(office_db, CLI, tmp_path / "lama.zip")
    lost = letters.issue_letter(office_db, pejabat, sample.group_ids[1:2], now=now)
    pdf = letters.reprint_letter(office_db, pejabat, lost.letter_id)[1]

    with pytest.raises(InputRefused) as refused:
        backup.restore_backup(office_db, CLI, made.path, backup_dir=data_dir / "backups")
    assert "1 surat" in str(refused.value) and lost.number in str(refused.value)
    assert "--keep-register" in str(refused.value)

    backup.restore_backup(
        office_db, CLI, made.path, backup_dir=data_dir / "backups",
        allow_register_rollback=True,
    )  # fmt: skip
    restored = open_database(sqlite_url(data_dir / "tkm.sqlite3"), backup_dir=tmp_path)
    try:
        verdict = verify_pdf(restored, pdf)
        assert verdict.status == REVOKED and "Dipulihkan dari cadangan" in verdict.reason
        again = letters.issue_letter(restored, pejabat, sample.group_ids[1:2], now=now)
        assert again.number not in (first.number, lost.number)
        with restored.reader() as s:
            serials = dict(s.execute(select(Letter.number, Letter.serial)).all())
        assert serials[again.number] > serials[lost.number] > serials[first.number]
    finally:
        restored.dispose()
