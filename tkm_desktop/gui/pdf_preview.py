"""A PDF shown inside the window: pages, zoom, *Cetak…* and *Simpan PDF…*.

    show_pdf(window, data, title="Surat 500.15.10/7/Disnaker/2025", file_name="surat-7.pdf")

The bytes are loaded through a QBuffer that lives as long as the dialog. The system
dialogs (print, save) open through module functions that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
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
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tkm_desktop.gui import files

translate = QCoreApplication.translate
_ZOOM_STEP = 1.25
_ZOOM_MIN, _ZOOM_MAX = 0.25, 4.0
_MAX_DPI = 600  # an A4 page at 600 dpi is a 140 MB image already


_MM_PER_POINT = 25.4 / 72
_F4_MM = QSizeF(215, 330)  # folio as Indonesian offices cut it; Qt's "F4" is another size
_PAPER_TOLERANCE_MM = 2.0
Progress = Callable[[int, int], bool]  # (pages done, pages asked for) -> go on?


def page_setup(points: QSizeF) -> tuple[QPageSize, QPageLayout.Orientation]:
    """The paper and orientation a PDF page of ``points`` (1/72 inch) prints on: A4 or
    F4 as themselves (turned for a landscape page such as the recap), else its own size."""
    width, height = points.width(), points.height()
    landscape = width > height
    short, long = sorted((width * _MM_PER_POINT, height * _MM_PER_POINT))

    def near(paper: QSizeF) -> bool:
        return (
            abs(short - paper.width()) <= _PAPER_TOLERANCE_MM
            and abs(long - paper.height()) <= _PAPER_TOLERANCE_MM
        )

    mm = QPageSize.Unit.Millimeter
    if near(QPageSize.size(QPageSize.PageSizeId.A4, mm)):
        size = QPageSize(QPageSize.PageSizeId.A4)
    elif near(_F4_MM):
        size = QPageSize(_F4_MM, mm, "F4", QPageSize.SizeMatchPolicy.ExactMatch)
    else:
        portrait = QSizeF(min(width, height), max(width, height))
        size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return size, orientation


def ask_printer(parent: QWidget, pages: int, paper: QSizeF) -> QPrinter | None:
    """The system print dialog, set to the PDF's paper; the chosen printer, or None."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not paper.isEmpty():  # A4 or F4 as the letter is, at actual size
        size, orientation = page_setup(paper)
        printer.setPageSize(size)
        printer.setPageOrientation(orientation)
    printer.setFullPage(True)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(pages, 1))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return printer if accepted else None


def save_pdf_path(target: str | Path) -> Path:
    """The path with '.pdf' added when the clerk typed no extension."""
    path = Path(target)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def page_numbers(printer: QPrinter, pages: int) -> list[int]:
    """The 0-based pages the printer was asked for (all, or its page range)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first, last = max(printer.fromPage(), 1), min(printer.toPage() or pages, pages)
        return list(range(first - 1, last))
    return list(range(pages))


def print_document(
    document: QPdfDocument, printer: QPrinter, progress: Progress | None = None
) -> int:
    """Each requested page rendered at the printer's resolution; the pages printed.

    The page fills the paper (full page, actual size), so the letter's margins stay
    as laid out; the resolution is capped and one page's image is held at a time.
    ``progress(done, total)`` is called before each page; False stops there.
    """
    numbers = page_numbers(printer, document.pageCount())
    if not numbers:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("PdfPreviewDialog", "Printer tidak dapat dipakai."))
    printed = 0
    try:
        dpi = min(printer.resolution(), _MAX_DPI)
        options = QPdfDocumentRenderOptions()
        for number in numbers:
            if progress is not None and not progress(printed, len(numbers)):
                break
            if printed:
                printer.newPage()
            points = document.pagePointSize(number)  # 1/72 inch
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image: QImage | None = document.render(number, size, options)
            target = QSize(size).scaled(
                painter.viewport().size(), Qt.AspectRatioMode.KeepAspectRatio
            )
            painter.drawImage(QRect(QPoint(0, 0), target), image)
            image = None  # free this page before the next is rendered
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreviewDialog(QDialog):
    """One PDF: page through it, zoom, print it, save it."""

    printed = Signal()  # pages went to a printer

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
        total = len(page_numbers(printer, self.page_count()))
        progress = QProgressDialog(self.tr("Mencetak…"), self.tr("Batal"), 0, max(total, 1), self)
        progress.setWindowTitle(self.tr("Cetak"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def step(done: int, total: int) -> bool:
            # QPdfDocument lives on this thread: the pages are drawn here, and the
            # events between them keep the window painted and Batal clickable.
            progress.setLabelText(self.tr("Mencetak halaman {n} dari {total}…").format(
                n=done + 1, total=total))  # fmt: skip
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            done = print_document(self.document, printer, step) > 0
            if done:
                self.printed.emit()
            return done
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cetak"), str(exc))
            return False
        finally:
            progress.reset()
            progress.deleteLater()

    def save_pdf(self) -> Path | None:
        """Ask where, then write the exact bytes shown; the path written or None."""
        path = files.ask_save_path(
            self, self.tr("Simpan PDF"), self.file_name, self.tr("Dokumen PDF (*.pdf)"),
            suffix=".pdf",
        )  # fmt: skip
        if path is None:
            return None
        try:
            return files.write_whole(save_pdf_path(path), self._data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Simpan PDF"),
                self.tr("Berkas tidak dapat disimpan: {error}").format(error=exc.strerror or exc),
            )
            return None


def show_pdf(
    parent: QWidget,
    data: bytes,
    *,
    title: str,
    file_name: str,
    printed: Callable[[], None] | None = None,
) -> None:
    """Show ``data`` (a PDF) in a modal preview with *Cetak…* and *Simpan PDF…*;
    ``printed`` is called after the clerk printed from it (to audit the print)."""
    dialog = PdfPreviewDialog(data, title=title, file_name=file_name, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if printed is not None:
        dialog.printed.connect(printed)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def print_pdf(parent: QWidget, data: bytes, *, title: str) -> bool:
    """Straight to the print dialog, without the preview; True when pages were printed."""
    dialog = PdfPreviewDialog(data, title=title, file_name="", parent=parent)
    try:
        return dialog.print_pdf()
    finally:
        dialog.deleteLater()
