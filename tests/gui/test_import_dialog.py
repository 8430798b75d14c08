"""The import result dialog: what was imported, and every problem of the file."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tkm_desktop.excel.proposal import Problem
from tkm_desktop.gui.import_dialog import ImportResultDialog
from tkm_desktop.services.importer import ImportResult


def _problem(code: str, severity: str, row: int | None = 5) -> Problem:
    return Problem("Anggota", row, "NIK", code, severity, f"pesan {code}")


def test_imported_with_findings(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    result = ImportResult(
        file="usulan.xlsx",
        groups_created=3,
        members_created=30,
        findings=[_problem("NIK_ROUNDED", "error"), _problem("POSSIBLE_SAME_PERSON", "warning")],
    )
    dialog = ImportResultDialog(result)
    qtbot.addWidget(dialog)
    assert dialog.ui.summaryLabel.text() == "3 kelompok dan 30 anggota diimpor"
    assert "ikut tersimpan" in dialog.ui.detailLabel.text()
    model = dialog.ui.problemsTable.model()
    assert model.rowCount() == 2
    assert [model.index(0, c).data() for c in range(6)] == [
        "Anggota",
        "5",
        "NIK",
        "Kesalahan",
        "NIK_ROUNDED",
        "pesan NIK_ROUNDED",
    ]
    qtmodeltester.check(dialog.model)


def test_refused_import_says_nothing_was_saved(qtbot: QtBot) -> None:
    result = ImportResult(
        file="rusak.xlsx",
        refused=True,
        errors=[_problem("HEADER_NOT_FOUND", "error", None)],
        reasons=["Baris judul tidak ditemukan."],
    )
    dialog = ImportResultDialog(result)
    qtbot.addWidget(dialog)
    assert dialog.ui.summaryLabel.text() == "Impor ditolak: tidak ada yang disimpan"
    assert dialog.ui.detailLabel.text() == "Baris judul tidak ditemukan."
    assert dialog.ui.problemsTable.model().index(0, 1).data() == ""


def test_clean_import(qtbot: QtBot) -> None:
    dialog = ImportResultDialog(ImportResult(file="ok.xlsx", groups_created=1, members_created=10))
    qtbot.addWidget(dialog)
    assert dialog.ui.detailLabel.text() == "Berkas terbaca tanpa masalah."
    assert not dialog.ui.problemsTable.isVisibleTo(dialog)
