"""*Skema*: the schemes with their parameters (document checklist, quota …), added,
edited in a dialog, and the default chosen. The rules are the scheme files' rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any, cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from tkm_desktop.domain.money import MoneyParseError, format_rupiah, parse_money
from tkm_desktop.domain.schemes import SchemeParams
from tkm_desktop.gui.row_table_model import Column, RowTableModel
from tkm_desktop.gui.settings_forms import FormBase
from tkm_desktop.gui.settings_section import ListSection
from tkm_desktop.services import scheme_settings
from tkm_desktop.services.context import Actor
from tkm_desktop.services.scheme_settings import SchemeRow
from tkm_desktop.store.db import Database

NONE = -1  # a spin box at this value means "not set"


def _spin(parent: QWidget, low: int, high: int, none_text: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(NONE if none_text else low, high)
    if none_text:
        spin.setSpecialValueText(none_text)
    return spin


def _percent(parent: QWidget, none_text: str = "") -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setDecimals(2)
    spin.setRange(NONE if none_text else 0, 100)
    spin.setSuffix(" %")
    if none_text:
        spin.setSpecialValueText(none_text)
    return spin


class SchemeForm(FormBase):
    """Every parameter of one scheme, in two columns; the code is fixed once stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: SchemeParams | None = None
        self.setMinimumSize(940, 440)  # two columns of parameters; fits a 1366×768 screen
        columns = QHBoxLayout()
        columns.setSpacing(24)
        outer = self.layout()
        outer.removeItem(self.form)
        columns.addLayout(self.form, 1)
        self.right = QFormLayout()
        columns.addLayout(self.right, 1)
        outer.insertLayout(0, columns)  # type: ignore[attr-defined]
        label = self.labels()
        self.codeEdit = self._line(label["code"] + ":", "codeEdit", 40)
        self.codeEdit.setPlaceholderText("TKM-PEMULA-2025")
        self.nameEdit = self._line(label["name"] + ":", "nameEdit", 200)
        self.yearSpin = self._add(self.form, label["year"], _spin(self, 2000, 2100))
        self.activeCheck = self._add(self.form, "", QCheckBox(label["active"], self))
        self.membersMinSpin = self._add(self.form, label["members_min"], _spin(self, 1, 1000))
        self.membersMaxSpin = self._add(self.form, label["members_max"], _spin(self, 1, 1000))
        self.grantEdit = self._line(label["grant_ceiling"] + ":", "grantEdit", 30)
        self.grantEdit.setPlaceholderText("Rp20.000.000")
        self.quotaSpin = self._add(
            self.form, label["group_quota"], _spin(self, 1, 1_000_000, self.tr("tanpa kuota"))
        )
        self.ageMinSpin = self._add(
            self.form, label["age_min"], _spin(self, 0, 100, self.tr("tidak dibatasi"))
        )
        self.ageMaxSpin = self._add(
            self.form, label["age_max"], _spin(self, 0, 100, self.tr("tidak dibatasi"))
        )
        self.ageDateCheck = QCheckBox(self.tr("tanggal tetap:"), self)
        self.ageDateEdit = QDateEdit(self)
        self.ageDateEdit.setCalendarPopup(True)
        self.ageDateEdit.setDisplayFormat("dd/MM/yyyy")
        self.ageDateCheck.toggled.connect(self.ageDateEdit.setEnabled)
        age_row = QHBoxLayout()
        age_row.addWidget(self.ageDateCheck)
        age_row.addWidget(self.ageDateEdit, 1)
        self.form.addRow(label["age_reference_date"] + ":", age_row)
        self.ageDateCheck.setToolTip(
            self.tr("Tanpa tanggal tetap: umur dihitung pada hari verifikasi.")
        )
        self.rolesEdit = self._add(self.right, label["required_roles"], QLineEdit(self))
        self.rolesEdit.setToolTip(self.tr("Dipisah koma, mis. Ketua, Sekretaris, Bendahara."))
        self.toolsSpin = self._add(
            self.right, label["tools_share"], _percent(self, self.tr("tidak diatur"))
        )
        self.toleranceSpin = self._add(self.right, label["split_tolerance"], _percent(self))
        self.fundedCombo = self._add(self.right, label["funded_before_severity"], QComboBox(self))
        self.fundedCombo.addItem(self.tr("Galat (menghalangi)"), "error")
        self.fundedCombo.addItem(self.tr("Peringatan"), "warning")
        self.sameKkCombo = self._add(self.right, label["same_kk_severity"], QComboBox(self))
        self.sameKkCombo.addItem(self.tr("Peringatan"), "warning")
        self.sameKkCombo.addItem(self.tr("Tidak diperiksa"), None)
        self.excludesCheck = self._add(
            self.right, "", QCheckBox(label["excludes_earlier_grant"], self)
        )
        self.exportEdit = self._add(self.right, label["export_format"], QLineEdit(self))
        self.documentsEdit = self._add(self.right, label["documents"], QPlainTextEdit(self))
        self.documentsEdit.setPlaceholderText(self.tr("Satu dokumen per baris, mis. Proposal"))
        self.documentsEdit.setMinimumHeight(110)
        for widget in self.findChildren(QWidget):
            for signal in ("valueChanged", "toggled", "textChanged", "currentIndexChanged"):
                if hasattr(widget, signal) and not isinstance(widget, QLineEdit):
                    getattr(widget, signal).connect(self._edited)

    def labels(self) -> dict[str, str]:
        """The parameters' names (the services' FIELD_LABELS, translated)."""
        return {
            "code": self.tr("Kode skema"),
            "name": self.tr("Nama skema"),
            "year": self.tr("Tahun"),
            "active": self.tr("Menerima usulan"),
            "members_min": self.tr("Anggota paling sedikit"),
            "members_max": self.tr("Anggota paling banyak"),
            "grant_ceiling": self.tr("Pagu bantuan per kelompok"),
            "age_min": self.tr("Umur paling rendah"),
            "age_max": self.tr("Umur paling tinggi"),
            "age_reference_date": self.tr("Tanggal acuan umur"),
            "required_roles": self.tr("Jabatan wajib"),
            "tools_share": self.tr("Porsi belanja alat"),
            "split_tolerance": self.tr("Toleransi porsi alat/bahan"),
            "funded_before_severity": self.tr("Penerima terdahulu"),
            "same_kk_severity": self.tr("KK yang sama"),
            "group_quota": self.tr("Kuota kelompok"),
            "documents": self.tr("Daftar periksa dokumen"),
            "export_format": self.tr("Format ekspor"),
            "excludes_earlier_grant": self.tr("Penerima terdahulu tidak boleh diusulkan lagi"),
        }

    def _add(self, layout: QFormLayout, label: str, widget: Any) -> Any:
        layout.addRow(f"{label}:" if label else "", widget)
        return widget

    def load(self, params: SchemeParams, *, new: bool = False) -> None:
        self._loading = True
        self._base = params
        self.codeEdit.setText(params.code)
        self.codeEdit.setReadOnly(not new)
        self.nameEdit.setText(params.name)
        self.yearSpin.setValue(params.year)
        self.activeCheck.setChecked(params.active)
        self.membersMinSpin.setValue(params.members_min)
        self.membersMaxSpin.setValue(params.members_max)
        self.grantEdit.setText(format_rupiah(params.grant_ceiling, cents=False))
        self.quotaSpin.setValue(params.group_quota or NONE)
        self.ageMinSpin.setValue(NONE if params.age_min is None else params.age_min)
        self.ageMaxSpin.setValue(NONE if params.age_max is None else params.age_max)
        reference = params.age_reference_date
        self.ageDateCheck.setChecked(reference is not None)
        self.ageDateEdit.setEnabled(reference is not None)
        self.ageDateEdit.setDate(QDate(reference or dt.date(params.year, 1, 1)))
        self.rolesEdit.setText(", ".join(params.required_roles))
        share = params.tools_share
        self.toolsSpin.setValue(NONE if share is None else float(share * 100))
        self.toleranceSpin.setValue(float(params.split_tolerance * 100))
        self.fundedCombo.setCurrentIndex(
            max(0, self.fundedCombo.findData(params.funded_before_severity))
        )
        self.sameKkCombo.setCurrentIndex(0 if params.same_kk_severity else 1)
        self.excludesCheck.setChecked(params.excludes_earlier_grant)
        self.exportEdit.setText(params.export_format)
        self.documentsEdit.setPlainText("\n".join(params.documents))
        self.show_problems([])
        self._loading = False

    def data(self) -> SchemeParams:
        """The parameters as typed; the service checks them (an unreadable amount too)."""
        assert self._base is not None, "load() first"
        try:
            grant: Any = parse_money(self.grantEdit.text())
        except MoneyParseError:
            grant = self.grantEdit.text()  # refused by the service, with the field's name
        tools = self.toolsSpin.value()
        return dataclasses.replace(
            self._base,
            code=self.codeEdit.text().strip(),
            name=self.nameEdit.text(),
            year=self.yearSpin.value(),
            active=self.activeCheck.isChecked(),
            members_min=self.membersMinSpin.value(),
            members_max=self.membersMaxSpin.value(),
            grant_ceiling=cast(Decimal, grant),
            group_quota=None if self.quotaSpin.value() == NONE else self.quotaSpin.value(),
            age_min=None if self.ageMinSpin.value() == NONE else self.ageMinSpin.value(),
            age_max=None if self.ageMaxSpin.value() == NONE else self.ageMaxSpin.value(),
            age_reference_date=(
                self.ageDateEdit.date().toPython() if self.ageDateCheck.isChecked() else None
            ),
            required_roles=tuple(r.strip() for r in self.rolesEdit.text().split(",") if r.strip()),
            tools_share=None if tools == NONE else _fraction(tools),
            split_tolerance=_fraction(self.toleranceSpin.value()),
            funded_before_severity=self.fundedCombo.currentData(),
            same_kk_severity=self.sameKkCombo.currentData(),
            excludes_earlier_grant=self.excludesCheck.isChecked(),
            export_format=self.exportEdit.text().strip(),
            documents=tuple(
                line.strip()
                for line in self.documentsEdit.toPlainText().splitlines()
                if line.strip()
            ),
        )


