"""Open every screen on a fresh demo database, offscreen at 1366×768, and save PNGs.

    uv run python tools/screenshot_tour.py OUT_DIR [--lang id|en]

For documentation and for review: look at each picture as a clerk would (wording,
alignment, nothing cut off). The window is sized as a maximised window on a
1366×768 laptop with a taskbar. Pictures are written as 8-bit PNGs to stay small.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from array import array
from collections import Counter
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tkm_desktop.gui.app import make_application
from tkm_desktop.gui.group_editor import GroupEditor
from tkm_desktop.gui.login_dialog import LoginDialog, LoginMode
from tkm_desktop.gui.main_window import (
    PAGE_EXPORTS,
    PAGE_GROUPS,
    PAGE_HOME,
    PAGE_LETTERS,
    PAGE_PEOPLE,
    PAGE_SETTINGS,
    MainWindow,
)
from tkm_desktop.gui.password_dialog import PasswordDialog
from tkm_desktop.gui.settings_preview import LetterheadPreview
from tkm_desktop.services import users
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.services.demo import populate_demo
from tkm_desktop.services.letters import IssuedLetter, issue_letter
from tkm_desktop.store.db import Database, sqlite_url

# A maximised window on a 1366×768 screen, less a 40 px taskbar and a 30 px title bar.
WIDTH, HEIGHT = 1366, 768 - 40 - 30


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def pause(app: QApplication, ms: int) -> None:
    from PySide6.QtCore import QElapsedTimer, QThread

    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < ms:
        app.processEvents()
        QThread.msleep(10)


def wait_until(app: QApplication, done: Callable[[], bool], limit: int = 2000) -> None:
    from PySide6.QtCore import QThread

    for _ in range(limit):
        if done():
            return
        app.processEvents()
        QThread.msleep(5)
    raise TimeoutError("the screen did not finish loading")


def show_unmapped(dialog: QWidget) -> None:
    """Lay a dialog out as if shown, without a platform window (the offscreen platform
    warns about the size hints of real ones); ``grab`` renders it all the same."""
    dialog.ensurePolished()
    dialog.resize(dialog.size().expandedTo(dialog.sizeHint()))
    layout = dialog.layout()
    if layout is not None:  # a QWizard lays its pages out itself (restart, next)
        layout.activate()


def small_image(image: QImage) -> QImage:
    """The image with its 256 commonest colours: flat UI colours stay exact, files shrink."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I", bytes(rgb.constBits()))
    table = [colour for colour, _n in Counter(pixels).most_common(256)]
    return rgb.convertToFormat(
        QImage.Format.Format_Indexed8, table, Qt.ImageConversionFlag.ThresholdDither
    )


def save(widget: QWidget, folder: Path, name: str) -> Path:
    for preview in widget.findChildren(LetterheadPreview):  # drawn ~300 ms after an edit
        if preview.pending():
            preview.refresh()
    return save_image(widget.grab().toImage(), folder, name)


def save_image(picture: QImage, folder: Path, name: str) -> Path:
    image = small_image(picture)
    path = folder / f"{name}.png"
    if not image.save(str(path), "PNG", 9):
        raise OSError(f"could not write {path}")
    print(f"{path}  {path.stat().st_size // 1024} KB")
    return path


def demo_database(folder: Path) -> tuple[Database, IssuedLetter | None]:
    """The demo office (vetted) with a recommendation letter issued and an export made."""
    from sqlalchemy import select

    from tkm_desktop.services.export import plan_export, run_export
    from tkm_desktop.store.models import Group

    db = open_database(sqlite_url(folder / "tkm-demo.sqlite3"))
    populate_demo(db)  # vetted by the demo's verifikator
    with db.reader() as session:
        recommended = session.scalar(
            select(Group.id).where(Group.status == "direkomendasikan").order_by(Group.id)
        )
    official, _ = actor_of(db, "pejabat")
    issued = issue_letter(db, official, [recommended], demo=True) if recommended else None
    # One export on record (a trial: the groups keep their status), for the Ekspor page.
    plan = plan_export(db, official)
    if plan.included:
        run_export(db, official, plan, folder / "usulan-kemnaker.xlsx", confirm_submit=False)
    return db, issued


def actor_of(db: Database, username: str):  # type: ignore[no-untyped-def]
    with db.reader() as session:
        user = users.find_user(session, username)
        assert user is not None
        return users.actor_from_user(user, "gui"), user.display_name


