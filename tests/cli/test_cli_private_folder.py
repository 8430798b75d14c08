"""The data folder (database, logs, backups) is the owner's alone on POSIX: made so when
new, tightened when older; a refused chmod is logged and never stops the start."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from tkm_desktop import cli, paths
from tkm_desktop.paths import data_paths, make_private


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_data_folder_is_private(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "baru" / "kantor"
    assert cli.main(["--data-dir", str(folder), "groups"]) == 0
    capsys.readouterr()
    if os.name == "posix":
        assert _mode(folder) == 0o700
        assert _mode(folder.parent) & 0o077  # only the data folder itself is changed
    assert (folder / "logs").is_dir() and (folder / "backups").is_dir()


def test_an_older_open_folder_is_tightened_at_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "kantor"
    folder.mkdir()
    folder.chmod(0o755)
    assert cli.main(["--data-dir", str(folder), "template", "-o", str(tmp_path / "t.xlsx")]) == 0
    capsys.readouterr()
    assert _mode(folder) == (0o700 if os.name == "posix" else _mode(folder))


def test_a_folder_shared_with_a_group_keeps_its_group(tmp_path: Path) -> None:
    folder = tmp_path / "bersama"
    folder.mkdir()
    folder.chmod(0o2775)  # an office's group folder, set up so on purpose
    make_private(folder)
    assert _mode(folder) == (0o2770 if os.name == "posix" else _mode(folder))


def test_rights_are_only_taken_away(tmp_path: Path) -> None:
    folder = tmp_path / "kantor"
    folder.mkdir()
    folder.chmod(0o550)  # read-only for its owner, as someone chose: stays read-only
    try:
        make_private(folder)
        assert _mode(folder) == (0o500 if os.name == "posix" else _mode(folder))
    finally:
        folder.chmod(0o700)


def test_a_refused_chmod_is_logged_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(self: Path, mode: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(paths, "POSIX_MODES", True)
    monkeypatch.setattr(Path, "chmod", refuse)
    folder = tmp_path / "kantor"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    with caplog.at_level(logging.WARNING, logger="tkm_desktop.paths"):
        assert data_paths(folder).ensure().root == folder
    assert "not made private: Operation not permitted" in caplog.text


def test_windows_folders_are_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    touched: list[int] = []
    monkeypatch.setattr(paths, "POSIX_MODES", False)
    monkeypatch.setattr(Path, "chmod", lambda self, mode: touched.append(mode))
    data_paths(tmp_path / "kantor").ensure()
    assert touched == []
