"""The import wizard driven page by page: layout fixes, the dry run, the import, Cancel."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tkm_desktop.gui import import_pages, import_wizard
from tkm_desktop.gui.import_wizard import ImportWizard
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, Base, Group, Member, Office

BOOKS = Path(__file__).resolve().parents[1] / "excel" / "fixtures" / "village_books.py"


def _load_books():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("village_books", BOOKS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["village_books"] = module
    spec.loader.exec_module(module)
    return module


vb = _load_books()
HEADER = ["No", "Nama Kelompok", "NIK", "Nama Lengkap", "L/P", "Jabatan", "Kontak WA"]


def roster(path: Path, header: list[str] = HEADER) -> Path:
    """Two groups in one long table; the phone numbers sit under a header nobody knows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Usulan"
    ws.append(["DAFTAR USULAN KELOMPOK TKM"])
    ws.merge_cells("A1:G1")
    ws.append(header)
    n = 0
    for name, start in (("Maju Jaya", 1), ("Sejahtera", 100)):
        for p in vb.people(8, start):
            n += 1
            ws.append([n, name, p.nik, p.name, p.sex, p.role, f"0812{n:08d}"][: len(header)])
    wb.save(path)
    return path


@pytest.fixture
def office_db(gui_db: Database) -> Database:
    with gui_db.session() as s:
        if not s.scalar(select(func.count(Office.id))):
            s.add(Office(region_code=vb.OFFICE, place_name="Bekasi"))
    return gui_db


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with db.reader() as s:
        for table in Base.metadata.sorted_tables:
            rows = s.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
    return out


def open_wizard(
    qtbot: QtBot, db: Database, actor: Actor, path: Path, monkeypatch: pytest.MonkeyPatch
) -> ImportWizard:
    """The wizard on its Tata Letak page, the file read."""
    monkeypatch.setattr(import_pages, "choose_file", lambda *_a: str(path))
    wizard = ImportWizard(db, actor)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.file_page.isComplete()
    wizard.file_page.browseButton.click()
    assert wizard.file_page.isComplete()
    wizard.next()
    qtbot.waitUntil(wizard.layout_page.isComplete, timeout=10_000)
    return wizard


def to_check_page(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(lambda: wizard.check_page.result is not None, timeout=10_000)


def test_every_page_a_fixed_column_is_what_gets_imported(
    qtbot: QtBot,
    office_db: Database,
    verifier: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    wizard = open_wizard(qtbot, office_db, verifier, roster(tmp_path / "usulan.xlsx"), monkeypatch)
    page = wizard.layout_page
    assert page.summaryLabel.text() == (
        "Tata letak: satu tabel panjang dengan kolom Nama Kelompok. Terbaca 2 kelompok, 16 anggota."
    )
    assert "judul kolom di baris 2" in page.sheetLabel.text()
    phone = page.combos["phone"]
    assert phone.currentText() == "(tidak ada)"  # 'Kontak WA' is not a known header
    assert page.combos["nik"].currentText() == "C — NIK"
    phone.setCurrentIndex(phone.findText("G — Kontak WA"))
    assert not page.isComplete()  # read again on a worker
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert wizard.plan.overrides == {("Usulan", "phone"): 6}
    assert page.combos["phone"].currentText() == "G — Kontak WA"

    to_check_page(qtbot, wizard)
    check = wizard.check_page
    assert check.summaryLabel.text() == "2 kelompok dan 16 anggota siap diimpor"
    assert check.isComplete()
    qtmodeltester.check(check.model)
    with office_db.reader() as s:
        assert s.scalar(select(func.count(Group.id))) == 0  # the check wrote nothing

    imported: list[object] = []
    wizard.imported.connect(imported.append)
    wizard.next()
    assert wizard.currentPage() is wizard.import_page
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=10_000)
    assert wizard.import_page.summaryLabel.text() == "2 kelompok dan 16 anggota diimpor"
    assert len(imported) == 1
    with office_db.reader() as s:
        phones = set(s.scalars(select(Member.phone)))
    assert len(phones) == 16 and "081200000001" in phones


def test_cancel_leaves_the_database_unchanged(
    qtbot: QtBot, office_db: Database, verifier: Actor, tmp_path: Path, monkeypatch
) -> None:
    real = import_wizard.import_file

    def cancelled_at_first_step(*args: Any, **kw: Any) -> Any:
        if not kw.get("dry_run"):
            progress = kw["progress"]

            def press_batal(done: int, total: int, text: str) -> None:
                kw["check"].__self__.cancel()  # the OperationContext: as its Batal does
                progress(done, total, text)

            kw["progress"] = press_batal
        return real(*args, **kw)

    monkeypatch.setattr(import_wizard, "import_file", cancelled_at_first_step)
    wizard = open_wizard(qtbot, office_db, verifier, roster(tmp_path / "usulan.xlsx"), monkeypatch)
    to_check_page(qtbot, wizard)
    before = snapshot(office_db)
    wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=10_000)
    assert wizard.import_page.summaryLabel.text() == "Impor dibatalkan"
    assert "Tidak ada yang disimpan" in wizard.import_page.detailLabel.text()
    assert snapshot(office_db) == before
    with office_db.reader() as s:
        assert not s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.entity == "import"))


