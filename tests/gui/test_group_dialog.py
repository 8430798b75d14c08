"""The read-only group dialog: particulars, members (NIK masked by role), findings."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tkm_desktop.gui.group_dialog import GroupDialog
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, Finding

AddGroup = Callable[..., int]


def _dialog(qtbot: QtBot, db: Database, actor: Actor, group_id: int) -> GroupDialog:
    dialog = GroupDialog(db, actor, group_id)
    qtbot.addWidget(dialog)
    return dialog


def test_shows_the_group_its_members_and_findings(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    gui_db: Database,
    verifier: Actor,
    add_group: AddGroup,
) -> None:
    group = add_group("Maju Jaya", members=3, status="diverifikasi")
    with gui_db.session() as session:
        session.add(
            Finding(
                group_id=group,
                code="GROUP_TOO_SMALL",
                severity="error",
                category="group",
                source="vet",
                details={"count": 3, "min": 10},
            )
        )
    dialog = _dialog(qtbot, gui_db, verifier, group)
    ui = dialog.ui
    assert dialog.windowTitle() == f"Kelompok {group}: Maju Jaya"
    assert ui.statusValue.text() == "Memenuhi Syarat (MS)"
    assert ui.kelurahanValue.text() == "Bekasijaya"
    assert ui.tabs.tabText(0) == "Anggota (3)"
    assert ui.tabs.tabText(1) == "Temuan (1)"
    members = dialog.ui.membersTable.model()
    assert [members.index(r, 2).data() for r in range(3)] == ["Anggota 0", "Anggota 1", "Anggota 2"]
    assert members.index(0, 1).data() == "3275014101900000"
    findings = dialog.ui.findingsTable.model()
    assert findings.index(0, 0).data() == "Kesalahan"
    assert findings.index(0, 1).data() == "GROUP_TOO_SMALL"
    qtmodeltester.check(dialog.members_model)
    qtmodeltester.check(dialog.findings_model)


def test_whole_niks_are_recorded_for_the_group(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    group = add_group("Maju Jaya", members=1)
    _dialog(qtbot, gui_db, verifier, group)
    with gui_db.reader() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "view")).one()
    assert (event.entity, event.group_id, event.username) == ("group", group, "budi")


def test_viewer_sees_masked_niks_unrecorded(
    qtbot: QtBot, gui_db: Database, make_user, add_group: AddGroup
) -> None:
    make_user("admin", "admin")
    viewer = make_user("tamu", "viewer")
    group = add_group("Maju Jaya", members=1)
    dialog = _dialog(qtbot, gui_db, viewer, group)
    assert dialog.ui.membersTable.model().index(0, 1).data() == "3275********0000"
    assert dialog.ui.nikNoteLabel.text() == "NIK ditampilkan tersamar sesuai peran Anda."
    with gui_db.reader() as session:
        assert session.scalars(select(AuditEvent).where(AuditEvent.action == "view")).all() == []
