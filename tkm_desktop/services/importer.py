"""Importing a proposal file: read, check, and store its groups in one transaction.

Structure errors (and, with ``strict``, any error-severity finding) refuse the whole
file: nothing is written. Otherwise every group is stored as ``diusulkan`` with its
members (bulk Core inserts, so the national roster takes seconds) and its data
findings (``Finding(source='import')``); one audit event records the file, its
SHA-256 and the counts, and each group gets its own ``create`` event (up to
GROUP_EVENTS_LIMIT groups). ``TKM_FAULT=import:<point>`` kills the process at a
named point (see import_store), for the test that proves a killed import leaves the
database as it was.

For the window: ``overrides`` place a field by hand (see proposal_reader),
``progress(done, total, text)`` is told how far the work is (in ``lang``), and
``check()`` is called between steps and may raise to stop: the one transaction then
rolls back before anything is committed.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.excel.columns import Synonyms, SynonymsError
from tkm_desktop.excel.errors_out import write_errors_workbook
from tkm_desktop.excel.proposal import GroupData, Problem, ProposalData, make_problem
from tkm_desktop.excel.proposal_reader import Overrides, Tick, read_proposal
from tkm_desktop.excel.reader import DEFAULT_ROW_CAP
from tkm_desktop.services import audit, permissions
from tkm_desktop.services.bootstrap import default_scheme, scheme_by_code
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.i18n import DEFAULT_LANG, register, tr
from tkm_desktop.services.import_store import fault_point, insert_groups
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Group, Office, Scheme

log = logging.getLogger(__name__)

ENTITY = "import"
# Each group's own story starts with an event, up to this many groups per file; beyond
# it (a national bulk load) the one import event lists the group ids instead, since a
# chained event costs about a millisecond.
GROUP_EVENTS_LIMIT = 1_000


@dataclass
class RosterDiff:
    """What ``--replace`` changed in a returned group's roster (NIKs masked for display)."""

    group_id: int
    added: list[dict[str, str]] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ImportResult:
    file: str
    groups_created: int = 0
    members_created: int = 0
    errors: list[Problem] = field(default_factory=list)
    findings: list[Problem] = field(default_factory=list)
    refused: bool = False
    dry_run: bool = False
    group_ids: list[int] = field(default_factory=list)
    layout: str = ""
    sha256: str = ""
    replaced: RosterDiff | None = None
    funded_loaded: int = 0
    reasons: list[str] = field(default_factory=list)  # why it was refused, for people

    def as_json(self) -> dict[str, Any]:
        """The command line's ``--json`` document (DESIGN.md), with a few extra keys."""
        doc: dict[str, Any] = {
            "file": self.file,
            "groups_created": self.groups_created,
            "members_created": self.members_created,
            "errors": [p.as_json() for p in self.errors],
            "findings": [p.as_json() for p in self.findings],
            "refused": self.refused,
            "dry_run": self.dry_run,
            "group_ids": self.group_ids,
            "layout": self.layout,
            "sha256": self.sha256,
        }
        if self.replaced is not None:
            doc["replaced"] = {
                "group_id": self.replaced.group_id,
                "added": self.replaced.added,
                "removed": self.replaced.removed,
                "changed": self.replaced.changed,
            }
        if self.funded_loaded:
            doc["funded_loaded"] = self.funded_loaded
        return doc


Progress = Callable[[int, int, str], None]

# The steps' lines; the reader (excel.proposal_reader) and import_store tick with these keys.
_STEPS = {
    "import.progress.file": {"id": "Membaca {file}…", "en": "Reading {file}…"},
    "import.progress.sheet": {"id": "Membaca lembar {sheet}: baris {row}",
                              "en": "Reading sheet {sheet}: row {row}"},
    "import.progress.groups": {"id": "Menyimpan kelompok…", "en": "Saving the groups…"},
    "import.progress.members": {"id": "Menyimpan anggota…", "en": "Saving the members…"},
    "import.progress.findings": {"id": "Menyimpan temuan…", "en": "Saving the findings…"},
    "import.progress.history": {"id": "Mencatat riwayat kelompok…",
                                "en": "Recording the groups' history…"},
    "import.progress.commit": {"id": "Menyimpan…", "en": "Saving…"},
}  # fmt: skip
register(_STEPS)


def ticker(
    progress: Progress | None, check: Callable[[], None] | None, *, lang: str = DEFAULT_LANG
) -> Tick | None:
    """One callable for the steps of an import, ``tick(done, total, key, **values)``:
    ``check`` (may raise), then ``progress`` with the step's line in ``lang``."""
    if progress is None and check is None:
        return None

    def tick(done: int, total: int, key: str, **values: object) -> None:
        if check is not None:
            check()
        if progress is not None:
            progress(done, total, tr(key, lang, **values))

    return tick


