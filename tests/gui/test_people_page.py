"""Cari Anggota: one NIK across groups and earlier recipients; masked NIKs; views recorded."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tkm_desktop.gui.people_page import PeoplePage
from tkm_desktop.gui.row_table_model import ROW_ROLE
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, FundedBefore, Member

AddGroup = Callable[..., int]
NIK = "3275014101900000"  # member 0 of every group add_group makes


def _page(qtbot: QtBot, db: Database, actor: Actor) -> PeoplePage:
    page = PeoplePage(db, actor)
    qtbot.addWidget(page)
    return page


def _search(page: PeoplePage, text: str) -> None:
    page.ui.searchEdit.setText(text)
    page.search()


def _views(db: Database) -> list[AuditEvent]:
    with db.reader() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == "view")))


def test_a_nik_in_two_groups_and_funded_before(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    add_group("Maju Jaya", members=2)
    add_group("Kue Basah", members=1, status="diverifikasi")
    with gui_db.session() as session:
        session.add(
            FundedBefore(nik=NIK, name="Anggota 0", group_name="Lama", scheme_code="TKM-JPS-2020")
        )
    page = _page(qtbot, gui_db, verifier)
    _search(page, NIK)
    assert page.members_model.rowCount() == 2
    assert page.funded_model.rowCount() == 1
    assert page.ui.membersLabel.text() == "Anggota kelompok:"
    assert page.members_model.headerData(3, Qt.Orientation.Horizontal) == "Jabatan"
    verdict = page.ui.verdictLabel.text()
    assert verdict.startswith("NIK ini terdaftar di 2 kelompok: ")
    assert "Kue Basah (Memenuhi Syarat (MS), TKM-PEMULA-2023)" in verdict
    assert "Tercatat sebagai penerima bantuan sebelumnya (TKM-JPS-2020)." in verdict


def test_an_unknown_nik_is_clear(qtbot: QtBot, gui_db: Database, verifier: Actor) -> None:
    page = _page(qtbot, gui_db, verifier)
    _search(page, "3275 0141 0190 9999")
    assert page.members_model.rowCount() == 0
    assert page.ui.verdictLabel.text().startswith("NIK ini belum terdaftar di kelompok mana pun")
    assert _views(gui_db) == []  # nothing shown, nothing to record
    # The empty tables say so, rather than showing a blank box.
    assert page.ui.membersLabel.text() == "Anggota kelompok: tidak ada yang cocok."
    assert page.ui.fundedLabel.text() == "Penerima bantuan sebelumnya: tidak ada yang cocok."


def test_verifier_sees_whole_niks_and_each_view_is_recorded(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    add_group("Maju Jaya", members=3)
    page = _page(qtbot, gui_db, verifier)
    _search(page, "Anggota")
    assert page.members_model.index(0, 0).data() == NIK
    assert "dicatat" in page.ui.nikNoteLabel.text()
    views = _views(gui_db)
    assert len(views) == 1
    assert views[0].username == "budi"
    assert views[0].channel == "gui"
    assert views[0].after["field"] == "nik"
    assert len(views[0].after["members"]) == 3


def test_viewer_sees_masked_niks_and_nothing_is_recorded(
    qtbot: QtBot, gui_db: Database, make_user, add_group: AddGroup
) -> None:
    make_user("admin", "admin")
    viewer = make_user("tamu", "viewer")
    group = add_group("Maju Jaya", members=1)
    with gui_db.session() as session:
        member = session.scalars(select(Member).where(Member.group_id == group)).one()
        member.birth_date = dt.date(1990, 1, 2)
    page = _page(qtbot, gui_db, viewer)
    _search(page, NIK)
    assert page.members_model.index(0, 0).data() == "3275********0000"
    assert page.ui.nikNoteLabel.text() == "NIK ditampilkan tersamar sesuai peran Anda."
    # The age, not the birth date: with the group's kecamatan it would rebuild the NIK.
    model = page.members_model
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Umur"
    assert re.fullmatch(r"\d+ tahun", model.index(0, 2).data())
    assert _views(gui_db) == []


def test_short_text_asks_for_more(qtbot: QtBot, gui_db: Database, verifier: Actor) -> None:
    page = _page(qtbot, gui_db, verifier)
    _search(page, "32")
    assert page.ui.verdictLabel.text().startswith("Ketik lebih banyak")
    assert page.ui.fundedLabel.text() == "Penerima bantuan sebelumnya:"  # nothing looked up
    _search(page, "")
    assert not page.ui.verdictLabel.isVisibleTo(page)


def test_typing_searches_after_a_pause(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    add_group("Maju Jaya", members=1)
    page = _page(qtbot, gui_db, verifier)
    qtbot.keyClicks(page.ui.searchEdit, NIK)
    assert page.result is None
    qtbot.waitUntil(lambda: page.members_model.rowCount() == 1)


def test_opening_a_hit_opens_its_group(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    group = add_group("Maju Jaya", members=1)
    page = _page(qtbot, gui_db, verifier)
    _search(page, NIK)
    table = page.ui.membersTable
    index = table.model().index(0, 1)
    assert index.data(ROW_ROLE).group_id == group
    with qtbot.waitSignal(page.groupActivated) as signal:
        table.activated.emit(index)
    assert signal.args == [group]
