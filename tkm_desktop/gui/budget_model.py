"""The RAB (budget plan) as an editable table: item, alat/bahan, quantity, unit, unit price."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from tkm_desktop.domain.money import MoneyParseError, format_rupiah, parse_money
from tkm_desktop.services.group_edit import BudgetLine

CATEGORIES = ("alat", "bahan")
COL_ITEM, COL_CATEGORY, COL_QUANTITY, COL_UNIT, COL_PRICE, COL_TOTAL = range(6)
_FIELDS = {
    COL_ITEM: "item",
    COL_CATEGORY: "category",
    COL_QUANTITY: "quantity",
    COL_UNIT: "unit",
    COL_PRICE: "unit_price",
}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMBERS = (COL_QUANTITY, COL_PRICE, COL_TOTAL)
_IndexLike = QModelIndex | QPersistentModelIndex


def _quantity_text(q: Decimal) -> str:
    text = format(q.normalize(), "f")
    return text.replace(".", ",")


class BudgetModel(QAbstractTableModel):
    """Rows of ``BudgetLine``; ``lines()`` gives them back for the save."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BudgetLine] = []
        self.read_only = False
        self._headers = (
            self.tr("Nama Barang"),
            self.tr("Kategori"),
            self.tr("Jumlah"),
            self.tr("Satuan"),
            self.tr("Harga Satuan"),
            self.tr("Jumlah Harga"),
        )

    def set_lines(self, lines: Sequence[BudgetLine]) -> None:
        self.beginResetModel()
        self._rows = list(lines)
        self.endResetModel()

    def lines(self) -> tuple[BudgetLine, ...]:
        return tuple(self._rows)

    def totals(self) -> tuple[Decimal, Decimal]:
        """(alat, bahan)."""
        tools = sum((r.total for r in self._rows if r.category == "alat"), Decimal(0))
        materials = sum((r.total for r in self._rows if r.category != "alat"), Decimal(0))
        return tools, materials

    def rowCount(self, parent: _IndexLike = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _IndexLike = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMBERS:
            return _RIGHT  # over the right-aligned figures
        return None

    def flags(self, index: _IndexLike) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in _FIELDS and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _IndexLike, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in _NUMBERS else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == COL_TOTAL:
            return format_rupiah(line.total, cents=False)
        if column == COL_QUANTITY:
            return _quantity_text(line.quantity)
        if column == COL_PRICE:
            if role == Qt.ItemDataRole.EditRole:
                return _quantity_text(line.unit_price)
            return format_rupiah(line.unit_price, cents=False)
        return getattr(line, _FIELDS[column])

    def setData(self, index: _IndexLike, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = _FIELDS.get(index.column())
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or field is None:
            return False
        if self.read_only:
            return False
        text = str(value if value is not None else "").strip()
        new: Any = text
        if field in ("quantity", "unit_price"):
            try:
                new = parse_money(text or "0")
            except MoneyParseError:
                return False
            if new < 0:
                return False
        elif field == "category" and text not in CATEGORIES:
            return False
        row = index.row()
        self._rows[row] = dataclasses.replace(self._rows[row], **{field: new})
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_TOTAL))
        return True

    def add_line(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(BudgetLine(None, "", "alat", Decimal(1), "unit", Decimal(0)))
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
