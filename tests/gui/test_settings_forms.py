"""The reusable settings forms: load, edit, data(); the letterhead preview as letters draw it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tkm_desktop.gui import settings_forms
from tkm_desktop.gui.settings_forms import (
    LetterheadPreview,
    NumberingForm,
    OfficeForm,
    SignatoryForm,
)
from tkm_desktop.gui.settings_letterhead import render_letterhead
from tkm_desktop.services.letter_sample import sample_logo
from tkm_desktop.services.letterhead_preview import PREVIEW_RATIO, letterhead_preview_pdf
from tkm_desktop.services.settings import NumberingSettings, OfficeSettings
from tkm_desktop.services.signatories import SignatoryData

BEKASI = OfficeSettings(
    government_name="PEMERINTAH KOTA BEKASI",
    office_name="DINAS KETENAGAKERJAAN",
    address="Jl. Ir. H. Juanda No. 100",
    phone="(021) 8841234",
    region_code="32.75",
    place_name="Bekasi",
)


def test_office_form_gives_back_what_it_loaded_and_what_was_typed(qtbot: QtBot) -> None:
    form = OfficeForm()
    qtbot.addWidget(form)
    form.load(BEKASI)
    assert form.data() == BEKASI
    with qtbot.waitSignal(form.changed):
        qtbot.keyClicks(form.emailEdit, "disnaker@bekasikota.go.id")
    form.fontCombo.setCurrentIndex(form.fontCombo.count() - 1)
    data = form.data()
    assert data.email == "disnaker@bekasikota.go.id"
    assert data.region_code == "32.75"  # not on the form: kept from load()
    assert data.letter_font == form.fontCombo.itemText(form.fontCombo.count() - 1)


def test_loading_does_not_count_as_an_edit(qtbot: QtBot) -> None:
    form = OfficeForm()
    qtbot.addWidget(form)
    with qtbot.assertNotEmitted(form.changed):
        form.load(BEKASI)


def test_office_form_chooses_and_removes_the_logo(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image = tmp_path / "lambang.png"
    image.write_bytes(sample_logo())
    monkeypatch.setattr(settings_forms, "choose_logo_file", lambda parent: image)
    form = OfficeForm()
    qtbot.addWidget(form)
    form.load(BEKASI)
    assert not form.removeLogoButton.isEnabled()
    with qtbot.waitSignal(form.changed):
        form.chooseLogoButton.click()
    assert form.data().logo == sample_logo()
    assert not form.logoLabel.pixmap().isNull()
    form.removeLogoButton.click()
    assert form.data().logo is None


NOT_AN_IMAGE = b"\x89PNG\r\n\x1a\n" + b"rusak" * 40  # a PNG's first bytes, then nothing


@pytest.mark.parametrize("content", [b"bukan gambar", NOT_AN_IMAGE])
def test_a_file_that_is_no_image_is_refused_when_picked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    image = tmp_path / "lambang.png"
    image.write_bytes(content)
    monkeypatch.setattr(settings_forms, "choose_logo_file", lambda parent: image)
    form = OfficeForm()
    qtbot.addWidget(form)
    form.load(BEKASI)
    with qtbot.assertNotEmitted(form.changed):
        form.chooseLogoButton.click()
    assert form.data().logo is None  # the old logo (none) stays
    assert "lambang.png tidak dapat dipakai sebagai lambang" in form.problems()
    assert "PNG atau JPEG" in form.problems() or "rusak" in form.problems()


def test_problems_are_shown_beside_the_form_and_cleared_on_load(qtbot: QtBot) -> None:
    form = OfficeForm()
    qtbot.addWidget(form)
    form.show_problems(["Nama dinas wajib diisi."])
    assert "Nama dinas wajib diisi." in form.problems()
    form.load(BEKASI)
    assert form.problems() == ""


def test_read_only_office_form(qtbot: QtBot) -> None:
    form = OfficeForm()
    qtbot.addWidget(form)
    form.setReadOnly(True)
    assert form.officeEdit.isReadOnly()
    assert not form.chooseLogoButton.isEnabled()
    assert not form.fontCombo.isEnabled()


def test_signatory_form_with_signing_mode(qtbot: QtBot) -> None:
    form = SignatoryForm()
    qtbot.addWidget(form)
    form.load(None)
    assert form.data() == SignatoryData(name="", position="")
    qtbot.keyClicks(form.nameEdit, "Drs. H. Ahmad Fauzi")
    qtbot.keyClicks(form.positionEdit, "Sekretaris")
    form.modeCombo.setCurrentIndex(form.modeCombo.findData("a.n."))
    data = form.data()
    assert (data.name, data.position, data.signing_mode) == (
        "Drs. H. Ahmad Fauzi",
        "Sekretaris",
        "a.n.",
    )
    stored = SignatoryData("Siti", "Kepala", "IV/c", "196805121990031007", "Plt.", active=False)
    form.load(stored)
    assert form.data() == stored
    assert form.modeCombo.currentText() == "Plt. (Pelaksana Tugas)"


def test_numbering_form_shows_a_live_example(qtbot: QtBot) -> None:
    form = NumberingForm()
    qtbot.addWidget(form)
    form.load(NumberingSettings("500/{urut}/Disnaker/{tahun}", "manual"), next_serial=7)
    assert form.manualRadio.isChecked()
    assert form.exampleLabel.text().startswith("500/007/Disnaker/")
    label = form.form.labelForField(form.exampleLabel)
    assert label.text() == "Contoh nomor berikutnya:"
    form.patternEdit.setText("500/{nomor}")
    assert "tidak dikenal" in form.exampleLabel.text()
    form.patternEdit.setText("B/{urut}/{bulan_romawi}/{tahun}")
    form.registerRadio.setChecked(True)
    assert form.data() == NumberingSettings("B/{urut}/{bulan_romawi}/{tahun}", "register")
    assert form.exampleLabel.text().startswith("B/007/")
    form.load(NumberingSettings("500/{urut}/Disnaker/{tahun}", "register"))
    assert form.exampleLabel.text().startswith("500/001/")  # no register at hand: the first


def test_the_preview_is_drawn_by_the_letters_code(qtbot: QtBot) -> None:
    pdf = letterhead_preview_pdf(BEKASI)
    assert pdf.startswith(b"%PDF")
    image, failure = render_letterhead(BEKASI, width_px=800)
    assert failure == [] and image.width() == 800
    assert 100 < image.height() < 250  # the strip above the text, not the whole page
    assert image.height() == round(800 * PREVIEW_RATIO)
    with_logo, _ = render_letterhead(
        OfficeSettings(**{**BEKASI.__dict__, "logo": sample_logo()}), 800
    )
    assert with_logo != image


def test_a_bad_stored_logo_shows_a_failed_preview_not_a_crash(qtbot: QtBot) -> None:
    preview = LetterheadPreview()
    qtbot.addWidget(preview)
    preview.show_office(OfficeSettings(**{**BEKASI.__dict__, "logo": NOT_AN_IMAGE}))
    preview.refresh()  # what the timer calls: must not raise into the crash dialog
    assert preview.image.isNull() and preview.renders == 1
    assert preview.message().startswith("Kop surat tidak dapat digambar.")
    assert "rusak" in preview.message()


def test_any_drawing_failure_shows_a_failed_preview(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from tkm_desktop.gui import settings_letterhead

    def broken(data: OfficeSettings) -> bytes:
        raise OSError("font file vanished")

    monkeypatch.setattr(settings_letterhead, "letterhead_preview_pdf", broken)
    preview = LetterheadPreview()
    qtbot.addWidget(preview)
    preview.show_office(BEKASI)
    preview.refresh()
    assert preview.image.isNull()
    assert preview.message() == "Kop surat tidak dapat digambar."
    assert "font file vanished" in caplog.text


def test_preview_waits_for_a_pause_in_typing(qtbot: QtBot) -> None:
    preview = LetterheadPreview()
    qtbot.addWidget(preview)
    preview.show_office(BEKASI)
    preview.show_office(
        OfficeSettings(government_name="PEMERINTAH KOTA BOGOR", office_name="DINAS")
    )
    assert preview.pending() and preview.renders == 0
    qtbot.waitUntil(lambda: preview.renders == 1, timeout=3000)
    assert not preview.pending()
    assert not preview.image.isNull()
    qtbot.wait(LetterheadPreview.DELAY_MS + 100)
    assert preview.renders == 1  # the two edits drew once
