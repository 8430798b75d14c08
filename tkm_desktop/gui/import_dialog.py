"""What an import did: how many groups and members, and every problem of the file.

The problems table and the summary lines of the import wizard's *Pemeriksaan* and
*Impor* pages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from tkm_desktop.excel.proposal import Problem
from tkm_desktop.gui.row_table_model import Column, RowTableModel, sorting_proxy
from tkm_desktop.services.importer import ImportResult

_SEVERITY_COLOURS = {"error": "#b3261e", "warning": "#8a5300"}
translate = QCoreApplication.translate  # context kept from the former result dialog


def problems_table(table: QTableView, parent: QObject, lang: str = "id") -> RowTableModel[Problem]:
    """Sets ``table`` up to list problems (sheet, row, column, severity, code, text); its model."""
    severities = {
        "error": translate("ImportResultDialog", "Kesalahan"),
        "warning": translate("ImportResultDialog", "Peringatan"),
        "info": translate("ImportResultDialog", "Informasi"),
    }
    model: RowTableModel[Problem] = RowTableModel(
        [
            Column(translate("ImportResultDialog", "Lembar"), lambda p: p.sheet),
            Column(
                translate("ImportResultDialog", "Baris"),
                lambda p: "" if p.row is None else str(p.row),
                sort_key=lambda p: p.row or 0,
                numeric=True,
            ),
            Column(translate("ImportResultDialog", "Kolom"), lambda p: p.column),
            Column(
                translate("ImportResultDialog", "Tingkat"),
                lambda p: severities.get(p.severity, p.severity),
                colour=lambda p: _SEVERITY_COLOURS.get(p.severity),
            ),
            Column(translate("ImportResultDialog", "Kode"), lambda p: p.code),
            Column(
                translate("ImportResultDialog", "Keterangan"),
                lambda p: p.text(lang),
                tooltip=lambda p: p.text(lang),
            ),
        ],
        parent,
    )
    table.setModel(sorting_proxy(model, table))
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    char = table.fontMetrics().horizontalAdvance("n")
    for column, chars in {0: 10, 1: 6, 2: 14, 3: 11, 4: 22}.items():
        table.setColumnWidth(column, chars * char)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return model


def result_summary(result: ImportResult) -> tuple[str, str]:
    """The headline and the line under it for an import (or a dry run) that ended."""
    if result.refused:
        reasons = result.reasons or [
            translate("ImportResultDialog", "Perbaiki kesalahan di bawah, lalu impor lagi.")
        ]
        return translate("ImportResultDialog", "Impor ditolak: tidak ada yang disimpan"), "\n".join(
            reasons
        )
    headline = translate("ImportResultDialog", "{groups} dan {members} diimpor").format(
        groups=translate("ImportResultDialog", "%Ln kelompok", "", result.groups_created),
        members=translate("ImportResultDialog", "%Ln anggota", "", result.members_created),
    )
    if result.errors or result.findings:
        detail = translate(
            "ImportResultDialog",
            "Temuan di bawah ikut tersimpan pada kelompoknya dan tampil di daftar "
            "kelompok sebagai kesalahan atau peringatan.",
        )
    else:
        detail = translate("ImportResultDialog", "Berkas terbaca tanpa masalah.")
    return headline, detail
