"""*Terbitkan Surat*: one letter for the selected groups, or one REKOMENDASI per group.

    issued = issue_for_groups(window, db, actor, [3, 5, 8], lang="id", demo=False)

Only groups with status *direkomendasikan* take part. Each letter is issued in its
own transaction on a worker (``Operation``); Batal stops after the current letter.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tkm_desktop.domain.status import GroupStatus, label
from tkm_desktop.gui import editor_prompts
from tkm_desktop.gui.operations import Operation, OperationContext
from tkm_desktop.gui.paperwork_options import PaperCombo
from tkm_desktop.gui.pdf_preview import show_pdf
from tkm_desktop.services import permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.groups import group_states
from tkm_desktop.services.letter_content import current_signatory
from tkm_desktop.services.letters import (
    KIND_LETTER,
    KIND_RECOMMENDATION,
    IssuedLetter,
    draft_letter,
    file_name,
    issue_letter,
    record_draft_print,
)
from tkm_desktop.services.settings import get_numbering, number_example, numbering_is_manual
from tkm_desktop.store.db import Database

translate = QCoreApplication.translate
_WARN = "color: #b3261e;"


@dataclass(frozen=True)
class Job:
    """One letter to issue: what the summary calls it, its groups, the typed number."""

    name: str
    group_ids: tuple[int, ...]
    number: str | None = None


@dataclass
class Outcome:
    """What a run issued and what the service refused, job by job (filled by the worker)."""

    issued: list[tuple[Job, IssuedLetter]] = field(default_factory=list)
    refused: list[tuple[Job, list[str]]] = field(default_factory=list)
    not_reached: list[Job] = field(default_factory=list)


def run_jobs(
    db: Database,
    actor: Actor,
    jobs: Sequence[Job],
    outcome: Outcome,
    ctx: OperationContext,
    *,
    kind: str,
    paper: str,
    demo: bool,
    step_text: str = "{n}/{total}: {name}",
) -> Outcome:
    """Issue the jobs in order, each its own transaction; stop between letters on Batal."""
    outcome.not_reached = list(jobs)
    for n, job in enumerate(jobs, 1):
        ctx.check()
        ctx.progress(n - 1, len(jobs), step_text.format(n=n, total=len(jobs), name=job.name))
        try:
            letter = issue_letter(
                db, actor, job.group_ids, kind=kind, paper=paper, number=job.number, demo=demo
            )
        except InputRefused as refused:
            outcome.refused.append((job, refused.reasons))
        else:
            outcome.issued.append((job, letter))
        outcome.not_reached.remove(job)
    ctx.progress(len(jobs), len(jobs))
    return outcome


def show_summary(parent: QWidget, title: str, text: str) -> None:
    """The batch's closing message (tests replace it)."""
    QMessageBox.information(parent, title, text)


