"""Checks on the data folder: synced by a cloud client, on a network share, not writable.

SQLite keeps its database consistent through file locks, and those are unreliable on
network file systems and in folders that OneDrive, Dropbox or Google Drive copy behind
the program's back: two PCs (or the sync client) can then corrupt the database. An
office that shares data between PCs uses a PostgreSQL server (``--db``) instead.

One PC used by several Windows accounts can share one data folder:
``%PROGRAMDATA%\\TKM Desktop`` (``shared_data_dir``). The installer, run for all users,
creates it with modify rights for every user and sets ``TKM_DATA_DIR`` for the machine
(installer/README.md).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from tkm_desktop.services.i18n import DEFAULT_LANG, register, tr

ONEDRIVE = "ONEDRIVE"
CLOUD_SYNC = "CLOUD_SYNC"
NETWORK_SHARE = "NETWORK_SHARE"
NOT_WRITABLE = "NOT_WRITABLE"

DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
ONEDRIVE_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
# Folders that sync clients create; compared without letter case.
_CLOUD_FOLDERS = {
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "drive saya": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
}
_NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "afs", "ncpfs", "9p", "ceph",
    "glusterfs", "lustre", "davfs", "fuse.sshfs", "fuse.rclone", "fuse.davfs2",
}  # fmt: skip
_MOUNT_ESCAPE = re.compile(r"\\([0-7]{3})")

register({
    "datafolder.advice": {
        "id": "Basis data SQLite dapat rusak di folder seperti ini. Pilih folder di diska "
              "komputer ini (mis. folder data bawaan), atau, bila beberapa komputer perlu "
              "memakai data yang sama, gunakan server basis data PostgreSQL kantor (opsi --db).",
        "en": "An SQLite database can be damaged in a folder like this. Choose a folder on "
              "this computer's disk (e.g. the default data folder), or, when several computers "
              "need the same data, use the office's PostgreSQL database server (option --db).",
    },
    "datafolder.onedrive": {
        "id": "Folder data berada di dalam OneDrive ({where}), yang menyalin berkas ke internet "
              "dan ke komputer lain selagi program memakainya. {advice}",
        "en": "The data folder is inside OneDrive ({where}), which copies the files to the "
              "internet and to other computers while the program uses them. {advice}",
    },
    "datafolder.cloud": {
        "id": "Folder data berada di dalam folder {cloud} yang disinkronkan. {advice}",
        "en": "The data folder is inside a synchronised {cloud} folder. {advice}",
    },
    "datafolder.network": {
        "id": "Folder data berada di folder jaringan ({share}); penguncian berkas SQLite "
              "tidak dapat diandalkan di sana. {advice}",
        "en": "The data folder is on a network folder ({share}); SQLite's file locking "
              "cannot be relied on there. {advice}",
    },
    "datafolder.network_drive": {"id": "diska jaringan {drive}", "en": "network drive {drive}"},
    "datafolder.is_file": {
        "id": "'{path}' adalah sebuah berkas, bukan folder. Pilih folder lain.",
        "en": "'{path}' is a file, not a folder. Choose another folder.",
    },
    "datafolder.no_drive": {
        "id": "Folder '{path}' tidak dapat dibuat: diskanya tidak ada.",
        "en": "The folder '{path}' cannot be created: its drive does not exist.",
    },
    "datafolder.read_only": {
        "id": "Folder tidak dapat ditulisi oleh akun pengguna ini ({error}). "
              "Pilih folder lain, atau minta hak tulis pada folder itu.",
        "en": "This user account cannot write in the folder ({error}). "
              "Choose another folder, or ask for write permission on it.",
    },
    "datafolder.read_only_parent": {
        "id": "Folder '{parent}' (tempat folder baru dibuat) tidak dapat ditulisi oleh akun "
              "pengguna ini ({error}). Pilih folder lain, atau minta hak tulis pada folder itu.",
        "en": "This user account cannot write in the folder '{parent}' (where the new folder "
              "is made) ({error}). Choose another folder, or ask for write permission on it.",
    },
})  # fmt: skip


@dataclass(frozen=True)
class FolderWarning:
    """One problem with a data folder; ``message`` is for the screen, in the asked language."""

    code: str  # ONEDRIVE, CLOUD_SYNC, NETWORK_SHARE or NOT_WRITABLE
    message: str
    blocking: bool = False  # True: the folder cannot be used at all


def shared_data_dir(env: Mapping[str, str] | None = None) -> Path:
    """``%PROGRAMDATA%\\TKM Desktop``: one data folder for every account of one Windows PC."""
    env = os.environ if env is None else env
    return Path(env.get("PROGRAMDATA") or r"C:\ProgramData") / "TKM Desktop"


def database_folder_warnings(db_url: str, *, lang: str = DEFAULT_LANG) -> list[FolderWarning]:
    """The warnings about the folder holding an SQLite database file; none for a server."""
    from sqlalchemy.engine import make_url

    url = make_url(db_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return []
    return check_data_folder(Path(url.database).parent, lang=lang)


def check_data_folder(
    path: str | os.PathLike[str],
    *,
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    mounts: Path = Path("/proc/mounts"),
    drive_type: Callable[[str], int] | None = None,
    lang: str = DEFAULT_LANG,
) -> list[FolderWarning]:
    """Warnings about using ``path`` as the data folder ([] when it is a good place), in ``lang``.

    ``env``, ``platform``, ``mounts`` and ``drive_type`` default to this machine's; tests
    pass their own to look at a Windows path from Linux.
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    windows = platform == "win32"
    pure: PurePath = PureWindowsPath(os.fspath(path)) if windows else PurePosixPath(path)
    advice = tr("datafolder.advice", lang)
    warnings: list[FolderWarning] = []
    if onedrive := _onedrive(pure, env, windows):
        text = tr("datafolder.onedrive", lang, where=onedrive, advice=advice)
        warnings.append(FolderWarning(ONEDRIVE, text))
    if cloud := _cloud_folder(pure):
        text = tr("datafolder.cloud", lang, cloud=cloud, advice=advice)
        warnings.append(FolderWarning(CLOUD_SYNC, text))
    if share := _network_share(pure, windows, platform, mounts, drive_type, lang):
        text = tr("datafolder.network", lang, share=share, advice=advice)
        warnings.append(FolderWarning(NETWORK_SHARE, text))
    if platform == sys.platform and (problem := writable_problem(Path(path), lang=lang)):
        warnings.append(FolderWarning(NOT_WRITABLE, problem, blocking=True))
    return warnings


