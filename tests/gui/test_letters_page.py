"""Surat: search and year, reprint, revoke, scans, and Verifikasi Surat with its verdicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tkm_desktop.gui import editor_prompts, files, pdf_preview
from tkm_desktop.gui.letters_page import LettersPage
from tkm_desktop.services import letters
from tkm_desktop.services.context import Actor
from tkm_desktop.services.letter_sample import Sample, seed_sample
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent


@pytest.fixture
def sample(gui_db: Database) -> Sample:
    return seed_sample(gui_db, groups=3, members=3)


@pytest.fixture
def official(sample: Sample) -> Actor:
    return Actor("gui", "pejabat", sample.users["pejabat"], "pejabat", "pejabat")


@pytest.fixture
def issued(gui_db: Database, sample: Sample, official: Actor) -> list[letters.IssuedLetter]:
    first = letters.issue_letter(gui_db, official, sample.group_ids[:2])
    second = letters.issue_letter(gui_db, official, sample.group_ids[2:])
    return [first, second]


@pytest.fixture
def page(qtbot: QtBot, gui_db: Database, official: Actor, issued) -> LettersPage:
    widget = LettersPage(gui_db, official)
    qtbot.addWidget(widget)
    widget.reload()
    return widget


def numbers(page: LettersPage) -> list[str]:
    model = page.ui.lettersTable.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def choose(page: LettersPage, letter_id: int) -> None:
    assert page.select_letter(letter_id)


def test_search_and_year_filter_the_register(
    page: LettersPage, issued, sample: Sample, gui_db: Database
) -> None:
    first, second = issued
    assert numbers(page) == [second.number, first.number]
    assert page.ui.countLabel.text() == "(2 surat)"
    with gui_db.reader() as session:
        name = session.get(letters.Group, sample.group_ids[2]).name
    page.ui.searchEdit.setText(name.upper())
    assert numbers(page) == [second.number]
    assert page.ui.countLabel.text() == "(1 dari 2 surat)"
    page.ui.searchEdit.setText(first.number)
    assert numbers(page) == [first.number]
    page.ui.searchEdit.clear()
    year = first.letter_date.year
    assert [page.ui.yearCombo.itemText(i) for i in range(page.ui.yearCombo.count())] == [
        "Semua",
        str(year),
    ]
    page.ui.yearCombo.setCurrentIndex(1)
    assert len(numbers(page)) == 2


def test_buttons_follow_the_selection_and_the_role(
    qtbot: QtBot, page: LettersPage, issued, gui_db: Database, sample: Sample
) -> None:
    ui = page.ui
    buttons = (ui.previewButton, ui.reprintButton, ui.revokeButton, ui.scanButton)
    assert not any(b.isEnabled() for b in buttons)
    choose(page, issued[0].letter_id)
    assert all(b.isEnabled() for b in buttons)
    viewer = Actor("gui", "viewer", sample.users["viewer"], "viewer", "viewer")
    read_only = LettersPage(gui_db, viewer)
    qtbot.addWidget(read_only)
    read_only.reload()
    choose(read_only, issued[0].letter_id)
    assert not read_only.ui.revokeButton.isEnabled()
    assert not read_only.ui.scanButton.isEnabled()


def access_events(db: Database, letter_id: int) -> list[tuple[str, str]]:
    """(action, document) of the letter's view and print events, oldest first."""
    query = (
        select(AuditEvent.action, AuditEvent.after)
        .where(AuditEvent.entity == "letter", AuditEvent.entity_id == str(letter_id))
        .where(AuditEvent.action.in_(["view", "print"]))
        .order_by(AuditEvent.id)
    )
    with db.reader() as session:
        return [(action, after["document"]) for action, after in session.execute(query)]


def test_reprint_previews_the_identical_bytes(
    qtbot: QtBot, page: LettersPage, issued, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, bytes, str]] = []
    monkeypatch.setattr(
        pdf_preview,
        "show_pdf",
        lambda parent, data, *, title, file_name, printed: shown.append((title, data, file_name)),
    )
    choose(page, issued[1].letter_id)
    table = page.ui.lettersTable
    table.doubleClicked.emit(table.currentIndex())
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [
        (
            f"Surat Nomor {issued[1].number}",
            issued[1].pdf,
            letters.file_name(issued[1].number),
        )
    ]


def test_revoke_needs_a_reason_and_a_yes(
    qtbot: QtBot, page: LettersPage, issued, monkeypatch: pytest.MonkeyPatch
) -> None:
    reasons = iter([None, "Salah nama ketua", "Salah nama ketua"])
    confirms = iter([False, True])
    monkeypatch.setattr(editor_prompts, "ask_text", lambda *args: next(reasons))
    monkeypatch.setattr(editor_prompts, "confirm", lambda *args: next(confirms))
    choose(page, issued[0].letter_id)
    page.ui.revokeButton.click()  # no reason: nothing happens
    page.ui.revokeButton.click()  # a reason, but No
    assert page.current_letter().state == "issued"
    page.ui.revokeButton.click()
    qtbot.waitUntil(lambda: page.current_letter().state == "revoked")
    status = page.ui.lettersTable.model().index(page.ui.lettersTable.currentIndex().row(), 2)
    assert status.data() == "Dicabut"
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "Salah nama ketua"
    assert not page.ui.revokeButton.isEnabled() and not page.ui.scanButton.isEnabled()
    assert page.ui.previewButton.isEnabled()  # a revoked letter may still be looked at


