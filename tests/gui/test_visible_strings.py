"""Every string a clerk sees is translated: no Indonesian left in English, no English in Indonesian.

Each screen is built, every page loaded, and the texts of every widget, menu, header and
tooltip collected: the main window, the sign-in and password dialogs, the group editor,
the first-run and import wizards, the letter, paper-options and PDF preview dialogs. In
English none may still be an Indonesian source text (a string not passed through ``tr``,
or one lupdate missed); in Indonesian none may be one of Qt's own English button texts (a
missing entry in qtbase_id.ts). Place names of the region list are data, not interface:
"Kabupaten Pangkajene dan Kepulauan" stays as it is in English.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
    QWizardPage,
)
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tkm_desktop.domain import regions
from tkm_desktop.gui.first_run_wizard import FirstRunWizard
from tkm_desktop.gui.group_editor import GroupEditor
from tkm_desktop.gui.i18n import install_translators
from tkm_desktop.gui.import_wizard import ImportWizard
from tkm_desktop.gui.letter_issue import LetterIssueDialog
from tkm_desktop.gui.login_dialog import LoginDialog, LoginMode
from tkm_desktop.gui.main_window import MainWindow
from tkm_desktop.gui.paperwork_options import GroupChoice, PaperOptionsDialog, PaperRequest
from tkm_desktop.gui.password_dialog import PasswordDialog
from tkm_desktop.gui.pdf_preview import PdfPreviewDialog
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "tkm_en.ts"
# Words of our Indonesian texts that English never uses; data on these screens holds none.
INDONESIAN = re.compile(
    r"\b(kelompok|anggota|semua|belum|pengguna|kata sandi|cari|surat|tidak|untuk|"
    r"dengan|yang|dan|dari|skema|peringatan|kesalahan|simpan|batal|tutup|muat)\b",
    re.IGNORECASE,
)
QT_ENGLISH = {"Cancel", "Close", "Save", "Open", "Yes", "No", "Apply", "Reset", "Help",
              "< Back", "Next >", "Finish", "Commit", "Done", "Continue", "Go Back"}  # fmt: skip


def _place_names() -> frozenset[str]:
    """Every province and kab/kota of the region list, alone and as the region pickers label
    them ('Kota Bekasi — Jawa Barat'): data shown as it is, in any language."""
    names = set()
    for province in regions.provinces():
        names.add(province.name)
        for regency in regions.children(province.code):
            names |= {regency.name, f"{regency.name} — {province.name}"}
    return frozenset(names)


PLACE_NAMES = _place_names()


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _sources_with_other_english() -> set[str]:
    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        english = (translation.text or "") if translation is not None else ""
        if _plain(source) != _plain(english):
            found.add(_plain(source))
    return found


def _model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    for column in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value


def visible_texts(top: QWidget) -> list[str]:
    """Every text of ``top`` and its children a user can see or hover over."""
    texts: list[str] = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QWizardPage):
            texts.extend((widget.title(), widget.subTitle()))
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            texts.append(widget.title())
            for action in widget.actions():
                texts.extend((action.text(), action.toolTip(), action.statusTip()))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            texts.extend(_model_texts(widget.model()))
    return [_plain(t) for t in texts if t and t.strip()]


def _pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawString(72, 720, "1")
    canvas.save()
    return buffer.getvalue()


def _screens(qtbot: QtBot, db: Database, actor: Actor, lang: str) -> list[QWidget]:
    window = MainWindow(db, actor, idle_minutes=0, lang=lang)
    qtbot.addWidget(window)
    for page in range(window.ui.pageStack.count()):
        window.show_page(page)
    qtbot.waitUntil(lambda: window.home.dashboard is not None)
    window.people.ui.searchEdit.setText("32")
    window.people.search()  # the "type more" hint
    # The title and summary of the paper options come from the caller, in its own words.
    paper = PaperRequest("x", "", numbered=True, manual_number=True, groups=(GroupChoice(1, "W"),))
    wizard = FirstRunWizard(db, None)  # every step page is built with the wizard
    wizard.restart()
    dialogs: list[QWidget] = [
        LoginDialog(LoginMode.SIGN_IN),
        LoginDialog(LoginMode.UNLOCK, username="budi"),
        PasswordDialog(db, actor),
        wizard,
        ImportWizard(db, actor),
        PdfPreviewDialog(_pdf(), title="x.pdf", file_name="x.pdf"),
        PaperOptionsDialog(paper),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    return [window, *dialogs]


@pytest.fixture
def screens(qtbot: QtBot, gui_db: Database, make_user, add_group) -> Callable[[str], list[QWidget]]:
    make_user("admin", "admin", "Budi")  # an admin sees every page, users included
    admin = Actor("gui", "pc", user_id=1, username="admin", role="admin")
    group = add_group("Wahana", members=1)

    def build(lang: str) -> list[QWidget]:
        made = _screens(qtbot, gui_db, admin, lang)
        editor = GroupEditor(gui_db, admin, group, lang=lang)
        letters = LetterIssueDialog(gui_db, admin, [(group, "Wahana")], skipped=["Mekar"],
                                    lang=lang)  # fmt: skip
        for dialog in (editor, letters):
            qtbot.addWidget(dialog)
        return [*made, editor, letters]

    return build


def test_english_shows_no_indonesian(
    qapp: QApplication, screens: Callable[[str], list[QWidget]]
) -> None:
    install_translators(qapp, "en")
    untranslated = _sources_with_other_english()
    leftovers = []
    for screen in screens("en"):
        for text in visible_texts(screen):
            if text in PLACE_NAMES:
                continue
            if text in untranslated or INDONESIAN.search(text):
                leftovers.append(f"{type(screen).__name__}: {text!r}")
    # Data, not interface: the group's name and the members' names in the dialog.
    leftovers = [t for t in leftovers if "Anggota 0" not in t]
    assert leftovers == []


def test_indonesian_shows_none_of_qts_english(
    qapp: QApplication, screens: Callable[[str], list[QWidget]]
) -> None:
    install_translators(qapp, "id")
    buttons = [
        f"{type(screen).__name__}: {button.text()!r}"
        for screen in screens("id")
        for button in screen.findChildren(QAbstractButton)
        if not button.isHidden()  # a wizard hides the buttons it does not use
    ]
    assert len(buttons) > 10
    assert [b for b in buttons if _plain(b.split(": ", 1)[1].strip("'")) in QT_ENGLISH] == []
