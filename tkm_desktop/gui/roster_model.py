"""The roster as an editable table: members typed in place, findings marked on their cells."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from tkm_desktop.domain.dates import format_short
from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.services.group_edit import MemberData, NikPreview, derive_member
from tkm_desktop.services.vetting import FindingRow

ROLES = ("Ketua", "Sekretaris", "Bendahara", "Anggota")
# Members are numbered by the vertical header: the number is the row's place, not its data.
COL_NIK, COL_NAME, COL_ROLE, COL_KK, COL_PLACE, COL_ADDRESS, COL_PHONE, COL_DERIVED = range(8)
_FIELDS = {
    COL_NIK: "nik",
    COL_NAME: "name",
    COL_ROLE: "role",
    COL_KK: "kk",
    COL_PLACE: "birth_place",
    COL_ADDRESS: "address",
    COL_PHONE: "phone",
}
# Which column a finding about a member belongs on: by the code's first word.
_FINDING_COLUMNS = (("NIK", COL_NIK), ("KK", COL_KK), ("NAME", COL_NAME), ("ROLE", COL_ROLE))
ERROR_COLOUR = QColor("#f9d6d3")
WARNING_COLOUR = QColor("#fbe7c0")
NUMBER_NIK_COLOUR = QColor("#fff3a8")
_IndexLike = QModelIndex | QPersistentModelIndex


def finding_column(code: str) -> int:
    """The cell of a member's row a finding is marked on (the NIK when nothing fits better)."""
    for prefix, column in _FINDING_COLUMNS:
        if code.startswith(prefix) or f"_{prefix}" in code:
            return column
    return COL_NIK


