"""What a role that sees masked NIKs sees in the group editor: nothing that rebuilds a NIK,
a KK or an account number — in the roster, the NIK line, the history and the identity."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tkm_desktop.domain.nik import make_nik
from tkm_desktop.gui.group_editor import GroupEditor
from tkm_desktop.gui.roster_model import (
    COL_BIRTH_DATE,
    COL_DERIVED,
    COL_NAME,
    COL_NIK,
    COL_PHONE,
)
from tkm_desktop.services import group_edit as ge
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, Member

AddGroup = Callable[..., int]
MakeUser = Callable[..., Actor]
BORN = dt.date(1976, 8, 11)
NIK = make_nik("32.09.37", BORN, "L", 6)  # 3209371108760006
NEW_NIK = make_nik("32.09.37", BORN, "L", 999)
ACCOUNT, NEW_ACCOUNT = "2422256888139", "9876543210123"
KK, NEW_KK = "3209371203000001", "3209371203009999"


def _changed_group(db: Database, clerk: Actor, add_group: AddGroup) -> int:
    """A group whose history holds a NIK, a KK, an account number and a birth date."""
    group = add_group("Maju Jaya", members=1)
    with db.session() as session:
        member = session.scalars(select(Member).where(Member.group_id == group)).one()
        member.nik, member.kk, member.sex, member.birth_date = NIK, KK, "L", BORN
        member.phone = "081234567890"
    with db.reader() as session:
        edit = ge.load_group_edit(session, group)
    member = dataclasses.replace(
        edit.members[0], nik=NEW_NIK, kk=NEW_KK, birth_date=dt.date(1976, 8, 12)
    )
    identity = dataclasses.replace(
        edit.identity, bank_name="BRI", account_number=ACCOUNT, account_holder="Maju Jaya"
    )
    edit = ge.save_group(db, clerk, dataclasses.replace(edit, members=(member,),
                                                        identity=identity)).edit  # fmt: skip
    identity = dataclasses.replace(edit.identity, account_number=NEW_ACCOUNT)
    ge.save_group(db, clerk, dataclasses.replace(edit, identity=identity))
    return group


def _editor(qtbot: QtBot, db: Database, actor: Actor, group_id: int) -> GroupEditor:
    editor = GroupEditor(db, actor, group_id)
    qtbot.addWidget(editor)
    return editor


def _history_text(tree: QTreeWidget) -> str:
    lines = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        lines += [item.child(c).text(2) for c in range(item.childCount())]
    return "\n".join(lines)


def _nik_views(db: Database, group: int) -> int:
    with db.reader() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.group_id == group, AuditEvent.action == "view")
        ).all()
    return len(rows)


def test_the_viewer_sees_the_history_and_the_account_masked(
    qtbot: QtBot, gui_db: Database, verifier: Actor, make_user: MakeUser, add_group: AddGroup
) -> None:
    group = _changed_group(gui_db, verifier, add_group)
    viewer = make_user("vivi", "viewer")
    editor = _editor(qtbot, gui_db, viewer, group)
    history = _history_text(editor.history_panel.tree)
    for secret in (NIK, NEW_NIK, KK, NEW_KK, ACCOUNT, NEW_ACCOUNT, "1976", "11/08"):
        assert secret not in history
    assert "NIK: 3209********0006 → 3209********0999" in history
    assert "nomor rekening: 2422*****8139 → 9876*****0123" in history
    assert "No. KK: 3209********0001 → 3209********9999" in history
    assert "tanggal lahir: **/**/**** → **/**/****" in history
    account = editor.identity_panel.edits["account_number"]
    assert account.text() == "9876*****0123" and account.isReadOnly()
    assert not editor.is_dirty()  # the masked text is never taken for a change
    assert _nik_views(gui_db, group) == 0  # nothing whole was shown


def test_the_verifier_sees_the_history_whole_and_that_is_recorded(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    group = _changed_group(gui_db, verifier, add_group)
    editor = _editor(qtbot, gui_db, verifier, group)
    history = _history_text(editor.history_panel.tree)
    assert f"NIK: {NIK} → {NEW_NIK}" in history
    assert f"nomor rekening: {ACCOUNT} → {NEW_ACCOUNT}" in history
    assert "tanggal lahir: 11/08/1976 → 12/08/1976" in history
    assert editor.identity_panel.edits["account_number"].text() == NEW_ACCOUNT
    assert _nik_views(gui_db, group) == 1  # one record for the roster and the history
    again = _editor(qtbot, gui_db, verifier, group)  # the first opening's record, in words
    seen = _history_text(again.history_panel.tree)
    assert "data: NIK lengkap" in seen and "tampilan: daftar anggota kelompok" in seen
    assert "anggota_kelompok" not in seen


def test_a_history_of_removed_members_alone_is_still_recorded(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    group = _changed_group(gui_db, verifier, add_group)
    with gui_db.reader() as session:
        edit = ge.load_group_edit(session, group)
    ge.save_group(gui_db, verifier, dataclasses.replace(edit, members=()))
    editor = _editor(qtbot, gui_db, verifier, group)
    assert editor.roster_panel.model.rowCount() == 0
    assert editor.history_panel.shows_ids
    assert _nik_views(gui_db, group) == 1


def test_a_masked_roster_shows_ages_never_the_birth_date_or_kecamatan_of_the_nik(
    qtbot: QtBot, gui_db: Database, verifier: Actor, make_user: MakeUser, add_group: AddGroup
) -> None:
    group = _changed_group(gui_db, verifier, add_group)
    editor = _editor(qtbot, gui_db, make_user("vivi", "viewer"), group)
    model = editor.roster_panel.model
    today = dt.date.today()
    age = today.year - 1976 - (today < dt.date(today.year, 8, 12))  # the stored birth date
    nik_age = today.year - 1976 - (today < dt.date(today.year, 8, 11))  # the NIK's, a day before
    assert model.data(model.index(0, COL_NIK)) == "3209********0999"
    assert model.data(model.index(0, COL_BIRTH_DATE)) == f"{age} tahun"
    # Least exposure: a phone number is personal data too.
    assert model.data(model.index(0, COL_PHONE)) == "0812****7890"
    derived = model.data(model.index(0, COL_DERIVED))
    assert model.preview(0).regency_name  # its code is in the NIK's visible digits
    assert derived == f"{nik_age} tahun · {model.preview(0).regency_name}"
    header = model.headerData(COL_DERIVED, Qt.Orientation.Horizontal)
    assert header == "Menurut NIK (umur, kab/kota)"
    assert model.preview(0).district_name not in derived
    editor.roster_panel.table.setCurrentIndex(model.index(0, COL_NAME))
    line = editor.roster_panel.preview_label.text()
    assert "3209********0999" in line and f"{nik_age} tahun" in line
    assert not re.search(r"1976|Agustus|laki|" + re.escape(model.preview(0).district_name), line)


def test_a_masked_nik_message_hides_the_region_code_too(
    qtbot: QtBot, gui_db: Database, make_user: MakeUser, add_group: AddGroup
) -> None:
    make_user("admin", "admin")
    editor = _editor(qtbot, gui_db, make_user("vivi", "viewer"), add_group("Maju Jaya"))
    model = editor.roster_panel.model
    unknown = "9999011108760006"  # no such kecamatan
    model.set_members([dataclasses.replace(model.member(0), nik=unknown)])
    shown = " ".join(
        str(model.data(model.index(0, COL_DERIVED), role) or "")
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    )
    assert "99.99.01" not in shown and "110876" not in shown
