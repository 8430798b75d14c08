"""``document KIND`` (issue 9): the verification papers."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tkm_desktop import applog
from tkm_desktop.cli.core import (
    EXIT_OK,
    AddCommand,
    Run,
    UsageError,
    add_user_option,
    output_path,
    resolve_actor,
    status_type,
)
from tkm_desktop.files import write_whole
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.i18n import register, tr

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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
        write_whole(out, paper.data)
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
    out = output_path(run, args.output)
    with run.db.reader() as session:
        actor = resolve_actor(run, session, permissions.PRINT_DOCUMENT)
        flt = _recap_filter(run, session) if args.kind == "rekap" else None
    common = {"paper": args.paper, "demo": run.app().demo}
    deliver = partial(write_whole, out)  # a print is recorded once its file is written
    if args.kind == "lembar-verifikasi":
        paper = paperwork.print_verification_sheet(run.db, actor, args.group_ids, **common,
                                                   deliver=deliver)  # fmt: skip
        run.out(run.tr("cli.document.sheet_done", n=len(paper.group_ids), path=out))
        return EXIT_OK
    if args.kind == "rekap":
        file_type = out.suffix.lower().lstrip(".")
        paper = paperwork.print_recap(run.db, actor, flt, args.group_ids or None,
                                      file_type=file_type, **common, deliver=deliver)  # fmt: skip
        run.out(run.tr("cli.document.recap_done", n=len(paper.group_ids), path=out))
        return EXIT_OK
    letter = {"draft": args.draft, "number": args.number, **common,
              "deliver": deliver if args.draft else None}  # fmt: skip
    if args.kind == "berita-acara":
        paper = paperwork.issue_minutes(run.db, actor, args.group_ids or None, **letter)
    else:
        paper = paperwork.issue_return_letter(run.db, actor, args.group_ids[0], **letter)
    title = run.tr(f"cli.document.title.{args.kind}")
    if args.draft:  # written by deliver
        run.out(run.tr("cli.document.draft_done", title=title, n=len(paper.group_ids), path=out))
    else:
        _write_issued(run, out, paper)
        run.out(run.tr("cli.document.issued", title=title, number=paper.number,
                       date=format_long(paper.letter_date), id=paper.letter_id,
                       n=len(paper.group_ids), path=out))  # fmt: skip
    if paper.attachment is not None:
        attachment = out.with_name(f"{out.stem}-lampiran.xlsx")
        write_whole(attachment, paper.attachment)
        run.out(run.tr("cli.document.attachment", path=attachment))
    return EXIT_OK


def add_document_commands(add: AddCommand, lang: str) -> None:
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
    p.add_argument("--status", metavar="STATUS", type=status_type(lang),
                   help=t("cli.opt.recap_status"))  # fmt: skip
    p.add_argument("--kecamatan", metavar="KODE", help=t("cli.opt.recap_kecamatan"))
    p.add_argument("--search", metavar="TEXT", help=t("cli.opt.recap_search"))
    add_user_option(p, lang, required=True)
