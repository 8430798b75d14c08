"""Surat, Ekspor and Pengaturan: read-only pages over the register, exports and settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tkm_desktop.gui.letters_page import LettersPage
from tkm_desktop.gui.registers import ExportsPage, local_time
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import ExportBatch, ExportBatchGroup, Letter, LetterGroup

AddGroup = Callable[..., int]


def test_letters_page_lists_the_register(
    qtbot: QtBot, qtmodeltester: ModelTester, gui_db: Database, add_group: AddGroup
) -> None:
    page = LettersPage(gui_db)
    qtbot.addWidget(page)
    page.reload()
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert page.ui.countLabel.text() == ""
    group = add_group("Maju Jaya", members=4, status="direkomendasikan")
    with gui_db.session() as session:
        letter = Letter(
            kind="surat",
            number="500.15.10/001/Disnaker/2026",
            year=2026,
            serial=1,
            state="revoked",
            letter_date=dt.date(2026, 3, 2),
            signatory={"name": "Ir. Ahmad"},
            revoked_reason="Salah nama",
        )
        session.add(letter)
        session.flush()
        session.add(LetterGroup(letter_id=letter.id, group_id=group))
    page.reload()
    model = page.ui.lettersTable.model()
    assert [model.index(0, c).data() for c in range(5)] == [
        "500.15.10/001/Disnaker/2026",
        "02/03/2026",
        "Dicabut",
        "Maju Jaya",
        "4",
    ]
    assert model.index(0, 2).data(3) == "Salah nama"  # the tooltip says why
    assert page.ui.countLabel.text() == "(1 surat)"
    qtmodeltester.check(page.model)


def test_exports_page_lists_batches(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    group = add_group("Maju Jaya")
    with gui_db.session() as session:
        batch = ExportBatch(
            file_name="usulan-2026.xlsx",
            sha256="ab" * 32,
            format_name="kemnaker-tkm",
            user_id=verifier.user_id,
        )
        session.add(batch)
        session.flush()
        session.add(ExportBatchGroup(batch_id=batch.id, group_id=group))
    page = ExportsPage(gui_db)
    qtbot.addWidget(page)
    page.reload()
    model = page.ui.exportsTable.model()
    assert [model.index(0, c).data() for c in range(1, 6)] == [
        "usulan-2026.xlsx",
        "Usulan TKM ke Kemnaker",  # the format's title; its file name is in the tooltip
        "1",
        "budi",
        "abababababababab…",
    ]


def test_local_time_is_day_month_year() -> None:
    moment = dt.datetime(2026, 3, 2, 1, 30, tzinfo=dt.UTC)
    assert local_time(moment).startswith(moment.astimezone().strftime("%d/%m/%Y"))
    assert local_time(None) == ""
