"""A group's status drawn as a coloured badge holding its Indonesian label."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tkm_desktop.domain import status as group_status

# The stored status code of a cell: what the delegate picks its colours by.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 10

# (background, text): light tints with dark text, readable on screen and on a projector.
_COLOURS: dict[str, tuple[str, str]] = {
    "diusulkan": ("#dbe7f5", "#1d3f66"),
    "diverifikasi": ("#d7f0dc", "#1f5a2c"),
    "dikembalikan": ("#fde7c8", "#7a4300"),
    "ditolak": ("#f9d6d5", "#8a1c17"),
    "direkomendasikan": ("#cdeeee", "#0e5656"),
    "diajukan": ("#e2dcf7", "#3d2c80"),
    "ditetapkan": ("#c9e8c1", "#234d18"),
    "tidak_ditetapkan": ("#ecdcdc", "#6a2e2e"),
    "dana_cair": ("#f3dcf2", "#6b1f68"),
    "monev": ("#d6eef8", "#124d66"),
    "selesai": ("#e4e4e4", "#333333"),
    "dibatalkan": ("#e9e9e9", "#666666"),
}
_UNKNOWN = ("#eeeeee", "#333333")
_PAD_X, _PAD_Y, _RADIUS = 8, 3, 8.0


def status_label(code: str, lang: str) -> str:
    """The status as users read it; a code this version does not know shows as itself."""
    try:
        return group_status.label(code, lang)
    except (KeyError, ValueError):
        return code


def status_colours(code: str) -> tuple[QColor, QColor]:
    background, text = _COLOURS.get(code, _UNKNOWN)
    return QColor(background), QColor(text)


class StatusBadgeDelegate(QStyledItemDelegate):
    """Paints the cell's DisplayRole text in a pill coloured by its ``STATUS_ROLE``."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        code = index.data(STATUS_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not code or not text:
            super().paint(painter, option, index)
            return
        # The row's selection and alternating colours first, without the text.
        self.initStyleOption(option, index)
        option.text = ""
        widget: QWidget | None = option.widget  # type: ignore[assignment]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        background, foreground = status_colours(str(code))
        metrics = QFontMetrics(option.font)
        cell = option.rect.adjusted(4, 2, -4, -2)
        natural = metrics.horizontalAdvance(str(text)) + 2 * _PAD_X + 2
        width = min(natural, cell.width())
        height = min(metrics.height() + 2 * _PAD_Y, cell.height())
        pill = QRectF(cell.x(), cell.center().y() - height / 2 + 0.5, width, height)
        shown = str(text)
        if natural > cell.width():  # a narrow column: the tooltip holds the whole label
            room = max(0, int(width) - 2 * _PAD_X)
            shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, room)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(pill, _RADIUS, _RADIUS)
        painter.setFont(option.font)
        painter.setPen(foreground)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), shown)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * _PAD_X + 8, size.height() + 2 * _PAD_Y)
