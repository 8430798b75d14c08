"""The verification papers on the demo office: contents, one register, drafts, audit, refusals."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.services import letters, paperwork
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.services.context import Actor
from tkm_desktop.services.demo import populate_demo
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.letter_register import VALID, verify_pdf
from tkm_desktop.services.users import actor_from_user
from tkm_desktop.services.vetting import vet_groups
from tkm_desktop.services.workflow import decide
from tkm_desktop.store.db import Database, sqlite_url
from tkm_desktop.store.models import (
    Attachment,
    AuditEvent,
    Group,
    Letter,
    LetterGroup,
    LetterSerial,
    Office,
    StatusChange,
    User,
    VerificationTeamMember,
)

S = GroupStatus
TODAY = dt.date(2025, 6, 2)
NOW = dt.datetime(2025, 6, 20, 3, 0, tzinfo=dt.UTC)
REJECTED_BECAUSE = "Lokasi usaha di luar wilayah kota (kunjungan lapangan)."


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    path = tmp_path_factory.mktemp("paperwork") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = open_database(sqlite_url(path))
    populate_demo(db, today=TODAY)
    db.dispose()
    return path


@pytest.fixture
def db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    database = open_database(sqlite_url(path))
    yield database
    database.dispose()


def actor(db: Database, name: str) -> Actor:
    with db.reader() as s:
        return actor_from_user(s.scalar(select(User).where(User.username == name)), "cli")


def groups_in(db: Database, *statuses: str) -> list[int]:
    with db.reader() as s:
        query = select(Group.id).where(Group.status.in_(statuses)).order_by(Group.id)
        return list(s.scalars(query))


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(p.extract_text().split()) for p in pages)


def count(db: Database, model) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def reject_one(db: Database) -> int:
    gid = groups_in(db, S.DIVERIFIKASI)[0]
    decide(db, actor(db, "pejabat"), [gid], S.DITOLAK, reason=REJECTED_BECAUSE)
    return gid


# --- Lembar Hasil Verifikasi ---------------------------------------------------------------


def test_the_sheet_holds_identity_checklist_findings_result_and_team(db: Database) -> None:
    returned, verified = groups_in(db, S.DIKEMBALIKAN)[0], groups_in(db, S.DIVERIFIKASI)[0]
    found = vet_groups(db, actor(db, "verifikator"), [returned]).groups[0]
    paper = paperwork.print_verification_sheet(
        db, actor(db, "verifikator"), [returned, verified], now=NOW
    )
    text = text_of(paper.data)
    with db.reader() as s:
        g1, g2 = s.get(Group, returned), s.get(Group, verified)
        names, documents = (g1.name, g2.name), list(g1.scheme.documents)
        received = {d.doc_type: d.received for d in g1.documents}
        reason = s.scalar(select(StatusChange.reason).where(StatusChange.group_id == returned))
        team = list(s.scalars(select(VerificationTeamMember.name)))
    assert paper.group_ids == (returned, verified) and paper.number == ""
    assert text.count("LEMBAR HASIL VERIFIKASI") == 2
    assert all(name in text for name in names)
    assert all(doc in text for doc in documents)
    # One mark per checklist row and one for the result, on each sheet.
    assert text.count("\u221a") == 2 * (len(documents) + 1)
    assert not all(received.values())  # the returned group still misses a paper
    assert "dinyatakan PERLU PERBAIKAN" in text and "dinyatakan MEMENUHI SYARAT" in text
    assert " ".join(reason.split()) in text
    assert all(" ".join(f.message().split()) in text for f in found.errors)
    assert all(name in text for name in team)
    with db.reader() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all()
    assert sorted(e.group_id for e in events) == sorted([returned, verified])
    assert all(e.after["document"] == "lembar-verifikasi" for e in events)


def test_the_sheet_needs_the_verification_team(db: Database) -> None:
    with db.session() as s:
        for member in s.scalars(select(VerificationTeamMember)):
            member.active = False
    with pytest.raises(InputRefused, match="Tim Verifikasi"):
        paperwork.print_verification_sheet(db, actor(db, "verifikator"), groups_in(db, S.DIUSULKAN))


# --- Berita Acara ----------------------------------------------------------------------------


def test_the_minutes_report_each_decision_once_with_reasons_and_counts(db: Database) -> None:
    rejected = reject_one(db)
    decided = groups_in(
        db, S.DIVERIFIKASI, S.DITOLAK, S.DIKEMBALIKAN, S.DIREKOMENDASIKAN, S.DIAJUKAN, S.DITETAPKAN
    )
    with db.reader() as s:
        assert paperwork.minutes_candidates(s) == decided
        names = {g.id: g.name for g in s.scalars(select(Group).where(Group.id.in_(decided)))}
        returned = groups_in(db, S.DIKEMBALIKAN)
        reasons = s.scalars(
            select(StatusChange.reason).where(
                StatusChange.group_id.in_(returned), StatusChange.to_status == S.DIKEMBALIKAN
            )
        ).all()
    paper = paperwork.issue_minutes(db, actor(db, "verifikator"), now=NOW)
    text = text_of(paper.data)
    assert paper.number == "500.15.10/001/Disnaker/2025"
    assert set(paper.group_ids) == set(decided)
    assert "BERITA ACARA HASIL VERIFIKASI" in text and f"NOMOR : {paper.number}" in text
    assert "Pada hari ini, Jumat tanggal dua puluh bulan Juni tahun dua ribu dua puluh lima" in text
    assert "(20-06-2025)" in text
    assert all(name in text for name in names.values())
    assert REJECTED_BECAUSE in text and all(" ".join(r.split()) in text for r in reasons)
    ms = len(decided) - 1 - len(returned)
    assert f"Memenuhi Syarat (MS) : {ms} kelompok" in text
    assert "Tidak Memenuhi Syarat (TMS) : 1 kelompok" in text
    assert f"Dikembalikan untuk perbaikan : {len(returned)} kelompok" in text
    assert f"Jumlah : {len(decided)} kelompok" in text
    with db.reader() as s:
        letter = s.get(Letter, paper.letter_id)
        linked = s.scalars(select(LetterGroup.group_id).where(LetterGroup.letter_id == letter.id))
        assert (letter.kind, letter.state, letter.number) == (
            "berita-acara",
            "issued",
            paper.number,
        )
        assert sorted(linked) == decided
        issued = s.scalars(select(AuditEvent.group_id).where(AuditEvent.action == "issue")).all()
        assert sorted(issued) == decided
    assert verify_pdf(db, paper.data).status == VALID

    # Reported once: nothing new to report, and a group named again is refused by number.
    with pytest.raises(InputRefused, match="Tidak ada hasil verifikasi"):
        paperwork.issue_minutes(db, actor(db, "verifikator"), now=NOW)
    with pytest.raises(InputRefused, match=f"Berita Acara Nomor {paper.number}") as refused:
        paperwork.issue_minutes(db, actor(db, "verifikator"), [rejected], now=NOW)
    assert f"letters reprint {paper.letter_id}" in refused.value.reasons[0]
    # A new decision makes the group a candidate again.
    verified = groups_in(db, S.DIVERIFIKASI)[0]
    decide(db, actor(db, "verifikator"), [verified], S.DIKEMBALIKAN, reason="Foto KTP buram.")
    with db.reader() as s:
        assert paperwork.minutes_candidates(s) == [verified]


def test_an_undecided_group_is_refused_from_the_minutes(db: Database) -> None:
    waiting = groups_in(db, S.DIUSULKAN)[0]
    with pytest.raises(InputRefused, match="belum ada hasil verifikasi"):
        paperwork.issue_minutes(db, actor(db, "verifikator"), [waiting], now=NOW)
    assert count(db, Letter) == 0


def test_a_draft_takes_no_number_and_stores_nothing(db: Database) -> None:
    events = count(db, AuditEvent)
    paper = paperwork.issue_minutes(db, actor(db, "verifikator"), draft=True, now=NOW)
    draft = paperwork.issue_return_letter(
        db, actor(db, "verifikator"), groups_in(db, S.DIKEMBALIKAN)[0], draft=True, now=NOW
    )
    assert (paper.number, paper.letter_id, draft.number) == ("", None, "")
    assert "KONSEP" in text_of(paper.data) and "500.15.10/ /Disnaker/2025" in text_of(paper.data)
    assert draft.attachment is not None
    assert count(db, Letter) == count(db, Attachment) == count(db, LetterSerial) == 0
    assert count(db, AuditEvent) == events + len(paper.group_ids) + 1  # print events only


# --- one register --------------------------------------------------------------------------


def test_letters_minutes_and_return_letters_share_one_register(db: Database) -> None:
    recommended = groups_in(db, S.DIREKOMENDASIKAN)
    returned = groups_in(db, S.DIKEMBALIKAN)
    pejabat, verifikator = actor(db, "pejabat"), actor(db, "verifikator")
    first = letters.issue_letter(db, pejabat, recommended[:1], now=NOW)
    minutes = paperwork.issue_minutes(db, verifikator, now=NOW)
    paperwork.issue_return_letter(db, verifikator, returned[1], draft=True, now=NOW)
    back = paperwork.issue_return_letter(db, verifikator, returned[0], now=NOW)
    last = letters.issue_letter(db, pejabat, recommended[1:2], now=NOW)
    numbers = [first.number, minutes.number, back.number, last.number]
    assert numbers == [f"500.15.10/{n:03d}/Disnaker/2025" for n in (1, 2, 3, 4)]
    with db.reader() as s:
        assert s.get(LetterSerial, 2025).last_serial == 4
        kinds = s.scalars(select(Letter.kind).order_by(Letter.serial)).all()
    assert kinds == ["surat", "berita-acara", "pengembalian", "surat"]


def test_an_office_numbering_by_hand_types_the_number(db: Database) -> None:
    with db.session() as s:
        s.scalar(select(Office)).number_source = "manual"
    verifikator = actor(db, "verifikator")
    with pytest.raises(InputRefused, match="ketik nomornya"):
        paperwork.issue_minutes(db, verifikator, now=NOW)
    paper = paperwork.issue_minutes(db, verifikator, number="500.15.10/ 41 /Disnaker/2025", now=NOW)
    assert paper.number == "500.15.10/41/Disnaker/2025"
    returned = groups_in(db, S.DIKEMBALIKAN)[0]
    with pytest.raises(InputRefused, match="sudah dipakai"):
        paperwork.issue_return_letter(db, verifikator, returned, number=paper.number, now=NOW)


# --- Surat Pengembalian --------------------------------------------------------------------


def test_the_return_letter_names_the_fixes_and_carries_the_marked_roster(db: Database) -> None:
    returned = groups_in(db, S.DIKEMBALIKAN)[0]
    verifikator = actor(db, "verifikator")
    found = vet_groups(db, verifikator, [returned]).groups[0]
    paper = paperwork.issue_return_letter(db, verifikator, returned, paper="f4", now=NOW)
    text = text_of(paper.data)
    with db.reader() as s:
        group = s.get(Group, returned)
        head, members = group.recommender_title, list(group.members)
        index = {m.id: i for i, m in enumerate(members)}
    assert paper.number == "500.15.10/001/Disnaker/2025"
    assert f"Yth. {head}" in text and "Pengembalian Usulan" in text
    opened = [f for f in found.findings if f.severity == "error" or not f.acknowledged]
    assert opened, "the demo's returned groups hold findings"
    for f in opened:
        assert " ".join(f.message(masked=True).split()) in text
    for f in opened:
        if f.member_id is not None:
            m = members[index[f.member_id]]
            assert mask_nik(m.nik) in text and m.nik not in text  # the letter masks NIKs
    # The roster attachment: every open finding on its member's row, with a Keterangan.
    book = load_workbook(io.BytesIO(paper.attachment))
    assert book.sheetnames == ["Ringkasan", "Anggota", "Kelompok"]
    roster = book["Anggota"]
    header = [c.value for c in roster[1]]
    note = header.index("Keterangan")
    for f in opened:
        if f.member_id is not None:
            row = [c.value for c in roster[2 + index[f.member_id]]]
            assert row[header.index("NIK")] == members[index[f.member_id]].nik
            assert f.message() in row[note]
    # Stored as issued: reprinted byte for byte, verified as valid; issued once per return.
    assert letters.reprint_letter(db, verifikator, paper.letter_id)[1] == paper.data
    assert verify_pdf(db, paper.data).status == VALID
    with pytest.raises(InputRefused, match="sudah terbit"):
        paperwork.issue_return_letter(db, verifikator, returned, now=NOW)


def test_only_a_returned_group_gets_a_return_letter(db: Database) -> None:
    verified = groups_in(db, S.DIVERIFIKASI)[0]
    with pytest.raises(InputRefused, match="hanya untuk kelompok berstatus Dikembalikan"):
        paperwork.issue_return_letter(db, actor(db, "verifikator"), verified, now=NOW)
    assert count(db, Letter) == 0


# --- who may print -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["viewer", "admin"])
def test_only_verifiers_and_officials_print_papers(db: Database, name: str) -> None:
    who = actor(db, name)
    events = count(db, AuditEvent)
    calls = [
        lambda: paperwork.print_verification_sheet(db, who, groups_in(db, S.DIVERIFIKASI)),
        lambda: paperwork.issue_minutes(db, who),
        lambda: paperwork.issue_return_letter(db, who, groups_in(db, S.DIKEMBALIKAN)[0]),
        lambda: paperwork.print_recap(db, who),
    ]
    for call in calls:
        with pytest.raises(InputRefused, match="tidak berwenang untuk mencetak dokumen"):
            call()
    assert count(db, AuditEvent) == events and count(db, Letter) == 0


def test_an_unknown_paper_size_is_refused(db: Database) -> None:
    with pytest.raises(InputRefused, match="Ukuran kertas"):
        paperwork.print_recap(db, actor(db, "pejabat"), paper="letter")


# --- what the window asks first -------------------------------------------------------------


def test_the_plans_name_the_groups_and_whether_the_number_is_typed(db: Database) -> None:
    decided = groups_in(
        db, S.DIVERIFIKASI, S.DITOLAK, S.DIKEMBALIKAN, S.DIREKOMENDASIKAN, S.DIAJUKAN, S.DITETAPKAN
    )
    plan = paperwork.minutes_plan(db)
    assert not plan.manual_number
    assert [g.id for g in plan.groups] == decided
    returned = groups_in(db, S.DIKEMBALIKAN)[0]
    with db.session() as s:
        s.scalar(select(Office)).number_source = "manual"
    plan = paperwork.return_plan(db, returned)
    assert plan.manual_number
    assert [(g.id, g.status) for g in plan.groups] == [(returned, S.DIKEMBALIKAN.value)]
    with pytest.raises(InputRefused, match="Kelompok 99999 tidak ada"):
        paperwork.return_plan(db, 99999)


def test_the_returned_roster_marks_missing_birth_data_in_its_own_column() -> None:
    from tkm_desktop.excel.roster_writer import MEMBER_HEADERS
    from tkm_desktop.services.return_workbook import _MEMBER_LETTERS, column_letter

    for code, heading in (
        ("SEX_MISSING", "Jenis Kelamin (L/P)"),
        ("BIRTH_DATE_MISSING", "Tanggal Lahir"),
        ("BIRTH_PLACE_MISSING", "Tempat Lahir"),
    ):
        assert _MEMBER_LETTERS[code] == column_letter(MEMBER_HEADERS.index(heading)), code
