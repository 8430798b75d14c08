"""The *Terbitkan Surat* form: wording, paper size remembered, signatory and the example
number as the service has them, and no empty space above the buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tkm_desktop.gui.letter_issue import LetterIssueDialog, recommended_groups
from tkm_desktop.gui.paperwork_options import (
    LAST_PAPER,
    PaperCombo,
    PaperOptionsDialog,
    PaperRequest,
)
from tkm_desktop.services.context import Actor
from tkm_desktop.services.letter_sample import Sample, seed_sample
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Signatory


@pytest.fixture
def sample(gui_db: Database) -> Sample:
    return seed_sample(gui_db, groups=3, members=3)


@pytest.fixture
def official(sample: Sample) -> Actor:
    return Actor("gui", "pejabat", sample.users["pejabat"], "pejabat", "pejabat")


def dialog_for(qtbot: QtBot, db: Database, actor: Actor, ids: list[int]) -> LetterIssueDialog:
    ready, skipped = recommended_groups(db, ids)
    dialog = LetterIssueDialog(db, actor, ready, skipped=skipped)
    qtbot.addWidget(dialog)
    return dialog


def test_one_paper_combo_remembers_the_last_size_on_this_pc(qtbot: QtBot) -> None:
    combo = PaperCombo()
    qtbot.addWidget(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == ["A4", "F4 (215 × 330 mm)"]
    assert combo.paper() == "a4"
    combo.setCurrentIndex(1)
    assert QSettings().value(LAST_PAPER) == "f4"
    again = PaperOptionsDialog(PaperRequest("Rekap", "Ringkasan"))
    qtbot.addWidget(again)
    assert isinstance(again.paperCombo, PaperCombo) and again.paperCombo.paper() == "f4"


def test_the_form_says_surat_rekomendasi_and_uses_the_shared_combo(
    qtbot: QtBot, gui_db: Database, sample: Sample, official: Actor
) -> None:
    QSettings().setValue(LAST_PAPER, "f4")
    dialog = dialog_for(qtbot, gui_db, official, sample.group_ids)
    assert dialog.batchRadio.text() == (
        "Surat Rekomendasi tersendiri untuk setiap kelompok (3 surat)"
    )
    assert isinstance(dialog.paperCombo, PaperCombo) and dialog.paper == "f4"


def test_the_signatory_shown_is_the_one_the_service_prints(
    qtbot: QtBot, gui_db: Database, sample: Sample, official: Actor
) -> None:
    with gui_db.session() as s:
        chosen = s.scalars(select(Signatory).where(Signatory.active)).first()
        assert chosen is not None
        expected = f"{chosen.name}\n{chosen.position}"
    dialog = dialog_for(qtbot, gui_db, official, sample.group_ids[:1])
    assert dialog.signatoryLabel.text() == expected
    with gui_db.session() as s:
        for row in s.scalars(select(Signatory)):
            row.active = False
    dialog = dialog_for(qtbot, gui_db, official, sample.group_ids[:1])
    assert "Belum ada pejabat penandatangan" in dialog.signatoryLabel.text()
    assert not dialog.issueButton.isEnabled()


def test_the_example_number_is_never_broken_and_the_form_has_no_gap(
    qtbot: QtBot, gui_db: Database, sample: Sample, official: Actor
) -> None:
    dialog = dialog_for(qtbot, gui_db, official, sample.group_ids)
    dialog.layout().activate()  # laid out as shown, without a window offscreen
    label = dialog.exampleLabel
    assert label.text().startswith("Contoh: ") and "/" in label.text()
    assert not label.wordWrap()
    assert label.width() >= label.sizeHint().width()  # the whole number on one line
    gap = (
        dialog.issueButton.geometry().top()
        - dialog.exampleLabel.mapTo(dialog, label.rect().bottomLeft()).y()
    )
    assert gap < 60  # no band of empty space above the buttons
