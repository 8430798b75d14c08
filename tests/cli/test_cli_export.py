"""``export`` on the command line: files, JSON, submission, refusals and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from tkm_desktop import cli
from tkm_desktop.paths import reports_dir


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the demo database, vetted; made once, copied per test."""
    folder = tmp_path_factory.mktemp("kantor")
    assert cli.main(["--data-dir", str(folder), "demo"]) == 0
    assert cli.main(["--data-dir", str(folder), "--demo", "vet", "--json"]) == 0
    return folder


@pytest.fixture
def data_dir(demo_dir: Path, tmp_path: Path) -> str:
    folder = tmp_path / "kantor"
    shutil.copytree(demo_dir, folder, ignore=shutil.ignore_patterns("logs"))
    return str(folder)


def run(capsys: pytest.CaptureFixture[str], data_dir: str, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["--data-dir", data_dir, "--demo", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def groups(capsys: pytest.CaptureFixture[str], data_dir: str, status: str) -> list[dict[str, Any]]:
    code, out, _ = run(capsys, data_dir, "groups", "--status", status, "--json")
    assert code == 0
    return json.loads(out)["groups"]


def test_export_writes_the_file_and_leaves_statuses(
    capsys: pytest.CaptureFixture[str], data_dir: str, tmp_path: Path
) -> None:
    recommended = groups(capsys, data_dir, "direkomendasikan")
    out = tmp_path / "usulan.xlsx"
    code, stdout, err = run(capsys, data_dir, "export", "-o", str(out), "--user", "pejabat")
    assert code == 0, err
    assert "Format: Usulan TKM ke Kemnaker (kemnaker-tkm.toml)" in stdout
    assert f"({len(recommended)} kelompok," in stdout and "SHA-256: " in stdout
    assert "--submit" in stdout  # how to record the submission afterwards
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == ["Kelompok", "Anggota", "RAB"]
    names = {r[2] for r in book.get_sheet_by_name("Kelompok").to_python()[6:]}
    assert names == {g["name"] for g in recommended}
    assert groups(capsys, data_dir, "direkomendasikan") == recommended


def test_export_json_and_submit(
    capsys: pytest.CaptureFixture[str], data_dir: str, tmp_path: Path
) -> None:
    recommended = {g["id"] for g in groups(capsys, data_dir, "direkomendasikan")}
    before = {g["id"] for g in groups(capsys, data_dir, "diajukan")}
    out = tmp_path / "usulan.xlsx"
    code, stdout, _ = run(capsys, data_dir, "export", "-o", str(out), "--user", "pejabat",
                          "--submit", "--json")  # fmt: skip
    assert code == 0
    doc = json.loads(stdout)
    assert doc["file"] == str(out) and len(doc["sha256"]) == 64 and doc["batch_id"] >= 1
    assert {g["id"] for g in doc["groups"]} == recommended == set(doc["submitted"])
    assert doc["format"] == "kemnaker-tkm" and doc["excluded"] == [] and doc["dry_run"] is False
    assert {g["id"] for g in groups(capsys, data_dir, "diajukan")} == before | recommended
    assert groups(capsys, data_dir, "direkomendasikan") == []


def test_dry_run_shows_what_is_left_out_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: str, tmp_path: Path
) -> None:
    out = tmp_path / "usulan.xlsx"
    code, stdout, _ = run(
        capsys,
        data_dir,
        "export",
        "-o",
        str(out),
        "--user",
        "pejabat",
        "--status",
        "diusulkan",
        "--status",
        "dikembalikan",
        "--dry-run",
    )
    assert code == 0 and not out.exists()
    assert "Tidak diikutkan:" in stdout and "kesalahan belum diperbaiki" in stdout
    assert "Uji coba (--dry-run), tidak ada yang ditulis." in stdout
    code, stdout, _ = run(capsys, data_dir, "export", "-o", str(out), "--user", "pejabat",
                          "--status", "diusulkan", "--dry-run", "--json")  # fmt: skip
    doc = json.loads(stdout)
    assert doc["dry_run"] is True and all(e["reason"] for e in doc["excluded"])
    code, stdout, _ = run(capsys, data_dir, "--lang", "en", "export", "-o", str(out), "--user",
                          "pejabat", "--status", "diusulkan", "--dry-run")  # fmt: skip
    assert "Left out:" in stdout and "not fixed yet" in stdout
    code, stdout, _ = run(capsys, data_dir, "--lang", "en", "export", "-o", str(out), "--user",
                          "pejabat", "--status", "diusulkan", "--dry-run", "--json")  # fmt: skip
    assert any("belum diperbaiki" in e["reason"] for e in json.loads(stdout)["excluded"])


def test_groups_named_that_cannot_go_are_refused_whole(
    capsys: pytest.CaptureFixture[str], data_dir: str, tmp_path: Path
) -> None:
    recommended = groups(capsys, data_dir, "direkomendasikan")[0]["id"]
    proposal = groups(capsys, data_dir, "diusulkan")[0]["id"]
    out = tmp_path / "usulan.xlsx"
    code, _, err = run(capsys, data_dir, "export", str(recommended), str(proposal), "-o",
                       str(out), "--user", "pejabat")  # fmt: skip
    assert code == 1 and not out.exists()
    assert "tidak semuanya dapat diekspor" in err and f"Kelompok {proposal} (" in err
    code, _, _ = run(capsys, data_dir, "export", str(recommended), "-o", str(out),
                     "--user", "pejabat")  # fmt: skip
    assert code == 0 and out.exists()


def test_refusals_and_usage_errors(
    capsys: pytest.CaptureFixture[str], data_dir: str, tmp_path: Path
) -> None:
    out = tmp_path / "usulan.xlsx"
    code, _, err = run(capsys, data_dir, "export", "-o", str(out))
    assert code == 2 and "--user" in err
    code, _, err = run(capsys, data_dir, "export", "-o", str(out), "--user", "verifikator")
    assert code == 1 and "tidak berwenang" in err
    code, _, err = run(capsys, data_dir, "export", "-o", str(out), "--user", "pejabat",
                       "--status", "disetujui")  # fmt: skip
    assert code == 2 and "disetujui" in err
    code, _, err = run(capsys, data_dir, "export", "-o", str(out), "--user", "pejabat",
                       "--format", "tidak-ada")  # fmt: skip
    assert code == 1 and "kemnaker-tkm" in err  # the formats that exist are named
    assert not out.exists()


def test_a_broken_format_file_is_reported_with_its_line(
    capsys: pytest.CaptureFixture[str], data_dir: str, tmp_path: Path
) -> None:
    text = (reports_dir() / "export" / "kemnaker-tkm.toml").read_text(encoding="utf-8")
    broken = tmp_path / "kemnaker-2026.toml"
    broken.write_text(text.replace("width = 20\n", 'width = "dua puluh"\n', 1), encoding="utf-8")
    line = next(n for n, t in enumerate(broken.read_text().splitlines(), 1) if "dua puluh" in t)
    out = tmp_path / "usulan.xlsx"
    code, _, err = run(capsys, data_dir, "export", "-o", str(out), "--user", "pejabat",
                       "--format", str(broken))  # fmt: skip
    assert code == 1 and not out.exists()
    assert f"Berkas format ekspor kemnaker-2026.toml, baris {line}: lebar kolom" in err


def test_help_names_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", "--help"]) == 0
    text = capsys.readouterr().out
    for option in ("--format", "--status", "--submit", "--dry-run", "--user", "GROUP_ID"):
        assert option in text
