"""The editable Pengaturan: each section saves through its service, shows refusals, obeys roles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tkm_desktop.gui import local_settings, settings_local, settings_section
from tkm_desktop.gui.settings_page import SettingsPage
from tkm_desktop.gui.settings_section import FormDialog
from tkm_desktop.gui.settings_users import NEW, PROFILE, UserForm
from tkm_desktop.services import scheme_settings, settings, signatories, users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.datafolder import ONEDRIVE, FolderWarning
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import LetterSerial, User


@pytest.fixture
def admin(make_user: Callable[..., Actor]) -> Actor:
    return make_user("admin", "admin", "Admin Kantor")


def _page(qtbot: QtBot, db: Database, actor: Actor) -> SettingsPage:
    page = SettingsPage(db, actor, "id")
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.reload()
    return page


def answer_dialogs(monkeypatch: pytest.MonkeyPatch, fill: Callable[[object], None]) -> list[str]:
    """Replace the dialog: ``fill`` types into the form, then Simpan is pressed once."""
    seen: list[str] = []

    def fake(parent, title, form, save) -> bool:
        fill(form)
        dialog = FormDialog(parent, title, form, save)
        accepted = dialog.try_save()
        seen.append(form.problems())
        dialog.deleteLater()
        return accepted

    monkeypatch.setattr(settings_section, "edit_in_dialog", fake)
    return seen


# --- Kantor & Kop Surat -------------------------------------------------------------


def test_office_edit_reaches_the_database_and_the_preview(
    qtbot: QtBot, gui_db: Database, admin: Actor
) -> None:
    page = _page(qtbot, gui_db, admin)
    office = page.office
    assert office.regionCombo.count() <= 1  # the 500+ kab/kota are listed when first shown
    page.setMinimumSize(page.minimumSizeHint())  # else offscreen Qt warns on show
    page.show()
    assert office.regionCombo.count() > 500
    qtbot.waitUntil(lambda: office.preview.renders == 1, timeout=3000)
    before = office.preview.image
    index = office.regionCombo.findData("32.75")
    office.regionCombo.setCurrentIndex(index)
    office.suggestButton.click()
    assert office.form.governmentEdit.text() == "PEMERINTAH KOTA BEKASI"
    qtbot.keyClicks(office.form.addressEdit, "Jl. Ir. H. Juanda No. 100")
    office.idleSpin.setValue(30)
    qtbot.waitUntil(lambda: office.preview.renders == 2, timeout=3000)
    assert office.preview.image != before  # the office name now shows on the letterhead
    with qtbot.waitSignal(page.officeChanged) as saved:
        assert office.save()
    assert saved.args == [30]
    with gui_db.reader() as session:
        stored = settings.get_office(session)
        assert settings.get_idle_lock_minutes(session) == 30
    assert (stored.government_name, stored.office_name) == (
        "PEMERINTAH KOTA BEKASI",
        "DINAS KETENAGAKERJAAN",
    )
    assert (stored.region_code, stored.place_name, stored.address) == (
        "32.75",
        "Bekasi",
        "Jl. Ir. H. Juanda No. 100",
    )
    assert office.statusLabel.text() == "Pengaturan kantor tersimpan."


def test_the_preview_follows_the_office_name(qtbot: QtBot, gui_db: Database, admin: Actor) -> None:
    page = _page(qtbot, gui_db, admin)
    office = page.office
    qtbot.keyClicks(office.form.governmentEdit, "PEMERINTAH KOTA BOGOR")
    qtbot.keyClicks(office.form.officeEdit, "DINAS TENAGA KERJA")
    qtbot.waitUntil(lambda: office.preview.renders == 1, timeout=3000)
    first = office.preview.image
    qtbot.keyClicks(office.form.officeEdit, " DAN TRANSMIGRASI")
    assert office.preview.pending()
    qtbot.waitUntil(lambda: office.preview.renders == 2, timeout=3000)
    assert office.preview.image != first


def test_office_refusal_is_shown_and_nothing_written(
    qtbot: QtBot, gui_db: Database, admin: Actor
) -> None:
    page = _page(qtbot, gui_db, admin)
    page.office.form.emailEdit.setText("bukan-alamat")
    assert not page.office.save()
    problems = page.office.form.problems()
    assert "Nama pemerintah daerah wajib diisi" in problems
    assert "bukan-alamat" in problems
    with gui_db.reader() as session:
        assert settings.get_office(session).email == ""


def test_office_and_idle_lock_are_saved_in_one_service_call(
    qtbot: QtBot, gui_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    def second_write(*_args: object) -> int:
        raise AssertionError("a second transaction could leave the office half-saved")

    monkeypatch.setattr(settings, "save_idle_lock_minutes", second_write)
    page = _page(qtbot, gui_db, admin)
    office = page.office
    office.form.governmentEdit.setText("PEMERINTAH KOTA BEKASI")
    office.form.officeEdit.setText("DINAS KETENAGAKERJAAN")
    office.idleSpin.setValue(45)
    assert office.save()
    with gui_db.reader() as session:
        assert settings.get_office(session).office_name == "DINAS KETENAGAKERJAAN"
        assert settings.get_idle_lock_minutes(session) == 45


def test_a_typed_region_that_names_none_is_refused(
    qtbot: QtBot, gui_db: Database, admin: Actor
) -> None:
    page = _page(qtbot, gui_db, admin)
    office = page.office
    office.regionCombo.list_regions()
    office.regionCombo.setCurrentIndex(office.regionCombo.findData("32.75"))
    office.suggestButton.click()
    assert office.save()
    office.regionCombo.setEditText("Kota Beka")  # typed, not chosen from the list
    assert not office.save()
    assert "Pilih kabupaten/kota dari daftar." in office.form.problems()
    with gui_db.reader() as session:
        assert settings.get_office(session).region_code == "32.75"  # not cleared


def test_without_an_office_the_forms_start_empty(
    qtbot: QtBot, gui_db: Database, verifier: Actor
) -> None:
    page = _page(qtbot, gui_db, verifier)
    assert page.office.form.data() == settings.OfficeSettings()
    assert page.office.regionCombo.code() == ""
    assert page.office.idleSpin.value() == 15  # the default until the office sets one
    assert page.numbering.form.data() == settings.NumberingSettings()
    assert page.schemes.model.rowCount() == 2  # the seeded schemes


def test_a_verifier_sees_the_office_read_only(
    qtbot: QtBot, gui_db: Database, verifier: Actor
) -> None:
    page = _page(qtbot, gui_db, verifier)
    assert page.users is None
    assert "users" not in page.section_keys()
    office = page.office
    assert office.readOnlyLabel.isVisibleTo(office)
    assert not office.saveButton.isEnabled()
    assert "hanya administrator" in office.saveButton.toolTip()
    assert office.form.officeEdit.isReadOnly()
    for section in (page.signatories, page.team, page.numbering):
        assert not section.editable
    assert not page.signatories.addButton.isEnabled()
    assert page.schemes.editButton.isEnabled()  # to look at the parameters
    assert page.computer.languageCombo.isEnabled()  # this PC's own choice


# --- Penanda Tangan and Tim Verifikasi ------------------------------------------------


def test_signatories_add_default_and_remove(
    qtbot: QtBot, gui_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, gui_db, admin)
    section = page.signatories
    people = iter(
        [
            ("Drs. Ahmad Fauzi", "KEPALA DINAS", "196805121990031007", None),
            ("Siti Rahma", "Sekretaris", "", "a.n."),
        ]
    )

    def fill(form) -> None:
        name, position, nip, mode = next(people)
        form.nameEdit.setText(name)
        form.positionEdit.setText(position)
        form.nipEdit.setText(nip)
        form.modeCombo.setCurrentIndex(form.modeCombo.findData(mode))

    answer_dialogs(monkeypatch, fill)
    section.addButton.click()
    section.addButton.click()
    assert section.model.rowCount() == 2
    assert section.current().name == "Siti Rahma"  # the new one is selected
    section.defaultButton.click()
    with gui_db.reader() as session:
        default = signatories.default_signatory(session)
    assert (default.name, default.signing_mode) == ("Siti Rahma", "a.n.")
    monkeypatch.setattr(settings_section, "ask_yes_no", lambda *args: True)
    section.removeButton.click()
    with gui_db.reader() as session:
        rows = signatories.list_signatories(session)
    assert [(r.name, r.is_default) for r in rows] == [("Drs. Ahmad Fauzi", True)]


def test_signatory_refusal_keeps_the_dialog_open(
    qtbot: QtBot, gui_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, gui_db, admin)
    shown = answer_dialogs(monkeypatch, lambda form: form.nipEdit.setText("123"))
    page.signatories.addButton.click()
    assert "Nama wajib diisi." in shown[0]
    assert "Jabatan wajib diisi." in shown[0]
    assert page.signatories.model.rowCount() == 0


def test_team_add_edit_and_reorder(
    qtbot: QtBot, gui_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, gui_db, admin)
    section = page.team
    names = iter(["Andi", "Budi", "Citra"])
    answer_dialogs(monkeypatch, lambda form: form.nameEdit.setText(next(names)))
    for _ in range(3):
        section.addButton.click()
    section.table.selectRow(0)
    section.downButton.click()
    assert section.current().name == "Andi"
    answer_dialogs(monkeypatch, lambda form: form.positionEdit.setText("Ketua Tim"))
    section.editButton.click()
    with gui_db.reader() as session:
        team = signatories.list_team(session)
    assert [(m.name, m.position) for m in team] == [
        ("Budi", ""),
        ("Andi", "Ketua Tim"),
        ("Citra", ""),
    ]
    section.table.selectRow(0)
    section.upButton.click()  # already first: nothing happens
    assert [m.name for m in section.model.rows] == ["Budi", "Andi", "Citra"]


# --- Skema ----------------------------------------------------------------------------


def test_scheme_parameters_reach_the_database(
    qtbot: QtBot, gui_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, gui_db, admin)
    section = page.schemes
    section.table.selectRow(0)
    scheme_id = section.current().id

    def fill(form) -> None:
        assert form.codeEdit.isReadOnly()
        form.quotaSpin.setValue(120)
        form.documentsEdit.setPlainText("Proposal\nKTP Anggota\n\nSurat Keterangan Domisili")
        form.grantEdit.setText("Rp25.000.000")
        form.ageDateCheck.setChecked(False)

    answer_dialogs(monkeypatch, fill)
    section.editButton.click()
    with gui_db.reader() as session:
        stored = scheme_settings.get_scheme(session, scheme_id).params
    assert stored.group_quota == 120
    assert stored.documents == ("Proposal", "KTP Anggota", "Surat Keterangan Domisili")
    assert stored.grant_ceiling == 25_000_000
    assert stored.age_reference_date is None
    assert section.statusLabel.text().endswith("tersimpan.")


def test_scheme_refusal_names_the_parameter(
    qtbot: QtBot, gui_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, gui_db, admin)
    page.schemes.table.selectRow(0)

    def fill(form) -> None:
        form.membersMinSpin.setValue(30)
        form.membersMaxSpin.setValue(10)

    shown = answer_dialogs(monkeypatch, fill)
    page.schemes.editButton.click()
    assert "Jumlah anggota paling sedikit" in shown[0]
    shown = answer_dialogs(monkeypatch, lambda form: form.grantEdit.setText("banyak"))
    page.schemes.editButton.click()
    assert "banyak" in shown[0]


def test_add_a_scheme_and_make_it_the_default(
    qtbot: QtBot, gui_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, gui_db, admin)
    section = page.schemes
    count = section.model.rowCount()
    section.table.selectRow(0)
    answer_dialogs(monkeypatch, lambda form: form.codeEdit.setText("TKM-PEMULA-2030"))
    section.addButton.click()
    assert section.model.rowCount() == count + 1
    assert section.current().params.code == "TKM-PEMULA-2030"
    section.defaultButton.click()
    with gui_db.reader() as session:
        defaults = [
            r.params.code
            for r in scheme_settings.list_scheme_settings(session)
            if r.params.is_default
        ]
    assert defaults == ["TKM-PEMULA-2030"]


# --- Penomoran Surat ------------------------------------------------------------------


def test_numbering_saves_and_refuses(qtbot: QtBot, gui_db: Database, admin: Actor) -> None:
    page = _page(qtbot, gui_db, admin)
    section = page.numbering
    section.form.patternEdit.setText("500/{urut}/{nomor}")
    assert not section.save()
    assert "tidak dikenal" in section.form.problems()
    section.form.patternEdit.setText("B/{urut}/Disnaker/{bulan_romawi}/{tahun}")
    section.form.manualRadio.setChecked(True)
    assert section.save()
    with gui_db.reader() as session:
        stored = settings.get_numbering(session)
    assert stored == settings.NumberingSettings(
        "B/{urut}/Disnaker/{bulan_romawi}/{tahun}", "manual"
    )
    assert section.form.problems() == ""


# --- Pengguna -------------------------------------------------------------------------


def test_users_add_role_password_and_last_admin(
    qtbot: QtBot, gui_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, gui_db, admin)
    section = page.users
    assert section is not None

    def new_user(form) -> None:
        form.usernameEdit.setText("rina")
        form.displayEdit.setText("Rina Wati")
        form.roleCombo.setCurrentIndex(form.roleCombo.findData("pejabat"))
        form.passwordEdit.setText("sandi-rahasia-1")
        form.repeatEdit.setText("sandi-rahasia-1")

    answer_dialogs(monkeypatch, new_user)
    section.addButton.click()
    assert section.current().username == "rina"
    answer_dialogs(
        monkeypatch,
        lambda form: form.roleCombo.setCurrentIndex(form.roleCombo.findData("verifikator")),
    )
    section.editButton.click()

    def new_password(form) -> None:
        assert not form.roleCombo.isVisibleTo(form)
        form.passwordEdit.setText("sandi-baru-123")
        form.repeatEdit.setText("sandi-baru-123")

    answer_dialogs(monkeypatch, new_password)
    section.passwordButton.click()
    section.activeButton.click()
    with gui_db.reader() as session:
        rina = session.scalars(select(User).where(User.username == "rina")).one()
        assert (rina.role, rina.active) == ("verifikator", False)
        assert users.verify_password(rina.password_hash, "sandi-baru-123")
    section.table.selectRow(0)
    assert section.current().username == "admin"
    section.activeButton.click()
    assert "satu-satunya admin aktif" in section.problems()


def test_numbering_example_is_the_register_s_next_number(
    qtbot: QtBot, gui_db: Database, admin: Actor
) -> None:
    with gui_db.session() as session:
        session.add(LetterSerial(year=dt.date.today().year, last_serial=41))
    page = _page(qtbot, gui_db, admin)
    form = page.numbering.form
    assert form.exampleLabel.text().startswith("500.15.10/042/")
    assert form.form.labelForField(form.exampleLabel).text() == "Contoh nomor berikutnya:"


def test_the_user_form_checks_a_new_password_as_the_service_does(qtbot: QtBot) -> None:
    form = UserForm(NEW)
    qtbot.addWidget(form)
    form.usernameEdit.setText("rina")
    form.passwordEdit.setText("pendek")
    form.repeatEdit.setText("lain")
    with pytest.raises(InputRefused) as refused:
        form.data()
    assert refused.value.reasons == [
        "Kata sandi minimal 8 karakter.",
        "Kedua kata sandi tidak sama.",
    ]
    profile = UserForm(PROFILE)
    qtbot.addWidget(profile)
    assert profile.data().password == ""  # no password asked: nothing checked


def test_user_passwords_must_match(
    qtbot: QtBot, gui_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, gui_db, admin)

    def fill(form) -> None:
        form.usernameEdit.setText("rina")
        form.passwordEdit.setText("sandi-rahasia-1")
        form.repeatEdit.setText("sandi-rahasia-2")

    shown = answer_dialogs(monkeypatch, fill)
    page.users.addButton.click()
    assert "Kedua kata sandi tidak sama." in shown[0]
    assert page.users.model.rowCount() == 1


# --- Komputer Ini and Akun Anda ---------------------------------------------------------


def test_this_computer_language_and_backup_folder(
    qtbot: QtBot, gui_db: Database, verifier: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, gui_db, verifier)
    section = page.computer
    assert local_settings.language() is None
    section.languageCombo.setCurrentIndex(section.languageCombo.findData("en"))
    section.languageCombo.activated.emit(section.languageCombo.currentIndex())
    assert local_settings.language() == "en"
    assert "dibuka ulang" in section.statusLabel.text()
    assert section.backupEdit.text() == str(tmp_path / "backups")
    monkeypatch.setattr(settings_local, "choose_folder", lambda *args: tmp_path / "cadangan")
    section.chooseBackupButton.click()
    assert local_settings.backup_folder() == tmp_path / "cadangan"
    section.defaultBackupButton.click()
    assert local_settings.backup_folder() is None


def test_data_folder_warnings_are_shown(
    qtbot: QtBot, gui_db: Database, verifier: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, gui_db, verifier)
    assert str(tmp_path) in page.computer.dataValue.text()
    assert "Tidak ada masalah" in page.computer.folderWarnings.text()
    warning = FolderWarning(ONEDRIVE, "Folder data berada di dalam OneDrive.")
    monkeypatch.setattr(settings_local, "check_data_folder", lambda folder, **_kw: [warning])
    page.reload()
    assert "OneDrive" in page.computer.folderWarnings.text()


def test_account_section_and_password_request(
    qtbot: QtBot, gui_db: Database, verifier: Actor
) -> None:
    page = _page(qtbot, gui_db, verifier)
    page.show_section("account")
    assert page.current_section() == "account"
    assert page.ui.userValue.text() == "Budi Santoso (budi)"
    assert page.ui.roleValue.text() == "Verifikator"
    with qtbot.waitSignal(page.changePasswordRequested):
        page.ui.changePasswordButton.click()


def test_sections_of_an_admin(qtbot: QtBot, gui_db: Database, admin: Actor) -> None:
    page = _page(qtbot, gui_db, admin)
    assert page.section_keys() == [
        "office", "signatories", "team", "schemes", "numbering", "users", "computer", "account",
    ]  # fmt: skip
    page.show_section("schemes")
    assert page.ui.sectionStack.currentWidget() is page.schemes
    assert page.users.model.index(0, 2).data() == "Administrator"


def test_local_settings_remember_and_forget() -> None:
    assert local_settings.language() is None
    local_settings.set_language("id")
    assert local_settings.language() == "id"
    local_settings.set_language(None)
    assert local_settings.language() is None
    with pytest.raises(ValueError, match="fr"):
        local_settings.set_language("fr")
    assert local_settings.backup_folder(Path("/data/backups")) == Path("/data/backups")


def test_a_nip_opens_grouped_as_the_lists_show_it(qtbot: QtBot) -> None:
    from tkm_desktop.gui.settings_forms import SignatoryForm, TeamMemberForm
    from tkm_desktop.services.signatories import SignatoryData, TeamMemberData

    signatory, member = SignatoryForm(), TeamMemberForm()
    qtbot.addWidget(signatory)
    qtbot.addWidget(member)
    signatory.load(SignatoryData(name="A", position="B", nip="196805121990031007"))
    member.load(TeamMemberData(name="C", nip="12345"))  # not a NIP: left as it is
    assert signatory.nipEdit.text() == "19680512 199003 1 007"
    assert member.nipEdit.text() == "12345"
