"""``office``, ``signatory``, ``team`` and ``scheme`` through ``cli.main``, in-process.

An office that never opens the window must be able to fill in its letterhead and
signatory from the command line and then issue a letter.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from tkm_desktop import cli
from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.paths import data_paths
from tkm_desktop.services.bootstrap import default_scheme
from tkm_desktop.services.letter_sample import sample_logo
from tkm_desktop.services.synthetic import generate
from tkm_desktop.services.synthetic_rows import group_row
from tkm_desktop.store.db import Database, sqlite_url

PASSWORD = "rahasia-123"
NIP = "19680411 199303 1 009"


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


@pytest.fixture
def office_dir(tmp_path: Path) -> Path:
    return tmp_path / "kantor"


@pytest.fixture
def run_cli(office_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """``run_cli(*args, stdin=...)`` → (exit code, stdout, stderr) on the office's data folder."""

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main(["--data-dir", str(office_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def staff(run_cli) -> None:
    """The first admin, then a pejabat and a verifikator added by that admin."""
    code, _, err = run_cli("user", "add", "admin", "--role", "admin", "--password-stdin",
                           stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0, err
    for role in ("pejabat", "verifikator"):
        code, _, err = run_cli("user", "add", role, "--role", role, "--password-stdin",
                               "--user", "admin", stdin=PASSWORD + "\n")  # fmt: skip
        assert code == 0, err


def _recommended_group(office_dir: Path) -> int:
    """One recommended group, written the way services.letter_sample writes its groups."""
    db = Database(sqlite_url(data_paths(office_dir).db_file))
    try:
        with db.session() as s:
            scheme = default_scheme(s)
            data = generate(3, groups=1, members_per_group=scheme.members_max,
                            scheme_code=scheme.code, today=dt.date(2024, 12, 2))  # fmt: skip
            row = group_row(scheme.id, data.groups[0], GroupStatus.DIREKOMENDASIKAN.value)
            s.add(row)
            s.flush()
            return row.id
    finally:
        db.dispose()


def _json(run_cli, *args: str) -> dict:
    code, out, err = run_cli(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_an_office_set_up_on_the_command_line_issues_a_letter(
    run_cli, staff: None, office_dir: Path, tmp_path: Path
) -> None:
    group = str(_recommended_group(office_dir))
    pdf = tmp_path / "surat.pdf"
    code, _, err = run_cli("letter", group, "-o", str(pdf), "--user", "pejabat")
    assert code == 1 and "tkm-desktop office set" in err  # the refusal names the way out

    logo = tmp_path / "lambang.png"
    logo.write_bytes(sample_logo())
    code, out, err = run_cli("office", "set", "--region", "32.75", "--address",
                             "Jl. Ir. H. Juanda No. 100", "--logo", str(logo),
                             "--idle-lock", "30", "--user", "admin")  # fmt: skip
    assert code == 0, err
    assert "Pengaturan kantor disimpan." in out and "PEMERINTAH KOTA BEKASI" in out
    shown = _json(run_cli, "office", "show")
    assert shown["office"] | {"logo_bytes": 0} == {
        "region_code": "32.75", "government_name": "PEMERINTAH KOTA BEKASI",
        "office_name": "DINAS KETENAGAKERJAAN", "address": "Jl. Ir. H. Juanda No. 100",
        "phone": "", "email": "", "website": "", "place_name": "Bekasi",
        "letter_font": "Vera", "logo_bytes": 0,
    }  # fmt: skip
    assert shown["office"]["logo_bytes"] == len(sample_logo())
    assert shown["idle_lock_minutes"] == 30

    code, _, err = run_cli("letter", group, "-o", str(pdf), "--user", "pejabat")
    assert code == 1 and "penandatangan" in err  # the next gap: who signs

    code, out, err = run_cli("signatory", "add", "--name", "Dr. H. Ahmad Fauzi, M.Si.",
                             "--position", "KEPALA DINAS KETENAGAKERJAAN KOTA BEKASI",
                             "--rank", "Pembina Utama Muda (IV/c)", "--nip", NIP,
                             "--user", "admin")  # fmt: skip
    assert code == 0 and "(id 1)" in out, err
    [head] = _json(run_cli, "signatory", "list")["signatories"]
    assert (head["nip"], head["signing_mode"], head["is_default"]) == (
        "196804111993031009", None, True,
    )  # fmt: skip
    code, _, err = run_cli("team", "add", "--name", "Budi Santoso", "--position", "Pengantar Kerja",
                           "--user", "admin")  # fmt: skip
    assert code == 0, err
    assert [m["name"] for m in _json(run_cli, "team", "list")["team"]] == ["Budi Santoso"]

    code, out, err = run_cli("letter", group, "-o", str(pdf), "--user", "pejabat")
    assert code == 0, err
    assert "Surat terbit: Nomor 500.15.10/001/Disnaker/" in out
    assert pdf.read_bytes().startswith(b"%PDF")


def test_signatories_team_numbering_and_schemes(run_cli, staff: None) -> None:
    for name, mode in (("Kepala", []), ("Sekretaris", ["--mode", "a.n."])):
        code, _, err = run_cli("signatory", "add", "--name", name, "--position", name,
                               "--rank", "Pembina (IV/a)", "--nip", NIP, *mode,
                               "--user", "admin")  # fmt: skip
        assert code == 0, err
    assert run_cli("signatory", "default", "2", "--user", "admin")[0] == 0
    rows = _json(run_cli, "signatory", "list")["signatories"]
    assert [(r["id"], r["is_default"]) for r in rows] == [(2, True), (1, False)]
    assert run_cli("signatory", "remove", "2", "--user", "admin")[0] == 0
    rows = _json(run_cli, "signatory", "list")["signatories"]
    assert [(r["id"], r["is_default"]) for r in rows] == [(1, True)]  # a default is kept

    assert run_cli("team", "add", "--name", "Siti", "--user", "admin")[0] == 0
    assert run_cli("team", "remove", "1", "--user", "admin")[0] == 0
    code, out, _ = run_cli("team", "list")
    assert code == 0 and out.strip() == "Belum ada anggota tim verifikasi."

    code, out, err = run_cli("office", "numbering", "--pattern", "800/{urut}/TKM/{tahun}",
                             "--source", "manual", "--user", "admin")  # fmt: skip
    assert code == 0, err
    assert f"Contoh nomor berikutnya: 800/001/TKM/{dt.date.today().year}" in out  # none yet
    assert _json(run_cli, "office", "show")["numbering"]["source"] == "manual"

    schemes = _json(run_cli, "scheme", "list")["schemes"]
    other = next(s["code"] for s in schemes if not s["is_default"])
    code, out, err = run_cli("scheme", "default", other.lower(), "--user", "admin")
    assert code == 0 and f"Skema {other} kini skema bawaan." in out, err
    defaults = [s["code"] for s in _json(run_cli, "scheme", "list")["schemes"] if s["is_default"]]
    assert defaults == [other]


def test_refusals(run_cli, staff: None) -> None:
    code, _, err = run_cli("office", "set", "--region", "32.75", "--user", "verifikator")
    assert code == 1 and "tidak berwenang untuk mengubah pengaturan kantor" in err
    code, _, err = run_cli("signatory", "add", "--name", "X", "--position", "Kepala",
                           "--rank", "-", "--nip", "12345", "--user", "admin")  # fmt: skip
    assert code == 1 and "NIP harus 18 angka, bukan '12345'." in err
    code, _, err = run_cli("scheme", "default", "TKM-TIDAK-ADA", "--user", "admin")
    assert code == 1 and "Skema dengan kode 'TKM-TIDAK-ADA' tidak ada" in err
    code, _, err = run_cli("office", "set", "--region", "99.99", "--user", "admin")
    assert code == 1 and "Kode wilayah '99.99'" in err
    # A refused idle-lock time stores nothing else of the same command either.
    code, _, err = run_cli("office", "set", "--region", "32.75", "--idle-lock", "999",
                           "--user", "admin")  # fmt: skip
    assert code == 1 and "0 sampai 240 menit" in err
    assert _json(run_cli, "office", "show")["office"]["government_name"] == ""
    # Usage errors: no --user, nothing to change, an unknown signing mode.
    assert run_cli("team", "add", "--name", "Siti")[0] == 2
    assert run_cli("office", "set", "--user", "admin")[0] == 2
    assert run_cli("office", "numbering", "--source", "manual")[0] == 2
    assert run_cli("signatory", "add", "--name", "X", "--position", "Y", "--rank", "Z",
                   "--nip", NIP, "--mode", "an", "--user", "admin")[0] == 2  # fmt: skip
    assert _json(run_cli, "signatory", "list") == {"signatories": []}
