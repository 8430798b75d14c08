"""The editor's Identitas tab: name, business, address with cascading region pickers, the
recommending official and the bank account."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tkm_desktop.domain import regions
from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.services.group_edit import GroupIdentity

RECOMMENDER_TITLES = ("Kepala Desa", "Lurah", "Camat", "Kepala Dinas Tenaga Kerja")
_NO_DATE = QDate(2000, 1, 1)  # the date box's "not filled in" value, shown as "—"
_TEXT_FIELDS = (
    "name", "business_type", "sector", "street", "rt_rw", "recommender_name",
    "recommender_letter_number", "bank_name", "account_number", "account_holder",
)  # fmt: skip


class RegionPickers(QObject):
    """Province → kab/kota → kecamatan → desa/kelurahan; each box lists the one above's children.

    The boxes belong to ``parent``; ``add_rows`` puts them into the caller's form, so their
    labels line up with the address lines above them.
    """

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.boxes = [QComboBox(parent) for _ in range(4)]
        names = ("provinceCombo", "regencyCombo", "kecamatanCombo", "kelurahanCombo")
        self.labels = (
            self.tr("Provinsi:"),
            self.tr("Kabupaten/Kota:"),
            self.tr("Kecamatan:"),
            self.tr("Desa/Kelurahan:"),
        )
        for box, name in zip(self.boxes, names, strict=True):
            box.setObjectName(name)
            box.setMinimumContentsLength(28)
        self._fill(0, regions.provinces())
        for level, box in enumerate(self.boxes):
            box.currentIndexChanged.connect(lambda _i, lv=level: self._picked(lv))

    def _fill(self, level: int, items: list[regions.Region]) -> None:
        box = self.boxes[level]
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("— pilih —"), "")
        for region in items:
            box.addItem(region.name, region.code)
        box.blockSignals(False)

    def _picked(self, level: int) -> None:
        code = self.boxes[level].currentData() or ""
        for below in range(level + 1, 4):
            self._fill(below, regions.children(code) if below == level + 1 and code else [])
        self.changed.emit()

    def set_code(self, code: str) -> None:
        """Preset every box down to ``code`` (a province, regency, kecamatan or kelurahan)."""
        parts = code.split(".") if code else []
        for level in range(4):
            wanted = ".".join(parts[: level + 1]) if level < len(parts) else ""
            box = self.boxes[level]
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(wanted)))
            box.blockSignals(False)
            chosen = box.currentData() or ""
            if level < 3:
                self._fill(level + 1, regions.children(chosen) if chosen else [])

    def code_at(self, level: int) -> str:
        return self.boxes[level].currentData() or ""

    def add_rows(self, form: QFormLayout) -> None:
        for label, box in zip(self.labels, self.boxes, strict=True):
            form.addRow(label, box)

    def set_enabled(self, enabled: bool) -> None:
        for box in self.boxes:
            box.setEnabled(enabled)


class IdentityPanel(QWidget):
    """Identitas: edits a ``GroupIdentity``; ``identity()`` returns the one on screen.

    ``masked`` (roles that see masked NIKs): the account number shows masked, read-only.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.masked = False
        self.edits = {name: QLineEdit(self) for name in _TEXT_FIELDS}
        for name, edit in self.edits.items():
            edit.setObjectName(f"{name}Edit")
            edit.textEdited.connect(self.changed)
        self.title_combo = QComboBox(self)
        self.title_combo.setEditable(True)
        self.title_combo.addItems(list(RECOMMENDER_TITLES))
        self.title_combo.editTextChanged.connect(self.changed)
        self.letter_date = QDateEdit(self)
        self.letter_date.setCalendarPopup(True)
        self.letter_date.setDisplayFormat("dd/MM/yyyy")
        self.letter_date.setMinimumDate(_NO_DATE)
        self.letter_date.setSpecialValueText("—")
        self.letter_date.dateChanged.connect(self.changed)
        self.regions = RegionPickers(self)
        self.regions.changed.connect(self.changed)

        e = self.edits
        group = QGroupBox(self.tr("Kelompok"), self)
        form = QFormLayout(group)
        form.addRow(self.tr("Nama kelompok:"), e["name"])
        form.addRow(self.tr("Jenis usaha:"), e["business_type"])
        form.addRow(self.tr("Sektor usaha:"), e["sector"])
        address = QGroupBox(self.tr("Alamat"), self)
        address_form = QFormLayout(address)
        address_form.addRow(self.tr("Jalan/dusun:"), e["street"])
        address_form.addRow(self.tr("RT/RW:"), e["rt_rw"])
        self.regions.add_rows(address_form)
        recommender = QGroupBox(self.tr("Pemberi rekomendasi"), self)
        rec_form = QFormLayout(recommender)
        rec_form.addRow(self.tr("Nama:"), e["recommender_name"])
        rec_form.addRow(self.tr("Jabatan:"), self.title_combo)
        rec_form.addRow(self.tr("Nomor surat:"), e["recommender_letter_number"])
        rec_form.addRow(self.tr("Tanggal surat:"), self.letter_date)
        bank = QGroupBox(self.tr("Rekening kelompok"), self)
        bank_form = QFormLayout(bank)
        bank_form.addRow(self.tr("Nama bank:"), e["bank_name"])
        bank_form.addRow(self.tr("Nomor rekening:"), e["account_number"])
        bank_form.addRow(self.tr("Atas nama:"), e["account_holder"])

        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(group)
        left.addWidget(address)
        left.addStretch(1)
        right.addWidget(recommender)
        right.addWidget(bank)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def set_identity(self, identity: GroupIdentity, office_region: str = "") -> None:
        widgets = [*self.edits.values(), self.title_combo, self.letter_date, self.regions]
        for w in widgets:
            w.blockSignals(True)
        for name, edit in self.edits.items():
            edit.setText(getattr(identity, name) or "")
        if self.masked:
            self.edits["account_number"].setText(mask_nik(identity.account_number or ""))
        self.title_combo.setEditText(identity.recommender_title or "")
        d = identity.recommender_letter_date
        self.letter_date.setDate(QDate(d.year, d.month, d.day) if d else _NO_DATE)
        self.regions.set_code(identity.kelurahan_code or identity.kecamatan_code or office_region)
        for w in widgets:
            w.blockSignals(False)

    def identity(self, base: GroupIdentity) -> GroupIdentity:
        """``base`` with what the form shows; region codes left as stored if none is picked."""
        values: dict[str, object] = {n: e.text() for n, e in self.edits.items()}
        if self.masked:
            values["account_number"] = base.account_number  # the screen shows it masked
        values["recommender_title"] = self.title_combo.currentText()
        q = self.letter_date.date()
        values["recommender_letter_date"] = (
            None if q == _NO_DATE else dt.date(q.year(), q.month(), q.day())
        )
        values["kecamatan_code"] = self.regions.code_at(2)
        values["kelurahan_code"] = self.regions.code_at(3)
        if not values["kecamatan_code"] and not values["kelurahan_code"]:
            values["kecamatan_code"], values["kelurahan_code"] = "", ""
        result = dataclasses.replace(base, **values)  # type: ignore[arg-type]
        # Untouched text the save would trim anyway stays as loaded: no change, no prompt.
        return base if _same(base, result) else result

    def set_read_only(self, read_only: bool) -> None:
        """Frozen fields look it: grey like the disabled pickers, yet their text can be copied."""
        for edit in (*self.edits.values(), self.letter_date):
            frozen = read_only or (self.masked and edit is self.edits["account_number"])
            edit.setReadOnly(frozen)
            _look_read_only(edit, frozen)
        self.title_combo.setEnabled(not read_only)
        self.regions.set_enabled(not read_only)


def _look_read_only(widget: QWidget, read_only: bool) -> None:
    palette = QPalette(widget.parentWidget().palette() if widget.parentWidget() else QPalette())
    if read_only:
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(
                group, QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window)
            )
    widget.setPalette(palette)


def _same(a: GroupIdentity, b: GroupIdentity) -> bool:
    def norm(v: object) -> object:
        return " ".join(v.split()) if isinstance(v, str) else v

    return all(norm(getattr(a, f.name)) == norm(getattr(b, f.name)) for f in dataclasses.fields(a))
