"""``import`` and ``template`` through the command line, and a real import killed half-way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from tests.import_support import vb
from tkm_desktop import cli
from tkm_desktop.paths import data_paths
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.store.db import sqlite_url
from tkm_desktop.store.models import Base, Group, Member

REPO = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code, out, _ = run(capsys, *argv, "--json")
    return code, json.loads(out)  # the whole of stdout is one document


def _rows(office_folder: str) -> dict[str, list[tuple[Any, ...]]]:
    db = open_database(sqlite_url(data_paths(office_folder).db_file))
    try:
        with db.reader() as s:
            return {
                t.name: [tuple(r) for r in s.execute(select(t).order_by(*t.primary_key.columns))]
                for t in Base.metadata.sorted_tables
            }
    finally:
        db.dispose()


@pytest.mark.parametrize("layout", ["per_sheet", "long_table", "groups_members"])
def test_every_layout_through_the_cli(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path, layout: str
) -> None:
    groups = [vb.group("Maju Jaya", 9), vb.group("Sejahtera", 7, 30)]
    make = {"per_sheet": vb.per_sheet_book, "long_table": vb.long_table_book,
            "groups_members": vb.groups_members_book}[layout]  # fmt: skip
    path = make(tmp_path / f"{layout}.xlsx", groups)
    code, doc = run_json(capsys, "--data-dir", office_folder, "import", str(path))
    assert code == 0
    assert (doc["file"], doc["groups_created"], doc["members_created"]) == (path.name, 2, 16)
    assert doc["errors"] == [] and doc["findings"] == [] and doc["layout"] == layout
    rows = _rows(office_folder)
    assert len(rows["tkm_group"]) == 2 and len(rows["member"]) == 16
    code, out, _ = run(capsys, "--data-dir", office_folder, "groups")
    assert "Maju Jaya" in out and "Margahayu" in out


def test_rounded_niks_and_title_rows_are_findings_not_refusals(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path
) -> None:
    path = vb.per_sheet_book(tmp_path / "a.xlsx", [vb.group("Maju", 10)], nik_as_number=True)
    code, doc = run_json(capsys, "--data-dir", office_folder, "import", str(path))
    assert code == 0
    assert [
        (f["code"], f["sheet"], f["row"], f["column"], f["severity"]) for f in doc["findings"]
    ] == [("NIK_ROUNDED", "Maju", 21, "B", "error")]
    db = open_database(sqlite_url(data_paths(office_folder).db_file))
    with db.reader() as s:
        niks = s.execute(select(Member.nik, Member.nik_source).order_by(Member.id)).all()
    db.dispose()
    assert niks[-1] == (vb.people(10)[-1].nik, "number")
    # In English the problem reads in English; the JSON (the contract) stays Indonesian.
    other = vb.per_sheet_book(tmp_path / "b.xlsx", [vb.group("Sejahtera", 10, 50)],
                              nik_as_number=True)  # fmt: skip
    args = ("--data-dir", office_folder, "--lang", "en", "import", str(other), "--dry-run")
    code, out, _ = run(capsys, *args)
    assert code == 0 and "arrived as a number and may have been rounded" in out
    assert "dibulatkan" not in out


def test_refused_file_exits_1_and_prints_the_reasons(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path
) -> None:
    path = tmp_path / "rusak.xls"
    path.write_text("<html><body>bukan excel</body></html>")
    code, out, err = run(capsys, "--data-dir", office_folder, "import", str(path))
    assert code == 1 and out == ""
    assert "ditolak" in err and "HTML" in err
    code, doc = run_json(capsys, "--data-dir", office_folder, "import", str(path))
    assert code == 1
    assert [(e["code"], e["row"]) for e in doc["errors"]] == [("FILE_UNREADABLE", None)]


def test_dry_run_strict_and_errors_out(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path
) -> None:
    before = _rows(office_folder)
    path = vb.per_sheet_book(tmp_path / "a.xlsx", [vb.group("Maju", 10)], nik_as_number=True)
    code, out, _ = run(capsys, "--data-dir", office_folder, "import", str(path), "--dry-run")
    assert code == 0 and "tidak ada yang disimpan" in out
    out_file = tmp_path / "kembali.xlsx"
    code, doc = run_json(capsys, "--data-dir", office_folder, "import", str(path), "--strict",
                         "--errors-out", str(out_file))  # fmt: skip
    assert code == 1 and doc["refused"] and doc["groups_created"] == 0
    assert _rows(office_folder) == before
    sheet = openpyxl.load_workbook(out_file)["Maju"]
    assert any(c.value == "Keterangan" for c in sheet[9])


def test_funded_needs_a_scheme(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path
) -> None:
    path = vb.long_table_book(tmp_path / "a.xlsx", [vb.group("Lama", 3)])
    code, _, err = run(capsys, "--data-dir", office_folder, "import", str(path), "--funded")
    assert code == 2 and "--scheme" in err
    code, doc = run_json(capsys, "--data-dir", office_folder, "import", str(path), "--funded",
                         "--scheme", "TKM-JPS-2020")  # fmt: skip
    assert code == 0 and doc["funded_loaded"] == 3


def test_unknown_user_is_refused(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path
) -> None:
    path = vb.long_table_book(tmp_path / "a.xlsx", [vb.group("Lama", 3)])
    code, _, err = run(capsys, "--data-dir", office_folder, "import", str(path), "--user", "siapa")
    assert code == 1 and err


def test_template_command(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path
) -> None:
    out = tmp_path / "templat.xlsx"
    code, text, _ = run(capsys, "--data-dir", office_folder, "template", "-o", str(out))
    assert code == 0 and str(out) in text
    assert openpyxl.load_workbook(out).sheetnames == ["Kelompok 1", "Petunjuk"]


# --- a real import killed half-way ------------------------------------------------


# Other points (after_findings, after_audit) exist too; these three bracket the writing.
@pytest.mark.parametrize("point", ["after_groups", "after_members", "before_commit"])
def test_killed_import_leaves_the_database_as_it_was(
    office_folder: str, tmp_path: Path, point: str
) -> None:
    first = vb.long_table_book(tmp_path / "first.xlsx", [vb.group("Sudah Ada", 4, 900)])
    assert cli.main(["--data-dir", office_folder, "import", str(first)]) == 0
    before = _rows(office_folder)
    path = vb.per_sheet_book(tmp_path / "a.xlsx", [vb.group("Maju", 10), vb.group("Jaya", 6, 40)],
                             nik_as_number=True)  # fmt: skip
    env = {**os.environ, "TKM_FAULT": f"import:{point}"}
    proc = subprocess.run(
        [sys.executable, "-m", "tkm_desktop", "--data-dir", office_folder, "import", str(path)],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 9, proc.stderr  # died at the fault point, not before
    assert _rows(office_folder) == before
    # And the same import, not killed, goes through on the database it left.
    assert cli.main(["--data-dir", office_folder, "import", str(path)]) == 0
    db = open_database(sqlite_url(data_paths(office_folder).db_file))
    with db.reader() as s:
        assert len(s.scalars(select(Group)).all()) == 3
    db.dispose()


def test_a_missing_output_folder_is_refused_not_a_crash(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path
) -> None:
    gone = tmp_path / "tidak-ada"
    code, _, err = run(capsys, "--data-dir", office_folder, "template", "-o", str(gone / "t.xlsx"))
    assert code == 1 and f"Folder tujuan tidak ada: {gone}" in err
    path = vb.per_sheet_book(tmp_path / "a.xlsx", [vb.group("Maju", 10)], nik_as_number=True)
    code, _, err = run(capsys, "--data-dir", office_folder, "import", str(path), "--dry-run",
                       "--errors-out", str(gone / "e.xlsx"))  # fmt: skip
    assert code == 1 and f"Folder tujuan tidak ada: {gone}" in err


def test_replace_dry_run_speaks_in_the_conditional(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path
) -> None:
    spec = vb.group("Maju Jaya", 5)
    run(
        capsys,
        "--data-dir",
        office_folder,
        "import",
        str(vb.per_sheet_book(tmp_path / "a.xlsx", [spec])),
    )
    db = open_database(sqlite_url(data_paths(office_folder).db_file))
    with db.session() as s:
        group = s.scalars(select(Group)).one()
        group.status, gid = "dikembalikan", group.id
    db.dispose()
    fixed = vb.per_sheet_book(tmp_path / "b.xlsx", [vb.GroupSpec("Maju Jaya", spec.members[:4])])
    before = _rows(office_folder)
    code, out, _ = run(capsys, "--data-dir", office_folder, "import", str(fixed), "--replace",
                       str(gid), "--dry-run")  # fmt: skip
    assert code == 0 and _rows(office_folder) == before
    assert "Uji coba (--dry-run), tidak ada yang disimpan." in out
    assert f"Daftar anggota kelompok {gid} akan diganti: 0 ditambah, 1 dihapus" in out
    assert "status akan kembali" in out


def test_import_messages_mask_niks_as_vet_does(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path
) -> None:
    path = vb.per_sheet_book(tmp_path / "a.xlsx", [vb.group("Maju", 10)], nik_as_number=True)
    nik = vb.people(10)[-1].nik
    code, out, _ = run(capsys, "--data-dir", office_folder, "import", str(path), "--dry-run")
    assert code == 0 and f"NIK {nik[:4]}********{nik[-4:]} masuk sebagai angka" in out
    code, doc = run_json(capsys, "--data-dir", office_folder, "import", str(path), "--dry-run")
    [finding] = doc["findings"]
    assert finding["code"] == "NIK_ROUNDED" and nik not in json.dumps(doc)
