"""Surat: the outgoing-letter register (search, reprint, revoke, scan) and *Verifikasi Surat*.

A USB QR scanner is a keyboard: it types the code into the verification field and
presses Enter, so typed text and scanned codes take the same path.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSortFilterProxyModel
from PySide6.QtWidgets import QWidget

from tkm_desktop.domain.dates import format_long, format_short
from tkm_desktop.gui import editor_prompts, files, pdf_preview
from tkm_desktop.gui.forms.ui_letters_page import Ui_LettersPage
from tkm_desktop.gui.operations import Operation
from tkm_desktop.gui.registers import setup_register_table
from tkm_desktop.gui.row_table_model import Column, RowTableModel
from tkm_desktop.services import permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.letter_register import (
    ALTERED,
    REVOKED,
    UNKNOWN,
    VALID,
    LetterRow,
    Verdict,
    list_letters,
    verify_code,
    verify_pdf,
)
from tkm_desktop.services.letters import (
    attach_scan,
    file_name,
    letter_for_print,
    letter_pdf,
    record_reprint,
    revoke_letter,
)
from tkm_desktop.store.db import Database

_TABLE_PAGE, _EMPTY_PAGE = 0, 1
_ALL_YEARS = 0
# Verdict → (text colour, background): green for sah, red for the two a forger earns.
_VERDICT_COLOURS = {
    VALID: ("#1b5e20", "#e8f5e9"),
    REVOKED: ("#b3261e", "#fdecea"),
    ALTERED: ("#b3261e", "#fdecea"),
    UNKNOWN: ("#5f4300", "#fff4d6"),
}


class LettersPage(QWidget):
    """Every issued or revoked letter, newest first, with what a clerk does to them."""

    def __init__(
        self,
        db: Database,
        actor: Actor | None = None,
        *,
        lang: str = "id",
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._lang, self._demo = db, actor, lang, demo
        self._rows: list[LetterRow] = []
        self.last_verdict: Verdict | None = None
        self.ui = Ui_LettersPage()
        self.ui.setupUi(self)
        self.model: RowTableModel[LetterRow] = RowTableModel(self._columns(), self)
        setup_register_table(
            self.ui.lettersTable, self.model, {0: 26, 1: 11, 2: 9, 3: 34, 4: 9, 5: 24, 6: 16}
        )
        self.ui.yearCombo.addItem(self.tr("Semua"), _ALL_YEARS)
        self.ui.searchEdit.textChanged.connect(self._filter)
        self.ui.yearCombo.currentIndexChanged.connect(self._filter)
        self.ui.lettersTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.lettersTable.doubleClicked.connect(lambda _index: self.preview())
        self.ui.previewButton.clicked.connect(self.preview)
        self.ui.reprintButton.clicked.connect(self.reprint)
        self.ui.revokeButton.clicked.connect(self.revoke)
        self.ui.scanButton.clicked.connect(self.attach_scan)
        self.ui.verifyEdit.returnPressed.connect(self.verify_text)
        self.ui.verifyButton.clicked.connect(self.verify_text)
        self.ui.verifyFileButton.clicked.connect(self.verify_file)
        self.ui.verdictLabel.hide()
        self._update_buttons()

    def _columns(self) -> list[Column[LetterRow]]:
        states = {"issued": self.tr("Terbit"), "revoked": self.tr("Dicabut")}
        return [
            Column(self.tr("Nomor"), lambda r: r.number),
            Column(
                self.tr("Tanggal"),
                lambda r: format_short(r.letter_date) if r.letter_date else "",
                sort_key=lambda r: r.letter_date.toordinal() if r.letter_date else 0,
            ),
            Column(
                self.tr("Status"),
                lambda r: states.get(r.state, r.state),
                colour=lambda r: "#b3261e" if r.state == "revoked" else None,
                tooltip=lambda r: r.revoked_reason or None,
            ),
            Column(
                self.tr("Kelompok"),
                lambda r: ", ".join(r.groups),
                tooltip=lambda r: "\n".join(r.groups),
            ),
            Column(
                self.tr("Anggota"),
                lambda r: QLocale().toString(r.members),
                sort_key=lambda r: r.members,
                numeric=True,
            ),
            Column(self.tr("Penanda Tangan"), lambda r: r.signatory, tooltip=lambda r: r.signatory),
            Column(self.tr("Diterbitkan oleh"), lambda r: r.issued_by),
            Column(self.tr("Pindaian"), lambda r: self.tr("Ada") if r.has_scan else "—"),
        ]

    # --- the list -------------------------------------------------------------------

    def reload(self) -> None:
        with self._db.reader() as session:
            self._rows = list_letters(session)
        self._fill_years()
        self._filter()

    def _fill_years(self) -> None:
        years = sorted({r.letter_date.year for r in self._rows if r.letter_date}, reverse=True)
        chosen = self.ui.yearCombo.currentData()
        combo = self.ui.yearCombo
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for year in years:
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _filter(self) -> None:
        """The rows of the chosen year whose number or a group's name holds the search text."""
        year = self.ui.yearCombo.currentData() or _ALL_YEARS
        words = self.ui.searchEdit.text().casefold().split()

        def shown(row: LetterRow) -> bool:
            if year and (row.letter_date is None or row.letter_date.year != year):
                return False
            text = " ".join([row.number, *row.groups]).casefold()
            return all(word in text for word in words)

        chosen = self.current_letter()
        rows = [r for r in self._rows if shown(r)]
        self.model.set_rows(rows)
        count = len(rows)
        if count != len(self._rows):
            label = self.tr("(%n dari {total} surat)", "", count).format(total=len(self._rows))
        else:
            label = self.tr("(%n surat)", "", count) if count else ""
        self.ui.countLabel.setText(label)
        self.ui.stack.setCurrentIndex(_TABLE_PAGE if self._rows else _EMPTY_PAGE)
        if chosen is not None:
            self.select_letter(chosen.id)
        self._update_buttons()

    def current_letter(self) -> LetterRow | None:
        index = self.ui.lettersTable.currentIndex()
        if not index.isValid() or not self.ui.lettersTable.selectionModel().hasSelection():
            return None
        proxy = self.ui.lettersTable.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        return self.model.row_at(proxy.mapToSource(index).row())

    def select_letter(self, letter_id: int) -> bool:
        """Select the letter's row if it is shown; True when it is."""
        proxy = self.ui.lettersTable.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        for n, row in enumerate(self.model.rows):
            if row.id == letter_id:
                index = proxy.mapFromSource(self.model.index(n, 0))
                self.ui.lettersTable.selectRow(index.row())
                self.ui.lettersTable.scrollTo(index)
                return True
        return False

    def _can(self, action: str) -> bool:
        return self._actor is not None and permissions.can(self._actor, action)

    def _update_buttons(self, *_args: object) -> None:
        letter = self.current_letter()
        issued = letter is not None and letter.state == "issued"
        readable = letter is not None and self._can(permissions.PRINT_DOCUMENT)
        self.ui.previewButton.setEnabled(readable)
        self.ui.reprintButton.setEnabled(readable)
        self.ui.revokeButton.setEnabled(issued and self._can(permissions.REVOKE_LETTER))
        self.ui.scanButton.setEnabled(issued and self._can(permissions.ISSUE_LETTER))

    # --- actions on the chosen letter -----------------------------------------------

    def _run(self, fn, title: str, done) -> None:  # type: ignore[no-untyped-def]
        """A service call on a worker; refusals shown as they come, the list reloaded after."""
        Operation(self, fn, title=title, cancellable=False).on_success(done).run()

    def preview(self) -> None:
        """The stored PDF, byte for byte, in the preview; audited as seen. Printing from
        the preview is audited as a reprint."""
        letter = self.current_letter()
        if letter is None or not self.ui.previewButton.isEnabled():
            return
        db, actor = self._db, self._actor
        assert actor is not None

        def printed() -> None:
            self._run(lambda _ctx: record_reprint(db, actor, letter.id), title, lambda _: None)

        def show(result: tuple[str, bytes]) -> None:
            number, data = result
            shown = self.tr("Surat Nomor {number}").format(number=number)
            pdf_preview.show_pdf(
                self, data, title=shown, file_name=file_name(number), printed=printed
            )

        title = self.tr("Lihat Surat")
        self._run(lambda _ctx: letter_pdf(db, actor, letter.id), title, show)

    def reprint(self) -> None:
        """*Cetak Ulang*: the stored PDF straight to the print dialog; audited as a print
        once pages were printed (a cancelled dialog prints nothing and records nothing)."""
        letter = self.current_letter()
        if letter is None or not self.ui.reprintButton.isEnabled():
            return
        db, actor = self._db, self._actor
        assert actor is not None
        title = self.tr("Cetak Ulang")

        def send(result: tuple[str, bytes]) -> None:
            number, data = result
            shown = self.tr("Surat Nomor {number}").format(number=number)
            if pdf_preview.print_pdf(self, data, title=shown):
                self._run(lambda _ctx: record_reprint(db, actor, letter.id), title, lambda _: None)

        self._run(lambda _ctx: letter_for_print(db, actor, letter.id), title, send)

    def revoke(self) -> None:
        """Cabut: a reason, a confirmation, then the register marks it revoked."""
        letter = self.current_letter()
        if letter is None or not self.ui.revokeButton.isEnabled():
            return
        title = self.tr("Cabut Surat")
        reason = editor_prompts.ask_text(
            self,
            title,
            self.tr("Alasan pencabutan surat Nomor {number} (wajib):").format(number=letter.number),
        )
        if reason is None:
            return
        question = self.tr(
            "Cabut surat Nomor {number}? Nomor ini tidak akan dipakai lagi, dan "
            "verifikasi surat ini akan menjawab DICABUT."
        ).format(number=letter.number)
        if not editor_prompts.confirm(self, title, question):
            return
        db, actor = self._db, self._actor
        assert actor is not None
        self._run(
            lambda _ctx: revoke_letter(db, actor, letter.id, reason), title, lambda _: self.reload()
        )

    def attach_scan(self) -> None:
        """Keep the scan of the signed letter (PDF, JPG, PNG) with its register entry."""
        letter = self.current_letter()
        if letter is None or not self.ui.scanButton.isEnabled():
            return
        title = self.tr("Lampirkan Pindaian")
        path = files.ask_open_path(
            self, title, self.tr("Pindaian surat (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)")
        )
        if path is None:
            return
        db, actor = self._db, self._actor
        assert actor is not None

        def attach(_ctx) -> str:  # type: ignore[no-untyped-def]
            return attach_scan(db, actor, letter.id, Path(path).name, Path(path).read_bytes())

        Operation(self, attach, title=title, cancellable=False).on_success(
            lambda _: self.reload()
        ).on_failure(self._unreadable).run()

    def _unreadable(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            reason = self.tr("Berkas tidak dapat dibaca: {error}").format(error=exc.strerror or exc)
            editor_prompts.show_refusal(self, self.tr("Berkas"), [reason])
        elif isinstance(exc, InputRefused):
            editor_prompts.show_refusal(self, self.tr("Surat"), exc.reasons)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    # --- verification -----------------------------------------------------------------

    def verify_text(self) -> None:
        """Check the typed or scanned code; the field is selected for the next scan."""
        text = self.ui.verifyEdit.text().strip()
        if not text:
            return
        self.ui.verifyEdit.selectAll()
        db, lang = self._db, self._lang
        self._run(
            lambda _ctx: verify_code(db, text, lang=lang),
            self.tr("Verifikasi Surat"),
            self.show_verdict,
        )

    def verify_file(self) -> None:
        path = files.ask_open_path(
            self, self.tr("Periksa Berkas PDF"), self.tr("Dokumen PDF (*.pdf)")
        )
        if path is None:
            return
        db, lang = self._db, self._lang
        Operation(
            self,
            lambda _ctx: verify_pdf(db, Path(path).read_bytes(), lang=lang),
            title=self.tr("Verifikasi Surat"),
            cancellable=False,
        ).on_success(self.show_verdict).on_failure(self._unreadable).run()

    def show_verdict(self, verdict: Verdict) -> None:
        """The verdict in words and colour, with the letter's details from the register."""
        self.last_verdict = verdict
        words = {
            VALID: self.tr("SAH"),
            REVOKED: self.tr("DICABUT"),
            ALTERED: self.tr("DIUBAH"),
            UNKNOWN: self.tr("TIDAK DIKENAL"),
        }
        lines = [f"<b style='font-size: 13pt'>{words.get(verdict.status, verdict.status)}</b>"]
        lines.append(html.escape(verdict.reason))
        details = [
            (self.tr("Nomor"), verdict.number),
            (
                self.tr("Tanggal"),
                format_long(verdict.letter_date, lang=self._lang) if verdict.letter_date else "",
            ),
            (self.tr("Kelompok"), ", ".join(verdict.groups)),
            (
                self.tr("Anggota"),
                QLocale().toString(verdict.members) if verdict.members is not None else "",
            ),
            (self.tr("Alasan pencabutan"), verdict.revoked_reason),
        ]
        lines += [f"{name}: <b>{html.escape(value)}</b>" for name, value in details if value]
        fg, bg = _VERDICT_COLOURS.get(verdict.status, _VERDICT_COLOURS[UNKNOWN])
        label = self.ui.verdictLabel
        label.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; border: 1px solid {fg}; "
            "border-radius: 4px; padding: 8px; }"
        )
        label.setText("<br>".join(lines))
        label.show()
        if verdict.letter_id is not None:
            self.select_letter(verdict.letter_id)
