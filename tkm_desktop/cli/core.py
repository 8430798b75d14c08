"""What every command shares: the run, exit codes, usage errors, the general messages.

Also the helpers the sections use alike: ``--user`` and who acts, the plain-text table,
files to read and write, and the ``STATUS`` option's type.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tkm_desktop import applog
from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.paths import DataPaths
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.i18n import DEFAULT_LANG, register, tr

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
        "folder data), mis. postgresql+psycopg://server/tkm; jangan taruh kata sandi di "
        "sini (terlihat di daftar proses), pakai TKM_DATABASE_URL atau berkas pgpass",
        "en": "another database (default: TKM_DATABASE_URL or the SQLite file in the data "
        "folder), e.g. postgresql+psycopg://server/tkm; keep the password out of it (the "
        "process list shows it): use TKM_DATABASE_URL or a pgpass file",
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
    "cli.demo_not_on_server": {
        "id": "{env} tidak dipakai untuk demo: basis data demo selalu berupa berkas SQLite "
        "di folder data, terpisah dari basis data kantor.",
        "en": "{env} is not used for the demo: the demo database is always an SQLite file "
        "in the data folder, apart from the office's database.",
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
    "cli.col.id": {"id": "ID", "en": "ID"},
    "cli.col.name": {"id": "Nama Kelompok", "en": "Group name"},
    "cli.col.scheme": {"id": "Skema", "en": "Scheme"},
    "cli.col.status": {"id": "Status", "en": "Status"},
    "cli.col.members": {"id": "Anggota", "en": "Members"},
    "cli.col.kelurahan": {"id": "Kelurahan", "en": "Kelurahan"},
    "cli.col.kecamatan": {"id": "Kecamatan", "en": "Kecamatan"},
    # Shared by the sections: the acting user and the files commands read or write.
    "cli.opt.user": {
        "id": "pengguna yang menjalankan perintah (perannya diperiksa)",
        "en": "the user running the command (their role is checked)",
    },
    "cli.opt.user_optional": {
        "id": "pengguna yang menjalankan perintah; tanpa opsi ini akun sistem operasi dicatat",
        "en": "the user running the command; without it the operating-system account is recorded",
    },
    "cli.user_required": {
        "id": "perintah ini memerlukan --user NAMA (pengguna yang berwenang)",
        "en": "this command needs --user NAME (a user allowed to do it)",
    },
    "cli.letter.no_folder": {
        "id": "Folder tujuan tidak ada: {path}",
        "en": "The target folder does not exist: {path}",
    },
    "cli.letter.unreadable": {
        "id": "Berkas tidak dapat dibaca: {path} ({reason})",
        "en": "Cannot read the file: {path} ({reason})",
    },
}
register(MESSAGES)


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


# What a section's parser builder gets from ``build_parser``: ``add(NAME, handler)``.
AddCommand = Callable[[str, Callable[[Run], int]], argparse.ArgumentParser]


def subcommands(add: AddCommand, name: str, default: Callable[[Run], int], lang: str) -> AddCommand:
    """Add the command ``name`` (handler ``default``) with required subcommands; returns the
    function that adds each subcommand, its help text being ``cli.cmd.NAME.SUB``."""
    verbs = add(name, default).add_subparsers(
        title=tr("cli.commands", lang), metavar="SUBCOMMAND", dest=f"{name}_command", required=True
    )

    def verb(sub_name: str, handler: Callable[[Run], int]) -> argparse.ArgumentParser:
        text = tr(f"cli.cmd.{name}.{sub_name}", lang)
        sub = verbs.add_parser(sub_name, help=text, description=text, lang=lang)
        sub.set_defaults(handler=handler)
        return sub

    return verb


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


def output_path(run: Run, value: str) -> Path:
    """The file a command is to write; refused when its folder does not exist."""
    path = Path(value).expanduser()
    if not path.parent.resolve().is_dir():
        raise InputRefused(run.tr("cli.letter.no_folder", path=path.parent))
    return path


def read_file(run: Run, path: Path) -> bytes:
    """The bytes of a file the user named; an unreadable one is refused in the run's language."""
    try:
        return path.read_bytes()
    except OSError as exc:
        reason = applog.describe_os_error(exc, run.lang)
        raise InputRefused(run.tr("cli.letter.unreadable", path=path, reason=reason)) from exc


def status_type(lang: str) -> Callable[[str], str]:
    """The argparse ``type`` of a ``STATUS`` option: a group status code, in any case."""

    def parse(value: str) -> str:
        try:
            return GroupStatus(value.strip().lower()).value
        except ValueError:
            choices = ", ".join(s.value for s in GroupStatus)
            raise argparse.ArgumentTypeError(
                tr("cli.bad_status", lang, value=value, choices=choices)
            ) from None

    return parse
