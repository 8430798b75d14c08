"""The first-run wizard: from an empty database to an office that can issue its first letter.

Opened by the window's start (``gui.app.run_window``): instead of the first-admin
dialog on a database without users, and — offered to an admin after sign-in — while
``first_run_state`` says the office is not set up. It is skippable (*Lewati*) and
resumable: it starts at the first step not done. Each step saves on *Lanjut*.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget, QWizard, QWizardPage

from tkm_desktop.gui import editor_prompts
from tkm_desktop.gui.first_run_pages import (
    AdminPage,
    LetterheadPage,
    NumberingPage,
    RegionPage,
    SchemePage,
    SignatoryPage,
    StepPage,
    note,
)
from tkm_desktop.services import first_run, permissions, scheme_settings, settings
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

PAGE_WELCOME, PAGE_ADMIN, PAGE_REGION, PAGE_LETTERHEAD = 0, 1, 2, 3
PAGE_SIGNATORY, PAGE_NUMBERING, PAGE_SCHEME, PAGE_FINISH = 4, 5, 6, 7
STEP_PAGES = {
    "admin": PAGE_ADMIN,
    "region": PAGE_REGION,
    "letterhead": PAGE_LETTERHEAD,
    "signatory": PAGE_SIGNATORY,
    "numbering": PAGE_NUMBERING,
    "default_scheme": PAGE_SCHEME,
}
SKIP_BUTTON = QWizard.WizardButton.CustomButton1
SIZE = (880, 640)  # fits a 1366×768 laptop with the taskbar and title bar


def step_titles() -> dict[str, str]:
    """The wizard's steps as the clerk reads them (the services' keys → Indonesian)."""
    return {
        "admin": translate("FirstRunWizard", "Admin pertama"),
        "region": translate("FirstRunWizard", "Wilayah kantor"),
        "letterhead": translate("FirstRunWizard", "Kop surat"),
        "signatory": translate("FirstRunWizard", "Kepala dinas (penanda tangan)"),
        "numbering": translate("FirstRunWizard", "Penomoran surat"),
        "default_scheme": translate("FirstRunWizard", "Skema bawaan"),
    }


class WelcomePage(QWizardPage):
    """What the wizard will ask, and that it can be skipped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Selamat datang di TKM Desktop"))
        self.setSubTitle(self.tr("Pengaturan awal kantor, sekitar lima menit."))
        layout = QVBoxLayout(self)
        self.introLabel = note(
            self.tr(
                "Sebelum surat pertama dapat diterbitkan, program perlu mengenal kantor Anda. "
                "Langkah berikut akan ditanyakan:"
            ),
            self,
        )
        layout.addWidget(self.introLabel)
        steps = [
            self.tr("Akun admin pertama (bila belum ada)"),
            self.tr("Kabupaten/kota kantor"),
            self.tr("Kop surat: nama dinas, alamat, kontak dan lambang"),
            self.tr("Kepala dinas sebagai penanda tangan surat"),
            self.tr("Sumber dan pola nomor surat"),
            self.tr("Skema bawaan untuk usulan baru"),
        ]
        self.stepsLabel = note("<ul>" + "".join(f"<li>{s}</li>" for s in steps) + "</ul>", self)
        self.stepsLabel.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.stepsLabel)
        layout.addWidget(
            note(
                self.tr(
                    "Setiap langkah disimpan saat Anda menekan Lanjut, dan semuanya dapat "
                    "diubah nanti di menu Pengaturan. Tekan Lewati untuk mengisinya nanti."
                ),
                self,
            )
        )
        layout.addStretch(1)


