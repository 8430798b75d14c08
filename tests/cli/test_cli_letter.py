"""``letter``, ``letters`` and ``verify`` through ``cli.main``, with their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tkm_desktop import cli
from tkm_desktop.services.letter_sample import Sample, seed_sample
from tkm_desktop.store.db import Database


@pytest.fixture
def sample(db: Database) -> Sample:
    return seed_sample(db, groups=3, members=4)


def test_issue_list_verify_revoke(run_cli, sample: Sample, tmp_path: Path) -> None:
    g1, g2, g3 = (str(g) for g in sample.group_ids)
    pdf = tmp_path / "surat.pdf"
    code, out, err = run_cli("letter", g1, g2, "-o", str(pdf), "--paper", "f4", "--user", "pejabat")
    assert code == 0, err
    assert "Surat terbit: Nomor 500.15.10/001/Disnaker/" in out
    assert pdf.read_bytes().startswith(b"%PDF") and not pdf.with_name("surat.pdf.part").exists()

    code, out, _ = run_cli("letters", "list", "--json")
    [row] = json.loads(out)["letters"]
    assert (row["state"], row["paper"], row["group_ids"]) == ("issued", "f4", [int(g1), int(g2)])

    code, out, _ = run_cli("verify", str(pdf))
    assert code == 0 and out.startswith("SAH: Berkas ini sama persis")
    assert "Anggota   : 8 orang" in out
    code, out, _ = run_cli("--lang", "en", "verify", str(pdf))
    assert code == 0 and "This file is exactly the PDF of" in out
    code, out, _ = run_cli("--lang", "en", "verify", str(pdf), "--json")
    assert json.loads(out)["reason"].startswith("Berkas ini sama persis")  # JSON stays as read

    altered = tmp_path / "diubah.pdf"
    altered.write_bytes(pdf.read_bytes().replace(b"/Trapped /False", b"/Trapped /True "))
    code, out, _ = run_cli("verify", str(altered))
    assert code == cli.EXIT_LETTER_ALTERED == 5 and out.startswith("DIUBAH:")

    code, out, _ = run_cli(
        "verify", "--code", "TKM1|500.15.10/099/X/2024|2024-01-02|1|1|AAAAAAAAAAAAAAAA"
    )
    assert code == cli.EXIT_LETTER_UNKNOWN == 6 and out.startswith("TIDAK DIKENAL:")

    code, out, err = run_cli(
        "letters", "revoke", str(row["id"]), "--reason", "Salah nama", "--user", "pejabat"
    )
    assert code == 0, err
    code, out, _ = run_cli("verify", str(pdf), "--json")
    verdict = json.loads(out)
    assert code == cli.EXIT_LETTER_REVOKED == 4
    assert (verdict["status"], verdict["revoked_reason"]) == ("dicabut", "Salah nama")

    code, out, err = run_cli(
        "letter", g3, "-o", str(tmp_path / "2.pdf"), "--kind", "rekomendasi", "--user", "pejabat"
    )
    assert code == 0 and "/002/" in out, err


def test_a_correction_and_a_reprint(run_cli, sample: Sample, tmp_path: Path) -> None:
    first, again = tmp_path / "1.pdf", tmp_path / "cetak-ulang.pdf"
    g1 = str(sample.group_ids[0])
    assert run_cli("letter", g1, "-o", str(first), "--user", "pejabat")[0] == 0
    code, _, err = run_cli("letter", g1, "-o", str(tmp_path / "x.pdf"), "--user", "pejabat")
    assert code == 1 and "sudah mendapat surat Nomor" in err
    code, _, err = run_cli(
        "letter", "-o", str(tmp_path / "x.pdf"), "--replaces", "1", "--user", "pejabat"
    )
    assert code == 2 and "--replaces memerlukan --reason" in err
    code, out, err = run_cli(
        "letter",
        "-o",
        str(tmp_path / "2.pdf"),
        "--replaces",
        "1",
        "--reason",
        "Salah ketik",
        "--user",
        "pejabat",
    )
    assert code == 0, err
    assert "Surat id 1 dicabut dan diganti." in out and "/002/" in out
    code, out, err = run_cli("letters", "reprint", "1", "-o", str(again), "--user", "verifikator")
    assert code == 0, err
    assert again.read_bytes() == first.read_bytes()
    scan = tmp_path / "ttd.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    code, out, err = run_cli("letters", "scan", "2", str(scan), "--user", "pejabat")
    assert code == 0 and "Pindaian dilampirkan" in out, err


def test_draft_and_refusals(run_cli, sample: Sample, tmp_path: Path) -> None:
    g1 = str(sample.group_ids[0])
    draft = tmp_path / "konsep.pdf"
    code, out, err = run_cli("letter", g1, "-o", str(draft), "--draft", "--user", "verifikator")
    assert code == 0 and "KONSEP" in out, err
    code, out, _ = run_cli("verify", str(draft))
    assert code == 6
    assert run_cli("letters", "list")[1].strip() == "Belum ada surat di register."
    # Usage errors (2) and refusals (1) keep the contract's meaning.
    assert (
        run_cli("letter", g1, "-o", str(draft), "--user", "pejabat", "--draft", "--number", "1")[0]
        == 2
    )
    assert run_cli("letter", "-o", str(draft), "--user", "pejabat")[0] == 2
    assert run_cli("letter", g1, "-o", str(draft))[0] == 2  # --user is required
    code, _, err = run_cli("letter", g1, "-o", str(draft), "--user", "verifikator")
    assert code == 1 and "tidak berwenang untuk menerbitkan surat" in err
    code, _, err = run_cli("letter", g1, "-o", str(tmp_path / "no" / "x.pdf"), "--user", "pejabat")
    assert code == 1 and "Folder tujuan tidak ada" in err
    code, _, err = run_cli("verify", str(tmp_path / "missing.pdf"))
    assert code == 1 and "Berkas tidak dapat dibaca" in err
    assert run_cli("verify")[0] == 2
