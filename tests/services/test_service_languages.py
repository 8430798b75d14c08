"""Service lines the window shows speak its language: import progress, letter verdicts,
data-folder warnings. Indonesian stays word for word what it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.import_support import seed_office, vb
from tkm_desktop.excel import proposal_reader
from tkm_desktop.services import datafolder, import_store, letters
from tkm_desktop.services.context import Actor
from tkm_desktop.services.datafolder import check_data_folder
from tkm_desktop.services.importer import import_file
from tkm_desktop.services.letter_register import verify_code, verify_pdf
from tkm_desktop.services.letter_sample import seed_sample
from tkm_desktop.store.db import Database

CLERK = Actor(channel="cli", os_account="clerk1")
NOW = dt.datetime(2024, 12, 22, 3, 0, tzinfo=dt.UTC)
NO_ENV: dict[str, str] = {}


# --- i18n ---------------------------------------------------------------------------------


def _progress_lines(db: Database, tmp_path: Path, lang: str) -> list[str]:
    book = vb.long_table_book(tmp_path / "usulan.xlsx", [vb.group("Kelompok A", 8, 100)])
    lines: list[str] = []
    result = import_file(seed_office(db), CLERK, book, today=vb.TODAY, lang=lang,
                         progress=lambda _d, _t, text: lines.append(text))  # fmt: skip
    assert result.groups_created == 1
    return list(dict.fromkeys(lines))  # each line once, in order


@pytest.fixture
def every_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small files reach the steps a national roster does: rows ticked, members batched."""
    monkeypatch.setattr(proposal_reader, "TICK_ROWS", 4)
    monkeypatch.setattr(import_store, "MEMBER_BATCH", 5)


PROGRESS = {
    "en": ["Reading usulan.xlsx…", "Reading sheet Usulan: row 4", "Reading sheet Usulan: row 8",
           "Saving the groups…", "Saving the members…", "Saving the findings…",
           "Recording the groups' history…", "Saving…"],
    "id": ["Membaca usulan.xlsx…", "Membaca lembar Usulan: baris 4",
           "Membaca lembar Usulan: baris 8", "Menyimpan kelompok…", "Menyimpan anggota…",
           "Menyimpan temuan…", "Mencatat riwayat kelompok…", "Menyimpan…"],
}  # fmt: skip


@pytest.mark.usefixtures("every_step")
@pytest.mark.parametrize("lang", ["en", "id"])
def test_import_progress_speaks_the_asked_language(db: Database, tmp_path: Path, lang: str) -> None:
    """English for an English window; Indonesian word for word as before."""
    assert _progress_lines(db, tmp_path, lang) == PROGRESS[lang]


# --- letter verdicts ----------------------------------------------------------------------


def _reasons(db: Database, lang: str) -> dict[str, str]:
    """Every kind of verdict sentence for one letter; its number is written as {n}."""
    sample = seed_sample(db, groups=2, members=3)
    official = Actor("cli", "tester", sample.users["pejabat"], "pejabat", "pejabat")
    issued = letters.issue_letter(db, official, sample.group_ids[:1], now=NOW)
    tampered = issued.pdf.replace(b"/Trapped /False", b"/Trapped /True ")
    draft = letters.draft_letter(db, official, sample.group_ids[1:], now=NOW)
    said = {
        "valid code": verify_code(db, issued.code, lang=lang),
        "valid file": verify_pdf(db, issued.pdf, lang=lang),
        "forged code": verify_code(db, issued.code.replace("|1|3|", "|1|9|"), lang=lang),
        "altered file": verify_pdf(db, tampered, lang=lang),
        "unregistered": verify_code(db, issued.code.replace("/001/", "/077/"), lang=lang),
        "no code": verify_code(db, "bukan kode", lang=lang),
        "no code in file": verify_pdf(db, draft, lang=lang),
    }
    letters.revoke_letter(db, official, issued.letter_id, "Salah ketik")
    said["revoked"] = verify_code(db, issued.code, lang=lang)
    said["altered revoked"] = verify_pdf(db, tampered, lang=lang)
    number = issued.number
    return {k: v.reason.replace(number, "{n}").replace(number.replace("/001/", "/077/"), "{m}")
            for k, v in said.items()}  # fmt: skip


