"""Files written whole: the target appears complete or not at all, never a .part."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tkm_desktop.files import write_whole


def test_a_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "rekap.xlsx"
    target.write_bytes(b"old")
    assert write_whole(target, b"new") == target
    assert target.read_bytes() == b"new"
    assert not list(tmp_path.glob("*.part"))


def test_a_failed_write_leaves_no_part_and_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "surat.pdf"
    target.write_bytes(b"old")

    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError(13, "file is open in another program")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_whole(target, b"new")
    assert target.read_bytes() == b"old"
    assert not list(tmp_path.glob("*.part"))