class RosterModel(QAbstractTableModel):
    """Rows of ``MemberData``; ``members()`` gives them back as the save wants them.

    ``lang`` is the window's language, for what the NIK says and the findings' texts.
    """

    def __init__(self, parent: QObject | None = None, *, lang: str = "id") -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[MemberData] = []
        self._previews: list[NikPreview] = []
        self._marks: dict[tuple[int | None, str, int], list[FindingRow]] = {}
        self.read_only = False
        self.masked = False  # NIK and KK shown masked: for roles that do not check them
        self._headers = {
            COL_NIK: self.tr("NIK"),
            COL_NAME: self.tr("Nama"),
            COL_ROLE: self.tr("Jabatan"),
            COL_KK: self.tr("No. KK"),
            COL_PLACE: self.tr("Tempat Lahir"),
            COL_ADDRESS: self.tr("Alamat"),
            COL_PHONE: self.tr("Telepon"),
            COL_DERIVED: self.tr("Menurut NIK (tgl. lahir, L/P, wilayah)"),
        }

    # --- contents ----------------------------------------------------------------

    def set_members(self, members: Sequence[MemberData]) -> None:
        self.beginResetModel()
        self._rows = list(members)
        self._previews = [derive_member(m.nik, lang=self._lang) for m in self._rows]
        self.endResetModel()

    def members(self) -> tuple[MemberData, ...]:
        return tuple(self._rows)

    def member(self, row: int) -> MemberData:
        return self._rows[row]

    def preview(self, row: int) -> NikPreview:
        return self._previews[row]

    def set_findings(self, findings: Sequence[FindingRow]) -> None:
        """Mark the cells the member findings point at (by member id, else by NIK)."""
        self._marks = {}
        for f in findings:
            if f.member_id is None and not f.member_nik:
                continue
            key = (f.member_id, f.member_nik, finding_column(f.code))
            self._marks.setdefault(key, []).append(f)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_DERIVED))

    def cell_findings(self, row: int, column: int) -> list[FindingRow]:
        m = self._rows[row]
        found = self._marks.get((m.id, m.nik, column), [])
        if m.id is not None:
            found = found or self._marks.get((m.id, "", column), [])
        return found or self._marks.get((None, m.nik, column), [])

    def hide_nik(self, text: str, nik: str) -> str:
        """``text`` with ``nik`` masked for roles that see masked NIKs (messages quote it)."""
        return text.replace(nik, mask_nik(nik)) if self.masked and nik else text

    def row_of_member(self, member_id: int | None, nik: str) -> int | None:
        for row, m in enumerate(self._rows):
            if (member_id is not None and m.id == member_id) or (nik and m.nik == nik):
                return row
        return None

    # --- the Qt model --------------------------------------------------------------

    def rowCount(self, parent: _IndexLike = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _IndexLike = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self._headers.get(section)

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
        row, column = index.row(), index.column()
        m = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_DERIVED:
                return self._derived_text(self._previews[row])
            field = _FIELDS.get(column)
            value = getattr(m, field) if field else None
            if self.masked and field in ("nik", "kk"):
                return mask_nik(value or "")
            return value
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _derived_text(self, p: NikPreview) -> str:
        if not p.nik:
            return ""
        if not p.valid and p.birth_date is None:
            return self.hide_nik("; ".join(p.messages), p.nik) or self.tr("NIK tidak dapat dibaca")
        sex = {"L": self.tr("L"), "P": self.tr("P")}.get(p.sex or "", "?")
        born = format_short(p.birth_date) if p.birth_date else "?"
        return " · ".join(t for t in (born, sex, p.region) if t)

    def _number_nik(self, m: MemberData) -> bool:
        return m.nik_source == "number" and not m.nik_retyped

    def _background(self, row: int, column: int) -> QColor | None:
        found = self.cell_findings(row, column)
        if any(f.severity == "error" for f in found):
            return ERROR_COLOUR
        if any(f.severity == "warning" and not f.acknowledged for f in found):
            return WARNING_COLOUR
        if column == COL_NIK and self._number_nik(self._rows[row]):
            return NUMBER_NIK_COLOUR
        if column == COL_DERIVED and self._rows[row].nik and not self._previews[row].valid:
            return ERROR_COLOUR
        return None

    def _tooltip(self, row: int, column: int) -> str | None:
        texts = [f.message(self._lang, masked=self.masked) for f in self.cell_findings(row, column)]
        if column == COL_NIK and self._number_nik(self._rows[row]):
            texts.append(
                self.tr(
                    "NIK ini tiba sebagai angka dari lembar kerja; digit terakhirnya mungkin "
                    "terbulatkan. Cocokkan dengan KTP lalu ketik ulang."
                )
            )
        if column == COL_DERIVED:
            p = self._previews[row]
            texts += [self.hide_nik(text, p.nik) for text in p.messages]
        return "\n".join(texts) or None

    def setData(self, index: _IndexLike, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = _FIELDS.get(index.column())
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or field is None:
            return False
        if self.read_only:
            return False
        row = index.row()
        text = str(value or "").strip()
        m = self._rows[row]
        if field == "role" and text not in ROLES:
            return False
        changes: dict[str, Any] = {field: text}
        if field == "nik":
            changes["nik_retyped"] = True
        if getattr(m, field) == text and field != "nik":
            return False
        self._rows[row] = dataclasses.replace(m, **changes)
        if field == "nik":
            self._previews[row] = derive_member(text, lang=self._lang)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_DERIVED))
        return True

    # --- rows ----------------------------------------------------------------------

    def add_member(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(MemberData(id=None, nik="", name=""))
        self._previews.append(derive_member("", lang=self._lang))
        self.endInsertRows()
        return row

    def remove_member(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._previews[row]
        self.endRemoveRows()

    def move_member(self, row: int, step: int) -> int:
        """Swap the row with its neighbour (step -1 up, +1 down); the row it is on now."""
        target = row + step
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        # beginMoveRows names the slot *before which* the row goes: one further when moving down.
        dest = target + 1 if step > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._rows.insert(target, self._rows.pop(row))
        self._previews.insert(target, self._previews.pop(row))
        self.endMoveRows()
        return target
