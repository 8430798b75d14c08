"""The editor's roster and RAB tabs: tables edited in place, with their buttons and totals."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tkm_desktop.domain.dates import format_long
from tkm_desktop.domain.money import format_rupiah, rupiah_in_words
from tkm_desktop.gui.budget_model import (
    CATEGORIES,
    COL_CATEGORY,
    COL_ITEM,
    COL_TOTAL,
    BudgetModel,
)
from tkm_desktop.gui.masked_text import birth_date_text
from tkm_desktop.gui.roster_delegates import ChoiceDelegate, DateDelegate, NikDelegate
from tkm_desktop.gui.roster_model import (
    COL_ADDRESS,
    COL_BIRTH_DATE,
    COL_KK,
    COL_NAME,
    COL_NIK,
    COL_PHONE,
    COL_PLACE,
    COL_ROLE,
    COL_SEX,
    ROLES,
    SEXES,
    RosterModel,
)
from tkm_desktop.services.group_edit import derive_member


def row_height(view: QWidget) -> int:
    """The editor's row height for tables and trees alike: the text and some air."""
    return view.fontMetrics().height() + 10


def _setup_table(table: QTableView, widths: dict[int, int]) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row_height(table))
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    char = table.fontMetrics().horizontalAdvance("n")
    for column, chars in widths.items():
        table.setColumnWidth(column, chars * char)


