"""A group, read-only: particulars, members and findings (the editor is another screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget

from tkm_desktop.domain.dates import format_short
from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.gui.forms.ui_group_dialog import Ui_GroupDialog
from tkm_desktop.gui.row_table_model import Column, RowTableModel, sorting_proxy
from tkm_desktop.gui.status_badge import status_label
from tkm_desktop.services import people
from tkm_desktop.services.context import Actor
from tkm_desktop.services.group_view import GroupView, MemberLine, load_group_view
from tkm_desktop.services.vetting import FindingRow
from tkm_desktop.store.db import Database

_SEVERITY_COLOURS = {"error": "#b3261e", "warning": "#8a5300"}


class GroupDialog(QDialog):
    """Opened with a group id; reads the group once, records a whole-NIK view if shown."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        group_id: int,
        *,
        lang: str = "id",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.full_nik = people.needs_full_nik(actor)
        self.ui = Ui_GroupDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.rejected.connect(self.reject)
        severities = {
            "error": self.tr("Kesalahan"),
            "warning": self.tr("Peringatan"),
            "info": self.tr("Informasi"),
        }
        self.members_model: RowTableModel[MemberLine] = RowTableModel(
            [
                Column(
                    self.tr("No"),
                    lambda m: str(m.position + 1),
                    sort_key=lambda m: m.position,
                    numeric=True,
                ),
                Column(self.tr("NIK"), lambda m: m.nik if self.full_nik else mask_nik(m.nik)),
                Column(self.tr("Nama"), lambda m: m.name),
                Column(self.tr("L/P"), lambda m: m.sex),
                Column(self.tr("Tempat Lahir"), lambda m: m.birth_place),
                Column(
                    self.tr("Tanggal Lahir"),
                    lambda m: format_short(m.birth_date) if m.birth_date else "",
                    sort_key=lambda m: m.birth_date.toordinal() if m.birth_date else 0,
                ),
                Column(self.tr("Peran"), lambda m: m.role),
                Column(self.tr("Status Pekerjaan"), lambda m: m.work_status),
            ],
            self,
        )
        self.findings_model: RowTableModel[FindingRow] = RowTableModel(
            [
                Column(
                    self.tr("Tingkat"),
                    lambda f: severities.get(f.severity, f.severity),
                    colour=lambda f: _SEVERITY_COLOURS.get(f.severity),
                ),
                Column(self.tr("Kode"), lambda f: f.code),
                Column(
                    self.tr("Keterangan"),
                    lambda f: f.message(lang, masked=not self.full_nik),
                    tooltip=lambda f: f.message(lang, masked=not self.full_nik),
                ),
                Column(self.tr("Diterima"), lambda f: self.tr("Ya") if f.acknowledged else ""),
            ],
            self,
        )
        self._setup_table(
            self.ui.membersTable,
            self.members_model,
            {0: 5, 1: 19, 2: 26, 3: 5, 4: 16, 5: 13, 6: 12},
        )
        self._setup_table(self.ui.findingsTable, self.findings_model, {0: 12, 1: 26, 2: 70})
        with db.reader() as session:
            self.view = load_group_view(session, group_id)
        if self.full_nik:
            with db.session() as session:
                people.record_group_nik_view(session, actor, group_id)
        self._show(self.view)

    def _setup_table(self, table: QTableView, model: RowTableModel, widths: dict[int, int]) -> None:
        table.setModel(sorting_proxy(model, table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        char = table.fontMetrics().horizontalAdvance("n")
        for column, chars in widths.items():
            table.setColumnWidth(column, chars * char)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _show(self, view: GroupView) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Kelompok {id}: {name}").format(id=view.id, name=view.name))
        ui.nameLabel.setText(view.name)
        ui.schemeValue.setText(view.scheme)
        ui.statusValue.setText(status_label(view.status, self._lang))
        ui.businessValue.setText(view.business_type or "—")
        ui.addressValue.setText(view.address or "—")
        ui.kelurahanValue.setText(view.kelurahan or "—")
        ui.kecamatanValue.setText(view.kecamatan or "—")
        bank = " / ".join(p for p in (view.bank_name, view.account_holder) if p)
        ui.bankValue.setText(bank or "—")
        self.members_model.set_rows(view.members)
        self.findings_model.set_rows(view.findings)
        ui.tabs.setTabText(0, self.tr("Anggota ({n})").format(n=len(view.members)))
        ui.tabs.setTabText(1, self.tr("Temuan ({n})").format(n=len(view.findings)))
        ui.nikNoteLabel.setText(
            self.tr("NIK ditampilkan lengkap sesuai peran Anda; tampilan ini dicatat.")
            if self.full_nik
            else self.tr("NIK ditampilkan tersamar sesuai peran Anda.")
        )
