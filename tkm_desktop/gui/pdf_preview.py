"""A PDF shown inside the window: pages, zoom, *Cetak…* and *Simpan PDF…*.

    show_pdf(window, data, title="Surat 500.15.10/7/Disnaker/2025", file_name="surat-7.pdf")

The bytes are loaded through a QBuffer that lives as long as the dialog. The system
dialogs (print, save) open through module functions that tests replace.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPoint,
    QRect,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QKeySequence, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate
_ZOOM_STEP = 1.25
_ZOOM_MIN, _ZOOM_MAX = 0.25, 4.0
_MAX_DPI = 600  # an A4 page at 600 dpi is a 140 MB image already


def ask_printer(parent: QWidget, pages: int, paper: QSizeF) -> QPrinter | None:
    """The system print dialog, set to the PDF's paper; the chosen printer, or None."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not paper.isEmpty():  # A4 or F4 as the letter is, at actual size
        printer.setPageSize(
            QPageSize(paper, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        )
    printer.setFullPage(True)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(pages, 1))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return printer if accepted else None


def ask_save_path(parent: QWidget, title: str, suggested: str) -> str | None:
    """Where to save the PDF; None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, suggested, translate("PdfPreviewDialog", "Dokumen PDF (*.pdf)")
    )
    return path or None


def write_file(path: str | Path, data: bytes) -> Path:
    """Write whole: ``NAME.part`` first, then rename, so no half file is ever left."""
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    part = target.with_name(target.name + ".part")
    part.write_bytes(data)
    os.replace(part, target)
    return target


def page_numbers(printer: QPrinter, pages: int) -> list[int]:
    """The 0-based pages the printer was asked for (all, or its page range)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first, last = max(printer.fromPage(), 1), min(printer.toPage() or pages, pages)
        return list(range(first - 1, last))
    return list(range(pages))


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Each requested page rendered at the printer's resolution; the pages printed.

    The page fills the paper (full page, actual size), so the letter's margins stay
    as laid out; the resolution is capped to keep a page's image within memory.
    """
    numbers = page_numbers(printer, document.pageCount())
    if not numbers:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("PdfPreviewDialog", "Printer tidak dapat dipakai."))
    try:
        dpi = min(printer.resolution(), _MAX_DPI)
        options = QPdfDocumentRenderOptions()
        for i, number in enumerate(numbers):
            if i:
                printer.newPage()
            points = document.pagePointSize(number)  # 1/72 inch
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image: QImage = document.render(number, size, options)
            target = QSize(size).scaled(
                painter.viewport().size(), Qt.AspectRatioMode.KeepAspectRatio
            )
            painter.drawImage(QRect(QPoint(0, 0), target), image)
    finally:
        painter.end()
    return len(numbers)


class PdfPreviewDialog(QDialog):
    """One PDF: page through it, zoom, print it, save it."""

    def __init__(
        self,
        data: bytes,
        *,
        title: str,
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.file_name = file_name
        self._data = bytes(data)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self._data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._build()
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_changed)
        self._page_changed(navigator.currentPage())
        self.resize(900, 680)  # fits a 1366×768 laptop with the taskbar and title bar

    def _build(self) -> None:
        pages = max(self.document.pageCount(), 1)
        self.pageSpin = QSpinBox(self)
        self.pageSpin.setRange(1, pages)
        self.pageSpin.setAccessibleName(self.tr("Halaman"))
        self.pageSpin.valueChanged.connect(self.go_to_page)
        self.pageCountLabel = QLabel(self.tr("dari %n", "", pages), self)
        self.zoomOutButton = self._tool("−", self.tr("Perkecil"), QKeySequence.StandardKey.ZoomOut)
        self.zoomInButton = self._tool("+", self.tr("Perbesar"), QKeySequence.StandardKey.ZoomIn)
        self.fitWidthButton = QPushButton(self.tr("Lebar Halaman"), self)
        self.fitPageButton = QPushButton(self.tr("Satu Halaman"), self)
        self.printButton = QPushButton(self.tr("Cetak…"), self)
        self.printButton.setShortcut(QKeySequence.StandardKey.Print)
        self.saveButton = QPushButton(self.tr("Simpan PDF…"), self)
        self.saveButton.setShortcut(QKeySequence.StandardKey.Save)
        self.closeButton = QPushButton(self.tr("Tutup"), self)
        self.zoomOutButton.clicked.connect(lambda: self.zoom_by(1 / _ZOOM_STEP))
        self.zoomInButton.clicked.connect(lambda: self.zoom_by(_ZOOM_STEP))
        self.fitWidthButton.clicked.connect(self.fit_width)
        self.fitPageButton.clicked.connect(self.fit_page)
        self.printButton.clicked.connect(self.print_pdf)
        self.saveButton.clicked.connect(self.save_pdf)
        self.closeButton.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Halaman"), self))
        for widget in (self.pageSpin, self.pageCountLabel):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self.zoomOutButton, self.zoomInButton, self.fitWidthButton):
            bar.addWidget(widget)
        bar.addWidget(self.fitPageButton)
        bar.addStretch(1)
        for widget in (self.printButton, self.saveButton, self.closeButton):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.closeButton.setDefault(True)

    def _tool(self, text: str, tip: str, key: QKeySequence.StandardKey) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setShortcut(key)
        return button

    # --- pages and zoom --------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def go_to_page(self, number: int) -> None:
        """Show the 1-based page ``number``."""
        navigator = self.view.pageNavigator()
        if navigator.currentPage() != number - 1:
            navigator.jump(number - 1, navigator.currentLocation(), 0)

    def _page_changed(self, page: int) -> None:
        self.pageSpin.blockSignals(True)
        self.pageSpin.setValue(page + 1)
        self.pageSpin.blockSignals(False)

    def zoom_by(self, factor: float) -> None:
        zoom = min(max(self.view.zoomFactor() * factor, _ZOOM_MIN), _ZOOM_MAX)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    # --- print and save -------------------------------------------------------------

    def print_pdf(self) -> bool:
        """The system print dialog, then the pages; True when something was printed."""
        paper = self.document.pagePointSize(0) if self.page_count() else QSizeF()
        printer = ask_printer(self, self.page_count(), paper)
        if printer is None:
            return False
        try:
            return print_document(self.document, printer) > 0
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cetak"), str(exc))
            return False

    def save_pdf(self) -> Path | None:
        """Ask where, then write the exact bytes shown; the path written or None."""
        path = ask_save_path(self, self.tr("Simpan PDF"), self.file_name)
        if path is None:
            return None
        try:
            return write_file(path, self._data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Simpan PDF"),
                self.tr("Berkas tidak dapat disimpan: {error}").format(error=exc.strerror or exc),
            )
            return None


def show_pdf(parent: QWidget, data: bytes, *, title: str, file_name: str) -> None:
    """Show ``data`` (a PDF) in a modal preview with *Cetak…* and *Simpan PDF…*."""
    dialog = PdfPreviewDialog(data, title=title, file_name=file_name, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
