"""*Kantor & Kop Surat* (identity, region, letterhead with its live preview, idle lock)
and *Penomoran Surat* (where letter numbers come from, and their pattern)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tkm_desktop.gui.settings_forms import (
    LetterheadPreview,
    NumberingForm,
    OfficeForm,
    RegionCombo,
)
from tkm_desktop.gui.settings_section import Section, buddy, centre_note
from tkm_desktop.services import settings
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.settings import OfficeSettings
from tkm_desktop.store.db import Database


class OfficeSection(Section):
    """The office form above the letterhead as it will print; Simpan stores both settings.

    ``saved(idle_minutes)`` tells the window to re-read the office (status bar, idle lock).
    """

    saved = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, lang: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, self.tr("Kantor & Kop Surat"), lang, parent)
        left = self.body
        region_row = QHBoxLayout()
        self.regionCombo = RegionCombo(self)
        self.regionCombo.currentIndexChanged.connect(self._edited)
        self.suggestButton = QPushButton(self.tr("Isi Kop dari &Wilayah"), self)
        self.suggestButton.setToolTip(
            self.tr("Mengisi nama pemerintah daerah, nama dinas dan tempat surat dari wilayah.")
        )
        self.suggestButton.clicked.connect(self.suggest_from_region)
        region_row.addWidget(self.regionCombo, 1)
        region_row.addWidget(self.suggestButton)
        self.form = OfficeForm(self)
        region_label = buddy(self, self.tr("Wilayah &kerja:"), self.regionCombo)
        self.form.form.insertRow(0, region_label, region_row)
        self.form.changed.connect(self._edited)
        left.addWidget(self.form)
        self.idleSpin = QSpinBox(self)
        self.idleSpin.setObjectName("idleSpin")
        self.idleSpin.setRange(0, settings.IDLE_LOCK_MAX)
        self.idleSpin.setSuffix(self.tr(" menit"))
        self.idleSpin.setSpecialValueText(self.tr("tidak pernah"))
        self.idleSpin.setToolTip(
            self.tr("Jendela terkunci bila tidak ada kegiatan selama ini, di setiap komputer.")
        )
        self.idleSpin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form.form.addRow(self.tr("Kunci &otomatis:"), self.idleSpin)
        right_box = QGroupBox(self.tr("Pratinjau kop surat"), self)
        right = QVBoxLayout(right_box)
        self.preview = LetterheadPreview(right_box)
        right.addWidget(self.preview)
        right.addWidget(centre_note(right_box, self.tr(
            "Digambar oleh kode yang sama dengan surat; berubah saat Anda mengetik.")))  # fmt: skip
        right_box.setMaximumWidth(980)
        left.addWidget(right_box)
        left.addStretch(1)
        self.saveButton = QPushButton(self.tr("&Simpan"), self)
        self.saveButton.setDefault(True)
        self.saveButton.clicked.connect(self.save)
        self.revertButton = QPushButton(self.tr("&Batalkan Perubahan"), self)
        self.revertButton.clicked.connect(self.reload)
        self.footer.addWidget(self.revertButton)
        self.footer.addWidget(self.saveButton)
        self.form.setReadOnly(not self.editable)
        self.lock(
            [
                self.regionCombo,
                self.suggestButton,
                self.idleSpin,
                self.saveButton,
                self.revertButton,
            ]
        )

    def office_data(self) -> OfficeSettings:
        """The form's settings with the chosen region."""
        return dataclasses.replace(self.form.data(), region_code=self.regionCombo.code() or "")

    def _edited(self, *_args: object) -> None:
        self.statusLabel.clear()
        self.preview.show_office(self.office_data())

    def reload(self) -> None:
        with self._db.reader() as session:
            office = settings.get_office(session)
            minutes = settings.get_idle_lock_minutes(session)
        self.form.load(office)
        self.regionCombo.select(office.region_code)
        self.idleSpin.setValue(minutes)
        self.show_problems([])
        self.preview.show_office(self.office_data())

    def suggest_from_region(self) -> None:
        """Letterhead names from the chosen kab/kota, for the clerk to correct."""
        code = self.regionCombo.code()
        if not code:
            self.show_problems([self.tr("Pilih wilayah kerja (kabupaten/kota) dahulu.")])
            return
        suggested = settings.office_defaults_for_region(code, self.office_data())
        self.form.load(suggested)
        self._edited()

    def save(self) -> bool:
        problem = self.regionCombo.problem()
        if problem is not None:  # else a half-typed name would clear the stored region
            self.form.show_problems([problem])
            self.statusLabel.clear()
            return False
        data = self.office_data()
        minutes = self.idleSpin.value()
        try:  # one transaction: the letterhead and the idle lock are stored together or not
            settings.save_office(self._db, self._actor, data, idle_lock_minutes=minutes)
        except InputRefused as refused:
            self.form.show_problems(refused.reasons)
            self.statusLabel.clear()
            return False
        self.reload()
        self.done(self.tr("Pengaturan kantor tersimpan."))
        self.saved.emit(minutes)
        return True


class NumberingSection(Section):
    """The numbering form and Simpan."""

    def __init__(
        self, db: Database, actor: Actor, lang: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, self.tr("Penomoran Surat"), lang, parent)
        self.body.addWidget(centre_note(self, self.tr(
            "Nomor surat rekomendasi dibuat dari pola ini. Bila kantor memakai buku agenda, "
            "pilih nomor diketik manual: nomor diminta saat surat diterbitkan."
        )))  # fmt: skip
        self.form = NumberingForm(self)
        self.form.changed.connect(self.statusLabel.clear)
        self.body.addWidget(self.form)
        self.body.addStretch(1)
        self.saveButton = QPushButton(self.tr("&Simpan"), self)
        self.saveButton.clicked.connect(self.save)
        self.footer.addWidget(self.saveButton)
        self.form.setReadOnly(not self.editable)
        self.lock([self.saveButton])

    def reload(self) -> None:
        with self._db.reader() as session:
            numbering = settings.get_numbering(session)
            serial = settings.next_letter_serial(session)
        self.form.load(numbering, next_serial=serial)

    def save(self) -> bool:
        try:
            settings.save_numbering(self._db, self._actor, self.form.data())
        except InputRefused as refused:
            self.form.show_problems(refused.reasons)
            self.statusLabel.clear()
            return False
        self.reload()
        self.done(self.tr("Penomoran surat tersimpan."))
        return True
