"""The roster and RAB table models: Qt's model checks, editing, marks and moves."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from tkm_desktop.gui.budget_model import COL_CATEGORY, COL_PRICE, COL_TOTAL, BudgetModel
from tkm_desktop.gui.roster_model import (
    COL_DERIVED,
    COL_NAME,
    COL_NIK,
    COL_ROLE,
    ERROR_COLOUR,
    NUMBER_NIK_COLOUR,
    RosterModel,
)
from tkm_desktop.services.group_edit import BudgetLine, MemberData
from tkm_desktop.services.vetting import FindingRow

NIK = "3275014101900001"  # Bekasi, 1 Jan 1990, perempuan (day + 40)


def _members() -> list[MemberData]:
    return [
        MemberData(id=1, nik=NIK, name="Siti", role="Ketua"),
        MemberData(id=2, nik="3275011203850002", name="Budi", nik_source="number"),
        MemberData(id=3, nik="3275011203850003", name="Andi"),
    ]


def test_roster_model_passes_qts_checks(qtmodeltester: ModelTester) -> None:
    model = RosterModel()
    model.set_members(_members())
    qtmodeltester.check(model, force_py=True)
    model.add_member()
    model.move_member(0, 1)
    model.remove_member(1)
    qtmodeltester.check(model, force_py=True)


def test_budget_model_passes_qts_checks(qtmodeltester: ModelTester) -> None:
    model = BudgetModel()
    model.set_lines([BudgetLine(1, "Oven", "alat", Decimal(2), "unit", Decimal(1_500_000))])
    qtmodeltester.check(model, force_py=True)
    model.add_line()
    qtmodeltester.check(model, force_py=True)


def test_typing_a_nik_derives_birth_date_sex_and_region() -> None:
    model = RosterModel()
    model.set_members([MemberData(id=None, nik="", name="Baru")])
    assert model.data(model.index(0, COL_DERIVED)) == ""
    assert model.setData(model.index(0, COL_NIK), NIK)
    derived = model.data(model.index(0, COL_DERIVED))
    assert derived.startswith("01/01/1990 · P · ")
    assert "Bekasi" in derived
    assert model.preview(0).birth_date == dt.date(1990, 1, 1)


def test_a_nik_that_came_as_a_number_is_marked_until_retyped() -> None:
    model = RosterModel()
    model.set_members(_members())
    cell = model.index(1, COL_NIK)
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) == NUMBER_NIK_COLOUR
    assert "angka" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert model.setData(cell, model.data(cell))  # the same digits, typed again
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) is None
    assert model.member(1).nik_retyped


def test_findings_mark_their_cells_with_the_message() -> None:
    model = RosterModel()
    model.set_members(_members())
    finding = FindingRow(
        "NIK_FORMAT", "error", "person", 3, "3275011203850003", {"nik": "x"}, "vet"
    )
    model.set_findings([finding])
    cell = model.index(2, COL_NIK)
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) == ERROR_COLOUR
    assert "tidak sah" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, COL_NIK), Qt.ItemDataRole.BackgroundRole) is None


def test_roles_come_from_the_list_and_rows_move() -> None:
    model = RosterModel()
    model.set_members(_members())
    assert not model.setData(model.index(1, COL_ROLE), "Presiden")
    assert model.setData(model.index(1, COL_ROLE), "Bendahara")
    assert model.move_member(1, -1) == 0
    assert [m.name for m in model.members()] == ["Budi", "Siti", "Andi"]
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    assert model.move_member(0, -1) == 0  # the first row goes no higher


def test_a_locked_roster_refuses_edits() -> None:
    model = RosterModel()
    model.set_members(_members())
    model.read_only = True
    assert not model.flags(model.index(0, COL_NAME)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, COL_NAME), "Lain")


def test_budget_lines_total_and_refuse_bad_input() -> None:
    model = BudgetModel()
    model.set_lines([BudgetLine(None, "Tepung", "bahan", Decimal(10), "kg", Decimal(12_000))])
    assert model.data(model.index(0, COL_TOTAL)) == "Rp120.000"
    assert model.setData(model.index(0, COL_PRICE), "Rp15.000")
    assert model.totals() == (Decimal(0), Decimal(150_000))
    assert not model.setData(model.index(0, COL_PRICE), "mahal")
    assert not model.setData(model.index(0, COL_CATEGORY), "jasa")
