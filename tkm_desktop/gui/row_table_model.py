"""A read-only table model over a short list of plain rows, described by its columns.

For the lists that stay small (letters, exports, search hits, a group's members): the
rows are held whole and a ``QSortFilterProxyModel`` sorts them on ``SORT_ROLE``.
Big lists hold ids instead (``group_table_model``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from tkm_desktop.gui.status_badge import STATUS_ROLE

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object behind a cell
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a plain key: numbers as numbers, text without case
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header, the text of a cell, and optionally more."""

    header: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None  # default: the text without case
    numeric: bool = False  # right-aligned
    tooltip: Callable[[R], str | None] | None = None
    colour: Callable[[R], str | None] | None = None  # a "#rrggbb" for the text, or None
    status: Callable[[R], str | None] | None = None  # a status code, for the badge delegate


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows replaced whole by ``set_rows``; ``row_at`` gives a row back."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            if column.sort_key is not None:
                return column.sort_key(row)
            return column.text(row).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(QColor(colour)) if colour else None
        if role == STATUS_ROLE and column.status is not None:
            return column.status(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].numeric:
            return _RIGHT
        return None


def sorting_proxy(
    model: QAbstractTableModel, parent: QObject | None = None
) -> QSortFilterProxyModel:
    """A proxy that sorts on ``SORT_ROLE``."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
