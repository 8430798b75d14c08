"""The recommendation letter: to the ministry (one group or many) or the stand-alone REKOMENDASI.

Laid out as Tata Naskah Dinas has it: letterhead; place and date on the right;
Nomor, Sifat, Lampiran, Hal; ``Yth.`` and ``di``; the body; the signature block with
the QR code beside it; numbered Tembusan; then the Lampiran with its standard
heading, the roster of each group (header repeated on every page) and the signature
block again. Content arrives as ready-made strings (``LetterContent``); every string
is escaped here before it reaches a Paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tkm_desktop.documents.base import OfficialDocument, esc, paper_variant
from tkm_desktop.documents.qr import QrCode, qr_caption
from tkm_desktop.documents.templates import GROUP_LIST
from tkm_desktop.domain.letters import KIND_RECOMMENDATION, SIGNING_MODES

# Roster columns: heading and share of the text width.
ROSTER_COLUMNS = (
    ("No", 0.05),
    ("NIK", 0.20),  # 16 digits on one line
    ("Nama", 0.19),
    ("L/P", 0.045),
    ("Tempat/Tgl Lahir", 0.175),
    ("Alamat", 0.225),
    ("Jabatan", 0.115),
)
GRID = colors.Color(0.25, 0.25, 0.25)
HEADER_FILL = colors.Color(0.88, 0.88, 0.88)


@dataclass(frozen=True)
class MemberLine:
    nik: str
    name: str
    sex: str  # 'L' / 'P'
    birth: str  # 'Bekasi, 05/01/1990'
    address: str
    role: str


@dataclass(frozen=True)
class GroupBlock:
    name: str
    business: str
    address: str  # street, RT/RW, kelurahan, kecamatan
    area: str  # 'Margahayu, Bekasi Timur': for the short list in the body
    grant: str  # 'Rp40.000.000,00 (empat puluh juta rupiah)'
    members: tuple[MemberLine, ...]


@dataclass(frozen=True)
class Signature:
    """What the signature block prints, already in its final words."""

    position_lines: tuple[str, ...]  # ('a.n. KEPALA DINAS … KOTA BEKASI,', 'Sekretaris,')
    name: str
    rank: str
    nip: str  # 'NIP 19680411 199303 1 009' or ''
    position: str  # the REKOMENDASI's 'Jabatan': own position, or 'Plt. <position acted for>'
    nip_digits: str = ""


@dataclass(frozen=True)
class LetterContent:
    kind: str
    place: str  # 'Bekasi'
    date_text: str  # '22 Desember 2020' ('      Desember 2020' on a draft)
    number_text: str
    subject: str  # Hal
    sifat: str
    attachment_text: str  # '1 (satu) berkas'
    addressee: tuple[str, ...]
    addressee_place: str
    body: tuple[str, ...]  # paragraphs; GROUP_LIST stands for the short table of groups
    closing: str
    groups: tuple[GroupBlock, ...]
    signature: Signature
    copies: tuple[str, ...]
    attachment_title: str
    issuer: str  # 'Kepala Dinas … Kota Bekasi' / 'Plt. Kepala Dinas …', for 'LAMPIRAN SURAT …'
    title: str = ""  # the REKOMENDASI's title
    opening: str = ""  # the REKOMENDASI's 'Yang bertanda tangan di bawah ini:'
    introduction: str = ""  # '… memberikan rekomendasi kepada:'
    several_groups: str = ""  # the REKOMENDASI's sentence for many groups
    qr_text: str | None = None


class RecommendationLetter(OfficialDocument):
    """A letter to the ministry (``kind='surat'``) or the REKOMENDASI form."""

    signature_width = 78.0  # mm, the signature column at the right
    qr_size = 24.0  # mm

    def __init__(self, content: LetterContent, **kwargs: Any) -> None:
        self.content = content
        super().__init__(**kwargs)

    # --- the whole story --------------------------------------------------------

    def story(self) -> list[Flowable]:
        is_form = self.content.kind == KIND_RECOMMENDATION
        return [*(self._recommendation() if is_form else self._letter()), *self._attachment()]

    def _letter(self) -> list[Flowable]:
        c, s = self.content, self.style
        flow: list[Flowable] = [
            Paragraph(f"{esc(c.place)}, {esc(c.date_text)}", s["right"]),
            Spacer(0, 3 * mm),
            self._fields_table(
                [
                    ("Nomor", c.number_text),
                    ("Sifat", c.sifat),
                    ("Lampiran", c.attachment_text),
                    ("Hal", c.subject),
                ],
                label_width=22 * mm,
            ),
            Spacer(0, 5 * mm),
            *self._addressee(),
            Spacer(0, 4 * mm),
        ]
        flow += self._body(c.body)
        flow.append(Paragraph(esc(c.closing), s["body"]))
        flow.append(Spacer(0, 4 * mm))
        flow.append(self._signature_block(with_qr=True))
        flow += self._copies()
        return flow

    def _recommendation(self) -> list[Flowable]:
        c, s = self.content, self.style
        sig = c.signature
        flow: list[Flowable] = [
            Spacer(0, 2 * mm),
            Paragraph(f"<u>{esc(c.title)}</u>", s["title"]),
            Paragraph(f"NOMOR : {esc(c.number_text)}", s["center"]),
            Spacer(0, 8 * mm),
            Paragraph(esc(c.opening), s["plain"]),
            Spacer(0, 2 * mm),
            self._fields_table(
                [("Nama", sig.name), ("NIP", sig.nip_digits or "-"), ("Jabatan", sig.position)],
                label_width=35 * mm,
                indent=8 * mm,
            ),
            Spacer(0, 3 * mm),
            Paragraph(esc(c.introduction), s["plain"]),
            Spacer(0, 2 * mm),
        ]
        if len(c.groups) == 1:
            g = c.groups[0]
            rows = [
                ("Nama Kelompok", g.name),
                ("Jenis Usaha", g.business),
                ("Alamat", g.address),
                ("Jumlah Anggota", f"{len(g.members)} orang"),
            ]
            flow.append(self._fields_table(rows, label_width=35 * mm, indent=8 * mm))
        else:
            flow.append(Paragraph(esc(c.several_groups), s["plain"]))
        flow.append(Spacer(0, 3 * mm))
        flow += self._body(c.body, "body_flush")  # it goes on with the sentence above
        flow.append(Paragraph(esc(c.closing), s["body"]))
        flow.append(Spacer(0, 4 * mm))
        flow.append(self._signature_block(with_qr=True, issued_at=True))
        flow += self._copies()
        return flow

    # --- parts ------------------------------------------------------------------

    def _fields_table(
        self, rows: list[tuple[str, str]], *, label_width: float, indent: float = 0
    ) -> Table:
        """'Nomor : …' lines: label, colon, value (the value wraps under itself)."""
        s = self.style
        data = [
            [Paragraph(esc(k), s["plain"]), ":", Paragraph(esc(v), s["plain"])] for k, v in rows
        ]
        widths = [indent + label_width, 4 * mm, self.text_width - indent - label_width - 4 * mm]
        table = Table(data, colWidths=widths, hAlign="LEFT")
        table.setStyle(self._plain_table(indent))
        return table

    def _plain_table(self, indent: float = 0) -> TableStyle:
        return TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), self.font.regular, self.font_size),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (0, -1), indent),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )

    def _addressee(self) -> list[Flowable]:
        c, s = self.content, self.style
        lines = c.addressee or ("",)
        yth = 11 * mm
        data = [["Yth.", Paragraph(esc(lines[0]), s["plain"])]]
        data += [["", Paragraph(esc(line), s["plain"])] for line in lines[1:]]
        data += [["di", ""], ["", Paragraph(esc(c.addressee_place), s["plain"])]]
        width = min(95 * mm, self.text_width)
        table = Table(data, colWidths=[yth, width - yth], hAlign="LEFT")
        table.setStyle(self._plain_table())
        return [table]

    def _body(self, paragraphs: tuple[str, ...], style: str = "body") -> list[Flowable]:
        flow: list[Flowable] = []
        for text in paragraphs:
            if text.strip() == GROUP_LIST:
                flow += [self._group_list(), Spacer(0, 3 * mm)]
            elif text.strip():
                flow.append(Paragraph(esc(text), self.style[style]))
        return flow

    def _group_list(self) -> Table:
        s = self.style
        head = ["No", "Nama Kelompok", "Jenis Usaha", "Kelurahan/Kecamatan", "Anggota"]
        data: list[list[Any]] = [[Paragraph(h, s["cell_head"]) for h in head]]
        for i, g in enumerate(self.content.groups, start=1):
            data.append(
                [
                    Paragraph(str(i), s["cell_center"]),
                    Paragraph(esc(g.name), s["cell"]),
                    Paragraph(esc(g.business), s["cell"]),
                    Paragraph(esc(g.area), s["cell"]),
                    Paragraph(f"{len(g.members)} orang", s["cell_center"]),
                ]
            )
        shares = (0.07, 0.31, 0.24, 0.26, 0.12)
        table = Table(data, colWidths=[w * self.text_width for w in shares], repeatRows=1)
        table.setStyle(self._grid_style())
        return table

    def _grid_style(self, grid_rows: int = 0) -> TableStyle:
        """Ruled cells and a grey header; only the first ``grid_rows`` rows ruled, if given."""
        return TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), self.font.regular, self.small_size),
                ("GRID", (0, 0), (-1, grid_rows - 1 if grid_rows else -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )

    def _signature_block(
        self, *, with_qr: bool, issued_at: bool = False, keep: bool = True
    ) -> Flowable:
        c, s = self.content, self.style
        sig = c.signature
        right: list[Flowable] = []
        if issued_at:
            right.append(
                self._fields_table_narrow(
                    [("Dikeluarkan di", c.place), ("pada tanggal", c.date_text)]
                )
            )
            right.append(Spacer(0, 3 * mm))
        right += [Paragraph(esc(line), s["plain"]) for line in sig.position_lines]
        right.append(Spacer(0, (20 if with_qr else 17) * mm))  # room to sign and stamp
        right.append(Paragraph(f"<b><u>{esc(sig.name)}</u></b>", s["plain"]))
        if sig.rank:
            right.append(Paragraph(esc(sig.rank), s["plain"]))
        if sig.nip:
            right.append(Paragraph(esc(sig.nip), s["plain"]))
        sign_width = self.signature_width * mm
        left: list[Flowable] = []
        if with_qr and c.qr_text:
            left = [
                QrCode(c.qr_text, self.qr_size * mm),
                Spacer(0, 1 * mm),
                qr_caption(c.qr_text, s["caption"]),
            ]
        table = Table([[left, right]], colWidths=[self.text_width - sign_width, sign_width])
        qr_room = self.text_width - sign_width - 12 * mm  # keep the caption under the code
        table.setStyle(
            TableStyle(
                [
                    # A table sets each cell's font, Paragraph or not: never reportlab's Helvetica.
                    ("FONT", (0, 0), (-1, -1), self.font.regular, self.font_size),
                    ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                    ("VALIGN", (1, 0), (1, 0), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), max(0, qr_room - self.qr_size * mm)),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return KeepTogether([table]) if keep else table

    def _fields_table_narrow(self, rows: list[tuple[str, str]]) -> Table:
        s = self.style
        label = 30 * mm
        data = [
            [Paragraph(esc(k), s["plain"]), ":", Paragraph(esc(v), s["plain"])] for k, v in rows
        ]
        table = Table(data, colWidths=[label, 4 * mm, self.signature_width * mm - label - 4 * mm])
        table.setStyle(self._plain_table())
        return table

    def _copies(self) -> list[Flowable]:
        copies = self.content.copies
        if not copies:
            return []
        s = self.style["copies"]
        rows = [[f"{i}.", Paragraph(esc(text), s)] for i, text in enumerate(copies, start=1)]
        table = Table(rows, colWidths=[6 * mm, self.text_width - 6 * mm], hAlign="LEFT")
        style = self._plain_table()
        style.add("FONT", (0, 0), (-1, -1), self.font.regular, self.font_size - 1)
        table.setStyle(style)
        return [Spacer(0, 3 * mm), KeepTogether([Paragraph("Tembusan:", s), table])]

    # --- the Lampiran -----------------------------------------------------------

    def _attachment(self) -> list[Flowable]:
        c, s = self.content, self.style
        of = "REKOMENDASI" if c.kind == KIND_RECOMMENDATION else "SURAT"
        head_rows = [
            [Paragraph(f"LAMPIRAN {of} {esc(issuer_heading(c.issuer))}", s["small"]), "", ""],
            [Paragraph("NOMOR", s["small"]), ":", Paragraph(esc(c.number_text), s["small"])],
            [Paragraph("TANGGAL", s["small"]), ":", Paragraph(esc(c.date_text), s["small"])],
            [Paragraph("HAL", s["small"]), ":", Paragraph(esc(c.subject), s["small"])],
        ]
        width = 88 * mm
        head = Table(head_rows, colWidths=[18 * mm, 3 * mm, width - 21 * mm], hAlign="RIGHT")
        style = self._plain_table()
        style.add("FONT", (0, 0), (-1, -1), self.font.regular, self.small_size)
        style.add("SPAN", (0, 0), (-1, 0))
        head.setStyle(style)
        flow: list[Flowable] = [
            PageBreak(),
            head,
            Spacer(0, 8 * mm),
            Paragraph(esc(c.attachment_title), s["heading"]),
            Spacer(0, 4 * mm),
        ]
        last = len(c.groups)
        for i, group in enumerate(c.groups, start=1):
            closing = self._signature_block(with_qr=False, keep=False) if i == last else None
            flow += self._group_roster(i, group, closing)
        return flow

    def _group_roster(self, index: int, g: GroupBlock, closing: Flowable | None) -> list[Flowable]:
        """A group's facts and roster; the last one ends with the signature block."""
        s = self.style
        facts = self._fields_table(
            [
                ("Jenis Usaha", g.business),
                ("Alamat", g.address),
                ("Jumlah Anggota", f"{len(g.members)} orang"),
                ("Usulan Bantuan", g.grant),
            ],
            label_width=35 * mm,
            indent=6 * mm,
        )
        data: list[list[Any]] = [[Paragraph(h, s["cell_head"]) for h, _ in ROSTER_COLUMNS]]
        for n, m in enumerate(g.members, start=1):
            data.append(
                [
                    Paragraph(str(n), s["cell_center"]),
                    Paragraph(esc(m.nik), s["cell"]),
                    Paragraph(esc(m.name), s["cell"]),
                    Paragraph(esc(m.sex), s["cell_center"]),
                    Paragraph(esc(m.birth), s["cell"]),
                    Paragraph(esc(m.address), s["cell"]),
                    Paragraph(esc(m.role), s["cell"]),
                ]
            )
        rows = len(data)
        style = self._grid_style()
        if closing is not None:
            # The signature is the table's last row, bound to the last member's row, so a
            # page never holds the signature alone: with it go the last member and the header.
            data.append([closing, "", "", "", "", "", ""])
            style = self._grid_style(grid_rows=rows)
            style.add("SPAN", (0, rows), (-1, rows))
            style.add("TOPPADDING", (0, rows), (-1, rows), 6 * mm)
            style.add("LEFTPADDING", (0, rows), (-1, rows), 0)
            style.add("RIGHTPADDING", (0, rows), (-1, rows), 0)
            style.add("NOSPLIT", (0, rows - 1), (-1, rows))
        roster = Table(
            data, colWidths=[share * self.text_width for _, share in ROSTER_COLUMNS], repeatRows=1
        )
        roster.setStyle(style)
        title = Paragraph(f"{index}. {esc(with_kelompok(g.name))}", s["label"])
        return [
            CondPageBreak(60 * mm),  # a group's heading never sits alone at a page's foot
            KeepTogether([title, Spacer(0, 1 * mm), facts]),
            Spacer(0, 2 * mm),
            roster,
            Spacer(0, 4 * mm),
        ]


def with_kelompok(name: str) -> str:
    """'Kelompok Maju Jaya', but 'Kelompok Tani Makmur' and 'KUB Sejahtera' as they are."""
    first = name.split()[0].lower() if name.split() else ""
    return name if first in ("kelompok", "kub") else f"Kelompok {name}"


def issuer_heading(issuer: str) -> str:
    """'Plt. Kepala Dinas …' → 'Plt. KEPALA DINAS …': capitals, 'Plt.' as the signature has it."""
    for mode in SIGNING_MODES:
        if mode and issuer.startswith(f"{mode} "):
            return f"{mode} {issuer[len(mode) + 1 :].upper()}"
    return issuer.upper()


def letter_class(paper: str) -> type[RecommendationLetter]:
    """The letter on 'a4' or 'f4' paper."""
    return paper_variant(RecommendationLetter, paper)  # type: ignore[return-value]