def test_a_structure_error_blocks_with_its_reason(
    qtbot: QtBot, office_db: Database, verifier: Actor, tmp_path: Path, monkeypatch
) -> None:
    header = ["No", "Nama Kelompok", "No. Identitas", "Nama Lengkap", "L/P", "Jabatan"]
    path = roster(tmp_path / "tanpa_nik.xlsx", header)
    wizard = open_wizard(qtbot, office_db, verifier, path, monkeypatch)
    assert wizard.layout_page.combos["nik"].currentText() == "(tidak ada)"
    to_check_page(qtbot, wizard)
    check = wizard.check_page
    assert check.summaryLabel.text() == "Berkas belum dapat diimpor"
    assert "NIK" in check.detailLabel.text()
    assert not check.isComplete()
    assert not wizard.button(wizard.WizardButton.CommitButton).isEnabled()

    wizard.back()  # fixed by hand: the NIK is in column C
    nik = wizard.layout_page.combos["nik"]
    nik.setCurrentIndex(nik.findText("C — No. Identitas"))
    qtbot.waitUntil(wizard.layout_page.isComplete, timeout=10_000)
    to_check_page(qtbot, wizard)
    assert check.isComplete()
    assert check.summaryLabel.text() == "2 kelompok dan 16 anggota siap diimpor"


def test_problems_are_saved_to_a_workbook(
    qtbot: QtBot, office_db: Database, verifier: Actor, tmp_path: Path, monkeypatch
) -> None:
    header = ["No", "Nama Kelompok", "NIK", "Nama Lengkap", "L/P", "Jabatan"]
    path = roster(tmp_path / "usulan.xlsx", header)
    wb = openpyxl.load_workbook(path)
    wb.active["C3"] = "3275"  # a NIK cut short
    wb.save(path)
    out = tmp_path / "kembali.xlsx"
    monkeypatch.setattr(import_pages, "choose_save_file", lambda *_a: str(out))
    wizard = open_wizard(qtbot, office_db, verifier, path, monkeypatch)
    to_check_page(qtbot, wizard)
    assert wizard.check_page.model.rowCount() >= 1
    wizard.check_page.saveButton.click()
    qtbot.waitUntil(lambda: bool(wizard.check_page.savedLabel.text()), timeout=10_000)
    assert wizard.check_page.savedLabel.text() == "Disimpan: kembali.xlsx"
    sheet = openpyxl.load_workbook(out)["Usulan"]  # the title spans A:G
    assert sheet["H2"].value == "Keterangan"
    assert "NIK" in sheet["H3"].value


def test_the_window_opens_the_wizard(
    qtbot: QtBot, office_db: Database, verifier: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from tkm_desktop.gui.long_work import LongWork

    shown: list[ImportWizard] = []
    monkeypatch.setattr(ImportWizard, "open", lambda w: shown.append(w))
    window = QWidget()
    qtbot.addWidget(window)
    LongWork(window, office_db, verifier).import_proposal()
    assert len(shown) == 1 and shown[0].windowTitle() == "Impor Usulan"
