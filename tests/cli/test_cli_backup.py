"""``backup -o FILE`` and ``restore FILE`` through ``cli.main``, in-process."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tkm_desktop import cli

PASSWORD = "rahasia-123"


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


@pytest.fixture
def run_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """``run_cli(*args)`` → (exit code, stdout, stderr) on a data folder of the test's own."""
    data = tmp_path / "data"

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        import io

        capsys.readouterr()
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.data = data  # type: ignore[attr-defined]
    return run


def users_in(db_file: Path) -> list[str]:
    conn = sqlite3.connect(db_file)
    try:
        return [r[0] for r in conn.execute("SELECT username FROM user_account ORDER BY username")]
    finally:
        conn.close()


def test_backup_into_a_folder_then_restore(run_cli, tmp_path: Path) -> None:
    assert run_cli("user", "add", "kepala", "--role", "admin", "--password-stdin",
                   stdin=PASSWORD + "\n")[0] == 0  # fmt: skip
    code, out, err = run_cli("backup", "-o", str(tmp_path))
    assert code == 0, err
    [made] = tmp_path.glob("tkm-cadangan-*.zip")
    assert f"Cadangan ditulis: {made}" in out and "revisi skema" in out

    run_cli("user", "add", "baru", "--role", "viewer", "--user", "kepala", "--password-stdin",
            stdin=PASSWORD + "\n")  # fmt: skip
    db_file = run_cli.data / "tkm.sqlite3"
    assert users_in(db_file) == ["baru", "kepala"]
    code, out, err = run_cli("restore", str(made), "--user", "kepala")
    assert code == 0, err
    assert f"Basis data dipulihkan dari {made}" in out
    assert "oleh TKM Desktop" in out and "Basis data sebelumnya disimpan di" in out
    assert users_in(db_file) == ["kepala"]
    [previous] = (run_cli.data / "backups").glob("tkm-before-restore-*.sqlite3")
    assert users_in(previous) == ["baru", "kepala"]


def test_refusals_exit_1(run_cli, tmp_path: Path) -> None:
    junk = tmp_path / "bukan.zip"
    junk.write_text("bukan cadangan")
    code, _, err = run_cli("restore", str(junk))
    assert code == 1 and "bukan berkas cadangan TKM Desktop" in err
    code, _, err = run_cli("backup", "-o", str(tmp_path / "tidak-ada" / "b.zip"))
    assert code == 1 and "Folder tujuan tidak ada" in err


def test_a_user_without_the_right_is_refused(run_cli, tmp_path: Path) -> None:
    run_cli("user", "add", "kepala", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")
    run_cli("user", "add", "tamu", "--role", "viewer", "--user", "kepala", "--password-stdin",
            stdin=PASSWORD + "\n")  # fmt: skip
    code, _, err = run_cli("backup", "-o", str(tmp_path / "b.zip"), "--user", "tamu")
    assert code == 1 and "tidak berwenang untuk membuat cadangan" in err
    assert not (tmp_path / "b.zip").exists()


def test_restore_replaces_a_broken_database(run_cli, tmp_path: Path) -> None:
    assert run_cli("backup", "-o", str(tmp_path / "b.zip"))[0] == 0
    db_file = run_cli.data / "tkm.sqlite3"
    for leftover in (db_file.with_name(db_file.name + s) for s in ("-wal", "-shm")):
        leftover.unlink(missing_ok=True)
    db_file.write_bytes(b"rusak" * 1000)  # e.g. a disk fault: the program cannot open it
    code, _, err = run_cli("groups")
    assert code != 0
    code, out, err = run_cli("restore", str(tmp_path / "b.zip"))
    assert code == 0, err
    assert "Basis data sebelumnya disimpan di" in out
    [previous] = (run_cli.data / "backups").glob("tkm-before-restore-*.sqlite3")
    assert previous.read_bytes() == b"rusak" * 1000  # kept as it was, for whoever looks into it
    assert run_cli("groups")[0] == 0


def test_help_lists_the_commands(run_cli) -> None:
    code, out, _ = run_cli("--help")
    assert code == 0 and "backup" in out and "restore" in out
