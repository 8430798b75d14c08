"""What the import tests share: the village workbooks, an office to import into, and a
snapshot of every table ("exactly as before" means two snapshots are equal).

Import it as ``from tests.import_support import ...``: the project folder is on the path.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from tests.excel.fixtures import village_books as vb
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Base, Office

__all__ = ["seed_office", "snapshot", "vb"]


def seed_office(db: Database) -> Database:
    """The office (Kota Bekasi) the rosters are imported into, unless one is stored."""
    with db.session() as s:
        if not s.scalar(select(func.count(Office.id))):
            s.add(Office(region_code=vb.OFFICE, place_name="Bekasi"))
    return db


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table."""
    out = {}
    with db.reader() as s:
        for table in Base.metadata.sorted_tables:
            rows = s.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
    return out
