"""L/P, Tanggal Lahir and Tempat Lahir in the roster: filled from the NIK, corrected by the
clerk, saved; a mismatch with the NIK is fixed in the editor."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tkm_desktop.domain.nik import make_nik
from tkm_desktop.gui.group_editor import GroupEditor
from tkm_desktop.gui.roster_model import (
    COL_BIRTH_DATE,
    COL_NIK,
    COL_PLACE,
    COL_SEX,
    ERROR_COLOUR,
    RosterModel,
)
from tkm_desktop.services import group_edit as ge
from tkm_desktop.services.context import Actor
from tkm_desktop.services.group_edit import MemberData
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Member

AddGroup = Callable[..., int]
BORN = dt.date(1972, 10, 16)
WOMAN = make_nik("32.75.01", BORN, "P", 6)  # 3275015610720006


def _model(*members: MemberData) -> RosterModel:
    model = RosterModel()
    model.set_members(members)
    return model


def test_a_typed_nik_fills_empty_sex_and_birth_date() -> None:
    model = _model(MemberData(id=None, nik="", name="Siti"))
    assert model.setData(model.index(0, COL_NIK), WOMAN)
    assert (model.member(0).sex, model.member(0).birth_date) == ("P", BORN)
    assert model.data(model.index(0, COL_SEX)) == "P"
    assert model.data(model.index(0, COL_BIRTH_DATE)) == "16/10/1972"


def test_what_the_clerk_typed_is_never_overwritten_by_the_nik() -> None:
    model = _model(MemberData(id=1, nik="", name="Siti", sex="L", birth_date=dt.date(1970, 1, 1)))
    assert model.setData(model.index(0, COL_NIK), WOMAN)
    assert (model.member(0).sex, model.member(0).birth_date) == ("L", dt.date(1970, 1, 1))
    # An invalid NIK fills nothing.
    other = _model(MemberData(id=None, nik="", name="Budi"))
    assert other.setData(other.index(0, COL_NIK), "32750156107200")
    assert (other.member(0).sex, other.member(0).birth_date) == ("", None)


def test_the_clerk_corrects_sex_birth_date_and_place() -> None:
    model = _model(MemberData(id=1, nik=WOMAN, name="Siti", sex="P", birth_date=BORN))
    assert model.flags(model.index(0, COL_SEX)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, COL_SEX), "l")
    assert not model.setData(model.index(0, COL_SEX), "X")
    assert model.setData(model.index(0, COL_BIRTH_DATE), "17/10/1972")
    assert not model.setData(model.index(0, COL_BIRTH_DATE), "31/02/1972")
    assert model.setData(model.index(0, COL_PLACE), "Bekasi")
    assert model.member(0) == MemberData(
        id=1, nik=WOMAN, name="Siti", sex="L", birth_date=dt.date(1972, 10, 17),
        birth_place="Bekasi",
    )  # fmt: skip
    assert model.setData(model.index(0, COL_BIRTH_DATE), "")
    assert model.member(0).birth_date is None


def _editor(qtbot: QtBot, db: Database, actor: Actor, group_id: int) -> GroupEditor:
    editor = GroupEditor(db, actor, group_id)
    qtbot.addWidget(editor)
    return editor


def test_an_unreadable_date_is_refused_out_loud_and_the_cell_keeps_its_date(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya", members=2))
    panel = editor.roster_panel
    cell = panel.model.index(1, COL_BIRTH_DATE)
    delegate = panel.table.itemDelegateForColumn(COL_BIRTH_DATE)
    line = delegate.createEditor(panel.table.viewport(), QStyleOptionViewItem(), cell)
    assert isinstance(line, QLineEdit)
    line.setText("30/02/1990")
    delegate.setModelData(line, panel.model, cell)
    assert panel.model.member(1).birth_date is None
    assert "30/02/1990" in panel.preview_label.text()
    line.setText("5 Januari 1990")
    delegate.setModelData(line, panel.model, cell)
    assert panel.model.member(1).birth_date == dt.date(1990, 1, 5)
    line.deleteLater()


def test_tambah_anggota_then_the_nik_fills_sex_and_birth_date(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    group = add_group("Maju Jaya", members=2)
    editor = _editor(qtbot, gui_db, verifier, group)
    panel = editor.roster_panel
    panel.add_member()
    line = panel.table.viewport().findChild(QLineEdit)
    assert line is not None
    qtbot.keyClicks(line, WOMAN)
    panel.table.commitData(line)  # as leaving the cell does
    row = panel.model.rowCount() - 1
    assert panel.model.setData(panel.model.index(row, 1), "Siti Baru")
    assert panel.model.setData(panel.model.index(row, COL_PLACE), "Bekasi")
    assert editor.save()
    with gui_db.reader() as session:
        stored = session.scalars(select(Member).where(Member.nik == WOMAN)).one()
    assert (stored.sex, stored.birth_date, stored.birth_place) == ("P", BORN, "Bekasi")
    assert stored.kelurahan_code == "32.75.01.1001"  # the group's village


def test_a_sex_that_disagrees_with_the_right_nik_is_fixed_in_the_editor(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    group = add_group("Maju Jaya", members=1)
    with gui_db.session() as session:
        member = session.scalars(select(Member).where(Member.group_id == group)).one()
        member.nik, member.sex, member.birth_date = WOMAN, "L", BORN
    with gui_db.reader() as session:
        edit = ge.load_group_edit(session, group)
    ge.save_group(gui_db, verifier, edit)  # vetted: the mismatch is a stored finding
    editor = _editor(qtbot, gui_db, verifier, group)
    model = editor.roster_panel.model
    assert any(f.code == "NIK_SEX_MISMATCH" for f in editor.findings)
    sex = model.index(0, COL_SEX)
    assert model.data(sex, Qt.ItemDataRole.BackgroundRole) == ERROR_COLOUR
    assert model.setData(sex, "P")
    assert editor.save()
    assert not any(f.code == "NIK_SEX_MISMATCH" for f in editor.findings)
    assert model.data(model.index(0, COL_SEX), Qt.ItemDataRole.BackgroundRole) != ERROR_COLOUR
    assert dataclasses.replace(model.member(0)).sex == "P"
