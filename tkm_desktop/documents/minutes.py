"""Berita Acara Hasil Verifikasi: the minutes of a verification round, numbered from the register.

Laid out as Tata Naskah Dinas has a *berita acara*: letterhead; the title and
``NOMOR``; "Pada hari ini, …" with the day and date in words; the team, each with
name, NIP and position; the groups with their result (MS, TMS, Perbaikan) and the
reason of each TMS and return; the counts; the closing; the team's signatures, then
*Mengetahui* with the head of the office (and the register's QR code beside it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from tkm_desktop.documents.base import esc
from tkm_desktop.documents.letter import Signature
from tkm_desktop.documents.paperwork import PaperworkDocument, TeamMember, on_paper


@dataclass(frozen=True)
class MinutesRow:
    name: str
    area: str  # 'Margahayu, Bekasi Timur'
    members: int
    result: str  # 'MS', 'TMS', 'Perbaikan'
    note: str  # the recorded reason of a TMS or a return; '' for MS


@dataclass(frozen=True)
class MinutesContent:
    title: tuple[str, ...]  # ('BERITA ACARA HASIL VERIFIKASI', 'USULAN CALON …')
    number_text: str
    opening: str  # 'Pada hari ini, Senin tanggal …, kami yang bertanda tangan di bawah ini:'
    team: tuple[TeamMember, ...]
    introduction: str  # '… telah melaksanakan verifikasi … dengan hasil sebagai berikut:'
    rows: tuple[MinutesRow, ...]
    counts: tuple[tuple[str, int], ...]  # ('Memenuhi Syarat (MS)', 8), …, ('Jumlah', 11)
    summary: str
    closing: str
    place: str
    date_text: str
    signature: Signature  # who acknowledges (*Mengetahui*): the head of the office
    copies: tuple[str, ...] = ()
    qr_text: str | None = None


class Minutes(PaperworkDocument):
    def story(self) -> list[Flowable]:
        c, s = self.content, self.style
        flow = self.title_block(c.title, c.number_text)
        flow += [
            Paragraph(esc(c.opening), s["body_flush"]),
            Spacer(0, 1 * mm),
            *self._team(),
            Spacer(0, 2 * mm),
            Paragraph(esc(c.introduction), s["body_flush"]),
            Spacer(0, 1 * mm),
            self._groups(),
            Spacer(0, 3 * mm),
            KeepTogether([Paragraph(esc(c.summary), s["body_flush"]), self._counts()]),
            Spacer(0, 3 * mm),
            self.kept(
                [
                    Paragraph(esc(c.closing), s["body"]),
                    Spacer(0, 3 * mm),
                    self.place_date(),
                    Spacer(0, 2 * mm),
                    *self.team_signatures(c.team, "TIM VERIFIKASI"),
                ]
            ),
            Spacer(0, 6 * mm),
            self._signature_block(with_qr=True),
            *self._copies(),
        ]
        return flow

    def _team(self) -> list[Flowable]:
        """Each member as '1. Nama : …' with NIP and Jabatan under it."""
        flow: list[Flowable] = []
        for n, m in enumerate(self.content.team, start=1):
            rows = [("Nama", m.name), ("NIP", m.nip.removeprefix("NIP ") or "-")]
            rows.append(("Jabatan", m.position or "-"))
            table = self._fields_table(rows, label_width=22 * mm)
            number = Table([[f"{n}.", table]], colWidths=[7 * mm, self.text_width - 7 * mm])
            number.setStyle(self._plain_table())
            flow += [number, Spacer(0, 1 * mm)]
        return flow

    def _groups(self) -> Table:
        rows: list[list[Any]] = [
            [str(n), r.name, r.area, str(r.members), r.result, r.note or "-"]
            for n, r in enumerate(self.content.rows, start=1)
        ]
        head = ["No", "Nama Kelompok", "Kelurahan, Kecamatan", "Anggota", "Hasil", "Keterangan"]
        return self.grid(head, rows, (0.06, 0.24, 0.2, 0.1, 0.1, 0.3), centred=(0, 3, 4))

    def _counts(self) -> Table:
        s = self.style
        rows: list[list[Any]] = []
        last = len(self.content.counts) - 1
        for i, (label, n) in enumerate(self.content.counts):
            bold = "plain" if i < last else "label"
            rows.append([Paragraph(esc(label), s[bold]), ":", Paragraph(f"{n} kelompok", s[bold])])
        table = Table(rows, colWidths=[70 * mm, 4 * mm, 40 * mm], hAlign="LEFT")
        style = self._plain_table(6 * mm)
        style.add("LINEABOVE", (0, last), (-1, last), 0.5, (0, 0, 0))
        table.setStyle(style)
        return table


def minutes_class(paper: str) -> type[Minutes]:
    return on_paper(Minutes, paper)  # type: ignore[return-value]
