"""The group editor window: live NIK feedback, saving and re-vetting, the lock, conflicts,
the unsaved-changes prompt, documents, the vetting panel and history. Dialogs never exec()."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tkm_desktop.gui import editor_prompts, group_editor
from tkm_desktop.gui.group_editor import TAB_MEMBERS, GroupEditor
from tkm_desktop.gui.roster_model import COL_KK, COL_NAME
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Group, Member

AddGroup = Callable[..., int]
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _editor(qtbot: QtBot, db: Database, actor: Actor, group_id: int) -> GroupEditor:
    editor = GroupEditor(db, actor, group_id)
    qtbot.addWidget(editor)
    return editor


def _set(editor: GroupEditor, row: int, column: int, value: str) -> None:
    model = editor.roster_panel.model
    assert model.setData(model.index(row, column), value)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refusals shown to the clerk (the message box replaced)."""
    shown: list[str] = []
    monkeypatch.setattr(
        editor_prompts, "show_refusal", lambda _p, _t, reasons: shown.extend(reasons)
    )
    return shown


def test_shows_the_group_in_its_tabs(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya", members=3))
    assert editor.ui.tabs.count() == 6
    assert editor.identity_panel.edits["name"].text() == "Maju Jaya"
    pickers = editor.identity_panel.regions
    assert [pickers.code_at(level) for level in range(4)] == [
        "32", "32.75", "32.75.01", "32.75.01.1001",
    ]  # fmt: skip
    assert editor.roster_panel.model.rowCount() == 3
    assert not editor.is_dirty()


def test_picking_a_kecamatan_lists_its_villages(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya"))
    kecamatan = editor.identity_panel.regions.boxes[2]
    kecamatan.setCurrentIndex(kecamatan.findData("32.75.02"))
    villages = editor.identity_panel.regions.boxes[3]
    assert villages.count() > 2
    assert all(villages.itemData(i).startswith("32.75.02.") for i in range(1, villages.count()))
    assert editor.is_dirty()


def test_typing_a_nik_shows_what_it_says_at_once(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya", members=1))
    editor.ui.tabs.setCurrentIndex(TAB_MEMBERS)
    panel = editor.roster_panel
    panel.add_member()  # opens the NIK cell for typing
    line = panel.table.viewport().findChild(QLineEdit)
    assert line is not None
    qtbot.keyClicks(line, "32750141019")
    assert "tidak sah" in panel.preview_label.text() or "16" in panel.preview_label.text()
    qtbot.keyClicks(line, "00009")
    text = panel.preview_label.text()
    assert "1 Januari 1990" in text and "perempuan" in text and "Bekasi" in text


def test_save_writes_audits_and_revets(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    group = add_group("Maju Jaya", members=3)
    editor = _editor(qtbot, gui_db, verifier, group)
    saved: list[int] = []
    editor.saved.connect(saved.append)
    _set(editor, 0, COL_NAME, "Siti Aminah")
    _set(editor, 1, COL_KK, "123")  # a KK too short: a warning after the save
    assert editor.is_dirty()
    assert editor.save()
    assert saved and not editor.is_dirty()
    with gui_db.reader() as session:
        names = session.scalars(select(Member.name).where(Member.group_id == group)).all()
    assert "Siti Aminah" in names
    assert any(f.code == "KK_FORMAT" for f in editor.findings)
    kk = editor.roster_panel.model.index(1, COL_KK)
    assert "KK" in str(kk.data(Qt.ItemDataRole.ToolTipRole))
    history = editor.history_panel.tree
    last = history.topLevelItem(history.topLevelItemCount() - 1)
    children = [last.child(i).text(2) for i in range(last.childCount())]
    assert any("→" in c for c in children) or history.topLevelItemCount() > 1


def test_a_refused_save_is_shown_and_nothing_is_lost(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup, asked: list[str]
) -> None:
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya"))
    editor.identity_panel.edits["name"].setText("")
    assert not editor.save()
    assert asked == ["Nama kelompok wajib diisi."]
    assert editor.is_dirty()


def test_another_clerks_save_is_a_conflict_never_an_overwrite(
    qtbot: QtBot,
    gui_db: Database,
    verifier: Actor,
    make_user: Callable[..., Actor],
    add_group: AddGroup,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    siti = make_user("siti", "verifikator", "Siti Rahma")
    group = add_group("Maju Jaya")
    mine, theirs = _editor(qtbot, gui_db, verifier, group), _editor(qtbot, gui_db, siti, group)
    _set(theirs, 0, COL_NAME, "Dari Siti")
    assert theirs.save()
    messages: list[str] = []
    monkeypatch.setattr(
        editor_prompts, "ask_reload", lambda _p, message: messages.append(message) or True
    )
    _set(mine, 0, COL_NAME, "Dari Budi")
    assert not mine.save()
    assert "diubah oleh Siti Rahma pada" in messages[0]
    assert "muat ulang" in messages[0]
    assert mine.roster_panel.model.member(0).name == "Dari Siti"  # reloaded
    with gui_db.reader() as session:
        assert session.scalars(select(Member.name).where(Member.position == 0)).one() == (
            "Dari Siti"
        )


@pytest.mark.parametrize(
    ("answer", "closes", "stored"),
    [
        (editor_prompts.CANCEL, False, "Anggota 0"),
        (editor_prompts.DISCARD, True, "Anggota 0"),
        (editor_prompts.SAVE, True, "Baru"),
    ],
)
def test_closing_with_changes_asks(
    qtbot: QtBot,
    gui_db: Database,
    verifier: Actor,
    add_group: AddGroup,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    closes: bool,
    stored: str,
) -> None:
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya"))
    asked: list[bool] = []
    monkeypatch.setattr(editor_prompts, "ask_unsaved", lambda _p: asked.append(True) or answer)
    assert editor.close()  # nothing changed: no question
    assert asked == []
    _set(editor, 0, COL_NAME, "Baru")
    assert editor.close() is closes
    assert asked == [True]
    with gui_db.reader() as session:
        assert session.scalars(select(Member.name).where(Member.position == 0)).one() == stored


def test_a_recommended_roster_is_locked_until_a_pejabat_unlocks_it(
    qtbot: QtBot,
    gui_db: Database,
    verifier: Actor,
    make_user: Callable[..., Actor],
    add_group: AddGroup,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    group = add_group("Maju Jaya", status="direkomendasikan")
    editor = _editor(qtbot, gui_db, verifier, group)
    panel = editor.roster_panel
    assert panel.model.read_only and not panel.add_button.isEnabled()
    assert not panel.model.setData(panel.model.index(0, COL_NAME), "Lain")
    assert editor.identity_panel.edits["name"].isReadOnly()
    assert not panel.unlock_button.isEnabled()  # a verifikator may not unlock

    pejabat = make_user("kabid", "pejabat", "Kepala Bidang")
    boss = _editor(qtbot, gui_db, pejabat, group)
    labels: list[str] = []
    monkeypatch.setattr(
        editor_prompts, "ask_text", lambda _p, _t, label: labels.append(label) or "KTP salah"
    )
    assert boss.roster_panel.unlock_button.isEnabled()
    boss.roster_panel.unlock_button.click()
    assert "mencabut surat rekomendasi" in labels[0]
    assert not boss.edit.roster_locked
    with gui_db.reader() as session:
        assert session.get(Group, group).roster_unlocked
    editor.reload()
    assert not panel.model.read_only and panel.add_button.isEnabled()


def test_unlocking_names_the_other_groups_a_shared_letter_is_revoked_for(
    qtbot: QtBot,
    gui_db: Database,
    make_user: Callable[..., Actor],
    add_group: AddGroup,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tkm_desktop.store.models import Letter, LetterGroup

    group = add_group("Maju Jaya", status="direkomendasikan")
    other = add_group("Sumber Rezeki", status="direkomendasikan")
    with gui_db.session() as session:
        letter = Letter(kind="surat", number="500/007/Disnaker/2026", state="issued")
        session.add(letter)
        session.flush()
        session.add_all(LetterGroup(letter_id=letter.id, group_id=g) for g in (group, other))
    make_user("admin", "admin")  # the first account must be an admin
    boss = _editor(qtbot, gui_db, make_user("kabid", "pejabat", "Kepala Bidang"), group)
    labels: list[str] = []
    monkeypatch.setattr(editor_prompts, "ask_text", lambda _p, _t, label: labels.append(label))
    boss.roster_panel.unlock_button.click()  # asked, then cancelled: nothing changes
    assert "Surat Nomor 500/007/Disnaker/2026 juga untuk kelompok Sumber Rezeki" in labels[0]
    assert boss.edit.roster_locked


def test_findings_jump_to_the_member_and_warnings_are_acknowledged(
    qtbot: QtBot,
    gui_db: Database,
    verifier: Actor,
    add_group: AddGroup,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya", members=3))
    _set(editor, 2, COL_KK, "123")
    assert editor.save()
    tree = editor.vetting_panel.tree
    items = [
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]
    kk = next(i for i in items if editor.vetting_panel.finding_of(i).code == "KK_FORMAT")
    tree.itemDoubleClicked.emit(kk, 0)
    assert editor.ui.tabs.currentIndex() == TAB_MEMBERS
    assert editor.roster_panel.table.currentIndex().row() == 2
    tree.setCurrentItem(kk)
    assert editor.vetting_panel.ack_button.isEnabled()
    monkeypatch.setattr(editor_prompts, "ask_text", lambda *_a: "KK lama, sudah dicek")
    editor.vetting_panel.ack_button.click()
    acked = [f for f in editor.findings if f.code == "KK_FORMAT"]
    assert acked and all(f.acknowledged for f in acked)


def test_returning_a_group_asks_a_reason(
    qtbot: QtBot,
    gui_db: Database,
    verifier: Actor,
    add_group: AddGroup,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    group = add_group("Maju Jaya")
    editor = _editor(qtbot, gui_db, verifier, group)
    buttons = editor.vetting_panel.status_buttons
    assert "dikembalikan" in buttons and "direkomendasikan" not in buttons
    monkeypatch.setattr(editor_prompts, "ask_text", lambda *_a: "Surat desa belum ada")
    buttons["dikembalikan"].click()
    assert editor.edit.status == "dikembalikan"


def test_documents_are_attached_and_opened(
    qtbot: QtBot,
    gui_db: Database,
    verifier: Actor,
    add_group: AddGroup,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("TKM_DATA_DIR", str(tmp_path / "data"))  # the opened copy goes there
    scan = tmp_path / "ktp.pdf"
    scan.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(scan), ""))
    opened: list[QUrl] = []
    monkeypatch.setattr(group_editor.QDesktopServices, "openUrl", opened.append)
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya"))
    panel = editor.documents_panel
    assert panel.tree.topLevelItemCount() > 0
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.attach_button.click()
    assert panel.docs[0].received and panel.docs[0].file_name == "ktp.pdf"
    assert not editor.is_dirty()  # stored by the service already
    panel.open_button.click()
    assert Path(opened[0].toLocalFile()).read_bytes() == PDF


def test_the_budget_shows_totals_in_words_and_the_split(
    qtbot: QtBot, gui_db: Database, verifier: Actor, add_group: AddGroup
) -> None:
    editor = _editor(qtbot, gui_db, verifier, add_group("Maju Jaya"))
    panel = editor.budget_panel
    panel.add_button.click()
    model = panel.model
    for column, value in ((0, "Oven"), (2, "2"), (4, "1.500.000")):
        assert model.setData(model.index(0, column), value)
    assert "Rp3.000.000" in panel.total_label.text()
    assert "tiga juta" in panel.words_label.text().lower()
    assert "Alat: Rp3.000.000 (100%)" in panel.split_label.text()
    assert editor.save()
    assert editor.edit.budget_lines[0].item == "Oven"


def test_ctrl_n_creates_a_group_and_opens_it(
    qtbot: QtBot, gui_db: Database, verifier: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tkm_desktop.gui.main_window import MainWindow

    opened: list[GroupEditor] = []
    monkeypatch.setattr(editor_prompts, "ask_line", lambda *_a: "Kelompok Tangan")
    monkeypatch.setattr(GroupEditor, "exec", lambda editor: opened.append(editor) or 0)
    window = MainWindow(gui_db, verifier, idle_minutes=0)
    qtbot.addWidget(window)
    window.ui.actionNewGroup.trigger()
    assert opened[0].edit.identity.name == "Kelompok Tangan"
    assert opened[0].edit.status == "diusulkan"
