"""Translators for the window: Indonesian is the source language, English comes from a .qm.

Our texts are written in Indonesian, so Indonesian needs no file of ours; it does
need ``qtbase_id.qm`` (made here, as Qt ships none) for Qt's own buttons and menus.
English needs ``tkm_en.qm`` and nothing from Qt, whose source texts are English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tkm_desktop.gui import resources_rc  # noqa: F401  (registers the :/ resources)

LANGUAGES = ("id", "en")
OUR_TRANSLATIONS = {"en": ":/translations/tkm_en.qm"}
QT_TRANSLATIONS = {"id": ":/translations/qtbase_id.qm"}

# QCoreApplication does not own installed translators: keep them alive here.
_installed: list[QTranslator] = []


def _load(path: str) -> QTranslator:
    translator = QTranslator()
    if not translator.load(path):
        raise FileNotFoundError(f"translation not found: {path}")
    return translator


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translations for ``lang`` ('id' or 'en') on ``app``; returns them."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang!r}")
    remove_translators(app)
    paths = [p for p in (OUR_TRANSLATIONS.get(lang), QT_TRANSLATIONS.get(lang)) if p]
    for path in paths:
        translator = _load(path)
        app.installTranslator(translator)
        _installed.append(translator)
    # Numbers and dates in Qt widgets follow Indonesian conventions whatever the
    # language of the texts: the data (Rupiah, dd/mm/yyyy) is Indonesian.
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    return list(_installed)


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall every translator ``install_translators`` put on ``app``."""
    while _installed:
        app.removeTranslator(_installed.pop())