# --- cloud sync ----------------------------------------------------------------------


def _inside(child: PurePath, parent: PurePath, windows: bool) -> bool:
    if windows:
        c = [p.casefold() for p in child.parts]
        p = [q.casefold() for q in parent.parts]
    else:
        c, p = list(child.parts), list(parent.parts)
    return len(p) > 0 and c[: len(p)] == p


def _onedrive(path: PurePath, env: Mapping[str, str], windows: bool) -> str | None:
    flavour = PureWindowsPath if windows else PurePosixPath
    for name in ONEDRIVE_ENV:
        root = env.get(name)
        if root and _inside(path, flavour(root), windows):
            return root
    for part in path.parts:
        if part.casefold().startswith("onedrive"):
            return part
    return None


def _cloud_folder(path: PurePath) -> str | None:
    for part in path.parts:
        folded = part.casefold()
        if folded in _CLOUD_FOLDERS:
            return _CLOUD_FOLDERS[folded]
        if folded.startswith("dropbox ("):  # 'Dropbox (Pemkot Bekasi)', a team folder
            return "Dropbox"
    return None


# --- network shares ------------------------------------------------------------------


def _network_share(
    path: PurePath,
    windows: bool,
    platform: str,
    mounts: Path,
    drive_type: Callable[[str], int] | None,
    lang: str,
) -> str | None:
    if windows:
        return _windows_share(PureWindowsPath(path), platform, drive_type, lang)
    if platform.startswith("linux"):
        return _linux_share(Path(path), mounts)
    return None


def _windows_share(
    path: PureWindowsPath, platform: str, drive_type: Callable[[str], int] | None, lang: str
) -> str | None:
    text = str(path)
    if text.startswith(("\\\\?\\UNC\\", "\\\\?\\unc\\")):
        return "\\\\" + text[8:]
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        text = text[4:]  # a long-path or device prefix before a drive letter
        path = PureWindowsPath(text)
    if text.startswith("\\\\"):
        return path.anchor.rstrip("\\") or text  # \\server\share
    if drive_type is None and platform == "win32" and sys.platform == "win32":
        drive_type = _get_drive_type
    if path.drive and drive_type is not None and drive_type(path.drive + "\\") == DRIVE_REMOTE:
        return tr("datafolder.network_drive", lang, drive=path.drive)
    return None


def _get_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))  # type: ignore[attr-defined]


def _linux_share(path: Path, mounts: Path) -> str | None:
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = _resolved(path)
    best: tuple[int, str, str] | None = None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        source, point, fstype = _unescape(fields[0]), _unescape(fields[1]), fields[2]
        if _inside(target, PurePosixPath(point), windows=False):
            depth = len(PurePosixPath(point).parts)
            if best is None or depth >= best[0]:
                best = (depth, fstype, source)
    if best is not None and best[1].lower() in _NETWORK_FS:
        return f"{best[1]} {best[2]}"
    return None


def _unescape(field: str) -> str:
    # /proc/mounts writes a space as \040, a tab as \011.
    return _MOUNT_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def _resolved(path: Path) -> PurePosixPath:
    """The path with symlinks resolved as far as it exists (a new folder may not yet)."""
    try:
        return PurePosixPath(path.resolve(strict=False))
    except OSError:
        return PurePosixPath(os.path.abspath(path))


# --- writable ------------------------------------------------------------------------


def writable_problem(path: Path, *, lang: str = DEFAULT_LANG) -> str | None:
    """Why the program could not write in ``path`` (or create it), or None when it can."""
    if path.exists() and not path.is_dir():
        return tr("datafolder.is_file", lang, path=path)
    probe = path
    while not probe.exists():
        if probe.parent == probe:
            return tr("datafolder.no_drive", lang, path=path)
        probe = probe.parent
    try:
        fd, name = tempfile.mkstemp(prefix=".tkm-write-test-", dir=probe)
    except OSError as exc:
        error = exc.strerror or exc
        if probe == path:
            return tr("datafolder.read_only", lang, error=error)
        return tr("datafolder.read_only_parent", lang, parent=probe, error=error)
    os.close(fd)
    os.unlink(name)
    return None
