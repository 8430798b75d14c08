"""The recommendation letter as a PDF: words, formats, paper, margins, fonts, escaping, bytes."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from tkm_desktop.documents.base import Letterhead, paper_variant
from tkm_desktop.documents.fonts import VERA, find_system_font, load_family
from tkm_desktop.documents.letter import (
    GroupBlock,
    LetterContent,
    MemberLine,
    RecommendationLetter,
    Signature,
    letter_class,
    with_kelompok,
)
from tkm_desktop.documents.templates import GROUP_LIST
from tkm_desktop.domain.letters import KIND_LETTER, KIND_RECOMMENDATION
from tkm_desktop.services.letter_sample import sample_logo

ISSUED_AT = dt.datetime(2020, 12, 22, 2, 30, tzinfo=dt.UTC)
CODE = "TKM1|500.15.10/007/Disnaker/2020|2020-12-22|1|12|K7Q2M4XJ3RBN5W6T"
NASTY = "A & B <Jaya>"


def member(i: int) -> MemberLine:
    role = ("Ketua", "Sekretaris", "Bendahara")[i] if i < 3 else "Anggota"
    return MemberLine(
        nik=f"32750145079{i:05d}",
        name=f"Siti Aminah {i}",
        sex="P" if i % 2 else "L",
        birth="Bekasi, 05/07/1990",
        address=f"Jl. Melati No. {i} RT/RW 003/005, Margahayu",
        role=role,
    )


def group(name: str = NASTY, members: int = 12) -> GroupBlock:
    return GroupBlock(
        name=name,
        business="Makanan ringan",
        address="Jl. Melati No. 5 RT/RW 003/005, Kel. Margahayu, Kec. Bekasi Timur",
        area="Margahayu, Bekasi Timur",
        grant="Rp40.000.000,00 (empat puluh juta rupiah)",
        members=tuple(member(i) for i in range(members)),
    )


def content(kind: str = KIND_LETTER, groups: int = 1, qr: str | None = CODE) -> LetterContent:
    body = (
        "Menindaklanjuti Petunjuk Teknis, bersama ini kami sampaikan bahwa Kelompok "
        f"{NASTY} telah diverifikasi.",
        GROUP_LIST,
        "Sehubungan dengan hal tersebut, "
        "usulan bantuan sebesar Rp40.000.000,00 (empat puluh juta rupiah).",
    )
    return LetterContent(
        kind=kind,
        place="Bekasi",
        date_text="22 Desember 2020",
        number_text="500.15.10/007/Disnaker/2020",
        subject="Rekomendasi Calon Penerima Bantuan Pemerintah TKM",
        sifat="Biasa",
        attachment_text="1 (satu) berkas",
        addressee=(
            "Direktur Perluasan dan Pemerataan Kesempatan Kerja",
            "Kementerian Ketenagakerjaan RI",
        ),
        addressee_place="Jakarta",
        body=body,
        closing="Demikian kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
        groups=tuple(group(f"{NASTY} {i}" if i else NASTY) for i in range(groups)),
        signature=Signature(
            position_lines=("a.n. KEPALA DINAS KETENAGAKERJAAN KOTA BEKASI,", "Sekretaris,"),
            name="Drs. Ahmad Suryadi, M.Si.",
            rank="Pembina Tingkat I (IV/b)",
            nip="NIP 19680411 199303 1 009",
            position="Sekretaris",
            nip_digits="19680411 199303 1 009",
        ),
        copies=("Wali Kota Bekasi (sebagai laporan);", "Arsip."),
        attachment_title="DAFTAR KELOMPOK DAN ANGGOTA CALON PENERIMA BANTUAN",
        issuer="Kepala Dinas Ketenagakerjaan Kota Bekasi",
        title="REKOMENDASI",
        opening="Yang bertanda tangan di bawah ini:",
        introduction="dengan ini memberikan rekomendasi kepada:",
        several_groups="2 (dua) kelompok sebagaimana tercantum dalam Lampiran,",
        qr_text=qr,
    )


HEAD = Letterhead(
    government="Pemerintah Kota Bekasi",
    office="Dinas Ketenagakerjaan",
    address="Jl. Ir. H. Juanda No. 100, Bekasi Timur, Kota Bekasi",
    contact="Telepon (021) 8841234, Pos-el disnaker@bekasikota.go.id",
    logo=sample_logo(),
)


def render(paper: str = "a4", **kw) -> bytes:
    watermark = kw.pop("watermark", ())
    return letter_class(paper)(
        content(**kw),
        letterhead=HEAD,
        watermark=watermark,
        created=ISSUED_AT,
        keywords="TKM; surat",
    ).render()


def text_of(pdf: bytes) -> list[str]:
    """Each page's text with runs of whitespace made single spaces."""
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def a4() -> bytes:
    return render("a4")


