"""Buat Ekspor: the plan's two lists, writing through the operation helper, permissions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tkm_desktop.gui import export_page, files
from tkm_desktop.gui.export_page import ExportDialog
from tkm_desktop.gui.group_table_model import GroupTableModel
from tkm_desktop.gui.i18n import install_translators
from tkm_desktop.gui.registers import ExportsPage
from tkm_desktop.services import users
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.services.context import Actor
from tkm_desktop.services.demo import populate_demo
from tkm_desktop.services.vetting import vet_groups
from tkm_desktop.store.db import Database, sqlite_url
from tkm_desktop.store.models import Group


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    """The demo office, vetted (some groups then carry errors)."""
    db = open_database(sqlite_url(tmp_path / "demo.sqlite3"))
    populate_demo(db)
    vet_groups(db, actor(db, "verifikator"))
    yield db
    QThreadPool.globalInstance().waitForDone(10_000)
    db.dispose()


def actor(db: Database, username: str) -> Actor:
    with db.reader() as session:
        return users.actor_for(session, username, "gui")


def tick(dialog: ExportDialog, *statuses: str) -> None:
    for i in range(dialog.statusList.count()):
        item = dialog.statusList.item(i)
        on = item.data(Qt.ItemDataRole.UserRole) in statuses
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def statuses_of(db: Database, ids: list[int]) -> set[str]:
    with db.reader() as session:
        return set(session.scalars(select(Group.status).where(Group.id.in_(ids))))


def test_plan_shows_groups_left_out_with_reasons(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_db: Database
) -> None:
    dialog = ExportDialog(demo_db, actor(demo_db, "pejabat"))
    qtbot.addWidget(dialog)
    assert dialog.statuses() == ["direkomendasikan"]  # the default
    assert not dialog.saveButton.isEnabled()  # nothing written before the check
    tick(dialog, "diusulkan", "direkomendasikan")
    dialog.check()
    assert dialog.plan is not None
    assert dialog.includedModel.rowCount() == len(dialog.plan.included) > 0
    assert dialog.excludedModel.rowCount() == len(dialog.plan.excluded) > 0
    reasons = [
        dialog.excludedModel.index(r, 2).data() for r in range(dialog.excludedModel.rowCount())
    ]
    assert all(reasons) and any("kesalahan belum diperbaiki: " in r for r in reasons)
    assert not [r for r in reasons if "galat" in r or "DOCUMENT_MISSING" in r]
    assert dialog.excludedModel.index(0, 0).data() == dialog.plan.excluded[0][0].name
    assert dialog.saveButton.isEnabled()
    qtmodeltester.check(dialog.includedModel)
    qtmodeltester.check(dialog.excludedModel)
    tick(dialog, "direkomendasikan")  # changing the choice asks for a new check
    assert dialog.plan is None and not dialog.saveButton.isEnabled()


def test_save_writes_the_file_and_submits(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ExportsPage(demo_db, actor=actor(demo_db, "pejabat"))
    qtbot.addWidget(page)
    page.reload()
    assert page.newExportButton.isEnabled()
    dialog = page.export_dialog()
    assert isinstance(dialog, ExportDialog)
    dialog.check()
    assert dialog.plan is not None
    ids = [g.id for g in dialog.plan.included]
    assert statuses_of(demo_db, ids) == {"direkomendasikan"}
    target = tmp_path / "usulan.xlsx"
    monkeypatch.setattr(files, "ask_save_path", lambda *args, **_kw: str(target))
    dialog.submitCheck.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.save()
    assert dialog.result is not None and dialog.result.path == target
    assert target.exists() and not target.with_name("usulan.xlsx.part").exists()
    assert dialog.result.sha256[:16] in dialog.resultLabel.text()
    assert statuses_of(demo_db, ids) == {"diajukan"}
    assert page.model.rowCount() == 1  # the batch list reloaded
    workbook = openpyxl.load_workbook(target, read_only=True)
    try:
        cells = [
            cell
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
        ]
    finally:
        workbook.close()
    niks = [c for c in cells if isinstance(c, str) and c.isdigit() and len(c) == 16]
    assert len(niks) >= dialog.result.members  # every NIK is there, as text
    assert not [c for c in cells if isinstance(c, int | float) and c >= 10**15]  # none as numbers


def test_save_without_submit_keeps_the_status(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ExportDialog(demo_db, actor(demo_db, "pejabat"))
    qtbot.addWidget(dialog)
    dialog.check()
    assert dialog.plan is not None
    ids = [g.id for g in dialog.plan.included]
    monkeypatch.setattr(files, "ask_save_path", lambda *args, **_kw: str(tmp_path / "coba.xlsx"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.save()
    assert (tmp_path / "coba.xlsx").exists()
    assert statuses_of(demo_db, ids) == {"direkomendasikan"}


def test_viewer_may_not_export(qtbot: QtBot, demo_db: Database) -> None:
    page = ExportsPage(demo_db, actor=actor(demo_db, "viewer"))
    qtbot.addWidget(page)
    assert not page.newExportButton.isEnabled()
    assert page.export_dialog() is None
    plain = ExportsPage(demo_db)  # no actor: read-only
    qtbot.addWidget(plain)
    assert not plain.newExportButton.isEnabled()


def test_cancelled_export_says_so(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ExportDialog(demo_db, actor(demo_db, "pejabat"))
    qtbot.addWidget(dialog)
    dialog.check()

    def cancelled(*_args: object, **_kwargs: object) -> None:
        raise export_page.ExportCancelled

    monkeypatch.setattr(export_page, "run_export", cancelled)
    monkeypatch.setattr(files, "ask_save_path", lambda *args, **_kw: str(tmp_path / "x.xlsx"))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.writing, timeout=10_000)
    assert "dibatalkan" in dialog.resultLabel.text()
    assert dialog.result is None and dialog.saveButton.isEnabled()
    QThreadPool.globalInstance().waitForDone(5000)


def reason_cells(dialog: ExportDialog) -> list[tuple[str, str]]:
    """(text, tooltip) of every "Alasan" cell."""
    model = dialog.excludedModel
    return [
        (model.index(r, 2).data(), model.index(r, 2).data(Qt.ItemDataRole.ToolTipRole))
        for r in range(model.rowCount())
    ]


def test_reasons_are_whole_and_every_error_is_in_the_tooltip(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = ExportDialog(demo_db, actor(demo_db, "pejabat"))
    qtbot.addWidget(dialog)
    tick(dialog, "diusulkan")
    dialog.check()
    assert dialog.plan is not None
    for (group, _why), (_text, tip) in zip(dialog.plan.excluded, reason_cells(dialog), strict=True):
        assert all(f"• {line}" in tip for line in dialog.plan.details[group.id])
    table = dialog.excludedTable
    assert table.wordWrap()  # a long reason wraps onto more lines instead of being cut
    longest = max(range(len(dialog.plan.excluded)), key=lambda r: len(reason_cells(dialog)[r][0]))
    table.resize(900, 400)
    assert table.rowHeight(longest) > table.rowHeight(0) or len(dialog.plan.excluded) == 1
    assert table.rowHeight(longest) >= table.sizeHintForRow(longest)


def test_groups_list_header_and_format_title(qtbot: QtBot, demo_db: Database) -> None:
    dialog = ExportDialog(demo_db, actor(demo_db, "pejabat"))
    qtbot.addWidget(dialog)
    place = GroupTableModel(demo_db).headerData(3, Qt.Orientation.Horizontal)
    assert place == "Desa/Kelurahan"
    for model in (dialog.includedModel, dialog.excludedModel):
        assert model.headerData(1, Qt.Orientation.Horizontal) == place
    assert dialog.formatCombo.currentText() == "Usulan TKM ke Kemnaker"
    assert dialog.formatCombo.currentData() == "kemnaker-tkm"
    titles = [dialog.formatCombo.itemText(i) for i in range(dialog.formatCombo.count())]
    assert "rekap-sederhana" not in titles and "Rekap sederhana anggota" in titles
    dialog.formatCombo.setCurrentIndex(titles.index("Rekap sederhana anggota"))
    dialog.check()
    assert dialog.plan is not None and dialog.plan.format.name == "rekap-sederhana"


def test_the_english_window_explains_in_english(
    qtbot: QtBot, qapp: QApplication, demo_db: Database
) -> None:
    install_translators(qapp, "en")
    dialog = ExportDialog(demo_db, actor(demo_db, "pejabat"), "en")
    qtbot.addWidget(dialog)
    tick(dialog, "diusulkan")
    dialog.check()
    english = GroupTableModel(demo_db, lang="en").headerData(3, Qt.Orientation.Horizontal)
    assert dialog.excludedModel.headerData(1, Qt.Orientation.Horizontal) == english
    cells = reason_cells(dialog)
    assert cells and all(" not fixed yet: " in text for text, _tip in cells)
    assert dialog.formatCombo.currentText() == "TKM proposal to Kemnaker"
    combo = dialog.formatCombo
    about = combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert about.startswith("Three sheets") and about.endswith("kemnaker-tkm.toml")
    assert not [text for text, tip in cells if "kesalahan" in text + tip or "Dokumen" in tip]


def test_the_exports_list_names_the_format_by_title(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ExportsPage(demo_db, actor=actor(demo_db, "pejabat"))
    qtbot.addWidget(page)
    dialog = page.export_dialog()
    assert isinstance(dialog, ExportDialog)
    dialog.check()
    monkeypatch.setattr(files, "ask_save_path", lambda *args, **_kw: str(tmp_path / "u.xlsx"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.save()
    cell = page.model.index(0, 2)
    assert cell.data() == "Usulan TKM ke Kemnaker"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "kemnaker-tkm.toml"
