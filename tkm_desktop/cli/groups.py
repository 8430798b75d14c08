"""``groups``: the list of groups, as a table or as JSON."""

from __future__ import annotations

import dataclasses
from functools import partial

from tkm_desktop.cli.core import EXIT_OK, AddCommand, Run, format_table, status_type
from tkm_desktop.domain.status import label
from tkm_desktop.services.i18n import tr


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
    # The ID, not a running number: letter, vet, decide and history take group IDs.
    keys = ("id", "name", "scheme", "status", "members", "kelurahan", "kecamatan")
    table = [
        [str(r.id), r.name, r.scheme, label(r.status, run.lang), str(r.members), r.kelurahan,
         r.kecamatan]
        for r in rows
    ]  # fmt: skip
    header = [run.tr(f"cli.col.{k}") for k in keys]
    for line in format_table(header, table, right=(0, 4)):
        run.out(line)
    run.out()
    run.out(run.tr("cli.groups.total", n=len(rows)))
    return EXIT_OK


def add_groups_commands(add: AddCommand, lang: str) -> None:
    """The parser of ``groups``; called from ``build_parser`` (handlers are looked up here)."""
    t = partial(tr, lang=lang)
    p = add("groups", cmd_groups)
    p.add_argument("--status", metavar="STATUS", type=status_type(lang), help=t("cli.opt.status"))
    p.add_argument("--json", action="store_true", help=t("cli.opt.json"))
