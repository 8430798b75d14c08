"""Surat Pengembalian Usulan: the letter to the kepala desa or lurah of a returned group.

The same letter as the recommendation (``documents.letter``: letterhead, Nomor,
Sifat, Lampiran, Hal, Yth., signature block with QR code, Tembusan); in its body the
paragraph ``{daftar_perbaikan}`` becomes the table of what must be fixed, one row
for the group's own data and one per member. The roster with a *Keterangan* column
travels beside it as a workbook (the letter's Lampiran).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from tkm_desktop.documents.base import esc
from tkm_desktop.documents.letter import Signature
from tkm_desktop.documents.paperwork import PaperworkDocument, on_paper


@dataclass(frozen=True)
class FixLine:
    who: str  # 'Data kelompok', or 'Siti Aminah' and on a second line 'NIK 3275…0001, baris 4'
    items: tuple[str, ...]  # what to fix, one sentence each


@dataclass(frozen=True)
class ReturnContent:
    place: str
    date_text: str
    number_text: str
    subject: str
    sifat: str
    attachment_text: str
    addressee: tuple[str, ...]
    addressee_place: str
    body: tuple[str, ...]  # GROUP_LIST (from {daftar_perbaikan}) stands for the table
    closing: str
    reason: str  # the team's reason for the return, as recorded
    fixes: tuple[FixLine, ...]
    signature: Signature
    copies: tuple[str, ...]
    qr_text: str | None = None


class ReturnLetter(PaperworkDocument):
    def story(self) -> list[Flowable]:
        """The letter's parts; the closing, the signature and the Tembusan stay together, so
        that a page never holds the signature or the copies alone."""
        c, s = self.content, self.style
        ending = [Paragraph(esc(c.closing), s["body"]), Spacer(0, 2 * mm),
                  self._signature_block(with_qr=True, keep=False), *self._copies()]  # fmt: skip
        fields = [("Nomor", c.number_text), ("Sifat", c.sifat),
                  ("Lampiran", c.attachment_text), ("Hal", c.subject)]  # fmt: skip
        return [
            Paragraph(f"{esc(c.place)}, {esc(c.date_text)}", s["right"]),
            Spacer(0, 3 * mm),
            self._fields_table(fields, label_width=22 * mm),
            Spacer(0, 5 * mm),
            *self._addressee(),
            Spacer(0, 4 * mm),
            *self._body(c.body),
            self.kept(ending),
        ]

    def _group_list(self) -> Table:  # the letter's hook for its table paragraph
        c, s = self.content, self.style
        rows = []
        for n, fix in enumerate(c.fixes, start=1):
            items = [Paragraph(f"- {esc(item)}", s["cell"]) for item in fix.items]
            who = "<br/>".join(esc(line) for line in fix.who.splitlines())
            rows.append([str(n), Paragraph(who, s["cell"]), items])
        if c.reason:
            rows.insert(0, ["", "Catatan Tim Verifikasi", c.reason])
        if not rows:
            rows = [["", "-", "Lihat keterangan pada lampiran."]]
        head = ["No", "Data (baris pada lampiran)", "Yang Harus Diperbaiki/Dilengkapi"]
        return self.grid(head, rows, (0.06, 0.32, 0.62), centred=(0,))


def return_letter_class(paper: str) -> type[ReturnLetter]:
    return on_paper(ReturnLetter, paper)  # type: ignore[return-value]
