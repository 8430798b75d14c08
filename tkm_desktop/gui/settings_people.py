"""*Penanda Tangan* (signatories, signing modes, the default) and *Tim Verifikasi*
(members in the order they sign)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from tkm_desktop.domain.errors import DomainError
from tkm_desktop.domain.nik import format_nip
from tkm_desktop.gui import settings_section
from tkm_desktop.gui.row_table_model import Column, RowTableModel
from tkm_desktop.gui.settings_forms import SignatoryForm, TeamMemberForm, signing_mode_labels
from tkm_desktop.gui.settings_section import ListSection
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


class SignatoriesSection(ListSection):
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
        self.table = self.add_table(self.model, {0: 24, 1: 26, 2: 18, 3: 20, 4: 17, 5: 5})
        (
            self.addButton,
            self.editButton,
            self.removeButton,
            self.defaultButton,
            self.activeButton,
        ) = self.add_buttons(
            (self.tr("&Tambah…"), self.add),
            (self.tr("&Ubah…"), self.edit),
            (self.tr("&Hapus"), self.remove),
            (self.tr("Jadikan &Bawaan"), self.make_default),
            (self.tr("&Nonaktifkan/Aktifkan"), self.toggle_active),
        )

    def reload(self) -> None:
        with self._db.reader() as session:
            self.show_rows(signatories.list_signatories(session))

    def add(self) -> None:
        form = SignatoryForm()
        form.load(None)
        self.add_through_dialog(
            self.tr("Tambah Penanda Tangan"),
            form,
            lambda: signatories.add_signatory(self._db, self._actor, form.data()),
            self.tr("Penanda tangan ditambahkan."),
        )

    def edit(self) -> None:
        row = self.current()
        if row is None or not self.editable:
            return
        form = SignatoryForm()
        form.load(_signatory_data(row))
        self.edit_through_dialog(
            self.tr("Ubah Penanda Tangan"),
            form,
            lambda: signatories.update_signatory(self._db, self._actor, row.id, form.data()),
            self.tr("Penanda tangan tersimpan."),
            row.id,
        )

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


class TeamSection(ListSection):
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
        self.table = self.add_table(self.model, {0: 4, 1: 26, 2: 30, 3: 20})
        self.table.setSortingEnabled(False)  # the order is the signing order
        (
            self.addButton,
            self.editButton,
            self.removeButton,
            self.upButton,
            self.downButton,
        ) = self.add_buttons(
            (self.tr("&Tambah…"), self.add),
            (self.tr("&Ubah…"), self.edit),
            (self.tr("&Hapus"), self.remove),
            (self.tr("&Naik"), lambda: self.move(-1)),
            (self.tr("T&urun"), lambda: self.move(1)),
        )

    def reload(self) -> None:
        with self._db.reader() as session:
            self.show_rows(signatories.list_team(session))

    def add(self) -> None:
        form = TeamMemberForm()
        form.load(None)
        self.add_through_dialog(
            self.tr("Tambah Anggota Tim"),
            form,
            lambda: signatories.add_team_member(self._db, self._actor, form.data()),
            self.tr("Anggota tim ditambahkan."),
        )

    def edit(self) -> None:
        row = self.current()
        if row is None or not self.editable:
            return
        form = TeamMemberForm()
        form.load(TeamMemberData(row.name, row.position, row.nip, row.active))
        self.edit_through_dialog(
            self.tr("Ubah Anggota Tim"),
            form,
            lambda: signatories.update_team_member(self._db, self._actor, row.id, form.data()),
            self.tr("Anggota tim tersimpan."),
            row.id,
        )

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
            self.select(row.id)
