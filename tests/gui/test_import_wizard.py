"""The import wizard driven page by page: layout fixes, the dry run, the import, Cancel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.import_support import seed_office, snapshot, vb
from tkm_desktop.gui import import_pages, import_wizard, operations
from tkm_desktop.gui.import_wizard import ImportWizard
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, Group, Member

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
    return seed_office(gui_db)


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
    # A clean file: no empty table and nothing to save for the village.
    assert check.detailLabel.text() == "Tidak ada masalah yang ditemukan."
    assert not check.problemsTable.isVisibleTo(check)
    assert not check.saveButton.isVisibleTo(check)
    assert not check.tabs.isTabVisible(0) and check.tabs.currentWidget() is check.previewTable
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
    assert wizard.check_page.problemsTable.isVisibleTo(wizard.check_page)
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


def _groups(db: Database) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count(Group.id))) or 0


def test_batal_after_the_last_check_reports_the_committed_import(
    qtbot: QtBot, office_db: Database, verifier: Actor, tmp_path: Path, monkeypatch
) -> None:
    real = import_wizard.import_file

    def batal_while_saving(*args: Any, **kw: Any) -> Any:
        if not kw.get("dry_run"):
            progress = kw["progress"]

            def press(done: int, total: int, text: str) -> None:
                if text == "Menyimpan…":  # check() already passed: the commit follows
                    kw["check"].__self__.cancel()
                progress(done, total, text)

            kw["progress"] = press
        return real(*args, **kw)

    monkeypatch.setattr(import_wizard, "import_file", batal_while_saving)
    wizard = open_wizard(qtbot, office_db, verifier, roster(tmp_path / "u.xlsx"), monkeypatch)
    to_check_page(qtbot, wizard)
    imported: list[object] = []
    wizard.imported.connect(imported.append)
    wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=10_000)
    assert _groups(office_db) == 2
    assert wizard.import_page.summaryLabel.text() == "2 kelompok dan 16 anggota diimpor"
    assert len(imported) == 1  # the window refreshes


def test_esc_or_close_during_the_import_cancels_it_and_the_wizard_stays(
    qtbot: QtBot, office_db: Database, verifier: Actor, tmp_path: Path, monkeypatch
) -> None:
    real = import_wizard.import_file
    started, go_on = threading.Event(), threading.Event()

    def waits_at_the_first_step(*args: Any, **kw: Any) -> Any:
        if not kw.get("dry_run"):
            progress = kw["progress"]

            def wait(done: int, total: int, text: str) -> None:
                started.set()
                assert go_on.wait(5)
                progress(done, total, text)

            kw["progress"] = wait
        return real(*args, **kw)

    monkeypatch.setattr(import_wizard, "import_file", waits_at_the_first_step)
    wizard = open_wizard(qtbot, office_db, verifier, roster(tmp_path / "u.xlsx"), monkeypatch)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)  # as LongWork opens it
    to_check_page(qtbot, wizard)
    before = snapshot(office_db)
    wizard.next()
    assert started.wait(5)
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.close()  # the title bar's X
    assert wizard.isVisible()
    assert wizard.import_page.operation is not None
    assert wizard.import_page.operation.context.cancelled
    go_on.set()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=10_000)
    assert wizard.isVisible()
    assert wizard.import_page.summaryLabel.text() == "Impor dibatalkan"
    assert snapshot(office_db) == before
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    assert wizard.close()  # the outcome seen, it closes as usual


def test_going_back_during_the_check_drops_its_result(
    qtbot: QtBot, office_db: Database, verifier: Actor, tmp_path: Path, monkeypatch
) -> None:
    real = import_wizard.import_file
    go_on = threading.Event()

    def slow_check(*args: Any, **kw: Any) -> Any:
        assert go_on.wait(5)
        return real(*args, **kw)

    wizard = open_wizard(qtbot, office_db, verifier, roster(tmp_path / "u.xlsx"), monkeypatch)
    monkeypatch.setattr(import_wizard, "import_file", slow_check)
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    wizard.back()  # while the dry run still reads
    go_on.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)
    assert wizard.check_page.result is None
    assert not wizard.check_page.isComplete()


def test_the_worker_imports_what_the_clerk_had_chosen_when_it_started(
    qtbot: QtBot, office_db: Database, verifier: Actor, tmp_path: Path, monkeypatch
) -> None:
    real = import_wizard._run_import
    go_on = threading.Event()
    seen: list[Any] = []

    def late_start(plan: Any, ctx: Any, **kw: Any) -> Any:
        assert go_on.wait(5)  # the worker starts late; the UI changed the plan meanwhile
        seen.append((plan.path, dict(plan.overrides)))
        return real(plan, ctx, **kw)

    wizard = open_wizard(qtbot, office_db, verifier, roster(tmp_path / "u.xlsx"), monkeypatch)
    monkeypatch.setattr(import_wizard, "_run_import", late_start)
    chosen = wizard.plan.path
    wizard.next()
    wizard.plan.overrides[("Usulan", "nik")] = 0
    wizard.plan.path = tmp_path / "lain.xlsx"
    go_on.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert seen == [(chosen, {})]


def test_a_new_file_that_cannot_be_read_leaves_no_table_behind(
    qtbot: QtBot, office_db: Database, verifier: Actor, tmp_path: Path, monkeypatch
) -> None:
    wizard = open_wizard(qtbot, office_db, verifier, roster(tmp_path / "u.xlsx"), monkeypatch)
    assert wizard.plan.data is not None
    wizard.back()
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"bukan buku kerja")
    wizard.file_page.pathEdit.setText(str(broken))

    def unreadable(*_a: Any, **_kw: Any) -> Any:
        raise InputRefused(["Berkas rusak."])

    warned: list[str] = []
    monkeypatch.setattr(import_pages, "load_proposal", unreadable)
    monkeypatch.setattr(operations.QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    wizard.next()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    qtbot.waitUntil(lambda: wizard.layout_page.summaryLabel.text() == "Berkas belum terbaca.")
    assert wizard.plan.data is None
    assert not wizard.layout_page.isComplete()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert wizard.layout_page.combos == {}


def test_the_layout_page_shows_personal_numbers_masked(
    qtbot: QtBot,
    office_db: Database,
    verifier: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QLabel

    from tkm_desktop.domain.nik import mask_nik

    wizard = open_wizard(qtbot, office_db, verifier, roster(tmp_path / "usulan.xlsx"), monkeypatch)
    page = wizard.layout_page
    phone = page.combos["phone"]
    phone.setCurrentIndex(phone.findText("G — Kontak WA"))
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    shown = [label.text() for label in page.findChildren(QLabel)]
    first = vb.people(8, 1)[0].nik
    assert first not in " ".join(shown)
    assert mask_nik(first) in shown and mask_nik("081200000001") in shown


def test_the_layout_page_shows_samples_only_for_what_is_read(
    qtbot: QtBot,
    office_db: Database,
    verifier: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A field set to "(tidak ada)" shows no sample (it read 12/03/1990 from another column);
    a group's name from the lines above the table is greyed and says where it came from; a
    long value is elided, whole in the tooltip."""
    path = vb.per_sheet_book(tmp_path / "usulan.xlsx", [vb.group("KUB Maju Jaya Sentosa Abadi")])
    wizard = open_wizard(qtbot, office_db, verifier, path, monkeypatch)
    page = wizard.layout_page
    grid = page.fieldsArea.widget().layout()

    def sample(name: str) -> QLabel:
        index = grid.indexOf(page.combos[name])
        row, column, _rows, _columns = grid.getItemPosition(index)
        label = grid.itemAtPosition(row, column + 1).widget()
        assert isinstance(label, QLabel)
        return label

    assert page.combos["birth_place_date"].currentText() == "(tidak ada)"
    assert page.combos["birth_date"].currentText() != "(tidak ada)"
    assert sample("birth_place_date").text() == "" and sample("birth_date").text() != ""
    group_name = sample("group.name")
    assert page.combos["group.name"].currentText() == "(tidak ada)"
    assert not group_name.isEnabled() and "keterangan di atas tabel" in group_name.toolTip()
    assert group_name.text().startswith("KUB Maju") and group_name.text().endswith("…")
    assert group_name.toolTip().startswith("KUB Maju Jaya Sentosa Abadi\n")


