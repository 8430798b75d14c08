"""``vet``, ``decide`` and ``ack`` (issue 5): findings, status changes, accepted warnings."""

from __future__ import annotations

from functools import partial

from tkm_desktop.cli.core import (
    EXIT_OK,
    AddCommand,
    Run,
    UsageError,
    add_user_option,
    resolve_actor,
    status_type,
)
from tkm_desktop.domain.status import GroupStatus, label
from tkm_desktop.services.i18n import register, tr

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
        "id": "Kelompok {id} – {name} [{status}]: {errors} kesalahan, {warnings} peringatan "
        "({open} belum diberi catatan), {infos} info",
        "en": "Group {id} – {name} [{status}]: {errors} errors, {warnings} warnings "
        "({open} without a note), {infos} info",
    },
    "cli.vet.total": {
        "id": "Jumlah: {groups} kelompok diperiksa; {errors} kesalahan, {warnings} peringatan.",
        "en": "Total: {groups} groups vetted; {errors} errors, {warnings} warnings.",
    },
    "cli.vet.error": {"id": "kesalahan", "en": "error"},
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
    from tkm_desktop.services import permissions
    from tkm_desktop.services.workflow import decide

    args = run.args
    target = GroupStatus(args.to)
    with_sk = target in (GroupStatus.DITETAPKAN, GroupStatus.TIDAK_DITETAPKAN)
    if args.sk is not None and not with_sk:
        raise UsageError(run.tr("cli.decide.sk_only"))
    when = parse_date(args.date) if args.date else None
    amount = parse_money(args.amount) if args.amount else None
    with run.db.reader() as session:
        # The step's role is decide()'s to check: its refusal names who records the step.
        actor = resolve_actor(run, session, permissions.READ)
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


def add_vet_commands(add: AddCommand, lang: str) -> None:
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
        type=status_type(lang),
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
