"""The PDF preview: pages, zoom, printing to the chosen printer and saving the exact bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from tkm_desktop.gui import files, pdf_preview
from tkm_desktop.gui.pdf_preview import (
    PdfPreviewDialog,
    page_numbers,
    page_setup,
    print_document,
    show_pdf,
)


def make_pdf(pages: int, tmp_path: Path, size: tuple[float, float] = A4) -> bytes:
    path = tmp_path / "sample.pdf"
    canvas = Canvas(str(path), pagesize=size)
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

    def where(parent, title, name, filter_text, **_kw):
        suggested.append(name)
        return str(tmp_path / "keluar")  # typed without the extension

    monkeypatch.setattr(files, "ask_save_path", where)
    dialog = PdfPreviewDialog(three_pages, title="Surat", file_name="surat-7.pdf")
    qtbot.addWidget(dialog)
    written = dialog.save_pdf()
    assert suggested == ["surat-7.pdf"]
    assert written == tmp_path / "keluar.pdf"
    assert written.read_bytes() == three_pages
    assert not list(tmp_path.glob("*.part"))
    monkeypatch.setattr(files, "ask_save_path", lambda *args, **_kw: None)
    assert dialog.save_pdf() is None


def test_a_save_that_fails_says_so(
    qtbot: QtBot, three_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        files, "ask_save_path", lambda *args, **_kw: str(tmp_path / "no-folder" / "x.pdf")
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


F4_POINTS = (215 / 25.4 * 72, 330 / 25.4 * 72)


def test_a4_and_f4_print_as_themselves_and_landscape_stays_landscape() -> None:
    size, orientation = page_setup(QSizeF(841.9, 595.3))  # the recap: A4 landscape
    assert size.id() == QPageSize.PageSizeId.A4
    assert orientation == QPageLayout.Orientation.Landscape
    size, orientation = page_setup(QSizeF(*F4_POINTS))
    assert size.name() == "F4"
    assert size.size(QPageSize.Unit.Millimeter) == QSizeF(215, 330)
    assert orientation == QPageLayout.Orientation.Portrait
    assert page_setup(QSizeF(F4_POINTS[1], F4_POINTS[0]))[1] == QPageLayout.Orientation.Landscape


class _AcceptingPrintDialog:
    """The system print dialog, answered with *Cetak* at once."""

    PrintDialogOption = pdf_preview.QPrintDialog.PrintDialogOption

    def __init__(self, printer: QPrinter, _parent: object) -> None:
        self.printer = printer

    def setMinMax(self, *_args: int) -> None: ...
    def setOption(self, *_args: object) -> None: ...
    def deleteLater(self) -> None: ...

    def exec(self) -> int:
        return pdf_preview.QDialog.DialogCode.Accepted.value


def test_a_landscape_recap_prints_landscape_at_actual_size(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_preview, "QPrintDialog", _AcceptingPrintDialog)
    data = make_pdf(2, tmp_path, landscape(A4))
    dialog = PdfPreviewDialog(data, title="Rekap", file_name="rekap.pdf")
    qtbot.addWidget(dialog)
    printer = pdf_preview.ask_printer(dialog, 2, dialog.document.pagePointSize(0))
    assert printer is not None
    layout = printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    monkeypatch.setattr(pdf_preview, "ask_printer", lambda *args: printer)
    assert dialog.print_pdf() is True
    box = PdfReader(out).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (842, 595)  # not shrunk onto portrait


def test_printing_goes_page_by_page_and_batal_stops_after_the_current_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = make_pdf(5, tmp_path)
    dialog = PdfPreviewDialog(data, title="Surat", file_name="surat.pdf")
    qtbot.addWidget(dialog)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 2  # Batal pressed while the second page printed

    out = tmp_path / "stopped.pdf"
    assert print_document(dialog.document, pdf_printer(out), progress) == 2
    assert calls == [(0, 5), (1, 5), (2, 5)]
    assert len(PdfReader(out).pages) == 2


def test_the_print_progress_can_be_cancelled_from_its_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(pdf_preview, "ask_printer", lambda *args: pdf_printer(out))
    dialog = PdfPreviewDialog(make_pdf(4, tmp_path), title="Surat", file_name="surat.pdf")
    qtbot.addWidget(dialog)
    seen: list[str] = []

    def cancel_on_second(self, value: int) -> None:  # the clerk clicks Batal on page 2
        seen.append(self.labelText())
        if value == 1:
            self.cancel()

    monkeypatch.setattr(pdf_preview.QProgressDialog, "setValue", cancel_on_second)
    assert dialog.print_pdf() is True
    assert seen == ["Mencetak halaman 1 dari 4…", "Mencetak halaman 2 dari 4…"]
    assert len(PdfReader(out).pages) == 1