def sample_nik(db: Database) -> str:
    """A NIK that sits in two groups when the demo has one, else any member's."""
    from sqlalchemy import func, select

    from tkm_desktop.store.models import Member

    with db.reader() as session:
        twice = session.scalar(
            select(Member.nik)
            .group_by(Member.nik)
            .having(func.count(Member.group_id.distinct()) > 1)
        )
        return twice or session.scalar(select(Member.nik).limit(1)) or ""


EDITOR_TABS = ("identitas", "anggota", "rab", "dokumen", "pemeriksaan", "riwayat")


def editor_group(db: Database) -> tuple[int, int | None]:
    """A group being vetted whose roster has findings (the marks show), and a locked one."""
    from sqlalchemy import func, select

    from tkm_desktop.store.models import Finding, Group

    with db.reader() as session:
        marked = session.scalar(
            select(Finding.group_id)
            .join(Group, Group.id == Finding.group_id)
            .where(Group.status == "diusulkan", Finding.member_id.is_not(None))
            .group_by(Finding.group_id)
            .order_by(func.count().desc(), Finding.group_id)
            .limit(1)
        )
        locked = session.scalar(
            select(Group.id).where(Group.status == "direkomendasikan").order_by(Group.id)
        )
    if marked is None:
        with db.reader() as session:
            marked = session.scalar(select(Group.id).order_by(Group.id))
    assert marked is not None
    return marked, locked


def editor_tour(  # type: ignore[no-untyped-def]
    app: QApplication, db: Database, actor, window: QWidget, folder: Path, lang: str,
    size: tuple[int, int],
) -> list[Path]:  # fmt: skip
    """Each tab of the group editor, then a recommended group's locked roster."""
    shots = []
    marked, locked = editor_group(db)
    editor = GroupEditor(db, actor, marked, lang=lang, parent=window)
    editor.resize(*size)
    editor.layout().activate()
    for tab, name in enumerate(EDITOR_TABS):
        editor.ui.tabs.setCurrentIndex(tab)
        if name == "anggota":  # the first row current: its NIK read out under the table
            editor.roster_panel.table.setCurrentIndex(editor.roster_panel.model.index(0, 0))
        if name == "dokumen":
            tree = editor.documents_panel.tree
            tree.setCurrentItem(tree.topLevelItem(0))
        settle(app)
        shots.append(save(editor, folder, f"05{'abcdef'[tab]}-kelompok-{name}"))
    editor.deleteLater()
    if locked is not None:
        editor = GroupEditor(db, actor, locked, lang=lang, parent=window)
        editor.resize(*size)
        editor.layout().activate()
        editor.ui.tabs.setCurrentIndex(1)
        settle(app)
        shots.append(save(editor, folder, "05g-kelompok-terkunci"))
        editor.deleteLater()
    return shots


def export_dialog_shot(  # type: ignore[no-untyped-def]
    app: QApplication, db: Database, window: QWidget, folder: Path, lang: str
) -> Path:
    """Buat Ekspor after Periksa, as the official sees it: what goes in, what stays out."""
    from tkm_desktop.gui.export_page import ExportDialog

    official, _ = actor_of(db, "pejabat")
    dialog = ExportDialog(db, official, lang, window)
    for i in range(dialog.statusList.count()):  # the proposed groups too: some are left out
        item = dialog.statusList.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "diusulkan":
            item.setCheckState(Qt.CheckState.Checked)
    dialog.check()
    show_unmapped(dialog)
    settle(app)
    path = save(dialog, folder, "08b-ekspor-periksa")
    dialog.deleteLater()
    return path


FIRST_RUN = ("selamat-datang", "admin", "wilayah", "kop-surat", "penanda-tangan",
             "penomoran", "skema", "selesai")  # fmt: skip


