"""The verification papers printed from the window, on the demo office: what the clerk
picks reaches the service, the PDF shown holds the right groups, numbered papers land in
the register, the recap follows the list's filter, refusals come as reasons."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tkm_desktop.domain.status import GroupStatus as S
from tkm_desktop.gui import files, paperwork_dialogs, paperwork_options, pdf_preview
from tkm_desktop.gui.groups_page import GroupsPage
from tkm_desktop.gui.paperwork_dialogs import PaperworkPrinter
from tkm_desktop.gui.paperwork_options import (
    GroupChoice,
    PaperChoice,
    PaperOptionsDialog,
    PaperRequest,
)
from tkm_desktop.services import paperwork
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.services.context import Actor
from tkm_desktop.services.demo import populate_demo
from tkm_desktop.services.users import actor_from_user
from tkm_desktop.store.db import Database, sqlite_url
from tkm_desktop.store.models import Group, Letter, Office, User


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    path = tmp_path_factory.mktemp("paperwork_gui") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = open_database(sqlite_url(path))
    populate_demo(db)
    db.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    database = open_database(sqlite_url(path))
    yield database
    database.dispose()


class Screen:
    """What the window showed: previews, questions asked, refusals, status lines."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, choice: PaperChoice | None) -> None:
        self.previews: list[dict[str, Any]] = []
        self.requests: list[PaperRequest] = []
        self.refusals: list[list[str]] = []
        self.choice = choice
        monkeypatch.setattr(pdf_preview, "show_pdf", self._show_pdf)
        monkeypatch.setattr(paperwork_dialogs, "ask_paper_choice", self._ask)
        monkeypatch.setattr(paperwork_dialogs, "show_refusal", self._refuse)
        monkeypatch.setattr(sys, "excepthook", self._crash)

    def _show_pdf(self, parent: QWidget, data: bytes, *, title: str, file_name: str) -> None:
        self.previews.append({"data": data, "title": title, "file_name": file_name})

    def _ask(self, parent: QWidget, request: PaperRequest) -> PaperChoice | None:
        self.requests.append(request)
        return self.choice

    def _refuse(self, parent: QWidget, title: str, reasons: list[str]) -> None:
        self.refusals.append(reasons)

    @staticmethod
    def _crash(*exc_info: Any) -> None:
        raise AssertionError(f"a traceback reached the clerk: {exc_info[1]!r}")

    def text(self, index: int = -1) -> str:
        pages = PdfReader(io.BytesIO(self.previews[index]["data"])).pages
        return " ".join(" ".join(p.extract_text().split()) for p in pages)


def actor(db: Database, username: str) -> Actor:
    with db.reader() as s:
        return actor_from_user(
            s.scalars(select(User).where(User.username == username)).one(), "gui"
        )


def groups_in(db: Database, *statuses: str) -> dict[int, str]:
    with db.reader() as s:
        query = select(Group.id, Group.name).where(Group.status.in_(statuses)).order_by(Group.id)
        return dict(s.execute(query).tuples().all())


def printer(qtbot: QtBot, db: Database, username: str = "verifikator") -> PaperworkPrinter:
    widget = QWidget()
    qtbot.addWidget(widget)
    return PaperworkPrinter(widget, db, actor(db, username), demo=True)


def letters(db: Database) -> list[tuple[str, str]]:
    with db.reader() as s:
        return [(x.kind, x.number) for x in s.scalars(select(Letter).order_by(Letter.id))]


# --- the options dialog -----------------------------------------------------------------


def test_the_dialog_asks_for_a_typed_number_only_when_issuing(qtbot: QtBot) -> None:
    request = PaperRequest("Berita Acara", "Ringkasan", numbered=True, manual_number=True)
    dialog = PaperOptionsDialog(request)
    qtbot.addWidget(dialog)
    assert dialog.draftRadio.isChecked() and dialog.okButton.text() == "Lihat Konsep"
    assert dialog.choice() == PaperChoice("a4", draft=True, number=None)
    dialog.issueRadio.setChecked(True)
    assert dialog.okButton.text() == "Terbitkan" and not dialog.okButton.isEnabled()
    dialog.numberEdit.setText(" 500.15/9/Disnaker/2025 ")
    dialog.paperCombo.setCurrentIndex(dialog.paperCombo.findData("f4"))
    assert dialog.okButton.isEnabled()
    dialog.accept()
    assert dialog.choice() == PaperChoice("f4", draft=False, number="500.15/9/Disnaker/2025")
    assert QSettings().value(paperwork_options.LAST_PAPER) == "f4"  # the next dialog's default
    again = PaperOptionsDialog(PaperRequest("Rekap", "Ringkasan"))
    qtbot.addWidget(again)
    assert again.paperCombo.currentData() == "f4" and again.okButton.text() == "Cetak"


