"""Start-up: what the window loads before its first paint, and in which order.

Both run in a subprocess, as a start does: the benchmark's own window child
(bench/bench_gui_start.py, the path issue #6's start-up figure is measured on) and
the command line's window command with a stand-in for the Qt application.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from tkm_desktop.store.db import Database

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "bench_gui_start.py"

# Only later work needs these: spreadsheets, PDFs, QR codes, Alembic, PostgreSQL, the
# region list, the PDF viewer. Each one loaded at start costs every start its import.
NOT_AT_START = (
    "alembic",
    "lokal",
    "openpyxl",
    "psycopg",
    "pypdf",
    "python_calamine",
    "reportlab",
    "segno",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "sqlalchemy.dialects.postgresql",
    "tkm_desktop.documents",
    "tkm_desktop.excel",
)


def run_python(args: list[str], tmp_path: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TKM_DATA_DIR": str(tmp_path / "data")}
    env.pop("TKM_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.splitlines()[-1]


def loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_first_paint_loads_only_what_the_list_needs(
    gui_db: Database, add_group: Callable[..., int], tmp_path: Path
) -> None:
    add_group("Maju Jaya")
    db_file = gui_db.engine.url.database
    gui_db.dispose()
    said = json.loads(run_python([str(BENCH), "--child", "modules", "--db", db_file], tmp_path))
    modules = said["modules"]
    assert "PySide6.QtWidgets" in modules  # the window did paint
    assert [name for name in NOT_AT_START if loaded(modules, name)] == []
    # The list reads Core rows: configuring every ORM mapper waits for a screen that
    # loads whole objects.
    assert not said["mappers_configured"]


STAND_IN = textwrap.dedent(
    """
    import gc, json, sys, types

    def run_window(ctx, **_options):
        seen = {
            "qt": any(m.startswith("PySide6") for m in sys.modules),
            "data": [m for m in WINDOW_DATA if m in sys.modules],
            "db": ctx.db.description,
            "gc": gc.isenabled(),
        }
        print(json.dumps(seen), flush=True)
        return 0

    WINDOW_DATA = ("sqlalchemy.orm", "tkm_desktop.store.models",
                   "tkm_desktop.services.browse", "tkm_desktop.services.users")
    app = types.ModuleType("tkm_desktop.gui.app")
    app.run_window = run_window
    sys.modules["tkm_desktop.gui.app"] = app
    from tkm_desktop import cli
    sys.exit(cli.main(sys.argv[1:]))
    """
)


def test_the_window_command_loads_its_data_modules_before_qt(
    gui_db: Database, tmp_path: Path
) -> None:
    # PySide6 replaces __import__, which slows every module imported after it.
    url = str(gui_db.engine.url)
    gui_db.dispose()
    seen = json.loads(run_python(["-c", STAND_IN, "--db", url], tmp_path))
    assert seen["qt"] is False
    assert len(seen["data"]) == 4
    assert seen["db"] == gui_db.engine.url.database
    assert seen["gc"] is True  # off only while the modules load
