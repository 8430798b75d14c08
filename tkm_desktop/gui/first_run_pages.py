"""The first-run wizard's pages: each step shows what is stored and saves on *Lanjut*.

Every step page saves through its ``services.first_run`` function in ``validatePage``;
a refusal is shown on the page and the page stays. The pages read the database when
they are entered, so a resumed wizard shows what an earlier run already saved. The
settings forms are the ones *Pengaturan* uses (``gui.settings_forms``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from tkm_desktop.domain.money import format_rupiah
from tkm_desktop.gui.settings_forms import (
    LetterheadPreview,
    NumberingForm,
    OfficeForm,
    RegionCombo,
    SignatoryForm,
    password_problems,
    problem_label,
    show_reasons,
)
from tkm_desktop.services import first_run, scheme_settings, settings
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.signatories import SignatoryData
from tkm_desktop.services.users import MIN_PASSWORD_LENGTH

if TYPE_CHECKING:
    from tkm_desktop.gui.first_run_wizard import FirstRunWizard


class StepPage(QWizardPage):
    """A wizard page with a problems label; ``save`` runs a service and shows refusals."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.body = QVBoxLayout(self)
        self.problemsLabel = problem_label(self)

    def wizard_(self) -> FirstRunWizard:
        return self.wizard()  # type: ignore[return-value]

    def finish_layout(self) -> None:
        """The problems label last, under the page's own widgets."""
        self.body.addWidget(self.problemsLabel)
        self.body.addStretch(1)

    def show_problems(self, reasons: list[str]) -> None:
        show_reasons(self.problemsLabel, reasons)

    def problems(self) -> str:
        return self.problemsLabel.text() if self.problemsLabel.isVisibleTo(self) else ""

    def save(
        self, step: Callable[[], object], show: Callable[[list[str]], None] | None = None
    ) -> bool:
        """Run ``step``; on a refusal show its reasons (on the page or a form) and stay."""
        show = show or self.show_problems
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            step()
        except InputRefused as refused:
            show(refused.reasons)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        show([])
        return True


