"""*Penanda Tangan* (signatories, signing modes, the default) and *Tim Verifikasi*
(members in the order they sign)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from tkm_desktop.domain.errors import DomainError
from tkm_desktop.domain.nik import format_nip
from tkm_desktop.gui import settings_section
from tkm_desktop.gui.registers import setup_register_table
from tkm_desktop.gui.row_table_model import Column, RowTableModel
from tkm_desktop.gui.settings_forms import SignatoryForm, TeamMemberForm, signing_mode_labels
from tkm_desktop.gui.settings_section import (
    Section,
    button_row,
    list_table,
    select_where,
    selected_row,
    set_rows_keeping_selection,
)
from tkm_desktop.services import signatories
from tkm_desktop.services.context import Actor
from tkm_desktop.services.signatories import (
    SignatoryData,
    SignatoryRow,
    TeamMemberData,
    TeamMemberRow,
)
from tkm_desktop.store.db import Database


def _nip(nip: str) -> str:
    try:
        return format_nip(nip) if nip else ""
    except DomainError:  # a stored NIP the format no longer accepts: shown as stored
        return nip


class SignatoriesSection(Section):
    """The signatories; letters use the default unless the clerk picks another."""

    def __init__(
        self, db: Database, actor: Actor, lang: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, self.tr("Penanda Tangan"), lang, parent)
        yes, no = self.tr("Ya"), self.tr("Tidak")
        modes = signing_mode_labels()
        self.model: RowTableModel[SignatoryRow] = RowTableModel(
            [
                Column(self.tr("Nama"), lambda s: s.name),
                Column(self.tr("Jabatan"), lambda s: s.position),
                Column(self.tr("Pangkat/Golongan"), lambda s: s.rank),
                Column(self.tr("NIP"), lambda s: _nip(s.nip)),
                Column(
                    self.tr("Cara Tanda Tangan"),
                    lambda s: s.signing_mode or self.tr("Kepala dinas"),
                    tooltip=lambda s: modes[s.signing_mode],
                ),
                Column(self.tr("Aktif"), lambda s: yes if s.active else no),
                Column(self.tr("Bawaan"), lambda s: yes if s.is_default else ""),
            ],
            self,
        )
        self.table = list_table(self)
        setup_register_table(self.table, self.model, {0: 24, 1: 26, 2: 18, 3: 20, 4: 17, 5: 5})
        self.table.doubleClicked.connect(self.edit)
        self.body.addWidget(self.table, 1)
        row, buttons = button_row(
            self,
            self.tr("&Tambah…"),
            self.tr("&Ubah…"),
            self.tr("&Hapus"),
            self.tr("Jadikan &Bawaan"),
            self.tr("&Nonaktifkan/Aktifkan"),
        )
        (
            self.addButton,
            self.editButton,
            self.removeButton,
            self.defaultButton,
            self.activeButton,
        ) = buttons
        self.addButton.clicked.connect(self.add)
        self.editButton.clicked.connect(self.edit)
        self.removeButton.clicked.connect(self.remove)
        self.defaultButton.clicked.connect(self.make_default)
        self.activeButton.clicked.connect(self.toggle_active)
        self.body.addLayout(row)
        self.lock(buttons)

    def reload(self) -> None:
        with self._db.reader() as session:
            rows = signatories.list_signatories(session)
        set_rows_keeping_selection(self.table, self.model, rows, "id")

    def current(self) -> SignatoryRow | None:
        return selected_row(self.table)  # type: ignore[return-value]

    def add(self) -> None:
        form = SignatoryForm()
        form.load(None)
        saved: list[int] = []

        def save() -> None:
            saved.append(signatories.add_signatory(self._db, self._actor, form.data()))

        if settings_section.edit_in_dialog(self, self.tr("Tambah Penanda Tangan"), form, save):
            self.reload()
            self.done(self.tr("Penanda tangan ditambahkan."))
            select_where(self.table, lambda r: getattr(r, "id", None) == saved[0])

    def edit(self) -> None:
        row = self.current()
        if row is None or not self.editable:
            return
        form = SignatoryForm()
        form.load(_signatory_data(row))

        def save() -> None:
            signatories.update_signatory(self._db, self._actor, row.id, form.data())

        if settings_section.edit_in_dialog(self, self.tr("Ubah Penanda Tangan"), form, save):
            self.reload()
            self.done(self.tr("Penanda tangan tersimpan."))

    def remove(self) -> None:
        row = self.current()
        if row is None:
            return
        question = self.tr(
            "Hapus penanda tangan {name}? Surat yang sudah terbit tidak berubah."
        ).format(name=row.name)
        if settings_section.ask_yes_no(self, self.tr("Hapus Penanda Tangan"), question):
            self.attempt(
                lambda: signatories.remove_signatory(self._db, self._actor, row.id),
                self.tr("Penanda tangan dihapus."),
            )

    def make_default(self) -> None:
        row = self.current()
        if row is not None:
            self.attempt(
                lambda: signatories.set_default_signatory(self._db, self._actor, row.id),
                self.tr("{name} kini penanda tangan bawaan.").format(name=row.name),
            )

    def toggle_active(self) -> None:
        row = self.current()
        if row is not None:
            data = dataclasses.replace(_signatory_data(row), active=not row.active)
            self.attempt(
                lambda: signatories.update_signatory(self._db, self._actor, row.id, data),
                self.tr("Penanda tangan tersimpan."),
            )


def _signatory_data(row: SignatoryRow) -> SignatoryData:
    return SignatoryData(
        name=row.name, position=row.position, rank=row.rank, nip=row.nip,
        signing_mode=row.signing_mode, active=row.active,
    )  # fmt: skip


class TeamSection(Section):
    """The verification team, in the order it signs the verification papers."""

    def __init__(
        self, db: Database, actor: Actor, lang: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, self.tr("Tim Verifikasi"), lang, parent)
        yes, no = self.tr("Ya"), self.tr("Tidak")
        self.model: RowTableModel[TeamMemberRow] = RowTableModel(
            [
                Column(self.tr("No"), lambda m: str(m.sort_order), numeric=True),
                Column(self.tr("Nama"), lambda m: m.name),
                Column(self.tr("Jabatan"), lambda m: m.position),
                Column(self.tr("NIP"), lambda m: _nip(m.nip)),
                Column(self.tr("Aktif"), lambda m: yes if m.active else no),
            ],
            self,
        )
        self.table = list_table(self)
        setup_register_table(self.table, self.model, {0: 4, 1: 26, 2: 30, 3: 20})
        self.table.setSortingEnabled(False)  # the order is the signing order
        self.table.doubleClicked.connect(self.edit)
        self.body.addWidget(self.table, 1)
        row, buttons = button_row(
            self,
            self.tr("&Tambah…"),
            self.tr("&Ubah…"),
            self.tr("&Hapus"),
            self.tr("&Naik"),
            self.tr("T&urun"),
        )
        self.addButton, self.editButton, self.removeButton, self.upButton, self.downButton = buttons
        self.addButton.clicked.connect(self.add)
        self.editButton.clicked.connect(self.edit)
        self.removeButton.clicked.connect(self.remove)
        self.upButton.clicked.connect(lambda: self.move(-1))
        self.downButton.clicked.connect(lambda: self.move(1))
        self.body.addLayout(row)
        self.lock(buttons)

    def reload(self) -> None:
        with self._db.reader() as session:
            rows = signatories.list_team(session)
        set_rows_keeping_selection(self.table, self.model, rows, "id")

    def current(self) -> TeamMemberRow | None:
        return selected_row(self.table)  # type: ignore[return-value]

    def add(self) -> None:
        form = TeamMemberForm()
        form.load(None)

        def save() -> None:
            signatories.add_team_member(self._db, self._actor, form.data())

        if settings_section.edit_in_dialog(self, self.tr("Tambah Anggota Tim"), form, save):
            self.reload()
            self.done(self.tr("Anggota tim ditambahkan."))

    def edit(self) -> None:
        row = self.current()
        if row is None or not self.editable:
            return
        form = TeamMemberForm()
        form.load(TeamMemberData(row.name, row.position, row.nip, row.active))

        def save() -> None:
            signatories.update_team_member(self._db, self._actor, row.id, form.data())

        if settings_section.edit_in_dialog(self, self.tr("Ubah Anggota Tim"), form, save):
            self.reload()
            self.done(self.tr("Anggota tim tersimpan."))

    def remove(self) -> None:
        row = self.current()
        if row is None:
            return
        question = self.tr("Hapus {name} dari tim verifikasi?").format(name=row.name)
        if settings_section.ask_yes_no(self, self.tr("Hapus Anggota Tim"), question):
            self.attempt(
                lambda: signatories.remove_team_member(self._db, self._actor, row.id),
                self.tr("Anggota tim dihapus."),
            )

    def move(self, step: int) -> None:
        row = self.current()
        if row is None:
            return
        ids = [m.id for m in self.model.rows]
        at = ids.index(row.id)
        to = at + step
        if not 0 <= to < len(ids):
            return
        ids[at], ids[to] = ids[to], ids[at]
        if self.attempt(
            lambda: signatories.reorder_team(self._db, self._actor, ids),
            self.tr("Urutan tim tersimpan."),
        ):
            select_where(self.table, lambda r: getattr(r, "id", None) == row.id)
