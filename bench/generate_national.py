"""Generate the national-scale dataset the benchmarks run on (see bench/README.md).

    uv run python bench/generate_national.py --groups 12000 --members 20 --seed 1 --out bench/out/

writes, into ``--out``:

- ``national.sqlite3``: a database as the program makes it (``open_database``: schema
  and seeded schemes) holding the office, its head and every group with members and
  budget plan, status ``diusulkan``; bulk-inserted with SQLAlchemy Core.
- ``national_roster.xlsx``: the same groups as a village roster (``Anggota`` and
  ``Kelompok`` sheets), streamed by openpyxl's write-only mode.
- ``national_manifest.json``: the arguments, counts, timings and the planted mistakes
  (group id, member position, finding code) a vetting benchmark can check against.

One pass over ``synthetic.iter_groups``: each group goes to the database and the
workbook before the next is drawn, so memory stays flat. Files are written to
``NAME.part`` and renamed when complete.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert

from tkm_desktop.excel.roster_writer import DEFAULT_TITLE, write_roster_workbook
from tkm_desktop.services.bootstrap import open_database, scheme_by_code
from tkm_desktop.services.synthetic import (
    GroupData,
    PlantedDefect,
    iter_groups,
    make_office,
    make_signatory,
)
from tkm_desktop.store.db import Database, sqlite_url
from tkm_desktop.store.models import BudgetItem, Group, Member, Office, Signatory

DB_FILE = "national.sqlite3"
ROSTER_FILE = "national_roster.xlsx"
MANIFEST_FILE = "national_manifest.json"
# A fixed date, so that a seed gives the same files on any day.
DEFAULT_TODAY = dt.date(2025, 6, 2)
CHUNK = 500  # groups per round of INSERTs


def _members_arg(text: str) -> int | tuple[int, int]:
    """'20' or a range '10-20'."""
    lo, sep, hi = text.partition("-")
    return (int(lo), int(hi)) if sep else int(lo)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--groups", type=int, default=12_000)
    p.add_argument("--members", type=_members_arg, default=20, help="per group: 20 or 10-20")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    p.add_argument("--scheme", default="TKM-JPS-2020", help="scheme code (default TKM-JPS-2020)")
    p.add_argument("--region", default="32.75", help="the office's kab/kota (default 32.75)")
    p.add_argument("--today", type=dt.date.fromisoformat, default=DEFAULT_TODAY)
    p.add_argument("--no-defects", dest="defects", action="store_false")
    return p.parse_args(argv)


class Stopwatch:
    """Wall and CPU seconds spent inside ``with`` blocks. On a shared machine the CPU
    seconds (of this process) are the steadier figure."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0

    def __enter__(self) -> Stopwatch:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall += time.perf_counter() - self._wall
        self.cpu += time.process_time() - self._cpu


class Loader:
    """Buffers rows of a few hundred groups and inserts them in one executemany each."""

    def __init__(self, conn: Connection, scheme_id: int, now: dt.datetime) -> None:
        self.conn, self.scheme_id, self.now = conn, scheme_id, now
        self.groups: list[dict[str, Any]] = []
        self.members: list[dict[str, Any]] = []
        self.budget: list[dict[str, Any]] = []
        self.watch = Stopwatch()
        self.next_id = 1
        self.member_count = 0

    def add(self, g: GroupData) -> int:
        group_id, self.next_id = self.next_id, self.next_id + 1
        self.member_count += len(g.members)
        self.groups.append(
            {
                "id": group_id,
                "scheme_id": self.scheme_id,
                "name": g.name,
                "business_type": g.business_type,
                "sector": g.sector,
                "street": g.street,
                "rt_rw": g.rt_rw,
                "kelurahan_code": g.kelurahan_code,
                "kecamatan_code": g.kecamatan_code,
                "kelurahan_name": g.kelurahan_name,
                "kecamatan_name": g.kecamatan_name,
                "recommender_name": g.recommender_name,
                "recommender_title": g.recommender_title,
                "recommender_letter_number": g.recommender_letter_number,
                "recommender_letter_date": g.recommender_letter_date,
                "bank_name": g.bank_name,
                "account_number": g.account_number,
                "account_holder": g.account_holder,
                "status": "diusulkan",
                "version": 1,
                "created_at": self.now,
                "updated_at": self.now,
            }
        )
        self.members.extend(
            {
                "group_id": group_id,
                "position": i,
                "nik": m.nik,
                "nik_source": m.nik_source,
                "kk": m.kk,
                "name": m.name,
                "birth_place": m.birth_place,
                "birth_date": m.birth_date,
                "sex": m.sex,
                "address": m.address,
                "rt_rw": m.rt_rw,
                "kelurahan_code": m.kelurahan_code,
                "phone": m.phone,
                "education": m.education,
                "work_status": m.work_status,
                "role": m.role,
            }
            for i, m in enumerate(g.members)
        )
        self.budget.extend(
            {
                "group_id": group_id,
                "position": i,
                "item": b.item,
                "category": b.category,
                "quantity": b.quantity,
                "unit": b.unit,
                "unit_price": b.unit_price,
            }
            for i, b in enumerate(g.budget)
        )
        if len(self.groups) >= CHUNK:
            self.flush()
        return group_id

    def flush(self) -> None:
        with self.watch:
            for table, rows in (
                (Group.__table__, self.groups),
                (Member.__table__, self.members),
                (BudgetItem.__table__, self.budget),
            ):
                if rows:
                    self.conn.execute(insert(table), rows)
                    rows.clear()