def test_the_letter_holds_every_field_in_the_office_words(a4: bytes) -> None:
    pages = text_of(a4)
    first = pages[0]
    for expected in (
        "PEMERINTAH KOTA BEKASI",
        "DINAS KETENAGAKERJAAN",
        "Bekasi, 22 Desember 2020",
        "Nomor : 500.15.10/007/Disnaker/2020",
        "Sifat : Biasa",
        "Lampiran : 1 (satu) berkas",
        "Hal : Rekomendasi Calon Penerima Bantuan Pemerintah TKM",
        "Yth. Direktur Perluasan dan Pemerataan",
        "Kementerian Ketenagakerjaan RI di Jakarta",
        "Rp40.000.000,00 (empat puluh juta rupiah)",
        "a.n. KEPALA DINAS KETENAGAKERJAAN KOTA BEKASI, Sekretaris,",
        "Drs. Ahmad Suryadi, M.Si. Pembina Tingkat I (IV/b) NIP 19680411 199303 1 009",
        "Tembusan: 1. Wali Kota Bekasi (sebagai laporan); 2. Arsip.",
        "diucapkan terima kasih.",
    ):
        assert expected in first, expected
    # The place and date come before the number, the addressee before the body.
    assert first.index("Bekasi, 22 Desember") < first.index("Nomor") < first.index("Yth.")
    assert first.index("Yth.") < first.index("Menindaklanjuti") < first.index("Tembusan")
    assert "".join(first.split()).count(CODE) == 1  # the code, printed under the QR


def test_the_lampiran_has_its_heading_roster_and_signature(a4: bytes) -> None:
    rest = " ".join(text_of(a4)[1:])
    for expected in (
        "LAMPIRAN SURAT KEPALA DINAS KETENAGAKERJAAN KOTA BEKASI",
        "NOMOR : 500.15.10/007/Disnaker/2020",
        "TANGGAL : 22 Desember 2020",
        "HAL : Rekomendasi Calon Penerima Bantuan Pemerintah TKM",
        "DAFTAR KELOMPOK DAN ANGGOTA CALON PENERIMA BANTUAN",
        "1. Kelompok A & B <Jaya>",
        "No NIK Nama L/P Tempat/Tgl Lahir Alamat Jabatan",
        "3275014507900000 Siti Aminah 0 L Bekasi, 05/07/1990",
        "NIP 19680411 199303 1 009",
    ):
        assert expected in rest, expected
    assert rest.index("Siti Aminah 11") < rest.rindex("Drs. Ahmad Suryadi")


def test_pages_are_numbered_x_of_y(a4: bytes) -> None:
    pages = text_of(a4)
    assert len(pages) >= 2
    for n, page in enumerate(pages, start=1):
        assert f"Halaman {n} dari {len(pages)}" in page


def test_the_roster_header_repeats_on_every_page() -> None:
    pages = text_of(render(groups=3))
    roster_pages = [p for p in pages[1:] if "Siti Aminah" in p]
    assert len(roster_pages) >= 2
    for page in roster_pages:
        assert "No NIK Nama L/P Tempat/Tgl Lahir Alamat Jabatan" in page


@pytest.mark.parametrize(("paper", "size_mm"), [("a4", (210, 297)), ("f4", (215, 330))])
def test_paper_size_and_tnd_margins(paper: str, size_mm: tuple[int, int]) -> None:
    pdf = render(paper)
    reader = PdfReader(io.BytesIO(pdf))
    xs: list[float] = []
    ys: list[float] = []
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(
            (size_mm[0] * mm, size_mm[1] * mm), abs=0.01
        )

        def visit(text, cm, tm, font, size, xs=xs, ys=ys) -> None:
            if text.strip() and not text.startswith("Halaman"):
                xs.append(tm[4] * cm[0] + cm[4])
                ys.append(tm[5] * cm[3] + cm[5])

        page.extract_text(visitor_text=visit)
    width = size_mm[0] * mm
    assert min(xs) == pytest.approx(30 * mm, abs=1.0)  # left 3 cm
    assert min(ys) >= 25 * mm - 1  # bottom 2.5 cm (the page number sits in the margin)
    assert max(xs) < width - 20 * mm  # right 2 cm: nothing starts beyond it