class LetterIssueDialog(QDialog):
    """Kind, paper, signatory and (offices that type them) numbers; *Lihat Konsep*, *Terbitkan*."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        groups: Sequence[tuple[int, str]],
        *,
        skipped: Sequence[str] = (),
        lang: str = "id",
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._demo = db, actor, demo
        self.groups = list(groups)
        self.issued: list[IssuedLetter] = []
        self.operation: Operation[Outcome] | None = None
        self._close_when_done = False  # Batal/Esc/X came while issuing: close from _done
        with db.reader() as session:
            numbering = get_numbering(session)
            self.manual = numbering_is_manual(session)
            try:  # the signatory the service will print
                chosen = current_signatory(session)
                signer: tuple[str, str] | None = (chosen.name, chosen.position)
            except InputRefused:
                signer = None
        self.setWindowTitle(self.tr("Terbitkan Surat Rekomendasi"))
        self._build(skipped, signer, numbering.pattern, lang)
        self._kind_changed()
        self.resize(640, 480 if self.manual else self.sizeHint().height())

    # --- building -------------------------------------------------------------------

    def _build(self, skipped: Sequence[str], signer, pattern: str, lang: str) -> None:
        form = QFormLayout()
        names = ", ".join(name for _, name in self.groups)
        self.groupsLabel = QLabel(
            self.tr("%n kelompok: {names}", "", len(self.groups)).format(names=names), self
        )
        self.groupsLabel.setWordWrap(True)
        form.addRow(self.tr("Kelompok:"), self.groupsLabel)
        if skipped:
            status = label(GroupStatus.DIREKOMENDASIKAN, lang)
            self.skippedLabel = QLabel(
                self.tr("Tidak diikutkan (belum berstatus {status}): {names}").format(
                    status=status, names=", ".join(skipped)
                ),
                self,
            )
            self.skippedLabel.setWordWrap(True)
            self.skippedLabel.setStyleSheet(_WARN)
            form.addRow("", self.skippedLabel)
        self.letterRadio = QRadioButton(self.tr("Satu surat ke Kementerian untuk semua kelompok"))
        self.batchRadio = QRadioButton(
            self.tr(
                "Surat Rekomendasi tersendiri untuk setiap kelompok (%n surat)",
                "",
                len(self.groups),
            )
        )
        self.letterRadio.setChecked(True)
        kinds = QButtonGroup(self)
        for radio in (self.letterRadio, self.batchRadio):
            kinds.addButton(radio)
            radio.toggled.connect(self._kind_changed)
        form.addRow(self.tr("Jenis surat:"), self.letterRadio)
        form.addRow("", self.batchRadio)
        self.paperCombo = PaperCombo(self)
        form.addRow(self.tr("Kertas:"), self.paperCombo)
        self.signatoryLabel = QLabel(self)
        self.signatoryLabel.setWordWrap(True)
        if signer is None:
            self.signatoryLabel.setText(
                self.tr("Belum ada pejabat penandatangan yang aktif (Pengaturan → Penandatangan).")
            )
            self.signatoryLabel.setStyleSheet(_WARN)
        else:
            self.signatoryLabel.setText("\n".join(signer))
            self.signatoryLabel.setToolTip(self.tr("Diatur di Pengaturan → Penandatangan."))
        form.addRow(self.tr("Penanda tangan:"), self.signatoryLabel)
        self._build_numbers(form, pattern)
        self.draftButton = QPushButton(self.tr("Lihat Konsep"), self)
        self.issueButton = QPushButton(self.tr("Terbitkan"), self)
        self.draftButton.setEnabled(permissions.can(self._actor, permissions.PRINT_DOCUMENT))
        self.issueButton.setEnabled(
            signer is not None and permissions.can(self._actor, permissions.ISSUE_LETTER)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.addButton(self.draftButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.issueButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.draftButton.clicked.connect(self.preview_draft)
        self.issueButton.clicked.connect(self.issue)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _build_numbers(self, form: QFormLayout, pattern: str) -> None:
        try:
            example = number_example(pattern)
        except InputRefused:
            example = pattern
        self.numberEdit = QLineEdit(self)
        self.numberEdit.setPlaceholderText(self.tr("Contoh: {number}").format(number=example))
        self.numbersTable = QTableWidget(len(self.groups), 2, self)
        self.numbersTable.setHorizontalHeaderLabels([self.tr("Kelompok"), self.tr("Nomor surat")])
        self.numbersTable.verticalHeader().hide()
        self.numbersTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.numbersTable.setColumnWidth(0, 220)
        self.numbersTable.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for row, (_, name) in enumerate(self.groups):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.numbersTable.setItem(row, 0, item)
            self.numbersTable.setItem(row, 1, QTableWidgetItem(""))
        if self.manual:
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.numberEdit)
            column.addWidget(self.numbersTable)
            column.addWidget(QLabel(self.tr("Ketik nomor dari buku agenda surat keluar."), box))
            form.addRow(self.tr("Nomor surat:"), box)
        else:
            automatic = QLabel(self.tr("Diberikan otomatis dari register saat diterbitkan."))
            automatic.setWordWrap(True)
            # Unwrapped: a number broken at a slash reads as two numbers.
            self.exampleLabel = QLabel(self.tr("Contoh: {number}").format(number=example))
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(automatic)
            column.addWidget(self.exampleLabel)
            form.addRow(self.tr("Nomor surat:"), box)
            self.numberEdit.hide()
            self.numbersTable.hide()

    def _kind_changed(self) -> None:
        if self.manual:
            batch = self.batch and len(self.groups) > 1
            self.numberEdit.setVisible(not batch)
            self.numbersTable.setVisible(batch)

    # --- what the clerk chose -------------------------------------------------------

    @property
    def batch(self) -> bool:
        return self.batchRadio.isChecked()

    @property
    def kind(self) -> str:
        return KIND_RECOMMENDATION if self.batch else KIND_LETTER

    @property
    def paper(self) -> str:
        return self.paperCombo.paper()

    def jobs(self) -> list[Job]:
        """The letters to issue, with the numbers typed (offices that type them)."""
        if not self.batch or len(self.groups) == 1:
            typed = self.numberEdit.text().strip() if self.manual else ""
            if len(self.groups) == 1:
                name = self.groups[0][1]
            else:
                name = self.tr("%n kelompok", "", len(self.groups))
            return [Job(name, tuple(gid for gid, _ in self.groups), typed or None)]
        jobs = []
        for row, (gid, name) in enumerate(self.groups):
            item = self.numbersTable.item(row, 1)
            typed = item.text().strip() if self.manual and item is not None else ""
            jobs.append(Job(name, (gid,), typed or None))
        return jobs

    # --- actions --------------------------------------------------------------------

    def preview_draft(self) -> None:
        """The KONSEP of the (first) letter, for initialling."""
        job = self.jobs()[0]
        db, actor, kind, paper, demo = self._db, self._actor, self.kind, self.paper, self._demo
        title = self.tr("Konsep — {name}").format(name=job.name)
        Operation(
            self,
            lambda ctx: draft_letter(db, actor, job.group_ids, kind=kind, paper=paper, demo=demo),
            title=self.tr("Lihat Konsep"),
            label=self.tr("Menyusun konsep surat…"),
            cancellable=False,
        ).on_success(
            lambda pdf: show_pdf(
                self, pdf, title=title, file_name="konsep-surat.pdf", printed=printed
            )
        ).on_failure(self._refused).run()

        def printed() -> None:  # seen is recorded by draft_letter; printed, here
            Operation(
                self,
                lambda ctx: record_draft_print(db, actor, job.group_ids, kind),
                title=self.tr("Lihat Konsep"),
                cancellable=False,
            ).on_failure(self._refused).run()

    def issue(self) -> None:
        jobs = self.jobs()
        question = self.tr(
            "Terbitkan %n surat? Nomor dan tanggal diberikan sekarang dan tidak dapat "
            "dipakai lagi.",
            "",
            len(jobs),
        )
        if not editor_prompts.confirm(self, self.tr("Terbitkan Surat"), question):
            return
        db, actor, kind, paper, demo = self._db, self._actor, self.kind, self.paper, self._demo
        step = self.tr("Surat {n} dari {total}: {name}")
        outcome = Outcome()
        self._set_busy(True)
        self.operation = (
            Operation(
                self,
                lambda ctx: run_jobs(
                    db,
                    actor,
                    jobs,
                    outcome,
                    ctx,
                    kind=kind,
                    paper=paper,
                    demo=demo,
                    step_text=step,
                ),
                title=self.tr("Terbitkan Surat"),
                label=self.tr("Menerbitkan surat…"),
                cancellable=len(jobs) > 1,
            )
            .on_success(lambda _: self._done(outcome, cancelled=False))
            .on_cancel(lambda: self._done(outcome, cancelled=True))
            .on_failure(lambda exc: self._failed(outcome, exc))
            .run()
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.draftButton, self.issueButton):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        """Batal, Esc or the title bar's X. While issuing: stop after the current letter,
        then close from ``_done`` with the summary (closing now would hide what was issued)."""
        if self.operation is not None:
            self._close_when_done = True
            if self.batch:  # a single letter cannot be stopped: it is shown when issued
                self.operation.cancel()
            return
        super().reject()

    def _close_if_asked(self) -> None:
        if self._close_when_done:
            super().reject()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, InputRefused):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        editor_prompts.show_refusal(self, self.tr("Surat tidak dapat dibuat"), exc.reasons)

    def _failed(self, outcome: Outcome, exc: BaseException) -> None:
        if outcome.issued:  # what was issued before the failure stays issued: say so
            self._done(outcome, cancelled=False)
            self._refused(exc)
            return
        self.operation = None
        self._set_busy(False)
        self._refused(exc)
        self._close_if_asked()

    def _done(self, outcome: Outcome, *, cancelled: bool) -> None:
        self.operation = None
        self._set_busy(False)
        self.issued = [letter for _, letter in outcome.issued]
        total = len(outcome.issued) + len(outcome.refused) + len(outcome.not_reached)
        if total == 1 and outcome.refused:  # one letter refused: fix and try again
            editor_prompts.show_refusal(
                self, self.tr("Surat tidak dapat diterbitkan"), outcome.refused[0][1]
            )
            self._close_if_asked()
            return
        if total == 1 and outcome.issued:
            letter = outcome.issued[0][1]
            self.accept()
            show_pdf(
                self.parentWidget() or self,
                letter.pdf,
                title=self.tr("Surat Nomor {number}").format(number=letter.number),
                file_name=file_name(letter.number),
            )
            return
        show_summary(self, self.tr("Terbitkan Surat"), self.summary(outcome, cancelled))
        if outcome.issued:
            self.accept()
        else:
            self._close_if_asked()

    def summary(self, outcome: Outcome, cancelled: bool) -> str:
        """Which letters were issued, which refused and (after Batal) which not reached."""
        lines = [self.tr("%n surat diterbitkan.", "", len(outcome.issued))]
        lines += [f"• {letter.number} — {job.name}" for job, letter in outcome.issued]
        if outcome.refused:
            lines += ["", self.tr("Ditolak:")]
            lines += [f"• {job.name}: {' '.join(reasons)}" for job, reasons in outcome.refused]
        if outcome.not_reached:
            head = (
                self.tr("Dibatalkan; belum diterbitkan:")
                if cancelled
                else self.tr("Terhenti; belum diterbitkan:")
            )
            lines += ["", head]
            lines += [f"• {job.name}" for job in outcome.not_reached]
        return "\n".join(lines)


def recommended_groups(
    db: Database, group_ids: Sequence[int]
) -> tuple[list[tuple[int, str]], list[str]]:
    """The recommended groups (id, name) in the order given; the names of the others."""
    with db.reader() as session:
        found = {g.id: (g.name, g.status) for g in group_states(session, group_ids)}
    ready, skipped = [], []
    for gid in dict.fromkeys(group_ids):
        if gid in found:
            name, status = found[gid]
            if status == GroupStatus.DIREKOMENDASIKAN:
                ready.append((gid, name))
            else:
                skipped.append(name)
    return ready, skipped


def issue_for_groups(
    parent: QWidget,
    db: Database,
    actor: Actor,
    group_ids: Sequence[int],
    *,
    lang: str = "id",
    demo: bool = False,
) -> bool:
    """The issue dialog for the groups chosen; True when any letter was issued."""
    ready, skipped = recommended_groups(db, group_ids)
    if not ready:
        status = label(GroupStatus.DIREKOMENDASIKAN, lang)
        editor_prompts.show_refusal(
            parent,
            translate("LetterIssueDialog", "Terbitkan Surat"),
            [
                translate(
                    "LetterIssueDialog",
                    "Surat rekomendasi hanya untuk kelompok berstatus {status}; "
                    "tidak ada di antara kelompok yang dipilih.",
                ).format(status=status)
            ],
        )
        return False
    dialog = LetterIssueDialog(
        db, actor, ready, skipped=skipped, lang=lang, demo=demo, parent=parent
    )
    try:
        dialog.exec()
        return bool(dialog.issued)
    finally:
        dialog.deleteLater()
