"""Issuing letters: the register's numbers, one transaction, reprints, corrections, verification."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading

import pytest
from sqlalchemy import func, select

from tkm_desktop.services import letters
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.letter_code import parse_code
from tkm_desktop.services.letter_register import (
    ALTERED,
    REVOKED,
    UNKNOWN,
    VALID,
    list_letters,
    verify_code,
    verify_pdf,
)
from tkm_desktop.services.letter_sample import Sample, seed_sample
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import (
    Attachment,
    AuditEvent,
    Group,
    Letter,
    LetterSerial,
    Office,
)

NOW = dt.datetime(2024, 12, 22, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
def sample(db: Database) -> Sample:
    return seed_sample(db, groups=4, members=10)


def actor(sample: Sample, role: str = "pejabat") -> Actor:
    return Actor("cli", "tester", sample.users[role], role, role)


def issue(db: Database, sample: Sample, *ids: int, **kw) -> letters.IssuedLetter:
    return letters.issue_letter(db, actor(sample), ids or sample.group_ids[:1], now=NOW, **kw)


def count(db: Database, model) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_numbers_follow_the_register_without_gaps(db: Database, sample: Sample) -> None:
    gids = sample.group_ids
    first = issue(db, sample, gids[0])
    second = issue(db, sample, gids[1], gids[2], paper="f4")
    assert first.number == "500.15.10/001/Disnaker/2024"
    assert second.number == "500.15.10/002/Disnaker/2024"
    assert first.letter_date == NOW.astimezone().date()
    with db.reader() as s:
        assert s.get(LetterSerial, 2024).last_serial == 2
        letter = s.get(Letter, second.letter_id)
        stored = s.get(Attachment, letter.pdf_attachment_id)
        assert (letter.state, letter.paper, letter.pdf_sha256) == ("issued", "f4", second.sha256)
        assert bytes(stored.data) == second.pdf
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "issue")).all()
        assert sorted(e.group_id for e in events) == sorted(gids[:3])


def test_a_reprint_gives_the_identical_bytes(db: Database, sample: Sample) -> None:
    issued = issue(db, sample)
    number, pdf = letters.reprint_letter(db, actor(sample, "verifikator"), issued.letter_id)
    assert (number, pdf) == (issued.number, issued.pdf)


def test_a_failure_mid_issue_uses_no_number(db: Database, sample: Sample, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(letters, "_render", broken)
    with pytest.raises(RuntimeError):
        issue(db, sample)
    assert count(db, Letter) == count(db, Attachment) == 0
    monkeypatch.undo()
    assert issue(db, sample).number == "500.15.10/001/Disnaker/2024"


def test_a_process_dying_mid_issue_uses_no_number(db: Database, sample: Sample) -> None:
    # The child is killed after the serial is taken and the letter row written, before commit.
    code = f"""
import datetime as dt, os
from tkm_desktop.services import letters
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database
letters.Attachment = lambda **kw: os._exit(9)
letters.issue_letter(Database({db.url!r}), Actor("cli", "x", {sample.users["pejabat"]},
                     "pejabat", "pejabat"), [{sample.group_ids[0]}])
