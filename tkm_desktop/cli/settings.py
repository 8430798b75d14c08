"""``office …``, ``signatory …``, ``team …`` and ``scheme …``: the office's settings."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tkm_desktop.cli.core import (
    EXIT_OK,
    AddCommand,
    Run,
    UsageError,
    add_user_option,
    format_table,
    read_file,
    resolve_actor,
    subcommands,
)
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.i18n import register, tr

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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
    logo = read_file(run, Path(args.logo)) if args.logo is not None else None
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


def add_settings_commands(add: AddCommand, lang: str) -> None:
    """The parsers of ``office``, ``signatory``, ``team`` and ``scheme``."""
    from tkm_desktop.domain.letters import LETTER_FONTS, NUMBER_SOURCES, SIGNING_MODES

    t = partial(tr, lang=lang)


    def listing(verb: Callable[..., argparse.ArgumentParser], name: str,
                handler: Callable[[Run], int]) -> None:  # fmt: skip
        verb(name, handler).add_argument("--json", action="store_true", help=t("cli.opt.json"))

    def text_option(p: argparse.ArgumentParser, flag: str, key: str, **kw: Any) -> None:
        p.add_argument(flag, metavar="TEXT", help=t(key), **kw)

    verb = subcommands(add, "office", cmd_office_show, lang)
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

    verb = subcommands(add, "signatory", cmd_signatory_list, lang)
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

    verb = subcommands(add, "team", cmd_team_list, lang)
    listing(verb, "list", cmd_team_list)
    p = verb("add", cmd_team_change)
    text_option(p, "--name", "cli.opt.person_name", required=True)
    text_option(p, "--position", "cli.opt.position", default="")
    p.add_argument("--nip", metavar="NIP", default="", help=t("cli.opt.nip"))
    add_user_option(p, lang, required=True)
    p = verb("remove", cmd_team_change)
    p.add_argument("id", metavar="ID", type=int, help=t("cli.opt.settings_id"))
    add_user_option(p, lang, required=True)

    verb = subcommands(add, "scheme", cmd_scheme_list, lang)
    listing(verb, "list", cmd_scheme_list)
    p = verb("default", cmd_scheme_default)
    p.add_argument("code", metavar="CODE", help=t("cli.opt.scheme_code"))
    add_user_option(p, lang, required=True)
