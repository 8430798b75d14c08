"""The members an import will store, as read: the import wizard's *Data yang dibaca* tab.

The clerk compares it with the village's file before pressing *Impor*. NIK and KK stay
masked as on the layout page (enough to match a row, no more: UU PDP); a member with a
problem of its own is coloured and the problem is in the tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from tkm_desktop.domain.dates import format_short
from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.excel.proposal import GroupData, MemberData, ProposalData
from tkm_desktop.gui.row_table_model import Column, RowTableModel, sorting_proxy

translate = QCoreApplication.translate
_COLOURS = {"error": "#b3261e", "warning": "#8a5300"}


@dataclass(frozen=True)
class PreviewRow:
    group: GroupData
    member: MemberData

    @property
    def worst(self) -> str | None:
        severities = {p.severity for p in self.member.findings}
        return next((s for s in ("error", "warning") if s in severities), None)


def preview_rows(data: ProposalData | None) -> list[PreviewRow]:
    """Every member of every group read, in the file's order."""
    if data is None:
        return []
    return [PreviewRow(g, m) for g in data.groups for m in g.members]


def members_table(
    table: QTableView, parent: QObject, lang: str = "id"
) -> RowTableModel[PreviewRow]:
    """Sets ``table`` up to list the members read; its model."""

    def problems(r: PreviewRow) -> str | None:
        return "\n".join(p.text(lang) for p in r.member.findings) or None

    def place(r: PreviewRow) -> str:
        return f"{r.member.sheet}:{r.member.row}" if r.member.row else r.member.sheet

    def colour(r: PreviewRow) -> str | None:
        return _COLOURS.get(r.worst or "")

    columns: list[Column[PreviewRow]] = [
        Column(
            translate("ImportPreview", "Baris"),
            place,
            sort_key=lambda r: (r.member.sheet, r.member.row),
        ),
        Column(translate("ImportPreview", "Kelompok"), lambda r: r.group.name),
        Column(
            translate("ImportPreview", "NIK"),
            lambda r: mask_nik(r.member.nik) if r.member.nik else "",
            colour=colour,
            tooltip=problems,
        ),
        Column(
            translate("ImportPreview", "Nama"),
            lambda r: r.member.name,
            colour=colour,
            tooltip=problems,
        ),
        Column(translate("ImportPreview", "L/P"), lambda r: r.member.sex),
        Column(translate("ImportPreview", "Tempat Lahir"), lambda r: r.member.birth_place),
        Column(
            translate("ImportPreview", "Tanggal Lahir"),
            lambda r: format_short(r.member.birth_date) if r.member.birth_date else "",
            sort_key=lambda r: r.member.birth_date.toordinal() if r.member.birth_date else 0,
        ),
        Column(translate("ImportPreview", "Jabatan"), lambda r: r.member.role),
        Column(
            translate("ImportPreview", "Desa/Kelurahan"),
            lambda r: r.member.kelurahan_name or r.group.kelurahan_name,
        ),
    ]
    model: RowTableModel[PreviewRow] = RowTableModel(columns, parent)
    table.setModel(sorting_proxy(model, table))
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the file's order until clicked
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    char = table.fontMetrics().horizontalAdvance("n")
    for column, chars in {0: 10, 1: 20, 2: 16, 3: 24, 4: 4, 5: 14, 6: 11, 7: 11}.items():
        table.setColumnWidth(column, chars * char)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return model
