"""Lembar Hasil Verifikasi: the verification team's form for one group, kept in its file.

A. the group's identity; B. the scheme's document checklist (*ada / tidak ada*);
C. the findings on its data with the team's notes; D. the result (*Memenuhi Syarat*,
*Tidak Memenuhi Syarat* or *Perlu Perbaikan*) and its reason; then the team's
signatures. Several groups make one PDF: each sheet starts on a new page under the
letterhead and counts its own pages ("Halaman 1 dari 2").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from tkm_desktop.documents.base import esc
from tkm_desktop.documents.paperwork import (
    CHECK,
    RESULTS,
    PaperworkDocument,
    TeamMember,
    on_paper,
)


@dataclass(frozen=True)
class FindingLine:
    who: str  # 'Siti Aminah (NIK 3275********0001)' or 'Kelompok'
    message: str
    severity: str  # 'Kesalahan' / 'Peringatan' / 'Info'
    note: str  # the team's acknowledgement note, or ''


@dataclass(frozen=True)
class SheetGroup:
    title: tuple[str, ...]  # ('LEMBAR HASIL VERIFIKASI', 'USULAN CALON PENERIMA …')
    identity: tuple[tuple[str, str], ...]  # ('Nama Kelompok', 'KUB Maju Jaya'), …
    checklist: tuple[tuple[str, bool], ...]  # (document, received)
    findings: tuple[FindingLine, ...]
    result: str  # one of RESULTS
    reason: str  # why, for TMS and Perlu Perbaikan ('' when none recorded)
    closing: str


@dataclass(frozen=True)
class SheetContent:
    groups: tuple[SheetGroup, ...]
    team: tuple[TeamMember, ...]
    place: str
    date_text: str
    signature: Any = None  # the form is signed by the team alone
    qr_text: str | None = None


class VerificationSheet(PaperworkDocument):
    font_size = 10.0  # a form: one group's sheet fits one page more often
    leading = 12.5

    def __init__(self, content: SheetContent, **kwargs: Any) -> None:
        super().__init__(content, **kwargs)
        self._sheet_starts: list[int] = []

    def story(self) -> list[Flowable]:
        self._sheet_starts = []
        flow: list[Flowable] = []
        for i, group in enumerate(self.content.groups):
            if i:
                flow += [NextPageTemplate("first"), PageBreak()]
            flow += self._sheet(group)
        return flow

    def _sheet(self, g: SheetGroup) -> list[Flowable]:
        gap = Spacer(0, 3 * mm)
        ending = [Paragraph(esc(g.closing), self.style["body"]), Spacer(0, 2 * mm),
                  self.place_date(), Spacer(0, 2 * mm),
                  *self.team_signatures(self.content.team, "TIM VERIFIKASI")]  # fmt: skip
        return [
            *self.title_block(g.title),
            self.section("A. IDENTITAS KELOMPOK"),
            Spacer(0, 1.5 * mm),
            self._fields_table(list(g.identity), label_width=40 * mm, indent=5 * mm),
            gap,
            CondPageBreak(30 * mm),
            self.section("B. KELENGKAPAN DOKUMEN"),
            Spacer(0, 1.5 * mm),
            self._checklist(g),
            gap,
            CondPageBreak(30 * mm),
            self.section("C. HASIL PEMERIKSAAN DATA KELOMPOK DAN ANGGOTA"),
            Spacer(0, 1.5 * mm),
            *self._findings(g),
            gap,
            KeepTogether(self._result(g)),
            gap,
            self.kept(ending),
        ]

    def _checklist(self, g: SheetGroup) -> Table:
        rows = [
            [str(n), doc, CHECK if received else "", "" if received else CHECK]
            for n, (doc, received) in enumerate(g.checklist, start=1)
        ]
        if not rows:
            rows = [["", "Skema ini tidak menetapkan dokumen persyaratan.", "", ""]]
        head = ["No", "Dokumen Persyaratan", "Ada", "Tidak Ada"]
        return self.grid(head, rows, (0.07, 0.63, 0.15, 0.15), centred=(0, 2, 3))

    def _findings(self, g: SheetGroup) -> list[Flowable]:
        if not g.findings:
            text = "Tidak ada temuan: data kelompok dan anggota sesuai ketentuan skema."
            return [Paragraph(esc(text), self.style["body_flush"])]
        rows = [
            [str(n), f.who, f.message, f.severity, f.note or "-"]
            for n, f in enumerate(g.findings, start=1)
        ]
        head = ["No", "Anggota/Kelompok", "Temuan", "Tingkat", "Catatan Tim Verifikasi"]
        return [self.grid(head, rows, (0.06, 0.22, 0.36, 0.12, 0.24), centred=(0,))]

    def _result(self, g: SheetGroup) -> list[Flowable]:
        s = self.style
        marks = [CHECK if r == g.result else "" for r in RESULTS]
        table = self.grid(RESULTS, [marks], (1 / 3, 1 / 3, 1 / 3), centred=(0, 1, 2))
        flow: list[Flowable] = [self.section("D. HASIL VERIFIKASI"), Spacer(0, 1.5 * mm), table]
        flow.append(Spacer(0, 2 * mm))
        flow.append(
            Paragraph(
                f"Kesimpulan: kelompok dinyatakan <b>{esc(g.result.upper())}</b>.", s["plain"]
            )
        )
        if g.reason:
            flow.append(Paragraph(f"Keterangan: {esc(g.reason)}", s["plain"]))
        return flow

    # --- one page count per sheet ----------------------------------------------------

    def on_first_page(self, canvas: Canvas, doc: Any) -> None:
        self._sheet_starts.append(canvas.getPageNumber())
        super().on_first_page(canvas, doc)

    def draw_page_number(self, canvas: Canvas, page: int, total: int) -> None:
        starts = self._sheet_starts or [1]
        i = bisect_right(starts, page) - 1
        end = starts[i + 1] - 1 if i + 1 < len(starts) else total
        super().draw_page_number(canvas, page - starts[i] + 1, end - starts[i] + 1)


def sheet_class(paper: str) -> type[VerificationSheet]:
    return on_paper(VerificationSheet, paper)  # type: ignore[return-value]
