"""Settings of this PC, not of the office: kept in QSettings, never in the database.

The app's start reads ``language()`` before the window exists (an explicit ``--lang``
wins); the *Komputer Ini* section writes these. Office settings are in
``services.settings``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

LANGUAGES = ("id", "en")
LANGUAGE_KEY = "local/language"
BACKUP_FOLDER_KEY = "local/backupFolder"
LAST_BACKUP_KEY = "local/lastBackup"  # a group: at, file, size
DEMO_SUFFIX = "Demo"  # the demo database's last backup is kept apart from the office's


@dataclass(frozen=True)
class LastBackup:
    """The last backup made from this PC (the file may since have been moved)."""

    at: dt.datetime  # aware, UTC
    path: Path
    size: int


def _text(key: str) -> str:
    value = QSettings().value(key, "")
    return value.strip() if isinstance(value, str) else ""


def language() -> str | None:
    """'id' or 'en' as chosen on this PC; None when never chosen (use the default)."""
    chosen = _text(LANGUAGE_KEY)
    return chosen if chosen in LANGUAGES else None


def set_language(lang: str | None) -> None:
    """Remember the language for the next start (None forgets the choice)."""
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    settings = QSettings()
    if lang is None:
        settings.remove(LANGUAGE_KEY)
    else:
        settings.setValue(LANGUAGE_KEY, lang)


def backup_folder(default: Path | None = None) -> Path | None:
    """Where this PC puts backups; ``default`` (e.g. the data folder's) when never chosen."""
    chosen = _text(BACKUP_FOLDER_KEY)
    return Path(chosen) if chosen else default


def set_backup_folder(folder: Path | None) -> None:
    settings = QSettings()
    if folder is None:
        settings.remove(BACKUP_FOLDER_KEY)
    else:
        settings.setValue(BACKUP_FOLDER_KEY, str(folder))


def _last_backup_key(demo: bool) -> str:
    return LAST_BACKUP_KEY + (DEMO_SUFFIX if demo else "")


def last_backup(*, demo: bool = False) -> LastBackup | None:
    """The last backup made from this PC; None when none was, or the record is unreadable."""
    key = _last_backup_key(demo)
    try:
        at = dt.datetime.fromisoformat(_text(f"{key}/at"))
        size = int(_text(f"{key}/size"))
    except ValueError:
        return None
    path = _text(f"{key}/file")
    if at.tzinfo is None or not path:
        return None
    return LastBackup(at, Path(path), size)


def set_last_backup(backup: LastBackup, *, demo: bool = False) -> None:
    settings = QSettings()
    key = _last_backup_key(demo)
    settings.setValue(f"{key}/at", backup.at.astimezone(dt.UTC).isoformat(timespec="seconds"))
    settings.setValue(f"{key}/file", str(backup.path))
    settings.setValue(f"{key}/size", str(backup.size))