"""
    result = subprocess.run([sys.executable, "-c", code], timeout=120, capture_output=True)
    assert result.returncode == 9, result.stderr.decode()
    assert count(db, Letter) == 0
    assert issue(db, sample).number.startswith("500.15.10/001/")


def test_two_clerks_issuing_at_once_never_share_a_number(db: Database) -> None:
    sample = seed_sample(db, groups=8, members=3)
    barrier = threading.Barrier(2)
    numbers: list[str] = []
    errors: list[BaseException] = []

    def clerk(ids: list[int]) -> None:
        own = Database(db.url)  # a clerk of their own: another engine, other connections
        try:
            barrier.wait()
            for gid in ids:
                numbers.append(letters.issue_letter(own, actor(sample), [gid], now=NOW).number)
        except BaseException as exc:
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=clerk, args=(sample.group_ids[i::2],)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    serials = sorted(int(n.split("/")[1]) for n in numbers)
    assert serials == list(range(1, 9))
    with db.reader() as s:
        assert s.get(LetterSerial, 2024).last_serial == 8


def test_only_recommended_groups_by_an_allowed_user(db: Database, sample: Sample) -> None:
    with db.session() as s:
        s.get(Group, sample.group_ids[3]).status = "diverifikasi"
    with pytest.raises(InputRefused, match="hanya untuk kelompok berstatus Direkomendasikan"):
        issue(db, sample, sample.group_ids[3])
    with pytest.raises(InputRefused, match="tidak berwenang untuk menerbitkan surat"):
        letters.issue_letter(db, actor(sample, "verifikator"), sample.group_ids[:1])
    with pytest.raises(InputRefused, match="Kelompok dengan nomor 999 tidak ada"):
        issue(db, sample, 999)
    assert count(db, Letter) == 0


def test_a_group_gets_one_letter_until_it_is_corrected(db: Database, sample: Sample) -> None:
    old = issue(db, sample, *sample.group_ids[:2])
    with pytest.raises(InputRefused, match=r"sudah mendapat surat Nomor 500\.15\.10/001"):
        issue(db, sample, sample.group_ids[1])
    with pytest.raises(InputRefused, match="wajib disertai alasan"):
        issue(db, sample, replaces=old.letter_id)
    new = letters.issue_letter(
        db, actor(sample), [], now=NOW, replaces=old.letter_id, reason="Salah ketik nama ketua"
    )
    assert new.number == "500.15.10/002/Disnaker/2024"
    assert new.group_ids == tuple(sample.group_ids[:2])
    rows = {r.id: r for r in list_letters(db._sessions())}
    assert rows[old.letter_id].state == "revoked"
    assert rows[old.letter_id].revoked_reason == "Salah ketik nama ketua"
    assert rows[new.letter_id].replaces_id == old.letter_id


def test_typed_numbers_follow_the_pattern_and_are_unique(db: Database, sample: Sample) -> None:
    with db.session() as s:
        s.scalars(select(Office)).one().number_source = "manual"
    gids = sample.group_ids
    with pytest.raises(InputRefused, match="ketik nomornya"):
        issue(db, sample, gids[0])
    with pytest.raises(InputRefused, match="tidak sesuai pola nomor kantor"):
        issue(db, sample, gids[0], number="560/12/Disnaker/2024")
    with pytest.raises(InputRefused, match="tidak sesuai pola"):
        issue(db, sample, gids[0], number="500.15.10/12/Disnaker/2023")  # another year
    done = issue(db, sample, gids[0], number="Nomor: 500.15.10/ 12 /Disnaker/2024")
    assert done.number == "500.15.10/12/Disnaker/2024"
    with pytest.raises(InputRefused, match="Nomor urut 12 tahun 2024 sudah dipakai"):
        issue(db, sample, gids[1], number="500.15.10/012/Disnaker/2024")
    letters.revoke_letter(db, actor(sample), done.letter_id, "batal")
    with pytest.raises(InputRefused, match="sudah dipakai"):  # a revoked number stays used
        issue(db, sample, gids[1], number="500.15.10/12/Disnaker/2024")


def test_the_register_refuses_a_typed_number(db: Database, sample: Sample) -> None:
    with pytest.raises(InputRefused, match="penomoran otomatis"):
        issue(db, sample, number="500.15.10/5/Disnaker/2024")


def test_a_draft_has_no_number_and_is_not_stored(db: Database, sample: Sample) -> None:
    pdf = letters.draft_letter(db, actor(sample, "verifikator"), sample.group_ids[:2], now=NOW)
    assert pdf.startswith(b"%PDF") and b"tkmv:" not in pdf
    assert count(db, Letter) == count(db, Attachment) == 0
    assert count(db, LetterSerial) == 0
    with pytest.raises(InputRefused, match="tidak berwenang"):
        letters.draft_letter(db, actor(sample, "viewer"), sample.group_ids[:1])


def test_verify_tells_genuine_from_altered_revoked_and_unknown(
    db: Database, sample: Sample, tmp_path
) -> None:
    issued = issue(db, sample, *sample.group_ids[:2])
    assert verify_pdf(db, issued.pdf).status == VALID
    verdict = verify_code(db, issued.code)
    assert (verdict.status, verdict.number, verdict.members) == (VALID, issued.number, 20)
    # Typed by hand: spaces, line breaks and lower case do not matter.
    assert verify_code(db, "|\n ".join(issued.code.lower().split("|"))).status == VALID
    # The same file with one byte changed still carries the code: altered.
    tampered = issued.pdf.replace(b"/Trapped /False", b"/Trapped /True ")
    assert tampered != issued.pdf
    assert verify_pdf(db, tampered).status == ALTERED
    # A code with another member count (or a made-up signature): altered.
    code = parse_code(issued.code)
    forged = issued.code.replace("|2|20|", "|2|25|")
    assert code is not None and verify_code(db, forged).status == ALTERED
    # Unknown: a number not in the register, a text that is no code, a PDF without code.
    assert verify_code(db, issued.code.replace("/001/", "/077/")).status == UNKNOWN
    assert verify_code(db, "bukan kode").status == UNKNOWN
    draft = letters.draft_letter(db, actor(sample), sample.group_ids[2:3], now=NOW)
    assert verify_pdf(db, draft).status == UNKNOWN
    # Revoked: the file and the code say so.
    letters.revoke_letter(db, actor(sample), issued.letter_id, "Diganti surat baru")
    assert verify_pdf(db, issued.pdf).status == REVOKED
    revoked = verify_code(db, issued.code)
    assert revoked.status == REVOKED and revoked.revoked_reason == "Diganti surat baru"


def test_verify_reads_the_printed_code_when_the_keywords_are_gone(
    db: Database, sample: Sample
) -> None:
    issued = issue(db, sample)
    stripped = issued.pdf.replace(b"tkmv:", b"xxxx:")
    assert verify_pdf(db, stripped).status == ALTERED


def test_a_letter_from_another_office_is_unknown(db: Database, sample: Sample, tmp_path) -> None:
    from tkm_desktop.services.bootstrap import open_database
    from tkm_desktop.store.db import sqlite_url

    other = open_database(sqlite_url(tmp_path / "other.sqlite3"))
    try:
        theirs = seed_sample(other, groups=1, members=3)
        foreign = letters.issue_letter(other, actor(theirs), theirs.group_ids, now=NOW)
    finally:
        other.dispose()
    issue(db, sample)  # the same number exists here, signed with another key
    assert verify_pdf(db, foreign.pdf).status == ALTERED
    assert verify_code(db, foreign.code).status == ALTERED
    with db.session() as s:
        s.scalars(select(Letter)).one().number = "500.15.10/999/Disnaker/2024"
    assert verify_code(db, foreign.code).status == UNKNOWN


def test_the_scan_of_the_signed_letter_is_kept(db: Database, sample: Sample) -> None:
    issued = issue(db, sample)
    with pytest.raises(InputRefused, match="PDF, JPG, PNG atau TIFF"):
        letters.attach_scan(db, actor(sample), issued.letter_id, "scan.docx", b"x")
    letters.attach_scan(db, actor(sample), issued.letter_id, "ttd.jpg", b"\xff\xd8scan")
    with db.reader() as s:
        letter = s.get(Letter, issued.letter_id)
        scan = s.get(Attachment, letter.scan_attachment_id)
        assert (scan.kind, scan.media_type, bytes(scan.data)) == (
            "letter_scan",
            "image/jpeg",
            b"\xff\xd8scan",
        )
    assert list_letters(db._sessions())[0].has_scan


def test_without_office_or_signatory_nothing_is_issued(db: Database) -> None:
    sample = seed_sample(db, groups=1, members=3)
    with db.session() as s:
        s.scalars(select(Office)).one().office_name = ""
    with pytest.raises(InputRefused, match="Data kantor untuk kop surat"):
        issue(db, sample)
    assert count(db, LetterSerial) == 0


def test_regional_head_reads_as_running_text_not_letterhead_capitals() -> None:
    from tkm_desktop.services.letter_content import region_of, regional_head
    from tkm_desktop.store.models import Office

    typed = Office(government_name="PEMERINTAH KOTA BEKASI", region_code="32.75")
    assert regional_head(region_of(typed)) == "Wali Kota Bekasi"
    no_code = Office(government_name="PEMERINTAH KABUPATEN BOGOR", region_code="")
    assert regional_head(region_of(no_code)) == "Bupati Bogor"


def test_looking_at_a_letter_is_audited_as_seen_and_a_reprint_as_printed(
    db: Database, sample: Sample
) -> None:
    issued = issue(db, sample)
    clerk = actor(sample, "verifikator")
    assert letters.letter_pdf(db, clerk, issued.letter_id) == (issued.number, issued.pdf)
    letters.reprint_letter(db, clerk, issued.letter_id)
    with db.reader() as s:
        query = select(AuditEvent.action, AuditEvent.after).where(
            AuditEvent.entity == "letter", AuditEvent.action.in_(["view", "print"])
        )
        seen = {(action, after["document"]) for action, after in s.execute(query)}
    assert seen == {("view", "surat"), ("print", "cetak ulang")}
    assert letters.KIND_LETTER in letters.KINDS and letters.KIND_RECOMMENDATION in letters.KINDS
