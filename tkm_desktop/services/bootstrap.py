"""Opening the office's database: schema, seeded schemes, and the application context.

``open_app`` is what the window and the command line call; ``open_database`` is the
part that tests and the ``demo`` command use on a database of their own.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tkm_desktop.domain.schemes import SchemeParams, load_scheme_dir
from tkm_desktop.paths import DataPaths, data_paths, resources_dir
from tkm_desktop.store.db import Database, database_url, sqlite_url
from tkm_desktop.store.migrate import (
    ForeignDatabaseError,
    SchemaError,
    SchemaTooNewError,
    ensure_schema,
    lock_schema,
)
from tkm_desktop.store.models import Scheme

__all__ = [
    "AppContext",
    "DemoMissingError",
    "ForeignDatabaseError",
    "SchemaError",
    "SchemaTooNewError",
    "default_scheme",
    "open_app",
    "open_database",
    "scheme_by_code",
    "seed_schemes",
]

log = logging.getLogger(__name__)


class DemoMissingError(Exception):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Basis data demo belum ada ({path}). Jalankan `tkm-desktop demo` "
            "terlebih dahulu untuk membuatnya."
        )
        self.path = path


@dataclass
class AppContext:
    """What the window or a command works with: the open database and the data folder."""

    db: Database
    paths: DataPaths
    demo: bool
    lang: str

    def close(self) -> None:
        self.db.dispose()


def open_app(
    data_dir: str | None, db_url: str | None, *, demo: bool, lang: str = "id"
) -> AppContext:
    """Resolve the data folder and database (``--data-dir``, ``--db``, ``--demo``) and open it."""
    paths = data_paths(data_dir).ensure()
    if demo:
        if not paths.demo_db_file.exists():
            raise DemoMissingError(paths.demo_db_file)
        url = sqlite_url(paths.demo_db_file)
        # Kept apart so a copy of the demo database is never taken for the office's.
        backup_dir = paths.backup_dir / "demo"
    else:
        url = database_url(db_url, paths.db_file)
        backup_dir = paths.backup_dir
    return AppContext(open_database(url, backup_dir=backup_dir), paths, demo, lang)


def open_database(url: str, *, backup_dir: Path | None = None) -> Database:
    """A ``Database`` whose schema is at head and whose scheme table is seeded.

    Raises ``SchemaError`` (Indonesian message) for a database this program must not
    touch: made by a newer version, or not made by TKM Desktop at all.
    """
    db = Database(url)
    try:
        report = ensure_schema(db.engine, backup_dir=backup_dir)
        log.info("database %s: schema %s (%s)", db.description, report.to_revision, report.action)
        seed_schemes(db)
    except BaseException:
        db.dispose()
        raise
    return db


# --- schemes --------------------------------------------------------------------


def seed_schemes(db: Database, folder: Path | None = None) -> int:
    """Fill an empty scheme table from ``resources/schemes/*.toml``; the number added."""
    with db.reader() as reader:
        if reader.scalar(select(func.count()).select_from(Scheme)):
            return 0
    params = load_scheme_dir(folder or resources_dir() / "schemes")
    defaults = [p.code for p in params if p.is_default]
    if len(defaults) != 1:
        raise ValueError(f"the seed schemes must mark exactly one default, not {defaults}")
    with db.session() as session:
        lock_schema(session.connection())
        # Another client may have seeded while we read.
        if session.scalar(select(func.count()).select_from(Scheme)):
            return 0
        session.add_all(Scheme(**_scheme_columns(p)) for p in params)
    log.info("seeded %d schemes, default %s", len(params), defaults[0])
    return len(params)


def _scheme_columns(p: SchemeParams) -> dict[str, Any]:
    # Spelled out so that renaming a field on either side breaks here, loudly.
    return {
        "code": p.code,
        "name": p.name,
        "year": p.year,
        "active": p.active,
        "is_default": p.is_default,
        "members_min": p.members_min,
        "members_max": p.members_max,
        "grant_ceiling": p.grant_ceiling,
        "age_min": p.age_min,
        "age_max": p.age_max,
        "age_reference_date": p.age_reference_date,
        "required_roles": list(p.required_roles),
        "tools_share": p.tools_share,
        "split_tolerance": p.split_tolerance,
        "excludes_earlier_grant": p.excludes_earlier_grant,
        "funded_before_severity": p.funded_before_severity,
        "same_kk_severity": p.same_kk_severity,
        "group_quota": p.group_quota,
        "documents": list(p.documents),
        "export_format": p.export_format,
    }


def default_scheme(session: Session) -> Scheme:
    """The scheme marked default (what ``import`` uses without ``--scheme``)."""
    found = session.scalars(select(Scheme).where(Scheme.is_default).order_by(Scheme.id)).all()
    if not found:
        raise LookupError(
            "Belum ada skema yang ditandai sebagai skema bawaan. Tandai satu skema "
            "sebagai bawaan, atau sebutkan skemanya (--scheme KODE)."
        )
    if len(found) > 1:
        codes = ", ".join(s.code for s in found)
        raise LookupError(
            f"Lebih dari satu skema ditandai sebagai skema bawaan ({codes}). "
            "Tandai satu saja, atau sebutkan skemanya (--scheme KODE)."
        )
    return found[0]


def scheme_by_code(session: Session, code: str) -> Scheme:
    """The scheme with this code (letter case ignored)."""
    wanted = code.strip().upper()
    scheme = session.scalar(select(Scheme).where(func.upper(Scheme.code) == wanted))
    if scheme is None:
        known = ", ".join(session.scalars(select(Scheme.code).order_by(Scheme.code))) or "-"
        raise LookupError(f"Skema '{code}' tidak dikenal. Skema yang ada: {known}.")
    return scheme