def fill_first_run_page(page: QWidget) -> None:
    """Fill a first-run step as a new office would (the other fields keep the suggestions)."""
    from tkm_desktop.gui import first_run_pages as fp

    if isinstance(page, fp.AdminPage):
        page.usernameEdit.setText("kepala")
        page.displayNameEdit.setText("Kepala Seksi")
        page.passwordEdit.setText("rahasia-123")
        page.repeatEdit.setText("rahasia-123")
    elif isinstance(page, fp.RegionPage):
        page.regionCombo.setCurrentIndex(page.regionCombo.findData("32.75"))
    elif isinstance(page, fp.LetterheadPage):
        # Typed, not set: the letterhead preview follows what the clerk types.
        QTest.keyClicks(page.officeForm.addressEdit, "Jl. Ir. H. Juanda No. 100, Bekasi")
        QTest.keyClicks(page.officeForm.phoneEdit, "(021) 8841234")
    elif isinstance(page, fp.SignatoryPage):
        page.signatoryForm.nameEdit.setText("Drs. H. Ika Indah Yarti, M.Si.")
        page.signatoryForm.rankEdit.setText("Pembina Utama Muda (IV/c)")
        page.signatoryForm.nipEdit.setText("196804111993031009")
    elif isinstance(page, fp.NumberingPage):
        page.numberingForm.patternEdit.setText("400.10/{urut}/Disnaker/{tahun}")


def first_run_tour(app: QApplication, folder: Path, tmp: Path) -> list[Path]:
    """The first-run wizard on an empty database, each step filled before *Lanjut*."""
    from tkm_desktop.gui.first_run_wizard import FirstRunWizard

    db = open_database(sqlite_url(tmp / "first-run.sqlite3"))
    shots = []
    try:
        wizard = FirstRunWizard(db, None)
        wizard.restart()
        for n, name in enumerate(FIRST_RUN):
            page = wizard.currentPage()
            fill_first_run_page(page)
            show_unmapped(wizard)
            settle(app)
            shots.append(save(wizard, folder, f"00{'abcdefgh'[n]}-pengaturan-awal-{name}"))
            if name != FIRST_RUN[-1]:
                wizard.next()
                if wizard.currentPage() is page:
                    raise RuntimeError(f"the first-run step {name} was refused")
        wizard.deleteLater()
    finally:
        db.dispose()
    return shots


def village_workbook(path: Path) -> Path:
    """Two groups in one long table under a merged title, as villages send them."""
    import datetime as dt

    import openpyxl

    from tkm_desktop.services.synthetic import generate

    data = generate(77, groups=2, members_per_group=8, today=dt.date.today())
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Usulan"
    sheet.append(["DAFTAR USULAN KELOMPOK TKM"])
    sheet.merge_cells("A1:G1")
    sheet.append(["No", "Nama Kelompok", "NIK", "Nama Lengkap", "L/P", "Jabatan", "Kontak WA"])
    rows = [(g.name, m) for g in data.groups for m in g.members]
    for n, (group, m) in enumerate(rows, 1):
        sheet.append([n, group, m.nik, m.name, m.sex, m.role, m.phone])
    book.save(path)
    return path


def import_tour(  # type: ignore[no-untyped-def]
    app: QApplication, db: Database, actor, window: QWidget, folder: Path, tmp: Path
) -> list[Path]:
    """Impor Usulan page by page: the file, its layout, the dry run, the import."""
    from tkm_desktop.gui import import_pages
    from tkm_desktop.gui.import_wizard import ImportWizard

    book = village_workbook(tmp / "usulan-desa.xlsx")
    chosen = import_pages.choose_file
    import_pages.choose_file = lambda *_args: str(book)
    try:
        wizard = ImportWizard(db, actor, window)
        wizard.restart()
        wizard.file_page.browseButton.click()
    finally:
        import_pages.choose_file = chosen
    steps = (
        ("04b-impor-berkas", lambda: True),
        ("04c-impor-tata-letak", wizard.layout_page.isComplete),
        ("04d-impor-periksa", lambda: wizard.check_page.result is not None),
        ("04e-impor-selesai", wizard.import_page.isComplete),
    )
    shots = []
    for n, (name, ready) in enumerate(steps):
        if n:
            wizard.next()
        wait_until(app, ready, limit=4000)
        show_unmapped(wizard)
        settle(app)
        shots.append(save(wizard, folder, name))
    wizard.deleteLater()
    return shots