def test_the_check_page_lists_the_members_as_read(
    qtbot: QtBot,
    office_db: Database,
    verifier: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    """Beside the problems, every member read (NIK masked), a member's own problem in
    its row's colour and tooltip, in the file's order."""
    from tkm_desktop.domain.nik import mask_nik

    path = vb.per_sheet_book(tmp_path / "usulan.xlsx", [vb.group("Maju Jaya", count=6)])
    book = openpyxl.load_workbook(path)
    sheet = book["Maju Jaya"]
    nik_cell = next(c for c in sheet["B"] if c.value == vb.people(6)[1].nik)
    nik_cell.value = "3275"  # far too short: that member's own error
    book.save(path)
    wizard = open_wizard(qtbot, office_db, verifier, path, monkeypatch)
    to_check_page(qtbot, wizard)
    check = wizard.check_page
    qtmodeltester.check(check.previewModel)
    assert check.tabs.isTabVisible(0) and check.tabs.tabText(0).startswith("Masalah (")
    assert check.tabs.tabText(1) == "Data yang dibaca (6 anggota)"
    proxy = check.previewTable.model()
    people = vb.people(6)
    names = [proxy.index(r, 3).data() for r in range(proxy.rowCount())]
    assert names == [p.name for p in people]
    shown = [proxy.index(r, 2).data() for r in range(proxy.rowCount())]
    assert shown[0] == mask_nik(people[0].nik) and people[0].nik not in shown
    assert [proxy.index(r, 4).data() for r in range(6)] == [p.sex for p in people]
    bad = proxy.index(1, 3)
    assert bad.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "NIK" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert proxy.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is None
