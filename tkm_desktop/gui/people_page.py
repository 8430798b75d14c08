"""Cari Anggota: is this person already in a group, or funded before? One keystroke away."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.gui.forms.ui_people_page import Ui_PeoplePage
from tkm_desktop.gui.masked_text import birth_date_text
from tkm_desktop.gui.row_table_model import ROW_ROLE, Column, RowTableModel, sorting_proxy
from tkm_desktop.gui.status_badge import StatusBadgeDelegate, status_label
from tkm_desktop.services import people
from tkm_desktop.services.context import Actor
from tkm_desktop.services.people import FundedHit, MemberHit, PeopleResult
from tkm_desktop.store.db import Database

SEARCH_DELAY_MS = 200
_CLEAR, _FOUND, _NEUTRAL = "clear", "found", "neutral"
_BANNER = {
    _CLEAR: "background: #d7f0dc; color: #1f5a2c;",
    _FOUND: "background: #fde7c8; color: #7a4300;",
    _NEUTRAL: "",
}


class PeoplePage(QWidget):
    """Emits ``groupActivated(id)`` when a member's row is opened."""

    groupActivated = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, lang: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._lang = lang
        self.full_nik = people.needs_full_nik(actor)
        self.result: PeopleResult | None = None
        self.ui = Ui_PeoplePage()
        self.ui.setupUi(self)
        self.members_model: RowTableModel[MemberHit] = RowTableModel(self._member_columns(), self)
        self.funded_model: RowTableModel[FundedHit] = RowTableModel(self._funded_columns(), self)
        self._setup_table(self.ui.membersTable, self.members_model, [18, 24, 12, 11, 32, 22])
        self._setup_table(self.ui.fundedTable, self.funded_model, [18, 24, 32, 18])
        self.ui.membersTable.setItemDelegateForColumn(5, StatusBadgeDelegate(self.ui.membersTable))
        self.ui.pageLayout.setStretchFactor(self.ui.membersTable, 3)
        self.ui.pageLayout.setStretchFactor(self.ui.fundedTable, 1)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.search)
        self.ui.searchEdit.textChanged.connect(lambda _text: self._typing.start())
        self.ui.searchEdit.returnPressed.connect(self.search)
        self.ui.membersTable.activated.connect(self._activated)
        self.ui.nikNoteLabel.setText(
            self.tr("NIK ditampilkan lengkap sesuai peran Anda; setiap pencarian dicatat.")
            if self.full_nik
            else self.tr("NIK ditampilkan tersamar sesuai peran Anda.")
        )
        self._set_verdict(_NEUTRAL, "")

    def _nik(self, nik: str) -> str:
        return nik if self.full_nik else mask_nik(nik)

    def _member_columns(self) -> list[Column[MemberHit]]:
        return [
            Column(self.tr("NIK"), lambda h: self._nik(h.nik), sort_key=lambda h: h.nik),
            Column(self.tr("Nama"), lambda h: h.name),
            Column(
                # A masked role reads the age: the day would give the hidden NIK digits.
                self.tr("Tanggal Lahir") if self.full_nik else self.tr("Umur"),
                lambda h: birth_date_text(h.birth_date, masked=not self.full_nik),
                sort_key=lambda h: h.birth_date.toordinal() if h.birth_date else 0,
            ),
            Column(self.tr("Jabatan"), lambda h: h.role),  # in the group, as the roster says
            Column(self.tr("Kelompok"), lambda h: h.group_name),
            Column(
                self.tr("Status Kelompok"),
                lambda h: status_label(h.group_status, self._lang),
                status=lambda h: h.group_status,
            ),
            Column(self.tr("Skema"), lambda h: h.scheme),
        ]

    def _funded_columns(self) -> list[Column[FundedHit]]:
        return [
            Column(self.tr("NIK"), lambda h: self._nik(h.nik), sort_key=lambda h: h.nik),
            Column(self.tr("Nama"), lambda h: h.name),
            Column(self.tr("Kelompok"), lambda h: h.group_name),
            Column(self.tr("Skema"), lambda h: h.scheme),
            Column(self.tr("Sumber Data"), lambda h: h.source_file),
        ]

    def _setup_table(self, table: QTableView, model: RowTableModel, widths: list[int]) -> None:
        table.setModel(sorting_proxy(model, table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        char = table.fontMetrics().horizontalAdvance("n")
        for column, chars in enumerate(widths):
            table.setColumnWidth(column, chars * char)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def reload(self) -> None:
        """Run the search on the box again (F5); an empty box stays empty."""
        if self.ui.searchEdit.text().strip():
            self.search()

    def search(self) -> None:
        """Look the text up now (the typing timer calls this too)."""
        self._typing.stop()
        text = self.ui.searchEdit.text()
        with self._db.reader() as session:
            result = people.find_people(session, text)
        if self.full_nik and (result.members or result.funded):
            with self._db.session() as session:
                people.record_nik_view(session, self._actor, result)
        self.result = result
        self.members_model.set_rows(result.members)
        self.funded_model.set_rows(result.funded)
        self._label_tables(result)
        self._explain(result)

    def _label_tables(self, result: PeopleResult) -> None:
        """Say "none found" above a table the search left empty, rather than a blank box."""
        searched = result.kind != people.TOO_SHORT
        for label, found, text in (
            (self.ui.membersLabel, result.members, self.tr("Anggota kelompok")),
            (self.ui.fundedLabel, result.funded, self.tr("Penerima bantuan sebelumnya")),
        ):
            none = self.tr("tidak ada yang cocok.") if searched and not found else ""
            label.setText(f"{text}: {none}".rstrip())

    def _explain(self, result: PeopleResult) -> None:
        if result.kind == people.TOO_SHORT:
            if result.text.strip():
                self._set_verdict(
                    _NEUTRAL,
                    self.tr("Ketik lebih banyak: paling sedikit 6 digit NIK atau 3 huruf nama."),
                )
            else:
                self._set_verdict(_NEUTRAL, "")
            return
        groups = len(result.group_ids)
        funded = len(result.funded)
        if result.kind == people.BY_NIK:
            if not groups and not funded:
                self._set_verdict(
                    _CLEAR,
                    self.tr(
                        "NIK ini belum terdaftar di kelompok mana pun dan tidak tercatat "
                        "sebagai penerima bantuan sebelumnya."
                    ),
                )
                return
            parts = []
            if groups:
                names = ", ".join(
                    f"{h.group_name} ({status_label(h.group_status, self._lang)}, {h.scheme})"
                    for h in result.members
                )
                parts.append(
                    self.tr("NIK ini terdaftar di %n kelompok: ", "", groups) + names + "."
                )
            if funded:
                schemes = ", ".join(sorted({h.scheme or "?" for h in result.funded}))
                parts.append(
                    self.tr("Tercatat sebagai penerima bantuan sebelumnya ({schemes}).").format(
                        schemes=schemes
                    )
                )
            self._set_verdict(_FOUND, " ".join(parts))
            return
        if not result.members and not result.funded:
            self._set_verdict(_CLEAR, self.tr("Tidak ditemukan."))
            return
        text = self.tr("{members} di {groups}, {funded}.").format(
            members=self.tr("%Ln anggota", "", len(result.members)),
            groups=self.tr("%Ln kelompok", "", groups),
            funded=self.tr("%Ln penerima sebelumnya", "", funded),
        )
        if result.truncated:
            text += " " + self.tr("Hanya sebagian hasil ditampilkan; persempit pencarian.")
        self._set_verdict(_NEUTRAL, text)

    def _set_verdict(self, kind: str, text: str) -> None:
        label = self.ui.verdictLabel
        label.setText(text)
        label.setVisible(bool(text))
        label.setStyleSheet(f"QLabel {{ {_BANNER[kind]} padding: 6px 8px; border-radius: 4px; }}")

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(ROW_ROLE)
        if isinstance(hit, MemberHit):
            self.groupActivated.emit(hit.group_id)
