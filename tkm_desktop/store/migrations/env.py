"""Alembic environment: run by ``tkm_desktop.store.migrate`` and by the developer CLI.

The program hands over an open connection (``config.attributes["connection"]``) that
is already inside the transaction ``migrate`` manages, so the whole upgrade commits
or rolls back as one. The ``alembic`` command line (alembic.ini at the repo root)
connects by itself to ``TKM_DATABASE_URL`` or ``sqlalchemy.url``.
"""

from __future__ import annotations

import os
from typing import Any

import sqlalchemy as sa
from alembic import context

from tkm_desktop.store.db import make_engine
from tkm_desktop.store.models import Base, UTCDateTime

config = context.config


def _render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    # Revisions are snapshots: render our own column type as the plain type it
    # stores, so a revision never imports the models module.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(**kwargs: Any) -> None:
    context.configure(
        target_metadata=Base.metadata,
        # Batch mode lets SQLite ALTER tables (by copying them); other backends
        # get plain ALTERs, so one script serves both.
        render_as_batch=True,
        render_item=_render_item,
        compare_type=True,
        **kwargs,
    )


def _url() -> str:
    url = os.environ.get("TKM_DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database: set TKM_DATABASE_URL or sqlalchemy.url")
    return url


def run_offline() -> None:
    _configure(url=_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(_url(), poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        _configure(connection=conn)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
