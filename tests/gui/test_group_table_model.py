"""GroupTableModel: a well-behaved Qt model over GroupRow, sorted by the proxy in useful order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from tkm_desktop.gui.group_table_model import (
    COL_ID,
    COL_KECAMATAN,
    COL_MEMBERS,
    COL_NAME,
    COL_STATUS,
    COLUMN_COUNT,
    ROW_ROLE,
    GroupTableModel,
    make_sort_proxy,
)
from tkm_desktop.services.groups import GroupRow


def _row(id_: int, name: str, status: str = "diusulkan", members: int = 10) -> GroupRow:
    return GroupRow(
        id=id_,
        name=name,
        scheme="TKM-PEMULA-2023",
        status=status,
        members=members,
        kelurahan="Margahayu",
        kecamatan="Bekasi Timur",
    )


ROWS = [
    _row(1, "Maju Jaya", "diverifikasi", 9),
    _row(2, "berkah bersama", "diusulkan", 10),
    _row(10, "Sejahtera", "dana_cair", 20),
]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = GroupTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    proxy = make_sort_proxy(model)
    proxy.sort(COL_NAME)
    qtmodeltester.check(proxy)


def test_empty_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(GroupTableModel())


def test_cells_show_the_row_in_indonesian() -> None:
    model = GroupTableModel()
    model.set_rows(ROWS)
    assert model.rowCount() == 3
    assert model.columnCount() == COLUMN_COUNT
    assert model.index(0, COL_ID).data() == "1"
    assert model.index(0, COL_NAME).data() == "Maju Jaya"
    assert model.index(0, COL_STATUS).data() == "Memenuhi Syarat (MS)"
    assert model.index(0, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole) == "diverifikasi"
    assert model.index(0, COL_KECAMATAN).data() == "Bekasi Timur"
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Nama Kelompok"
    assert model.headerData(COL_MEMBERS, Qt.Orientation.Horizontal) == "Anggota"


def test_status_label_follows_the_language() -> None:
    model = GroupTableModel(lang="en")
    model.set_rows(ROWS)
    assert model.index(0, COL_STATUS).data() == "Eligible (verified)"


def test_unknown_status_code_shows_as_itself() -> None:
    model = GroupTableModel()
    model.set_rows([_row(1, "X", status="status_baru")])
    assert model.index(0, COL_STATUS).data() == "status_baru"


def test_row_role_returns_the_group_row() -> None:
    model = GroupTableModel()
    model.set_rows(ROWS)
    assert model.index(2, COL_KECAMATAN).data(ROW_ROLE) == ROWS[2]
    assert model.group_at(1) == ROWS[1]


def test_numbers_are_right_aligned() -> None:
    model = GroupTableModel()
    model.set_rows(ROWS)
    alignment = model.index(0, COL_MEMBERS).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)
    assert model.index(0, COL_NAME).data(Qt.ItemDataRole.TextAlignmentRole) is None


def _column(proxy, column: int) -> list[str]:
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_proxy_sorts_numbers_as_numbers_and_text_without_case() -> None:
    model = GroupTableModel()
    model.set_rows(ROWS)
    proxy = make_sort_proxy(model)
    proxy.sort(COL_ID, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, COL_ID) == ["1", "2", "10"]  # not "1", "10", "2"
    proxy.sort(COL_MEMBERS, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, COL_MEMBERS) == ["20", "10", "9"]
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, COL_NAME) == ["berkah bersama", "Maju Jaya", "Sejahtera"]


def test_proxy_sorts_status_in_workflow_order() -> None:
    model = GroupTableModel()
    model.set_rows(ROWS)
    proxy = make_sort_proxy(model)
    proxy.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, COL_STATUS) == ["Usulan Masuk", "Memenuhi Syarat (MS)", "Dana Cair"]


def test_proxy_filters_on_any_column_without_case() -> None:
    model = GroupTableModel()
    model.set_rows(ROWS)
    proxy = make_sort_proxy(model)
    proxy.setFilterFixedString("BERKAH")
    assert _column(proxy, COL_NAME) == ["berkah bersama"]
    proxy.setFilterFixedString("bekasi timur")
    assert proxy.rowCount() == 3