class RosterPanel(QWidget):
    """Anggota: the roster table, its buttons, the live NIK line and the lock."""

    changed = Signal()
    unlockRequested = Signal()

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.model = RosterModel(self, lang=lang)
        self.table = QTableView(self)
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        # In 'n' widths: at 1366 px NIK to Tanggal Lahir show whole, the rest scrolls.
        _setup_table(
            self.table,
            {COL_NIK: 18, COL_NAME: 22, COL_ROLE: 11, COL_SEX: 5, COL_BIRTH_DATE: 13,
             COL_PLACE: 13, COL_KK: 18, COL_ADDRESS: 22, COL_PHONE: 13},
        )  # fmt: skip
        self.table.verticalHeader().setVisible(True)
        self.nik_delegate = NikDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_NIK, self.nik_delegate)
        self.table.setItemDelegateForColumn(COL_ROLE, ChoiceDelegate(ROLES, self.table))
        self.table.setItemDelegateForColumn(COL_SEX, ChoiceDelegate(SEXES, self.table))
        self.date_delegate = DateDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_BIRTH_DATE, self.date_delegate)
        self.add_button = QPushButton(self.tr("&Tambah Anggota"), self)
        self.remove_button = QPushButton(self.tr("&Hapus"), self)
        self.up_button = QPushButton(self.tr("Naik"), self)
        self.down_button = QPushButton(self.tr("Turun"), self)
        self.lock_label = QLabel(self)
        self.lock_label.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Buka &Kunci…"), self)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("nikPreviewLabel")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        legend = QLabel(
            self.tr(
                "Merah: kesalahan · Jingga: peringatan · Kuning: NIK tiba sebagai angka, "
                "ketik ulang dari KTP. Arahkan tetikus ke sel untuk keterangannya."
            ),
            self,
        )
        legend.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addWidget(self.lock_label, 1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview_label)
        layout.addWidget(legend)

        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.up_button.clicked.connect(lambda: self.move_member(-1))
        self.down_button.clicked.connect(lambda: self.move_member(1))
        self.unlock_button.clicked.connect(self.unlockRequested)
        self.nik_delegate.typed.connect(self.show_preview)
        self.date_delegate.refused.connect(self.show_date_refused)
        self.model.dataChanged.connect(self._model_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def set_locked(
        self, locked: bool, can_unlock: bool, replacement_allowed: bool, *, can_edit: bool = True
    ) -> None:
        """Read-only while recommended (after the SK members may still be replaced) and for
        roles that may not edit; the two are told apart, and only the lock has Buka Kunci."""
        replacing = replacement_allowed and can_edit
        read_only = not can_edit or (locked and not replacing)
        self.model.read_only = read_only
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(not read_only)
        if replacing:
            self.add_button.setEnabled(False)  # a replacement keeps the group's size
            self.lock_label.setText(
                self.tr("SK sudah terbit: anggota hanya dapat diganti, dengan alasan.")
            )
        elif locked:
            self.lock_label.setText(
                self.tr("Daftar anggota terkunci sejak kelompok direkomendasikan.")
            )
        elif not can_edit:
            self.lock_label.setText(self.tr("Peran Anda hanya dapat melihat data kelompok ini."))
        else:
            self.lock_label.clear()
        self.unlock_button.setVisible(locked)
        self.unlock_button.setEnabled(locked and can_unlock)
        self.unlock_button.setToolTip(
            self.tr("Hanya pejabat yang dapat membuka kunci.") if locked and not can_unlock else ""
        )
        self.show_preview("")

    def show_preview(self, nik_text: str) -> None:
        """The line under the table: what the NIK being typed says."""
        p = derive_member(nik_text, lang=self._lang, masked=self.model.masked)
        if not p.nik:
            # Nothing can be typed into a read-only roster: no invitation to type.
            self.preview_label.setText(
                ""
                if self.model.read_only
                else self.tr(
                    "Ketik NIK: tanggal lahir, jenis kelamin dan wilayahnya tampil di sini."
                )
            )
            return
        sex = {"L": self.tr("laki-laki"), "P": self.tr("perempuan")}.get(p.sex or "", "?")
        parts = []
        if self.model.masked:
            # Only what the visible digits say, and the age: never the date or kecamatan.
            parts = [birth_date_text(p.birth_date, masked=True)] if p.birth_date else []
            parts += [p.regency_name] if p.regency_name else []
        elif p.birth_date:
            born = format_long(p.birth_date, lang=self._lang)
            parts.append(self.tr("lahir {date}, {sex}").format(date=born, sex=sex))
        if p.region and not self.model.masked:
            parts.append(p.region)
        text = " ".join([self.tr("NIK {nik}:").format(nik=p.nik), "; ".join(parts)]).strip()
        if p.messages:
            text += (" — " if parts else " ") + " ".join(p.messages)
        text = self.model.hide_nik(text, p.nik)
        colour = "#b3261e" if p.messages else "#1b5e20"
        self.preview_label.setText(f'<span style="color:{colour}">{_escape(text)}</span>')

    def show_date_refused(self, text: str) -> None:
        message = self.tr(
            "Tanggal lahir '{text}' tidak terbaca dan tidak disimpan; ketik sebagai hh/bb/tttt, "
            "misalnya 31/12/1990."
        ).format(text=text)
        self.preview_label.setText(f'<span style="color:#b3261e">{_escape(message)}</span>')

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_preview(self.model.member(current.row()).nik)

    def _model_changed(self, top_left: QModelIndex, *_args: object) -> None:
        if top_left.row() == self.table.currentIndex().row():
            self.show_preview(self.model.member(top_left.row()).nik)
        self.changed.emit()

    def _current_row(self) -> int:
        return self.table.currentIndex().row()

    def add_member(self) -> None:
        row = self.model.add_member()
        self.table.setCurrentIndex(self.model.index(row, COL_NIK))
        self.table.edit(self.model.index(row, COL_NIK))
        self.changed.emit()

    def remove_member(self) -> None:
        row = self._current_row()
        if row >= 0:
            self.model.remove_member(row)
            self.changed.emit()

    def move_member(self, step: int) -> None:
        row = self._current_row()
        if row >= 0:
            target = self.model.move_member(row, step)
            self.table.setCurrentIndex(self.model.index(target, COL_NAME))
            self.changed.emit()

    def go_to_member(self, member_id: int | None, nik: str) -> bool:
        row = self.model.row_of_member(member_id, nik)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, COL_NIK))
        self.table.scrollTo(self.model.index(row, COL_NIK))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class BudgetPanel(QWidget):
    """RAB: the lines, the total in figures and words, the alat/bahan split against the scheme."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BudgetModel(self)
        self.tools_share: Decimal | None = None
        self.tolerance = Decimal("0.05")
        self.ceiling: Decimal | None = None
        self.table = QTableView(self)
        self.table.setObjectName("budgetTable")
        self.table.setModel(self.model)
        _setup_table(self.table, {COL_CATEGORY: 10, 2: 8, 3: 9, 4: 16, COL_TOTAL: 16})
        # The item's name takes the room; the amounts stay next to their headers.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        self.category_labels = {"alat": self.tr("Alat"), "bahan": self.tr("Bahan")}
        self.table.setItemDelegateForColumn(
            COL_CATEGORY, ChoiceDelegate(CATEGORIES, self.table, labels=self.category_labels)
        )
        self.add_button = QPushButton(self.tr("T&ambah Barang"), self)
        self.remove_button = QPushButton(self.tr("&Hapus Barang"), self)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("budgetTotalLabel")
        self.words_label = QLabel(self)
        self.words_label.setWordWrap(True)
        self.split_label = QLabel(self)
        self.split_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.words_label)
        layout.addWidget(self.split_label)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.modelReset):  # fmt: skip
            signal.connect(self._update_totals)
        self.model.dataChanged.connect(self.changed)

    def set_scheme(self, tools_share: Decimal | None, tolerance: Decimal, ceiling: Decimal) -> None:
        self.tools_share, self.tolerance, self.ceiling = tools_share, tolerance, ceiling
        self._update_totals()

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def _add(self) -> None:
        row = self.model.add_line()
        self.table.setCurrentIndex(self.model.index(row, COL_ITEM))
        self.table.edit(self.model.index(row, COL_ITEM))
        self.changed.emit()

    def _remove(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.model.remove_line(row)
            self.changed.emit()

    def _update_totals(self, *_args: object) -> None:
        tools, materials = self.model.totals()
        total = tools + materials
        text = self.tr("Jumlah seluruhnya: {total}").format(total=format_rupiah(total, cents=False))
        if self.ceiling:
            text += self.tr(" (pagu bantuan {ceiling})").format(
                ceiling=format_rupiah(self.ceiling, cents=False)
            )
        over = bool(self.ceiling and total > self.ceiling)
        self.total_label.setText(f"<b>{_escape(text)}</b>")
        self.total_label.setStyleSheet("color:#b3261e" if over else "")
        self.words_label.setText(self.tr("Terbilang: {words}").format(words=rupiah_in_words(total)))
        self.split_label.setText(self._split_text(tools, materials, total))

    def _split_text(self, tools: Decimal, materials: Decimal, total: Decimal) -> str:
        if not total:
            return self.tr("Alat: Rp0 · Bahan: Rp0")
        share = tools / total
        text = self.tr("Alat: {tools} ({tp}%) · Bahan: {materials} ({mp}%)").format(
            tools=format_rupiah(tools, cents=False),
            tp=_percent(share),
            materials=format_rupiah(materials, cents=False),
            mp=_percent(1 - share),
        )
        if self.tools_share is None:
            return text
        wanted = self.tr(" — skema: alat {tp}%, bahan {mp}%").format(
            tp=_percent(self.tools_share), mp=_percent(1 - self.tools_share)
        )
        ok = abs(share - self.tools_share) <= self.tolerance
        verdict = self.tr(" (sesuai)") if ok else self.tr(" (menyimpang dari skema)")
        colour = "#1b5e20" if ok else "#8a5300"
        return f'<span style="color:{colour}">{_escape(text + wanted + verdict)}</span>'


def _percent(share: Decimal) -> str:
    return f"{share * 100:.0f}"
