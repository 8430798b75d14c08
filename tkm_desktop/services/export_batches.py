"""The register of exports to the ministry, newest first (read-only, for the Ekspor page)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tkm_desktop.store.models import ExportBatch, ExportBatchGroup, User


@dataclass(frozen=True)
class ExportBatchRow:
    id: int
    created_at: dt.datetime
    file_name: str
    format_name: str
    groups: int
    username: str
    sha256: str


def list_export_batches(session: Session, *, limit: int = 1000) -> list[ExportBatchRow]:
    """The latest ``limit`` export batches with their group counts."""
    groups = (
        select(func.count(ExportBatchGroup.group_id))
        .where(ExportBatchGroup.batch_id == ExportBatch.id)
        .scalar_subquery()
    )
    query = (
        select(ExportBatch, groups, User.username)
        .outerjoin(User, User.id == ExportBatch.user_id)
        .order_by(ExportBatch.id.desc())
        .limit(limit)
    )
    return [
        ExportBatchRow(b.id, b.created_at, b.file_name, b.format_name, n, username or "", b.sha256)
        for b, n, username in session.execute(query)
    ]