def test_only_embedded_truetype_fonts(a4: bytes) -> None:
    reader = PdfReader(io.BytesIO(a4))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(str(font["/BaseFont"]))
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert any("BitstreamVeraSans-Roman" in name for name in seen)
    assert any("BitstreamVeraSans-Bold" in name for name in seen)


def test_user_text_prints_as_typed(a4: bytes) -> None:
    joined = " ".join(text_of(a4))
    assert "Kelompok A & B <Jaya> telah diverifikasi" in joined
    assert "&amp;" not in joined and "&lt;" not in joined


def test_the_same_letter_gives_the_same_bytes(a4: bytes) -> None:
    assert render("a4") == a4
    assert b"D:20201222" in a4  # the issue time, not the time of rendering


def test_watermarks() -> None:
    draft = " ".join(text_of(render(watermark=("KONSEP", "CONTOH"), qr=None)))
    assert "KONSEP" in draft and "CONTOH" in draft
    assert "KONSEP" not in " ".join(text_of(render()))


def test_several_groups_get_the_short_table_and_one_roster_each() -> None:
    pages = text_of(render(groups=2))
    assert "No Nama Kelompok Jenis Usaha Kelurahan/Kecamatan Anggota" in pages[0]
    assert "2 A & B <Jaya> 1 Makanan ringan Margahayu, Bekasi Timur 12 orang" in pages[0]
    rest = " ".join(pages[1:])
    assert "1. Kelompok A & B <Jaya>" in rest and "2. Kelompok A & B <Jaya> 1" in rest


def test_the_stand_alone_rekomendasi() -> None:
    pages = text_of(render(kind=KIND_RECOMMENDATION))
    first = pages[0]
    for expected in (
        "REKOMENDASI NOMOR : 500.15.10/007/Disnaker/2020",
        "Yang bertanda tangan di bawah ini: Nama : Drs. Ahmad Suryadi, M.Si. "
        "NIP : 19680411 199303 1 009 Jabatan : Sekretaris",
        "dengan ini memberikan rekomendasi kepada: Nama Kelompok : A & B <Jaya>",
        "Jumlah Anggota : 12 orang",
        "Dikeluarkan di : Bekasi pada tanggal : 22 Desember 2020",
    ):
        assert expected in first, expected
    assert "Yth." not in first
    assert "LAMPIRAN REKOMENDASI KEPALA DINAS" in pages[1]


def test_paper_variants_change_only_geometry() -> None:
    f4 = paper_variant(RecommendationLetter, "f4")
    assert (f4.page_width, f4.page_height, f4.paper) == (215.0, 330.0, "f4")
    assert f4.left_margin == RecommendationLetter.left_margin
    assert issubclass(f4, RecommendationLetter) and f4.story is RecommendationLetter.story
    with pytest.raises(ValueError):
        paper_variant(RecommendationLetter, "letter")


def test_group_names_are_not_doubled() -> None:
    assert with_kelompok("Maju Jaya") == "Kelompok Maju Jaya"
    assert with_kelompok("Kelompok Tani Makmur") == "Kelompok Tani Makmur"
    assert with_kelompok("KUB Sejahtera") == "KUB Sejahtera"


def test_fonts_default_to_vera_and_fall_back_when_missing() -> None:
    vera = load_family(None)
    assert vera.name == VERA and not vera.fallback
    missing = load_family("Bookman Old Style")
    if find_system_font("Bookman Old Style") is None:
        assert missing.fallback and missing.regular == vera.regular
    assert load_family("Comic Sans").fallback


def test_money_in_the_sample_is_what_the_domain_writes() -> None:
    from tkm_desktop.domain.money import format_rupiah, rupiah_in_words

    amount = Decimal(40_000_000)
    assert f"{format_rupiah(amount)} ({rupiah_in_words(amount)})" == group().grant
