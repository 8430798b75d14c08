"""What the command-line tests share: running ``tkm-desktop`` on the test's database."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from tkm_desktop import cli
from tkm_desktop.store.db import Database

RunCli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run_cli(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> RunCli:
    """``run_cli(*args, stdin="", lang="id")`` → (exit code, stdout, stderr) on ``db``.

    A test module working on a data folder instead defines its own ``run_cli``."""

    def run(*args: str, stdin: str = "", lang: str = "id") -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main(["--db", db.url, "--lang", lang, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def office_folder(tmp_path: Path) -> str:
    """A data folder whose database knows its office (Kota Bekasi), ready to import into."""
    from tests.import_support import vb
    from tkm_desktop.paths import data_paths
    from tkm_desktop.services.bootstrap import open_database
    from tkm_desktop.store.db import sqlite_url
    from tkm_desktop.store.models import Office

    folder = tmp_path / "kantor"
    db = open_database(sqlite_url(data_paths(folder).ensure().db_file))
    with db.session() as s:
        s.add(Office(region_code=vb.OFFICE, place_name="Bekasi"))
    db.dispose()
    return str(folder)
