"""Offline guarantee: no code path opens a socket to anything but the configured database.

The paths run in a subprocess (tests/offline_guard.py) whose sockets and name lookups
are refused and recorded, so that the guard covers imports, start-up and the commands
as a clerk runs them, and cannot leak into other tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

GUARD = Path(__file__).resolve().parent / "offline_guard.py"
# Each must run to the end (exit code 0), or the check would prove nothing about it.
MUST_SUCCEED = ("demo", "groups --json", "template", "vet --json", "backup", "restore")


def run_guarded(
    scenario: str, tmp_path: Path, *, allowed: str = "", extra: dict[str, str] | None = None
) -> dict[str, Any]:
    env = {
        **os.environ,
        "TKM_DATA_DIR": str(tmp_path / "unused"),
        "TKM_OFFLINE_ALLOWED": allowed,
        "QT_QPA_PLATFORM": "offscreen",
        **(extra or {}),
    }
    env.pop("TKM_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, str(GUARD), scenario, str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def steps(report: dict[str, Any]) -> dict[str, Any]:
    return {s["name"]: s.get("result", s.get("error")) for s in report["steps"]}


@pytest.mark.slow
def test_main_code_paths_open_no_socket(tmp_path: Path) -> None:
    report = run_guarded("paths", tmp_path)
    assert report["attempts"] == [], json.dumps(report["attempts"], indent=2)
    outcome = steps(report)
    assert outcome["import every module"] > 100
    assert outcome["open_app on SQLite"] == "opened"
    for name in MUST_SUCCEED:
        assert outcome[name] == 0, f"{name}: {outcome[name]}"
    if (Path(__file__).resolve().parents[1] / "tkm_desktop" / "services" / "letters.py").exists():
        assert outcome["letter"] == 0 and outcome["verify"] == 0
    assert (tmp_path / "surat.pdf").read_bytes().startswith(b"%PDF")


def test_the_guard_catches_an_attempt_even_when_it_is_hidden(tmp_path: Path) -> None:
    report = run_guarded("deliberate", tmp_path, allowed="127.0.0.1")
    outcome = steps(report)
    assert outcome["create_connection"] == "hidden"  # the code swallowed the refusal…
    calls = [(a["call"], a["host"]) for a in report["attempts"]]
    assert calls == [  # …and the guard still tells
        ("create_connection", "127.0.0.2"),
        ("connect", "127.0.0.2"),
        ("getaddrinfo", "localhost"),
    ]
    assert "offline: connect" in outcome["connect_ex"]
    assert outcome["the database server"] == "connected"  # the configured server is allowed
    assert all(a["where"] for a in report["attempts"])


@pytest.mark.postgres
@pytest.mark.slow
def test_on_a_server_only_the_server_is_reached(pg_url: str, tmp_path: Path) -> None:
    from tkm_desktop.services.bootstrap import open_database

    open_database(pg_url).dispose()  # the schema, so the guarded run only reads
    host = make_url(pg_url).host or "localhost"
    report = run_guarded("paths", tmp_path, allowed=host, extra={"TKM_OFFLINE_DB_URL": pg_url})
    assert report["attempts"] == [], json.dumps(report["attempts"], indent=2)
    assert steps(report)["groups on the server"] == 0
