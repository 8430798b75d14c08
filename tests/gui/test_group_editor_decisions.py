"""The SK and the disbursement recorded from the group editor, as the command line's
``decide`` records them: the values asked in a small dialog, the service's checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from tkm_desktop.gui import editor_prompts
from tkm_desktop.gui.decision_dialog import DecisionDialog, DecisionValues
from tkm_desktop.gui.group_editor import GroupEditor
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Group

AddGroup = Callable[..., int]
TODAY = dt.date.today()


def _editor(qtbot: QtBot, db: Database, actor: Actor, group_id: int) -> GroupEditor:
    editor = GroupEditor(db, actor, group_id)
    qtbot.addWidget(editor)
    return editor


def test_the_sk_and_the_payment_are_recorded_from_the_editor(
    qtbot: QtBot,
    gui_db: Database,
    make_user: Callable[..., Actor],
    add_group: AddGroup,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_user("admin", "admin")
    pejabat = make_user("kabid", "pejabat", "Kepala Bidang")
    group = add_group("Maju Jaya", status="diajukan")
    editor = _editor(qtbot, gui_db, pejabat, group)
    offered = editor._status_actions("diajukan")
    assert set(offered) == {"ditetapkan", "tidak_ditetapkan"}  # asked for, no longer hidden
    asked: list[str] = []
    answers = iter([
        None,  # cancelled: nothing happens
        DecisionValues("KEP.5/LATTAS/2026", TODAY, None, None),
        DecisionValues(None, None, TODAY, Decimal(15_000_000)),
    ])  # fmt: skip

    def answer(_parent: object, target: str, _lang: str) -> DecisionValues | None:
        asked.append(target)
        return next(answers)

    monkeypatch.setattr(editor_prompts, "ask_decision", answer)
    editor.change_status("ditetapkan")
    with gui_db.reader() as s:
        assert s.get(Group, group).status == "diajukan"  # type: ignore[union-attr]
    editor.change_status("ditetapkan")
    editor.change_status("dana_cair")
    assert asked == ["ditetapkan", "ditetapkan", "dana_cair"]
    with gui_db.reader() as s:
        stored = s.get(Group, group)
        assert stored is not None and stored.status == "dana_cair"
        assert (stored.sk_number, stored.sk_date) == ("KEP.5/LATTAS/2026", TODAY)
        assert (stored.disbursed_on, stored.disbursed_amount) == (TODAY, Decimal(15_000_000))


def test_the_dialog_asks_for_what_each_step_needs(qtbot: QtBot) -> None:
    sk = DecisionDialog("ditetapkan")
    qtbot.addWidget(sk)
    assert sk.problem() == "Isi nomor SK."
    sk.numberEdit.setText("KEP.5/2026")
    sk.amountEdit.setText("dua puluh juta")
    assert sk.problem() is not None and "tidak dapat dibaca" in sk.problem()  # type: ignore[operator]
    sk.amountEdit.setText("Rp20.000.000")
    assert sk.problem() is None
    assert sk.values() == DecisionValues("KEP.5/2026", TODAY, None, Decimal(20_000_000))
    paid = DecisionDialog("dana_cair")
    qtbot.addWidget(paid)
    assert not paid.numberEdit.isVisibleTo(paid) and paid.problem() == "Isi jumlah dana cair."
    refused = DecisionDialog("tidak_ditetapkan")
    qtbot.addWidget(refused)
    refused.numberEdit.setText("KEP.6/2026")
    assert refused.values().amount is None and refused.values().sk_date == TODAY
