"""The groups list's *Cetak* menu: what the selection, the statuses and the role allow (and
why not), the same menu on a right click, and where each entry leads."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from tkm_desktop.gui import paperwork_dialogs
from tkm_desktop.gui.group_table_model import COL_NAME, COL_SCHEME
from tkm_desktop.gui.groups_page import GroupsPage
from tkm_desktop.gui.paperwork_options import PaperChoice, PaperRequest
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database

AddGroup = Callable[..., int]
MakeUser = Callable[..., Actor]


def _page(qtbot: QtBot, db: Database, actor: Actor | None) -> GroupsPage:
    page = GroupsPage(db, actor=actor, demo=True)
    qtbot.addWidget(page)
    page.reload()
    return page


def _select(page: GroupsPage, *rows: int) -> None:
    selection = page.ui.groupTable.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(page.model.index(row, COL_NAME), flags)


def _open(page: GroupsPage) -> None:
    """What opening the *Cetak* menu does first: work out its entries' state."""
    page._print_menu.aboutToShow.emit()


def _state(page: GroupsPage) -> dict[str, bool]:
    """The entries as the menu shows them."""
    _open(page)
    actions = {
        "letter": page.actionLetter,
        "sheet": page.actionSheet,
        "minutes": page.actionMinutes,
        "return": page.actionReturn,
        "recap": page.actionRecapPdf,
        "recap_xlsx": page.actionRecapXlsx,
    }
    return {name: action.isEnabled() for name, action in actions.items()}


@pytest.fixture
def official(make_user: MakeUser) -> Actor:
    make_user("admin", "admin")
    return make_user("ani", "pejabat")


@dataclass
class Desk:
    """An official at the groups list: add groups, then open the page."""

    qtbot: QtBot
    db: Database
    official: Actor
    add_group: AddGroup

    def page(self) -> GroupsPage:
        return _page(self.qtbot, self.db, self.official)


@pytest.fixture
def desk(qtbot: QtBot, gui_db: Database, add_group: AddGroup, official: Actor) -> Desk:
    return Desk(qtbot, gui_db, official, add_group)


def test_the_selection_and_the_status_decide_what_can_be_printed(desk: Desk) -> None:
    desk.add_group("Direkomendasikan", status="direkomendasikan")
    desk.add_group("Dikembalikan", status="dikembalikan")
    desk.add_group("Baru")
    page = desk.page()
    assert page.ui.groupTable.selectionMode() == page.ui.groupTable.SelectionMode.ExtendedSelection
    assert _state(page) == {"letter": False, "sheet": False, "minutes": True, "return": False,
                            "recap": True, "recap_xlsx": True}  # fmt: skip
    assert page.actionSheet.toolTip().startswith("Pilih kelompok dalam daftar")
    _select(page, 0)
    assert _state(page)["letter"] and _state(page)["sheet"] and not _state(page)["return"]
    assert page.actionReturn.toolTip() == (
        "Surat pengembalian hanya untuk kelompok berstatus Dikembalikan untuk Perbaikan."
    )
    _select(page, 1)
    assert _state(page)["return"] and not _state(page)["letter"]
    assert page.actionLetter.toolTip() == (
        "Surat rekomendasi hanya untuk kelompok berstatus Direkomendasikan."
    )
    _select(page, 0, 1)
    assert page.selected_group_ids() == [page.model.group_id_at(0), page.model.group_id_at(1)]
    # The letters' dialog takes the recommended among them and names the ones it leaves.
    assert _state(page)["letter"] and not _state(page)["return"] and _state(page)["sheet"]
    assert page.actionReturn.toolTip() == "Pilih tepat satu kelompok."
    page.ui.searchEdit.setText("tidak ada yang begini")
    page.apply_filter()
    assert not _state(page)["recap"]
    assert page.actionRecapXlsx.toolTip() == "Tidak ada kelompok dalam daftar untuk direkap."


def test_the_role_decides_too_and_says_so(
    qtbot: QtBot, gui_db: Database, add_group: AddGroup, make_user: MakeUser
) -> None:
    add_group("Direkomendasikan", status="direkomendasikan")
    make_user("admin", "admin")
    verifier = make_user("budi", "verifikator")
    viewer = make_user("lihat", "viewer")
    page = _page(qtbot, gui_db, verifier)
    _select(page, 0)
    assert _state(page) == {"letter": False, "sheet": True, "minutes": True, "return": False,
                            "recap": True, "recap_xlsx": True}  # fmt: skip
    assert page.actionLetter.toolTip() == (
        "Peran Anda tidak berwenang menerbitkan surat rekomendasi."
    )
    page = _page(qtbot, gui_db, viewer)
    _select(page, 0)
    assert not any(_state(page).values())
    assert page.actionSheet.toolTip() == "Peran Anda tidak berwenang mencetak dokumen."
    page = _page(qtbot, gui_db, None)  # no one signed in: nothing, and why
    _select(page, 0)
    assert not any(_state(page).values())
    assert page.actionRecapPdf.toolTip() == "Masuk sebagai pengguna untuk mencetak."


