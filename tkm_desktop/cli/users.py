"""``user …`` and ``history`` (issue 3): accounts, roles and a group's audit trail."""

from __future__ import annotations

import dataclasses
import json
import sys
from functools import partial
from typing import Any

from tkm_desktop.cli.core import (
    EXIT_OK,
    EXIT_REFUSED,
    AddCommand,
    Run,
    UsageError,
    add_user_option,
    format_table,
    resolve_actor,
    subcommands,
)
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.i18n import register, tr

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
    "cli.cmd.user.unlock": {
        "id": "buka kunci akun yang terkunci karena gagal masuk berulang kali",
        "en": "unlock an account locked by repeated failed sign-ins",
    },
    "cli.cmd.history": {
        "id": "riwayat perubahan kelompok dari jejak audit",
        "en": "a group's history from the audit trail",
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
    "cli.col.locked_until": {"id": "Terkunci sampai", "en": "Locked until"},
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


def _read_new_password(run: Run) -> str:
    """From stdin with ``--password-stdin``, else typed twice at a terminal.

    Checked against the password rules here too, so the reasons speak ``--lang``.
    """
    import getpass

    from tkm_desktop.services.users import new_password_problems

    if run.args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InputRefused(run.tr("cli.password.empty"))
    elif not sys.stdin.isatty():
        raise InputRefused(run.tr("cli.password.no_tty"))
    else:
        password = getpass.getpass(run.tr("cli.password.prompt"))
        if getpass.getpass(run.tr("cli.password.again")) != password:
            raise InputRefused(run.tr("cli.password.mismatch"))
    problems = new_password_problems(password, run.args.name, run.lang)
    if problems:
        raise InputRefused(problems)
    return password


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
    columns = ("username", "display_name", "role", "active", "locked_until")
    header = [run.tr(f"cli.col.{k}") for k in columns]
    # A lock ends at the office's local time, as the window says it (empty: not locked).
    table = [
        [r.username, r.display_name, role_label(r.role, run.lang),
         run.tr("cli.user.active" if r.active else "cli.user.inactive"),
         f"{r.locked_until.astimezone():%d/%m/%Y %H:%M}" if r.locked_until else ""]
        for r in rows
    ]  # fmt: skip
    for line in format_table(header, table):
        run.out(line)
    return EXIT_OK


def cmd_user_change(run: Run) -> int:
    """``user deactivate|activate|role|password|unlock NAME``: an admin changes an account."""
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
        elif args.user_command == "unlock":
            user, action = users.unlock_user(session, actor, args.name), "unlock"
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


def add_user_and_history_commands(add: AddCommand, lang: str) -> None:
    """The parsers of ``user …`` and ``history``; called from ``build_parser``."""
    from tkm_desktop.domain.status import Role

    t = partial(tr, lang=lang)
    roles = [r.value for r in Role]
    role_help = t("cli.opt.role", choices=", ".join(roles))

    verb = subcommands(add, "user", cmd_user_list, lang)
    p = verb("add", cmd_user_add)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", metavar="ROLE", required=True, choices=roles, help=role_help)
    p.add_argument("--password-stdin", action="store_true", help=t("cli.opt.password_stdin"))
    p.add_argument("--display-name", metavar="TEXT", help=t("cli.opt.display_name"))
    # Required except for the very first user, which cmd_user_add checks.
    p.add_argument("--user", metavar="ADMIN", help=t("cli.opt.user_admin"))

    p = verb("list", cmd_user_list)
    p.add_argument("--json", action="store_true", help=t("cli.opt.json"))

    for name in ("deactivate", "activate", "role", "password", "unlock"):
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
