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
from tkm_desktop.services import users
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.services.demo import populate_demo
from tkm_desktop.store.db import Database, sqlite_url

# A maximised window on a 1366×768 screen, less a 40 px taskbar and a 30 px title bar.
WIDTH, HEIGHT = 1366, 768 - 40 - 30


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


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
    dialog.layout().activate()


def small_image(image: QImage) -> QImage:
    """The image with its 256 commonest colours: flat UI colours stay exact, files shrink."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I", bytes(rgb.constBits()))
    table = [colour for colour, _n in Counter(pixels).most_common(256)]
    return rgb.convertToFormat(
        QImage.Format.Format_Indexed8, table, Qt.ImageConversionFlag.ThresholdDither
    )


def save(widget: QWidget, folder: Path, name: str) -> Path:
    image = small_image(widget.grab().toImage())
    path = folder / f"{name}.png"
    if not image.save(str(path), "PNG", 9):
        raise OSError(f"could not write {path}")
    print(f"{path}  {path.stat().st_size // 1024} KB")
    return path


def demo_database(folder: Path) -> Database:
    """The demo office, vetted, with a recommendation letter issued and an export made."""
    from sqlalchemy import select

    from tkm_desktop.services.export import plan_export, run_export
    from tkm_desktop.services.letters import issue_letter
    from tkm_desktop.services.vetting import vet_groups
    from tkm_desktop.store.models import Group

    db = open_database(sqlite_url(folder / "tkm-demo.sqlite3"))
    populate_demo(db)
    verifier, _ = actor_of(db, "verifikator")
    vet_groups(db, verifier)
    with db.reader() as session:
        recommended = session.scalar(
            select(Group.id).where(Group.status == "direkomendasikan").order_by(Group.id)
        )
    official, _ = actor_of(db, "pejabat")
    if recommended is not None:
        issue_letter(db, official, [recommended], demo=True)
    # One export on record (a trial: the groups keep their status), for the Ekspor page.
    plan = plan_export(db, official)
    if plan.included:
        run_export(db, official, plan, folder / "usulan-kemnaker.xlsx", confirm_submit=False)
    return db


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


def tour(folder: Path, lang: str, size: tuple[int, int] = (WIDTH, HEIGHT)) -> list[Path]:
    app = make_application(lang)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="tkm-tour-") as tmp:
        # Column widths and last folders go to a throw-away place, not the user's settings.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        db = demo_database(Path(tmp))
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
                if page == PAGE_EXPORTS:
                    shots.append(export_dialog_shot(app, db, window, folder, lang))

            password = PasswordDialog(db, actor, window)
            show_unmapped(password)
            settle(app)
            shots.append(save(password, folder, "10-ganti-kata-sandi"))
            password.close()

            window.show_page(PAGE_HOME)
            window.close()
            settle(app)
        finally:
            db.dispose()
    QCoreApplication.processEvents()
    return shots


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
