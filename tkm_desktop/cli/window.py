"""No command (the window), the hidden ``--smoke-test``, and ``demo``."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from tkm_desktop.cli.core import EXIT_OK, Run, UsageError, app_options
from tkm_desktop.paths import DATABASE_URL_ENV
from tkm_desktop.services.errors import InputRefused

if TYPE_CHECKING:
    from tkm_desktop.store.db import Database

log = logging.getLogger(__name__)


def open_window(run: Run) -> int:
    """No command: open the application window (``--demo``: creating the demo on first use).

    The window opens the database itself, on a worker thread behind the sign-in dialog
    (``gui.start``); what fails there is raised here for the message and the exit code.
    """
    import gc

    if run.args.demo and not run.paths.demo_db_file.exists():
        create_demo(run)
    # Loading the modules allocates much and frees nothing: the cyclic collector's passes
    # over the growing heap would be a tenth of the start.
    gc.disable()
    try:
        from tkm_desktop.gui.app import run_window  # Qt is imported only when a window opens.
    finally:
        gc.enable()
    return run_window(app_options(run.args), lang=run.args.lang)


def smoke_test(run: Run) -> int:
    """Hidden ``--smoke-test``: the frozen build's self-check (implemented in the gui)."""
    from tkm_desktop.gui.app import smoke_test as gui_smoke_test

    return gui_smoke_test(app_options(run.args))


def cmd_demo(run: Run) -> int:
    """Create (or re-create) the demo database in the data folder; never the office's one."""
    if run.args.db:
        raise UsageError(run.tr("cli.demo_with_db"))
    create_demo(run)
    if os.environ.get(DATABASE_URL_ENV):  # the office's server is not where the demo goes
        run.out(run.tr("cli.demo_not_on_server", env=DATABASE_URL_ENV))
    return EXIT_OK


def create_demo(run: Run) -> None:
    """Build the demo database beside the real one: in a ``.part`` file, then renamed over."""
    from tkm_desktop.services.bootstrap import open_database
    from tkm_desktop.services.demo import populate_demo
    from tkm_desktop.store.db import sqlite_url

    target = run.paths.ensure().demo_db_file
    part = target.with_name(target.name + ".part")
    _remove_sqlite_files(part, run)
    db = open_database(sqlite_url(part), backup_dir=run.paths.backup_dir / "demo")
    try:
        summary = populate_demo(db)
        _make_self_contained(db)
    finally:
        db.dispose()
    _remove_sqlite_files(target, run)
    os.replace(part, target)
    log.info("demo database created: groups=%d members=%d", summary.groups, summary.members)
    run.out(run.tr("cli.demo_done", path=target, groups=summary.groups, members=summary.members))


def _make_self_contained(db: Database) -> None:
    # Leaving WAL mode folds the -wal file into the database, so renaming the one
    # file moves all of it; SQLite refuses (answers "wal") while another connection is open.
    raw = db.engine.raw_connection()
    try:
        mode = raw.cursor().execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    finally:
        raw.close()
    if str(mode).lower() != "delete":
        raise RuntimeError(f"demo database still in use (journal mode {mode})")


def _remove_sqlite_files(db_file: Path, run: Run) -> None:
    for path in (db_file, *(db_file.with_name(db_file.name + s) for s in ("-wal", "-shm"))):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:  # Windows: another process (a window) has it open
            raise InputRefused(run.tr("cli.demo_in_use", path=db_file)) from exc