def test_a_scan_is_attached_to_the_letter(
    qtbot: QtBot, page: LettersPage, issued, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = tmp_path / "surat-bertanda-tangan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    monkeypatch.setattr(files, "ask_open_path", lambda *args: str(scan))
    choose(page, issued[0].letter_id)
    page.ui.scanButton.click()
    qtbot.waitUntil(lambda: page.current_letter().has_scan)
    row = page.ui.lettersTable.currentIndex().row()
    assert page.ui.lettersTable.model().index(row, 7).data() == "Ada"


def test_a_refused_scan_is_shown(
    qtbot: QtBot, page: LettersPage, issued, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = tmp_path / "catatan.txt"
    scan.write_text("bukan pindaian")
    refused: list[list[str]] = []
    monkeypatch.setattr(files, "ask_open_path", lambda *args: str(scan))
    monkeypatch.setattr(editor_prompts, "show_refusal", lambda p, t, r: refused.append(r))
    choose(page, issued[0].letter_id)
    page.ui.scanButton.click()
    qtbot.waitUntil(lambda: bool(refused))
    assert refused[0][0].startswith("Pindaian harus berupa PDF")


def test_a_scanned_code_is_verified_on_enter(
    qtbot: QtBot, page: LettersPage, issued, gui_db: Database, official: Actor
) -> None:
    first = issued[0]
    page.ui.verifyEdit.setText(first.code)
    qtbot.keyClick(page.ui.verifyEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last_verdict is not None)
    assert page.last_verdict.status == "sah"
    text = page.ui.verdictLabel.text()
    assert text.startswith("<b style='font-size: 13pt'>SAH</b>")
    assert f"Nomor: <b>{first.number}</b>" in text
    assert "#1b5e20" in page.ui.verdictLabel.styleSheet()
    assert page.current_letter().id == first.letter_id  # the register shows the letter too
    assert page.ui.verifyEdit.selectedText() == first.code  # the next scan replaces it
    letters.revoke_letter(gui_db, official, first.letter_id, "Diganti")
    page.last_verdict = None
    page.ui.verifyButton.click()
    qtbot.waitUntil(lambda: page.last_verdict is not None)
    assert page.last_verdict.status == "dicabut"
    assert "Alasan pencabutan: <b>Diganti</b>" in page.ui.verdictLabel.text()
    assert "#b3261e" in page.ui.verdictLabel.styleSheet()


def test_unknown_text_is_not_a_letter(qtbot: QtBot, page: LettersPage) -> None:
    page.ui.verifyEdit.setText("<b>apa ini</b>")
    page.ui.verifyButton.click()
    qtbot.waitUntil(lambda: page.last_verdict is not None)
    assert page.last_verdict.status == "tidak dikenal"
    assert page.ui.verdictLabel.text().startswith("<b style='font-size: 13pt'>TIDAK DIKENAL</b>")


def test_a_pdf_file_is_verified(
    qtbot: QtBot, page: LettersPage, issued, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    genuine = tmp_path / "asli.pdf"
    genuine.write_bytes(issued[1].pdf)
    altered = tmp_path / "ubah.pdf"
    altered.write_bytes(issued[1].pdf.replace(b"/Producer", b"/Producex", 1))
    paths = iter([str(genuine), str(altered), None])
    monkeypatch.setattr(files, "ask_open_path", lambda *args: next(paths))
    page.ui.verifyFileButton.click()
    qtbot.waitUntil(lambda: page.last_verdict is not None)
    assert page.last_verdict.status == "sah"
    page.last_verdict = None
    page.ui.verifyFileButton.click()
    qtbot.waitUntil(lambda: page.last_verdict is not None)
    assert page.last_verdict.status == "diubah"
    assert page.ui.verdictLabel.text().startswith("<b style='font-size: 13pt'>DIUBAH</b>")
    page.ui.verifyFileButton.click()  # cancelled: the last verdict stays
    assert page.last_verdict.status == "diubah"


def test_looking_at_a_letter_is_audited_as_seen_not_as_a_reprint(
    qtbot: QtBot, page: LettersPage, issued, gui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    hooks: list = []
    monkeypatch.setattr(
        pdf_preview,
        "show_pdf",
        lambda parent, data, *, title, file_name, printed: hooks.append(printed),
    )
    letter_id = issued[0].letter_id
    choose(page, letter_id)
    page.ui.previewButton.click()
    qtbot.waitUntil(lambda: bool(hooks))
    assert access_events(gui_db, letter_id) == [("view", "surat")] * 2  # one per group
    hooks[0]()  # the clerk printed from the preview: that is a reprint
    qtbot.waitUntil(lambda: len(access_events(gui_db, letter_id)) == 4)
    assert access_events(gui_db, letter_id)[2:] == [("print", "cetak ulang")] * 2


def test_cetak_ulang_goes_straight_to_the_printer_and_is_audited(
    qtbot: QtBot, page: LettersPage, issued, gui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[bytes, str]] = []
    outcome = [False, True]  # the first print dialog is cancelled, the second prints

    def printer(parent, data, *, title) -> bool:  # type: ignore[no-untyped-def]
        sent.append((data, title))
        return outcome[len(sent) - 1]

    monkeypatch.setattr(pdf_preview, "print_pdf", printer)
    letter = issued[1]
    choose(page, letter.letter_id)
    page.ui.reprintButton.click()
    qtbot.waitUntil(lambda: bool(sent))
    assert sent == [(letter.pdf, f"Surat Nomor {letter.number}")]
    assert access_events(gui_db, letter.letter_id) == []  # cancelled: nothing printed
    page.ui.reprintButton.click()
    qtbot.waitUntil(lambda: access_events(gui_db, letter.letter_id) == [("print", "cetak ulang")])
