"""Issuing from the window: one letter or a batch, KONSEP preview, typed numbers, Batal."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tkm_desktop.gui import editor_prompts, letter_issue
from tkm_desktop.gui.letter_issue import LetterIssueDialog, issue_for_groups, recommended_groups
from tkm_desktop.services import letters
from tkm_desktop.services.context import Actor
from tkm_desktop.services.letter_register import list_letters
from tkm_desktop.services.letter_sample import Sample, seed_sample
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, Group, Office


@pytest.fixture
def sample(gui_db: Database) -> Sample:
    return seed_sample(gui_db, groups=3, members=3)


@pytest.fixture
def official(sample: Sample) -> Actor:
    return Actor("gui", "pejabat", sample.users["pejabat"], "pejabat", "pejabat")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bytes]]:
    """What show_pdf was asked to show: (title, bytes); the print callbacks in ``printers``."""
    seen: list[tuple[str, bytes]] = []

    def show(parent, data, *, title, file_name, printed=None) -> None:  # type: ignore[no-untyped-def]
        seen.append((title, data))
        PRINTERS.append(printed)

    PRINTERS.clear()
    monkeypatch.setattr(letter_issue, "show_pdf", show)
    return seen


PRINTERS: list = []  # the preview's "printed" callbacks, as show_pdf received them


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Confirmations say yes; refusals and summaries are recorded."""
    said: dict[str, list] = {"refused": [], "summary": [], "asked": []}
    monkeypatch.setattr(
        editor_prompts, "confirm", lambda parent, title, text: said["asked"].append(text) or True
    )
    monkeypatch.setattr(
        editor_prompts,
        "show_refusal",
        lambda parent, title, reasons: said["refused"].append(reasons),
    )
    monkeypatch.setattr(
        letter_issue, "show_summary", lambda parent, title, text: said["summary"].append(text)
    )
    return said


def dialog_for(qtbot: QtBot, db: Database, actor: Actor, ids: list[int]) -> LetterIssueDialog:
    ready, skipped = recommended_groups(db, ids)
    dialog = LetterIssueDialog(db, actor, ready, skipped=skipped)
    qtbot.addWidget(dialog)
    return dialog


def register(db: Database):
    with db.reader() as session:
        return list_letters(session)


def test_one_letter_covers_every_group_and_is_shown(
    qtbot: QtBot, gui_db: Database, sample: Sample, official: Actor, shown, answers
) -> None:
    dialog = dialog_for(qtbot, gui_db, official, sample.group_ids[:2])
    assert dialog.groupsLabel.text().startswith("2 kelompok: ")
    assert dialog.signatoryLabel.text().startswith("Fitri")
    assert dialog.issueButton.isEnabled() and not dialog.numberEdit.isVisibleTo(dialog)
    dialog.paperCombo.setCurrentIndex(1)
    dialog.issueButton.click()
    qtbot.waitUntil(lambda: bool(shown))
    (letter,) = register(gui_db)
    assert (letter.kind, letter.paper, letter.group_ids) == ("surat", "f4", sample.group_ids[:2])
    assert shown == [(f"Surat Nomor {letter.number}", dialog.issued[0].pdf)]
    assert answers["asked"][0].startswith("Terbitkan 1 surat?")
    assert dialog.result() == LetterIssueDialog.DialogCode.Accepted


def test_a_batch_issues_one_recommendation_per_group(
    qtbot: QtBot, gui_db: Database, sample: Sample, official: Actor, shown, answers
) -> None:
    dialog = dialog_for(qtbot, gui_db, official, sample.group_ids)
    dialog.batchRadio.setChecked(True)
    assert [job.group_ids for job in dialog.jobs()] == [(g,) for g in sample.group_ids]
    dialog.issueButton.click()
    qtbot.waitUntil(lambda: bool(answers["summary"]))
    rows = register(gui_db)
    assert sorted(r.group_ids[0] for r in rows) == sample.group_ids
    assert {r.kind for r in rows} == {"rekomendasi"}
    summary = answers["summary"][0]
    assert summary.startswith("3 surat diterbitkan.")
    assert all(r.number in summary for r in rows)
    assert shown == []  # a batch is listed, not opened letter by letter


