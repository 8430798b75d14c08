"""What the command line tells people: a refused import says nothing was stored, the
group list shows the IDs the other commands take, ``--db`` warns off passwords."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.import_support import vb
from tkm_desktop import cli
from tkm_desktop.paths import data_paths
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.store.db import sqlite_url
from tkm_desktop.store.models import Group


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _rounded_book(tmp_path: Path) -> Path:
    # NIKs typed as numbers: findings, error-severity ones among them (refused by --strict).
    return vb.per_sheet_book(tmp_path / "a.xlsx", [vb.group("Maju", 10)], nik_as_number=True)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_refused_import_does_not_say_its_findings_were_stored(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path, lang: str
) -> None:
    path = _rounded_book(tmp_path)
    code, out, err = run(capsys, "--data-dir", office_folder, "--lang", lang, "import", str(path),
                         "--strict")  # fmt: skip
    assert code == cli.EXIT_REFUSED and out == ""
    refused, saved = {"id": ("ditolak", "tersimpan"), "en": ("refused", "stored")}[lang]
    assert refused in err.splitlines()[0] and saved not in err.replace("disimpan", "")
    heading = [line for line in err.splitlines() if line.endswith((" temuan:", " findings:"))]
    assert len(heading) == 1 and heading[0].split()[0].isdigit()
    assert err.index(heading[0]) > err.index(refused)  # after the refusal, then the list
    assert "NIK_" in err or "NIK" in err.split(heading[0])[1]


def test_a_dry_run_lists_findings_without_saying_stored(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path
) -> None:
    path = _rounded_book(tmp_path)
    code, out, _ = run(capsys, "--data-dir", office_folder, "import", str(path), "--dry-run")
    assert code == cli.EXIT_OK and "temuan:" in out and "ikut tersimpan" not in out
    code, out, _ = run(capsys, "--data-dir", office_folder, "import", str(path))
    assert code == cli.EXIT_OK and "ikut tersimpan" in out  # a real import stores them


def test_the_group_table_shows_ids_not_row_numbers(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path
) -> None:
    first = vb.long_table_book(tmp_path / "1.xlsx", [vb.group("Satu", 9), vb.group("Dua", 9, 30)])
    assert run(capsys, "--data-dir", office_folder, "import", str(first))[0] == 0
    db = open_database(sqlite_url(data_paths(office_folder).db_file))
    with db.session() as s:
        s.scalars(select(Group).where(Group.name == "Satu")).one().status = "diverifikasi"
        wanted = s.scalars(select(Group.id).where(Group.name == "Dua")).one()
    db.dispose()
    # "Dua" is the first row of this list but not group 1: the table shows its real ID.
    code, out, _ = run(capsys, "--data-dir", office_folder, "groups", "--status", "diusulkan")
    header, _rule, row, _blank, _total = out.splitlines()
    assert header.split()[0] == "ID" and wanted != 1
    assert row.split()[:2] == [str(wanted), "Dua"]
    code, out, _ = run(capsys, "--data-dir", office_folder, "--lang", "en", "groups")
    assert code == 0 and out.splitlines()[0].split()[0] == "ID"


def test_the_groups_json_is_unchanged_by_the_table(
    capsys: pytest.CaptureFixture[str], office_folder: str, tmp_path: Path
) -> None:
    book = vb.long_table_book(tmp_path / "1.xlsx", [vb.group("Satu", 9)])
    assert run(capsys, "--data-dir", office_folder, "import", str(book))[0] == 0
    [group] = json.loads(run(capsys, "--data-dir", office_folder, "groups", "--json")[1])["groups"]
    assert set(group) >= {"id", "name", "scheme", "status", "members", "kelurahan", "kecamatan"}
    assert "no" not in group


@pytest.mark.parametrize(("lang", "words"), [("id", "kata sandi"), ("en", "password")])
def test_db_help_points_away_from_a_password_on_the_command_line(
    capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    code, out, _ = run(capsys, "--lang", lang, "--help")
    assert code == 0
    flat = " ".join(out.split())
    start = flat.index("--db URL", flat.index("--db URL") + 1)  # past the usage line
    help_of_db = flat[start : flat.index("--lang", start)]
    assert words in help_of_db and "TKM_DATABASE_URL" in help_of_db and "pgpass" in help_of_db