def _fraction(percent: float) -> Decimal:
    return (Decimal(str(round(percent, 2))) / 100).normalize()


class SchemesSection(ListSection):
    """The schemes table; Ubah/Tambah open the parameters in a dialog."""

    def __init__(
        self, db: Database, actor: Actor, lang: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, self.tr("Skema"), lang, parent)
        yes, no = self.tr("Ya"), self.tr("Tidak")
        self.model: RowTableModel[SchemeRow] = RowTableModel(
            [
                Column(self.tr("Kode"), lambda s: s.params.code),
                Column(self.tr("Nama"), lambda s: s.params.name),
                Column(self.tr("Tahun"), lambda s: str(s.params.year), numeric=True),
                Column(self.tr("Anggota"), _member_range),
                Column(
                    self.tr("Pagu Bantuan"),
                    lambda s: format_rupiah(s.params.grant_ceiling, cents=False),
                    sort_key=lambda s: s.params.grant_ceiling,
                    numeric=True,
                ),
                Column(
                    self.tr("Kuota"),
                    lambda s: "—" if s.params.group_quota is None else str(s.params.group_quota),
                    numeric=True,
                ),
                Column(self.tr("Dokumen"), lambda s: str(len(s.params.documents)), numeric=True),
                Column(self.tr("Kelompok"), lambda s: str(s.groups), numeric=True),
                Column(self.tr("Aktif"), lambda s: yes if s.params.active else no),
                Column(self.tr("Bawaan"), lambda s: yes if s.params.is_default else ""),
            ],
            self,
        )
        self.table = self.add_table(
            self.model, {0: 18, 1: 20, 2: 6, 3: 8, 4: 13, 5: 6, 6: 9, 7: 9, 8: 5}
        )
        self.editButton, self.addButton, self.defaultButton = self.add_buttons(
            (self.tr("&Ubah…"), self.edit),
            (self.tr("&Tambah (Salin dari yang Dipilih)…"), self.add),
            (self.tr("Jadikan &Bawaan"), self.make_default),
        )
        if not self.editable:  # still open the parameters to read them
            self.editButton.setEnabled(True)
            self.editButton.setText(self.tr("&Lihat…"))

    def reload(self) -> None:
        with self._db.reader() as session:
            self.show_rows(scheme_settings.list_scheme_settings(session))

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        form = SchemeForm()
        form.load(row.params)
        if not self.editable:
            form.setReadOnly(True)
            for widget in form.findChildren((QSpinBox, QDoubleSpinBox, QCheckBox, QDateEdit)):
                widget.setEnabled(False)
            form.documentsEdit.setReadOnly(True)

        self.edit_through_dialog(
            self.tr("Skema {code}").format(code=row.params.code),
            form,
            lambda: scheme_settings.update_scheme(self._db, self._actor, row.id, form.data()),
            self.tr("Skema {code} tersimpan.").format(code=row.params.code),
            row.id,
        )

    def add(self) -> None:
        template = self.current() or (self.model.rows[0] if self.model.rows else None)
        if template is None:
            return
        form = SchemeForm()
        start = dataclasses.replace(
            template.params, code="", year=template.params.year + 1, is_default=False, active=True
        )
        form.load(start, new=True)
        self.add_through_dialog(
            self.tr("Tambah Skema"),
            form,
            lambda: scheme_settings.add_scheme(self._db, self._actor, form.data()),
            self.tr("Skema ditambahkan."),
        )

    def make_default(self) -> None:
        row = self.current()
        if row is not None:
            self.attempt(
                lambda: scheme_settings.set_default_scheme(self._db, self._actor, row.id),
                self.tr("{code} kini skema bawaan.").format(code=row.params.code),
            )


def _member_range(row: SchemeRow) -> str:
    low, high = row.params.members_min, row.params.members_max
    return str(low) if low == high else f"{low}–{high}"
