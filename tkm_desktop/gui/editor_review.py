"""The editor's Dokumen, Pemeriksaan and Riwayat tabs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tkm_desktop.applog import mask_numbers
from tkm_desktop.domain.dates import format_long, format_short
from tkm_desktop.domain.findings import HIDDEN_DATE
from tkm_desktop.domain.money import format_rupiah
from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.gui.editor_panels import row_height
from tkm_desktop.gui.status_badge import status_label
from tkm_desktop.services import audit
from tkm_desktop.services.group_edit import DocumentState
from tkm_desktop.services.group_edit_roster import (
    ACCESS_VALUES,
    DATE_FIELDS,
    FIELD_LABELS,
    MONEY_FIELDS,
)
from tkm_desktop.services.vetting import FindingRow

_SEVERITY_COLOURS = {"error": "#b3261e", "warning": "#8a5300"}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
# Audit fields holding a NIK, a KK or an account number: masked like the roster masks them.
ID_FIELDS = frozenset({"nik", "kk", "account_number", "member_nik", "other_nik"})


class _RowHeightDelegate(QStyledItemDelegate):
    """Rows at least as tall as the editor's tables', so the tabs read alike."""

    def __init__(self, height: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._height = height

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return size.expandedTo(QSize(0, self._height))


def _tree(parent: QWidget, headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setItemDelegate(_RowHeightDelegate(row_height(tree), tree))
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(True)
    tree.setAlternatingRowColors(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    tree.header().setStretchLastSection(True)
    return tree


class DocumentsPanel(QWidget):
    """Dokumen: the scheme's checklist, each received or not, with its attached scan."""

    changed = Signal()
    attachRequested = Signal(int)  # the row
    openRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.docs: list[DocumentState] = []
        self.tree = _tree(
            self, [self.tr("Dokumen"), self.tr("Diterima"), self.tr("Berkas")], "documentTree"
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 90)
        self.attach_button = QPushButton(self.tr("&Lampirkan Berkas…"), self)
        self.open_button = QPushButton(self.tr("&Buka Berkas"), self)
        note = QLabel(
            self.tr(
                "Centang dokumen yang sudah diterima. Pindaian PDF/JPG/PNG disimpan di "
                "basis data dan dibuka dengan penampil bawaan komputer."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        self.tree.itemChanged.connect(self._ticked)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.attach_button.clicked.connect(lambda: self.attachRequested.emit(self.current_row()))
        self.open_button.clicked.connect(lambda: self.openRequested.emit(self.current_row()))
        self._update_buttons()

    def set_documents(self, docs: Sequence[DocumentState]) -> None:
        self.docs = list(docs)
        self.tree.blockSignals(True)
        self.tree.clear()
        for doc in self.docs:
            name = doc.doc_type if doc.in_checklist else self.tr("{doc} (di luar daftar skema)")
            item = QTreeWidgetItem([name.format(doc=doc.doc_type), "", doc.file_name or "—"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                1, Qt.CheckState.Checked if doc.received else Qt.CheckState.Unchecked
            )
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self._update_buttons()

    def set_document(self, row: int, doc: DocumentState) -> None:
        self.docs[row] = doc
        item = self.tree.topLevelItem(row)
        self.tree.blockSignals(True)
        item.setCheckState(1, Qt.CheckState.Checked if doc.received else Qt.CheckState.Unchecked)
        item.setText(2, doc.file_name or "—")
        self.tree.blockSignals(False)
        self._update_buttons()
        self.changed.emit()

    def current_row(self) -> int:
        item = self.tree.currentItem()
        return self.tree.indexOfTopLevelItem(item) if item else -1

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 1:
            return
        row = self.tree.indexOfTopLevelItem(item)
        received = item.checkState(1) == Qt.CheckState.Checked
        if self.docs[row].received != received:
            self.docs[row] = dataclasses.replace(self.docs[row], received=received)
            self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.attach_button.setEnabled(row >= 0)
        self.open_button.setEnabled(row >= 0 and self.docs[row].attachment_id is not None)


class VettingPanel(QWidget):
    """Pemeriksaan: the findings by category, acknowledging warnings, the status actions."""

    memberRequested = Signal(object, str)  # member id (or None), NIK
    acknowledgeRequested = Signal(object)  # a FindingRow
    statusRequested = Signal(str)

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.tree = _tree(
            self,
            [self.tr("Temuan"), self.tr("Tingkat"), self.tr("Diterima")],
            "findingTree",
        )
        self.tree.setColumnWidth(0, 760)
        self.tree.setColumnWidth(1, 110)
        self._can_ack = False
        self.summary = QLabel(self)
        self.ack_button = QPushButton(self.tr("&Terima Peringatan…"), self)
        self.ack_button.setEnabled(False)
        self.status_row = QHBoxLayout()
        self.status_row.addWidget(QLabel(self.tr("Ubah status:"), self))
        self.status_row.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.ack_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        hint = QLabel(self.tr("Klik dua kali temuan anggota untuk membuka barisnya di Anggota."))
        layout.addWidget(hint)
        layout.addLayout(self.status_row)
        self.status_buttons: dict[str, QPushButton] = {}
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.ack_button.clicked.connect(self._acknowledge)

    def categories(self) -> dict[str, str]:
        return {
            "person": self.tr("Data perorangan"),
            "group": self.tr("Kelompok"),
            "completeness": self.tr("Kelengkapan"),
        }

    def set_findings(
        self,
        findings: Sequence[FindingRow],
        can_ack: bool,
        *,
        masked: bool = True,
        vetted: bool = True,
    ) -> None:
        """``vetted`` False: vetting never ran on this group, so no findings prove nothing."""
        self._can_ack = can_ack
        severities = {"error": self.tr("Kesalahan"), "warning": self.tr("Peringatan"),
                      "info": self.tr("Informasi")}  # fmt: skip
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        names = self.categories()
        for f in sorted(findings, key=lambda f: (list(names).index(f.category)
                                                  if f.category in names else 9)):  # fmt: skip
            parent = groups.get(f.category)
            if parent is None:
                parent = QTreeWidgetItem([names.get(f.category, f.category)])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                self.tree.addTopLevelItem(parent)
                groups[f.category] = parent
            item = QTreeWidgetItem(
                [
                    f.message(self._lang, masked=masked),
                    severities.get(f.severity, f.severity),
                    self.tr("Ya") if f.acknowledged else "",
                ]
            )
            item.setToolTip(0, f"{f.code}: {f.message(self._lang, masked=masked)}")
            colour = _SEVERITY_COLOURS.get(f.severity)
            if colour:
                item.setForeground(1, QBrush(QColor(colour)))
            item.setData(0, FINDING_ROLE, f)
            parent.addChild(item)
        for parent in groups.values():
            parent.setText(0, f"{parent.text(0)} ({parent.childCount()})")
        self.tree.expandAll()
        errors = sum(f.severity == "error" for f in findings)
        warnings = sum(f.severity == "warning" and not f.acknowledged for f in findings)
        if findings:
            summary = self.tr("{e} kesalahan, {w} peringatan belum diterima.").format(
                e=errors, w=warnings
            )
        elif vetted:
            summary = self.tr("Tidak ada temuan: data kelompok lolos pemeriksaan.")
        else:
            summary = self.tr(
                "Belum diperiksa: simpan kelompok ini, atau pilih Kelompok → Periksa Ulang "
                "Semua Kelompok."
            )
        self.summary.setText(summary)

    def set_status_actions(self, actions: dict[str, str]) -> None:
        """One button per status the clerk may move the group to (value → label)."""
        for button in self.status_buttons.values():
            self.status_row.removeWidget(button)
            button.deleteLater()
        self.status_buttons = {}
        for value, text in actions.items():
            button = QPushButton(text, self)
            button.setObjectName(f"status_{value}")
            button.clicked.connect(lambda _c=False, v=value: self.statusRequested.emit(v))
            self.status_row.insertWidget(self.status_row.count() - 1, button)
            self.status_buttons[value] = button

    def finding_of(self, item: QTreeWidgetItem | None) -> FindingRow | None:
        value = item.data(0, FINDING_ROLE) if item else None
        return value if isinstance(value, FindingRow) else None

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        f = self.finding_of(item)
        self.ack_button.setEnabled(
            bool(self._can_ack and f and f.severity == "warning" and not f.acknowledged)
        )

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        f = self.finding_of(item)
        if f and (f.member_id is not None or f.member_nik):
            self.memberRequested.emit(f.member_id, f.member_nik)

    def _acknowledge(self) -> None:
        f = self.finding_of(self.tree.currentItem())
        if f:
            self.acknowledgeRequested.emit(f)


class HistoryPanel(QWidget):
    """Riwayat: the group's audit events, oldest first; each change as field: from → to.

    ``masked`` (roles that see masked NIKs): NIK, KK and account numbers show masked,
    birth dates not at all, and long digit runs in free text (reasons) masked too.
    ``shows_ids`` tells whether the history on screen holds any of them.
    """

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.masked = True
        self.shows_ids = False
        self.tree = _tree(
            self, [self.tr("Waktu"), self.tr("Oleh"), self.tr("Kejadian")], "historyTree"
        )
        self.tree.setColumnWidth(0, 190)
        self.tree.setColumnWidth(1, 180)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)

    def set_history(
        self,
        entries: Sequence[audit.HistoryEntry],
        names: dict[int, str],
        *,
        masked: bool = True,
    ) -> None:
        self.masked = masked
        self.shows_ids = any(
            _has_ids(c.before, c.field) or _has_ids(c.after, c.field)
            for e in entries
            for c in e.changes
        )
        self.tree.clear()
        for e in entries:
            when = e.occurred_at.astimezone()
            who = names.get(e.user_id or -1) or e.username or e.os_account or "—"
            what = f"{audit.action_label(e.action)} {audit.entity_label(e.entity)}"
            day = format_long(when.date(), lang=self._lang)
            item = QTreeWidgetItem([f"{day} {when:%H:%M}", who, what])
            for change in e.changes:
                child = QTreeWidgetItem(["", "", self._change_text(change)])
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        if self.tree.topLevelItemCount():
            self.tree.scrollToItem(self.tree.topLevelItem(self.tree.topLevelItemCount() - 1))

    def _change_text(self, change: audit.FieldChange) -> str:
        name = FIELD_LABELS.get(change.field, change.field)
        before, after = change.before, change.after
        if self.masked:
            before, after = _hidden(before, change.field), _hidden(after, change.field)
        old = _shown(before, self._lang, change.field)
        new = _shown(after, self._lang, change.field)
        if change.before is None:
            return f"{name}: {new}"
        return f"{name}: {old} → {new}"


def _shown(value: object, lang: str, field: str) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, Mapping):  # a member replaced, added or removed: its fields
        return ", ".join(
            f"{FIELD_LABELS.get(str(k), k)}: {_shown(v, lang, str(k))}"
            for k, v in value.items()
            if v not in (None, "")
        )
    if isinstance(value, list | tuple):
        return "; ".join(_shown(v, lang, field) for v in value) or "—"
    if field == "status" and isinstance(value, str):
        return status_label(value, lang)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if field in DATE_FIELDS and isinstance(value, str) and value != HIDDEN_DATE:
        try:
            return format_short(dt.date.fromisoformat(value[:10]))
        except ValueError:
            return value
    if field in MONEY_FIELDS and isinstance(value, int | float | str):
        try:
            return format_rupiah(Decimal(str(value)))
        except (ArithmeticError, ValueError):
            return str(value)
    if field in ("field", "screen", "document") and isinstance(value, str):
        return ACCESS_VALUES.get(value, value)
    return str(value)


def _hidden(value: Any, field: str) -> Any:
    """``value`` (an audit before/after value, maybe nested) as a masked role may see it."""
    if isinstance(value, Mapping):
        return {k: _hidden(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_hidden(v, field) for v in value]
    if not isinstance(value, str) or not value:
        return value
    if field in ID_FIELDS:
        return mask_nik(value)
    if field == "birth_date":
        return HIDDEN_DATE  # with the masked NIK's visible digits it would rebuild the NIK
    return mask_numbers(value)


def _has_ids(value: Any, field: str) -> bool:
    if isinstance(value, Mapping):
        return any(_has_ids(v, str(k)) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_has_ids(v, field) for v in value)
    return field in ID_FIELDS and bool(value)
