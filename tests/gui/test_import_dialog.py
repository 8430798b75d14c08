"""The problems table and the summary lines the import wizard's last pages share."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tkm_desktop.excel.proposal import Problem
from tkm_desktop.gui.import_dialog import problems_table, result_summary
from tkm_desktop.services.importer import ImportResult


def _problem(code: str, severity: str, row: int | None = 5) -> Problem:
    return Problem("Anggota", row, "NIK", code, severity, f"pesan {code}")


def test_the_problems_table_lists_each_problem(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    table = QTableView(host)
    model = problems_table(table, host)
    model.set_rows([_problem("NIK_ROUNDED", "error"), _problem("HEADER", "warning", None)])
    shown = table.model()
    assert shown.rowCount() == 2
    assert [shown.index(0, c).data() for c in range(6)] == [
        "Anggota",
        "5",
        "NIK",
        "Kesalahan",
        "NIK_ROUNDED",
        "pesan NIK_ROUNDED",
    ]
    assert shown.index(1, 1).data() == ""  # a problem of the whole sheet has no row
    assert shown.index(1, 3).data() == "Peringatan"
    qtmodeltester.check(model)


def test_imported_with_findings() -> None:
    result = ImportResult(
        file="usulan.xlsx",
        groups_created=3,
        members_created=30,
        findings=[_problem("NIK_ROUNDED", "error")],
    )
    headline, detail = result_summary(result)
    assert headline == "3 kelompok dan 30 anggota diimpor"
    assert "ikut tersimpan" in detail


def test_refused_import_says_nothing_was_saved() -> None:
    result = ImportResult(file="rusak.xlsx", refused=True, reasons=["Baris judul tidak ditemukan."])
    assert result_summary(result) == (
        "Impor ditolak: tidak ada yang disimpan",
        "Baris judul tidak ditemukan.",
    )
    _headline, detail = result_summary(ImportResult(file="rusak.xlsx", refused=True))
    assert detail == "Perbaiki kesalahan di bawah, lalu impor lagi."


def test_clean_import() -> None:
    result = ImportResult(file="ok.xlsx", groups_created=1, members_created=10)
    assert result_summary(result)[1] == "Berkas terbaca tanpa masalah."


def test_a_problem_reads_in_the_windows_language_when_the_catalogue_wrote_it() -> None:
    from tkm_desktop.excel.proposal import Position, make_problem

    where = Position("Anggota", 7, "F")
    mismatch = make_problem("NIK_SEX_MISMATCH", where, nik="3275012001850004", entered="P",
                            derived="L")  # fmt: skip
    assert mismatch.text("id") == "Jenis kelamin P tidak sesuai dengan NIK (L)."
    assert mismatch.text("en") == "Sex P does not match the NIK (L)."
    own = make_problem("FILE_UNREADABLE", where, reason="x", text="Berkas rusak di tengah.")
    assert own.text("en") == "Berkas rusak di tengah."  # its own words, as written
