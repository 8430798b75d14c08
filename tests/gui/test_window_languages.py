"""An English window shows the services' lines in English: the import's progress, the
verdict of Verifikasi Surat and the data-folder warning. An Indonesian one as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.import_support import seed_office, vb
from tkm_desktop.excel import proposal_reader
from tkm_desktop.gui import editor_prompts, import_pages, operations
from tkm_desktop.gui.i18n import install_translators
from tkm_desktop.gui.import_wizard import ImportWizard
from tkm_desktop.gui.letters_page import LettersPage
from tkm_desktop.gui.long_work import LongWork
from tkm_desktop.gui.main_window import MainWindow
from tkm_desktop.services import import_store, letters
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.services.context import Actor
from tkm_desktop.services.letter_sample import seed_sample
from tkm_desktop.store.db import Database, sqlite_url

PROGRESS = {
    "en": ["Reading usulan.xlsx…", "Reading sheet Usulan: row 4",
           "Reading sheet Usulan: row 8", "Saving the groups…",
           "Saving the members…", "Saving the findings…", "Recording the groups' history…",
           "Saving…"],
    "id": ["Membaca usulan.xlsx…", "Membaca lembar Usulan: baris 4",
           "Membaca lembar Usulan: baris 8", "Menyimpan kelompok…",
           "Menyimpan anggota…", "Menyimpan temuan…", "Mencatat riwayat kelompok…",
           "Menyimpan…"],
}  # fmt: skip


def _speak(qapp: QApplication, lang: str) -> None:
    if lang == "en":
        install_translators(qapp, "en")


@pytest.fixture
def shown_progress(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every progress line a worker hands to the window; small steps, so all of them come."""
    monkeypatch.setattr(proposal_reader, "TICK_ROWS", 4)
    monkeypatch.setattr(import_store, "MEMBER_BATCH", 5)
    lines: list[str] = []
    real = operations.OperationContext.progress

    def progress(ctx: operations.OperationContext, done: int, total: int = 0, text: str = ""):
        lines.append(text)
        real(ctx, done, total, text)

    monkeypatch.setattr(operations.OperationContext, "progress", progress)
    return lines


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_import_wizard_shows_progress_in_the_window_language(
    qtbot: QtBot,
    qapp: QApplication,
    gui_db: Database,
    verifier: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_progress: list[str],
    lang: str,
) -> None:
    _speak(qapp, lang)
    book = vb.long_table_book(tmp_path / "usulan.xlsx", [vb.group("Kelompok A", 8, 100)])
    monkeypatch.setattr(import_pages, "choose_file", lambda *_a: str(book))
    wizard = ImportWizard(seed_office(gui_db), verifier, lang=lang)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browseButton.click()
    wizard.next()
    qtbot.waitUntil(wizard.layout_page.isComplete, timeout=10_000)
    assert shown_progress[0] == PROGRESS[lang][1]  # the layout page reads the rows
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.result is not None, timeout=10_000)
    shown_progress.clear()
    wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=10_000)
    assert list(dict.fromkeys(shown_progress)) == PROGRESS[lang]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_window_opens_the_wizard_in_its_language(
    qtbot: QtBot, gui_db: Database, verifier: Actor, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    shown: list[ImportWizard] = []
    monkeypatch.setattr(ImportWizard, "open", lambda w: shown.append(w))
    window = QWidget()
    qtbot.addWidget(window)
    LongWork(window, gui_db, verifier, lang=lang).import_proposal()
    assert [w.plan.lang for w in shown] == [lang]


VERDICT = {
    "en": ("<b style='font-size: 13pt'>VALID (sah)</b><br>This code belongs to letter "
           "No. {n} of {d}, which is registered and in force.<br>Number: <b>{n}</b><br>"
           "Date: <b>{d}</b>"),
    "id": ("<b style='font-size: 13pt'>SAH</b><br>Kode ini milik surat Nomor {n} tanggal {d} "
           "yang terdaftar dan berlaku.<br>Nomor: <b>{n}</b><br>Tanggal: <b>{d}</b>"),
}  # fmt: skip


@pytest.mark.parametrize(("lang", "day"), [("en", "22 December 2024"), ("id", "22 Desember 2024")])
def test_verifikasi_surat_says_its_verdict_in_the_window_language(
    qtbot: QtBot, qapp: QApplication, gui_db: Database, lang: str, day: str
) -> None:
    import datetime as dt

    _speak(qapp, lang)
    sample = seed_sample(gui_db, groups=1, members=3)
    official = Actor("gui", "pejabat", sample.users["pejabat"], "pejabat", "pejabat")
    now = dt.datetime(2024, 12, 22, 3, 0, tzinfo=dt.UTC)
    issued = letters.issue_letter(gui_db, official, sample.group_ids, now=now)
    page = LettersPage(gui_db, official, lang=lang)
    qtbot.addWidget(page)
    page.ui.verifyEdit.setText(issued.code)
    page.ui.verifyButton.click()
    qtbot.waitUntil(lambda: getattr(page, "last_verdict", None) is not None)
    assert page.ui.verdictLabel.text().startswith(VERDICT[lang].format(n=issued.number, d=day))


@pytest.mark.parametrize(
    ("lang", "label", "said"),
    [
        ("en", "⚠ Data folder at risk", "The data folder is inside OneDrive (OneDrive - Kantor)"),
        (
            "id",
            "⚠ Folder data berisiko",
            "Folder data berada di dalam OneDrive (OneDrive - Kantor)",
        ),
    ],
)
def test_the_data_folder_warning_is_in_the_window_language(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    label: str,
    said: str,
) -> None:
    _speak(qapp, lang)
    messages: list[list[str]] = []
    monkeypatch.setattr(editor_prompts, "show_refusal", lambda _p, _t, r: messages.append(r))
    db = open_database(sqlite_url(tmp_path / "OneDrive - Kantor" / "tkm.sqlite3"))
    try:
        window = MainWindow(db, Actor.anonymous("gui"), lang=lang, idle_minutes=0)
        qtbot.addWidget(window)
        window.check_data_folder()
        assert window.folder_label is not None and window.folder_label.text() == label
        assert window.folder_label.toolTip().startswith(said)
        assert [m[0][: len(said)] for m in messages] == [said]
    finally:
        window.close()
        db.dispose()
