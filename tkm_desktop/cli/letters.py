"""``letter``, ``letters …`` and ``verify`` (issue 8): the outgoing register."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from tkm_desktop import applog
from tkm_desktop.cli.core import (
    EXIT_OK,
    AddCommand,
    Run,
    UsageError,
    add_user_option,
    format_table,
    output_path,
    read_file,
    resolve_actor,
    subcommands,
)
from tkm_desktop.files import write_whole
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.i18n import register, tr

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
    out = output_path(run, args.output)
    action = permissions.PRINT_DOCUMENT if args.draft else permissions.ISSUE_LETTER
    with run.db.reader() as session:
        actor = resolve_actor(run, session, action)
    demo = run.app().demo
    if args.draft:
        # The file is written inside the service, so a failed write is not recorded as a print.
        letters.draft_letter(run.db, actor, args.group_ids, kind=args.kind, paper=args.paper,
                             demo=demo, deliver=partial(write_whole, out))  # fmt: skip
        run.out(run.tr("cli.letter.draft_done", path=out))
        return EXIT_OK
    issued = letters.issue_letter(run.db, actor, args.group_ids, kind=args.kind, paper=args.paper,
                                  number=args.number, demo=demo, replaces=args.replaces,
                                  reason=args.reason or "")  # fmt: skip
    try:
        write_whole(out, issued.pdf)
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
    out = output_path(run, args.output) if verb == "reprint" else None
    data = read_file(run, Path(args.file)) if verb == "scan" else b""
    with run.db.reader() as session:
        actor = resolve_actor(run, session, action)
    if verb == "reprint":
        assert out is not None
        number, _ = letters.reprint_letter(run.db, actor, args.letter_id,
                                           deliver=partial(write_whole, out))  # fmt: skip
        run.out(run.tr("cli.letter.reprinted", number=number, path=out))
    elif verb == "revoke":
        number = letters.revoke_letter(run.db, actor, args.letter_id, args.reason)
        run.out(run.tr("cli.letter.revoked", number=number))
    else:
        number = letters.attach_scan(run.db, actor, args.letter_id, Path(args.file).name, data)
        run.out(run.tr("cli.letter.scanned", number=number))
    return EXIT_OK


def cmd_verify(run: Run) -> int:
    """``verify FILE.pdf`` or ``verify --code TEXT``: sah, dicabut, diubah or tidak dikenal."""
    from tkm_desktop.domain.dates import format_long
    from tkm_desktop.services.letter_register import verify_code, verify_pdf

    args = run.args
    # JSON keeps its reason in Indonesian whatever --lang says: other programs read it.
    lang = "id" if args.json else run.lang
    if args.code is not None:
        verdict = verify_code(run.db, args.code, lang=lang)
    else:
        verdict = verify_pdf(run.db, read_file(run, Path(args.file)), lang=lang)
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
        run.out("  " + run.tr("cli.verify.date", value=format_long(verdict.letter_date, lang=lang)))
    if verdict.groups:
        run.out("  " + run.tr("cli.verify.groups", value=", ".join(verdict.groups)))
    if verdict.members is not None:
        run.out("  " + run.tr("cli.verify.members", value=verdict.members))
    return _VERIFY_EXIT[verdict.status]


def add_letter_commands(add: AddCommand, lang: str) -> None:
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

    verb = subcommands(add, "letters", cmd_letters_list, lang)
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
