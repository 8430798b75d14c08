"""The PDF preview: pages, zoom, printing to the chosen printer and saving the exact bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tkm_desktop.gui import pdf_preview
from tkm_desktop.gui.pdf_preview import PdfPreviewDialog, page_numbers, show_pdf


def make_pdf(pages: int, tmp_path: Path) -> bytes:
    path = tmp_path / "sample.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    for n in range(pages):
        canvas.drawString(72, 720, f"Halaman {n + 1}")
        canvas.showPage()
    canvas.save()
    return path.read_bytes()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setFullPage(True)
    return printer


@pytest.fixture
def three_pages(tmp_path: Path) -> bytes:
    return make_pdf(3, tmp_path)


def test_the_dialog_shows_the_pages_fitted_to_width(qtbot: QtBot, three_pages: bytes) -> None:
    dialog = PdfPreviewDialog(three_pages, title="Surat 7", file_name="surat-7.pdf")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Surat 7"
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.page_count() == 3
    assert dialog.pageCountLabel.text() == "dari 3"
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    dialog.resize(800, 600)
    dialog.pageSpin.setValue(3)
    qtbot.waitUntil(lambda: dialog.view.pageNavigator().currentPage() == 2)
    dialog.zoomInButton.click()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    zoomed = dialog.view.zoomFactor()
    dialog.zoomOutButton.click()
    assert dialog.view.zoomFactor() < zoomed
    dialog.fitPageButton.click()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitInView
    dialog.fitWidthButton.click()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_print_renders_every_page_to_the_chosen_printer(
    qtbot: QtBot, three_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"
    asked: list[tuple[int, float]] = []

    def choose(parent, pages, paper):
        asked.append((pages, round(paper.width())))
        return pdf_printer(out)

    monkeypatch.setattr(pdf_preview, "ask_printer", choose)
    dialog = PdfPreviewDialog(three_pages, title="Surat", file_name="surat.pdf")
    qtbot.addWidget(dialog)
    assert dialog.print_pdf() is True
    assert asked == [(3, 595)]  # A4 in points: the print dialog starts on the letter's paper
    assert len(PdfReader(out).pages) == 3


def test_print_respects_the_page_range(
    qtbot: QtBot, three_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert page_numbers(printer, 3) == [1, 2]
    monkeypatch.setattr(pdf_preview, "ask_printer", lambda *args: printer)
    dialog = PdfPreviewDialog(three_pages, title="Surat", file_name="surat.pdf")
    qtbot.addWidget(dialog)
    assert dialog.print_pdf() is True
    assert len(PdfReader(out).pages) == 2


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot: QtBot, three_pages: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_preview, "ask_printer", lambda *args: None)
    dialog = PdfPreviewDialog(three_pages, title="Surat", file_name="surat.pdf")
    qtbot.addWidget(dialog)
    assert dialog.print_pdf() is False


def test_save_writes_the_identical_bytes(
    qtbot: QtBot, three_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested: list[str] = []

    def where(parent, title, name):
        suggested.append(name)
        return str(tmp_path / "keluar")  # typed without the extension

    monkeypatch.setattr(pdf_preview, "ask_save_path", where)
    dialog = PdfPreviewDialog(three_pages, title="Surat", file_name="surat-7.pdf")
    qtbot.addWidget(dialog)
    written = dialog.save_pdf()
    assert suggested == ["surat-7.pdf"]
    assert written == tmp_path / "keluar.pdf"
    assert written.read_bytes() == three_pages
    assert not list(tmp_path.glob("*.part"))
    monkeypatch.setattr(pdf_preview, "ask_save_path", lambda *args: None)
    assert dialog.save_pdf() is None


def test_a_save_that_fails_says_so(
    qtbot: QtBot, three_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        pdf_preview, "ask_save_path", lambda *args: str(tmp_path / "no-folder" / "x.pdf")
    )
    monkeypatch.setattr(
        pdf_preview.QMessageBox, "warning", lambda parent, title, text: warnings.append(text)
    )
    dialog = PdfPreviewDialog(three_pages, title="Surat", file_name="x.pdf")
    qtbot.addWidget(dialog)
    assert dialog.save_pdf() is None
    assert warnings and warnings[0].startswith("Berkas tidak dapat disimpan")


def test_show_pdf_is_modal_and_closes(
    qtbot: QtBot, three_pages: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[PdfPreviewDialog] = []

    def exec_(self: PdfPreviewDialog) -> int:
        seen.append(self)
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    show_pdf(None, three_pages, title="Konsep", file_name="konsep.pdf")  # type: ignore[arg-type]
    assert [d.windowTitle() for d in seen] == ["Konsep"]
    assert seen[0].page_count() == 3