def test_the_button_ctrl_p_and_a_right_click_open_one_menu(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.add_group("Direkomendasikan", status="direkomendasikan")
    page = desk.page()
    menu = page.ui.printButton.menu()
    opened: list[QPoint] = []
    monkeypatch.setattr(menu, "popup", lambda pos, *_: opened.append(pos))  # offscreen: no popups
    assert page.print_menu() is menu
    button = page.ui.printButton
    assert opened == [button.mapToGlobal(QPoint(0, button.height()))]  # under the button
    table = page.ui.groupTable
    _select(page, 0)
    page.actionLetter.setEnabled(False)  # stale until the menu opens
    at = table.visualRect(page.model.index(0, COL_NAME)).center()
    table.customContextMenuRequested.emit(at)
    assert opened[1] == table.viewport().mapToGlobal(at)
    assert page.actionLetter.isEnabled()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Surat &Rekomendasi…",
        "&Lembar Hasil Verifikasi",
        "&Berita Acara Hasil Verifikasi…",
        "Surat &Pengembalian…",
        "Rekap &Usulan (PDF)",
        "Rekap Usulan (&Excel)…",
    ]


def test_surat_rekomendasi_hands_the_selection_to_the_letters_dialog(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = desk.add_group("Satu", status="direkomendasikan")
    second = desk.add_group("Dua", status="direkomendasikan")
    calls: list[tuple[Any, ...]] = []
    answers = [True, False]

    def issue_for_groups(parent: QWidget, db: Database, actor: Actor, ids: list[int],
                         *, lang: str, demo: bool) -> bool:  # fmt: skip
        calls.append((parent, db, actor, ids, lang, demo))
        return answers.pop(0)

    fake = types.ModuleType("tkm_desktop.gui.letter_issue")
    fake.issue_for_groups = issue_for_groups  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tkm_desktop.gui.letter_issue", fake)
    page = desk.page()
    _select(page, 0, 1)
    changed: list[bool] = []
    page.dataChanged.connect(lambda: changed.append(True))
    _open(page)
    page.actionLetter.trigger()
    assert calls == [(page, desk.db, desk.official, [first, second], "id", True)]
    assert changed == [True]  # issued: the window reads its lists again
    _open(page)
    page.actionLetter.trigger()
    assert changed == [True]  # nothing issued, nothing to reload


def test_a_refused_recap_shows_the_reason(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    desk.add_group("Satu")
    refusals: list[list[str]] = []
    monkeypatch.setattr(paperwork_dialogs, "ask_paper_choice", lambda *a: PaperChoice("a4"))
    monkeypatch.setattr(paperwork_dialogs, "show_refusal", lambda p, t, r: refusals.append(r))

    def crash(*exc_info: object) -> None:
        raise AssertionError(f"a traceback reached the clerk: {exc_info[1]!r}")

    monkeypatch.setattr(sys, "excepthook", crash)
    page = desk.page()
    _open(page)
    page.actionRecapPdf.trigger()  # this office has no letterhead yet
    desk.qtbot.waitUntil(lambda: bool(refusals))
    assert refusals[0][0].startswith("Data kantor untuk kop surat")


def test_the_sheet_and_the_return_letter_act_on_the_selection(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.add_group("Satu")
    returned = desk.add_group("Dua", status="dikembalikan")
    asked: list[PaperRequest] = []
    monkeypatch.setattr(paperwork_dialogs, "ask_paper_choice", lambda p, r: asked.append(r))
    page = desk.page()
    _select(page, 0, 1)
    _open(page)
    page.actionSheet.trigger()
    assert asked[0].title == "Lembar Hasil Verifikasi"
    assert asked[0].summary.startswith("Lembar Hasil Verifikasi untuk 2 kelompok")
    _select(page, 1)
    _open(page)
    page.actionReturn.trigger()
    desk.qtbot.waitUntil(lambda: len(asked) == 2)
    assert asked[1].numbered and "Dua" in asked[1].summary
    assert page.selected_group_ids() == [returned]


def test_ctrl_click_selects_several_groups(desk: Desk) -> None:
    ids = [desk.add_group(name) for name in ("Satu", "Dua", "Tiga")]
    page = desk.page()
    page.resize(1200, 600)
    page.layout().activate()  # rows get their places without a window on screen
    table = page.ui.groupTable
    assert table.isColumnHidden(COL_SCHEME)  # a hidden column must not hide the selection

    def click(row: int, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        at = table.visualRect(page.model.index(row, COL_NAME)).center()
        desk.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, at)

    click(0)
    click(2, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_group_ids() == [ids[0], ids[2]]
    assert _state(page)["sheet"] and not _state(page)["return"]


def test_changing_the_selection_reads_nothing_until_the_menu_opens(desk: Desk) -> None:
    for n in range(4):
        desk.add_group(f"Kelompok {n}", status="direkomendasikan" if n else "dikembalikan")
    page = desk.page()
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(desk.db.engine, "before_cursor_execute", count)
    try:
        for rows in ((0,), (0, 1), (1, 2, 3), (0, 1, 2, 3)):
            _select(page, *rows)
        assert statements == []  # a click in a 12,000-row list costs no query
        assert _state(page)["letter"] and not _state(page)["return"]
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", count)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 2  # one status read per opening, however many rows are picked
