"""The register of exports to the ministry, newest first, and the formats an export may take.

Read-only, for the Ekspor page and its dialog. A format is named by its file's stem
(``kemnaker-tkm``) where a machine needs it and by its own title where people read it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tkm_desktop.excel.export_format import FormatError, list_formats, load_format
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
    format_title: str = ""  # the format's title today; its name when the file is gone


@dataclass(frozen=True)
class FormatChoice:
    name: str  # the file's stem: what plan_export takes and ExportBatch records
    title: str  # the format's own title, for people; the stem when the file is broken
    description: str = ""


def list_export_batches(
    session: Session, *, limit: int = 1000, lang: str = "id"
) -> list[ExportBatchRow]:
    """The latest ``limit`` export batches with their group counts, titles in ``lang``."""
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
    rows = list(session.execute(query))
    titles = {name: format_title(name, lang) for name in {b.format_name for b, _, _ in rows}}
    return [
        ExportBatchRow(b.id, b.created_at, b.file_name, b.format_name, n, username or "",
                       b.sha256, titles[b.format_name])
        for b, n, username in rows
    ]  # fmt: skip


def format_choices(lang: str = "id") -> list[FormatChoice]:
    """The export formats in reports/export with their titles, sorted by file name."""
    choices = []
    for name in list_formats():
        try:
            fmt = load_format(name)
        except FormatError:
            choices.append(FormatChoice(name, name))
        else:
            choices.append(FormatChoice(name, fmt.title(lang) or name, fmt.about(lang)))
    return choices


def format_title(name: str, lang: str = "id") -> str:
    """The title a format file gives itself (in ``lang`` when it has one), or ``name`` when
    the file is gone or broken."""
    try:
        return load_format(name).title(lang) or name
    except FormatError:
        return name