class _Refuse(Exception):
    """Raised inside the transaction so that it rolls back."""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()


def office_region(db: Database) -> str | None:
    with db.reader() as s:
        return s.scalar(select(Office.region_code).order_by(Office.id).limit(1)) or None


def load_proposal(
    db: Database,
    path: Path,
    *,
    today: dt.date | None = None,
    synonyms: Synonyms | None = None,
    row_cap: int = DEFAULT_ROW_CAP,
    overrides: Overrides | None = None,
    tick: Tick | None = None,
) -> ProposalData:
    """The file read against the office's region (for the wizard's preview, too)."""
    try:
        return read_proposal(path, synonyms=synonyms, office_region_code=office_region(db),
                             today=today or dt.date.today(), row_cap=row_cap,
                             overrides=overrides, tick=tick)  # fmt: skip
    except SynonymsError as e:
        raise InputRefused(str(e)) from None


def import_file(
    db: Database,
    actor: Actor,
    path: str | Path,
    *,
    scheme_code: str | None = None,
    dry_run: bool = False,
    strict: bool = False,
    replace_group_id: int | None = None,
    errors_out: str | Path | None = None,
    funded: bool = False,
    today: dt.date | None = None,
    synonyms: Synonyms | None = None,
    row_cap: int = DEFAULT_ROW_CAP,
    overrides: Overrides | None = None,
    progress: Progress | None = None,
    check: Callable[[], None] | None = None,
    lang: str = DEFAULT_LANG,
) -> ImportResult:
    """Import a proposal (or, with ``funded``, an earlier year's recipients); see the module doc.

    Raises InputRefused for what is not about the file's content (permission, unknown
    scheme, a group that cannot be replaced); the file's own problems are in the result.
    Whatever ``check`` raises passes through, with nothing written. ``lang`` is the
    language of the ``progress`` lines.
    """
    path = Path(path)
    permissions.require(actor, permissions.IMPORT)
    with _bulk_load():
        return _import_file(db, actor, path, scheme_code=scheme_code, dry_run=dry_run,
                            strict=strict, replace_group_id=replace_group_id,
                            errors_out=errors_out, funded=funded, today=today,
                            synonyms=synonyms, row_cap=row_cap, overrides=overrides,
                            tick=ticker(progress, check, lang=lang))  # fmt: skip


