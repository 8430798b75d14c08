"""The editor tables' cell editors: fixed choices, the NIK typed live, birth dates."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from tkm_desktop.gui.roster_model import REFUSED, typed_value

_IndexLike = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of fixed choices (roles, alat/bahan) for one column.

    ``labels`` shows a stored value in the window's language ('alat' → 'Tools'); the
    model keeps the value.
    """

    def __init__(
        self,
        choices: tuple[str, ...],
        parent: QObject | None = None,
        *,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._labels = dict(labels or {})

    def displayText(self, value: Any, locale: QLocale) -> str:
        text = str(value if value is not None else "")
        return self._labels.get(text, text)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _IndexLike
    ) -> QWidget:
        combo = QComboBox(parent)
        for choice in self._choices:
            combo.addItem(self._labels.get(choice, choice), choice)
        return combo

    def setEditorData(self, editor: QWidget, index: _IndexLike) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(str(index.data() or ""))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _IndexLike) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class NikDelegate(QStyledItemDelegate):
    """A NIK box that reports every keystroke, so the derived data shows while typing."""

    typed = Signal(str)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _IndexLike
    ) -> QWidget:
        edit = QLineEdit(parent)
        edit.setMaxLength(24)  # spaces and dots are cleaned away; 16 digits remain
        edit.textEdited.connect(self.typed)
        return edit


class DateDelegate(QStyledItemDelegate):
    """A text box for a birth date; the model reads it (31/12/1990, 31-12-1990, 31 Des 1990).

    Text the model cannot read is not stored: ``refused`` carries it, for the panel to say
    so, and the cell keeps its date.
    """

    refused = Signal(str)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _IndexLike
    ) -> QWidget:
        edit = QLineEdit(parent)
        edit.setMaxLength(20)  # '31 Desember 1990' fits
        edit.setPlaceholderText(self.tr("hh/bb/tttt"))
        return edit

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _IndexLike) -> None:
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if typed_value("birth_date", text) is REFUSED:
            self.refused.emit(text)
            return
        model.setData(index, text)
