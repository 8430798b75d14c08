"""The verification papers as PDFs from their content alone: words, pages, paper, texts."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from tkm_desktop.documents.base import Letterhead
from tkm_desktop.documents.letter import Signature
from tkm_desktop.documents.minutes import MinutesContent, MinutesRow, minutes_class
from tkm_desktop.documents.paperwork import MS, PERBAIKAN, TeamMember
from tkm_desktop.documents.paperwork_texts import SCHEMAS, load_texts
from tkm_desktop.documents.recap import RecapContent, recap_class
from tkm_desktop.documents.return_letter import FixLine, ReturnContent, return_letter_class
from tkm_desktop.documents.templates import GROUP_LIST, TemplateError
from tkm_desktop.documents.verification_sheet import (
    FindingLine,
    SheetContent,
    SheetGroup,
    sheet_class,
)
from tkm_desktop.services.recap import RecapFigures, RecapGroup, RecapLine

NASTY = "A & B <Jaya>"
HEAD = Letterhead("PEMERINTAH KOTA BEKASI", "DINAS KETENAGAKERJAAN", "Jl. Juanda No. 1")
TEAM = (
    TeamMember("Ir. Budi Kuncoro, M.Si.", "NIP 19790106 200711 1 009", "Ketua Tim"),
    TeamMember("Sapri Zakaria", "", "Anggota Tim"),
)
SIGN = Signature(
    ("KEPALA DINAS KETENAGAKERJAAN KOTA BEKASI,",),
    "Ir. Ahmad Pratama",
    "Pembina Utama Muda (IV/c)",
    "NIP 19660207 199305 1 022",
    "Kepala Dinas",
)


def pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def page_size_mm(pdf: bytes) -> tuple[int, int]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return round(float(box.width) / mm), round(float(box.height) / mm)


def sheet(name: str, findings: int, result: str = PERBAIKAN) -> SheetGroup:
    return SheetGroup(
        title=("LEMBAR HASIL VERIFIKASI", "USULAN CALON PENERIMA BANTUAN PEMERINTAH TKM"),
        identity=(("Nama Kelompok", name), ("Jenis Usaha", "Keripik")),
        checklist=(("Proposal kelompok", True), ("Fotokopi KTP anggota", False)),
        findings=tuple(
            FindingLine(f"Anggota {i}", f"Temuan nomor {i}.", "Kesalahan", "")
            for i in range(findings)
        ),
        result=result,
        reason="Mohon diperbaiki." if result != MS else "",
        closing="Demikian hasil verifikasi ini dibuat dengan sebenarnya.",
    )


def render_sheet(*groups: SheetGroup, paper: str = "a4") -> bytes:
    content = SheetContent(groups, TEAM, "Bekasi", "22 Desember 2020")
    return sheet_class(paper)(content, letterhead=HEAD).render()


def test_each_sheet_starts_a_page_and_counts_its_own_pages() -> None:
    pdf = render_sheet(sheet(NASTY, findings=40), sheet("Maju Jaya", findings=0, result=MS))
    text = pages(pdf)
    assert len(text) == 3
    assert "Halaman 1 dari 2" in text[0] and "Halaman 2 dari 2" in text[1]
    assert "Halaman" not in text[2]  # one page: no page count
    assert NASTY in text[0] and "Maju Jaya" in text[2]
    assert "Temuan nomor 39." in text[1]
    assert "dinyatakan PERLU PERBAIKAN" in " ".join(text[:2])
    assert "dinyatakan MEMENUHI SYARAT" in text[2]
    assert "Tidak ada temuan" in text[2]
    # The team signs on the page that holds the closing sentence.
    ending = next(t for t in text if "Demikian hasil verifikasi" in t and NASTY not in t)
    assert all(m.name in ending for m in TEAM) and "TIM VERIFIKASI" in ending


def test_the_checklist_marks_ada_or_tidak_ada() -> None:
    text = pages(render_sheet(sheet("Maju", findings=0)))[0]
    assert "Dokumen Persyaratan Ada Tidak Ada" in text
    assert "1 Proposal kelompok \u221a" in text and "2 Fotokopi KTP anggota \u221a" in text
    assert text.count("\u221a") == 3  # two documents and the result


def minutes(rows: int = 3) -> MinutesContent:
    results = [("MS", ""), ("TMS", "Lokasi usaha di luar kota."), ("Perbaikan", "KTP buram.")]
    return MinutesContent(
        title=("BERITA ACARA HASIL VERIFIKASI", "USULAN CALON PENERIMA TKM"),
        number_text="500.15.10/012/Disnaker/2020",
        opening="Pada hari ini, Selasa tanggal dua puluh dua bulan Desember tahun dua ribu dua "
        "puluh (22-12-2020), bertempat di Kantor Dinas, kami yang bertanda tangan di bawah ini:",
        team=TEAM,
        introduction="selaku Tim Verifikasi, dengan hasil sebagai berikut:",
        rows=tuple(
            MinutesRow(f"{NASTY} {i}", "Margahayu, Bekasi Timur", 10, *results[i % 3])
            for i in range(rows)
        ),
        counts=(
            ("Memenuhi Syarat (MS)", 1),
            ("Tidak Memenuhi Syarat (TMS)", 1),
            ("Dikembalikan untuk perbaikan", 1),
            ("Jumlah", 3),
        ),
        summary="Dengan demikian, dari 3 (tiga) kelompok yang diverifikasi:",
        closing="Demikian Berita Acara ini dibuat dengan sebenarnya.",
        place="Bekasi",
        date_text="22 Desember 2020",
        signature=SIGN,
        qr_text="TKM1|500.15.10/012/Disnaker/2020|2020-12-22|3|30|K7Q2M4XJ3RBN5W6T",
    )


@pytest.mark.parametrize(("paper", "size"), [("a4", (210, 297)), ("f4", (215, 330))])
def test_the_minutes_hold_number_groups_reasons_and_counts(paper: str, size) -> None:
    pdf = minutes_class(paper)(minutes(), letterhead=HEAD).render()
    text = " ".join(pages(pdf))
    assert page_size_mm(pdf) == size
    assert "NOMOR : 500.15.10/012/Disnaker/2020" in text
    assert "(22-12-2020)" in text
    assert all(f"{NASTY} {i}" in text for i in range(3))
    assert "Lokasi usaha di luar kota." in text and "KTP buram." in text
    assert "Jumlah : 3 kelompok" in text
    assert "1. Nama : Ir. Budi Kuncoro, M.Si. NIP : 19790106 200711 1 009" in text
    assert "NIP : -" in text  # a member without a NIP
    assert "TKM1|500.15.10/012" in text.replace(" ", "")


def test_long_minutes_repeat_the_table_header_on_each_page() -> None:
    text = pages(minutes_class("a4")(minutes(rows=40), letterhead=HEAD).render())
    assert len(text) >= 2
    assert all("Nama Kelompok" in page for page in text if f"{NASTY} 39" in page)


def return_content(fixes: int) -> ReturnContent:
    return ReturnContent(
        place="Bekasi",
        date_text="22 Desember 2020",
        number_text="500.15.10/013/Disnaker/2020",
        subject="Pengembalian Usulan Calon Penerima Bantuan Pemerintah TKM",
        sifat="Segera",
        attachment_text="1 (satu) berkas",
        addressee=("Lurah Margahayu",),
        addressee_place="Tempat",
        body=("Bersama ini kami kembalikan usulan kelompok:", GROUP_LIST, "Mohon diperbaiki."),
        closing="Demikian kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
        reason="Kelompok belum memiliki ketua.",
        fixes=tuple(
            FixLine(
                f"{NASTY} {i}\nNIK 3275********0001, baris {i + 2}",
                (f"Umur {60 + i} tahun di luar batas.",),
            )
            for i in range(fixes)
        ),
        signature=SIGN,
        copies=("Camat Bekasi Timur;", "Arsip."),
    )


@pytest.mark.parametrize("fixes", [1, 12, 30])
def test_the_return_letter_never_leaves_its_signature_alone(fixes: int) -> None:
    text = pages(return_letter_class("a4")(return_content(fixes), letterhead=HEAD).render())
    whole = " ".join(text)
    assert "Yth. Lurah Margahayu di Tempat" in whole
    assert "Catatan Tim Verifikasi Kelompok belum memiliki ketua." in whole
    assert all(f"Umur {60 + i} tahun di luar batas." in whole for i in range(fixes))
    assert f"{NASTY} 0 NIK 3275********0001, baris 2" in whole
    last = text[-1]
    assert "Demikian kami sampaikan" in last and "Ir. Ahmad Pratama" in last
    assert "Tembusan: 1. Camat Bekasi Timur; 2. Arsip." in last


def recap_figures_sample() -> RecapFigures:
    a = RecapLine(
        NASTY,
        2,
        20,
        Decimal("40000000"),
        1,
        Decimal("19882500.50"),
        {"diusulkan": 1, "direkomendasikan": 1},
    )
    b = RecapLine("Rawalumbu", 1, 10, Decimal("20000000"), 0, Decimal(0), {"ditolak": 1})
    total = RecapLine(
        "Jumlah",
        3,
        30,
        Decimal("60000000"),
        1,
        Decimal("19882500.50"),
        {"diusulkan": 1, "direkomendasikan": 1, "ditolak": 1},
    )
    group = RecapGroup(
        1,
        "Maju",
        "TKM-PEMULA-2023",
        "Usulan Masuk",
        "Margahayu",
        NASTY,
        10,
        Decimal("20000000"),
        None,
    )
    scheme = RecapLine("TKM-PEMULA-2023", 3, 30, total.requested, 1, total.recommended, {})
    return RecapFigures(
        ("diusulkan", "ditolak", "direkomendasikan"),
        (a, b),
        (scheme,),
        total,
        (group,),
        "Semua kelompok",
    )


@pytest.mark.parametrize(("paper", "size"), [("a4", (297, 210)), ("f4", (330, 215))])
def test_the_recap_is_landscape_with_totals_in_rupiah(paper: str, size) -> None:
    content = RecapContent(
        ("REKAPITULASI USULAN", "Semua kelompok", "Keadaan per 22 Desember 2020"),
        recap_figures_sample(),
        "Bekasi",
        "22 Desember 2020",
        SIGN,
    )
    pdf = recap_class(paper)(content, letterhead=HEAD).render()
    text = " ".join(pages(pdf))
    assert page_size_mm(pdf) == size
    assert f"1 {NASTY} 1 - 1 2" in text  # per status: Usulan Masuk, TMS, Direkomendasikan
    assert "Jumlah 1 1 1 3" in text
    assert "Rp60.000.000,00" in text and "Rp19.882.500,50" in text
    assert "Bekasi, 22 Desember 2020" in text and "Ir. Ahmad Pratama" in text


def test_the_bundled_texts_load() -> None:
    for paper in SCHEMAS:
        assert load_texts(paper).sources == (f"{paper}.toml",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('judul = "X"\nsubjudul = "{skema}"\n', r"\[lembar_verifikasi\] penutup: belum diisi"),
        ('judul = "X {nama}"\nsubjudul = ""\npenutup = ""\n', r"\{nama\} tidak dikenal"),
        ('judul = 3\nsubjudul = ""\npenutup = ""\n', "harus berupa teks"),
        ('judul = "X"\nsubjudul = ""\npenutup = ""\nlain = ""\n', "nama ini tidak dikenal"),
    ],
)
def test_a_broken_text_file_is_refused_naming_file_and_key(
    tmp_path: Path, text: str, message: str
) -> None:
    (tmp_path / "lembar-verifikasi.toml").write_text(f"[lembar_verifikasi]\n{text}", "utf-8")
    with pytest.raises(TemplateError, match=message) as refused:
        load_texts("lembar-verifikasi", tmp_path)
    assert "lembar-verifikasi.toml" in str(refused.value)
