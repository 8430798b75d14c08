"""Reusable settings forms: the office, its letterhead preview, a signatory, letter numbering.

Each form edits one services dataclass — ``load(data)`` fills it, ``data()`` returns
what the clerk typed, ``changed`` fires on every edit — and never touches the database,
so the *Pengaturan* screens and the first-run wizard embed the same widgets. Refusals
come from the services on save; ``show_problems(reasons)`` shows them under the form.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tkm_desktop.domain.errors import DomainError
from tkm_desktop.domain.letters import SIGNING_MODES
from tkm_desktop.domain.nik import format_nip
from tkm_desktop.gui.settings_fields import RegionCombo, password_problems
from tkm_desktop.gui.settings_preview import LetterheadPreview
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.settings import (
    NumberingSettings,
    OfficeSettings,
    letter_fonts,
    logo_problems,
    number_example,
)
from tkm_desktop.services.signatories import SIGNING_MODE_LABELS, SignatoryData, TeamMemberData

__all__ = [
    "FormBase",
    "LetterheadPreview",  # lives in settings_preview; offered here with the forms
    "NumberingForm",
    "OfficeForm",
    "RegionCombo",  # lives in settings_fields, like the password check
    "SignatoryForm",
    "TeamMemberForm",
    "choose_logo_file",
    "password_problems",
    "signing_mode_labels",
]

translate = QCoreApplication.translate
PROBLEM_STYLE = "color: #b00020;"
LOGO_PREVIEW = 48  # pixels: the logo is shown small beside its buttons


def choose_logo_file(parent: QWidget) -> Path | None:
    """The image the clerk picked for the logo, or None (tests replace this)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("OfficeForm", "Pilih Lambang Daerah"),
        "",
        translate("OfficeForm", "Gambar (*.png *.jpg *.jpeg)"),
    )
    return Path(name) if name else None


