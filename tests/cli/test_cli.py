"""The command-line contract of DESIGN.md: options, exit codes, output and errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import sysconfig
import types
from pathlib import Path

import pytest

from tkm_desktop import __version__, cli
from tkm_desktop.cli import groups as cli_groups
from tkm_desktop.paths import data_paths
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import sqlite_url
from tkm_desktop.store.models import Group, Member, Scheme

NIK = "3275011204900001"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data_dir(tmp_path: Path) -> str:
    return str(tmp_path / "kantor")


def _add_group(data_dir: str, name: str, status: str, members: int) -> None:
    db = open_database(sqlite_url(data_paths(data_dir).db_file))
    try:
        with db.session() as s:
            scheme = s.query(Scheme).filter_by(is_default=True).one()
            group = Group(scheme_id=scheme.id, name=name, status=status,
                          kelurahan_name="Margahayu", kecamatan_name="Bekasi Timur")  # fmt: skip
            group.members = [
                Member(nik=f"32750112049{i:05d}", name=f"Anggota {i}", position=i)
                for i in range(members)
            ]
            s.add(group)
    finally:
        db.dispose()


# --- options and usage --------------------------------------------------------------


def test_version(capsys) -> None:
    assert run(capsys, "--version") == (0, f"TKM Desktop {__version__}\n", "")


def test_help_is_indonesian_and_hides_the_smoke_test(capsys) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert out.startswith("Penggunaan: tkm-desktop")
    assert "groups" in out and "demo" in out
    assert "--smoke-test" not in out


def test_help_in_english(capsys) -> None:
    code, out, _ = run(capsys, "--lang", "en", "groups", "--help")
    assert code == 0
    assert out.startswith("usage: tkm-desktop groups")
    assert "only groups in this status" in out


def test_unknown_option_is_a_usage_error_on_stderr(capsys) -> None:
    code, out, err = run(capsys, "groups", "--bogus")
    assert (code, out) == (2, "")
    assert "kesalahan: argumen tidak dikenal: --bogus" in err


def test_bad_status_is_a_usage_error_listing_the_valid_ones(capsys, data_dir) -> None:
    code, out, err = run(capsys, "--data-dir", data_dir, "groups", "--status", "lulus")
    assert (code, out) == (2, "")
    assert "status tidak dikenal: 'lulus'" in err
    assert "diusulkan, diverifikasi" in err and "dibatalkan" in err


def test_demo_and_db_together_are_a_usage_error(capsys, data_dir) -> None:
    code, _, err = run(capsys, "--data-dir", data_dir, "--demo", "--db", "sqlite://", "groups")
    assert code == 2
    assert "--demo dan --db" in err


def test_the_demo_command_refuses_db(capsys, data_dir) -> None:
    code, out, err = run(capsys, "--data-dir", data_dir, "--db", "sqlite://", "demo")
    assert (code, out) == (2, "")
    assert "--db tidak dapat dipakai dengan perintah demo" in err
    assert not data_paths(data_dir).demo_db_file.exists()


# --- groups ---------------------------------------------------------------------------


def test_groups_json_on_a_fresh_data_folder(capsys, data_dir) -> None:
    code, out, _ = run(capsys, "--data-dir", data_dir, "groups", "--json")
    assert code == 0
    assert json.loads(out) == {"groups": []}
    assert data_paths(data_dir).db_file.exists()


def test_groups_table_on_a_fresh_data_folder(capsys, data_dir) -> None:
    assert run(capsys, "--data-dir", data_dir, "groups") == (0, "Belum ada kelompok.\n", "")
    code, out, _ = run(capsys, "--data-dir", data_dir, "--lang", "en", "groups")
    assert (code, out) == (0, "No groups yet.\n")


def test_groups_json_lists_each_group_with_its_member_count(capsys, data_dir) -> None:
    _add_group(data_dir, "Kelompok Maju Jaya", "diverifikasi", members=3)
    _add_group(data_dir, "Kelompok Sejahtera", "diusulkan", members=0)
    code, out, _ = run(capsys, "--data-dir", data_dir, "groups", "--json")
    assert code == 0
    groups = json.loads(out)["groups"]
    assert [(g["name"], g["status"], g["members"]) for g in groups] == [
        ("Kelompok Maju Jaya", "diverifikasi", 3),
        ("Kelompok Sejahtera", "diusulkan", 0),
    ]
    assert set(groups[0]) == {"id", "name", "scheme", "status", "members", "kelurahan",
                              "kecamatan", "vetted"}  # fmt: skip
    assert (groups[0]["kelurahan"], groups[0]["kecamatan"]) == ("Margahayu", "Bekasi Timur")
    assert [g["vetted"] for g in groups] == [False, False]  # nothing vetted them yet

    code, out, _ = run(capsys, "--data-dir", data_dir, "groups", "--status", "diusulkan", "--json")
    assert [g["name"] for g in json.loads(out)["groups"]] == ["Kelompok Sejahtera"]


def test_groups_json_says_which_groups_were_vetted(capsys, data_dir) -> None:
    _add_group(data_dir, "Kelompok Maju Jaya", "diusulkan", members=3)
    assert run(capsys, "--data-dir", data_dir, "vet", "--json")[0] == 0
    _add_group(data_dir, "Kelompok Sejahtera", "diusulkan", members=3)
    code, out, _ = run(capsys, "--data-dir", data_dir, "groups", "--json")
    assert code == 0
    assert [(g["name"], g["vetted"]) for g in json.loads(out)["groups"]] == [
        ("Kelompok Maju Jaya", True),
        ("Kelompok Sejahtera", False),
    ]
    _, table, _ = run(capsys, "--data-dir", data_dir, "groups")
    assert "vetted" not in table.casefold() and "True" not in table  # the table is unchanged


def test_groups_table_is_aligned_with_indonesian_headers(capsys, data_dir) -> None:
    _add_group(data_dir, "Kelompok Maju Jaya", "diverifikasi", members=12)
    _add_group(data_dir, "KUB Sejahtera", "diusulkan", members=3)
    code, out, _ = run(capsys, "--data-dir", data_dir, "groups")
    assert code == 0
    header, rule, first, second, blank, total = out.splitlines()
    for title in ("ID", "Nama Kelompok", "Skema", "Status", "Anggota", "Kelurahan", "Kecamatan"):
        assert title in header
    assert "Memenuhi Syarat" in first and "Usulan Masuk" in second
    assert set(rule) == {"-", " "}
    # Text columns start together; the member count is right-aligned under its header.
    assert first.index("Margahayu") == second.index("Margahayu") == header.index("Kelurahan")
    assert first.index("TKM-") == second.index("TKM-") == header.index("Skema")
    end = header.index("Anggota") + len("Anggota")
    assert (first[end - 3 : end], second[end - 3 : end]) == (" 12", "  3")
    assert (blank, total) == ("", "Jumlah: 2 kelompok")


# --- errors -----------------------------------------------------------------------------


def _fail(run: cli.Run) -> int:
    raise RuntimeError(f"rusak pada data NIK {NIK}.")


def test_internal_error_is_one_line_with_the_log_path(capsys, data_dir, monkeypatch) -> None:
    monkeypatch.setattr(cli_groups, "cmd_groups", _fail)
    code, out, err = run(capsys, "--data-dir", data_dir, "groups", "--json")
    log_file = data_paths(data_dir).log_file
    assert (code, out) == (3, "")
    assert err == (
        "Kesalahan internal: RuntimeError: rusak pada data NIK 3275********0001. "
        f"Rincian di log: {log_file}\n"
    )
    log = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "in _fail" in log
    assert "3275********0001" in log
    assert NIK not in log


def test_internal_error_with_debug_shows_the_traceback(capsys, data_dir, monkeypatch) -> None:
    monkeypatch.setattr(cli_groups, "cmd_groups", _fail)
    code, _, err = run(capsys, "--data-dir", data_dir, "--debug", "groups")
    assert code == 3
    assert "Traceback (most recent call last)" in err
    assert err.rstrip().splitlines()[-1].startswith("Kesalahan internal: RuntimeError:")
    assert NIK not in err


def test_refused_input_prints_the_reasons_and_exits_1(capsys, data_dir, monkeypatch) -> None:
    def refuse(run: cli.Run) -> int:
        raise InputRefused(["Berkas tidak terbaca.", "Kolom NIK tidak ditemukan."])

    monkeypatch.setattr(cli_groups, "cmd_groups", refuse)
    code, out, err = run(capsys, "--data-dir", data_dir, "groups", "--json")
    assert (code, out) == (1, "")
    assert err == "Ditolak:\n  Berkas tidak terbaca.\n  Kolom NIK tidak ditemukan.\n"


def test_a_missing_demo_database_is_refused_not_a_crash(capsys, data_dir) -> None:
    code, out, err = run(capsys, "--data-dir", data_dir, "--demo", "groups", "--json")
    assert (code, out) == (1, "")
    assert "tkm-desktop demo" in err
    assert "Kesalahan internal" not in err


def test_a_database_from_a_newer_version_is_refused(capsys, data_dir) -> None:
    assert run(capsys, "--data-dir", data_dir, "groups")[0] == 0
    db = open_database(sqlite_url(data_paths(data_dir).db_file))
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    db.dispose()
    code, _, err = run(capsys, "--data-dir", data_dir, "groups")
    assert code == 1
    assert "versi TKM Desktop yang lebih baru" in err


# --- window and smoke test, with a stand-in for the Qt module -----------------------------


@pytest.fixture
def fake_gui(monkeypatch) -> types.SimpleNamespace:
    calls = types.SimpleNamespace(window=None, lang=None, smoke=None)
    module = types.ModuleType("tkm_desktop.gui.app")

    def run_window(options, *, lang=None) -> int:
        calls.window, calls.lang = options, lang
        return 0

    def smoke_test(ctx_args) -> int:
        calls.smoke = ctx_args
        return 0

    module.run_window = run_window  # type: ignore[attr-defined]
    module.smoke_test = smoke_test  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tkm_desktop.gui.app", module)
    return calls


def test_no_command_opens_the_window_on_the_office_database(capsys, data_dir, fake_gui) -> None:
    assert run(capsys, "--data-dir", data_dir, "--lang", "en")[0] == 0
    # The window opens the database itself, behind its sign-in dialog.
    assert fake_gui.window == {"data_dir": data_dir, "db_url": None, "demo": False, "lang": "en"}
    assert fake_gui.lang == "en"
    assert " gui[" in data_paths(data_dir).log_file.read_text(encoding="utf-8")
    assert " gui[" in data_paths(data_dir).log_file.read_text(encoding="utf-8")


def test_without_lang_the_window_chooses_the_language(capsys, data_dir, fake_gui) -> None:
    assert run(capsys, "--data-dir", data_dir)[0] == 0
    assert fake_gui.lang is None  # the PC's choice in Pengaturan, else Indonesian


def test_smoke_test_hands_the_global_options_to_the_gui(capsys, data_dir, fake_gui) -> None:
    assert run(capsys, "--data-dir", data_dir, "--smoke-test")[0] == 0
    assert fake_gui.smoke == {"data_dir": data_dir, "db_url": None, "demo": False, "lang": "id"}
    assert fake_gui.window is None


# --- demo (needs tkm_desktop.services.demo) ---------------------------------------------


def test_demo_creates_a_separate_database_and_recreates_it(capsys, data_dir) -> None:
    code, out, _ = run(capsys, "--data-dir", data_dir, "demo")
    created = out
    demo_file = data_paths(data_dir).demo_db_file
    assert code == 0
    summary = re.fullmatch(
        rf"Basis data demo dibuat: {re.escape(str(demo_file))} \((\d+) kelompok, (\d+) anggota\)\n",
        out,
    )
    assert summary is not None, out
    assert sorted(p.name for p in demo_file.parent.glob("tkm-demo*")) == [demo_file.name]

    code, out, _ = run(capsys, "--data-dir", data_dir, "--demo", "groups", "--json")
    groups = json.loads(out)["groups"]
    assert code == 0
    assert len(groups) == int(summary[1]) > 0
    assert sum(g["members"] for g in groups) == int(summary[2])
    assert any(g["members"] > 0 for g in groups)

    code, out, _ = run(capsys, "--data-dir", data_dir, "groups", "--json")
    assert (code, json.loads(out)) == (0, {"groups": []})

    # Again: built afresh, not added to (populate_demo refuses a database with groups).
    assert run(capsys, "--data-dir", data_dir, "demo") == (0, created, "")


def test_the_demo_says_it_does_not_go_to_the_office_server(
    capsys, data_dir, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TKM_DATABASE_URL", "postgresql+psycopg://kantor@server/tkm")
    code, out, _ = run(capsys, "--data-dir", data_dir, "demo")
    assert code == 0 and "Basis data demo dibuat:" in out
    assert "TKM_DATABASE_URL tidak dipakai untuk demo" in out
    assert data_paths(data_dir).demo_db_file.exists()


def test_demo_window_creates_the_demo_on_first_use(capsys, data_dir, fake_gui) -> None:
    assert run(capsys, "--data-dir", data_dir, "--demo")[0] == 0
    assert fake_gui.window["demo"] is True
    assert data_paths(data_dir).demo_db_file.stat().st_size > 0  # made before the window


# --- the installed entry point --------------------------------------------------------------


def _script() -> list[str]:
    name = "tkm-desktop.exe" if sys.platform == "win32" else "tkm-desktop"
    return [str(Path(sysconfig.get_path("scripts")) / name)]


@pytest.mark.parametrize("command", [_script(), [sys.executable, "-m", "tkm_desktop"]])
def test_entry_point_prints_the_version(command: list[str]) -> None:
    result = subprocess.run(
        [*command, "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"TKM Desktop {__version__}\n",
        "",
    )