def print_menu_shot(app: QApplication, window: QWidget, folder: Path) -> Path:
    """The groups list's *Cetak* menu over the window, three groups selected."""
    from PySide6.QtCore import QItemSelectionModel, QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QMenu

    page = window.groups  # type: ignore[attr-defined]
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(3):
        page.ui.groupTable.selectionModel().select(page.model.index(row, 0), flags)
    opened: list[QPoint] = []
    popup = QMenu.popup
    QMenu.popup = lambda _menu, pos, *_a: opened.append(pos)  # offscreen: no popups
    try:
        menu = page.print_menu()
    finally:
        QMenu.popup = popup
    menu.ensurePolished()
    menu.resize(menu.sizeHint())
    settle(app)
    image = window.grab().toImage()
    painter = QPainter(image)
    at = window.mapFromGlobal(opened[0])  # kept on screen, as Qt moves a popup
    at.setX(min(at.x(), window.width() - menu.width()))
    painter.drawPixmap(at, menu.grab())
    painter.end()
    return save_image(image, folder, "04f-kelompok-cetak")


def paper_options_shot(app: QApplication, window: QWidget, folder: Path) -> Path:
    """*Berita Acara* from the Cetak menu: the paper options with the groups to report."""
    from tkm_desktop.gui import paperwork_dialogs
    from tkm_desktop.gui.paperwork_options import PaperOptionsDialog, PaperRequest

    asked: list[PaperOptionsDialog] = []

    def ask(parent: QWidget, request: PaperRequest) -> None:
        asked.append(PaperOptionsDialog(request, parent))

    def refused(_parent: QWidget, _title: str, reasons: list[str]) -> None:
        raise RuntimeError(f"the berita acara was refused: {reasons}")

    saved = paperwork_dialogs.ask_paper_choice, paperwork_dialogs.show_refusal
    paperwork_dialogs.ask_paper_choice, paperwork_dialogs.show_refusal = ask, refused
    try:
        page = window.groups  # type: ignore[attr-defined]
        page.printer.minutes(page.selected_group_ids())
        wait_until(app, lambda: bool(asked))
    finally:
        paperwork_dialogs.ask_paper_choice, paperwork_dialogs.show_refusal = saved
    show_unmapped(asked[0])
    settle(app)
    path = save(asked[0], folder, "04g-cetak-berita-acara")
    asked[0].deleteLater()
    return path


def letters_tour(  # type: ignore[no-untyped-def]
    app: QApplication, db: Database, window: QWidget, folder: Path, lang: str,
    letter: IssuedLetter,
) -> list[Path]:  # fmt: skip
    """A letter's code checked on *Surat*, the issue dialog, a letter's PDF preview."""
    from sqlalchemy import select

    from tkm_desktop.gui.letter_issue import LetterIssueDialog, recommended_groups
    from tkm_desktop.gui.pdf_preview import PdfPreviewDialog
    from tkm_desktop.services.letter_register import verify_code
    from tkm_desktop.services.letters import file_name, letter_pdf
    from tkm_desktop.store.models import Group

    shots = []
    letters = window.letters  # type: ignore[attr-defined]
    letters.ui.verifyEdit.setText(letter.code)
    letters.show_verdict(verify_code(db, letter.code, lang=lang))
    settle(app)
    shots.append(save(window, folder, "07b-surat-cek-kode"))

    official, _ = actor_of(db, "pejabat")
    with db.reader() as session:  # three recommended groups and one that is not yet
        ids = [*session.scalars(select(Group.id).where(Group.status == "direkomendasikan")
                                .order_by(Group.id).limit(3)),
               *session.scalars(select(Group.id).where(Group.status == "diverifikasi")
                                .order_by(Group.id).limit(1))]  # fmt: skip
    ready, skipped = recommended_groups(db, ids)
    dialog = LetterIssueDialog(db, official, ready, skipped=skipped, lang=lang, demo=True,
                               parent=window)  # fmt: skip
    show_unmapped(dialog)
    settle(app)
    shots.append(save(dialog, folder, "07c-surat-terbitkan"))
    dialog.deleteLater()

    number, data = letter_pdf(db, official, letter.letter_id)
    title = QCoreApplication.translate("LettersPage", "Surat Nomor {number}")
    preview = PdfPreviewDialog(data, title=title.format(number=number),
                               file_name=file_name(number), parent=window)  # fmt: skip
    show_unmapped(preview)
    preview.grab()  # a paint asks QPdfView for its pages, drawn on worker threads
    pause(app, 1500)
    shots.append(save(preview, folder, "07d-surat-pratinjau"))
    preview.deleteLater()
    return shots


