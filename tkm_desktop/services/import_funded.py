"""``import FILE --funded --scheme CODE``: earlier recipients into the funded-before register.

The list is read like a proposal (any layout, same synonyms), so NIK_FUNDED_BEFORE
works from day one. Only 16-digit NIKs are registered; the others are reported.
A NIK already registered for the same scheme is not added twice.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import insert, select

from tkm_desktop.excel.columns import Synonyms
from tkm_desktop.excel.reader import DEFAULT_ROW_CAP
from tkm_desktop.services import audit
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.import_store import fault_point
from tkm_desktop.services.importer import (
    ImportResult,
    file_sha256,
    load_proposal,
    refuse_if_needed,
)
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import FundedBefore


def import_funded(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    scheme_code: str | None,
    dry_run: bool,
    today: dt.date | None,
    synonyms: Synonyms | None,
    row_cap: int = DEFAULT_ROW_CAP,
) -> ImportResult:
    if not scheme_code or not scheme_code.strip():
        raise InputRefused("Daftar penerima terdahulu (--funded) memerlukan --scheme KODE.")
    code = scheme_code.strip().upper()
    data = load_proposal(db, path, today=today, synonyms=synonyms, row_cap=row_cap)
    result = ImportResult(file=path.name, dry_run=dry_run, layout=data.layout,
                          sha256=file_sha256(path), errors=data.errors,
                          findings=data.findings)  # fmt: skip
    if refuse_if_needed(result, strict=False):
        return result
    rows = []
    seen: set[str] = set()
    for g in data.groups:
        for m in g.members:
            if len(m.nik) == 16 and m.nik.isdigit() and m.nik not in seen:
                seen.add(m.nik)
                rows.append({"nik": m.nik, "name": m.name[:200], "group_name": g.name[:200],
                             "scheme_code": code[:40], "source_file": path.name[:260]})  # fmt: skip
    unit = db.reader() if dry_run else db.session()
    with unit as s:
        known = set(s.scalars(select(FundedBefore.nik).where(FundedBefore.scheme_code == code)))
        rows = [r for r in rows if r["nik"] not in known]
        result.funded_loaded = len(rows)
        result.members_created = 0
        result.groups_created = 0
        if dry_run:
            return result
        for start in range(0, len(rows), 20_000):
            s.execute(insert(FundedBefore), rows[start : start + 20_000])
        fault_point("after_members")
        audit.record(
            s, actor, audit.CREATE, "funded_before", code,
            after={"file": path.name, "sha256": result.sha256, "scheme": code,
                   "loaded": len(rows), "skipped_known": len(seen) - len(rows)},
        )  # fmt: skip
    return result