def note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class AdminPage(StepPage):
    """The first admin account (only on a database without users)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Admin Pertama"),
            self.tr("Admin mengatur kantor dan menambahkan pengguna lain."),
            parent,
        )
        self.skipLabel = note(
            self.tr(
                "Akun admin tetap diperlukan. Langkah lainnya dapat diisi nanti di Pengaturan."
            ),
            self,
        )
        self.skipLabel.setVisible(False)
        self.body.addWidget(self.skipLabel)
        form = QFormLayout()
        self.usernameEdit = QLineEdit(self)
        self.usernameEdit.setObjectName("usernameEdit")
        self.usernameEdit.setMaxLength(64)
        self.displayNameEdit = QLineEdit(self)
        self.displayNameEdit.setObjectName("displayNameEdit")
        self.displayNameEdit.setMaxLength(120)
        self.passwordEdit = QLineEdit(self)
        self.passwordEdit.setObjectName("passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeatEdit = QLineEdit(self)
        self.repeatEdit.setObjectName("repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Nama pengguna:"), self.usernameEdit)
        form.addRow(self.tr("Nama &lengkap:"), self.displayNameEdit)
        form.addRow(self.tr("&Kata sandi:"), self.passwordEdit)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.repeatEdit)
        self.body.addLayout(form)
        self.body.addWidget(
            note(
                self.tr(
                    "Kata sandi paling sedikit {n} karakter, tidak memuat nama pengguna, "
                    "tidak hanya berupa angka, dan bukan kata sandi yang umum."
                ).format(n=MIN_PASSWORD_LENGTH),
                self,
            )
        )
        self.finish_layout()

    def initializePage(self) -> None:
        wizard = self.wizard_()
        self.skipLabel.setVisible(wizard.skipping)
        made = wizard.actor is not None
        for edit in (self.usernameEdit, self.displayNameEdit, self.passwordEdit, self.repeatEdit):
            edit.setEnabled(not made)
        if made:
            self.usernameEdit.setText(wizard.actor.username)  # type: ignore[union-attr]
        else:
            self.usernameEdit.setFocus()

    def _problems(self) -> list[str]:
        name = [] if self.usernameEdit.text().strip() else [self.tr("Isi nama pengguna.")]
        return name + password_problems(
            self.passwordEdit.text(),
            self.repeatEdit.text(),
            self.usernameEdit.text(),
            self.wizard_().lang,
        )

    def validatePage(self) -> bool:
        wizard = self.wizard_()
        if wizard.actor is not None:  # made earlier in this run: Back, then Lanjut again
            return True
        problems = self._problems()
        if problems:
            self.show_problems(problems)
            return False

        def create() -> None:
            wizard.admin_created(
                first_run.create_admin(
                    wizard.db,
                    self.usernameEdit.text().strip(),
                    self.passwordEdit.text(),
                    self.displayNameEdit.text().strip(),
                )
            )

        if not self.save(create):
            self.passwordEdit.clear()
            self.repeatEdit.clear()
            return False
        self.passwordEdit.clear()
        self.repeatEdit.clear()
        return True

    def nextId(self) -> int:
        return self.wizard_().after_admin_id() if self.wizard() else super().nextId()


class RegionPage(StepPage):
    """The office's kab/kota from the region list, searchable by any part of its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Wilayah Kantor"),
            self.tr("Kabupaten/kota kantor Anda; kop surat akan diisikan dari pilihan ini."),
            parent,
        )
        self.regionCombo = RegionCombo(self)
        form = QFormLayout()
        form.addRow(self.tr("&Kabupaten/kota:"), self.regionCombo)
        self.body.addLayout(form)
        self.body.addWidget(
            note(
                self.tr(
                    "Ketik sebagian nama, mis. \u201cbekasi\u201d, lalu pilih dari daftar. "
                    "Nama pemerintah daerah dan tempat surat diusulkan dari wilayah ini; "
                    "Anda dapat memperbaikinya pada langkah berikutnya."
                ),
                self,
            )
        )
        self.finish_layout()

    def initializePage(self) -> None:
        with self.wizard_().db.reader() as session:
            code = settings.get_office(session).region_code
        self.regionCombo.list_regions()
        self.regionCombo.select(code)

    def validatePage(self) -> bool:
        problem = self.regionCombo.problem(required=True)
        if problem is not None:
            self.show_problems([problem])
            return False
        code = self.regionCombo.code()
        wizard = self.wizard_()
        return self.save(lambda: first_run.save_region(wizard.db, wizard.actor, code))


class LetterheadPage(StepPage):
    """Identity, address, contacts and logo, with the letterhead drawn as letters print it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Kop Surat"),
            self.tr("Periksa dan lengkapi kop surat; alamat wajib diisi."),
            parent,
        )
        self.officeForm = OfficeForm(self)
        self.preview = LetterheadPreview(self)
        self.officeForm.changed.connect(self._redraw)
        self.body.addWidget(self.officeForm)
        self.body.addWidget(self.preview)
        self.finish_layout()

    def initializePage(self) -> None:
        with self.wizard_().db.reader() as session:
            self.officeForm.load(first_run.suggested_letterhead(session))
        self._redraw()

    def _redraw(self) -> None:
        self.preview.show_office(self.officeForm.data())

    def validatePage(self) -> bool:
        wizard = self.wizard_()
        data = self.officeForm.data()
        return self.save(
            lambda: first_run.save_letterhead(wizard.db, wizard.actor, data),
            self.officeForm.show_problems,
        )


class SignatoryPage(StepPage):
    """The head of office as the first (default) signatory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Kepala Dinas"),
            self.tr("Kepala dinas menandatangani surat rekomendasi. Penanda tangan lain "
                    "(a.n., Plt., Plh.) dapat ditambahkan nanti di Pengaturan."),
            parent,
        )  # fmt: skip
        self.signatoryForm = SignatoryForm(self)
        self.body.addWidget(self.signatoryForm)
        self.finish_layout()

    def initializePage(self) -> None:
        with self.wizard_().db.reader() as session:
            head = first_run.head_signatory(session)
            office = settings.get_office(session)
        if head is None:
            region = first_run.region_label(office.region_code).upper()
            position = " ".join(f"KEPALA {office.office_name} {region}".split())
            head = SignatoryData(name="", position=position if office.office_name else "")
        self.signatoryForm.load(head)

    def validatePage(self) -> bool:
        wizard = self.wizard_()
        data = self.signatoryForm.data()
        return self.save(
            lambda: first_run.save_head_signatory(wizard.db, wizard.actor, data),
            self.signatoryForm.show_problems,
        )


