"""The audit records only what happened: no print for a PDF that never reached its file,
and no vet run (nor rewritten findings) by a role that may not vet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tkm_desktop import cli
from tkm_desktop.services.letter_sample import Sample, seed_sample
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, Finding, Group


@pytest.fixture
def sample(db: Database) -> Sample:
    return seed_sample(db, groups=2, members=4)


def _events(db: Database, action: str) -> list[tuple[int | None, dict[str, Any] | None]]:
    with db.reader() as s:
        query = select(AuditEvent.group_id, AuditEvent.after).where(AuditEvent.action == action)
        return [tuple(row) for row in s.execute(query.order_by(AuditEvent.id))]  # type: ignore[misc]


def _findings(db: Database, group_id: int) -> list[tuple[int, str]]:
    with db.reader() as s:
        query = select(Finding.id, Finding.code).where(Finding.group_id == group_id)
        return [tuple(row) for row in s.execute(query.order_by(Finding.id))]  # type: ignore[misc]


# --- letters: printed means written ------------------------------------------------------


def test_a_draft_that_cannot_be_written_is_not_recorded_as_printed(
    run_cli, db: Database, sample: Sample, tmp_path: Path
) -> None:
    g1 = str(sample.group_ids[0])
    folder = tmp_path / "letter.pdf"
    folder.mkdir()  # the name the clerk typed is a folder: the file cannot be written
    code, out, err = run_cli("letter", g1, "-o", str(folder), "--draft", "--user", "pejabat")
    assert code == 1 and out == ""  # the clerk's to fix, not an internal error
    assert f"Berkas {folder} tidak dapat ditulis atau dibuka: itu sebuah folder" in err
    assert "Kesalahan internal" not in err
    assert _events(db, "print") == []
    assert not (tmp_path / "letter.pdf.part").exists()

    pdf = tmp_path / "konsep.pdf"
    code, _, err = run_cli("letter", g1, "-o", str(pdf), "--draft", "--user", "pejabat")
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")
    assert _events(db, "print") == [(int(g1), {"document": "konsep", "kind": "surat"})]


def test_a_reprint_that_cannot_be_written_is_not_recorded(
    run_cli, db: Database, sample: Sample, tmp_path: Path
) -> None:
    g1 = str(sample.group_ids[0])
    code, _, err = run_cli("letter", g1, "-o", str(tmp_path / "surat.pdf"), "--user", "pejabat")
    assert code == 0, err
    assert [g for g, _ in _events(db, "issue")] == [int(g1)]  # issued and stored: true
    with db.reader() as s:
        letter_id = s.scalar(select(func.max(AuditEvent.entity_id)).where(
            AuditEvent.action == "issue"))  # fmt: skip
    folder = tmp_path / "ulang.pdf"
    folder.mkdir()
    code, _, _ = run_cli("letters", "reprint", str(letter_id), "-o", str(folder),
                         "--user", "pejabat")  # fmt: skip
    assert code != 0 and _events(db, "print") == []

    again = tmp_path / "cetak-ulang.pdf"
    code, _, err = run_cli("letters", "reprint", str(letter_id), "-o", str(again),
                           "--user", "pejabat")  # fmt: skip
    assert code == 0, err
    assert again.read_bytes() == (tmp_path / "surat.pdf").read_bytes()
    assert [g for g, _ in _events(db, "print")] == [int(g1)]


def test_a_recap_that_cannot_be_written_is_not_recorded_as_printed(
    run_cli, db: Database, sample: Sample, tmp_path: Path
) -> None:
    for name in ("rekap.xlsx", "rekap.pdf"):
        folder = tmp_path / name
        folder.mkdir()  # a folder where the file should go
        before = len(_events(db, "print"))
        args = ("document", "rekap", "-o", str(folder), "--user", "verifikator")
        code, _, err = run_cli(*args)
        assert code == 1 and "tidak dapat ditulis" in err, err
        assert len(_events(db, "print")) == before, name
        folder.rmdir()
        code, _, err = run_cli(*args)
        assert code == 0, err
        assert folder.is_file() and len(_events(db, "print")) == before + 1, name


# --- vet: only the roles that vet ---------------------------------------------------------


def _locked_group_with_letter(run_cli, sample: Sample, tmp_path: Path) -> int:
    gid = sample.group_ids[0]
    code, _, err = run_cli("letter", str(gid), "-o", str(tmp_path / "s.pdf"), "--user", "pejabat")
    assert code == 0, err
    return gid


@pytest.mark.parametrize("user", ["viewer", "pejabat"])
def test_a_role_that_does_not_vet_rewrites_nothing(
    run_cli, db: Database, sample: Sample, tmp_path: Path, user: str
) -> None:
    gid = _locked_group_with_letter(run_cli, sample, tmp_path)
    code, _, err = run_cli("vet", str(gid), "--json")  # as the contract's plain `vet` does
    assert code == 0, err
    before, vet_events = _findings(db, gid), _events(db, "vet")
    with db.reader() as s:
        vetted_at = s.get(Group, gid).vetted_at  # type: ignore[union-attr]

    code, out, err = run_cli("vet", str(gid), "--user", user)
    assert code == cli.EXIT_REFUSED and out == ""
    assert f"'{user}'" in err and "tidak berwenang untuk mengubah data kelompok" in err
    assert _findings(db, gid) == before and _events(db, "vet") == vet_events
    with db.reader() as s:
        assert s.get(Group, gid).vetted_at == vetted_at  # type: ignore[union-attr]


def test_the_verifier_and_the_plain_command_line_vet_a_locked_group(
    run_cli, db: Database, sample: Sample, tmp_path: Path
) -> None:
    gid = _locked_group_with_letter(run_cli, sample, tmp_path)
    code, _, err = run_cli("vet", str(gid), "--user", "verifikator")
    assert code == 0, err
    code, _, err = run_cli("vet", "--json")
    assert code == 0, err
    vets = _events(db, "vet")
    assert len(vets) == 2 and vets[0][0] == gid  # a run on one group is in its history
    with db.reader() as s:
        assert s.get(Group, gid).status == "direkomendasikan"  # type: ignore[union-attr]