def test_the_dialog_lists_the_groups_with_the_picked_ones_ticked(qtbot: QtBot) -> None:
    groups = (GroupChoice(2, "Dua"), GroupChoice(5, "Lima"), GroupChoice(7, "Tujuh"))
    request = PaperRequest("BA", "…", numbered=True, groups=groups, checked=frozenset({5, 7}))
    dialog = PaperOptionsDialog(request)
    qtbot.addWidget(dialog)
    assert dialog.checked_ids() == (5, 7)
    assert dialog.countLabel.text() == "2 dari 3 kelompok dipilih"
    for row in range(3):
        dialog.groupModel.item(row).setCheckState(paperwork_options.Qt.CheckState.Unchecked)
    assert not dialog.okButton.isEnabled()  # a berita acara of no group cannot be made
    dialog.groupModel.item(0).setCheckState(paperwork_options.Qt.CheckState.Checked)
    assert dialog.okButton.isEnabled() and dialog.choice().group_ids == (2,)


# --- the four papers -------------------------------------------------------------------


def test_the_sheet_shows_the_selected_groups(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = Screen(monkeypatch, PaperChoice("f4"))
    verified = groups_in(demo_db, S.DIVERIFIKASI)
    picked = list(verified)[:2]
    printer(qtbot, demo_db).verification_sheet(picked)
    qtbot.waitUntil(lambda: bool(screen.previews))
    text = screen.text()
    assert text.count("LEMBAR HASIL VERIFIKASI") == 2
    assert all(verified[g] in text for g in picked)
    assert all(verified[g] not in text for g in list(verified)[2:])
    assert screen.previews[0]["file_name"] == "lembar-verifikasi.pdf"
    page = PdfReader(io.BytesIO(screen.previews[0]["data"])).pages[0]
    assert round(float(page.mediabox.height) / 72 * 25.4) == 330  # F4, as picked
    assert letters(demo_db) == []  # a sheet is no letter


def test_the_minutes_list_the_candidates_and_land_in_the_register(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.reader() as s:
        candidates = paperwork.minutes_candidates(s)
    decided = groups_in(demo_db, *[x.value for x in S])
    picked = candidates[:3]
    screen = Screen(monkeypatch, PaperChoice("a4", draft=False, group_ids=tuple(picked)))
    work = printer(qtbot, demo_db)
    issued: list[Any] = []
    work.issued.connect(issued.append)
    # Selected in the list: two candidates and one group no berita acara can report.
    waiting = next(iter(groups_in(demo_db, S.DIUSULKAN)))
    work.minutes([*picked[:2], waiting])
    qtbot.waitUntil(lambda: bool(screen.previews))
    [request] = screen.requests
    assert [g.id for g in request.groups] == candidates
    assert request.checked == frozenset(picked[:2]) and not request.manual_number
    text = screen.text()
    assert all(decided[g] in text for g in picked)
    assert all(decided[g] not in text for g in candidates[3:])
    [(kind, number)] = letters(demo_db)
    assert kind == "berita-acara" and f"NOMOR : {number}" in text
    assert [p.number for p in issued] == [number]
    assert screen.previews[0]["title"] == f"Berita Acara Hasil Verifikasi Nomor {number}"
    assert screen.previews[0]["file_name"].startswith("berita-acara-500.15.10-")

    # Reported once: the next berita acara lists only what is left.
    screen.choice = None  # the clerk cancels this one
    work.minutes()
    qtbot.waitUntil(lambda: len(screen.requests) == 2)
    assert [g.id for g in screen.requests[1].groups] == candidates[3:]


def test_a_manual_office_types_the_number_and_a_konsep_takes_none(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.session() as s:
        s.scalars(select(Office)).one().number_source = "manual"
    with demo_db.reader() as s:
        first = paperwork.minutes_candidates(s)[0]
    screen = Screen(monkeypatch, PaperChoice("a4", draft=True, group_ids=(first,)))
    work = printer(qtbot, demo_db)
    work.minutes()
    qtbot.waitUntil(lambda: bool(screen.previews))
    assert screen.requests[0].manual_number and screen.requests[0].checked is None
    assert screen.previews[0]["title"] == "KONSEP Berita Acara Hasil Verifikasi"
    assert screen.previews[0]["file_name"] == "konsep-berita-acara.pdf"
    assert letters(demo_db) == []
    typed = f"500.15.10/77/Disnaker/{dt.date.today().year}"
    screen.choice = PaperChoice("a4", number=typed, group_ids=(first,))
    work.minutes()
    qtbot.waitUntil(lambda: len(screen.previews) == 2 or bool(screen.refusals))
    assert screen.refusals == []
    assert letters(demo_db) == [("berita-acara", typed)]


def test_the_return_letter_is_issued_and_its_roster_saved(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    returned = groups_in(demo_db, S.DIKEMBALIKAN)
    gid, name = next(iter(returned.items()))
    screen = Screen(monkeypatch, PaperChoice("a4"))
    offers: list[str] = []

    def offer(parent: QWidget, title: str, text: str) -> bool:
        offers.append(text)
        return True

    monkeypatch.setattr(paperwork_dialogs, "offer_attachment", offer)
    target = tmp_path / "keluar" / "lampiran.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **_k: str(target))
    work = printer(qtbot, demo_db)
    messages: list[str] = []
    work.message.connect(messages.append)
    work.return_letter(gid)
    qtbot.waitUntil(lambda: len(messages) == 2)
    text = screen.text()
    assert name in text and all(other not in text for other in list(returned.values())[1:])
    [(kind, number)] = letters(demo_db)
    assert kind == "pengembalian" and number in text
    assert messages[0] == f"Surat Pengembalian Usulan terbit: Nomor {number}."
    assert messages[1] == f"Lampiran disimpan ke {target}."
    assert offers and sorted(p.name for p in target.parent.iterdir()) == ["lampiran.xlsx"]
    assert load_workbook(target).sheetnames  # a whole workbook, no .part left
    assert QSettings().value(paperwork_dialogs.LAST_DIR) == str(target.parent)


def test_refusals_are_shown_as_reasons(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = Screen(monkeypatch, PaperChoice("a4"))
    verified = next(iter(groups_in(demo_db, S.DIVERIFIKASI)))
    printer(qtbot, demo_db).return_letter(verified)  # not a returned group
    qtbot.waitUntil(lambda: bool(screen.refusals))
    assert "surat pengembalian hanya untuk kelompok berstatus" in screen.refusals[0][0]
    assert screen.previews == [] and letters(demo_db) == []
    printer(qtbot, demo_db, "viewer").verification_sheet([verified])
    qtbot.waitUntil(lambda: len(screen.refusals) == 2)
    assert "tidak berwenang untuk mencetak dokumen" in screen.refusals[1][0]


# --- the recap, from the groups list ------------------------------------------------------


def test_the_recap_follows_the_lists_filter(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    screen = Screen(monkeypatch, PaperChoice("a4"))
    page = GroupsPage(demo_db, actor=actor(demo_db, "pejabat"), demo=True)
    qtbot.addWidget(page)
    page.reload()
    combo = page.ui.kecamatanCombo
    combo.setCurrentIndex(1)
    kecamatan = combo.currentData()
    with demo_db.reader() as s:
        query = select(Group).where(Group.kecamatan_code == kecamatan)
        inside = {g.name: len(g.members) for g in s.scalars(query)}
        outside = set(s.scalars(select(Group.name))) - set(inside)
    assert page.model.rowCount() == len(inside) > 0 and outside
    page._print_menu.aboutToShow.emit()  # opening the menu enables its entries
    page.actionRecapPdf.trigger()
    qtbot.waitUntil(lambda: bool(screen.previews))
    assert screen.requests[0].summary.startswith(f"Rekap {len(inside)} kelompok sesuai")
    text = screen.text()
    place, members = combo.currentText(), sum(inside.values())
    assert f"Kecamatan: {place}" in text
    # Per kecamatan, then the total: groups, members, then the grant asked for.
    assert f"1 {place} {len(inside)} {members} Rp" in text
    assert f"Jumlah {len(inside)} {members} Rp" in text
    others = [combo.itemText(i) for i in range(2, combo.count())]
    assert others and not any(f" {other} " in text for other in others)

    target = tmp_path / "rekap.xlsx"
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **_k: str(target))
    messages: list[str] = []
    page.statusMessage.connect(messages.append)
    page._print_menu.aboutToShow.emit()  # opening the menu enables its entries
    page.actionRecapXlsx.trigger()
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == [f"Rekap {len(inside)} kelompok disimpan ke {target}."]
    sheets = load_workbook(target).worksheets
    cells = {str(c.value) for sheet in sheets for row in sheet.iter_rows() for c in row}
    assert set(inside) <= cells and not outside & cells
