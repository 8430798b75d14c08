"""Settings of this PC, not of the office: kept in QSettings, never in the database.

The app's start reads ``language()`` before the window exists (an explicit ``--lang``
wins); the *Komputer Ini* section writes these. Office settings are in
``services.settings``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

LANGUAGES = ("id", "en")
LANGUAGE_KEY = "local/language"
BACKUP_FOLDER_KEY = "local/backupFolder"


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
