"""Letters: render time against bare reportlab, and memory over a batch of issued letters.

1. A recommendation letter with a 20-member roster, against a bare reportlab document
   with the same fonts, logo, table and QR code, made in the same run: median of
   several renders each; target ratio <= 1.3.
2. A batch issued through ``services.letters.issue_letter`` on a scratch SQLite
   database (number, register row, stored PDF, audit): resident memory at letter 500
   against letter 50; target: within 20 MB.

``--small`` runs a CI-sized version (fewer renders, a batch of 60: letter 60 vs 10).
Prints the figures; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import gc
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tkm_desktop.documents.base import Letterhead
from tkm_desktop.documents.fonts import load_family
from tkm_desktop.documents.letter import (
    ROSTER_COLUMNS,
    GroupBlock,
    LetterContent,
    MemberLine,
    Signature,
    letter_class,
)
from tkm_desktop.documents.qr import QrCode
from tkm_desktop.services.letter_sample import sample_logo

CODE = "TKM1|500.15.10/007/Disnaker/2024|2024-12-22|1|20|K7Q2M4XJ3RBN5W6T"
RATIO_TARGET = 1.3
MEMORY_TARGET_MB = 20.0


def members() -> tuple[MemberLine, ...]:
    return tuple(
        MemberLine(
            f"32750145079{i:05d}",
            f"Anggota Kelompok Nomor {i}",
            "LP"[i % 2],
            "Bekasi, 05/07/1990",
            f"Jl. Melati No. {i} RT/RW 003/005, Margahayu",
            "Anggota",
        )
        for i in range(20)
    )


def letter_content() -> LetterContent:
    group = GroupBlock(
        "Maju Jaya",
        "Makanan ringan",
        "Jl. Melati No. 5, Kel. Margahayu",
        "Margahayu, Bekasi Timur",
        "Rp40.000.000,00 (empat puluh juta rupiah)",
        members(),
    )
    sig = Signature(
        ("KEPALA DINAS KETENAGAKERJAAN KOTA BEKASI,",),
        "Drs. Ahmad Suryadi, M.Si.",
        "Pembina Utama Muda (IV/c)",
        "NIP 19680411 199303 1 009",
        "Kepala Dinas",
    )
    return LetterContent(
        kind="surat",
        place="Bekasi",
        date_text="22 Desember 2024",
        number_text="500.15.10/007/Disnaker/2024",
        subject="Rekomendasi Calon Penerima TKM",
        sifat="Biasa",
        attachment_text="1 (satu) berkas",
        addressee=(
            "Direktur Perluasan dan Pemerataan Kesempatan Kerja",
            "Kementerian Ketenagakerjaan RI",
        ),
        addressee_place="Jakarta",
        body=("Menindaklanjuti Petunjuk Teknis TKM. " * 8,) * 2,
        closing="Demikian kami sampaikan.",
        groups=(group,),
        signature=sig,
        copies=("Wali Kota Bekasi;", "Arsip."),
        attachment_title="DAFTAR ANGGOTA",
        issuer="Kepala Dinas Ketenagakerjaan Kota Bekasi",
        qr_text=CODE,
    )


HEAD = Letterhead(
    "Pemerintah Kota Bekasi",
    "Dinas Ketenagakerjaan",
    "Jl. Juanda No. 1",
    "Telepon (021) 8841234",
    sample_logo(),
)


def render_letter() -> bytes:
    return letter_class("a4")(letter_content(), letterhead=HEAD).render()


def render_bare() -> bytes:
    """The same ingredients with plain reportlab: fonts, logo, body, roster table, QR."""
    font = load_family(None)
    body = ParagraphStyle("b", fontName=font.regular, fontSize=11, leading=14)
    cell = ParagraphStyle("c", fontName=font.regular, fontSize=8, leading=9.5)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=(210 * mm, 297 * mm),
        leftMargin=30 * mm,
        rightMargin=20 * mm,
        invariant=1,
        initialFontName=font.regular,
    )
    width = 160 * mm
    rows = [[Paragraph(h, cell) for h, _ in ROSTER_COLUMNS]]
    rows += [
        [
            Paragraph(str(n), cell),
            Paragraph(m.nik, cell),
            Paragraph(m.name, cell),
            Paragraph(m.sex, cell),
            Paragraph(m.birth, cell),
            Paragraph(m.address, cell),
            Paragraph(m.role, cell),
        ]
        for n, m in enumerate(members(), start=1)
    ]
    table = Table(rows, colWidths=[s * width for _, s in ROSTER_COLUMNS], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font.regular, 8),
                ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
            ]
        )
    )
    logo = io.BytesIO(HEAD.logo or b"")
    story = [
        Image(logo, 25 * mm, 25 * mm),
        Paragraph("PEMERINTAH KOTA BEKASI", body),
        *[Paragraph("Menindaklanjuti Petunjuk Teknis TKM. " * 8, body)] * 2,
        QrCode(CODE),
        Spacer(0, 10 * mm),
        table,
    ]
    doc.build(story)
    return out.getvalue()


def timed_pair(first, second, runs: int) -> tuple[float, float]:
    """Median seconds of each, run in turns so that a busy machine slows both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, into in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            fn()
            into.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # not on Windows; the benchmark runs on Linux CI

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def batch(total: int, early: int) -> tuple[float, float, float]:
    """Issue ``total`` letters one by one; RSS after letter ``early`` and after the last."""
    from tkm_desktop.services.bootstrap import open_database
    from tkm_desktop.services.context import Actor
    from tkm_desktop.services.letter_sample import seed_sample
    from tkm_desktop.services.letters import issue_letter
    from tkm_desktop.store.db import sqlite_url

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(sqlite_url(Path(folder) / "bench.sqlite3"))
        try:
            sample = seed_sample(db, groups=total, members=20)
            clerk = Actor("cli", "bench", sample.users["pejabat"], "pejabat", "pejabat")
            at_early = 0.0
            start = time.perf_counter()
            for n, gid in enumerate(sample.group_ids, start=1):
                issue_letter(db, clerk, [gid])
                if n == early:
                    gc.collect()
                    at_early = rss_mb()
            elapsed = time.perf_counter() - start
            gc.collect()
            return at_early, rss_mb(), elapsed / total
        finally:
            db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", action="store_true", help="CI-sized run")
    args = parser.parse_args()
    runs = 11 if args.small else 25
    render_letter(), render_bare()  # warm up: fonts registered, modules imported
    ours, bare = timed_pair(render_letter, render_bare, runs)
    ratio = ours / bare
    print(
        f"letter, 20-member roster: {ours * 1000:.1f} ms; bare reportlab: {bare * 1000:.1f} ms;"
        f" ratio {ratio:.2f} (target <= {RATIO_TARGET})"
    )
    total, early = (60, 10) if args.small else (500, 50)
    at_early, at_end, per_letter = batch(total, early)
    growth = at_end - at_early
    print(
        f"batch of {total} issued letters: {per_letter * 1000:.0f} ms each; RSS {at_early:.1f} MB"
        f" at letter {early}, {at_end:.1f} MB at letter {total}: +{growth:.1f} MB "
        f"(target <= {MEMORY_TARGET_MB:.0f})"
    )
    ok = ratio <= RATIO_TARGET and growth <= MEMORY_TARGET_MB
    print("ok" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
