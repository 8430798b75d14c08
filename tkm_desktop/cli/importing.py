"""``import`` and ``template``: proposals in, the empty roster workbook out."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from tkm_desktop.cli.core import (
    EXIT_OK,
    EXIT_REFUSED,
    AddCommand,
    Run,
    UsageError,
    add_user_option,
    output_path,
    resolve_actor,
)
from tkm_desktop.services.i18n import register, tr

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
    "cli.import.findings_unsaved": {"id": "{n} temuan:", "en": "{n} findings:"},
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
    errors_out = output_path(run, args.errors_out) if args.errors_out else None
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
    text = p.text(run.lang)
    if p.row is None:
        return text
    return run.tr("cli.import.problem", sheet=p.sheet, row=p.row, column=p.column or "-",
                  message=text)  # fmt: skip


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
        _print_findings(run, result)
    if run.args.errors_out:
        run.out(run.tr("cli.import.errors_out", path=run.args.errors_out))


def _print_findings(run: Run, result: Any) -> None:
    # Findings are stored with the groups, so only a real import may say so; a refused
    # file lists them with its refusal on stderr (under --strict they are the reason).
    if result.refused or result.dry_run:
        say = run.err if result.refused else run.out
        say(run.tr("cli.import.findings_unsaved", n=len(result.findings)))
    else:
        say = run.out
        say(run.tr("cli.import.findings", n=len(result.findings)))
    for p in result.findings:
        say("  " + _problem_line(run, p))


def cmd_template(run: Run) -> int:
    """Write the empty roster workbook that villages fill."""
    from tkm_desktop.excel.template import write_template

    path = write_template(output_path(run, run.args.output))
    run.out(run.tr("cli.template.done", path=path))
    return EXIT_OK


def add_import_commands(add: AddCommand, lang: str) -> None:
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