# Each verdict sentence: (English, Indonesian as it always was).
VERDICT_TEXTS = {
    "valid code": (
        "This code belongs to letter No. {n} of 22 December 2024, which is registered and in "
        "force.",
        "Kode ini milik surat Nomor {n} tanggal 22 Desember 2024 yang terdaftar dan berlaku.",
    ),
    "valid file": (
        "This file is exactly the PDF of letter No. {n} of 22 December 2024, which is "
        "registered and in force.",
        "Berkas ini sama persis dengan PDF surat Nomor {n} tanggal 22 Desember 2024 yang "
        "terdaftar dan berlaku.",
    ),
    "forged code": (
        "No. {n} is registered, but its verification code does not match the register: the "
        "code or its content has been altered.",
        "Nomor {n} terdaftar, tetapi kode verifikasinya tidak cocok dengan register: kode atau "
        "isinya telah diubah.",
    ),
    "altered file": (
        "The code and No. {n} are registered, but the file's content differs from the issued "
        "PDF (the SHA-256 fingerprint does not match).",
        "Kode dan nomor {n} terdaftar, tetapi isi berkas berbeda dari PDF yang diterbitkan "
        "(sidik SHA-256 tidak cocok).",
    ),
    "unregistered": (
        "Letter No. {m} of 22 December 2024 is not in the register.",
        "Nomor surat {m} tanggal 22 Desember 2024 tidak ada di register.",
    ),
    "no code": (
        "This text is not a TKM letter verification code.",
        "Teks ini bukan kode verifikasi surat TKM.",
    ),
    "no code in file": (
        "This file holds no TKM letter verification code and is not the same as any PDF in "
        "the register.",
        "Berkas ini tidak memuat kode verifikasi surat TKM dan tidak sama dengan PDF mana pun "
        "di register.",
    ),
    "revoked": (
        "This code belongs to letter No. {n} of 22 December 2024, which has been REVOKED: "
        "Salah ketik",
        "Kode ini milik surat Nomor {n} tanggal 22 Desember 2024, yang telah DICABUT: Salah ketik",
    ),
    "altered revoked": (
        "The code and No. {n} are registered, but the file's content differs from the issued "
        "PDF (the SHA-256 fingerprint does not match). That letter has also been revoked.",
        "Kode dan nomor {n} terdaftar, tetapi isi berkas berbeda dari PDF yang diterbitkan "
        "(sidik SHA-256 tidak cocok). Surat itu juga telah dicabut.",
    ),
}


@pytest.mark.parametrize(("lang", "column"), [("en", 0), ("id", 1)])
def test_verdicts_speak_the_asked_language(db: Database, lang: str, column: int) -> None:
    assert _reasons(db, lang) == {case: texts[column] for case, texts in VERDICT_TEXTS.items()}


# --- data-folder warnings -----------------------------------------------------------------


def _messages(path: str, lang: str) -> list[str]:
    env = {"OneDrive": r"C:\Users\ani\OneDrive"}
    found = check_data_folder(path, env=env, platform="win32", drive_type=lambda _r: 4,
                              lang=lang)  # fmt: skip
    return [w.message for w in found]


def test_folder_warnings_in_english() -> None:
    onedrive, cloud, share = _messages(r"C:\Users\ani\OneDrive\Dropbox\TKM", "en")
    assert onedrive.startswith(r"The data folder is inside OneDrive (C:\Users\ani\OneDrive), ")
    assert cloud.startswith("The data folder is inside a synchronised Dropbox folder. ")
    assert share.startswith("The data folder is on a network folder (network drive C:); ")
    assert all(m.endswith("database server (option --db).") for m in (onedrive, cloud, share))
    [unc] = _messages(r"\\server\data\TKM", "en")
    assert r"(\\server\data)" in unc


def test_folder_warnings_in_indonesian_are_unchanged() -> None:
    advice = (
        "Basis data SQLite dapat rusak di folder seperti ini. Pilih folder di diska "
        "komputer ini (mis. folder data bawaan), atau, bila beberapa komputer perlu "
        "memakai data yang sama, gunakan server basis data PostgreSQL kantor (opsi --db)."
    )
    assert _messages(r"C:\Users\ani\OneDrive\Dropbox\TKM", "id") == [
        r"Folder data berada di dalam OneDrive (C:\Users\ani\OneDrive), yang menyalin berkas "
        f"ke internet dan ke komputer lain selagi program memakainya. {advice}",
        f"Folder data berada di dalam folder Dropbox yang disinkronkan. {advice}",
        "Folder data berada di folder jaringan (diska jaringan C:); penguncian berkas SQLite "
        f"tidak dapat diandalkan di sana. {advice}",
    ]  # fmt: skip


def test_an_unusable_folder_in_both_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "tkm.sqlite3"
    file.write_bytes(b"")
    [en] = check_data_folder(file, env=NO_ENV, lang="en")
    [id_] = check_data_folder(file, env=NO_ENV)
    assert en.message == f"'{file}' is a file, not a folder. Choose another folder."
    assert id_.message == f"'{file}' adalah sebuah berkas, bukan folder. Pilih folder lain."

    def refuse(*_a: object, **_kw: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(datafolder.tempfile, "mkstemp", refuse)
    new = tmp_path / "TKM"
    assert datafolder.writable_problem(new, lang="en") == (
        f"This user account cannot write in the folder '{tmp_path}' (where the new folder is "
        "made) (Permission denied). Choose another folder, or ask for write permission on it."
    )
    assert datafolder.writable_problem(tmp_path) == (
        "Folder tidak dapat ditulisi oleh akun pengguna ini (Permission denied). "
        "Pilih folder lain, atau minta hak tulis pada folder itu."
    )


def test_the_database_folder_is_checked_in_the_asked_language(tmp_path: Path) -> None:
    folder = tmp_path / "OneDrive - Pemkot"
    url = f"sqlite:///{folder / 'tkm.sqlite3'}"
    [en] = datafolder.database_folder_warnings(url, lang="en")
    [id_] = datafolder.database_folder_warnings(url)
    assert en.message.startswith("The data folder is inside OneDrive (OneDrive - Pemkot)")
    assert id_.message.startswith("Folder data berada di dalam OneDrive (OneDrive - Pemkot)")