def test_cancel_stops_after_the_current_letter(
    qtbot: QtBot,
    gui_db: Database,
    sample: Sample,
    official: Actor,
    shown,
    answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = dialog_for(qtbot, gui_db, official, sample.group_ids)
    dialog.batchRadio.setChecked(True)
    real = letters.issue_letter
    calls: list[int] = []

    def issue_then_cancel(*args, **kwargs):
        issued = real(*args, **kwargs)
        calls.append(issued.letter_id)
        if len(calls) == 2:  # the clerk presses Batal while the second letter is made
            assert dialog.operation is not None
            dialog.operation.context.cancel()
        return issued

    monkeypatch.setattr(letter_issue, "issue_letter", issue_then_cancel)
    dialog.issueButton.click()
    qtbot.waitUntil(lambda: bool(answers["summary"]))
    assert len(register(gui_db)) == 2
    summary = answers["summary"][0]
    third = dialog.groups[2][1]
    assert summary.startswith("2 surat diterbitkan.")
    assert summary.endswith(f"Dibatalkan; belum diterbitkan:\n• {third}")
    assert len(dialog.issued) == 2


def test_a_refused_batch_letter_does_not_stop_the_others(
    qtbot: QtBot, gui_db: Database, sample: Sample, official: Actor, shown, answers
) -> None:
    letters.issue_letter(gui_db, official, [sample.group_ids[0]], kind="rekomendasi")
    dialog = dialog_for(qtbot, gui_db, official, sample.group_ids)
    dialog.batchRadio.setChecked(True)
    dialog.issueButton.click()
    qtbot.waitUntil(lambda: bool(answers["summary"]))
    summary = answers["summary"][0]
    assert summary.startswith("2 surat diterbitkan.")
    assert "Ditolak:" in summary and "sudah mendapat surat Nomor" in summary


def test_typed_numbers_are_checked_by_the_service(
    qtbot: QtBot, gui_db: Database, sample: Sample, official: Actor, shown, answers
) -> None:
    with gui_db.session() as session:
        session.scalars(select(Office)).one().number_source = "manual"
    dialog = dialog_for(qtbot, gui_db, official, sample.group_ids[:1])
    assert dialog.numberEdit.isVisibleTo(dialog)
    dialog.numberEdit.setText("12/ABC")
    dialog.issueButton.click()
    qtbot.waitUntil(lambda: bool(answers["refused"]))
    assert "tidak sesuai pola" in answers["refused"][0][0]
    assert register(gui_db) == [] and dialog.isEnabled() and dialog.issueButton.isEnabled()
    year = letters._local_date(letters.dt.datetime.now(letters.dt.UTC)).year
    dialog.numberEdit.setText(f"500.15.10/012/Disnaker/{year}")
    dialog.issueButton.click()
    qtbot.waitUntil(lambda: bool(shown))
    assert register(gui_db)[0].number == f"500.15.10/012/Disnaker/{year}"


def test_a_manual_batch_takes_one_number_per_group(
    qtbot: QtBot, gui_db: Database, sample: Sample, official: Actor
) -> None:
    with gui_db.session() as session:
        session.scalars(select(Office)).one().number_source = "manual"
    dialog = dialog_for(qtbot, gui_db, official, sample.group_ids[:2])
    dialog.batchRadio.setChecked(True)
    assert dialog.numbersTable.isVisibleTo(dialog) and not dialog.numberEdit.isVisibleTo(dialog)
    dialog.numbersTable.item(1, 1).setText(" 500.15.10/9/Disnaker/2026 ")
    assert [job.number for job in dialog.jobs()] == [None, "500.15.10/9/Disnaker/2026"]


def test_the_draft_is_previewed_and_not_numbered(
    qtbot: QtBot, gui_db: Database, sample: Sample, official: Actor, shown, answers
) -> None:
    dialog = dialog_for(qtbot, gui_db, official, sample.group_ids[:1])
    dialog.draftButton.click()
    qtbot.waitUntil(lambda: bool(shown))
    title, data = shown[0]
    assert title.startswith("Konsep — ") and data.startswith(b"%PDF")
    assert register(gui_db) == []
    # Seen is not printed: a print is recorded only when the clerk prints from the preview.
    assert draft_events(gui_db) == ["view"]
    PRINTERS[0]()
    qtbot.waitUntil(lambda: draft_events(gui_db) == ["view", "print"])


def draft_events(db: Database) -> list[str]:
    query = select(AuditEvent.action).where(AuditEvent.entity == "letter",
                                            AuditEvent.action.in_(["view", "print"]))  # fmt: skip
    with db.reader() as session:
        return list(session.scalars(query.order_by(AuditEvent.id)))


def test_only_recommended_groups_take_part(
    qtbot: QtBot, gui_db: Database, sample: Sample, official: Actor, answers, monkeypatch
) -> None:
    with gui_db.session() as session:
        session.get(Group, sample.group_ids[2]).status = "diverifikasi"
    ready, skipped = recommended_groups(gui_db, sample.group_ids[::-1])
    assert [gid for gid, _ in ready] == sample.group_ids[1::-1]
    assert len(skipped) == 1
    assert issue_for_groups(None, gui_db, official, [sample.group_ids[2]]) is False  # type: ignore[arg-type]
    assert "hanya untuk kelompok berstatus Direkomendasikan" in answers["refused"][0][0]


def test_issue_for_groups_reports_whether_anything_was_issued(
    qtbot: QtBot, gui_db: Database, sample: Sample, official: Actor, shown, answers, monkeypatch
) -> None:
    def exec_issuing(self: LetterIssueDialog) -> int:
        self.issueButton.click()
        qtbot.waitUntil(lambda: bool(self.issued))
        return 1

    monkeypatch.setattr(LetterIssueDialog, "exec", exec_issuing)
    assert issue_for_groups(None, gui_db, official, sample.group_ids[:1]) is True  # type: ignore[arg-type]
    monkeypatch.setattr(LetterIssueDialog, "exec", lambda self: 0)
    assert issue_for_groups(None, gui_db, official, sample.group_ids[1:2]) is False  # type: ignore[arg-type]


def test_a_viewer_may_not_issue(qtbot: QtBot, gui_db: Database, sample: Sample) -> None:
    viewer = Actor("gui", "viewer", sample.users["viewer"], "viewer", "viewer")
    dialog = dialog_for(qtbot, gui_db, viewer, sample.group_ids[:1])
    assert not dialog.issueButton.isEnabled()


def test_batal_or_esc_while_issuing_stops_the_batch_and_closes_with_the_summary(
    qtbot: QtBot,
    gui_db: Database,
    sample: Sample,
    official: Actor,
    shown,
    answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = dialog_for(qtbot, gui_db, official, sample.group_ids)
    dialog.batchRadio.setChecked(True)
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    real = letters.issue_letter
    first_made, go_on = threading.Event(), threading.Event()

    def issue_and_wait(*args, **kwargs):
        issued = real(*args, **kwargs)
        first_made.set()
        assert go_on.wait(5)
        return issued

    monkeypatch.setattr(letter_issue, "issue_letter", issue_and_wait)
    dialog.issueButton.click()
    assert first_made.wait(5)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert closed == []  # what was issued must still be told
    assert dialog.operation is not None and dialog.operation.context.cancelled
    go_on.set()
    qtbot.waitUntil(lambda: bool(closed), timeout=5000)
    assert len(register(gui_db)) == 1  # stopped after the current letter
    assert answers["summary"][0].startswith("1 surat diterbitkan.")
    assert "Dibatalkan; belum diterbitkan:" in answers["summary"][0]
    assert len(dialog.issued) == 1 and dialog.result() == QDialog.DialogCode.Accepted


def test_batal_while_issuing_closes_even_when_nothing_was_issued(
    qtbot: QtBot,
    gui_db: Database,
    sample: Sample,
    official: Actor,
    shown,
    answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = dialog_for(qtbot, gui_db, official, sample.group_ids)
    dialog.batchRadio.setChecked(True)
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    started, go_on = threading.Event(), threading.Event()

    def refuse_slowly(*args, **kwargs):
        started.set()
        assert go_on.wait(5)
        raise letter_issue.InputRefused(["Tidak boleh."])

    monkeypatch.setattr(letter_issue, "issue_letter", refuse_slowly)
    dialog.issueButton.click()
    assert started.wait(5)
    dialog.reject()
    assert closed == []
    go_on.set()
    qtbot.waitUntil(lambda: bool(closed), timeout=5000)
    assert answers["summary"][0].startswith("0 surat diterbitkan.")
    assert dialog.issued == [] and dialog.result() == QDialog.DialogCode.Rejected
