"""Beranda: counts per status and what needs attention, each a way into the filtered list."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tkm_desktop.domain.status import GroupStatus, role_label
from tkm_desktop.gui.forms.ui_home_page import Ui_HomePage
from tkm_desktop.gui.operations import Operation, reading
from tkm_desktop.gui.status_badge import status_colours, status_label
from tkm_desktop.services import browse
from tkm_desktop.services.context import Actor
from tkm_desktop.services.dashboard import Dashboard, QuotaUse, load_dashboard
from tkm_desktop.store.db import Database

TILE_COLUMNS = 6


class StatusTile(QFrame):
    """A status with its count; a click (or Enter/Space) asks for the groups behind it."""

    clicked = Signal(str)

    def __init__(self, status: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        background, foreground = status_colours(status)
        self.setObjectName("statusTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            f"#statusTile {{ background: {background.name()}; border-radius: 6px; }}"
            f"#statusTile:focus {{ border: 2px solid {foreground.name()}; }}"
            f"QLabel {{ color: {foreground.name()}; background: transparent; }}"
        )
        self.count_label = QLabel("–", self)
        font = self.count_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.count_label.setFont(font)
        self.text_label = QLabel(text, self)
        self.text_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.text_label)
        layout.addStretch(1)
        self.setAccessibleName(text)

    def set_count(self, text: str) -> None:
        self.count_label.setText(text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.pos()):
            self.clicked.emit(self.status)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.status)
            return
        super().keyPressEvent(event)


class HomePage(QWidget):
    """Emits ``showGroups(status, flag, scheme_id)`` when a count is clicked."""

    showGroups = Signal(object, object, object)
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        lang: str = "id",
        display_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._lang = lang
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self.dashboard: Dashboard | None = None
        self._operation: Operation[Dashboard] | None = None
        name = display_name or actor.username
        if actor.role:
            self.ui.welcomeLabel.setText(
                self.tr("Selamat datang, {name} ({role}).").format(
                    name=name, role=role_label(actor.role, lang)
                )
            )
        self.tiles: dict[str, StatusTile] = {}
        for n, status in enumerate(GroupStatus):
            tile = StatusTile(status.value, status_label(status.value, lang), self.ui.statusBox)
            tile.clicked.connect(self._status_clicked)
            self.ui.statusGrid.addWidget(tile, n // TILE_COLUMNS, n % TILE_COLUMNS)
            self.tiles[status.value] = tile
        self.attention_buttons: dict[str, QPushButton] = {}
        for flag in browse.FLAGS:
            button = QPushButton(self.ui.attentionBox)
            button.setFlat(True)
            # Links into the list: the link colour says they can be clicked.
            button.setStyleSheet(
                "QPushButton { text-align: left; padding: 4px 6px; color: palette(link); }"
                "QPushButton:disabled { color: #5f6368; }"
            )
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, f=flag: self._flag_clicked(f))
            self.ui.attentionLayout.addWidget(button)
            self.attention_buttons[flag] = button
        self.ui.attentionLayout.addStretch(1)
        self.ui.schemeCombo.addItem(self.tr("Semua skema"), None)
        self.ui.schemeCombo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.refreshButton.clicked.connect(self.reload)

    def set_schemes(self, schemes: list[tuple[int, str]]) -> None:
        combo = self.ui.schemeCombo
        picked = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Semua skema"), None)
        for scheme_id, text in schemes:
            combo.addItem(text, scheme_id)
        combo.setCurrentIndex(max(0, combo.findData(picked)))
        combo.blockSignals(False)

    @property
    def scheme_id(self) -> int | None:
        return self.ui.schemeCombo.currentData()

    def reload(self) -> None:
        """Count again on a worker thread; the tiles show the new numbers when it is done."""
        if self._operation is not None and not self._operation.done:
            self._operation.cancel()
        scheme_id = self.scheme_id
        self.ui.refreshButton.setEnabled(False)
        operation = Operation(
            self,
            reading(self._db, lambda session, _ctx: load_dashboard(session, scheme_id)),
            title=self.tr("Beranda"),
            label=self.tr("Menghitung kelompok…"),
        )
        operation.on_success(self.show_dashboard)
        operation.finished.connect(lambda: self.ui.refreshButton.setEnabled(True))
        self._operation = operation
        operation.run()

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        locale = QLocale()
        for status, tile in self.tiles.items():
            tile.set_count(locale.toString(dashboard.by_status.get(status, 0)))
        self.ui.statusBox.setTitle(
            self.tr("Jumlah kelompok per status (semua: {total})").format(
                total=locale.toString(dashboard.total)
            )
        )
        texts = self._attention_texts()
        # No findings stored says nothing of a group that vetting has not looked at.
        unsure = (
            self._unsure_while_unvetted() if dashboard.attention.get(browse.FLAG_UNVETTED) else {}
        )
        for flag, button in self.attention_buttons.items():
            count = dashboard.attention.get(flag, 0)
            some, none = texts[flag]
            none = unsure.get(flag, none)
            button.setText(some.format(n=locale.toString(count)) if count else none)
            button.setEnabled(bool(count))
        self._show_quotas(dashboard.quotas)
        self.loaded.emit()

    def _attention_texts(self) -> dict[str, tuple[str, str]]:
        return {
            browse.FLAG_UNVETTED: (
                self.tr("▸ {n} kelompok belum diperiksa"),
                self.tr("✓ Semua kelompok sudah diperiksa"),
            ),
            browse.FLAG_ERRORS: (
                self.tr("▸ {n} kelompok masih memiliki kesalahan yang harus diperbaiki"),
                self.tr("✓ Tidak ada kelompok dengan kesalahan"),
            ),
            browse.FLAG_UNACKED: (
                self.tr("▸ {n} kelompok memiliki peringatan yang belum diterima dengan catatan"),
                self.tr("✓ Semua peringatan sudah diterima dengan catatan"),
            ),
            browse.FLAG_NO_LETTER: (
                self.tr("▸ {n} kelompok direkomendasikan dan menunggu surat rekomendasi"),
                self.tr("✓ Tidak ada kelompok yang menunggu surat"),
            ),
        }

    def _unsure_while_unvetted(self) -> dict[str, str]:
        """What the "none" lines say instead while some groups in vetting are unvetted."""
        return {
            browse.FLAG_ERRORS: self.tr(
                "– Kesalahan belum dapat dipastikan: belum semua kelompok diperiksa"
            ),
            browse.FLAG_UNACKED: self.tr(
                "– Peringatan belum dapat dipastikan: belum semua kelompok diperiksa"
            ),
        }

    def _show_quotas(self, quotas: list[QuotaUse]) -> None:
        layout = self.ui.quotaLayout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not quotas:
            layout.addWidget(QLabel(self.tr("Tidak ada skema dengan kuota kelompok."), self))
        locale = QLocale()
        for quota in quotas:
            row = QWidget(self.ui.quotaBox)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            text = self.tr("{code}: {holding} kelompok direkomendasikan dari kuota {quota}").format(
                code=quota.code,
                holding=locale.toString(quota.holding),
                quota=locale.toString(quota.quota),
            )
            if quota.over:
                text += " — " + self.tr("melebihi kuota")
            label = QLabel(text, row)
            if quota.over:
                label.setStyleSheet("color: #b3261e; font-weight: bold;")
            bar = QProgressBar(row)
            bar.setRange(0, max(quota.quota, 1))
            bar.setValue(min(quota.holding, quota.quota))
            bar.setTextVisible(False)
            bar.setMaximumWidth(160)
            row_layout.addWidget(label, 1)
            row_layout.addWidget(bar)
            layout.addWidget(row)
            pipeline = QLabel(
                self.tr("{n} usulan lain masih dalam pemeriksaan").format(
                    n=locale.toString(quota.in_pipeline)
                ),
                self.ui.quotaBox,
            )
            pipeline.setStyleSheet("color: #5f6368;")
            layout.addWidget(pipeline)
        layout.addStretch(1)

    def _status_clicked(self, status: str) -> None:
        self.showGroups.emit(status, None, self.scheme_id)

    def _flag_clicked(self, flag: str) -> None:
        self.showGroups.emit(None, flag, self.scheme_id)