class FinishPage(QWizardPage):
    """What was set up, what is left, and where to change it later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Selesai"))
        layout = QVBoxLayout(self)
        self.summaryLabel = note("", self)
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summaryLabel)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        self.setSubTitle(
            self.tr("Pengaturan awal dilewati.")
            if wizard.skipping
            else self.tr("Pengaturan awal kantor tersimpan.")
        )
        self.summaryLabel.setText(wizard.summary_html())


class FirstRunWizard(QWizard):
    """The wizard; ``actor`` is the admin it acts as (None until the admin page made one)."""

    def __init__(
        self,
        db: Database,
        actor: Actor | None,
        parent: QWidget | None = None,
        *,
        lang: str = "id",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.lang = lang
        self.skipping = False  # Lewati pressed: only the admin (if missing), then the end
        self.setWindowTitle(self.tr("Pengaturan Awal — TKM Desktop"))
        self.setOptions(
            QWizard.WizardOption.NoBackButtonOnStartPage
            | QWizard.WizardOption.NoBackButtonOnLastPage
            | QWizard.WizardOption.NoCancelButtonOnLastPage
            | QWizard.WizardOption.HaveCustomButton1
        )
        self.setButtonText(SKIP_BUTTON, self.tr("&Lewati"))
        self.button(SKIP_BUTTON).setToolTip(
            self.tr("Isi pengaturan kantor nanti di Pengaturan; wizard tidak dibuka lagi.")
        )
        self.setButtonLayout(
            [
                SKIP_BUTTON,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )
        for page_id, page in (
            (PAGE_WELCOME, WelcomePage(self)),
            (PAGE_ADMIN, AdminPage(self)),
            (PAGE_REGION, RegionPage(self)),
            (PAGE_LETTERHEAD, LetterheadPage(self)),
            (PAGE_SIGNATORY, SignatoryPage(self)),
            (PAGE_NUMBERING, NumberingPage(self)),
            (PAGE_SCHEME, SchemePage(self)),
            (PAGE_FINISH, FinishPage(self)),
        ):
            self.setPage(page_id, page)
        self.setStartId(self.resume_id())
        self.button(SKIP_BUTTON).clicked.connect(self.skip)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(*SIZE)

    def state(self) -> first_run.FirstRunState:
        with self.db.reader() as session:
            return first_run.first_run_state(session)

    def resume_id(self) -> int:
        """Welcome on a new database; otherwise the first step not done (the end when none)."""
        if self.actor is None:
            return PAGE_WELCOME
        pending = [step for step in self.state().pending if step != "admin"]
        return STEP_PAGES[pending[0]] if pending else PAGE_FINISH

    def after_admin_id(self) -> int:
        return PAGE_FINISH if self.skipping else PAGE_REGION

    def admin_created(self, actor: Actor) -> None:
        """The admin page made the first account: the wizard acts as it from now on."""
        self.actor = actor
        log.info("first admin created by the first-run wizard")
        if self.skipping:
            first_run.skip_first_run(self.db, actor)

    def _page_changed(self, page_id: int) -> None:
        self.button(SKIP_BUTTON).setVisible(page_id != PAGE_FINISH and not self.skipping)

    def skip(self) -> None:
        """*Lewati*: without an admin, make one first; then straight to the end."""
        self.skipping = True
        if self.actor is None:
            if self.currentId() == PAGE_ADMIN:
                self.currentPage().initializePage()  # shows why the admin is still asked
            else:
                self.next()
            self._page_changed(self.currentId())
            return
        try:
            first_run.skip_first_run(self.db, self.actor)
        except InputRefused as refused:
            self.skipping = False
            page = self.currentPage()
            if isinstance(page, StepPage):
                page.show_problems(refused.reasons)
            return
        log.info("first-run wizard skipped")
        self.setStartId(PAGE_FINISH)
        self.restart()

    def summary_html(self) -> str:
        """The end page: what is set up now, what is left, and where to change it."""
        with self.db.reader() as session:
            state = first_run.first_run_state(session)
            office = settings.get_office(session)
            head = first_run.head_signatory(session)
            numbering = settings.get_numbering(session)
            schemes = [
                r for r in scheme_settings.list_scheme_settings(session) if r.params.is_default
            ]
        titles = step_titles()
        rows: list[tuple[str, str]] = []
        if state.region:
            rows.append((titles["region"], first_run.region_label(office.region_code)))
        if state.letterhead:
            rows.append((titles["letterhead"], f"{office.government_name} — {office.office_name}"))
        if state.signatory and head is not None:
            rows.append((titles["signatory"], head.name))
        if state.numbering:
            try:
                example = settings.number_example(numbering.pattern)
            except InputRefused:
                example = numbering.pattern
            rows.append((titles["numbering"], self.tr("mis. {number}").format(number=example)))
        if state.default_scheme and schemes:
            rows.append((titles["default_scheme"], schemes[0].params.name))
        parts = []
        if rows:
            table = "".join(
                f"<tr><td><b>{html.escape(t)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
                for t, v in rows
            )
            parts.append(f"<table cellpadding='3'>{table}</table>")
        if state.pending:
            left = ", ".join(titles[step] for step in state.pending)
            parts.append("<p>" + html.escape(self.tr("Belum diisi: {steps}.").format(steps=left)))
        parts.append(
            "<p>"
            + html.escape(
                self.tr(
                    "Setiap langkah dapat diubah kapan saja di menu Pengaturan: Kantor & Kop "
                    "Surat, Penanda Tangan, Penomoran Surat dan Skema."
                )
            )
        )
        return "".join(parts)


def run_first_run(
    parent: QWidget | None, db: Database, actor: Actor | None, *, lang: str
) -> Actor | None:
    """Show the wizard until it closes; the admin it acted as (None: no admin was made)."""
    wizard = FirstRunWizard(db, actor, parent, lang=lang)
    log.info("first-run wizard opened (language %s)", lang)
    wizard.exec()
    wizard.deleteLater()
    return wizard.actor


# --- after sign-in: the office is not set up yet --------------------------------------


def ask_resume_setup(parent: QWidget | None, pending: list[str]) -> bool:
    """An admin is asked whether to continue the setup now (tests replace this)."""
    return editor_prompts.choose(
        parent,
        translate("FirstRunWizard", "Pengaturan Awal"),
        translate("FirstRunWizard", "Pengaturan awal kantor belum selesai."),
        translate("FirstRunWizard", "Lanjutkan Pengaturan"),
        translate("FirstRunWizard", "Nanti"),
        informative=translate("FirstRunWizard", "Belum diisi: {steps}. Lanjutkan sekarang?").format(
            steps=", ".join(pending)
        ),
    )


def tell_admin_needed(parent: QWidget | None, pending: list[str]) -> None:
    """A user who is not an admin learns an admin must finish the setup (tests replace this)."""
    QMessageBox.information(
        parent,
        translate("FirstRunWizard", "Pengaturan Awal"),
        translate(
            "FirstRunWizard",
            "Pengaturan awal kantor belum selesai (belum diisi: {steps}). Surat belum dapat "
            "diterbitkan sampai admin menyelesaikannya di Pengaturan.",
        ).format(steps=", ".join(pending)),
    )


def offer_setup(
    parent: QWidget | None,
    db: Database,
    actor: Actor,
    state: first_run.FirstRunState,
    *,
    lang: str,
) -> None:
    """After sign-in, with the office not set up: resume the wizard (admins) or say an
    admin must (others)."""
    titles = step_titles()
    pending = [titles[step] for step in state.pending]
    if permissions.can(actor, permissions.MANAGE_SETTINGS):
        if ask_resume_setup(parent, pending):
            run_first_run(parent, db, actor, lang=lang)
    else:
        tell_admin_needed(parent, pending)
