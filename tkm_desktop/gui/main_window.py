"""The main window: the list of groups, with the database and version in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QMessageBox, QWidget

from tkm_desktop import __version__
from tkm_desktop.gui import resources_rc  # noqa: F401  (registers the :/ resources)
from tkm_desktop.gui.forms.ui_main_window import Ui_MainWindow
from tkm_desktop.gui.group_table_model import (
    COL_ID,
    COL_NAME,
    COLUMN_COUNT,
    GroupTableModel,
    make_sort_proxy,
)
from tkm_desktop.services.groups import list_groups
from tkm_desktop.store.db import Database

APP_TITLE = "TKM Desktop"
ICON_PATH = ":/icons/tkm.png"
_TABLE_PAGE, _EMPTY_PAGE = 0, 1
_COLUMN_PADDING = 16  # pixels beyond the widest text, so columns don't touch


def window_title(demo: bool) -> str:
    return f"{APP_TITLE} — DEMO" if demo else APP_TITLE


class MainWindow(QMainWindow):
    """The office's list of groups, read from ``db`` on open and on Muat Ulang (F5)."""

    def __init__(
        self, db: Database, *, demo: bool = False, lang: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(window_title(demo))
        self.setWindowIcon(QIcon(ICON_PATH))

        self.model = GroupTableModel(lang, self)
        self.proxy = make_sort_proxy(self.model, self)
        self._setup_header_row()
        self._setup_table()
        self._setup_status_bar(demo)

        self.ui.searchEdit.textChanged.connect(self._filter_changed)
        self.ui.actionReload.triggered.connect(self.reload)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.reload()

    # --- setup -------------------------------------------------------------------

    def _setup_header_row(self) -> None:
        font = QFont(self.ui.titleLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        font.setBold(False)
        self.ui.countLabel.setFont(font)

    def _setup_table(self) -> None:
        table = self.ui.groupTable
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.sortByColumn(COL_ID, Qt.SortOrder.AscendingOrder)

    def _setup_status_bar(self, demo: bool) -> None:
        description = self._db.description
        db_text = self.tr("Basis data: {database}").format(database=description)
        if demo:
            db_text += " (DEMO)"
        self.database_label = QLabel(db_text, self)
        self.database_label.setToolTip(description)
        self.version_label = QLabel(self.tr("Versi {version}").format(version=__version__), self)
        for label in (self.database_label, self.version_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)

    # --- behaviour ---------------------------------------------------------------

    def reload(self) -> None:
        """Read the groups again; keeps the search text and the sort order."""
        with self._db.reader() as session:
            rows = list_groups(session)
        self.model.set_rows(rows)
        table = self.ui.groupTable
        for column in range(COLUMN_COUNT):
            if column != COL_NAME:
                table.resizeColumnToContents(column)
                table.setColumnWidth(column, table.columnWidth(column) + _COLUMN_PADDING)
        self._update_count()
        self.statusBar().showMessage(self.tr("Daftar kelompok dimuat."), 3000)

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            text = self.tr("(%n kelompok)", "", total)
        else:
            text = self.tr("({shown} dari {total} kelompok)").format(shown=shown, total=total)
        self.ui.countLabel.setText(text)
        self.ui.groupStack.setCurrentIndex(_TABLE_PAGE if total else _EMPTY_PAGE)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Tentang TKM Desktop"), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<p><b>TKM Desktop</b> versi {version}</p>"
            "<p>Verifikasi kelompok, daftar anggota, surat rekomendasi, dan ekspor usulan "
            "Bantuan Pemerintah Tenaga Kerja Mandiri (TKM) untuk Dinas Tenaga Kerja.</p>"
            "<p>Bekerja sepenuhnya tanpa internet.</p>"
        ).format(version=__version__)
