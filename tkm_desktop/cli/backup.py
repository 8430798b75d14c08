"""``backup`` and ``restore`` (issue 11)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from tkm_desktop.cli.core import EXIT_OK, AddCommand, Run, add_user_option, resolve_actor
from tkm_desktop.services.context import Actor
from tkm_desktop.services.i18n import register, tr

BACKUP_MESSAGES: dict[str, dict[str, str]] = {
    "cli.cmd.backup": {
        "id": "buat cadangan basis data SQLite (berkas .zip) selagi program tetap dipakai",
        "en": "back up the SQLite database (a .zip file) while the program stays in use",
    },
    "cli.cmd.restore": {
        "id": "pulihkan basis data dari berkas cadangan; basis data yang ada disalin ke "
        "folder backups lebih dahulu",
        "en": "restore the database from a backup; the current one is copied to the backups "
        "folder first",
    },
    "cli.opt.backup_out": {"id": "berkas cadangan yang ditulis (.zip), atau folder tujuannya",
                           "en": "the backup file to write (.zip), or the folder for it"},
    "cli.opt.restore_file": {"id": "berkas cadangan (.zip) atau salinan basis data (.sqlite3)",
                             "en": "a backup (.zip) or a copy of the database (.sqlite3)"},
    "cli.opt.keep_register": {
        "id": "pulihkan cadangan lama walau surat telah terbit sesudahnya: surat-surat itu "
        "dicatat sebagai dicabut dan nomornya tidak dipakai lagi",
        "en": "restore an older backup even though letters were issued after it: those "
        "letters are recorded as revoked and their numbers are never used again",
    },
    "cli.backup.done": {"id": "Cadangan ditulis: {path} ({size}, revisi skema {revision}).",
                        "en": "Backup written: {path} ({size}, schema revision {revision})."},
    "cli.restore.done": {"id": "Basis data dipulihkan dari {file} (revisi skema {revision}).",
                         "en": "Database restored from {file} (schema revision {revision})."},
    "cli.restore.made": {"id": "Cadangan itu dibuat {when} oleh TKM Desktop {version}.",
                         "en": "That backup was made {when} by TKM Desktop {version}."},
    "cli.restore.previous": {"id": "Basis data sebelumnya disimpan di {path}",
                             "en": "The previous database was kept in {path}"},
}  # fmt: skip
register(BACKUP_MESSAGES)


def _size_text(size: int) -> str:
    """'12,3 MB' (decimal comma, as an Indonesian office writes it)."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f}".replace(".", ",") + f" {unit}"
    return f"{size} B"


def cmd_backup(run: Run) -> int:
    """``backup -o FILE``: a zip of the SQLite database and its manifest."""
    from tkm_desktop.services.backup import create_backup, default_backup_name
    from tkm_desktop.services.permissions import BACKUP

    target = Path(run.args.output).expanduser()
    if target.is_dir():
        target = target / default_backup_name()
    with run.db.reader() as session:
        actor = resolve_actor(run, session, BACKUP, optional=True)
    result = create_backup(run.db, actor, target, demo=run.app().demo)
    run.out(run.tr("cli.backup.done", path=result.path, size=_size_text(result.size),
                   revision=result.manifest.schema_revision))  # fmt: skip
    return EXIT_OK


def cmd_restore(run: Run) -> int:
    """``restore FILE``: the current database is not migrated first (it may be the broken one)."""
    import datetime as dt

    from tkm_desktop.domain.dates import format_long
    from tkm_desktop.services.backup import restore_backup
    from tkm_desktop.services.permissions import RESTORE
    from tkm_desktop.store.db import Database, database_url, sqlite_url

    args, paths = run.args, run.paths.ensure()
    url = sqlite_url(paths.demo_db_file) if args.demo else database_url(args.db, paths.db_file)
    db = Database(url)
    try:
        if args.user:
            with db.reader() as session:
                actor = resolve_actor(run, session, RESTORE, optional=True)
        else:
            actor = Actor.anonymous("cli")
        backup_dir = paths.backup_dir / "demo" if args.demo else paths.backup_dir
        result = restore_backup(
            db,
            actor,
            Path(args.file),
            backup_dir=backup_dir,
            demo=args.demo,
            allow_register_rollback=args.keep_register,
        )
    finally:
        db.dispose()
    run.out(run.tr("cli.restore.done", file=result.source, revision=result.schema_revision))
    if result.manifest is not None:
        made = dt.datetime.fromisoformat(result.manifest.created_at).astimezone()
        when = f"{format_long(made.date())} {made:%H:%M}"
        run.out(run.tr("cli.restore.made", when=when, version=result.manifest.program_version))
    if result.safety_copy is not None:
        run.out(run.tr("cli.restore.previous", path=result.safety_copy))
    return EXIT_OK


def add_backup_commands(add: AddCommand, lang: str) -> None:
    """The parsers of ``backup`` and ``restore``; called from ``build_parser``."""
    t = partial(tr, lang=lang)
    p = add("backup", cmd_backup)
    p.add_argument("-o", "--output", metavar="FILE", required=True, help=t("cli.opt.backup_out"))
    add_user_option(p, lang, required=False)
    p = add("restore", cmd_restore)
    p.add_argument("file", metavar="FILE", help=t("cli.opt.restore_file"))
    p.add_argument("--keep-register", action="store_true", help=t("cli.opt.keep_register"))
    add_user_option(p, lang, required=False)
