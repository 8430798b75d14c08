"""``document KIND [GROUP_ID ...] -o FILE --user NAME`` through ``cli.main``: files, exit codes."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.services.demo import populate_demo
from tkm_desktop.store.db import Database, sqlite_url
from tkm_desktop.store.models import Group, Letter

S = GroupStatus


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    path = tmp_path_factory.mktemp("cli-document") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = open_database(sqlite_url(path))
    populate_demo(db, today=dt.date(2025, 6, 2))
    db.dispose()
    return path


@pytest.fixture
def db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    database = open_database(sqlite_url(path))
    yield database
    database.dispose()


def first(db: Database, status: str) -> str:
    with db.reader() as s:
        return str(s.scalar(select(Group.id).where(Group.status == status).order_by(Group.id)))


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_each_kind_writes_its_file(run_cli, db: Database, tmp_path: Path) -> None:
    returned, verified = first(db, S.DIKEMBALIKAN), first(db, S.DIVERIFIKASI)
    sheet = tmp_path / "lembar.pdf"
    code, out, err = run_cli(
        "document",
        "lembar-verifikasi",
        returned,
        verified,
        "-o",
        str(sheet),
        "--user",
        "verifikator",
    )
    assert code == 0, err
    assert "Lembar Hasil Verifikasi 2 kelompok ditulis" in out
    assert text_of(sheet).count("LEMBAR HASIL VERIFIKASI") == 2

    minutes = tmp_path / "ba.pdf"
    code, out, err = run_cli(
        "document", "berita-acara", "-o", str(minutes), "--paper", "f4", "--user", "verifikator"
    )
    assert code == 0, err
    assert "Berita Acara Hasil Verifikasi terbit: Nomor 500.15.10/001/Disnaker/" in out
    assert "NOMOR : 500.15.10/001/Disnaker/" in text_of(minutes)

    letter = tmp_path / "kembali.pdf"
    code, out, err = run_cli(
        "document", "pengembalian", returned, "-o", str(letter), "--user", "verifikator"
    )
    assert code == 0, err
    assert "Surat Pengembalian Usulan terbit: Nomor 500.15.10/002/Disnaker/" in out
    attachment = tmp_path / "kembali-lampiran.xlsx"
    assert f"Lampiran daftar anggota ditulis ke {attachment}" in out
    assert load_workbook(attachment).sheetnames == ["Ringkasan", "Anggota", "Kelompok"]

    for name in ("rekap.pdf", "rekap.xlsx"):
        code, out, err = run_cli(
            "document", "rekap", "-o", str(tmp_path / name), "--user", "pejabat"
        )
        assert code == 0, err
        assert out.strip().endswith(f"Rekap 30 kelompok ditulis ke {tmp_path / name}")
    assert (tmp_path / "rekap.pdf").read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.part"))

    code, out, _ = run_cli("letters", "list", "--json")
    kinds = [row["kind"] for row in json.loads(out)["letters"]]
    assert kinds == ["pengembalian", "berita-acara"]


def test_the_recap_follows_the_filter_options(run_cli, db: Database, tmp_path: Path) -> None:
    out_file = tmp_path / "rekap.xlsx"
    code, out, err = run_cli(
        "document",
        "rekap",
        "-o",
        str(out_file),
        "--status",
        "diusulkan",
        "--kecamatan",
        "bekasi timur",
        "--scheme",
        "tkm-pemula-2023",
        "--user",
        "pejabat",
    )
    assert code == 0, err
    with db.reader() as s:
        wanted = s.scalars(
            select(Group.id).where(Group.status == "diusulkan", Group.kecamatan_code == "32.75.01")
        ).all()
    assert f"Rekap {len(wanted)} kelompok" in out
    listed = load_workbook(io.BytesIO(out_file.read_bytes()))["Daftar Kelompok"]
    ids = [row[1] for row in listed.iter_rows(min_row=7, values_only=True) if row[1]]
    assert sorted(ids) == sorted(wanted)
    filter_text = "Skema: TKM-PEMULA-2023; Status: Usulan Masuk; Kecamatan: Bekasi Timur"
    assert listed["A3"].value == filter_text


def test_a_draft_writes_a_konsep_and_takes_no_number(run_cli, db: Database, tmp_path: Path) -> None:
    draft = tmp_path / "konsep.pdf"
    code, out, err = run_cli(
        "document",
        "pengembalian",
        first(db, S.DIKEMBALIKAN),
        "--draft",
        "-o",
        str(draft),
        "--user",
        "verifikator",
    )
    assert code == 0, err
    assert out.startswith(f"KONSEP Surat Pengembalian Usulan (1 kelompok) ditulis ke {draft}")
    assert (tmp_path / "konsep-lampiran.xlsx").exists()
    with db.reader() as s:
        assert s.scalar(select(Letter.id)) is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rekap", "-o", "x.pdf", "--user", "viewer"], "tidak berwenang untuk mencetak dokumen"),
        (["rekap", "-o", "x.pdf", "--user", "admin"], "tidak berwenang untuk mencetak dokumen"),
        (["rekap", "-o", "x.pdf", "--scheme", "NOPE", "--user", "pejabat"], "Skema 'NOPE'"),
        (
            ["rekap", "-o", "x.pdf", "--kecamatan", "Atlantis", "--user", "pejabat"],
            "Kecamatan 'Atlantis'",
        ),
        (
            ["lembar-verifikasi", "999", "-o", "x.pdf", "--user", "verifikator"],
            "Kelompok dengan nomor 999 tidak ada.",
        ),
        (
            ["pengembalian", "VERIFIED", "-o", "x.pdf", "--user", "verifikator"],
            "hanya untuk kelompok berstatus Dikembalikan",
        ),
        (
            ["berita-acara", "WAITING", "-o", "x.pdf", "--user", "verifikator"],
            "belum ada hasil verifikasi",
        ),
    ],
)
def test_refused_input_exits_1_and_writes_nothing(
    run_cli, db: Database, tmp_path: Path, args: list[str], message: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    swap = {
        "VERIFIED": first(db, S.DIVERIFIKASI),
        "WAITING": first(db, S.DIUSULKAN),
        "x.pdf": str(folder / "x.pdf"),
    }
    code, _, err = run_cli("document", *(swap.get(a, a) for a in args))
    assert code == 1, err
    assert err.startswith("Ditolak:") and message in err
    assert not list(folder.iterdir())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rekap", "-o", "x.pdf"], "--user"),
        (["rekap", "-o", "x.txt", "--user", "pejabat"], "harus berakhiran .pdf atau .xlsx"),
        (["pengembalian", "1", "2", "-o", "x.pdf", "--user", "pejabat"], "tepat satu GROUP_ID"),
        (["pengembalian", "-o", "x.pdf", "--user", "pejabat"], "tepat satu GROUP_ID"),
        (["lembar-verifikasi", "-o", "x.pdf", "--user", "pejabat"], "memerlukan GROUP_ID"),
        (
            ["lembar-verifikasi", "1", "-o", "x.pdf", "--status", "diusulkan", "--user", "pejabat"],
            "hanya untuk rekap",
        ),
        (["rekap", "-o", "x.pdf", "--draft", "--user", "pejabat"], "--draft dan --number"),
        (
            ["berita-acara", "-o", "x.pdf", "--draft", "--number", "5", "--user", "pejabat"],
            "--draft tidak dapat digabung",
        ),
        (["surat", "-o", "x.pdf", "--user", "pejabat"], "pilihan tidak sah"),
    ],
)
def test_usage_errors_exit_2(run_cli, tmp_path: Path, args: list[str], message: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    code, _, err = run_cli(
        "document", *(str(folder / a) if a.startswith("x.") else a for a in args)
    )
    assert code == 2
    assert message in err
    assert not list(folder.iterdir())