SETTINGS_NAMES = {
    "office": "kantor", "signatories": "penanda-tangan", "team": "tim-verifikasi",
    "schemes": "skema", "numbering": "penomoran", "users": "pengguna",
    "computer": "komputer-ini", "account": "akun",
}  # fmt: skip


def settings_tour(
    app: QApplication, db: Database, folder: Path, lang: str, size: tuple[int, int]
) -> list[Path]:
    """Pengaturan as the admin sees it, every section, *Komputer Ini* after one backup."""
    admin, name = actor_of(db, "admin")
    window = MainWindow(db, admin, demo=True, lang=lang, display_name=name, idle_minutes=0)
    window.resize(*size)
    window.show()
    wait_until(app, lambda: window.home.dashboard is not None)
    window.show_page(PAGE_SETTINGS)
    page = window.settings
    page.computer.backupNowButton.click()
    wait_until(app, page.computer.backupNowButton.isEnabled)
    shots = []
    for n, key in enumerate(page.section_keys()):
        page.show_section(key)
        settle(app)
        shots.append(save(window, folder, f"09{'abcdefgh'[n]}-pengaturan-{SETTINGS_NAMES[key]}"))
    window.close()
    settle(app)
    return shots


def tour(folder: Path, lang: str, size: tuple[int, int] = (WIDTH, HEIGHT)) -> list[Path]:
    app = make_application(lang)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="tkm-tour-") as tmp:
        # Column widths and last folders go to a throw-away place, not the user's settings.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        shots += first_run_tour(app, folder, Path(tmp))
        db, letter = demo_database(Path(tmp))
        try:
            login = LoginDialog(LoginMode.SIGN_IN)
            login.ui.usernameEdit.setText("verifikator")
            show_unmapped(login)
            settle(app)
            shots.append(save(login, folder, "01-masuk"))
            login.close()

            actor, name = actor_of(db, "verifikator")
            window = MainWindow(db, actor, demo=True, lang=lang, display_name=name, idle_minutes=0)
            window.resize(*size)
            window.show()
            settle(app)
            wait_until(app, lambda: window.home.dashboard is not None)
            settle(app)
            shots.append(save(window, folder, "02-beranda"))

            window.show_page(PAGE_GROUPS)
            settle(app)
            shots.append(save(window, folder, "03-kelompok"))

            window.groups.ui.searchEdit.setText("kue")
            window.groups.apply_filter()
            settle(app)
            shots.append(save(window, folder, "04-kelompok-cari"))

            window.groups.clear_filter()
            shots.append(print_menu_shot(app, window, folder))
            shots.append(paper_options_shot(app, window, folder))
            shots += editor_tour(app, db, actor, window, folder, lang, size)

            window.show_page(PAGE_PEOPLE)
            window.people.ui.searchEdit.setText(sample_nik(db))
            window.people.search()
            settle(app)
            shots.append(save(window, folder, "06-cari-anggota"))

            for page, name_ in ((PAGE_LETTERS, "07-surat"), (PAGE_EXPORTS, "08-ekspor"),
                                (PAGE_SETTINGS, "09-pengaturan")):  # fmt: skip
                window.show_page(page)
                settle(app)
                shots.append(save(window, folder, name_))
                if page == PAGE_LETTERS and letter is not None:
                    shots += letters_tour(app, db, window, folder, lang, letter)
                if page == PAGE_EXPORTS:
                    shots.append(export_dialog_shot(app, db, window, folder, lang))
            shots += settings_tour(app, db, folder, lang, size)

            password = PasswordDialog(db, actor, window)
            show_unmapped(password)
            settle(app)
            shots.append(save(password, folder, "10-ganti-kata-sandi"))
            password.close()
            # Last: the import adds groups the screens above would show.
            shots += import_tour(app, db, actor, window, folder, Path(tmp))

            window.show_page(PAGE_HOME)
            window.close()
            settle(app)
        finally:
            db.dispose()
    QCoreApplication.processEvents()
    return sorted(shots)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument(
        "--size",
        default=f"{WIDTH}x{HEIGHT}",
        help="window size in logical pixels, e.g. 1280x650 (a 1920×1080 screen at 150 %%); "
        "set QT_SCALE_FACTOR to render at a high-DPI scale",
    )
    args = parser.parse_args(argv)
    width, _, height = args.size.partition("x")
    args.out.mkdir(parents=True, exist_ok=True)
    tour(args.out, args.lang, (int(width), int(height)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
