"""The groups list as a Qt table model: one ``GroupRow`` per row, read-only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from tkm_desktop.domain import status as group_status
from tkm_desktop.services.groups import GroupRow

COL_ID = 0
COL_NAME = 1
COL_SCHEME = 2
COL_STATUS = 3
COL_MEMBERS = 4
COL_KELURAHAN = 5
COL_KECAMATAN = 6
COLUMN_COUNT = 7

# The row's GroupRow, for views and actions that act on the selected groups.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# Plain keys for sorting: numbers as numbers, text without case.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_NUMERIC_COLUMNS = (COL_ID, COL_MEMBERS)
# Status sorts in workflow order (Usulan Masuk first), not by its label.
_STATUS_ORDER = {status.value: n for n, status in enumerate(group_status.GroupStatus)}

AnyIndex = QModelIndex | QPersistentModelIndex


class GroupTableModel(QAbstractTableModel):
    """Groups as ``services.groups.list_groups`` returns them; replaced whole by ``set_rows``."""

    def __init__(self, lang: str = "id", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[GroupRow] = []
        self._headers = (
            self.tr("ID"),
            self.tr("Nama Kelompok"),
            self.tr("Skema"),
            self.tr("Status"),
            self.tr("Anggota"),
            self.tr("Desa/Kelurahan"),
            self.tr("Kecamatan"),
        )

    def set_rows(self, rows: Sequence[GroupRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def group_at(self, row: int) -> GroupRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_STATUS:
            return row.status
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: GroupRow, column: int) -> str:
        if column == COL_STATUS:
            return status_label(row.status, self._lang)
        return str(self._raw(row, column))

    def _sort_key(self, row: GroupRow, column: int) -> int | str:
        if column == COL_STATUS:
            return _STATUS_ORDER.get(row.status, len(_STATUS_ORDER))
        value = self._raw(row, column)
        return value if isinstance(value, int) else value.casefold()

    @staticmethod
    def _raw(row: GroupRow, column: int) -> int | str:
        return (
            row.id,
            row.name,
            row.scheme,
            row.status,
            row.members,
            row.kelurahan,
            row.kecamatan,
        )[column]


def status_label(code: str, lang: str) -> str:
    """The status as users read it; a code this version does not know shows as itself."""
    try:
        return group_status.label(code, lang)
    except (KeyError, ValueError):
        return code


def make_sort_proxy(model: GroupTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """A proxy that sorts on SORT_ROLE and filters, without case, on every column."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy
