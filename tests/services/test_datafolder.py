"""Data-folder checks: OneDrive and other synced folders, network shares, writability."""

from __future__ import annotations

from pathlib import Path

import pytest

from tkm_desktop.services import datafolder
from tkm_desktop.services.datafolder import (
    CLOUD_SYNC,
    DRIVE_REMOTE,
    NETWORK_SHARE,
    NOT_WRITABLE,
    ONEDRIVE,
    check_data_folder,
)

NO_ENV: dict[str, str] = {}
LOCAL_MOUNTS = "/dev/sda1 / ext4 rw,relatime 0 0\nproc /proc proc rw 0 0\n"


def codes(warnings: list[datafolder.FolderWarning]) -> list[str]:
    return [w.code for w in warnings]


def windows(path: str, env: dict[str, str] | None = None, drive: int = 3) -> list[str]:
    """The codes for a Windows path, looked at from any platform (drive 3 = a fixed disk)."""
    found = check_data_folder(
        path, env=env or NO_ENV, platform="win32", drive_type=lambda root: drive
    )
    return codes(found)


# --- OneDrive and synced folders --------------------------------------------------------


def test_a_plain_local_windows_folder_is_fine() -> None:
    assert windows(r"C:\Users\dewi\AppData\Local\Disnaker\TKM Desktop") == []


@pytest.mark.parametrize("variable", datafolder.ONEDRIVE_ENV)
def test_folder_inside_the_onedrive_of_the_environment(variable: str) -> None:
    env = {variable: r"C:\Users\dewi\Sinkron Kantor"}
    assert windows(r"c:\users\DEWI\sinkron kantor\TKM", env) == [ONEDRIVE]
    assert windows(r"C:\Users\dewi\Documents\TKM", env) == []


@pytest.mark.parametrize(
    "path",
    [r"C:\Users\dewi\OneDrive\Documents\TKM", r"D:\OneDrive - Pemkot Bekasi\TKM Desktop"],
)
def test_folder_named_onedrive(path: str) -> None:
    assert windows(path) == [ONEDRIVE]


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\dewi\Dropbox\TKM",
        r"C:\Users\dewi\Dropbox (Disnaker)\TKM",
        r"G:\My Drive\TKM",
        r"C:\Users\dewi\Google Drive\TKM",
    ],
)
def test_other_sync_folders(path: str) -> None:
    assert windows(path) == [CLOUD_SYNC]


def test_messages_are_indonesian_and_advise_the_server() -> None:
    [warning] = check_data_folder(
        r"C:\Users\dewi\OneDrive\TKM", env=NO_ENV, platform="win32", drive_type=lambda r: 3
    )
    assert "OneDrive" in warning.message
    assert "PostgreSQL" in warning.message and "--db" in warning.message
    assert not warning.blocking


# --- network shares ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "where"),
    [
        (r"\\server-dinas\data\TKM", r"\\server-dinas\data"),
        (r"\\?\UNC\server-dinas\data\TKM", r"\\server-dinas\data\TKM"),
    ],
)
def test_unc_path_is_a_network_share(path: str, where: str) -> None:
    [warning] = check_data_folder(path, env=NO_ENV, platform="win32", drive_type=lambda r: 3)
    assert warning.code == NETWORK_SHARE
    assert where in warning.message


def test_mapped_network_drive() -> None:
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return DRIVE_REMOTE

    found = check_data_folder(r"Z:\TKM", env=NO_ENV, platform="win32", drive_type=drive_type)
    assert codes(found) == [NETWORK_SHARE]
    assert asked == ["Z:\\"]
    assert "Z:" in found[0].message
    assert windows(r"\\?\C:\Data\TKM") == []  # a long-path prefix on a local disk


def test_linux_network_mounts(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        LOCAL_MOUNTS
        + "//server/data /mnt/kantor\\040data cifs rw 0 0\n"
        + "nas:/export /srv/nfs nfs4 rw 0 0\n"
        + "/dev/sdb1 /srv/nfs/lokal ext4 rw 0 0\n"
    )

    def check(path: str) -> list[str]:
        return codes(check_data_folder(path, env=NO_ENV, platform="linux", mounts=mounts))

    assert NETWORK_SHARE in check("/mnt/kantor data/TKM")
    assert NETWORK_SHARE in check("/srv/nfs/tkm")
    assert NETWORK_SHARE not in check("/srv/nfs/lokal/tkm")  # a local disk mounted inside
    assert NETWORK_SHARE not in check("/home/dewi/tkm")


def test_this_machine_is_checked_without_overrides(tmp_path: Path) -> None:
    assert check_data_folder(tmp_path / "baru") == []


# --- writable ---------------------------------------------------------------------------


def test_a_new_folder_is_checked_where_it_would_be_made(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b"
    assert datafolder.writable_problem(target) is None
    assert not target.exists()  # the check leaves nothing behind
    assert list(tmp_path.iterdir()) == []


def test_a_file_is_not_a_folder(tmp_path: Path) -> None:
    file = tmp_path / "tkm.sqlite3"
    file.write_bytes(b"")
    [warning] = check_data_folder(file)
    assert warning.code == NOT_WRITABLE and warning.blocking
    assert "bukan folder" in warning.message


def test_unwritable_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(datafolder.tempfile, "mkstemp", refuse)
    [warning] = check_data_folder(tmp_path / "TKM")
    assert warning.code == NOT_WRITABLE
    assert "tidak dapat ditulisi" in warning.message and "Permission denied" in warning.message


# --- the shared folder ------------------------------------------------------------------


def test_shared_folder_is_under_programdata() -> None:
    folder = datafolder.shared_data_dir({"PROGRAMDATA": r"D:\ProgramData"})
    assert str(folder).replace("\\", "/") == "D:/ProgramData/TKM Desktop"
    assert datafolder.shared_data_dir({}).name == "TKM Desktop"


def test_the_database_folder_is_checked_for_sqlite_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tkm_desktop.services.datafolder import database_folder_warnings

    synced = tmp_path / "OneDrive"
    (synced / "TKM").mkdir(parents=True)
    monkeypatch.setenv("OneDrive", str(synced))
    in_sync = f"sqlite:///{synced / 'TKM' / 'tkm.sqlite3'}"
    assert [w.code for w in database_folder_warnings(in_sync)] == ["ONEDRIVE"]
    assert database_folder_warnings(f"sqlite:///{tmp_path / 'tkm.sqlite3'}") == []
    assert database_folder_warnings("postgresql+psycopg://tkm@server/tkm") == []
    assert database_folder_warnings("sqlite://") == []
