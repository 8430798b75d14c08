"""The command line: ``tkm-desktop [global options] [COMMAND ...]`` (DESIGN.md, fixed contract).

To add a command:

1. write its handler ``def cmd_NAME(run: Run) -> int`` in the "Commands" section
   (``run.args`` holds the parsed options; raise ``InputRefused`` to refuse input,
   ``UsageError`` for a wrong combination of options);
2. add its parser in ``build_parser``: ``p = add("NAME", cmd_NAME)`` then
   ``p.add_argument(...)``;
3. add its help text to ``MESSAGES`` as ``"cli.cmd.NAME"`` (and any messages it prints).

Exit codes: 0 done, 1 input refused, 2 usage error, 3 internal error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tkm_desktop import __version__, applog
from tkm_desktop.domain.status import GroupStatus, label
from tkm_desktop.paths import DataPaths, data_paths
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused, refusal_reasons
from tkm_desktop.services.i18n import DEFAULT_LANG, LANGS, register, tr

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tkm_desktop.services.bootstrap import AppContext
    from tkm_desktop.store.db import Database

PROG = "tkm-desktop"
EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

log = logging.getLogger(__name__)

MESSAGES: dict[str, dict[str, str]] = {
    # Parser texts.
    "cli.description": {
        "id": "TKM Desktop: verifikasi, rekomendasi dan pelaporan kelompok TKM. "
        "Tanpa PERINTAH, jendela aplikasi dibuka.",
        "en": "TKM Desktop: vetting, recommending and reporting TKM groups. "
        "Without a COMMAND the application window opens.",
    },
    "cli.usage": {"id": "Penggunaan: ", "en": "usage: "},
    "cli.error": {"id": "kesalahan", "en": "error"},
    "cli.options": {"id": "opsi", "en": "options"},
    "cli.arguments": {"id": "argumen", "en": "arguments"},
    "cli.commands": {"id": "perintah", "en": "commands"},
    "cli.opt.help": {"id": "tampilkan bantuan ini lalu keluar", "en": "show this help and exit"},
    "cli.opt.version": {"id": "tampilkan versi lalu keluar", "en": "show the version and exit"},
    "cli.opt.data_dir": {
        "id": "folder data (basis data, lampiran, cadangan, log); bawaan: TKM_DATA_DIR "
        "atau folder data pengguna",
        "en": "data folder (database, attachments, backups, logs); default: TKM_DATA_DIR "
        "or the user data folder",
    },
    "cli.opt.db": {
        "id": "alamat basis data lain (bawaan: TKM_DATABASE_URL atau berkas SQLite di "
        "folder data), mis. postgresql+psycopg://server/tkm",
        "en": "another database (default: TKM_DATABASE_URL or the SQLite file in the data "
        "folder), e.g. postgresql+psycopg://server/tkm",
    },
    "cli.opt.lang": {"id": "bahasa pesan: id atau en", "en": "language of messages: id or en"},
    "cli.opt.demo": {"id": "pakai basis data demo", "en": "use the demo database"},
    "cli.opt.debug": {
        "id": "catat rincian dan tampilkan traceback di stderr",
        "en": "log details and show tracebacks on stderr",
    },
    "cli.opt.json": {
        "id": "cetak satu dokumen JSON di stdout",
        "en": "print one JSON document on stdout",
    },
    "cli.opt.status": {"id": "hanya kelompok berstatus ini", "en": "only groups in this status"},
    "cli.cmd.demo": {
        "id": "buat (ulang) basis data demo berisi contoh kantor",
        "en": "create (or re-create) the demo database with a sample office",
    },
    "cli.cmd.groups": {"id": "daftar kelompok", "en": "list the groups"},
    # Outcomes and errors.
    "cli.bad_status": {
        "id": "status tidak dikenal: {value!r}; pilihan: {choices}",
        "en": "unknown status: {value!r}; choose from: {choices}",
    },
    "cli.demo_with_db": {
        "id": "--db tidak dapat dipakai dengan perintah demo: basis data demo selalu "
        "berada di folder data",
        "en": "--db cannot be used with the demo command: the demo database always "
        "lives in the data folder",
    },
    "cli.demo_and_db": {
        "id": "--demo dan --db tidak dapat dipakai bersamaan",
        "en": "--demo and --db cannot be used together",
    },
    "cli.demo_in_use": {
        "id": "Basis data demo sedang dipakai ({path}). Tutup jendela TKM Desktop yang "
        "memakainya, lalu ulangi.",
        "en": "The demo database is in use ({path}). Close the TKM Desktop window using "
        "it, then try again.",
    },
    "cli.demo_done": {
        "id": "Basis data demo dibuat: {path} ({groups} kelompok, {members} anggota)",
        "en": "Demo database created: {path} ({groups} groups, {members} members)",
    },
    "cli.data_dir_unusable": {
        "id": "Folder data tidak dapat dipakai: {path} ({reason})",
        "en": "The data folder cannot be used: {path} ({reason})",
    },
    "cli.refused": {"id": "Ditolak:", "en": "Refused:"},
    "cli.interrupted": {"id": "Dihentikan.", "en": "Stopped."},
    "cli.internal": {
        "id": "Kesalahan internal: {error}. Rincian di log: {log}",
        "en": "Internal error: {error}. Details in the log: {log}",
    },
    "cli.groups.none": {"id": "Belum ada kelompok.", "en": "No groups yet."},
    "cli.groups.total": {"id": "Jumlah: {n} kelompok", "en": "Total: {n} groups"},
    "cli.col.no": {"id": "No", "en": "No"},
    "cli.col.name": {"id": "Nama Kelompok", "en": "Group name"},
    "cli.col.scheme": {"id": "Skema", "en": "Scheme"},
    "cli.col.status": {"id": "Status", "en": "Status"},
    "cli.col.members": {"id": "Anggota", "en": "Members"},
    "cli.col.kelurahan": {"id": "Kelurahan", "en": "Kelurahan"},
    "cli.col.kecamatan": {"id": "Kecamatan", "en": "Kecamatan"},
}
register(MESSAGES)

# argparse's own messages, in Indonesian; the rest of such a message stays as argparse wrote it.
_ARGPARSE_ID = [
    ("the following arguments are required", "argumen berikut wajib diisi"),
    ("unrecognized arguments", "argumen tidak dikenal"),
    ("invalid choice", "pilihan tidak sah"),
    ("choose from", "pilihan"),
    ("expected one argument", "memerlukan satu nilai"),
    ("expected at least one argument", "memerlukan sedikitnya satu nilai"),
    ("not allowed with argument", "tidak boleh bersama argumen"),
    ("ambiguous option", "opsi ambigu"),
    ("could match", "bisa berarti"),
    ("invalid int value", "bukan bilangan bulat"),
    ("invalid float value", "bukan bilangan"),
    ("argument ", "argumen "),
]


class UsageError(Exception):
    """A wrong combination of options, found after parsing: exit code 2."""


@dataclass
class Run:
    """One run of a command: its options, language, data folder and (lazily) the database."""

    args: argparse.Namespace
    lang: str
    paths: DataPaths
    log_file: Path
    _app: AppContext | None = field(default=None, repr=False)

    def tr(self, key: str, **kw: object) -> str:
        return tr(key, self.lang, **kw)

    def app(self) -> AppContext:
        """The application context on the database the global options name (opened once)."""
        if self._app is None:
            from tkm_desktop.services.bootstrap import open_app  # SQLAlchemy, Alembic: slow

            self._app = open_app(**app_options(self.args))
        return self._app

    @property
    def db(self) -> Database:
        return self.app().db

    def actor(self, session: Session) -> Actor:
        """Who acts: the ``--user`` the command was given (checked), else just the OS account."""
        name = getattr(self.args, "user", None)
        if not name:
            return Actor.anonymous("cli")
        from tkm_desktop.services.users import actor_for  # argon2 only when needed

        return actor_for(session, name, "cli")

    def out(self, text: str = "") -> None:
        print(text, file=sys.stdout)

    def err(self, text: str) -> None:
        print(text, file=sys.stderr)

    def print_json(self, document: Any) -> None:
        """The one JSON document a ``--json`` command prints (ASCII, safe on any console)."""
        print(json.dumps(document, indent=2), file=sys.stdout)

    def close(self) -> None:
        if self._app is not None:
            self._app.close()
            self._app = None


def app_options(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of ``bootstrap.open_app`` that the global options give."""
    return {
        "data_dir": args.data_dir,
        "db_url": args.db,
        "demo": args.demo,
        "lang": args.lang or DEFAULT_LANG,
    }


# --- Commands ----------------------------------------------------------------------------


def open_window(run: Run) -> int:
    """No command: open the application window (``--demo``: creating the demo on first use).

    The window opens the database itself, on a worker thread behind the sign-in dialog
    (``gui.start``); what fails there is raised here for the message and the exit code.
    """
    import gc

    if run.args.demo and not run.paths.demo_db_file.exists():
        create_demo(run)
    # Loading the modules allocates much and frees nothing: the cyclic collector's passes
    # over the growing heap would be a tenth of the start.
    gc.disable()
    try:
        from tkm_desktop.gui.app import run_window  # Qt is imported only when a window opens.
    finally:
        gc.enable()
    return run_window(app_options(run.args), lang=run.args.lang)


def smoke_test(run: Run) -> int:
    """Hidden ``--smoke-test``: the frozen build's self-check (implemented in the gui)."""
    from tkm_desktop.gui.app import smoke_test as gui_smoke_test

    return gui_smoke_test(app_options(run.args))


def cmd_demo(run: Run) -> int:
    """Create (or re-create) the demo database in the data folder; never the office's one."""
    if run.args.db:
        raise UsageError(run.tr("cli.demo_with_db"))
    create_demo(run)
    return EXIT_OK


def create_demo(run: Run) -> None:
    """Build the demo database beside the real one: in a ``.part`` file, then renamed over."""
    from tkm_desktop.services.bootstrap import open_database
    from tkm_desktop.services.demo import populate_demo
    from tkm_desktop.store.db import sqlite_url

    target = run.paths.ensure().demo_db_file
    part = target.with_name(target.name + ".part")
    _remove_sqlite_files(part, run)
    db = open_database(sqlite_url(part), backup_dir=run.paths.backup_dir / "demo")
    try:
        summary = populate_demo(db)
        _make_self_contained(db)
    finally:
        db.dispose()
    _remove_sqlite_files(target, run)
    os.replace(part, target)
    log.info("demo database created: groups=%d members=%d", summary.groups, summary.members)
    run.out(run.tr("cli.demo_done", path=target, groups=summary.groups, members=summary.members))


def _make_self_contained(db: Database) -> None:
    # Leaving WAL mode folds the -wal file into the database, so renaming the one
    # file moves all of it; SQLite refuses (answers "wal") while another connection is open.
    raw = db.engine.raw_connection()
    try:
        mode = raw.cursor().execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    finally:
        raw.close()
    if str(mode).lower() != "delete":
        raise RuntimeError(f"demo database still in use (journal mode {mode})")


def _remove_sqlite_files(db_file: Path, run: Run) -> None:
    for path in (db_file, *(db_file.with_name(db_file.name + s) for s in ("-wal", "-shm"))):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:  # Windows: another process (a window) has it open
            raise InputRefused(run.tr("cli.demo_in_use", path=db_file)) from exc


def cmd_groups(run: Run) -> int:
    """List the groups, as a table or as JSON."""
    from tkm_desktop.services.groups import list_groups

    with run.db.reader() as session:
        rows = list_groups(session, status=run.args.status)
    if run.args.json:
        run.print_json({"groups": [dataclasses.asdict(row) for row in rows]})
        return EXIT_OK
    if not rows:
        run.out(run.tr("cli.groups.none"))
        return EXIT_OK
    keys = ("no", "name", "scheme", "status", "members", "kelurahan", "kecamatan")
    table = [
        [str(i), r.name, r.scheme, label(r.status, run.lang), str(r.members), r.kelurahan,
         r.kecamatan]
        for i, r in enumerate(rows, start=1)
    ]  # fmt: skip
    header = [run.tr(f"cli.col.{k}") for k in keys]
    for line in format_table(header, table, right=(0, 4)):
        run.out(line)
    run.out()
    run.out(run.tr("cli.groups.total", n=len(rows)))
    return EXIT_OK