@contextmanager
def _bulk_load() -> Iterator[None]:
    """No cyclic garbage collection while a roster is read and stored.

    A national roster makes a million small objects and none of them forms a cycle;
    the collector would walk them again and again for nothing (about 15% of the time).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import_file(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    scheme_code: str | None,
    dry_run: bool,
    strict: bool,
    replace_group_id: int | None,
    errors_out: str | Path | None,
    funded: bool,
    today: dt.date | None,
    synonyms: Synonyms | None,
    row_cap: int,
    overrides: Overrides | None,
    tick: Tick | None,
) -> ImportResult:
    if funded:
        from tkm_desktop.services.import_funded import import_funded

        return import_funded(db, actor, path, scheme_code=scheme_code, dry_run=dry_run,
                             today=today, synonyms=synonyms, row_cap=row_cap)  # fmt: skip
    if tick is not None:
        tick(0, 0, "import.progress.file", file=path.name)
    data = load_proposal(db, path, today=today, synonyms=synonyms, row_cap=row_cap,
                         overrides=overrides, tick=tick)  # fmt: skip
    result = ImportResult(file=path.name, dry_run=dry_run, layout=data.layout,
                          sha256=file_sha256(path))  # fmt: skip
    # A dry run only reads, so it never waits for (or holds) the write lock.
    unit = db.reader() if dry_run else db.session()
    try:
        with unit as s:
            _import(s, actor, data, result, scheme_code=scheme_code, strict=strict,
                    replace_group_id=replace_group_id, dry_run=dry_run, tick=tick)  # fmt: skip
            if result.refused:
                raise _Refuse
            if tick is not None:  # the last chance to stop: nothing is committed yet
                tick(len(data.groups), len(data.groups), "import.progress.commit")
            fault_point("before_commit")
    except _Refuse:
        log.info("import refused: %d errors", len(result.errors))
    else:
        log.info("import%s: %d groups, %d members", " (dry run)" if dry_run else "",
                 result.groups_created, result.members_created)  # fmt: skip
    if result.refused:
        result.group_ids = []
    if errors_out:
        write_errors_workbook(data, Path(errors_out), extra=result.errors + result.findings)
    return result


def _import(
    s: Session,
    actor: Actor,
    data: ProposalData,
    result: ImportResult,
    *,
    scheme_code: str | None,
    strict: bool,
    replace_group_id: int | None,
    dry_run: bool,
    tick: Tick | None = None,
) -> None:
    result.errors = list(data.errors)
    result.findings = list(data.findings)
    if replace_group_id is not None:
        from tkm_desktop.services.import_replace import replace_roster

        replace_roster(s, actor, data, result, replace_group_id, strict=strict, dry_run=dry_run)
        return
    scheme = find_scheme(s, scheme_code)
    if not dry_run:
        # Two clerks importing the same file at once on one server: the second waits
        # here for the first to commit, then finds its groups (GROUP_EXISTS). Its own
        # key, so sign-ins and letters do not wait for a national file's insert.
        # SQLite's writers queue already; a dry run writes nothing and waits for nobody.
        audit.lock_chain(s, audit.IMPORT_LOCK_KEY)
    result.errors += existing_groups(s, scheme, data.groups)
    result.groups_created = len(data.groups)
    result.members_created = data.members_count
    if refuse_if_needed(result, strict) or dry_run:
        return
    result.group_ids = insert_groups(s, actor, scheme, data.groups, tick=tick)
    if len(data.groups) <= GROUP_EVENTS_LIMIT:
        total = len(data.groups)
        for done, (g, gid) in enumerate(zip(data.groups, result.group_ids, strict=True)):
            if tick is not None and not done % 100:
                tick(done, total, "import.progress.history")
            audit.record(
                s, actor, audit.CREATE, "group", gid, group_id=gid,
                after={"name": g.name, "members": len(g.members), "status": "diusulkan",
                       "source": "import", "file": result.file, "sha256": result.sha256},
            )  # fmt: skip
    audit.record(
        s, actor, audit.CREATE, ENTITY, result.sha256[:16],
        after={
            "file": result.file, "sha256": result.sha256, "scheme": scheme.code,
            "layout": data.layout, "groups_created": result.groups_created,
            "members_created": result.members_created, "findings": len(result.findings),
            "group_ids": result.group_ids,
        },
    )  # fmt: skip
    fault_point("after_audit")


def refuse_if_needed(result: ImportResult, strict: bool) -> bool:
    if result.errors:
        result.refused = True
        result.reasons = [f"{p.sheet} baris {p.row}: {p.message}" if p.row else p.message
                          for p in result.errors]  # fmt: skip
    elif strict and any(p.severity == "error" for p in result.findings):
        result.refused = True
        result.reasons = ["Mode --strict: ada temuan bertingkat kesalahan; berkas tidak diimpor."]
    if result.refused:
        result.groups_created = result.members_created = 0
    return result.refused


@dataclass(frozen=True)
class ImportChoices:
    """What the import wizard offers: schemes (the default first) and returned groups."""

    schemes: list[tuple[str, str]]  # (code, "CODE — Name")
    returned: list[tuple[int, str]]  # (group id, "Name (CODE)") of groups in dikembalikan


def import_choices(db: Database) -> ImportChoices:
    with db.reader() as s:
        schemes = s.scalars(
            select(Scheme).order_by(Scheme.is_default.desc(), Scheme.year.desc(), Scheme.code)
        ).all()
        returned = s.execute(
            select(Group.id, Group.name, Scheme.code)
            .join(Scheme, Group.scheme_id == Scheme.id)
            .where(Group.status == GroupStatus.DIKEMBALIKAN.value)
            .order_by(Group.name, Group.id)
        ).all()
        return ImportChoices(
            [(sc.code, f"{sc.code} — {sc.name}") for sc in schemes],
            [(gid, f"{name} ({code})") for gid, name, code in returned],
        )


def find_scheme(s: Session, code: str | None) -> Scheme:
    try:
        return scheme_by_code(s, code) if code else default_scheme(s)
    except LookupError as e:
        raise InputRefused(str(e)) from None


def group_key(name: str, kelurahan_code: str) -> tuple[str, str]:
    return (" ".join(name.casefold().split()), kelurahan_code)


def existing_groups(
    s: Session, scheme: Scheme, groups: Iterable[GroupData], skip_id: int | None = None
) -> list[Problem]:
    """GROUP_EXISTS for a group of the same name and kelurahan already in the scheme."""
    rows = s.execute(
        select(Group.id, Group.name, Group.kelurahan_code).where(
            Group.scheme_id == scheme.id, Group.status != GroupStatus.DIBATALKAN.value)
    )  # fmt: skip
    known = {group_key(name, kel): gid for gid, name, kel in rows if gid != skip_id}
    problems = []
    for g in groups:
        gid = known.get(group_key(g.name, g.kelurahan_code))
        if gid is not None:
            problems.append(make_problem("GROUP_EXISTS", g.position("name"), group=g.name,
                                         group_id=gid))  # fmt: skip
    return problems
