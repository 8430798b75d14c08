"""The first-run wizard: from an empty data folder to an issued letter; skip, resume, refusals."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from tkm_desktop.gui import first_run_wizard as fw
from tkm_desktop.gui.first_run_pages import (
    AdminPage,
    LetterheadPage,
    NumberingPage,
    RegionPage,
    SchemePage,
    SignatoryPage,
)
from tkm_desktop.gui.first_run_wizard import FirstRunWizard
from tkm_desktop.gui.i18n import install_translators
from tkm_desktop.services import first_run, settings, users
from tkm_desktop.services import workflow as wf
from tkm_desktop.services.bootstrap import default_scheme
from tkm_desktop.services.context import Actor
from tkm_desktop.services.letters import issue_letter
from tkm_desktop.services.signatories import SignatoryData
from tkm_desktop.services.synthetic import generate
from tkm_desktop.services.synthetic_rows import group_row
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import GroupDocument

HEAD = "Drs. H. Ika Indah Yarti, M.Si."
ADDRESS = "Jl. Ir. H. Juanda No. 100, Bekasi"
PATTERN = "400.10/{urut}/Disnaker/{tahun}"


def open_wizard(qtbot: QtBot, db: Database, actor: Actor | None = None) -> FirstRunWizard:
    """The wizard at its start page, as ``exec`` would show it (without a platform window)."""
    wizard = FirstRunWizard(db, actor)
    qtbot.addWidget(wizard)
    wizard.restart()
    return wizard


def state(db: Database) -> first_run.FirstRunState:
    with db.reader() as session:
        return first_run.first_run_state(session)


def fill_admin(wizard: FirstRunWizard, repeat: str = "rahasia-123", name: str = "kepala") -> None:
    page = wizard.currentPage()
    assert isinstance(page, AdminPage)
    page.usernameEdit.setText(name)
    page.displayNameEdit.setText("Kepala Seksi")
    page.passwordEdit.setText("rahasia-123")
    page.repeatEdit.setText(repeat)
    wizard.next()


def pick_region(wizard: FirstRunWizard, code: str = "32.75") -> None:
    page = wizard.currentPage()
    assert isinstance(page, RegionPage)
    page.regionCombo.setCurrentIndex(page.regionCombo.findData(code))
    wizard.next()


def walk_to_the_end(wizard: FirstRunWizard) -> None:
    """Every page from the welcome on, as a clerk fills them; Lanjut on each."""
    assert wizard.currentId() == fw.PAGE_WELCOME
    wizard.next()
    fill_admin(wizard)
    pick_region(wizard)
    letterhead = wizard.currentPage()
    assert isinstance(letterhead, LetterheadPage)
    assert letterhead.officeForm.governmentEdit.text() == "PEMERINTAH KOTA BEKASI"  # suggested
    letterhead.officeForm.addressEdit.setText(ADDRESS)
    letterhead.officeForm.phoneEdit.setText("(021) 8841234")
    wizard.next()
    signatory = wizard.currentPage()
    assert isinstance(signatory, SignatoryPage)
    form = signatory.signatoryForm
    assert form.positionEdit.text() == "KEPALA DINAS KETENAGAKERJAAN KOTA BEKASI"
    form.nameEdit.setText(HEAD)
    form.rankEdit.setText("Pembina Utama Muda (IV/c)")
    form.nipEdit.setText("196804111993031009")
    wizard.next()
    numbering = wizard.currentPage()
    assert isinstance(numbering, NumberingPage)
    numbering.numberingForm.patternEdit.setText(PATTERN)
    wizard.next()
    scheme = wizard.currentPage()
    assert isinstance(scheme, SchemePage)
    assert scheme.schemeCombo.currentText() == "TKM Pemula 2023 (TKM-PEMULA-2023)"
    wizard.next()
    assert wizard.currentId() == fw.PAGE_FINISH


def recommended_group(db: Database, admin: Actor) -> tuple[int, Actor]:
    """A proposal of the default scheme, verified and recommended through the workflow."""
    with db.session() as session:
        scheme = default_scheme(session)
        data = generate(5, groups=1, members_per_group=scheme.members_max,
                        scheme_code=scheme.code, today=dt.date.today())  # fmt: skip
        group = group_row(scheme.id, data.groups[0], "diusulkan")
        group.documents = [GroupDocument(doc_type=d, received=True) for d in scheme.documents]
        session.add(group)
        verifier = users.create_user(session, admin, "vera", "verifikator", None)
        official = users.create_user(session, admin, "peni", "pejabat", None)
        session.flush()
        group_id = group.id
        verifier_actor = users.actor_from_user(verifier, "gui")
        official_actor = users.actor_from_user(official, "gui")
    wf.decide(db, verifier_actor, [group_id], "diverifikasi")
    wf.decide(db, official_actor, [group_id], "direkomendasikan")
    return group_id, official_actor


def test_from_an_empty_database_to_an_issued_letter(qtbot: QtBot, gui_db: Database) -> None:
    assert state(gui_db).pending == list(first_run.STEPS)
    wizard = open_wizard(qtbot, gui_db)
    walk_to_the_end(wizard)
    assert state(gui_db).complete
    assert wizard.actor is not None and wizard.actor.role == "admin"
    summary = wizard.currentPage().summaryLabel.text()  # type: ignore[attr-defined]
    for shown in ("Kota Bekasi", "PEMERINTAH KOTA BEKASI", HEAD, "TKM Pemula 2023", "Pengaturan"):
        assert shown in summary
    wizard.accept()

    group_id, official = recommended_group(gui_db, wizard.actor)
    issued = issue_letter(gui_db, official, [group_id])
    assert issued.number == f"400.10/001/Disnaker/{dt.date.today().year}"
    pages = PdfReader(io.BytesIO(issued.pdf)).pages
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in pages)
    for expected in ("PEMERINTAH KOTA BEKASI", "DINAS KETENAGAKERJAAN", ADDRESS, HEAD,
                     "19680411 199303 1 009", issued.number):  # fmt: skip
        assert expected in text


def test_buttons_speak_indonesian_and_the_wizard_fits_a_laptop(
    qtbot: QtBot, qapp: QApplication, gui_db: Database
) -> None:
    install_translators(qapp, "id")
    wizard = open_wizard(qtbot, gui_db)
    texts = {
        button: wizard.buttonText(button)
        for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton,
                       fw.SKIP_BUTTON)
    }  # fmt: skip
    assert list(texts.values()) == ["&Lanjut >", "< &Kembali", "&Selesai", "Batal", "&Lewati"]
    for page_id in wizard.pageIds():
        hint = wizard.page(page_id).minimumSizeHint()
        assert hint.width() <= fw.SIZE[0] and hint.height() <= fw.SIZE[1] - 160
    assert fw.SIZE[0] <= 1366 and fw.SIZE[1] <= 768 - 40 - 30


def test_a_refusal_keeps_the_page_and_saves_nothing(qtbot: QtBot, gui_db: Database) -> None:
    wizard = open_wizard(qtbot, gui_db)
    wizard.next()
    fill_admin(wizard, repeat="rahasia-999")
    admin = wizard.currentPage()
    assert wizard.currentId() == fw.PAGE_ADMIN
    assert admin.problems() == "• Kedua kata sandi tidak sama."  # type: ignore[attr-defined]
    admin.passwordEdit.setText("pendek")  # type: ignore[attr-defined]
    admin.repeatEdit.setText("lain")  # type: ignore[attr-defined]
    wizard.next()
    assert admin.problems() == (  # type: ignore[attr-defined]
        "• Kata sandi minimal 8 karakter.\n• Kedua kata sandi tidak sama."
    )
    admin.usernameEdit.setText("budiman")  # type: ignore[attr-defined]
    admin.passwordEdit.setText("Budiman2026")  # type: ignore[attr-defined]
    admin.repeatEdit.setText("Budiman2026")  # type: ignore[attr-defined]
    wizard.next()  # checked on the page, before the service is asked
    assert admin.problems() == "• Kata sandi tidak boleh memuat nama pengguna."  # type: ignore[attr-defined]
    fill_admin(wizard, name="X Y")  # the service refuses the name
    assert wizard.currentId() == fw.PAGE_ADMIN
    assert "Nama pengguna 'X Y' tidak sah" in admin.problems()  # type: ignore[attr-defined]
    assert wizard.actor is None and not state(gui_db).admin
    fill_admin(wizard)

    region = wizard.currentPage()
    assert isinstance(region, RegionPage)
    region.regionCombo.setEditText("Kota Atlantis")
    wizard.next()
    assert wizard.currentId() == fw.PAGE_REGION
    assert region.problems() == "• Pilih kabupaten/kota dari daftar."
    pick_region(wizard)

    letterhead = wizard.currentPage()
    assert isinstance(letterhead, LetterheadPage)
    letterhead.officeForm.emailEdit.setText("bukan-pos-el")
    wizard.next()  # no address, a bad e-mail: refused by the service, shown on the form
    assert wizard.currentId() == fw.PAGE_LETTERHEAD
    problems = letterhead.officeForm.problems()
    assert "Alamat kantor wajib diisi" in problems
    assert letterhead.officeForm.emailEdit.text() == "bukan-pos-el"  # nothing lost
    assert not state(gui_db).letterhead
    letterhead.officeForm.addressEdit.setText(ADDRESS)
    letterhead.officeForm.emailEdit.setText("")
    wizard.next()
    assert wizard.currentId() == fw.PAGE_SIGNATORY
    assert state(gui_db).letterhead


def test_the_region_box_finds_any_part_of_a_name(qtbot: QtBot, gui_db: Database) -> None:
    admin = first_run.create_admin(gui_db, "kepala", "rahasia-123")
    wizard = open_wizard(qtbot, gui_db, admin)
    page = wizard.currentPage()
    assert isinstance(page, RegionPage)
    completer = page.regionCombo.completer()
    completer.setCompletionPrefix("bekasi")
    found = {completer.completionModel().index(row, 0).data()
             for row in range(completer.completionCount())}  # fmt: skip
    assert found == {"Kabupaten Bekasi — Jawa Barat", "Kota Bekasi — Jawa Barat"}
    page.regionCombo.setEditText("Kota Bekasi — Jawa Barat")  # what choosing from the list does
    wizard.next()
    with gui_db.reader() as session:
        office = settings.get_office(session)
    assert (office.region_code, office.government_name) == ("32.75", "PEMERINTAH KOTA BEKASI")


def test_skip_on_a_new_database_still_makes_the_admin(qtbot: QtBot, gui_db: Database) -> None:
    wizard = open_wizard(qtbot, gui_db)
    wizard.button(fw.SKIP_BUTTON).click()
    assert wizard.currentId() == fw.PAGE_ADMIN
    assert wizard.currentPage().skipLabel.isVisibleTo(wizard)  # type: ignore[attr-defined]
    fill_admin(wizard)
    assert wizard.currentId() == fw.PAGE_FINISH
    now = state(gui_db)
    assert now.admin and now.skipped and not now.should_open
    assert "Belum diisi: Wilayah kantor" in wizard.currentPage().summaryLabel.text()  # type: ignore[attr-defined]


def test_skip_later_in_the_wizard(qtbot: QtBot, gui_db: Database) -> None:
    wizard = open_wizard(qtbot, gui_db)
    wizard.next()
    fill_admin(wizard)
    pick_region(wizard)
    wizard.button(fw.SKIP_BUTTON).click()
    assert wizard.currentId() == fw.PAGE_FINISH
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisibleTo(wizard)
    assert not wizard.button(fw.SKIP_BUTTON).isVisibleTo(wizard)
    now = state(gui_db)
    assert now.skipped and now.region and not now.letterhead


def test_reopening_resumes_at_the_first_step_not_done(qtbot: QtBot, gui_db: Database) -> None:
    admin = first_run.create_admin(gui_db, "kepala", "rahasia-123")
    first_run.save_region(gui_db, admin, "32.16")
    with gui_db.reader() as session:
        suggested = first_run.suggested_letterhead(session)
    first_run.save_letterhead(gui_db, admin, replace(suggested, address=ADDRESS))
    wizard = open_wizard(qtbot, gui_db, admin)
    assert wizard.currentId() == fw.PAGE_SIGNATORY
    form = wizard.currentPage().signatoryForm  # type: ignore[attr-defined]
    assert form.positionEdit.text() == "KEPALA DINAS KETENAGAKERJAAN KABUPATEN BEKASI"

    first_run.save_head_signatory(gui_db, admin, SignatoryData(name=HEAD, position="KEPALA"))
    again = open_wizard(qtbot, gui_db, admin)
    assert again.currentId() == fw.PAGE_NUMBERING
    again.back()  # the start page has no history: nothing before it
    assert again.currentId() == fw.PAGE_NUMBERING
    assert not again.button(QWizard.WizardButton.BackButton).isVisibleTo(again)


def test_a_complete_office_opens_at_the_summary(qtbot: QtBot, gui_db: Database) -> None:
    wizard = open_wizard(qtbot, gui_db)
    walk_to_the_end(wizard)
    again = open_wizard(qtbot, gui_db, wizard.actor)
    assert again.currentId() == fw.PAGE_FINISH
    assert "Belum diisi" not in again.currentPage().summaryLabel.text()  # type: ignore[attr-defined]


def test_every_page_speaks_english(qtbot: QtBot, qapp: QApplication, gui_db: Database) -> None:
    install_translators(qapp, "en")
    wizard = open_wizard(qtbot, gui_db)
    assert wizard.windowTitle() == "Initial Setup — TKM Desktop"
    assert wizard.buttonText(fw.SKIP_BUTTON) == "&Skip"
    titles = [wizard.page(page_id).title() for page_id in wizard.pageIds()]
    assert titles == ["Welcome to TKM Desktop", "First Administrator", "Office Region",
                      "Letterhead", "Head of Office", "Letter Numbering", "Default Scheme",
                      "Done"]  # fmt: skip
