"""Where data, logs and backups live, and where the bundled files are found.

Data folder, in order: the ``--data-dir`` argument, ``TKM_DATA_DIR``, a ``data``
folder beside the program when a ``portable.txt`` marker sits next to it, and
otherwise the per-user data folder of the platform.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "TKM Desktop"
APP_AUTHOR = "Disnaker"
DB_FILE = "tkm.sqlite3"
DEMO_DB_FILE = "tkm-demo.sqlite3"
# Group and others lose every right: a folder they cannot enter keeps every file in it
# (database, logs, backups) private, whatever the umask gave those files.
NOT_OWNER_BITS = 0o077
OTHERS_BITS = 0o007
POSIX_MODES = os.name == "posix"  # whether chmod is what guards a folder here

log = logging.getLogger(__name__)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_dir() -> Path:
    """The folder holding ui/, resources/ and reports/: the repo root or the frozen bundle."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_dir() / "resources"


def reports_dir() -> Path:
    return bundle_dir() / "reports"


def ui_dir() -> Path:
    return bundle_dir() / "ui"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "store" / "migrations"


def _program_dir() -> Path:
    return Path(sys.executable).parent if is_frozen() else bundle_dir()


# Names the office's database server instead of the data folder's SQLite file
# (store.db.database_url; the window's start looks at it before SQLAlchemy loads).
DATABASE_URL_ENV = "TKM_DATABASE_URL"


def default_data_dir() -> Path:
    env = os.environ.get("TKM_DATA_DIR")
    if env:
        return Path(env)
    if (_program_dir() / "portable.txt").exists():
        return _program_dir() / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


@dataclass(frozen=True)
class DataPaths:
    """The folders and files of one data folder."""

    root: Path

    @property
    def db_file(self) -> Path:
        return self.root / DB_FILE

    @property
    def demo_db_file(self) -> Path:
        return self.root / DEMO_DB_FILE

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "tkm-desktop.log"

    @property
    def backup_dir(self) -> Path:
        return self.root / "backups"

    @property
    def scratch_dir(self) -> Path:
        """Copies of attachments opened in the computer's viewer; emptied by the window."""
        return self.root / "sementara"

    def ensure(self) -> DataPaths:
        """Create the folders, and make the data folder private (also one made before)."""
        for folder in (self.root, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True)
        make_private(self.root)
        return self


def make_private(folder: Path) -> None:
    """On POSIX, let only the owner into ``folder`` (rights are only taken away, so a new
    folder becomes 0o700); a refusal is logged, never fatal.

    A folder set up to be shared with a group (set-group-id, or group-writable) keeps its
    group: only the others lose their rights, and the log says so. Windows is left
    alone: the per-user ``%LOCALAPPDATA%`` is private already, and its ACLs are not what
    ``chmod`` changes.
    """
    if not POSIX_MODES:
        return
    try:
        mode = stat.S_IMODE(folder.stat().st_mode)
        shared = bool(mode & (stat.S_ISGID | stat.S_IWGRP))
        taken = OTHERS_BITS if shared else NOT_OWNER_BITS
        if mode & taken:
            folder.chmod(mode & ~taken)
            if shared:
                log.info("data folder shared with its group: only others' rights removed")
    except OSError as exc:
        # Someone else's folder, a read-only or FAT-formatted drive: start anyway.
        log.warning("data folder not made private: %s", exc.strerror or type(exc).__name__)


def data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    return DataPaths(Path(data_dir) if data_dir else default_data_dir())


def scratch_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The data folder's scratch folder (``DataPaths.scratch_dir``)."""
    return data_paths(data_dir).scratch_dir
