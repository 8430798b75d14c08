"""Start-up: what the sign-in dialog and the groups list load before their first paint.

Each runs in a subprocess, as a start does, through the benchmark's children
(bench/bench_gui_start.py, where issue #6's start-up figures are measured): the real
start to the sign-in dialog, and the groups list opened directly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


# The sign-in dialog needs none of the database layer: it loads behind the dialog.
NOT_BEFORE_SIGN_IN = (
    *NOT_AT_START,
    "argon2",
    "sqlalchemy",
    "tkm_desktop.services.users",
    "tkm_desktop.store",
)


def test_the_sign_in_dialog_paints_before_the_database_layer_loads(
    gui_db: Database, tmp_path: Path
) -> None:
    db_file = gui_db.engine.url.database
    gui_db.dispose()
    args = ["--child", "signin-modules", "--db", db_file, "--data-dir", str(tmp_path / "d")]
    modules = json.loads(run_python([str(BENCH), *args], tmp_path))["modules"]
    assert "PySide6.QtWidgets" in modules and "tkm_desktop.gui.start" in modules
    assert [name for name in NOT_BEFORE_SIGN_IN if loaded(modules, name)] == []


def test_the_command_line_parser_loads_no_database_layer(tmp_path: Path) -> None:
    # Every command builds the whole parser: its choices come from light modules.
    script = (
        "import json, sys; from tkm_desktop import cli; cli.build_parser('id'); "
        "print(json.dumps(sorted(sys.modules)))"
    )
    modules = json.loads(run_python(["-c", script], tmp_path))
    assert [name for name in NOT_BEFORE_SIGN_IN if loaded(modules, name)] == []
