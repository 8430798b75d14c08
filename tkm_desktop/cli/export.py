"""``export`` (issue 10): groups in the ministry's Excel format."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from tkm_desktop.cli.core import (
    EXIT_OK,
    EXIT_REFUSED,
    AddCommand,
    Run,
    add_user_option,
    resolve_actor,
    status_type,
)
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.i18n import register, tr

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
    # JSON keeps its reasons in Indonesian whatever --lang says: other programs read them.
    plan = plan_export(run.db, actor, group_ids=args.group_ids or None, statuses=args.status,
                       format_name=args.format, lang="id" if args.json else run.lang)  # fmt: skip
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


def add_export_commands(add: AddCommand, lang: str) -> None:
    """The parser of ``export``; called from ``build_parser``."""
    t = partial(tr, lang=lang)
    p = add("export", cmd_export)
    p.add_argument("group_ids", metavar="GROUP_ID", type=int, nargs="*",
                   help=t("cli.opt.export_groups"))  # fmt: skip
    p.add_argument("-o", "--output", metavar="FILE.xlsx", required=True,
                   help=t("cli.opt.export_out"))  # fmt: skip
    p.add_argument("--format", metavar="NAME", help=t("cli.opt.export_format"))
    p.add_argument("--status", metavar="STATUS", type=status_type(lang), action="append",
                   help=t("cli.opt.export_status"))  # fmt: skip
    p.add_argument("--submit", action="store_true", help=t("cli.opt.export_submit"))
    p.add_argument("--dry-run", action="store_true", help=t("cli.opt.export_dry_run"))
    p.add_argument("--json", action="store_true", help=t("cli.opt.json"))
    add_user_option(p, lang, required=True)
