"""The verification papers from the window: Lembar Hasil Verifikasi, Berita Acara,
Surat Pengembalian and the Rekap (PDF or workbook), each through ``services.paperwork``.

    printer = PaperworkPrinter(page, db, actor, demo=demo)
    printer.issued.connect(window.reload)     # a numbered paper went into the register
    printer.message.connect(status_bar.showMessage)
    printer.verification_sheet([3, 5])

Each call asks what it must (``paperwork_options``), runs the service on a worker
(``Operation``) and shows the PDF in the preview. The questions and file dialogs open
through module functions that tests replace; refusals are shown as their reasons.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from tkm_desktop.gui import editor_prompts, files, pdf_preview
from tkm_desktop.gui.editor_prompts import show_refusal
from tkm_desktop.gui.operations import Operation, OperationContext
from tkm_desktop.gui.paperwork_options import (
    GroupChoice,
    PaperChoice,
    PaperRequest,
    ask_paper_choice,
)
from tkm_desktop.gui.status_badge import status_label
from tkm_desktop.services import paperwork
from tkm_desktop.services.browse import GroupFilter
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.groups import GroupState
from tkm_desktop.services.letters import file_name
from tkm_desktop.services.paper_register import Paper
from tkm_desktop.services.paperwork import PaperPlan
from tkm_desktop.store.db import Database

translate = QCoreApplication.translate
LAST_DIR = "paperwork/last_dir"  # QSettings key: the folder a workbook was last saved to


# --- the questions tests replace --------------------------------------------------------


def _ask_workbook_path(parent: QWidget, title: str, suggested: str) -> str | None:
    """Where a workbook goes, starting in the folder used last; None when cancelled."""
    return files.ask_save_path(
        parent, title, suggested, "Excel (*.xlsx)", suffix=".xlsx", remember=LAST_DIR
    )


def offer_attachment(parent: QWidget, title: str, text: str) -> bool:
    """*Simpan Lampiran…* or *Lewati*, after the return letter was shown."""
    return editor_prompts.choose(
        parent,
        title,
        text,
        translate("PaperworkPrinter", "Simpan Lampiran…"),
        translate("PaperworkPrinter", "Lewati"),
    )


def _pdf_name(prefix: str, paper: Paper) -> str:
    """'berita-acara-500.15.10-7-Disnaker-2025.pdf'; a KONSEP: 'konsep-berita-acara.pdf'."""
    if not paper.number:
        return f"konsep-{prefix}.pdf"
    return f"{prefix}-{file_name(paper.number).removeprefix('surat-')}"


class PaperworkPrinter(QObject):
    """Prints the verification papers over ``parent`` (the groups list)."""

    issued = Signal(object)  # the numbered Paper, once it is in the register
    message = Signal(str)  # one line for the status bar

    def __init__(
        self, parent: QWidget, db: Database, actor: Actor, *, demo: bool = False, lang: str = "id"
    ) -> None:
        super().__init__(parent)
        self._widget = parent
        self._db, self._actor, self._demo, self._lang = db, actor, demo, lang

    # --- running ---------------------------------------------------------------------

    def _run(self, fn: Callable[[OperationContext], Any], title: str, then: Callable) -> None:
        op: Operation[Any] = Operation(self._widget, fn, title=title, cancellable=False)
        op.on_success(then).on_failure(lambda exc: self._failed(title, exc)).run()

    def _failed(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, InputRefused):
            show_refusal(self._widget, title, exc.reasons)
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)  # a bug: the crash dialog and log

    def _show(self, paper: Paper, title: str, name: str) -> None:
        pdf_preview.show_pdf(self._widget, paper.data, title=title, file_name=name)

    def _announce(self, paper: Paper, title: str) -> None:
        if paper.number:
            self.issued.emit(paper)
            self.message.emit(
                self.tr("{title} terbit: Nomor {number}.").format(title=title, number=paper.number)
            )

    def _line(self, row: GroupState) -> str:
        gid, name, status = row
        return f"{name} — {status_label(status, self._lang)} (ID {gid})"

    # --- Lembar Hasil Verifikasi -------------------------------------------------------

    def verification_sheet(self, group_ids: Sequence[int]) -> None:
        """One sheet per selected group, in one PDF."""
        ids = list(group_ids)
        title = self.tr("Lembar Hasil Verifikasi")
        summary = self.tr(
            "Lembar Hasil Verifikasi untuk %n kelompok yang dipilih; tiap kelompok pada "
            "halamannya sendiri. Kelompok diperiksa ulang lebih dulu.",
            "",
            len(ids),
        )
        choice = ask_paper_choice(self._widget, PaperRequest(title, summary))
        if choice is None:
            return
        db, actor, demo = self._db, self._actor, self._demo
        name = f"lembar-verifikasi-{ids[0]}.pdf" if len(ids) == 1 else "lembar-verifikasi.pdf"
        self._run(
            lambda _ctx: paperwork.print_verification_sheet(
                db, actor, ids, paper=choice.paper, demo=demo
            ),
            title,
            lambda paper: self._show(paper, title, name),
        )

    # --- Berita Acara Hasil Verifikasi --------------------------------------------------

    def minutes(self, selected: Sequence[int] = ()) -> None:
        """The groups no berita acara reports yet; those among ``selected`` ticked (if any)."""
        title = self.tr("Berita Acara Hasil Verifikasi")
        db = self._db
        self._run(
            lambda _ctx: paperwork.minutes_plan(db),
            title,
            lambda plan: self._ask_minutes(title, set(selected), plan),
        )

    def _ask_minutes(self, title: str, selected: set[int], plan: PaperPlan) -> None:
        rows = plan.groups
        if not rows:
            none = self.tr("Tidak ada hasil verifikasi yang belum dimuat dalam berita acara.")
            show_refusal(self._widget, title, [none])
            return
        ids = {gid for gid, _, _ in rows}
        request = PaperRequest(
            title,
            self.tr(
                "Berita acara memuat hasil verifikasi (MS, TMS, dikembalikan) yang belum dimuat "
                "dalam berita acara lain. Centang kelompok yang dimuat."
            ),
            numbered=True,
            manual_number=plan.manual_number,
            groups=tuple(GroupChoice(row[0], self._line(row)) for row in rows),
            checked=frozenset(selected & ids) or None,
        )
        choice = ask_paper_choice(self._widget, request)
        if choice is None:
            return
        db, actor, demo = self._db, self._actor, self._demo
        self._run(
            lambda _ctx: paperwork.issue_minutes(
                db, actor, choice.group_ids, **_letter(choice, demo)
            ),
            title,
            lambda paper: self._issued(paper, title, "berita-acara"),
        )

    def _issued(self, paper: Paper, title: str, prefix: str) -> None:
        self._announce(paper, title)
        if paper.number:
            shown = self.tr("{title} Nomor {number}").format(title=title, number=paper.number)
        else:
            shown = self.tr("KONSEP {title}").format(title=title)
        self._show(paper, shown, _pdf_name(prefix, paper))

    # --- Surat Pengembalian Usulan ------------------------------------------------------

    def return_letter(self, group_id: int) -> None:
        """The letter returning one group's proposal, then its roster workbook if wanted."""
        title = self.tr("Surat Pengembalian Usulan")
        db = self._db
        self._run(
            lambda _ctx: paperwork.return_plan(db, group_id),
            title,
            lambda plan: self._ask_return(title, plan),
        )

    def _ask_return(self, title: str, plan: PaperPlan) -> None:
        gid, name, _status = plan.groups[0]
        summary = self.tr(
            "Surat pengembalian usulan kelompok {name} kepada kepala desa/lurah, dengan "
            "lampiran daftar anggota yang menandai apa yang harus diperbaiki."
        ).format(name=name)
        request = PaperRequest(title, summary, numbered=True, manual_number=plan.manual_number)
        choice = ask_paper_choice(self._widget, request)
        if choice is None:
            return
        db, actor, demo = self._db, self._actor, self._demo
        self._run(
            lambda _ctx: paperwork.issue_return_letter(db, actor, gid, **_letter(choice, demo)),
            title,
            lambda paper: self._returned(paper, title),
        )

    def _returned(self, paper: Paper, title: str) -> None:
        self._issued(paper, title, "pengembalian")
        if paper.attachment is None:
            return
        text = self.tr(
            "Simpan lampiran surat (daftar anggota dengan yang harus diperbaiki, .xlsx) untuk "
            "dikirim bersama surat?"
        )
        if not offer_attachment(self._widget, title, text):
            return
        suggested = _pdf_name("pengembalian", paper).removesuffix(".pdf") + "-lampiran.xlsx"
        path = _ask_workbook_path(self._widget, self.tr("Simpan Lampiran"), suggested)
        if path is None:
            return
        try:
            written = files.write_whole(path, paper.attachment)
        except OSError as exc:
            error = self.tr("Lampiran tidak dapat disimpan: {error}")
            show_refusal(self._widget, title, [error.format(error=exc.strerror or exc)])
            return
        QSettings().setValue(LAST_DIR, str(written.parent))
        self.message.emit(self.tr("Lampiran disimpan ke {path}.").format(path=written))

    # --- Rekap usulan -----------------------------------------------------------------

    def recap_pdf(self, flt: GroupFilter, shown: int) -> None:
        """The recap of the groups the list shows now (its search and filters), as a PDF."""
        title = self.tr("Rekap Usulan")
        summary = self.tr(
            "Rekap %n kelompok sesuai pencarian dan saringan daftar kelompok saat ini: per "
            "kecamatan, status dan skema.",
            "",
            shown,
        )
        choice = ask_paper_choice(self._widget, PaperRequest(title, summary))
        if choice is None:
            return
        db, actor, demo = self._db, self._actor, self._demo
        self._run(
            lambda _ctx: paperwork.print_recap(db, actor, flt, paper=choice.paper, demo=demo),
            title,
            lambda paper: self._show(paper, title, f"rekap-usulan-{dt.date.today():%Y-%m-%d}.pdf"),
        )

    def recap_workbook(self, flt: GroupFilter) -> None:
        """The same recap as a workbook, saved where the clerk says."""
        title = self.tr("Rekap Usulan (Excel)")
        suggested = f"rekap-usulan-{dt.date.today():%Y-%m-%d}.xlsx"
        path = _ask_workbook_path(self._widget, title, suggested)
        if path is None:
            return
        db, actor, demo = self._db, self._actor, self._demo

        def work(_ctx: OperationContext) -> tuple[Paper, Path]:
            save = partial(files.write_whole, path)  # recorded as printed once written
            try:
                paper = paperwork.print_recap(
                    db, actor, flt, file_type=paperwork.XLSX, demo=demo, deliver=save
                )
                return paper, Path(path)
            except OSError as exc:
                error = translate("PaperworkPrinter", "Berkas tidak dapat disimpan: {error}")
                raise InputRefused(error.format(error=exc.strerror or exc)) from exc

        self._run(work, title, self._recap_saved)

    def _recap_saved(self, result: tuple[Paper, Path]) -> None:
        paper, path = result
        QSettings().setValue(LAST_DIR, str(path.parent))
        text = self.tr("Rekap %n kelompok disimpan ke {path}.", "", len(paper.group_ids))
        self.message.emit(text.format(path=path))


def _letter(choice: PaperChoice, demo: bool) -> dict[str, Any]:
    """The keyword arguments of a numbered paper's service call."""
    return {"paper": choice.paper, "draft": choice.draft, "number": choice.number, "demo": demo}
