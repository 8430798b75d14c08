"""Kelompok: every group of the office, searched as you type and filtered in SQL, and the
*Cetak* menu that prints the selected groups' papers and the list's recap."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QMenu, QWidget

from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.gui.forms.ui_groups_page import Ui_GroupsPage
from tkm_desktop.gui.group_table_model import (
    COL_ERRORS,
    COL_ID,
    COL_KECAMATAN,
    COL_KELURAHAN,
    COL_KETUA,
    COL_MEMBERS,
    COL_NAME,
    COL_SCHEME,
    COL_STATUS,
    COL_WARNINGS,
    GROUP_ID_ROLE,
    GroupTableModel,
)
from tkm_desktop.gui.region_names import region_names
from tkm_desktop.gui.status_badge import StatusBadgeDelegate, status_label
from tkm_desktop.services import browse, permissions
from tkm_desktop.services.browse import GroupFilter
from tkm_desktop.services.context import Actor
from tkm_desktop.services.groups import group_states
from tkm_desktop.store.db import Database

if TYPE_CHECKING:
    from tkm_desktop.gui.paperwork_dialogs import PaperworkPrinter

# Typing pauses this long before the list is queried again: one query per word, not per key.
SEARCH_DELAY_MS = 200
_TABLE_PAGE, _EMPTY_PAGE = 0, 1
# Starting widths in characters ("n" widths); the name column takes what is left, and
# the numbers are as wide as their headers. At 1366 px every column stays readable.
_WIDTHS = {
    COL_ID: 5,
    COL_KETUA: 17,
    COL_KELURAHAN: 14,
    COL_KECAMATAN: 13,
    COL_SCHEME: 15,
    COL_STATUS: 25,  # "Dikembalikan untuk Perbaikan" whole, in its badge
}
_HEADER_SIZED = (COL_MEMBERS, COL_ERRORS, COL_WARNINGS)
_HEADER_STATE = "groups/header"  # QSettings key: widths, order and hidden columns


class GroupsPage(QWidget):
    """The list; emits ``groupActivated(id)`` on Enter or a double click.

    Without an ``actor`` (a signed-in user) the *Cetak* menu stays disabled.
    """

    groupActivated = Signal(int)
    dataChanged = Signal()  # a numbered paper or letter was issued: read the lists again
    statusMessage = Signal(str)  # one line for the window's status bar

    def __init__(
        self,
        db: Database,
        lang: str = "id",
        parent: QWidget | None = None,
        *,
        actor: Actor | None = None,
        demo: bool = False,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._lang = lang
        self._actor = actor
        self._demo = demo
        self.ui = Ui_GroupsPage()
        self.ui.setupUi(self)
        self.model = GroupTableModel(db, lang, self)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.apply_filter)
        self._loading_choices = False
        self._setup_table()
        self._setup_filters()
        self.model.counted.connect(self._update_count)
        self.ui.searchEdit.textChanged.connect(lambda _text: self._typing.start())
        self.ui.searchEdit.returnPressed.connect(self.apply_filter)
        self.ui.clearButton.clicked.connect(self.clear_filter)
        self.ui.groupTable.activated.connect(self._activated)
        self._printer: PaperworkPrinter | None = None
        self._setup_print_menu()

    # --- setup -------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.ui.groupTable
        table.setModel(self.model)
        table.setItemDelegateForColumn(COL_STATUS, StatusBadgeDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(COL_ID, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        # Rows of one height let the view skip measuring: it asks only for what it shows.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        metrics = table.fontMetrics()
        char = metrics.horizontalAdvance("n")
        for column, chars in _WIDTHS.items():
            table.setColumnWidth(column, chars * char + 12)
        for column in _HEADER_SIZED:
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            table.setColumnWidth(column, metrics.horizontalAdvance(text) + 28)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        # Most days a clerk works in one scheme, picked in the filter: the scheme column
        # starts hidden, to leave the group's name room at 1366 px (right-click shows it).
        header.setSectionHidden(COL_SCHEME, True)
        state = QSettings().value(_HEADER_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            header.restoreState(state)
            header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)

    def save_layout(self) -> None:
        """Remember column widths and hidden columns for the next start (on this PC)."""
        QSettings().setValue(_HEADER_STATE, self.ui.groupTable.horizontalHeader().saveState())

    def _column_menu(self, pos: QPoint) -> None:
        header = self.ui.groupTable.horizontalHeader()
        menu = QMenu(self)
        menu.addSection(self.tr("Kolom yang ditampilkan"))
        for column in range(self.model.columnCount()):
            if column == COL_NAME:
                continue  # the name always shows: it is how a clerk knows the row
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(pos))
        menu.deleteLater()

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.statusCombo.addItem(self.tr("Semua status"), None)
        for status in GroupStatus:
            ui.statusCombo.addItem(status_label(status.value, self._lang), status.value)
        ui.attentionCombo.addItem(self.tr("Semua kelompok"), None)
        for flag, text in self.flag_labels().items():
            ui.attentionCombo.addItem(text, flag)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._choice_changed)
        region_names().ready.connect(self.load_choices)

    def flag_labels(self) -> dict[str, str]:
        return {
            browse.FLAG_UNVETTED: self.tr("Belum diperiksa"),
            browse.FLAG_ERRORS: self.tr("Ada kesalahan"),
            browse.FLAG_UNACKED: self.tr("Peringatan belum diterima"),
            browse.FLAG_NO_LETTER: self.tr("Menunggu surat rekomendasi"),
        }

    def _combos(self) -> tuple[QComboBox, ...]:
        ui = self.ui
        return (ui.schemeCombo, ui.statusCombo, ui.kecamatanCombo, ui.attentionCombo)

    def load_choices(self) -> None:
        """Fill the scheme and kecamatan boxes from the database, keeping what was picked."""
        official = region_names().is_ready
        with self._db.reader() as session:
            choices = browse.filter_choices(session, official_names=official)
        self._loading_choices = True
        try:
            for combo, everything, items in (
                (self.ui.schemeCombo, self.tr("Semua skema"), choices.schemes),
                (self.ui.kecamatanCombo, self.tr("Semua kecamatan"), choices.kecamatan),
            ):
                picked = combo.currentData()
                combo.clear()
                combo.addItem(everything, None)
                for choice in items:
                    combo.addItem(choice.label, choice.value)
                combo.setCurrentIndex(max(0, combo.findData(picked)))
        finally:
            self._loading_choices = False

    # --- filtering ---------------------------------------------------------------

    def current_filter(self) -> GroupFilter:
        ui = self.ui
        return GroupFilter(
            text=ui.searchEdit.text(),
            scheme_id=ui.schemeCombo.currentData(),
            status=ui.statusCombo.currentData(),
            kecamatan_code=ui.kecamatanCombo.currentData(),
            flag=ui.attentionCombo.currentData(),
        )

    def apply_filter(self) -> None:
        """Query now (the typing timer calls this; so does Enter in the search box)."""
        self._typing.stop()
        flt = self.current_filter()
        if flt != self.model.filter or not self.model.rowCount():
            self.model.set_filter(flt)

    def _choice_changed(self, _index: int) -> None:
        if not self._loading_choices:
            self.apply_filter()

    def show_filtered(
        self, *, status: str | None = None, flag: str | None = None, scheme_id: int | None = None
    ) -> None:
        """Show only one status or one kind of attention (Beranda's links)."""
        ui = self.ui
        self._loading_choices = True
        try:
            ui.searchEdit.blockSignals(True)
            ui.searchEdit.clear()
            ui.searchEdit.blockSignals(False)
            ui.kecamatanCombo.setCurrentIndex(0)
            ui.schemeCombo.setCurrentIndex(max(0, ui.schemeCombo.findData(scheme_id)))
            ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(status)))
            ui.attentionCombo.setCurrentIndex(max(0, ui.attentionCombo.findData(flag)))
        finally:
            self._loading_choices = False
        self.apply_filter()

    def clear_filter(self) -> None:
        self.show_filtered()
        self.ui.searchEdit.setFocus()

    def reload(self) -> None:
        """Read the groups and the filter choices again (F5, after an import)."""
        self.load_choices()
        self._typing.stop()
        self.model.set_filter(self.current_filter())

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _update_count(self, shown: int, total: int) -> None:
        locale = QLocale()
        if shown == total:
            text = self.tr("({total} kelompok)").format(total=locale.toString(total))
        else:
            text = self.tr("({shown} dari {total} kelompok)").format(
                shown=locale.toString(shown), total=locale.toString(total)
            )
        self.ui.countLabel.setText(text)
        if total == 0:
            self.ui.emptyLabel.setText(
                self.tr(
                    "Belum ada kelompok usulan.\n\nKelompok akan tampil di sini setelah usulan "
                    "dari desa/kelurahan diimpor (Berkas → Impor Usulan, Ctrl+I)."
                )
            )
        elif shown == 0:
            self.ui.emptyLabel.setText(
                self.tr(
                    "Tidak ada kelompok yang cocok dengan pencarian dan saringan ini.\n\n"
                    "Ubah kata pencarian, atau tekan Hapus Saringan."
                )
            )
        self.ui.groupStack.setCurrentIndex(_TABLE_PAGE if shown else _EMPTY_PAGE)

    # --- opening -----------------------------------------------------------------

    def selected_group_id(self) -> int | None:
        index = self.ui.groupTable.currentIndex()
        return index.data(GROUP_ID_ROLE) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        group_id = index.data(GROUP_ID_ROLE)
        if group_id is not None:
            self.groupActivated.emit(int(group_id))

    def _selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.ui.groupTable.selectionModel().selectedRows())

    def selected_group_ids(self) -> list[int]:
        """The selected groups, in the list's order."""
        return [self.model.group_id_at(row) for row in self._selected_rows()]

    # --- printing ------------------------------------------------------------------

    def _setup_print_menu(self) -> None:
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        self.actionLetter = menu.addAction(self.tr("Surat &Rekomendasi…"))
        self.actionSheet = menu.addAction(self.tr("&Lembar Hasil Verifikasi"))
        self.actionMinutes = menu.addAction(self.tr("&Berita Acara Hasil Verifikasi…"))
        self.actionReturn = menu.addAction(self.tr("Surat &Pengembalian…"))
        menu.addSeparator()
        self.actionRecapPdf = menu.addAction(self.tr("Rekap &Usulan (PDF)"))
        self.actionRecapXlsx = menu.addAction(self.tr("Rekap Usulan (&Excel)…"))
        self._print_tips = {
            self.actionLetter: self.tr("Terbitkan surat rekomendasi kelompok yang dipilih"),
            self.actionSheet: self.tr("Lembar Hasil Verifikasi tiap kelompok yang dipilih"),
            self.actionMinutes: self.tr(
                "Berita acara hasil verifikasi yang belum dimuat dalam berita acara"
            ),
            self.actionReturn: self.tr("Surat kepada kepala desa/lurah dengan daftar perbaikan"),
            self.actionRecapPdf: self.tr("Rekap kelompok yang tampil di daftar ini"),
            self.actionRecapXlsx: self.tr("Rekap kelompok yang tampil di daftar ini, ke Excel"),
        }
        picked, shown = self.selected_group_ids, self._shown_filter
        self.actionLetter.triggered.connect(self._issue_letters)
        self.actionSheet.triggered.connect(lambda: self.printer.verification_sheet(picked()))
        self.actionMinutes.triggered.connect(lambda: self.printer.minutes(picked()))
        self.actionReturn.triggered.connect(lambda: self.printer.return_letter(picked()[0]))
        self.actionRecapPdf.triggered.connect(
            lambda: self.printer.recap_pdf(shown(), self.model.rowCount())
        )
        self.actionRecapXlsx.triggered.connect(lambda: self.printer.recap_workbook(shown()))
        menu.aboutToShow.connect(self.update_print_actions)
        self._print_menu = menu
        button = self.ui.printButton
        button.setMenu(menu)
        # Room for the menu's arrow beside the text: the style draws it over the last letter.
        button.setMinimumWidth(
            button.sizeHint().width() + button.fontMetrics().horizontalAdvance("nn")
        )
        table = self.ui.groupTable
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._row_menu)
        # The entries' state is worked out as the menu opens, not on every selection
        # change: it reads the selected groups' statuses from the database.
        self.update_print_actions()

    @property
    def printer(self) -> PaperworkPrinter:
        """The verification papers' printer, made on first use: it loads reportlab and QtPdf,
        which the list's first paint does without."""
        if self._printer is None:
            from tkm_desktop.gui.paperwork_dialogs import PaperworkPrinter

            # Without a user every entry is disabled; the services would refuse anyway.
            actor = self._actor or Actor.anonymous("gui")
            self._printer = PaperworkPrinter(
                self, self._db, actor, demo=self._demo, lang=self._lang
            )
            self._printer.issued.connect(self.dataChanged)
            self._printer.message.connect(self.statusMessage)
        return self._printer

    def print_menu(self) -> QMenu:
        """Ctrl+P: the *Cetak* menu, opened under its button."""
        self.update_print_actions()
        button = self.ui.printButton
        self._print_menu.popup(button.mapToGlobal(QPoint(0, button.height())))
        return self._print_menu

    def _row_menu(self, pos: QPoint) -> None:
        self.update_print_actions()
        self._print_menu.popup(self.ui.groupTable.viewport().mapToGlobal(pos))

    def _statuses(self, group_ids: list[int]) -> set[str]:
        """The statuses among the groups, in one query (12,000 selected rows: one read)."""
        if not group_ids:
            return set()
        with self._db.reader() as session:
            return {row.status for row in group_states(session, group_ids)}

    def _denied(self, action: str) -> str | None:
        """Why the signed-in user may not do ``action`` (None: they may)."""
        if self._actor is None:
            return self.tr("Masuk sebagai pengguna untuk mencetak.")
        if permissions.can(self._actor, action):
            return None
        if action == permissions.ISSUE_LETTER:
            return self.tr("Peran Anda tidak berwenang menerbitkan surat rekomendasi.")
        return self.tr("Peran Anda tidak berwenang mencetak dokumen.")

    def _only_status(self, statuses: set[str], status: GroupStatus, kind: str) -> str | None:
        if status.value in statuses:  # the letters' dialog skips the others
            return None
        return self.tr("{kind} hanya untuk kelompok berstatus {status}.").format(
            kind=kind, status=status_label(status.value, self._lang)
        )

    def update_print_actions(self) -> None:
        """Enable what the selection, the statuses and the user's role allow; say why not."""
        ids = self.selected_group_ids()
        count = len(ids)
        statuses = self._statuses(ids)
        pick = self.tr("Pilih kelompok dalam daftar (Ctrl atau Shift + klik untuk beberapa).")
        one = self.tr("Pilih tepat satu kelompok.")
        empty = self.tr("Tidak ada kelompok dalam daftar untuk direkap.")
        printing = self._denied(permissions.PRINT_DOCUMENT)
        reasons = {
            self.actionLetter: self._denied(permissions.ISSUE_LETTER)
            or (pick if not count else None)
            or self._only_status(
                statuses, GroupStatus.DIREKOMENDASIKAN, self.tr("Surat rekomendasi")
            ),
            self.actionSheet: printing or (pick if not count else None),
            self.actionMinutes: printing,
            self.actionReturn: printing
            or (one if count != 1 else None)
            or self._only_status(statuses, GroupStatus.DIKEMBALIKAN, self.tr("Surat pengembalian")),
            self.actionRecapPdf: printing or (empty if not self.model.rowCount() else None),
            self.actionRecapXlsx: printing or (empty if not self.model.rowCount() else None),
        }
        for action, reason in reasons.items():
            action.setEnabled(reason is None)
            action.setToolTip(reason or self._print_tips[action])

    def _issue_letters(self) -> None:
        # Imported here: the letters' dialog loads when it is first used.
        from tkm_desktop.gui.letter_issue import issue_for_groups

        assert self._actor is not None  # the action is disabled without one
        ids = self.selected_group_ids()
        if issue_for_groups(self, self._db, self._actor, ids, lang=self._lang, demo=self._demo):
            self.dataChanged.emit()

    def _shown_filter(self) -> GroupFilter:
        """The filter of the rows on screen (what was typed a moment ago included)."""
        self.apply_filter()
        return self.model.filter
