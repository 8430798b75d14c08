"""What the command-line tests share: running ``tkm-desktop`` on the test's database."""

from __future__ import annotations

import io
from collections.abc import Callable

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
