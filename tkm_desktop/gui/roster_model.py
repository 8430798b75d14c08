"""The roster as an editable table: members typed in place, findings marked on their cells."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from tkm_desktop.domain.dates import DateParseError, format_short, parse_date
from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.gui.masked_text import birth_date_text
from tkm_desktop.services.group_edit import MemberData, NikPreview, derive_member
from tkm_desktop.services.vetting import FindingRow

ROLES = ("Ketua", "Sekretaris", "Bendahara", "Anggota")
SEXES = ("L", "P")
# Members are numbered by the vertical header: the number is the row's place, not its data.
# The columns a clerk checks against the KTP come first, so they fit without scrolling.
(COL_NIK, COL_NAME, COL_ROLE, COL_SEX, COL_BIRTH_DATE, COL_PLACE, COL_KK, COL_ADDRESS,
 COL_PHONE, COL_DERIVED) = range(10)  # fmt: skip
_FIELDS = {
    COL_NIK: "nik",
    COL_NAME: "name",
    COL_ROLE: "role",
    COL_SEX: "sex",
    COL_BIRTH_DATE: "birth_date",
    COL_PLACE: "birth_place",
    COL_KK: "kk",
    COL_ADDRESS: "address",
    COL_PHONE: "phone",
}
# Codes marked on a cell of their own; the others by the code's first word.
_CODE_COLUMNS = {
    "NIK_SEX_MISMATCH": COL_SEX,
    "NIK_BIRTHDATE_MISMATCH": COL_BIRTH_DATE,
    "AGE_OUT_OF_RANGE": COL_BIRTH_DATE,
    "SEX_MISSING": COL_SEX,
    "BIRTH_DATE_MISSING": COL_BIRTH_DATE,
    "BIRTH_PLACE_MISSING": COL_PLACE,
}
_FINDING_COLUMNS = (("NIK", COL_NIK), ("KK", COL_KK), ("NAME", COL_NAME), ("ROLE", COL_ROLE))
ERROR_COLOUR = QColor("#f9d6d3")
WARNING_COLOUR = QColor("#fbe7c0")
NUMBER_NIK_COLOUR = QColor("#fff3a8")
_IndexLike = QModelIndex | QPersistentModelIndex


def finding_column(code: str) -> int:
    """The cell of a member's row a finding is marked on (the NIK when nothing fits better)."""
    if code in _CODE_COLUMNS:
        return _CODE_COLUMNS[code]
    for prefix, column in _FINDING_COLUMNS:
        if code.startswith(prefix) or f"_{prefix}" in code:
            return column
    return COL_NIK


class RosterModel(QAbstractTableModel):
    """Rows of ``MemberData``; ``members()`` gives them back as the save wants them.

    ``lang`` is the window's language, for what the NIK says and the findings' texts.
    ``masked``: NIK, KK and phone show masked, and nothing shows what the hidden digits
    encode (the kecamatan, the birth date): birth dates show as an age in years. The L/P
    column stays: without the day and month it tells no hidden digit.
    """

    def __init__(self, parent: QObject | None = None, *, lang: str = "id") -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[MemberData] = []
        self._previews: list[NikPreview] = []
        self._marks: dict[tuple[int | None, str, int], list[FindingRow]] = {}
        self.read_only = False
        self._masked = False
        self._headers = {
            COL_NIK: self.tr("NIK"),
            COL_NAME: self.tr("Nama"),
            COL_ROLE: self.tr("Jabatan"),
            COL_SEX: self.tr("L/P"),
            COL_BIRTH_DATE: self.tr("Tanggal Lahir"),
            COL_PLACE: self.tr("Tempat Lahir"),
            COL_KK: self.tr("No. KK"),
            COL_ADDRESS: self.tr("Alamat"),
            COL_PHONE: self.tr("Telepon"),
            COL_DERIVED: self.tr("Menurut NIK (tgl. lahir, L/P, wilayah)"),
        }

    @property
    def masked(self) -> bool:
        return self._masked

    @masked.setter
    def masked(self, masked: bool) -> None:
        self._masked = masked
        self.set_members(self._rows)  # the NIK's messages are worded for it

    # --- contents ----------------------------------------------------------------

    def set_members(self, members: Sequence[MemberData]) -> None:
        self.beginResetModel()
        self._rows = list(members)
        self._previews = [self._derive(m.nik) for m in self._rows]
        self.endResetModel()

    def _derive(self, nik: str) -> NikPreview:
        return derive_member(nik, lang=self._lang, masked=self.masked)

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
        if section == COL_DERIVED and self.masked:
            return self.tr("Menurut NIK (umur, kab/kota)")
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
            if column == COL_BIRTH_DATE:
                return self._date_text(m.birth_date)
            field = _FIELDS.get(column)
            value = getattr(m, field) if field else None
            if self.masked and field in ("nik", "kk", "phone"):
                return mask_nik(value or "")  # a phone number too, as the import shows it
            return value
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _date_text(self, born: dt.date | None) -> str:
        return birth_date_text(born, self.masked)

    def _derived_text(self, p: NikPreview) -> str:
        if not p.nik:
            return ""
        if not p.valid and p.birth_date is None:
            return self.hide_nik("; ".join(p.messages), p.nik) or self.tr("NIK tidak dapat dibaca")
        if self.masked:
            # The kab/kota is in the NIK's visible first four digits; the rest is not shown.
            age = birth_date_text(p.birth_date, masked=True)
            return " · ".join(t for t in (age, p.regency_name) if t)
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
        if column == COL_BIRTH_DATE and not self.read_only:
            texts.append(self.tr("Ketik tanggal sebagai hh/bb/tttt, misalnya 31/12/1990."))
        return "\n".join(texts) or None

    def setData(self, index: _IndexLike, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = _FIELDS.get(index.column())
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or field is None:
            return False
        if self.read_only:
            return False
        row = index.row()
        m = self._rows[row]
        new = typed_value(field, value)
        if new is REFUSED:
            return False
        changes: dict[str, Any] = {field: new}
        if field == "nik":
            changes["nik_retyped"] = True
            preview = self._derive(new)
            changes |= _filled_from_nik(m, preview)
        elif getattr(m, field) == new:
            return False
        self._rows[row] = dataclasses.replace(m, **changes)
        if field == "nik":
            self._previews[row] = preview
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_DERIVED))
        return True

    # --- rows ----------------------------------------------------------------------

    def add_member(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(MemberData(id=None, nik="", name=""))
        self._previews.append(self._derive(""))
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


REFUSED = object()


def typed_value(field: str, value: Any) -> Any:
    """What the clerk typed as the member's field holds it; ``REFUSED`` when it cannot."""
    if field == "birth_date":
        if isinstance(value, dt.date) or value is None:
            return value
        text = str(value).strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except DateParseError:
            return REFUSED
    text = str(value or "").strip()
    if field == "sex":
        text = text.upper()
        return text if text in ("", *SEXES) else REFUSED
    if field == "role" and text not in ROLES:
        return REFUSED
    return text


def _filled_from_nik(m: MemberData, p: NikPreview) -> dict[str, Any]:
    """L/P and birth date read from a valid NIK where the clerk left them empty."""
    if not p.valid:
        return {}
    filled: dict[str, Any] = {}
    if not m.sex and p.sex:
        filled["sex"] = p.sex
    if m.birth_date is None and p.birth_date:
        filled["birth_date"] = p.birth_date
    return filled