def timed(groups: Iterator[GroupData], watch: Stopwatch) -> Iterator[GroupData]:
    """The groups, with the time spent drawing them (not consuming them) on ``watch``."""
    while True:
        with watch:
            group = next(groups, None)
        if group is None:
            return
        yield group


def _remove_sqlite(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)


def _add_office(db: Database, args: argparse.Namespace) -> int:
    """The office row and its head (as ``generate`` would make them); the scheme's id."""
    rng = random.Random(f"{args.seed}:office")
    office, head = make_office(args.region, rng), make_signatory(args.region, rng)
    with db.session() as s:
        s.add(Office(**dataclasses.asdict(office)))
        s.add(Signatory(**dataclasses.asdict(head), active=True, is_default=True))
        return scheme_by_code(s, args.scheme).id


def generate(args: argparse.Namespace) -> dict[str, Any]:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    db_file, roster_file = out / DB_FILE, out / ROSTER_FILE
    db_part = db_file.with_name(db_file.name + ".part")
    _remove_sqlite(db_part)
    setup, drawing, writing, total = Stopwatch(), Stopwatch(), Stopwatch(), Stopwatch()
    planted: list[PlantedDefect] = []
    with total:
        with setup:
            db = open_database(sqlite_url(db_part), backup_dir=out / "backups")
        try:
            with setup:
                scheme_id = _add_office(db, args)
                groups = iter_groups(
                    args.seed,
                    groups=args.groups,
                    members_per_group=args.members,
                    region_code=args.region,
                    scheme_code=args.scheme,
                    defects=args.defects,
                    today=args.today,
                    planted=planted,
                )
            with db.engine.begin() as conn:
                loader = Loader(conn, scheme_id, dt.datetime.now(dt.UTC))

                def to_database(source: Iterator[GroupData]) -> Iterator[GroupData]:
                    for group in source:
                        loader.add(group)
                        yield group

                with writing:
                    source = to_database(timed(groups, drawing))
                    write_roster_workbook(roster_file, source, title=DEFAULT_TITLE)
                    loader.flush()
            raw = db.engine.raw_connection()
            try:  # one self-contained file, no -wal beside it
                raw.cursor().execute("PRAGMA journal_mode=DELETE")
            finally:
                raw.close()
        finally:
            db.dispose()
        _remove_sqlite(db_file)
        os.replace(db_part, db_file)

    def phases(kind: str) -> dict[str, float]:
        got = {w: getattr(watch, kind) for w, watch in (
            ("setup", setup), ("generate", drawing), ("database", loader.watch),
            ("roster", writing), ("total", total),
        )}  # fmt: skip
        # The roster's own share: what writing took beyond drawing and inserting.
        got["roster"] -= got["generate"] + got["database"]
        return {k: round(v, 2) for k, v in got.items()}

    return {
        "seed": args.seed,
        "groups": args.groups,
        "members_per_group": args.members,
        "scheme": args.scheme,
        "region": args.region,
        "today": args.today.isoformat(),
        "defects": args.defects,
        "members": loader.member_count,
        "seconds": phases("wall"),
        "cpu_seconds": phases("cpu"),
        "bytes": {DB_FILE: db_file.stat().st_size, ROSTER_FILE: roster_file.stat().st_size},
        "planted": [
            {"group_id": p.group_index + 1, "member_position": p.member_index, "code": p.code}
            for p in planted
        ],
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    report = generate(args)
    manifest = args.out / MANIFEST_FILE
    part = manifest.with_name(manifest.name + ".part")
    part.write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")
    os.replace(part, manifest)
    b = report["bytes"]
    print(
        f"{report['groups']} groups, {report['members']} members, "
        f"{len(report['planted'])} planted mistakes"
    )
    for label, key in (("wall", "seconds"), ("cpu", "cpu_seconds")):
        t = report[key]
        print(
            f"{label:>4}: generate {t['generate']} s, database {t['database']} s, "
            f"roster {t['roster']} s, setup {t['setup']} s, total {t['total']} s"
        )
    print(f"{DB_FILE}: {b[DB_FILE] / 1e6:.1f} MB, {ROSTER_FILE}: {b[ROSTER_FILE] / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
