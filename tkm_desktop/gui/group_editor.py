"""The group editor: one group checked and corrected against the papers on the desk.

The window holds a ``GroupEdit`` (plain data), shows it in six tabs and hands the one on
screen to ``save_group``; the services write, audit and re-vet. Nothing typed is lost
without asking: closing with changes asks Simpan / Buang / Batal.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from tkm_desktop import paths
from tkm_desktop.domain import workflow as steps
from tkm_desktop.gui import editor_prompts as prompts
from tkm_desktop.gui.decision_dialog import DecisionValues
from tkm_desktop.gui.editor_identity import IdentityPanel
from tkm_desktop.gui.editor_panels import BudgetPanel, RosterPanel
from tkm_desktop.gui.editor_review import DocumentsPanel, HistoryPanel, VettingPanel
from tkm_desktop.gui.editor_scratch import clear_scratch, write_scratch
from tkm_desktop.gui.forms.ui_group_editor import Ui_GroupEditor
from tkm_desktop.gui.screen_fit import fit_to_screen
from tkm_desktop.gui.status_badge import status_label
from tkm_desktop.services import audit, people, permissions, workflow
from tkm_desktop.services.bootstrap import scheme_by_code
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.group_documents import attach_document, open_attachment
from tkm_desktop.services.group_edit import (
    EditConflict,
    GroupEdit,
    SaveResult,
    load_group_edit,
    save_group,
)
from tkm_desktop.services.office_info import load_office
from tkm_desktop.services.roster import letters_shared_with, unlock_roster
from tkm_desktop.services.vetting import FindingRow, stored_findings
from tkm_desktop.store.db import Database

TAB_IDENTITY, TAB_MEMBERS, TAB_BUDGET, TAB_DOCUMENTS, TAB_VETTING, TAB_HISTORY = range(6)
SCAN_FILTER = "PDF/JPG/PNG (*.pdf *.jpg *.jpeg *.png)"
EDITOR_WIDTH, EDITOR_HEIGHT = 1280, 700  # shrunk to smaller or scaled screens


class GroupEditor(QDialog):
    """Opened with a group id; ``saved(version)`` after each successful save.

    ``scratch_dir`` receives the copies of attachments opened in the computer's viewer
    (default: the default data folder's); it is emptied when the editor opens and closes.
    """

    saved = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        group_id: int,
        *,
        lang: str = "id",
        scratch_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self.actor, self.group_id, self._lang = db, actor, group_id, lang
        self._scratch = scratch_dir or paths.scratch_dir()
        clear_scratch(self._scratch)  # what the last editor opened, if a viewer let go
        self.ui = Ui_GroupEditor()
        self.ui.setupUi(self)
        self.identity_panel = IdentityPanel(self)
        self.roster_panel = RosterPanel(lang, self)
        self.budget_panel = BudgetPanel(self)
        self.documents_panel = DocumentsPanel(self)
        self.vetting_panel = VettingPanel(lang, self)
        self.history_panel = HistoryPanel(lang, self)
        ui = self.ui
        for layout, panel in (
            (ui.identityTabLayout, self.identity_panel),
            (ui.membersTabLayout, self.roster_panel),
            (ui.budgetTabLayout, self.budget_panel),
            (ui.documentsTabLayout, self.documents_panel),
            (ui.vettingTabLayout, self.vetting_panel),
            (ui.historyTabLayout, self.history_panel),
        ):
            layout.addWidget(panel)
        self.save_action = QAction(self.tr("Simpan"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        ui.saveButton.clicked.connect(self.save)
        ui.reloadButton.clicked.connect(self.reload)
        ui.closeButton.clicked.connect(self.close)
        for panel in (self.identity_panel, self.roster_panel, self.budget_panel,
                      self.documents_panel):  # fmt: skip
            panel.changed.connect(self._update_changed)
        self.roster_panel.unlockRequested.connect(self.unlock)
        self.vetting_panel.memberRequested.connect(self.go_to_member)
        self.vetting_panel.acknowledgeRequested.connect(self.acknowledge)
        self.vetting_panel.statusRequested.connect(self.change_status)
        self.documents_panel.attachRequested.connect(self.attach)
        self.documents_panel.openRequested.connect(self.open_document)
        with db.reader() as session:
            office = load_office(session)
        self._office_region = office.region_code if office else ""
        self.masked = not people.needs_full_nik(actor)
        self.roster_panel.model.masked = self.masked
        self.identity_panel.masked = self.masked
        self.reload()
        fit_to_screen(self, EDITOR_WIDTH, EDITOR_HEIGHT)
        # One record for the whole window: the roster and the history's NIK, KK, accounts.
        if not self.masked and (self.edit.members or self.history_panel.shows_ids):
            with db.session() as session:
                people.record_group_nik_view(session, actor, group_id)

    # --- reading -------------------------------------------------------------------

    def reload(self) -> None:
        """Read the group again, discarding what was not saved (the caller asked first)."""
        with self._db.reader() as session:
            edit = load_group_edit(session, self.group_id)
            vets = stored_findings(session, [self.group_id])
            scheme = scheme_by_code(session, edit.scheme_code) if edit.scheme_code else None
            split = (
                (scheme.tools_share, scheme.split_tolerance, scheme.grant_ceiling)
                if scheme
                else (None, Decimal("0.05"), Decimal(0))
            )
        self.budget_panel.set_scheme(*split)
        self._show(edit, vets[0].findings if vets else ())

    def _show(self, edit: GroupEdit, findings: tuple[FindingRow, ...]) -> None:
        self.edit = edit
        self._can_edit = can_edit = permissions.can(self.actor, permissions.EDIT_GROUP)
        frozen = edit.roster_locked or not can_edit
        self.identity_panel.set_identity(edit.identity, self._office_region)
        self.identity_panel.set_read_only(frozen)
        self.roster_panel.model.set_members(edit.members)
        # The lock and the role are told apart: only the lock offers Buka Kunci.
        self.roster_panel.set_locked(
            edit.roster_locked,
            permissions.can(self.actor, permissions.UNLOCK_ROSTER) and edit.roster_locked,
            edit.replacement_allowed,
            can_edit=can_edit,
        )
        self.budget_panel.model.set_lines(edit.budget_lines)
        self.budget_panel.set_read_only(frozen)
        self.documents_panel.set_documents(edit.documents)
        self.documents_panel.setEnabled(can_edit)
        self._show_findings(findings)
        self._show_history()
        self.vetting_panel.set_status_actions(self._status_actions(edit.status))
        self.ui.nameLabel.setText(edit.identity.name)
        self.ui.statusValue.setText(
            self.tr("Status: {status}").format(status=status_label(edit.status, self._lang))
        )
        self.setWindowTitle(
            self.tr("Kelompok {id}: {name}").format(id=edit.group_id, name=edit.identity.name)
            + "[*]"
        )
        self._update_changed()

    def _show_findings(self, findings: tuple[FindingRow, ...]) -> None:
        self.findings = findings
        self.roster_panel.model.set_findings(findings)
        self.vetting_panel.set_findings(
            findings,
            permissions.can(self.actor, permissions.ACK_FINDING),
            masked=self.roster_panel.model.masked,
            vetted=self.edit.vetted,
        )
        self.ui.tabs.setTabText(TAB_VETTING, self.tr("Pemeriksaan ({n})").format(n=len(findings)))

    def _show_history(self) -> None:
        with self._db.reader() as session:
            entries = audit.history(session, self.group_id)
        self.history_panel.set_history(entries, {}, masked=self.masked)

    def _status_actions(self, status: str) -> dict[str, str]:
        """The statuses this clerk may move the group to from here (the SK and the payment
        ask for their values; export and re-import have their own ways)."""
        actions = {}
        for target in steps.allowed_targets(status):
            step = steps.step_to(target)
            if step.via != steps.Via.DECIDE:
                continue
            if permissions.can(self.actor, step.action):
                actions[target.value] = status_label(target.value, self._lang)
        return actions

    # --- what is on screen -----------------------------------------------------------

    def current_edit(self) -> GroupEdit:
        """The group as the screen shows it now, ready for ``save_group``."""
        return dataclasses.replace(
            self.edit,
            identity=self.identity_panel.identity(self.edit.identity),
            members=self.roster_panel.model.members(),
            budget_lines=self.budget_panel.model.lines(),
            documents=tuple(self.documents_panel.docs),
        )

    def is_dirty(self) -> bool:
        return self.current_edit() != self.edit

    def _update_changed(self) -> None:
        dirty = self.is_dirty()
        self.ui.changedLabel.setText(self.tr("Ada perubahan yang belum disimpan.") if dirty else "")
        self.setWindowModified(dirty)
        # Simpan only when there is something to save: a locked roster shows it grey.
        self.ui.saveButton.setEnabled(self._can_edit and dirty)
        self.save_action.setEnabled(self._can_edit and dirty)

    # --- saving ----------------------------------------------------------------------

    def save(self) -> bool:
        """Save what the screen shows; False (and the reason shown) when refused."""
        edit = self.current_edit()
        if edit == self.edit:
            return True
        reason = None
        if edit.replacement_allowed and edit.members != self.edit.members:
            reason = prompts.ask_text(
                self,
                self.tr("Pergantian anggota"),
                self.tr("SK kelompok ini sudah terbit. Tuliskan alasan pergantian anggota:"),
            )
            if reason is None:
                return False
        try:
            result: SaveResult = save_group(self._db, self.actor, edit, replacement_reason=reason)
        except EditConflict as conflict:
            if prompts.ask_reload(self, str(conflict)):
                self.reload()
            return False
        except InputRefused as refused:
            prompts.show_refusal(self, self.tr("Perubahan tidak disimpan"), refused.reasons)
            return False
        self._show(result.edit, result.findings)
        self.saved.emit(result.version)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_leave():
            clear_scratch(self._scratch)
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:  # Esc
        if self.may_leave():
            clear_scratch(self._scratch)
            super().reject()

    def may_leave(self) -> bool:
        """Ask about unsaved changes: Simpan (and stay if refused), Buang, or Batal."""
        if not self.is_dirty():
            return True
        answer = prompts.ask_unsaved(self)
        if answer == prompts.SAVE:
            return self.save()
        return answer == prompts.DISCARD

    def _needs_saved_first(self) -> bool:
        if self.is_dirty():
            prompts.show_refusal(
                self,
                self.tr("Simpan dahulu"),
                [self.tr("Simpan atau buang perubahan yang belum disimpan terlebih dahulu.")],
            )
            return True
        return False

    # --- actions -----------------------------------------------------------------------

    def unlock(self) -> None:
        """Buka Kunci: a reason, a warning that issued letters are revoked, then the service."""
        if self._needs_saved_first():
            return
        text = self.tr(
            "Membuka kunci mencabut surat rekomendasi yang sudah terbit untuk kelompok "
            "ini; surat harus diterbitkan ulang."
        )
        with self._db.reader() as session:
            shared = letters_shared_with(session, self.group_id)
        for number, others in shared:  # one letter, several groups: revoked for them all
            text += "\n\n" + self.tr(
                "Surat Nomor {number} juga untuk kelompok {names}; surat itu dicabut untuk "
                "mereka juga."
            ).format(number=number, names=", ".join(others))
        reason = prompts.ask_text(
            self,
            self.tr("Buka kunci daftar anggota"),
            text + "\n\n" + self.tr("Alasan membuka kunci:"),
        )
        if reason is None:
            return
        try:
            unlock_roster(self._db, self.actor, self.group_id, reason)
        except InputRefused as refused:
            prompts.show_refusal(self, self.tr("Kunci tidak dibuka"), refused.reasons)
            return
        self.reload()
        self.ui.tabs.setCurrentIndex(TAB_MEMBERS)

    def acknowledge(self, finding: FindingRow) -> None:
        note = prompts.ask_text(
            self,
            self.tr("Terima peringatan"),
            self.tr("Catatan: mengapa peringatan ini dapat diterima?"),
        )
        if note is None:
            return
        try:
            workflow.acknowledge(
                self._db, self.actor, self.group_id, finding.code, finding.member_nik, note
            )
        except InputRefused as refused:
            prompts.show_refusal(self, self.tr("Peringatan tidak diterima"), refused.reasons)
            return
        with self._db.reader() as session:
            self._show_findings(stored_findings(session, [self.group_id])[0].findings)
        self._show_history()

    def change_status(self, target: str) -> None:
        if self._needs_saved_first():
            return
        reason = None
        step = steps.step_to(target)
        values = DecisionValues()
        if step.needs_sk or step.needs_payment:
            asked = prompts.ask_decision(self, target, self._lang)
            if asked is None:
                return
            values = asked
        if step.needs_reason:
            reason = prompts.ask_text(
                self,
                status_label(target, self._lang),
                self.tr("Alasan (dicatat dalam riwayat dan dikirim kepada desa/kelurahan):"),
            )
            if reason is None:
                return
        try:
            workflow.decide(
                self._db, self.actor, [self.group_id], target, reason=reason,
                sk_number=values.sk_number, sk_date=values.sk_date, on_date=values.on_date,
                amount=values.amount,
            )  # fmt: skip
        except InputRefused as refused:
            prompts.show_refusal(self, self.tr("Status tidak diubah"), refused.reasons)
            return
        self.reload()
        self.saved.emit(self.edit.expected_version)

    def go_to_member(self, member_id: int | None, nik: str) -> None:
        if self.roster_panel.go_to_member(member_id, nik):
            self.ui.tabs.setCurrentIndex(TAB_MEMBERS)

    def attach(self, row: int) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Lampirkan pindaian"), "", SCAN_FILTER
        )
        if not path or row < 0:
            return
        doc = self.documents_panel.docs[row]
        name = Path(path).name
        try:
            attachment_id = attach_document(
                self._db, self.actor, self.group_id, doc.doc_type, name, Path(path).read_bytes()
            )
        except (InputRefused, OSError) as refused:
            reasons = getattr(refused, "reasons", [str(refused)])
            prompts.show_refusal(self, self.tr("Berkas tidak dilampirkan"), reasons)
            return
        stored = dataclasses.replace(
            doc, received=True, attachment_id=attachment_id, file_name=name
        )
        # The service stored it already: the baseline moves too, so nothing is "unsaved".
        docs = list(self.edit.documents)
        docs[row] = stored
        self.edit = dataclasses.replace(self.edit, documents=tuple(docs))
        self.documents_panel.set_document(row, stored)
        self._show_history()

    def open_document(self, row: int) -> None:
        doc = self.documents_panel.docs[row] if row >= 0 else None
        if doc is None or doc.attachment_id is None:
            return
        with self._db.session() as session:
            name, data = open_attachment(session, self.actor, doc.attachment_id)
        try:
            target = write_scratch(self._scratch, doc.attachment_id, name, data)
        except OSError as error:
            prompts.show_refusal(self, self.tr("Berkas tidak dibuka"), [str(error)])
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