class NumberingPage(StepPage):
    """Where letter numbers come from, and their pattern."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Penomoran Surat"),
            self.tr("Nomor surat rekomendasi: dari register program atau diketik dari buku "
                    "agenda. Pola bawaan dapat langsung dipakai."),
            parent,
        )  # fmt: skip
        self.numberingForm = NumberingForm(self)
        self.body.addWidget(self.numberingForm)
        self.finish_layout()

    def initializePage(self) -> None:
        with self.wizard_().db.reader() as session:
            numbering = settings.get_numbering(session)
            serial = settings.next_letter_serial(session)
        self.numberingForm.load(numbering, next_serial=serial)

    def validatePage(self) -> bool:
        wizard = self.wizard_()
        data = self.numberingForm.data()
        return self.save(
            lambda: first_run.save_numbering(wizard.db, wizard.actor, data),
            self.numberingForm.show_problems,
        )


class SchemePage(StepPage):
    """The scheme new proposals get when none is named."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Skema Bawaan"),
            self.tr("Skema yang dipakai untuk usulan baru bila tidak disebutkan lain."),
            parent,
        )
        self.schemeCombo = QComboBox(self)
        self.schemeCombo.setObjectName("schemeCombo")
        self.schemeCombo.currentIndexChanged.connect(self._describe)
        form = QFormLayout()
        form.addRow(self.tr("&Skema:"), self.schemeCombo)
        self.body.addLayout(form)
        self.detailsLabel = note("", self)
        self.detailsLabel.setObjectName("detailsLabel")
        self.body.addWidget(self.detailsLabel)
        self.body.addWidget(
            note(
                self.tr(
                    "Batas anggota, pagu bantuan, daftar dokumen dan kuota setiap skema "
                    "diatur di Pengaturan › Skema."
                ),
                self,
            )
        )
        self.finish_layout()
        self._rows: list[scheme_settings.SchemeRow] = []

    def initializePage(self) -> None:
        with self.wizard_().db.reader() as session:
            self._rows = [
                r for r in scheme_settings.list_scheme_settings(session) if r.params.active
            ]
        self.schemeCombo.clear()
        for row in self._rows:
            self.schemeCombo.addItem(f"{row.params.name} ({row.params.code})", row.id)
        default = next((i for i, r in enumerate(self._rows) if r.params.is_default), 0)
        self.schemeCombo.setCurrentIndex(default if self._rows else -1)
        self._describe()

    def _describe(self) -> None:
        index = self.schemeCombo.currentIndex()
        if not 0 <= index < len(self._rows):
            self.detailsLabel.setText(self.tr("Belum ada skema yang menerima usulan."))
            return
        params = self._rows[index].params
        members = (
            str(params.members_min)
            if params.members_min == params.members_max
            else f"{params.members_min}–{params.members_max}"
        )
        self.detailsLabel.setText(
            self.tr("Tahun {year}; {members} anggota per kelompok; pagu bantuan {ceiling}.").format(
                year=params.year,
                members=members,
                ceiling=format_rupiah(params.grant_ceiling, cents=False),
            )
        )

    def validatePage(self) -> bool:
        scheme_id = self.schemeCombo.currentData()
        if scheme_id is None:
            self.show_problems([self.tr("Pilih skema bawaan.")])
            return False
        wizard = self.wizard_()
        return self.save(lambda: first_run.save_default_scheme(wizard.db, wizard.actor, scheme_id))