def problem_label(parent: QWidget) -> QLabel:
    """A hidden red label that shows a refusal's reasons, one per line."""
    label = QLabel(parent)
    label.setObjectName("problemsLabel")
    label.setStyleSheet(PROBLEM_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def show_reasons(label: QLabel, reasons: list[str] | tuple[str, ...]) -> None:
    label.setText("\n".join(f"• {r}" for r in reasons))
    label.setVisible(bool(reasons))


def signing_mode_labels() -> dict[str | None, str]:
    """How the screens name each signing mode."""
    return {
        None: translate("SignatoryForm", "Kepala dinas menandatangani sendiri"),
        "a.n.": translate("SignatoryForm", "a.n. (atas nama kepala dinas)"),
        "Plt.": translate("SignatoryForm", "Plt. (Pelaksana Tugas)"),
        "Plh.": translate("SignatoryForm", "Plh. (Pelaksana Harian)"),
    }


def grouped_nip(nip: str) -> str:
    """A stored NIP as the lists show it (8 6 1 3 digits); anything else as it is."""
    try:
        return format_nip(nip) if nip else ""
    except DomainError:
        return nip


def nip_typed(text: str) -> str:
    """The NIP field's text without the grouping spaces (the services check the rest)."""
    return "".join(text.split())


class FormBase(QWidget):
    """A form layout with a problems label beneath it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.form)
        self.problemsLabel = problem_label(self)
        outer.addWidget(self.problemsLabel)
        self._loading = False

    def show_problems(self, reasons: list[str] | tuple[str, ...]) -> None:
        """Show the services' reasons for refusing (an empty list hides them)."""
        show_reasons(self.problemsLabel, reasons)

    def problems(self) -> str:
        return self.problemsLabel.text() if self.problemsLabel.isVisibleTo(self) else ""

    def _line(self, label: str, name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        edit.textEdited.connect(self._edited)
        self.form.addRow(label, edit)
        return edit

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def setReadOnly(self, read_only: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit):
                child.setReadOnly(read_only)
            elif isinstance(child, (QComboBox, QPushButton, QRadioButton)):
                child.setEnabled(not read_only)


class OfficeForm(FormBase):
    """The office's identity and letterhead: names, address, contacts, logo, letter font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = OfficeSettings()
        self._logo: bytes | None = None
        self.governmentEdit = self._line(self.tr("Pemerintah &daerah:"), "governmentEdit", 200)
        self.governmentEdit.setPlaceholderText("PEMERINTAH KOTA BEKASI")
        self.officeEdit = self._line(self.tr("Nama &dinas:"), "officeEdit", 200)
        self.officeEdit.setPlaceholderText("DINAS KETENAGAKERJAAN")
        self.addressEdit = self._line(self.tr("&Alamat:"), "addressEdit", 300)
        self.phoneEdit = self._line(self.tr("&Telepon:"), "phoneEdit", 60)
        self.emailEdit = self._line(self.tr("&Pos-el:"), "emailEdit", 120)
        self.websiteEdit = self._line(self.tr("&Laman:"), "websiteEdit", 120)
        self.placeEdit = self._line(self.tr("Tempat &surat:"), "placeEdit", 80)
        self.placeEdit.setToolTip(self.tr("Nama tempat sebelum tanggal surat, mis. Bekasi."))
        self.form.addRow(self.tr("Lambang:"), self._logo_row())
        self.fontCombo = QComboBox(self)
        self.fontCombo.setObjectName("fontCombo")
        self.fontCombo.addItems(letter_fonts())
        self.fontCombo.currentIndexChanged.connect(self._edited)
        self.form.addRow(self.tr("&Huruf surat:"), self.fontCombo)

    def _logo_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.logoLabel = QLabel(row)
        self.logoLabel.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoLabel.setStyleSheet("border: 1px solid #bbb;")
        self.chooseLogoButton = QPushButton(self.tr("Pilih &Gambar…"), row)
        self.chooseLogoButton.clicked.connect(self._choose_logo)
        self.removeLogoButton = QPushButton(self.tr("&Hapus Lambang"), row)
        self.removeLogoButton.clicked.connect(self._remove_logo)
        layout.addWidget(self.logoLabel)
        layout.addWidget(self.chooseLogoButton)
        layout.addWidget(self.removeLogoButton)
        layout.addStretch(1)
        return row

    def load(self, data: OfficeSettings) -> None:
        self._loading = True
        self._base = data
        self.governmentEdit.setText(data.government_name)
        self.officeEdit.setText(data.office_name)
        self.addressEdit.setText(data.address)
        self.phoneEdit.setText(data.phone)
        self.emailEdit.setText(data.email)
        self.websiteEdit.setText(data.website)
        self.placeEdit.setText(data.place_name)
        if self.fontCombo.findText(data.letter_font) < 0:
            self.fontCombo.addItem(data.letter_font)  # kept as stored; the service says why not
        self.fontCombo.setCurrentText(data.letter_font)
        self._set_logo(data.logo)
        self.show_problems([])
        self._loading = False

    def data(self) -> OfficeSettings:
        """What the form shows; the region code travels unchanged from ``load``."""
        return dataclasses.replace(
            self._base,
            government_name=self.governmentEdit.text(),
            office_name=self.officeEdit.text(),
            address=self.addressEdit.text(),
            phone=self.phoneEdit.text(),
            email=self.emailEdit.text(),
            website=self.websiteEdit.text(),
            place_name=self.placeEdit.text(),
            logo=self._logo,
            letter_font=self.fontCombo.currentText(),
        )

    def _set_logo(self, logo: bytes | None) -> None:
        self._logo = logo or None
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(self._logo):
            self.logoLabel.setPixmap(
                pixmap.scaled(
                    QSize(LOGO_PREVIEW - 4, LOGO_PREVIEW - 4),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logoLabel.setPixmap(QPixmap())
            self.logoLabel.setText("—" if not self._logo else "?")
        self.removeLogoButton.setEnabled(
            self._logo is not None and self.chooseLogoButton.isEnabled()
        )

    def _choose_logo(self) -> None:
        path = choose_logo_file(self)
        if path is None:
            return
        try:
            logo = path.read_bytes()
        except OSError as exc:
            self.show_problems([self.tr("Berkas {name} tidak dapat dibaca: {error}").format(
                name=path.name, error=exc.strerror or exc)])  # fmt: skip
            return
        problems = logo_problems(logo)
        if problems:  # refused now: the preview and the save would only fail later
            self.show_problems([self.tr("Berkas {name} tidak dapat dipakai sebagai lambang.")
                                .format(name=path.name), *problems])  # fmt: skip
            return
        self.show_problems([])
        self._set_logo(logo)
        self.changed.emit()

    def _remove_logo(self) -> None:
        self._set_logo(None)
        self.changed.emit()


class SignatoryForm(FormBase):
    """One signatory: name, position, rank, NIP and how they sign."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: SignatoryData | None = None
        self.nameEdit = self._line(self.tr("&Nama:"), "nameEdit", 120)
        self.positionEdit = self._line(self.tr("&Jabatan:"), "positionEdit", 200)
        self.positionEdit.setPlaceholderText(self.tr("KEPALA DINAS KETENAGAKERJAAN KOTA BEKASI"))
        self.rankEdit = self._line(self.tr("&Pangkat/golongan:"), "rankEdit", 120)
        self.rankEdit.setPlaceholderText(self.tr("Pembina Utama Muda (IV/c)"))
        self.nipEdit = self._line(self.tr("N&IP:"), "nipEdit", 24)
        self.nipEdit.setPlaceholderText(self.tr("18 angka"))
        self.modeCombo = QComboBox(self)
        self.modeCombo.setObjectName("modeCombo")
        labels = signing_mode_labels()
        for mode in SIGNING_MODES:
            self.modeCombo.addItem(labels[mode], mode)
        self.modeCombo.currentIndexChanged.connect(self._edited)
        self.form.addRow(self.tr("&Cara tanda tangan:"), self.modeCombo)

    def load(self, data: SignatoryData | None) -> None:
        self._loading = True
        self._base = data
        data = data or SignatoryData(name="", position="")
        self.nameEdit.setText(data.name)
        self.positionEdit.setText(data.position)
        self.rankEdit.setText(data.rank)
        self.nipEdit.setText(grouped_nip(data.nip))
        index = self.modeCombo.findData(data.signing_mode)
        self.modeCombo.setCurrentIndex(max(0, index))
        self.show_problems([])
        self._loading = False

    def data(self) -> SignatoryData:
        fields = {
            "name": self.nameEdit.text(),
            "position": self.positionEdit.text(),
            "rank": self.rankEdit.text(),
            "nip": nip_typed(self.nipEdit.text()),
            "signing_mode": self.modeCombo.currentData(),
        }
        if self._base is None:
            return SignatoryData(**fields)
        # Keep what the form does not show (active; is_default/id of a SignatoryRow).
        return SignatoryData(**fields, active=self._base.active)


assert set(SIGNING_MODE_LABELS) == set(SIGNING_MODES)  # the form labels every mode


class TeamMemberForm(FormBase):
    """One member of the verification team: name, position, NIP."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._active = True
        self.nameEdit = self._line(self.tr("&Nama:"), "nameEdit", 120)
        self.positionEdit = self._line(self.tr("&Jabatan:"), "positionEdit", 200)
        self.nipEdit = self._line(self.tr("N&IP:"), "nipEdit", 24)
        self.nipEdit.setPlaceholderText(self.tr("18 angka, boleh kosong"))

    def load(self, data: TeamMemberData | None) -> None:
        self._loading = True
        data = data or TeamMemberData(name="")
        self._active = data.active
        self.nameEdit.setText(data.name)
        self.positionEdit.setText(data.position)
        self.nipEdit.setText(grouped_nip(data.nip))
        self.show_problems([])
        self._loading = False

    def data(self) -> TeamMemberData:
        return TeamMemberData(
            name=self.nameEdit.text(),
            position=self.positionEdit.text(),
            nip=nip_typed(self.nipEdit.text()),
            active=self._active,
        )


class NumberingForm(FormBase):
    """Where letter numbers come from, and their pattern with a live example."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._next_serial = 1  # without a register at hand, the year's first letter
        self.registerRadio = QRadioButton(self.tr("Nomor urut dari &register program"), self)
        self.manualRadio = QRadioButton(self.tr("Nomor diketik &manual dari buku agenda"), self)
        self._sources = QButtonGroup(self)
        self._sources.addButton(self.registerRadio)
        self._sources.addButton(self.manualRadio)
        self.registerRadio.setChecked(True)
        box = QVBoxLayout()
        box.addWidget(self.registerRadio)
        box.addWidget(self.manualRadio)
        self.form.addRow(self.tr("Sumber nomor:"), box)
        self.patternEdit = self._line(self.tr("&Pola nomor:"), "patternEdit", 120)
        self.patternEdit.textChanged.connect(self._update_example)
        self.exampleLabel = QLabel(self)
        self.exampleLabel.setObjectName("exampleLabel")
        self.exampleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exampleLabel.setToolTip(
            self.tr("Nomor yang akan diberikan register untuk surat berikutnya tahun ini.")
        )
        self.form.addRow(self.tr("Contoh nomor berikutnya:"), self.exampleLabel)
        hint = QLabel(
            self.tr(
                "Isian pola: {urut} nomor urut, {tahun} tahun, {bulan} bulan (angka), "
                "{bulan_romawi} bulan (angka Romawi)."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.layout().insertWidget(1, hint)
        self._sources.buttonToggled.connect(self._edited)

    def load(self, data: NumberingSettings, next_serial: int = 1) -> None:
        """Show ``data``; the example uses ``next_serial``, the register's next number."""
        self._loading = True
        self._next_serial = next_serial
        self.patternEdit.setText(data.pattern)
        (self.manualRadio if data.source == "manual" else self.registerRadio).setChecked(True)
        self.show_problems([])
        self._update_example()
        self._loading = False

    def data(self) -> NumberingSettings:
        source = "manual" if self.manualRadio.isChecked() else "register"
        return NumberingSettings(pattern=self.patternEdit.text(), source=source)

    def _update_example(self) -> None:
        try:
            text = number_example(self.patternEdit.text(), serial=self._next_serial)
        except InputRefused as refused:
            self.exampleLabel.setStyleSheet(PROBLEM_STYLE)
            self.exampleLabel.setText(" ".join(refused.reasons))
            return
        self.exampleLabel.setStyleSheet("font-weight: bold;")
        self.exampleLabel.setText(text)