def format_table(header: list[str], rows: list[list[str]], right: Sequence[int] = ()) -> list[str]:
    """Plain-text columns, padded to the widest cell; columns in ``right`` aligned right."""
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        padded = [
            cell.rjust(w) if i in right else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(padded).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


# --- Users and history (issue 3) --------------------------------------------------------

USER_MESSAGES: dict[str, dict[str, str]] = {
    "cli.cmd.user": {"id": "kelola pengguna dan perannya", "en": "manage users and their roles"},
    "cli.cmd.user.add": {"id": "tambah pengguna", "en": "add a user"},
    "cli.cmd.user.list": {"id": "daftar pengguna", "en": "list the users"},
    "cli.cmd.user.deactivate": {"id": "nonaktifkan pengguna", "en": "deactivate a user"},
    "cli.cmd.user.activate": {"id": "aktifkan kembali pengguna", "en": "reactivate a user"},
    "cli.cmd.user.role": {"id": "ubah peran pengguna", "en": "change a user's role"},
    "cli.cmd.user.password": {
        "id": "atur ulang kata sandi pengguna",
        "en": "reset a user's password",
    },
    "cli.cmd.history": {
        "id": "riwayat perubahan kelompok dari jejak audit",
        "en": "a group's history from the audit trail",
    },
    "cli.opt.user": {
        "id": "pengguna yang menjalankan perintah (perannya diperiksa)",
        "en": "the user running the command (their role is checked)",
    },
    "cli.opt.user_optional": {
        "id": "pengguna yang menjalankan perintah; tanpa opsi ini akun sistem operasi dicatat",
        "en": "the user running the command; without it the operating-system account is recorded",
    },
    "cli.opt.user_admin": {
        "id": "admin yang menambahkan (tidak perlu untuk pengguna pertama)",
        "en": "the admin adding the user (not needed for the very first user)",
    },
    "cli.opt.role": {"id": "peran: {choices}", "en": "role: {choices}"},
    "cli.opt.display_name": {"id": "nama lengkap untuk tampilan", "en": "full name to show"},
    "cli.opt.password_stdin": {
        "id": "baca kata sandi dari baris pertama stdin",
        "en": "read the password from the first line of stdin",
    },
    "cli.opt.verify": {
        "id": "periksa seluruh rantai audit; kode keluar 1 bila rusak",
        "en": "check the whole audit chain; exit code 1 when broken",
    },
    "cli.user_required": {
        "id": "perintah ini memerlukan --user NAMA (pengguna yang berwenang)",
        "en": "this command needs --user NAME (a user allowed to do it)",
    },
    "cli.user_add_required": {
        "id": "sudah ada pengguna: --user ADMIN wajib untuk menambah pengguna",
        "en": "users exist already: adding a user needs --user ADMIN",
    },
    "cli.password.prompt": {"id": "Kata sandi baru: ", "en": "New password: "},
    "cli.password.again": {"id": "Ulangi kata sandi: ", "en": "Repeat the password: "},
    "cli.password.mismatch": {
        "id": "Kedua kata sandi yang diketik tidak sama.",
        "en": "The two passwords typed differ.",
    },
    "cli.password.empty": {
        "id": "Tidak ada kata sandi di stdin.",
        "en": "No password on stdin.",
    },
    "cli.password.no_tty": {
        "id": "Kata sandi tidak dapat ditanyakan karena tidak ada terminal; "
        "kirim kata sandi lewat stdin dengan --password-stdin.",
        "en": "The password cannot be asked for without a terminal; "
        "send it on stdin with --password-stdin.",
    },
    "cli.user.added": {
        "id": "Pengguna '{name}' ({role}) ditambahkan.",
        "en": "User '{name}' ({role}) added.",
    },
    "cli.user.changed": {
        "id": "Pengguna '{name}': {what}.",
        "en": "User '{name}': {what}.",
    },
    "cli.user.none": {"id": "Belum ada pengguna.", "en": "No users yet."},
    "cli.user.active": {"id": "Aktif", "en": "Active"},
    "cli.user.inactive": {"id": "Nonaktif", "en": "Inactive"},
    "cli.col.username": {"id": "Nama Pengguna", "en": "Username"},
    "cli.col.display_name": {"id": "Nama", "en": "Name"},
    "cli.col.role": {"id": "Peran", "en": "Role"},
    "cli.col.active": {"id": "Status", "en": "Status"},
    "cli.history.none": {
        "id": "Belum ada catatan untuk kelompok {group_id}.",
        "en": "No events for group {group_id} yet.",
    },
    "cli.history.unknown_group": {
        "id": "Kelompok dengan nomor {group_id} tidak ada.",
        "en": "There is no group number {group_id}.",
    },
    "cli.history.nobody": {"id": "(tanpa pengguna)", "en": "(no user)"},
    "cli.history.chain_ok": {
        "id": "Rantai audit utuh: {n} kejadian diperiksa. Sidik terakhir: #{head_id} {head}",
        "en": "Audit chain intact: {n} events checked. Last hash: #{head_id} {head}",
    },
    "cli.history.chain_broken": {
        "id": "Rantai audit RUSAK: {k} temuan pada {n} kejadian.",
        "en": "Audit chain BROKEN: {k} problems in {n} events.",
    },
    "cli.history.break": {"id": "kejadian #{id}: {reason}", "en": "event #{id}: {reason}"},
}
register(USER_MESSAGES)


def resolve_actor(run: Run, session: Session, action: str, *, optional: bool = False) -> Actor:
    """The actor of a writing command, allowed to do ``action`` (services.permissions).

    Without ``--user`` the OS account acts when ``optional`` (and the table allows the
    action without a user); otherwise a missing ``--user`` is a usage error (exit 2).
    """
    from tkm_desktop.services.permissions import require

    if not getattr(run.args, "user", None) and not optional:
        raise UsageError(run.tr("cli.user_required"))
    actor = run.actor(session)
    require(actor, action)
    return actor


def add_user_option(parser: argparse.ArgumentParser, lang: str, *, required: bool) -> None:
    """``--user NAME`` on a writing command (required, or optional with the OS account)."""
    key = "cli.opt.user" if required else "cli.opt.user_optional"
    parser.add_argument("--user", metavar="NAME", required=required, help=tr(key, lang))


def _read_new_password(run: Run) -> str:
    """From stdin with ``--password-stdin``, else typed twice at a terminal."""
    import getpass

    if run.args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InputRefused(run.tr("cli.password.empty"))
        return password
    if not sys.stdin.isatty():
        raise InputRefused(run.tr("cli.password.no_tty"))
    first = getpass.getpass(run.tr("cli.password.prompt"))
    if getpass.getpass(run.tr("cli.password.again")) != first:
        raise InputRefused(run.tr("cli.password.mismatch"))
    return first


def cmd_user_add(run: Run) -> int:
    """Add a user; the very first one needs no ``--user`` and must be an admin."""
    from tkm_desktop.domain.status import role_label
    from tkm_desktop.services import users

    args = run.args
    users.check_username(args.name)  # refused before a password is typed
    users.check_role(args.role)
    with run.db.reader() as session:
        first = users.count_users(session) == 0
    if not first and not args.user:
        raise UsageError(run.tr("cli.user_add_required"))
    password = _read_new_password(run)
    with run.db.session() as session:
        # create_user checks the role itself: anyone for the very first user, else an admin.
        actor = run.actor(session) if args.user else Actor.anonymous("cli")
        user = users.create_user(
            session, actor, args.name, args.role, password, args.display_name or ""
        )
        name, role = user.username, user.role
    run.out(run.tr("cli.user.added", name=name, role=role_label(role, run.lang)))
    return EXIT_OK


def cmd_user_list(run: Run) -> int:
    from tkm_desktop.domain.status import role_label
    from tkm_desktop.services.users import list_users

    with run.db.reader() as session:
        rows = list_users(session)
    if run.args.json:
        keys = ("username", "display_name", "role", "active")
        run.print_json({"users": [{k: getattr(r, k) for k in keys} for r in rows]})
        return EXIT_OK
    if not rows:
        run.out(run.tr("cli.user.none"))
        return EXIT_OK
    header = [run.tr(f"cli.col.{k}") for k in ("username", "display_name", "role", "active")]
    table = [
        [r.username, r.display_name, role_label(r.role, run.lang),
         run.tr("cli.user.active" if r.active else "cli.user.inactive")]
        for r in rows
    ]  # fmt: skip
    for line in format_table(header, table):
        run.out(line)
    return EXIT_OK


def cmd_user_change(run: Run) -> int:
    """``user deactivate|activate|role|password NAME``: an admin changes an account."""
    from tkm_desktop.services import audit, permissions, users

    args = run.args
    password = _read_new_password(run) if args.user_command == "password" else None
    with run.db.session() as session:
        actor = resolve_actor(run, session, permissions.MANAGE_USERS)
        if args.user_command == "deactivate":
            user, action = users.deactivate_user(session, actor, args.name), "deactivate"
        elif args.user_command == "activate":
            user, action = users.reactivate_user(session, actor, args.name), "reactivate"
        elif args.user_command == "role":
            user, action = users.set_role(session, actor, args.name, args.role), "set_role"
        else:
            assert password is not None
            user = users.reset_password(session, actor, args.name, password)
            action = "reset_password"
        name = user.username
    run.out(run.tr("cli.user.changed", name=name, what=audit.action_label(action)))
    return EXIT_OK


def cmd_history(run: Run) -> int:
    """A group's audit events in order; ``--verify`` checks the whole chain too."""
    from tkm_desktop.services import audit
    from tkm_desktop.store.models import Group

    group_id = run.args.group_id
    with run.db.reader() as session:
        entries = audit.history(session, group_id)
        if not entries and session.get(Group, group_id) is None:
            raise InputRefused(run.tr("cli.history.unknown_group", group_id=group_id))
        report = audit.verify_chain(session) if run.args.verify else None
    if run.args.json:
        document: dict[str, Any] = {
            "group_id": group_id,
            "events": [_history_json(e) for e in entries],
        }
        if report is not None:
            document["chain"] = dataclasses.asdict(report)
        run.print_json(document)
    else:
        _print_history(run, group_id, entries)
        if report is not None:
            _print_chain(run, report)
    return EXIT_OK if report is None or report.ok else EXIT_REFUSED


def _history_json(entry: Any) -> dict[str, Any]:
    return {
        "id": entry.id,
        "occurred_at": entry.occurred_at.isoformat(timespec="microseconds"),
        "local_time": entry.occurred_at.astimezone().isoformat(timespec="seconds"),
        "user": entry.username,
        "user_id": entry.user_id,
        "channel": entry.channel,
        "os_account": entry.os_account,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "before": entry.before,
        "after": entry.after,
        "changes": [{"field": c.field, "from": c.before, "to": c.after} for c in entry.changes],
    }


def _show_value(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _print_history(run: Run, group_id: int, entries: list[Any]) -> None:
    from tkm_desktop.services.audit import action_label, entity_label

    if not entries:
        run.out(run.tr("cli.history.none", group_id=group_id))
    for e in entries:
        # The office's PCs keep the office's time zone: local time is the office's time.
        when = e.occurred_at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
        who = e.username or run.tr("cli.history.nobody")
        what = f"{action_label(e.action)} {entity_label(e.entity)}"
        target = f" #{e.entity_id}" if e.entity_id else ""
        run.out(f"{when}  {who} ({e.channel}, OS: {e.os_account or '-'})  {what}{target}")
        for change in e.changes:
            old, new = _show_value(change.before), _show_value(change.after)
            run.out(f"    {change.field}: {old} → {new}")


def _print_chain(run: Run, report: Any) -> None:
    run.out()
    if report.ok:
        run.out(run.tr("cli.history.chain_ok", n=report.events, head_id=report.head_id or "-",
                       head=report.head_hash or "-"))  # fmt: skip
        return
    run.out(run.tr("cli.history.chain_broken", k=len(report.breaks), n=report.events))
    for item in report.breaks:
        run.out("  " + run.tr("cli.history.break", id=item.event_id, reason=item.reason))


def add_user_and_history_commands(
    add: Callable[[str, Callable[[Run], int]], argparse.ArgumentParser], lang: str
) -> None:
    """The parsers of ``user …`` and ``history``; called from ``build_parser``."""
    from tkm_desktop.domain.status import Role

    t = partial(tr, lang=lang)
    roles = [r.value for r in Role]
    role_help = t("cli.opt.role", choices=", ".join(roles))

    user = add("user", cmd_user_list)
    verbs = user.add_subparsers(title=t("cli.commands"), metavar="SUBCOMMAND",
                                dest="user_command", required=True)  # fmt: skip

    def verb(name: str, handler: Callable[[Run], int]) -> argparse.ArgumentParser:
        text = t(f"cli.cmd.user.{name}")
        sub = verbs.add_parser(name, help=text, description=text, lang=lang)
        sub.set_defaults(handler=handler)
        return sub

    p = verb("add", cmd_user_add)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", metavar="ROLE", required=True, choices=roles, help=role_help)
    p.add_argument("--password-stdin", action="store_true", help=t("cli.opt.password_stdin"))
    p.add_argument("--display-name", metavar="TEXT", help=t("cli.opt.display_name"))
    # Required except for the very first user, which cmd_user_add checks.
    p.add_argument("--user", metavar="ADMIN", help=t("cli.opt.user_admin"))

    p = verb("list", cmd_user_list)
    p.add_argument("--json", action="store_true", help=t("cli.opt.json"))

    for name in ("deactivate", "activate", "role", "password"):
        p = verb(name, cmd_user_change)
        p.add_argument("name", metavar="NAME")
        if name == "role":
            p.add_argument("role", metavar="ROLE", choices=roles, help=role_help)
        if name == "password":
            p.add_argument("--password-stdin", action="store_true",
                           help=t("cli.opt.password_stdin"))  # fmt: skip
        add_user_option(p, lang, required=True)

    p = add("history", cmd_history)
    p.add_argument("group_id", metavar="GROUP_ID", type=int)
    p.add_argument("--json", action="store_true", help=t("cli.opt.json"))
    p.add_argument("--verify", action="store_true", help=t("cli.opt.verify"))


# --- Import and template ---------------------------------------------------------------

IMPORT_MESSAGES: dict[str, dict[str, str]] = {
    "cli.cmd.import": {
        "id": "impor usulan kelompok dari berkas Excel/ODS/CSV desa atau kelurahan",
        "en": "import group proposals from a village's Excel/ODS/CSV file",
    },
    "cli.cmd.template": {
        "id": "tulis berkas Excel kosong daftar anggota untuk diisi desa/kelurahan",
        "en": "write an empty roster workbook for villages to fill",
    },
    "cli.opt.import_file": {"id": "berkas usulan (.xlsx, .xls, .ods, .csv)",
                            "en": "the proposal file (.xlsx, .xls, .ods, .csv)"},
    "cli.opt.scheme": {"id": "kode skema (bawaan: skema bawaan)",
                       "en": "scheme code (default: the default scheme)"},
    "cli.opt.dry_run": {"id": "periksa dan laporkan saja, tidak menyimpan apa pun",
                        "en": "check and report only, write nothing"},
    "cli.opt.strict": {"id": "tolak berkas bila ada temuan bertingkat kesalahan",
                       "en": "refuse the file on any error-severity finding"},
    "cli.opt.replace": {"id": "ganti daftar anggota kelompok yang dikembalikan (ID kelompok)",
                        "en": "replace the roster of a returned group (group ID)"},
    "cli.opt.errors_out": {"id": "tulis baris bermasalah beserta keterangannya ke berkas .xlsx",
                           "en": "write the rows with problems and their notes to an .xlsx"},
    "cli.opt.funded": {"id": "berkas berisi penerima bantuan terdahulu (perlu --scheme)",
                       "en": "the file lists earlier recipients (needs --scheme)"},
    "cli.opt.template_out": {"id": "berkas .xlsx yang ditulis", "en": "the .xlsx file to write"},
    "cli.import.funded_needs_scheme": {"id": "--funded memerlukan --scheme KODE.",
                                       "en": "--funded needs --scheme CODE."},
    "cli.import.funded_and_replace": {"id": "--funded tidak dapat digabung dengan --replace.",
                                      "en": "--funded cannot be combined with --replace."},
    "cli.import.refused": {"id": "Berkas ditolak; tidak ada yang disimpan:",
                           "en": "File refused; nothing was written:"},
    "cli.import.done": {"id": "Diimpor dari {file}: {groups} kelompok, {members} anggota.",
                        "en": "Imported from {file}: {groups} groups, {members} members."},
    "cli.import.dry_run": {
        "id": "Uji coba (--dry-run), tidak ada yang disimpan. Akan diimpor: {groups} kelompok, "
        "{members} anggota.",
        "en": "Dry run, nothing written. Would import {groups} groups, {members} members.",
    },
    "cli.import.findings": {
        "id": "{n} temuan (ikut tersimpan dan diperiksa lagi saat verifikasi):",
        "en": "{n} findings (stored with the groups, checked again in vetting):",
    },
    "cli.import.problem": {"id": "{sheet} baris {row} kolom {column}: {message}",
                           "en": "{sheet} row {row} column {column}: {message}"},
    "cli.import.replaced": {
        "id": "Daftar anggota kelompok {id} diganti: {added} ditambah, {removed} dihapus, "
        "{changed} diubah; status kembali Usulan Masuk.",
        "en": "Roster of group {id} replaced: {added} added, {removed} removed, {changed} "
        "changed; status back to proposal received.",
    },
    "cli.import.replace_dry_run": {
        "id": "Daftar anggota kelompok {id} akan diganti: {added} ditambah, {removed} dihapus, "
        "{changed} diubah; status akan kembali Usulan Masuk.",
        "en": "Roster of group {id} would be replaced: {added} added, {removed} removed, "
        "{changed} changed; status would go back to proposal received.",
    },
    "cli.import.member_added": {"id": "  + {nik} {name}", "en": "  + {nik} {name}"},
    "cli.import.member_removed": {"id": "  - {nik} {name}", "en": "  - {nik} {name}"},
    "cli.import.member_changed": {"id": "  ~ {nik} {name}: {fields}",
                                  "en": "  ~ {nik} {name}: {fields}"},
    "cli.import.funded_done": {
        "id": "Penerima terdahulu dicatat dari {file}: {n} NIK.",
        "en": "Earlier recipients registered from {file}: {n} NIKs.",
    },
    "cli.import.errors_out": {"id": "Keterangan per baris ditulis ke {path}",
                              "en": "Row-by-row notes written to {path}"},
    "cli.template.done": {"id": "Templat daftar anggota ditulis: {path}",
                          "en": "Roster template written: {path}"},
}  # fmt: skip
register(IMPORT_MESSAGES)


def cmd_import(run: Run) -> int:
    """Import a proposal file (or earlier recipients with ``--funded``)."""
    from tkm_desktop.services.importer import import_file
    from tkm_desktop.services.permissions import IMPORT

    args = run.args
    if args.funded and not args.scheme:
        raise UsageError(run.tr("cli.import.funded_needs_scheme"))
    if args.funded and args.replace is not None:
        raise UsageError(run.tr("cli.import.funded_and_replace"))
    errors_out = _output_path(run, args.errors_out) if args.errors_out else None
    with run.db.reader() as session:
        actor = resolve_actor(run, session, IMPORT, optional=True)
    result = import_file(
        run.db, actor, Path(args.file), scheme_code=args.scheme, dry_run=args.dry_run,
        strict=args.strict, replace_group_id=args.replace, errors_out=errors_out,
        funded=args.funded,
    )  # fmt: skip
    if args.json:
        run.print_json(result.as_json())
    else:
        _print_import(run, result)
    return EXIT_REFUSED if result.refused else EXIT_OK


def _problem_line(run: Run, p: Any) -> str:
    if p.row is None:
        return p.message
    return run.tr("cli.import.problem", sheet=p.sheet, row=p.row, column=p.column or "-",
                  message=p.message)  # fmt: skip


def _print_import(run: Run, result: Any) -> None:
    if result.refused:
        run.err(run.tr("cli.import.refused"))
        for p in result.errors:
            run.err("  " + _problem_line(run, p))
        for reason in result.reasons if not result.errors else ():
            run.err("  " + reason)
    elif result.funded_loaded or run.args.funded:
        run.out(run.tr("cli.import.funded_done", file=result.file, n=result.funded_loaded))
    elif result.replaced is not None:
        d = result.replaced
        if result.dry_run:
            run.out(run.tr("cli.import.dry_run", groups=result.groups_created,
                           members=result.members_created))  # fmt: skip
        key = "cli.import.replace_dry_run" if result.dry_run else "cli.import.replaced"
        run.out(run.tr(key, id=d.group_id, added=len(d.added),
                       removed=len(d.removed), changed=len(d.changed)))  # fmt: skip
        for m in d.added:
            run.out(run.tr("cli.import.member_added", **m))
        for m in d.removed:
            run.out(run.tr("cli.import.member_removed", **m))
        for m in d.changed:
            run.out(run.tr("cli.import.member_changed", nik=m["nik"], name=m["name"],
                           fields=", ".join(m["fields"])))  # fmt: skip
    else:
        key = "cli.import.dry_run" if result.dry_run else "cli.import.done"
        run.out(run.tr(key, file=result.file, groups=result.groups_created,
                       members=result.members_created))  # fmt: skip
    if result.findings:
        run.out(run.tr("cli.import.findings", n=len(result.findings)))
        for p in result.findings:
            run.out("  " + _problem_line(run, p))
    if run.args.errors_out:
        run.out(run.tr("cli.import.errors_out", path=run.args.errors_out))


def cmd_template(run: Run) -> int:
    """Write the empty roster workbook that villages fill."""
    from tkm_desktop.excel.template import write_template

    path = write_template(_output_path(run, run.args.output))
    run.out(run.tr("cli.template.done", path=path))
    return EXIT_OK


def add_import_commands(
    add: Callable[[str, Callable[[Run], int]], argparse.ArgumentParser], lang: str
) -> None:
    """The parsers of ``import`` and ``template``; called from ``build_parser``."""
    t = partial(tr, lang=lang)
    p = add("import", cmd_import)
    p.add_argument("file", metavar="FILE", help=t("cli.opt.import_file"))
    p.add_argument("--scheme", metavar="CODE", help=t("cli.opt.scheme"))
    p.add_argument("--dry-run", action="store_true", help=t("cli.opt.dry_run"))
    p.add_argument("--strict", action="store_true", help=t("cli.opt.strict"))
    p.add_argument("--replace", metavar="GROUP_ID", type=int, help=t("cli.opt.replace"))
    p.add_argument("--errors-out", metavar="FILE.xlsx", help=t("cli.opt.errors_out"))
    p.add_argument("--funded", action="store_true", help=t("cli.opt.funded"))
    p.add_argument("--json", action="store_true", help=t("cli.opt.json"))
    add_user_option(p, lang, required=False)

    p = add("template", cmd_template)
    p.add_argument("-o", "--output", metavar="FILE.xlsx", required=True,
                   help=t("cli.opt.template_out"))  # fmt: skip
    add_user_option(p, lang, required=False)


# --- Vetting, decisions and acknowledgements (issue 5) ------------------------------------

VET_MESSAGES: dict[str, dict[str, str]] = {
    "cli.cmd.vet": {
        "id": "periksa kelompok terhadap ketentuan skema dan simpan temuannya",
        "en": "vet groups against their scheme's rules and store the findings",
    },
    "cli.cmd.decide": {
        "id": "ubah status kelompok (verifikasi, kembalikan, tolak, rekomendasi, SK, …)",
        "en": "change groups' status (verify, return, reject, recommend, SK, …)",
    },
    "cli.cmd.ack": {
        "id": "terima sebuah peringatan dengan catatan",
        "en": "accept a warning with a note",
    },
    "cli.opt.vet_groups": {
        "id": "ID kelompok; tanpa ID semua kelompok diperiksa",
        "en": "group IDs; without any, every group is vetted",
    },
    "cli.opt.decide_groups": {"id": "ID kelompok", "en": "group IDs"},
    "cli.opt.to": {"id": "status tujuan: {choices}", "en": "target status: {choices}"},
    "cli.opt.reason": {
        "id": "alasan (wajib untuk dikembalikan, ditolak, dibatalkan)",
        "en": "reason (required to return, reject, cancel)",
    },
    "cli.opt.sk": {"id": "nomor SK (ditetapkan, tidak_ditetapkan)", "en": "SK number"},
    "cli.opt.date": {
        "id": "tanggal SK, atau tanggal pencairan untuk dana_cair (31/12/2024)",
        "en": "SK date, or the disbursement date for dana_cair (31/12/2024)",
    },
    "cli.opt.amount": {
        "id": "jumlah dana: yang ditetapkan (ditetapkan) atau yang dicairkan (dana_cair)",
        "en": "amount: granted (ditetapkan) or disbursed (dana_cair)",
    },
    "cli.opt.code": {"id": "kode temuan, mis. KK_DUPLICATE_IN_GROUP", "en": "finding code"},
    "cli.opt.nik": {
        "id": "NIK anggota yang dimaksud temuan (kosong untuk temuan kelompok)",
        "en": "the member's NIK the finding is about (empty for a group finding)",
    },
    "cli.opt.note": {"id": "catatan: mengapa peringatan diterima", "en": "why it is accepted"},
    "cli.vet.group": {
        "id": "Kelompok {id} – {name} [{status}]: {errors} galat, {warnings} peringatan "
        "({open} belum diberi catatan), {infos} info",
        "en": "Group {id} – {name} [{status}]: {errors} errors, {warnings} warnings "
        "({open} without a note), {infos} info",
    },
    "cli.vet.total": {
        "id": "Jumlah: {groups} kelompok diperiksa; {errors} galat, {warnings} peringatan.",
        "en": "Total: {groups} groups vetted; {errors} errors, {warnings} warnings.",
    },
    "cli.vet.error": {"id": "galat", "en": "error"},
    "cli.vet.warning": {"id": "peringatan", "en": "warning"},
    "cli.vet.info": {"id": "info", "en": "info"},
    "cli.vet.acknowledged": {"id": " (diterima)", "en": " (accepted)"},
    "cli.decide.sk_only": {
        "id": "--sk hanya untuk status ditetapkan dan tidak_ditetapkan",
        "en": "--sk is only for the statuses ditetapkan and tidak_ditetapkan",
    },
    "cli.decide.done": {"id": "Kelompok {id} – {name}: {old} → {new}",
                        "en": "Group {id} – {name}: {old} → {new}"},
    "cli.ack.done": {
        "id": "Catatan untuk temuan {code}{who} pada kelompok {id} disimpan.",
        "en": "Note on finding {code}{who} of group {id} saved.",
    },
}  # fmt: skip
register(VET_MESSAGES)


def cmd_vet(run: Run) -> int:
    """Vet the groups named (or all) and show their findings; JSON as in the contract."""
    from tkm_desktop.services.permissions import READ
    from tkm_desktop.services.vetting import vet_groups
    from tkm_desktop.services.vetting_report import about_member, member_labels

    with run.db.reader() as session:
        actor = resolve_actor(run, session, READ, optional=True)
    report = vet_groups(run.db, actor, run.args.group_ids or None)
    if run.args.json:
        run.print_json(report.to_json(run.lang))
        return EXIT_OK
    with run.db.reader() as session:
        labels = member_labels(session, [g.id for g in report.groups])
    for g in report.groups:
        run.out(
            run.tr(
                "cli.vet.group",
                id=g.id,
                name=g.name,
                status=label(g.status, run.lang),
                errors=g.count("error"),
                warnings=g.count("warning"),
                open=len(g.unacknowledged),
                infos=g.count("info"),
            )
        )
        for f in g.findings:
            # The screen shows masked NIKs; --json carries the full ones.
            done = run.tr("cli.vet.acknowledged") if f.acknowledged else ""
            who = about_member(f, labels)
            run.out(
                f"  [{run.tr(f'cli.vet.{f.severity}')}{done}] {f.code}: "
                f"{who + ': ' if who else ''}{f.message(run.lang, masked=True)}"
            )
    run.out()
    run.out(
        run.tr(
            "cli.vet.total",
            groups=len(report.groups),
            errors=report.count("error"),
            warnings=report.count("warning"),
        )
    )
    return EXIT_OK


def cmd_decide(run: Run) -> int:
    """Move groups to another status as the workflow table allows (all of them, or none)."""
    from tkm_desktop.domain.dates import parse_date
    from tkm_desktop.domain.money import parse_money
    from tkm_desktop.domain.workflow import step_to
    from tkm_desktop.services.workflow import decide

    args = run.args
    target = GroupStatus(args.to)
    with_sk = target in (GroupStatus.DITETAPKAN, GroupStatus.TIDAK_DITETAPKAN)
    if args.sk is not None and not with_sk:
        raise UsageError(run.tr("cli.decide.sk_only"))
    when = parse_date(args.date) if args.date else None
    amount = parse_money(args.amount) if args.amount else None
    with run.db.reader() as session:
        actor = resolve_actor(run, session, step_to(target).action)
    decisions = decide(
        run.db,
        actor,
        args.group_ids,
        target.value,
        reason=args.reason,
        sk_number=args.sk,
        sk_date=when if with_sk else None,
        on_date=None if with_sk else when,
        amount=amount,
    )
    if args.json:
        run.print_json(
            {
                "decisions": [
                    {"id": d.group_id, "name": d.name, "from": d.from_status, "to": d.to_status}
                    for d in decisions
                ]
            }
        )
        return EXIT_OK
    for d in decisions:
        run.out(
            run.tr(
                "cli.decide.done",
                id=d.group_id,
                name=d.name,
                old=label(d.from_status, run.lang),
                new=label(d.to_status, run.lang),
            )
        )
    return EXIT_OK


def cmd_ack(run: Run) -> int:
    """Accept a warning of a group (code + member NIK) with a note."""
    from tkm_desktop.domain.nik import clean_nik, mask_nik
    from tkm_desktop.services.permissions import ACK_FINDING
    from tkm_desktop.services.workflow import acknowledge

    args = run.args
    nik = clean_nik(args.nik).text if args.nik else ""
    with run.db.reader() as session:
        actor = resolve_actor(run, session, ACK_FINDING)
    acknowledge(run.db, actor, args.group_id, args.code, nik, args.note)
    who = f" (NIK {mask_nik(nik)})" if nik else ""
    run.out(run.tr("cli.ack.done", code=args.code.strip().upper(), who=who, id=args.group_id))
    return EXIT_OK


def add_vet_commands(
    add: Callable[[str, Callable[[Run], int]], argparse.ArgumentParser], lang: str
) -> None:
    """The parsers of ``vet``, ``decide`` and ``ack``; called from ``build_parser``."""
    t = partial(tr, lang=lang)
    p = add("vet", cmd_vet)
    p.add_argument(
        "group_ids", metavar="GROUP_ID", type=int, nargs="*", help=t("cli.opt.vet_groups")
    )
    p.add_argument("--json", action="store_true", help=t("cli.opt.json"))
    # Vetting decides nothing (it stores what the rules say): --user is optional.
    add_user_option(p, lang, required=False)

    p = add("decide", cmd_decide)
    p.add_argument(
        "group_ids", metavar="GROUP_ID", type=int, nargs="+", help=t("cli.opt.decide_groups")
    )
    p.add_argument(
        "--to",
        metavar="STATUS",
        required=True,
        type=_status_type(lang),
        help=t("cli.opt.to", choices=", ".join(s.value for s in GroupStatus)),
    )
    p.add_argument("--reason", metavar="TEXT", help=t("cli.opt.reason"))
    p.add_argument("--sk", metavar="NUMBER", help=t("cli.opt.sk"))
    p.add_argument("--date", metavar="D", help=t("cli.opt.date"))
    p.add_argument("--amount", metavar="RUPIAH", help=t("cli.opt.amount"))
    p.add_argument("--json", action="store_true", help=t("cli.opt.json"))
    add_user_option(p, lang, required=True)

    p = add("ack", cmd_ack)
    p.add_argument("group_id", metavar="GROUP_ID", type=int)
    p.add_argument("--code", metavar="CODE", required=True, help=t("cli.opt.code"))
    p.add_argument("--nik", metavar="NIK", help=t("cli.opt.nik"))
    p.add_argument("--note", metavar="TEXT", required=True, help=t("cli.opt.note"))
    add_user_option(p, lang, required=True)


# --- Letters and verification (issue 8) ------------------------------------------------

EXIT_LETTER_REVOKED = 4  # verify: the letter is in the register but revoked (dicabut)
EXIT_LETTER_ALTERED = 5  # verify: number or code known, but the file or code was altered
EXIT_LETTER_UNKNOWN = 6  # verify: no such letter in the register (tidak dikenal)

LETTER_MESSAGES: dict[str, dict[str, str]] = {
    "cli.cmd.letter": {
        "id": "terbitkan surat rekomendasi (bernomor, tersimpan di register) atau cetak konsep",
        "en": "issue a recommendation letter (numbered, kept in the register) or print a draft",
    },
    "cli.cmd.letters": {
        "id": "register surat keluar: daftar, cetak ulang, cabut, lampirkan pindaian",
        "en": "the outgoing register: list, reprint, revoke, attach a scan",
    },
    "cli.cmd.letters.list": {"id": "daftar surat di register", "en": "list the register"},
    "cli.cmd.letters.reprint": {
        "id": "cetak ulang PDF surat yang tersimpan (sama persis)",
        "en": "reprint a letter's stored PDF (byte for byte)",
    },
    "cli.cmd.letters.revoke": {"id": "cabut surat (nomornya tidak dipakai lagi)",
                               "en": "revoke a letter (its number is never reused)"},
    "cli.cmd.letters.scan": {"id": "lampirkan pindaian surat yang sudah ditandatangani",
                             "en": "attach the scan of the signed letter"},
    "cli.cmd.verify": {
        "id": "periksa keaslian surat dari berkas PDF atau kode QR; kode keluar 0 sah, "
        "4 dicabut, 5 diubah, 6 tidak dikenal",
        "en": "check a letter from its PDF file or QR code; exit code 0 valid, 4 revoked, "
        "5 altered, 6 unknown",
    },
    "cli.opt.letter_groups": {"id": "nomor (id) kelompok yang direkomendasikan",
                              "en": "ids of the recommended groups"},
    "cli.opt.letter_output": {"id": "berkas PDF yang ditulis", "en": "the PDF file to write"},
    "cli.opt.paper": {"id": "ukuran kertas: a4 atau f4 (bawaan a4)",
                      "en": "paper: a4 or f4 (default a4)"},
    "cli.opt.draft": {
        "id": "cetak KONSEP untuk paraf: tanpa nomor, bertanda air, tidak disimpan",
        "en": "print a KONSEP (draft) for initialling: no number, watermarked, not stored",
    },
    "cli.opt.number": {
        "id": "nomor surat dari buku agenda surat keluar (kantor dengan nomor diketik)",
        "en": "the number from the outgoing-letter book (offices that type numbers)",
    },
    "cli.opt.kind": {
        "id": "surat = surat kepada Kementerian (bawaan); rekomendasi = formulir REKOMENDASI",
        "en": "surat = letter to the ministry (default); rekomendasi = the REKOMENDASI form",
    },
    "cli.opt.replaces": {
        "id": "surat pengganti: cabut surat ber-id ini dengan --reason dan terbitkan yang baru "
        "(tanpa GROUP_ID: kelompok surat lama)",
        "en": "a correction: revoke the letter with this id (--reason) and issue a new one "
        "(without GROUP_ID: the old letter's groups)",
    },
    "cli.opt.letter_reason": {"id": "alasan pencabutan", "en": "why the letter is revoked"},
    "cli.opt.letter_id": {"id": "id surat di register (lihat: letters list)",
                          "en": "the letter's id in the register (see: letters list)"},
    "cli.opt.year": {"id": "hanya surat tahun ini", "en": "only letters of this year"},
    "cli.opt.scan_file": {"id": "berkas pindaian (PDF, JPG, PNG, TIFF)",
                          "en": "the scan (PDF, JPG, PNG, TIFF)"},
    "cli.opt.verify_file": {"id": "berkas PDF surat", "en": "the letter's PDF file"},
    "cli.opt.verify_code": {"id": "teks kode QR (dari pemindai atau diketik)",
                            "en": "the QR code's text (from a scanner or typed)"},
    "cli.letter.groups_required": {
        "id": "sebutkan GROUP_ID kelompok yang diberi surat",
        "en": "name the GROUP_IDs the letter is for",
    },
    "cli.letter.draft_only": {
        "id": "--draft tidak dapat digabung dengan --number atau --replaces",
        "en": "--draft cannot be combined with --number or --replaces",
    },
    "cli.letter.reason_required": {"id": "--replaces memerlukan --reason",
                                   "en": "--replaces needs --reason"},
    "cli.letter.no_folder": {"id": "Folder tujuan tidak ada: {path}",
                             "en": "The target folder does not exist: {path}"},
    "cli.letter.unwritten": {
        "id": "Surat Nomor {number} sudah terbit dan tersimpan (id {id}), tetapi berkas {path} "
        "tidak dapat ditulis ({reason}). Cetak ulang: letters reprint {id} -o BERKAS.pdf",
        "en": "Letter {number} was issued and stored (id {id}), but {path} could not be "
        "written ({reason}). Reprint: letters reprint {id} -o FILE.pdf",
    },
    "cli.letter.draft_done": {"id": "KONSEP surat ditulis ke {path}",
                              "en": "Draft letter written to {path}"},
    "cli.letter.issued": {
        "id": "Surat terbit: Nomor {number}, tanggal {date} (id {id}); PDF ditulis ke {path}",
        "en": "Letter issued: number {number}, dated {date} (id {id}); PDF written to {path}",
    },
    "cli.letter.replaced": {"id": "Surat id {id} dicabut dan diganti.",
                            "en": "Letter id {id} revoked and replaced."},
    "cli.letter.reprinted": {"id": "Surat Nomor {number} dicetak ulang ke {path}",
                             "en": "Letter {number} reprinted to {path}"},
    "cli.letter.revoked": {"id": "Surat Nomor {number} dicabut.",
                           "en": "Letter {number} revoked."},
    "cli.letter.scanned": {"id": "Pindaian dilampirkan pada surat Nomor {number}.",
                           "en": "Scan attached to letter {number}."},
    "cli.letter.unreadable": {"id": "Berkas tidak dapat dibaca: {path} ({reason})",
                              "en": "Cannot read the file: {path} ({reason})"},
    "cli.letter.none": {"id": "Belum ada surat di register.", "en": "The register is empty."},
    "cli.letter.state.issued": {"id": "Terbit", "en": "Issued"},
    "cli.letter.state.revoked": {"id": "Dicabut", "en": "Revoked"},
    "cli.col.letter_id": {"id": "Id", "en": "Id"},
    "cli.col.number": {"id": "Nomor", "en": "Number"},
    "cli.col.date": {"id": "Tanggal", "en": "Date"},
    "cli.col.kind": {"id": "Jenis", "en": "Kind"},
    "cli.col.letter_state": {"id": "Keadaan", "en": "State"},
    "cli.col.groups": {"id": "Kelompok", "en": "Groups"},
    "cli.verify.sah": {"id": "SAH", "en": "VALID (sah)"},
    "cli.verify.dicabut": {"id": "DICABUT", "en": "REVOKED (dicabut)"},
    "cli.verify.diubah": {"id": "DIUBAH", "en": "ALTERED (diubah)"},
    "cli.verify.tidak dikenal": {"id": "TIDAK DIKENAL", "en": "UNKNOWN (tidak dikenal)"},
    "cli.verify.number": {"id": "Nomor     : {value}", "en": "Number    : {value}"},
    "cli.verify.date": {"id": "Tanggal   : {value}", "en": "Date      : {value}"},
    "cli.verify.groups": {"id": "Kelompok  : {value}", "en": "Groups    : {value}"},
    "cli.verify.members": {"id": "Anggota   : {value} orang", "en": "Members   : {value}"},
}  # fmt: skip
register(LETTER_MESSAGES)

_VERIFY_EXIT = {"sah": EXIT_OK, "dicabut": EXIT_LETTER_REVOKED, "diubah": EXIT_LETTER_ALTERED,
                "tidak dikenal": EXIT_LETTER_UNKNOWN}  # fmt: skip


def _write_whole(path: Path, data: bytes) -> None:
    """``NAME.part`` first, then renamed: a file is written whole or not at all."""
    part = path.with_name(path.name + ".part")
    part.write_bytes(data)
    os.replace(part, path)


def _output_path(run: Run, value: str) -> Path:
    path = Path(value).expanduser()
    if not path.parent.resolve().is_dir():
        raise InputRefused(run.tr("cli.letter.no_folder", path=path.parent))
    return path


def cmd_letter(run: Run) -> int:
    """``letter GROUP_ID ... -o FILE.pdf``: issue (number, register, stored PDF) or --draft."""
    from tkm_desktop.domain.dates import format_long
    from tkm_desktop.services import letters, permissions

    args = run.args
    if args.draft and (args.number or args.replaces is not None):
        raise UsageError(run.tr("cli.letter.draft_only"))
    if args.replaces is None and not args.group_ids:
        raise UsageError(run.tr("cli.letter.groups_required"))
    if args.replaces is not None and not args.reason:
        raise UsageError(run.tr("cli.letter.reason_required"))
    out = _output_path(run, args.output)
    action = permissions.PRINT_DOCUMENT if args.draft else permissions.ISSUE_LETTER
    with run.db.reader() as session:
        actor = resolve_actor(run, session, action)
    demo = run.app().demo
    if args.draft:
        pdf = letters.draft_letter(run.db, actor, args.group_ids, kind=args.kind,
                                   paper=args.paper, demo=demo)  # fmt: skip
        _write_whole(out, pdf)
        run.out(run.tr("cli.letter.draft_done", path=out))
        return EXIT_OK
    issued = letters.issue_letter(run.db, actor, args.group_ids, kind=args.kind, paper=args.paper,
                                  number=args.number, demo=demo, replaces=args.replaces,
                                  reason=args.reason or "")  # fmt: skip
    try:
        _write_whole(out, issued.pdf)
    except OSError as exc:
        raise InputRefused(run.tr("cli.letter.unwritten", number=issued.number,
                                  id=issued.letter_id, path=out,
                                  reason=applog.describe_exception(exc))) from exc  # fmt: skip
    if issued.replaced_id is not None:
        run.out(run.tr("cli.letter.replaced", id=issued.replaced_id))
    run.out(run.tr("cli.letter.issued", number=issued.number, id=issued.letter_id, path=out,
                   date=format_long(issued.letter_date)))  # fmt: skip
    return EXIT_OK


def cmd_letters_list(run: Run) -> int:
    from tkm_desktop.domain.dates import format_short
    from tkm_desktop.services.letter_register import list_letters

    with run.db.reader() as session:
        rows = list_letters(session, year=run.args.year)
    if run.args.json:
        run.print_json({"letters": [
            {"id": r.id, "number": r.number, "kind": r.kind, "state": r.state,
             "date": r.letter_date.isoformat() if r.letter_date else None, "paper": r.paper,
             "group_ids": r.group_ids, "groups": r.groups, "members": r.members,
             "signatory": r.signatory, "issued_by": r.issued_by,
             "revoked_reason": r.revoked_reason, "replaces_id": r.replaces_id,
             "has_scan": r.has_scan}
            for r in rows]})  # fmt: skip
        return EXIT_OK
    if not rows:
        run.out(run.tr("cli.letter.none"))
        return EXIT_OK
    keys = ("letter_id", "number", "date", "kind", "letter_state", "groups")
    table = [
        [str(r.id), r.number, format_short(r.letter_date) if r.letter_date else "-", r.kind,
         run.tr(f"cli.letter.state.{r.state}"), ", ".join(r.groups)]
        for r in rows
    ]  # fmt: skip
    for line in format_table([run.tr(f"cli.col.{k}") for k in keys], table, right=(0,)):
        run.out(line)
    return EXIT_OK


def cmd_letters_change(run: Run) -> int:
    """``letters reprint|revoke|scan ID``."""
    from tkm_desktop.services import letters, permissions

    args = run.args
    verb = args.letters_command
    action = {"reprint": permissions.PRINT_DOCUMENT, "revoke": permissions.REVOKE_LETTER,
              "scan": permissions.ISSUE_LETTER}[verb]  # fmt: skip
    out = _output_path(run, args.output) if verb == "reprint" else None
    data = _read_file(run, Path(args.file)) if verb == "scan" else b""
    with run.db.reader() as session:
        actor = resolve_actor(run, session, action)
    if verb == "reprint":
        assert out is not None
        number, pdf = letters.reprint_letter(run.db, actor, args.letter_id)
        _write_whole(out, pdf)
        run.out(run.tr("cli.letter.reprinted", number=number, path=out))
    elif verb == "revoke":
        number = letters.revoke_letter(run.db, actor, args.letter_id, args.reason)
        run.out(run.tr("cli.letter.revoked", number=number))
    else:
        number = letters.attach_scan(run.db, actor, args.letter_id, Path(args.file).name, data)
        run.out(run.tr("cli.letter.scanned", number=number))
    return EXIT_OK


def _read_file(run: Run, path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        reason = applog.describe_os_error(exc, run.lang)
        raise InputRefused(run.tr("cli.letter.unreadable", path=path, reason=reason)) from exc


def cmd_verify(run: Run) -> int:
    """``verify FILE.pdf`` or ``verify --code TEXT``: sah, dicabut, diubah or tidak dikenal."""
    from tkm_desktop.domain.dates import format_long
    from tkm_desktop.services.letter_register import verify_code, verify_pdf

    args = run.args
    if args.code is not None:
        verdict = verify_code(run.db, args.code)
    else:
        verdict = verify_pdf(run.db, _read_file(run, Path(args.file)))
    if args.json:
        run.print_json({
            "status": verdict.status, "reason": verdict.reason, "letter_id": verdict.letter_id,
            "number": verdict.number or None,
            "date": verdict.letter_date.isoformat() if verdict.letter_date else None,
            "groups": verdict.groups, "members": verdict.members,
            "revoked_reason": verdict.revoked_reason or None,
        })  # fmt: skip
        return _VERIFY_EXIT[verdict.status]
    run.out(f"{run.tr(f'cli.verify.{verdict.status}')}: {verdict.reason}")
    if verdict.number:
        run.out("  " + run.tr("cli.verify.number", value=verdict.number))
    if verdict.letter_date:
        run.out("  " + run.tr("cli.verify.date", value=format_long(verdict.letter_date)))
    if verdict.groups:
        run.out("  " + run.tr("cli.verify.groups", value=", ".join(verdict.groups)))
    if verdict.members is not None:
        run.out("  " + run.tr("cli.verify.members", value=verdict.members))
    return _VERIFY_EXIT[verdict.status]


def add_letter_commands(
    add: Callable[[str, Callable[[Run], int]], argparse.ArgumentParser], lang: str
) -> None:
    """The parsers of ``letter``, ``letters …`` and ``verify``; called from ``build_parser``."""
    from tkm_desktop.domain.letters import KIND_LETTER, KINDS

    t = partial(tr, lang=lang)
    p = add("letter", cmd_letter)
    p.add_argument("group_ids", metavar="GROUP_ID", type=int, nargs="*",
                   help=t("cli.opt.letter_groups"))  # fmt: skip
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True,
                   help=t("cli.opt.letter_output"))  # fmt: skip
    p.add_argument("--paper", choices=("a4", "f4"), default="a4", help=t("cli.opt.paper"))
    p.add_argument("--draft", action="store_true", help=t("cli.opt.draft"))
    p.add_argument("--number", metavar="N", help=t("cli.opt.number"))
    p.add_argument("--kind", choices=KINDS, default=KIND_LETTER, help=t("cli.opt.kind"))
    p.add_argument("--replaces", metavar="LETTER_ID", type=int, help=t("cli.opt.replaces"))
    p.add_argument("--reason", metavar="TEXT", help=t("cli.opt.letter_reason"))
    add_user_option(p, lang, required=True)

    register_parser = add("letters", cmd_letters_list)
    verbs = register_parser.add_subparsers(title=t("cli.commands"), metavar="SUBCOMMAND",
                                           dest="letters_command", required=True)  # fmt: skip

    def verb(name: str, handler: Callable[[Run], int]) -> argparse.ArgumentParser:
        text = t(f"cli.cmd.letters.{name}")
        sub = verbs.add_parser(name, help=text, description=text, lang=lang)
        sub.set_defaults(handler=handler)
        return sub

    p = verb("list", cmd_letters_list)
    p.add_argument("--year", type=int, metavar="YYYY", help=t("cli.opt.year"))
    p.add_argument("--json", action="store_true", help=t("cli.opt.json"))
    p = verb("reprint", cmd_letters_change)
    p.add_argument("letter_id", metavar="LETTER_ID", type=int, help=t("cli.opt.letter_id"))
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True,
                   help=t("cli.opt.letter_output"))  # fmt: skip
    add_user_option(p, lang, required=True)
    p = verb("revoke", cmd_letters_change)
    p.add_argument("letter_id", metavar="LETTER_ID", type=int, help=t("cli.opt.letter_id"))
    p.add_argument("--reason", metavar="TEXT", required=True, help=t("cli.opt.letter_reason"))
    add_user_option(p, lang, required=True)
    p = verb("scan", cmd_letters_change)
    p.add_argument("letter_id", metavar="LETTER_ID", type=int, help=t("cli.opt.letter_id"))
    p.add_argument("file", metavar="FILE", help=t("cli.opt.scan_file"))
    add_user_option(p, lang, required=True)

    p = add("verify", cmd_verify)
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("file", metavar="FILE.pdf", nargs="?", help=t("cli.opt.verify_file"))
    source.add_argument("--code", metavar="TEXT", help=t("cli.opt.verify_code"))
    p.add_argument("--json", action="store_true", help=t("cli.opt.json"))


# --- Backup and restore (issue 11) -----------------------------------------------------

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


def add_backup_commands(
    add: Callable[[str, Callable[[Run], int]], argparse.ArgumentParser], lang: str
) -> None:
    """The parsers of ``backup`` and ``restore``; called from ``build_parser``."""
    t = partial(tr, lang=lang)
    p = add("backup", cmd_backup)
    p.add_argument("-o", "--output", metavar="FILE", required=True, help=t("cli.opt.backup_out"))
    add_user_option(p, lang, required=False)
    p = add("restore", cmd_restore)
    p.add_argument("file", metavar="FILE", help=t("cli.opt.restore_file"))
    p.add_argument("--keep-register", action="store_true", help=t("cli.opt.keep_register"))
    add_user_option(p, lang, required=False)


# --- Export to the ministry (issue 10) ----------------------------------------------------

EXPORT_MESSAGES: dict[str, dict[str, str]] = {
    "cli.cmd.export": {"id": "ekspor usulan kelompok ke berkas Excel format Kemnaker",
                       "en": "export group proposals to the ministry's Excel format"},
    "cli.opt.export_groups": {"id": "hanya kelompok ini (ID); tanpa ID: semua kelompok berstatus "
                                    "yang dipilih",
                              "en": "only these groups (IDs); without: every group in the "
                                    "chosen statuses"},
    "cli.opt.export_out": {"id": "berkas .xlsx yang ditulis", "en": "the .xlsx file to write"},
    "cli.opt.export_format": {"id": "nama format di reports/export (bawaan: format skema) atau "
                                    "berkas .toml",
                              "en": "format name in reports/export (default: the scheme's) or "
                                    "a .toml file"},
    "cli.opt.export_status": {"id": "status kelompok yang diekspor (boleh berulang; bawaan: "
                                    "menurut format, biasanya direkomendasikan)",
                              "en": "status of the groups exported (repeatable; default: the "
                                    "format's, usually direkomendasikan)"},
    "cli.opt.export_submit": {"id": "catat kelompok yang diekspor sebagai Diajukan ke Kemnaker",
                              "en": "record the exported groups as submitted to the ministry"},
    "cli.opt.export_dry_run": {"id": "tampilkan yang akan diekspor dan yang tidak, tanpa menulis",
                               "en": "show what would be exported and what not, write nothing"},
    "cli.export.format": {"id": "Format: {name} ({file})", "en": "Format: {name} ({file})"},
    "cli.export.would": {"id": "Uji coba (--dry-run), tidak ada yang ditulis. Akan diekspor: "
                               "{groups} kelompok, {members} anggota.",
                         "en": "Dry run, nothing written. Would export {groups} groups, "
                               "{members} members."},
    "cli.export.done": {"id": "Ditulis: {path} ({groups} kelompok, {members} anggota)",
                        "en": "Written: {path} ({groups} groups, {members} members)"},
    "cli.export.sha": {"id": "SHA-256: {sha}  (ekspor #{batch})",
                       "en": "SHA-256: {sha}  (export #{batch})"},
    "cli.export.excluded": {"id": "Tidak diikutkan: {n} kelompok", "en": "Left out: {n} groups"},
    "cli.export.group": {"id": "  Kelompok {id} ({name}): {reason}",
                         "en": "  Group {id} ({name}): {reason}"},
    "cli.export.submitted": {"id": "Status {n} kelompok dicatat: Diajukan ke Kemnaker.",
                             "en": "Status of {n} groups recorded: submitted to the ministry."},
    "cli.export.not_submitted": {
        "id": "Status kelompok tidak diubah. Setelah berkas dikirim ke Kemnaker, ekspor lagi "
              "dengan --submit untuk mencatatnya sebagai Diajukan ke Kemnaker.",
        "en": "Group statuses unchanged. Once the file is sent to the ministry, export again "
              "with --submit to record the groups as submitted."},
    "cli.export.refused_some": {
        "id": "Kelompok yang disebutkan tidak semuanya dapat diekspor; tidak ada yang ditulis:",
        "en": "Not every group named can be exported; nothing was written:"},
}  # fmt: skip
register(EXPORT_MESSAGES)


def cmd_export(run: Run) -> int:
    """Export groups in the ministry's format; ``--submit`` moves them to diajukan."""
    from tkm_desktop.services.export import plan_export, run_export
    from tkm_desktop.services.permissions import EXPORT

    args = run.args
    with run.db.reader() as session:
        actor = resolve_actor(run, session, EXPORT)
    plan = plan_export(run.db, actor, group_ids=args.group_ids or None, statuses=args.status,
                       format_name=args.format)  # fmt: skip
    if args.group_ids and plan.excluded:
        lines = [run.tr("cli.export.refused_some")]
        lines += [run.tr("cli.export.group", id=g.id, name=g.name, reason=why).strip()
                  for g, why in plan.excluded]  # fmt: skip
        raise InputRefused(lines)
    if args.dry_run:
        if args.json:
            run.print_json(plan.to_json() | {"dry_run": True})
        else:
            _print_plan(run, plan)
            run.out(run.tr("cli.export.would", groups=len(plan.included), members=plan.members))
        return EXIT_OK if plan.included else EXIT_REFUSED
    result = run_export(run.db, actor, plan, Path(args.output), confirm_submit=args.submit)
    if args.json:
        run.print_json(plan.to_json() | {
            "file": str(result.path), "sha256": result.sha256, "batch_id": result.batch_id,
            "rows": result.rows, "submitted": result.submitted, "dry_run": False,
        })  # fmt: skip
        return EXIT_OK
    _print_plan(run, plan)
    run.out(run.tr("cli.export.done", path=result.path, groups=result.groups,
                   members=result.members))  # fmt: skip
    run.out(run.tr("cli.export.sha", sha=result.sha256, batch=result.batch_id))
    key = "cli.export.submitted" if result.submitted else "cli.export.not_submitted"
    run.out(run.tr(key, n=len(result.submitted)))
    return EXIT_OK


def _print_plan(run: Run, plan: Any) -> None:
    fmt = plan.format
    run.out(run.tr("cli.export.format", name=fmt.display_name, file=f"{fmt.name}.toml"))
    if plan.excluded:
        run.out(run.tr("cli.export.excluded", n=len(plan.excluded)))
        for g, why in plan.excluded:
            run.out(run.tr("cli.export.group", id=g.id, name=g.name, reason=why))


def add_export_commands(
    add: Callable[[str, Callable[[Run], int]], argparse.ArgumentParser], lang: str
) -> None:
    """The parser of ``export``; called from ``build_parser``."""
    t = partial(tr, lang=lang)
    p = add("export", cmd_export)
    p.add_argument("group_ids", metavar="GROUP_ID", type=int, nargs="*",
                   help=t("cli.opt.export_groups"))  # fmt: skip
    p.add_argument("-o", "--output", metavar="FILE.xlsx", required=True,
                   help=t("cli.opt.export_out"))  # fmt: skip
    p.add_argument("--format", metavar="NAME", help=t("cli.opt.export_format"))
    p.add_argument("--status", metavar="STATUS", type=_status_type(lang), action="append",
                   help=t("cli.opt.export_status"))  # fmt: skip
    p.add_argument("--submit", action="store_true", help=t("cli.opt.export_submit"))
    p.add_argument("--dry-run", action="store_true", help=t("cli.opt.export_dry_run"))
    p.add_argument("--json", action="store_true", help=t("cli.opt.json"))
    add_user_option(p, lang, required=True)


# --- Verification paperwork (issue 9) ------------------------------------------------------

DOCUMENT_MESSAGES: dict[str, dict[str, str]] = {
    "cli.cmd.document": {
        "id": "cetak dokumen verifikasi: lembar-verifikasi, berita-acara (bernomor), "
        "pengembalian (bernomor, dengan lampiran .xlsx), rekap (.pdf atau .xlsx)",
        "en": "print a verification paper: lembar-verifikasi, berita-acara (numbered), "
        "pengembalian (numbered, with an .xlsx attachment), rekap (.pdf or .xlsx)",
    },
    "cli.opt.document_kind": {"id": "jenis dokumen: {choices}", "en": "the paper: {choices}"},
    "cli.opt.document_groups": {
        "id": "ID kelompok; berita-acara tanpa ID: semua hasil verifikasi yang belum dimuat "
        "dalam berita acara; rekap: hanya kelompok ini",
        "en": "group IDs; berita-acara without IDs: every verification result no berita "
        "acara reports yet; rekap: only these groups",
    },
    "cli.opt.document_output": {"id": "berkas yang ditulis (.pdf; rekap: .pdf atau .xlsx)",
                                "en": "the file to write (.pdf; rekap: .pdf or .xlsx)"},
    "cli.opt.document_draft": {
        "id": "berita-acara, pengembalian: cetak KONSEP tanpa nomor, tidak disimpan",
        "en": "berita-acara, pengembalian: print a KONSEP (draft): no number, not stored",
    },
    "cli.opt.recap_scheme": {"id": "rekap: hanya skema ini (kode)",
                             "en": "rekap: only this scheme (code)"},
    "cli.opt.recap_status": {"id": "rekap: hanya kelompok berstatus ini",
                             "en": "rekap: only groups in this status"},
    "cli.opt.recap_kecamatan": {"id": "rekap: hanya kecamatan ini (kode, mis. 32.75.01, atau nama)",
                                "en": "rekap: only this kecamatan (code, e.g. 32.75.01, or name)"},
    "cli.opt.recap_search": {"id": "rekap: teks pencarian, seperti di daftar kelompok",
                             "en": "rekap: search text, as in the groups list"},
    "cli.document.groups_required": {"id": "lembar-verifikasi memerlukan GROUP_ID",
                                     "en": "lembar-verifikasi needs GROUP_IDs"},
    "cli.document.one_group": {
        "id": "surat pengembalian dibuat satu per kelompok: sebutkan tepat satu GROUP_ID",
        "en": "a return letter is for one group: name exactly one GROUP_ID",
    },
    "cli.document.recap_only": {"id": "--scheme, --status, --kecamatan dan --search hanya untuk "
                                      "rekap",
                                "en": "--scheme, --status, --kecamatan and --search are for "
                                      "rekap only"},
    "cli.document.letters_only": {"id": "--draft dan --number hanya untuk berita-acara dan "
                                        "pengembalian",
                                  "en": "--draft and --number are for berita-acara and "
                                        "pengembalian only"},
    "cli.document.draft_number": {"id": "--draft tidak dapat digabung dengan --number",
                                  "en": "--draft cannot be combined with --number"},
    "cli.document.suffix": {"id": "berkas rekap harus berakhiran .pdf atau .xlsx, bukan {name}",
                            "en": "the recap file must end in .pdf or .xlsx, not {name}"},
    "cli.document.unknown_kecamatan": {
        "id": "Kecamatan '{value}' tidak ada di antara kecamatan kelompok. Yang ada: {known}.",
        "en": "Kecamatan '{value}' holds no groups. Those that do: {known}.",
    },
    "cli.document.sheet_done": {"id": "Lembar Hasil Verifikasi {n} kelompok ditulis ke {path}",
                                "en": "Verification sheets of {n} groups written to {path}"},
    "cli.document.issued": {
        "id": "{title} terbit: Nomor {number}, tanggal {date} (id {id}), {n} kelompok; PDF "
        "ditulis ke {path}",
        "en": "{title} issued: number {number}, dated {date} (id {id}), {n} groups; PDF "
        "written to {path}",
    },
    "cli.document.draft_done": {"id": "KONSEP {title} ({n} kelompok) ditulis ke {path}",
                                "en": "Draft {title} ({n} groups) written to {path}"},
    "cli.document.attachment": {"id": "Lampiran daftar anggota ditulis ke {path}",
                                "en": "The roster attachment was written to {path}"},
    "cli.document.recap_done": {"id": "Rekap {n} kelompok ditulis ke {path}",
                                "en": "Recap of {n} groups written to {path}"},
    "cli.document.title.berita-acara": {"id": "Berita Acara Hasil Verifikasi",
                                        "en": "Berita Acara (verification minutes)"},
    "cli.document.title.pengembalian": {"id": "Surat Pengembalian Usulan",
                                        "en": "Return letter"},
}  # fmt: skip
register(DOCUMENT_MESSAGES)

_DOCUMENT_KINDS = ("lembar-verifikasi", "berita-acara", "pengembalian", "rekap")
_NUMBERED_KINDS = ("berita-acara", "pengembalian")


def _check_document_options(run: Run) -> None:
    """Usage errors (exit 2): options that do not fit the KIND."""
    args = run.args
    recap_options = (args.scheme, args.status, args.kecamatan, args.search)
    if args.kind != "rekap" and any(v is not None for v in recap_options):
        raise UsageError(run.tr("cli.document.recap_only"))
    if args.kind not in _NUMBERED_KINDS and (args.draft or args.number):
        raise UsageError(run.tr("cli.document.letters_only"))
    if args.draft and args.number:
        raise UsageError(run.tr("cli.document.draft_number"))
    if args.kind == "lembar-verifikasi" and not args.group_ids:
        raise UsageError(run.tr("cli.document.groups_required"))
    if args.kind == "pengembalian" and len(args.group_ids) != 1:
        raise UsageError(run.tr("cli.document.one_group"))
    suffix = Path(args.output).suffix.lower()
    if args.kind == "rekap" and suffix not in (".pdf", ".xlsx"):
        raise UsageError(run.tr("cli.document.suffix", name=Path(args.output).name))


def _recap_filter(run: Run, session: Session) -> Any:
    """The groups list's filter from ``--scheme``, ``--status``, ``--kecamatan``, ``--search``."""
    from tkm_desktop.services.bootstrap import scheme_by_code
    from tkm_desktop.services.browse import GroupFilter, filter_choices

    args = run.args
    try:
        scheme_id = scheme_by_code(session, args.scheme).id if args.scheme else None
    except LookupError as exc:
        raise InputRefused(str(exc)) from None
    kecamatan = None
    if args.kecamatan:
        wanted = args.kecamatan.strip().casefold()
        choices = filter_choices(session).kecamatan
        found = [c for c in choices if wanted in (str(c.value).casefold(), c.label.casefold())]
        if not found:
            known = ", ".join(f"{c.label} ({c.value})" for c in choices) or "-"
            raise InputRefused(run.tr("cli.document.unknown_kecamatan", value=args.kecamatan,
                                      known=known))  # fmt: skip
        kecamatan = str(found[0].value)
    return GroupFilter(text=args.search or "", scheme_id=scheme_id, status=args.status,
                       kecamatan_code=kecamatan)  # fmt: skip


def _write_issued(run: Run, out: Path, paper: Any) -> None:
    """A numbered paper is stored already: a file that cannot be written says how to reprint."""
    try:
        _write_whole(out, paper.data)
    except OSError as exc:
        raise InputRefused(run.tr("cli.letter.unwritten", number=paper.number,
                                  id=paper.letter_id, path=out,
                                  reason=applog.describe_exception(exc))) from exc  # fmt: skip


def cmd_document(run: Run) -> int:
    """``document KIND [GROUP_ID ...] -o FILE``: the verification papers (services.paperwork)."""
    from tkm_desktop.domain.dates import format_long
    from tkm_desktop.services import paperwork, permissions

    args = run.args
    _check_document_options(run)
    out = _output_path(run, args.output)
    with run.db.reader() as session:
        actor = resolve_actor(run, session, permissions.PRINT_DOCUMENT)
        flt = _recap_filter(run, session) if args.kind == "rekap" else None
    common = {"paper": args.paper, "demo": run.app().demo}
    if args.kind == "lembar-verifikasi":
        paper = paperwork.print_verification_sheet(run.db, actor, args.group_ids, **common)
        _write_whole(out, paper.data)
        run.out(run.tr("cli.document.sheet_done", n=len(paper.group_ids), path=out))
        return EXIT_OK
    if args.kind == "rekap":
        file_type = out.suffix.lower().lstrip(".")
        paper = paperwork.print_recap(run.db, actor, flt, args.group_ids or None,
                                      file_type=file_type, **common)  # fmt: skip
        _write_whole(out, paper.data)
        run.out(run.tr("cli.document.recap_done", n=len(paper.group_ids), path=out))
        return EXIT_OK
    letter = {"draft": args.draft, "number": args.number, **common}
    if args.kind == "berita-acara":
        paper = paperwork.issue_minutes(run.db, actor, args.group_ids or None, **letter)
    else:
        paper = paperwork.issue_return_letter(run.db, actor, args.group_ids[0], **letter)
    title = run.tr(f"cli.document.title.{args.kind}")
    if args.draft:
        _write_whole(out, paper.data)
        run.out(run.tr("cli.document.draft_done", title=title, n=len(paper.group_ids), path=out))
    else:
        _write_issued(run, out, paper)
        run.out(run.tr("cli.document.issued", title=title, number=paper.number,
                       date=format_long(paper.letter_date), id=paper.letter_id,
                       n=len(paper.group_ids), path=out))  # fmt: skip
    if paper.attachment is not None:
        attachment = out.with_name(f"{out.stem}-lampiran.xlsx")
        _write_whole(attachment, paper.attachment)
        run.out(run.tr("cli.document.attachment", path=attachment))
    return EXIT_OK


def add_document_commands(
    add: Callable[[str, Callable[[Run], int]], argparse.ArgumentParser], lang: str
) -> None:
    """The parser of ``document``; called from ``build_parser``."""
    t = partial(tr, lang=lang)
    p = add("document", cmd_document)
    p.add_argument("kind", metavar="KIND", choices=_DOCUMENT_KINDS,
                   help=t("cli.opt.document_kind", choices=", ".join(_DOCUMENT_KINDS)))  # fmt: skip
    p.add_argument("group_ids", metavar="GROUP_ID", type=int, nargs="*",
                   help=t("cli.opt.document_groups"))  # fmt: skip
    p.add_argument("-o", "--output", metavar="FILE", required=True,
                   help=t("cli.opt.document_output"))  # fmt: skip
    p.add_argument("--paper", choices=("a4", "f4"), default="a4", help=t("cli.opt.paper"))
    p.add_argument("--draft", action="store_true", help=t("cli.opt.document_draft"))
    p.add_argument("--number", metavar="N", help=t("cli.opt.number"))
    p.add_argument("--scheme", metavar="CODE", help=t("cli.opt.recap_scheme"))
    p.add_argument("--status", metavar="STATUS", type=_status_type(lang),
                   help=t("cli.opt.recap_status"))  # fmt: skip
    p.add_argument("--kecamatan", metavar="KODE", help=t("cli.opt.recap_kecamatan"))
    p.add_argument("--search", metavar="TEXT", help=t("cli.opt.recap_search"))
    add_user_option(p, lang, required=True)


# --- Office settings, signatories, verification team, schemes --------------------------

SETTINGS_MESSAGES: dict[str, dict[str, str]] = {
    "cli.cmd.office": {"id": "data kantor: kop surat, penomoran surat, kunci otomatis",
                       "en": "the office: letterhead, letter numbering, idle lock"},
    "cli.cmd.office.show": {"id": "tampilkan pengaturan kantor", "en": "show the office settings"},
    "cli.cmd.office.set": {
        "id": "ubah data kantor dan kop surat (--region saja mengisi kop surat dari kode wilayah)",
        "en": "change the office and its letterhead (--region alone pre-fills the letterhead)",
    },
    "cli.cmd.office.numbering": {
        "id": "pola dan sumber nomor surat, dengan contoh nomor",
        "en": "the letter-number pattern and source, with an example number",
    },
    "cli.cmd.signatory": {"id": "pejabat penandatangan surat", "en": "the letters' signatories"},
    "cli.cmd.signatory.list": {"id": "daftar penandatangan", "en": "list the signatories"},
    "cli.cmd.signatory.add": {"id": "tambah penandatangan", "en": "add a signatory"},
    "cli.cmd.signatory.default": {"id": "jadikan penandatangan bawaan",
                                  "en": "make a signatory the default"},
    "cli.cmd.signatory.remove": {"id": "hapus penandatangan", "en": "remove a signatory"},
    "cli.cmd.team": {"id": "tim verifikasi", "en": "the verification team"},
    "cli.cmd.team.list": {"id": "daftar anggota tim verifikasi", "en": "list the team"},
    "cli.cmd.team.add": {"id": "tambah anggota tim verifikasi", "en": "add a team member"},
    "cli.cmd.team.remove": {"id": "hapus anggota tim verifikasi", "en": "remove a team member"},
    "cli.cmd.scheme": {"id": "skema bantuan TKM", "en": "the TKM grant schemes"},
    "cli.cmd.scheme.list": {"id": "daftar skema", "en": "list the schemes"},
    "cli.cmd.scheme.default": {"id": "jadikan skema bawaan (dipakai import tanpa --scheme)",
                               "en": "make a scheme the default (used by import without --scheme)"},
    "cli.opt.region": {"id": "kode kabupaten/kota, mis. 32.75", "en": "regency code, e.g. 32.75"},
    "cli.opt.government": {"id": "nama pemerintah daerah, mis. PEMERINTAH KOTA BEKASI",
                           "en": "the local government, e.g. PEMERINTAH KOTA BEKASI"},
    "cli.opt.office_name": {"id": "nama dinas", "en": "the office's name"},
    "cli.opt.address": {"id": "alamat kantor", "en": "the office's address"},
    "cli.opt.phone": {"id": "telepon", "en": "telephone"},
    "cli.opt.email": {"id": "pos-el", "en": "e-mail"},
    "cli.opt.website": {"id": "laman", "en": "website"},
    "cli.opt.place": {"id": "tempat penandatanganan, mis. Bekasi",
                      "en": "the place letters are signed, e.g. Bekasi"},
    "cli.opt.logo": {"id": "berkas lambang (PNG atau JPEG)", "en": "the emblem (PNG or JPEG)"},
    "cli.opt.font": {"id": "huruf surat: {choices}", "en": "letter font: {choices}"},
    "cli.opt.idle_lock": {"id": "menit tanpa kegiatan sebelum jendela terkunci (0 = tidak pernah)",
                          "en": "idle minutes before the window locks (0 = never)"},
    "cli.opt.pattern": {"id": "pola nomor surat, mis. 500.15.10/{urut}/Disnaker/{tahun}",
                        "en": "letter-number pattern, e.g. 500.15.10/{urut}/Disnaker/{tahun}"},
    "cli.opt.source": {"id": "register = nomor dari program; manual = diketik dari buku agenda",
                       "en": "register = numbered by the program; manual = typed from the book"},
    "cli.opt.person_name": {"id": "nama lengkap dengan gelar", "en": "full name with titles"},
    "cli.opt.position": {"id": "jabatan", "en": "position"},
    "cli.opt.rank": {"id": "pangkat/golongan, mis. Pembina (IV/a)",
                     "en": "rank, e.g. Pembina (IV/a)"},
    "cli.opt.nip": {"id": "NIP (18 angka)", "en": "NIP (18 digits)"},
    "cli.opt.mode": {"id": "cara tanda tangan: a.n., Plt. atau Plh. (tanpa: kepala dinas sendiri)",
                     "en": "signing mode: a.n., Plt. or Plh. (none: the head signs)"},
    "cli.opt.make_default": {"id": "jadikan penandatangan bawaan", "en": "make it the default"},
    "cli.opt.settings_id": {"id": "nomor (id) pada daftar", "en": "the id from the list"},
    "cli.opt.scheme_code": {"id": "kode skema (lihat: scheme list)",
                            "en": "the scheme code (see: scheme list)"},
    "cli.office.nothing": {"id": "tidak ada yang diubah: sebutkan sedikitnya satu opsi",
                           "en": "nothing to change: give at least one option"},
    "cli.office.saved": {"id": "Pengaturan kantor disimpan.", "en": "Office settings saved."},
    "cli.office.government": {"id": "Pemerintah daerah", "en": "Government"},
    "cli.office.office_name": {"id": "Nama dinas", "en": "Office"},
    "cli.office.address": {"id": "Alamat", "en": "Address"},
    "cli.office.phone": {"id": "Telepon", "en": "Telephone"},
    "cli.office.email": {"id": "Pos-el", "en": "E-mail"},
    "cli.office.website": {"id": "Laman", "en": "Website"},
    "cli.office.region": {"id": "Wilayah", "en": "Region"},
    "cli.office.place": {"id": "Tempat", "en": "Place"},
    "cli.office.logo": {"id": "Lambang", "en": "Emblem"},
    "cli.office.font": {"id": "Huruf surat", "en": "Letter font"},
    "cli.office.idle_lock": {"id": "Kunci otomatis", "en": "Idle lock"},
    "cli.office.pattern": {"id": "Pola nomor", "en": "Number pattern"},
    "cli.office.source": {"id": "Sumber nomor", "en": "Number source"},
    "cli.office.example": {"id": "Contoh nomor berikutnya", "en": "Next number (example)"},
    "cli.office.logo_size": {"id": "ada ({kb} KB)", "en": "set ({kb} KB)"},
    "cli.office.minutes": {"id": "{n} menit", "en": "{n} minutes"},
    "cli.office.never": {"id": "tidak pernah", "en": "never"},
    "cli.office.numbering_saved": {"id": "Penomoran surat disimpan.",
                                   "en": "Letter numbering saved."},
    "cli.signatory.added": {"id": "Penandatangan '{name}' ditambahkan (id {id}).",
                            "en": "Signatory '{name}' added (id {id})."},
    "cli.signatory.defaulted": {"id": "Penandatangan id {id} kini penandatangan bawaan.",
                                "en": "Signatory id {id} is now the default."},
    "cli.signatory.removed": {"id": "Penandatangan id {id} dihapus.",
                              "en": "Signatory id {id} removed."},
    "cli.signatory.none": {"id": "Belum ada penandatangan.", "en": "No signatories yet."},
    "cli.signatory.default_mark": {"id": "bawaan", "en": "default"},
    "cli.team.added": {"id": "Anggota tim '{name}' ditambahkan (id {id}).",
                       "en": "Team member '{name}' added (id {id})."},
    "cli.team.removed": {"id": "Anggota tim id {id} dihapus.",
                         "en": "Team member id {id} removed."},
    "cli.team.none": {"id": "Belum ada anggota tim verifikasi.",
                      "en": "No verification team members yet."},
    "cli.scheme.unknown": {"id": "Skema dengan kode '{code}' tidak ada; yang ada: {choices}.",
                           "en": "There is no scheme '{code}'; known: {choices}."},
    "cli.scheme.defaulted": {"id": "Skema {code} kini skema bawaan.",
                             "en": "Scheme {code} is now the default."},
    "cli.scheme.none": {"id": "Belum ada skema.", "en": "No schemes yet."},
    "cli.settings.col.id": {"id": "Id", "en": "Id"},
    "cli.settings.col.person": {"id": "Nama", "en": "Name"},
    "cli.settings.col.position": {"id": "Jabatan", "en": "Position"},
    "cli.settings.col.nip": {"id": "NIP", "en": "NIP"},
    "cli.settings.col.mode": {"id": "Cara", "en": "Mode"},
    "cli.settings.col.default": {"id": "Bawaan", "en": "Default"},
    "cli.settings.col.code": {"id": "Kode", "en": "Code"},
    "cli.settings.col.year": {"id": "Tahun", "en": "Year"},
    "cli.settings.col.grant": {"id": "Pagu", "en": "Ceiling"},
}  # fmt: skip
register(SETTINGS_MESSAGES)

# office set option → OfficeSettings field.
_OFFICE_OPTIONS = {"government": "government_name", "name": "office_name", "address": "address",
                   "phone": "phone", "email": "email", "website": "website",
                   "place": "place_name", "font": "letter_font"}  # fmt: skip


def _settings_col(key: str) -> str:
    """Column headings: the shared ones (``groups``, ``active``) or this section's own."""
    return f"cli.col.{key}" if key in ("groups", "active") else f"cli.settings.col.{key}"


def _nip_text(nip: str) -> str:
    from tkm_desktop.domain.nik import format_nip

    return format_nip(nip) if nip else "-"


def cmd_office_show(run: Run) -> int:
    from tkm_desktop.services import settings

    with run.db.reader() as session:
        office = settings.get_office(session)
        numbering = settings.get_numbering(session)
        idle = settings.get_idle_lock_minutes(session)
        example = _number_example(session, numbering.pattern)
    if getattr(run.args, "json", False):
        values = {k: getattr(office, k) for k in ("region_code", *_OFFICE_OPTIONS.values())}
        run.print_json({"office": {**values, "logo_bytes": len(office.logo or b"")},
                        "numbering": {"pattern": numbering.pattern, "source": numbering.source,
                                      "example": example},
                        "idle_lock_minutes": idle})  # fmt: skip
        return EXIT_OK
    logo = run.tr("cli.office.logo_size", kb=-(-len(office.logo) // 1024)) if office.logo else "-"
    idle_text = run.tr("cli.office.minutes", n=idle) if idle else run.tr("cli.office.never")
    lines = [("government", office.government_name), ("office_name", office.office_name),
             ("address", office.address), ("phone", office.phone), ("email", office.email),
             ("website", office.website), ("region", office.region_code),
             ("place", office.place_name), ("logo", logo), ("font", office.letter_font),
             ("idle_lock", idle_text), ("pattern", numbering.pattern),
             ("source", numbering.source), ("example", example or "-")]  # fmt: skip
    width = max(len(run.tr(f"cli.office.{key}")) for key, _ in lines)
    for key, value in lines:
        run.out(f"{run.tr(f'cli.office.{key}'):<{width}} : {value or '-'}")
    return EXIT_OK


def _number_example(session: Session, pattern: str) -> str:
    """The number the next letter of this year would get from the office's register."""
    from tkm_desktop.services import settings

    try:
        return settings.number_example(pattern, serial=settings.next_letter_serial(session))
    except InputRefused:
        return ""  # a stored pattern that no longer renders: show it without an example


def cmd_office_set(run: Run) -> int:
    """Only the options given change; ``--region`` pre-fills the letterhead's other fields."""
    from tkm_desktop.services import permissions, settings

    args = run.args
    given = {field: getattr(args, opt) for opt, field in _OFFICE_OPTIONS.items()
             if getattr(args, opt) is not None}  # fmt: skip
    if args.region is None and args.logo is None and not given and args.idle_lock is None:
        raise UsageError(run.tr("cli.office.nothing"))
    logo = _read_file(run, Path(args.logo)) if args.logo is not None else None
    with run.db.reader() as session:
        actor = resolve_actor(run, session, permissions.MANAGE_SETTINGS)
        office = settings.get_office(session)
    if args.region is not None or logo is not None or given:
        if args.region is not None:
            office = settings.office_defaults_for_region(args.region, office)
        office = dataclasses.replace(office, **given)
        if logo is not None:
            office = dataclasses.replace(office, logo=logo)
        # One transaction: a refused idle-lock time stores no letterhead either.
        settings.save_office(run.db, actor, office, idle_lock_minutes=args.idle_lock)
    else:
        settings.save_idle_lock_minutes(run.db, actor, args.idle_lock)
    run.out(run.tr("cli.office.saved"))
    return cmd_office_show(run)


def cmd_office_numbering(run: Run) -> int:
    """Without options it shows the numbering; with them (and ``--user``) it changes it."""
    from tkm_desktop.services import permissions, settings

    args = run.args
    with run.db.reader() as session:
        current = settings.get_numbering(session)
        changing = args.pattern is not None or args.source is not None
        actor = resolve_actor(run, session, permissions.MANAGE_SETTINGS) if changing else None
    if actor is not None:
        wanted = settings.NumberingSettings(
            args.pattern if args.pattern is not None else current.pattern,
            args.source or current.source,
        )
        current = settings.save_numbering(run.db, actor, wanted)
        run.out(run.tr("cli.office.numbering_saved"))
    with run.db.reader() as session:
        example = _number_example(session, current.pattern) or "-"
    for key, value in (("pattern", current.pattern), ("source", current.source),
                       ("example", example)):  # fmt: skip
        run.out(f"{run.tr(f'cli.office.{key}')}: {value}")
    return EXIT_OK


def cmd_signatory_list(run: Run) -> int:
    from tkm_desktop.services.signatories import list_signatories

    with run.db.reader() as session:
        rows = list_signatories(session)
    if getattr(run.args, "json", False):
        keys = ("id", "name", "position", "rank", "nip", "signing_mode", "active", "is_default")
        run.print_json({"signatories": [{k: getattr(r, k) for k in keys} for r in rows]})
        return EXIT_OK
    if not rows:
        run.out(run.tr("cli.signatory.none"))
        return EXIT_OK
    keys = ("id", "person", "position", "nip", "mode", "default", "active")
    header = [run.tr(_settings_col(k)) for k in keys]
    table = [[str(r.id), r.name, r.position, _nip_text(r.nip), r.signing_mode or "-",
              run.tr("cli.signatory.default_mark") if r.is_default else "",
              run.tr("cli.user.active" if r.active else "cli.user.inactive")]
             for r in rows]  # fmt: skip
    for line in format_table(header, table, right=(0,)):
        run.out(line)
    return EXIT_OK


def cmd_signatory_change(run: Run) -> int:
    """``signatory add|default|remove``."""
    from tkm_desktop.services import permissions, signatories

    args = run.args
    with run.db.reader() as session:
        actor = resolve_actor(run, session, permissions.MANAGE_SETTINGS)
    verb = args.signatory_command
    if verb == "add":
        data = signatories.SignatoryData(name=args.name, position=args.position, rank=args.rank,
                                         nip=args.nip, signing_mode=args.mode)  # fmt: skip
        new_id = signatories.add_signatory(run.db, actor, data, make_default=args.default)
        run.out(run.tr("cli.signatory.added", name=" ".join(args.name.split()), id=new_id))
    elif verb == "default":
        signatories.set_default_signatory(run.db, actor, args.id)
        run.out(run.tr("cli.signatory.defaulted", id=args.id))
    else:
        signatories.remove_signatory(run.db, actor, args.id)
        run.out(run.tr("cli.signatory.removed", id=args.id))
    return EXIT_OK


def cmd_team_list(run: Run) -> int:
    from tkm_desktop.services.signatories import list_team

    with run.db.reader() as session:
        rows = list_team(session)
    if getattr(run.args, "json", False):
        keys = ("id", "name", "position", "nip", "active", "sort_order")
        run.print_json({"team": [{k: getattr(r, k) for k in keys} for r in rows]})
        return EXIT_OK
    if not rows:
        run.out(run.tr("cli.team.none"))
        return EXIT_OK
    header = [run.tr(_settings_col(k)) for k in ("id", "person", "position", "nip", "active")]
    table = [[str(r.id), r.name, r.position or "-", _nip_text(r.nip),
              run.tr("cli.user.active" if r.active else "cli.user.inactive")]
             for r in rows]  # fmt: skip
    for line in format_table(header, table, right=(0,)):
        run.out(line)
    return EXIT_OK


def cmd_team_change(run: Run) -> int:
    """``team add|remove``."""
    from tkm_desktop.services import permissions, signatories

    args = run.args
    with run.db.reader() as session:
        actor = resolve_actor(run, session, permissions.MANAGE_SETTINGS)
    if args.team_command == "add":
        data = signatories.TeamMemberData(name=args.name, position=args.position, nip=args.nip)
        new_id = signatories.add_team_member(run.db, actor, data)
        run.out(run.tr("cli.team.added", name=" ".join(args.name.split()), id=new_id))
    else:
        signatories.remove_team_member(run.db, actor, args.id)
        run.out(run.tr("cli.team.removed", id=args.id))
    return EXIT_OK


def cmd_scheme_list(run: Run) -> int:
    from tkm_desktop.domain.money import format_rupiah
    from tkm_desktop.services.scheme_settings import list_scheme_settings

    with run.db.reader() as session:
        rows = list_scheme_settings(session)
    if getattr(run.args, "json", False):
        run.print_json({"schemes": [
            {"id": r.id, "code": r.params.code, "name": r.params.name, "year": r.params.year,
             "active": r.params.active, "is_default": r.params.is_default,
             "members_min": r.params.members_min, "members_max": r.params.members_max,
             "grant_ceiling": str(r.params.grant_ceiling), "groups": r.groups}
            for r in rows]})  # fmt: skip
        return EXIT_OK
    if not rows:
        run.out(run.tr("cli.scheme.none"))
        return EXIT_OK
    keys = ("code", "year", "grant", "groups", "default", "active")
    header = [run.tr(_settings_col(k)) for k in keys]
    table = [[r.params.code, str(r.params.year), format_rupiah(r.params.grant_ceiling),
              str(r.groups), run.tr("cli.signatory.default_mark") if r.params.is_default else "",
              run.tr("cli.user.active" if r.params.active else "cli.user.inactive")]
             for r in rows]  # fmt: skip
    for line in format_table(header, table, right=(1, 2, 3)):
        run.out(line)
    return EXIT_OK


def cmd_scheme_default(run: Run) -> int:
    from tkm_desktop.services import permissions
    from tkm_desktop.services.scheme_settings import list_scheme_settings, set_default_scheme

    code = run.args.code.strip().upper()
    with run.db.reader() as session:
        actor = resolve_actor(run, session, permissions.MANAGE_SETTINGS)
        rows = list_scheme_settings(session)
    found = next((r for r in rows if r.params.code.upper() == code), None)
    if found is None:
        choices = ", ".join(r.params.code for r in rows) or "-"
        raise InputRefused(run.tr("cli.scheme.unknown", code=run.args.code, choices=choices))
    set_default_scheme(run.db, actor, found.id)
    run.out(run.tr("cli.scheme.defaulted", code=found.params.code))
    return EXIT_OK


def add_settings_commands(
    add: Callable[[str, Callable[[Run], int]], argparse.ArgumentParser], lang: str
) -> None:
    """The parsers of ``office``, ``signatory``, ``team`` and ``scheme``."""
    from tkm_desktop.domain.letters import LETTER_FONTS, NUMBER_SOURCES, SIGNING_MODES

    t = partial(tr, lang=lang)

    def group(name: str, default: Callable[[Run], int]) -> Callable[..., argparse.ArgumentParser]:
        verbs = add(name, default).add_subparsers(
            title=t("cli.commands"), metavar="SUBCOMMAND", dest=f"{name}_command", required=True
        )

        def verb(sub_name: str, handler: Callable[[Run], int]) -> argparse.ArgumentParser:
            text = t(f"cli.cmd.{name}.{sub_name}")
            sub = verbs.add_parser(sub_name, help=text, description=text, lang=lang)
            sub.set_defaults(handler=handler)
            return sub

        return verb

    def listing(verb: Callable[..., argparse.ArgumentParser], name: str,
                handler: Callable[[Run], int]) -> None:  # fmt: skip
        verb(name, handler).add_argument("--json", action="store_true", help=t("cli.opt.json"))

    def text_option(p: argparse.ArgumentParser, flag: str, key: str, **kw: Any) -> None:
        p.add_argument(flag, metavar="TEXT", help=t(key), **kw)

    verb = group("office", cmd_office_show)
    listing(verb, "show", cmd_office_show)
    p = verb("set", cmd_office_set)
    p.add_argument("--region", metavar="CODE", help=t("cli.opt.region"))
    for opt, key in (("government", "government"), ("name", "office_name"),
                     ("address", "address"), ("phone", "phone"), ("email", "email"),
                     ("website", "website"), ("place", "place")):  # fmt: skip
        text_option(p, f"--{opt}", f"cli.opt.{key}")
    p.add_argument("--logo", metavar="FILE.png", help=t("cli.opt.logo"))
    p.add_argument("--font", metavar="NAME",
                   help=t("cli.opt.font", choices=", ".join(LETTER_FONTS)))  # fmt: skip
    p.add_argument("--idle-lock", metavar="MINUTES", type=int, help=t("cli.opt.idle_lock"))
    add_user_option(p, lang, required=True)
    p = verb("numbering", cmd_office_numbering)
    text_option(p, "--pattern", "cli.opt.pattern")
    p.add_argument("--source", choices=NUMBER_SOURCES, help=t("cli.opt.source"))
    # Needed only to change the numbering; cmd_office_numbering checks it.
    p.add_argument("--user", metavar="NAME", help=t("cli.opt.user"))

    verb = group("signatory", cmd_signatory_list)
    listing(verb, "list", cmd_signatory_list)
    p = verb("add", cmd_signatory_change)
    text_option(p, "--name", "cli.opt.person_name", required=True)
    text_option(p, "--position", "cli.opt.position", required=True)
    text_option(p, "--rank", "cli.opt.rank", required=True)
    p.add_argument("--nip", metavar="NIP", required=True, help=t("cli.opt.nip"))
    p.add_argument("--mode", choices=[m for m in SIGNING_MODES if m], help=t("cli.opt.mode"))
    p.add_argument("--default", action="store_true", help=t("cli.opt.make_default"))
    add_user_option(p, lang, required=True)
    for name in ("default", "remove"):
        p = verb(name, cmd_signatory_change)
        p.add_argument("id", metavar="ID", type=int, help=t("cli.opt.settings_id"))
        add_user_option(p, lang, required=True)

    verb = group("team", cmd_team_list)
    listing(verb, "list", cmd_team_list)
    p = verb("add", cmd_team_change)
    text_option(p, "--name", "cli.opt.person_name", required=True)
    text_option(p, "--position", "cli.opt.position", default="")
    p.add_argument("--nip", metavar="NIP", default="", help=t("cli.opt.nip"))
    add_user_option(p, lang, required=True)
    p = verb("remove", cmd_team_change)
    p.add_argument("id", metavar="ID", type=int, help=t("cli.opt.settings_id"))
    add_user_option(p, lang, required=True)

    verb = group("scheme", cmd_scheme_list)
    listing(verb, "list", cmd_scheme_list)
    p = verb("default", cmd_scheme_default)
    p.add_argument("code", metavar="CODE", help=t("cli.opt.scheme_code"))
    add_user_option(p, lang, required=True)


# --- Parser -------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser speaking the run's language, with its messages on stderr."""

    def __init__(self, *args: Any, lang: str = DEFAULT_LANG, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", partial(_Formatter, lang=lang))
        super().__init__(*args, add_help=False, **kwargs)
        self.lang = lang
        # argparse has no public way to name its two default sections.
        self._positionals.title = tr("cli.arguments", lang)
        self._optionals.title = tr("cli.options", lang)
        self.add_argument(
            "-h", "--help", action="help", help=tr("cli.opt.help", lang)
        )  # fmt: skip

    def error(self, message: str) -> None:  # type: ignore[override]
        if self.lang == "id":
            for english, indonesian in _ARGPARSE_ID:
                message = message.replace(english, indonesian)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {tr('cli.error', self.lang)}: {message}\n")


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, *, lang: str = DEFAULT_LANG) -> None:
        super().__init__(prog)
        self._usage_prefix = tr("cli.usage", lang)

    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # type: ignore[no-untyped-def]
        # argparse passes prefix "" when it builds a sub-command's prog: keep that.
        super().add_usage(usage, actions, groups, self._usage_prefix if prefix is None else prefix)


def _status_type(lang: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        try:
            return GroupStatus(value.strip().lower()).value
        except ValueError:
            choices = ", ".join(s.value for s in GroupStatus)
            raise argparse.ArgumentTypeError(
                tr("cli.bad_status", lang, value=value, choices=choices)
            ) from None

    return parse


def build_parser(lang: str = DEFAULT_LANG) -> argparse.ArgumentParser:
    """The whole command line; handlers are looked up now, so tests may monkeypatch them."""
    t = partial(tr, lang=lang)
    parser = _Parser(prog=PROG, lang=lang, description=t("cli.description"))
    parser.add_argument("--version", action="version", version=f"TKM Desktop {__version__}",
                        help=t("cli.opt.version"))  # fmt: skip
    parser.add_argument("--data-dir", metavar="DIR", help=t("cli.opt.data_dir"))
    parser.add_argument("--db", metavar="URL", help=t("cli.opt.db"))
    parser.add_argument("--lang", choices=LANGS, help=t("cli.opt.lang"))
    parser.add_argument("--demo", action="store_true", help=t("cli.opt.demo"))
    parser.add_argument("--debug", action="store_true", help=t("cli.opt.debug"))
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(handler=open_window, channel="gui")

    commands = parser.add_subparsers(title=t("cli.commands"), metavar="COMMAND", dest="command")

    def add(name: str, handler: Callable[[Run], int]) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=t(f"cli.cmd.{name}"),
                                  description=t(f"cli.cmd.{name}"), lang=lang)  # fmt: skip
        sub.set_defaults(handler=handler, channel="cli")
        return sub

    add("demo", cmd_demo)

    p = add("groups", cmd_groups)
    p.add_argument("--status", metavar="STATUS", type=_status_type(lang), help=t("cli.opt.status"))
    p.add_argument("--json", action="store_true", help=t("cli.opt.json"))

    add_user_and_history_commands(add, lang)
    add_import_commands(add, lang)
    add_vet_commands(add, lang)
    add_letter_commands(add, lang)
    add_document_commands(add, lang)
    add_backup_commands(add, lang)
    add_export_commands(add, lang)
    add_settings_commands(add, lang)

    return parser


def _peek_lang(argv: Sequence[str]) -> str:
    """``--lang`` read before the full parse, so that the parser's own texts follow it."""
    peek = argparse.ArgumentParser(add_help=False)
    peek.add_argument("--lang")
    known, _ = peek.parse_known_args(argv)
    return known.lang if known.lang in LANGS else DEFAULT_LANG


# --- Running ------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _peek_lang(argv)
    parser = build_parser(lang)
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return _exit_code(stop)
    if args.demo and args.db:
        return _usage_error(parser, tr("cli.demo_and_db", lang))
    if args.smoke_test:
        args.handler, args.channel = smoke_test, "gui"

    paths = data_paths(args.data_dir)
    try:
        log_file = applog.setup_logging(paths, debug=args.debug, channel=args.channel)
    except OSError as exc:
        reason = applog.describe_exception(exc)
        print(tr("cli.data_dir_unusable", lang, path=paths.root, reason=reason), file=sys.stderr)
        return EXIT_REFUSED
    run = Run(args=args, lang=lang, paths=paths, log_file=log_file)
    try:
        log.info("start %s %s", args.command or "window", __version__)
        return run_handler(run, parser)
    finally:
        run.close()
        applog.close_logging()


def run_handler(run: Run, parser: argparse.ArgumentParser) -> int:
    """Call the command's handler and turn what it raises into a message and an exit code."""
    try:
        return run.args.handler(run)
    except UsageError as exc:
        return _usage_error(parser, str(exc))
    except SystemExit as stop:
        return _exit_code(stop)
    except KeyboardInterrupt:
        run.err(run.tr("cli.interrupted"))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader stopped reading (``groups | head``): nothing went wrong here.
        _discard_stdout()
        return EXIT_OK
    except Exception as exc:
        reasons = refusal_reasons(exc, run.lang)
        if reasons is not None:
            log.info("input refused: %s", type(exc).__name__)
            run.err(run.tr("cli.refused"))
            for reason in reasons:
                run.err(f"  {reason}")
            return EXIT_REFUSED
        # With --debug the log also writes to stderr, so the traceback shows there too.
        applog.log_exception(exc, "internal error")
        error = applog.describe_exception(exc).rstrip(".")
        run.err(run.tr("cli.internal", error=error, log=run.log_file))
        return EXIT_INTERNAL


def _discard_stdout() -> None:
    # Python flushes stdout once more at exit; into a closed pipe that prints a warning.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests, a windowed build): nothing to flush into a pipe


def _usage_error(parser: argparse.ArgumentParser, message: str) -> int:
    try:
        parser.error(message)
    except SystemExit as stop:
        return _exit_code(stop)
    return EXIT_USAGE


def _exit_code(stop: SystemExit) -> int:
    if stop.code is None:
        return EXIT_OK
    return stop.code if isinstance(stop.code, int) else EXIT_USAGE
