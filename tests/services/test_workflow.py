"""The status workflow in the database: roles, reasons, findings, verifier, claims, locks, audit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.workflow_support import add_group, office_people
from tkm_desktop.domain.nik import make_nik, mask_nik
from tkm_desktop.domain.workflow import Via
from tkm_desktop.services import audit, users
from tkm_desktop.services import workflow as wf
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.permissions import PermissionDenied
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import (
    FindingAck,
    Group,
    Letter,
    LetterGroup,
    Member,
    NikClaim,
    StatusChange,
)

SK_DATE = dt.date(2024, 5, 2)


@pytest.fixture
def people(db: Database) -> dict[str, Actor]:
    """admin, two verifikator, two pejabat, a viewer; actors on the command line."""
    return office_people(db, [
        ("admin", "admin"), ("vera", "verifikator"), ("vito", "verifikator"),
        ("peni", "pejabat"), ("paul", "pejabat"), ("vivi", "viewer"),
    ])  # fmt: skip


def status(db: Database, gid: int) -> str:
    with db.reader() as s:
        return s.get(Group, gid).status  # type: ignore[union-attr]


def set_member(db: Database, gid: int, position: int, **values: object) -> str:
    with db.session() as s:
        m = s.scalars(
            select(Member).where(Member.group_id == gid, Member.position == position)
        ).one()
        for key, value in values.items():
            setattr(m, key, value)
        return m.nik


def claims(s: Session, gid: int) -> int:
    return s.scalar(select(func.count(NikClaim.id)).where(NikClaim.group_id == gid)) or 0


def recommend(db: Database, people: dict[str, Actor], *gids: int) -> None:
    wf.decide(db, people["vera"], list(gids), "diverifikasi")
    wf.decide(db, people["peni"], list(gids), "direkomendasikan")


# --- verification ---------------------------------------------------------------


def test_errors_block_verification_and_warnings_need_a_note(db: Database, people) -> None:
    gid = add_group(db, 1)
    woman = set_member(db, gid, 5, sex="L")  # a woman's NIK marked L
    with pytest.raises(InputRefused) as refused:
        wf.decide(db, people["vera"], [gid], "diverifikasi")
    [reason] = refused.value.reasons
    assert "NIK_SEX_MISMATCH" in reason and mask_nik(woman) in reason and woman not in reason
    assert status(db, gid) == "diusulkan"
    with pytest.raises(InputRefused, match="adalah kesalahan dan tidak dapat diterima"):
        wf.acknowledge(db, people["vera"], gid, "NIK_SEX_MISMATCH", woman, "x")
    set_member(db, gid, 5, sex="P")
    odd_kk = set_member(db, gid, 3, kk="123")  # a KK_FORMAT warning
    with pytest.raises(InputRefused, match="belum diberi catatan"):
        wf.decide(db, people["vera"], [gid], "diverifikasi")
    with pytest.raises(InputRefused, match="Catatan wajib"):
        wf.acknowledge(db, people["vera"], gid, "KK_FORMAT", odd_kk, "  ")
    with pytest.raises(InputRefused, match="tidak memiliki temuan"):
        wf.acknowledge(db, people["vera"], gid, "KK_FORMAT", woman, "ok")
    with pytest.raises(PermissionDenied):
        wf.acknowledge(db, people["peni"], gid, "KK_FORMAT", odd_kk, "ok")
    wf.acknowledge(db, people["vera"], gid, "kk_format", odd_kk, "KK baru,  dicek")
    [decision] = wf.decide(db, people["vera"], [gid], "diverifikasi")
    assert (decision.from_status, decision.to_status) == ("diusulkan", "diverifikasi")
    with db.reader() as s:
        ack = s.scalars(select(FindingAck)).one()
        assert (ack.code, ack.nik, ack.note, ack.user_id) == (
            "KK_FORMAT", odd_kk, "KK baru, dicek", people["vera"].user_id,
        )  # fmt: skip


def member_nik(db: Database, gid: int, position: int) -> str:
    with db.reader() as s:
        return s.scalars(
            select(Member.nik).where(Member.group_id == gid, Member.position == position)
        ).one()


@pytest.mark.parametrize(
    ("who", "target", "allowed"),
    [
        ("vivi", "diverifikasi", False),
        ("peni", "diverifikasi", False),
        ("admin", "diverifikasi", False),
        ("vera", "diverifikasi", True),
        ("peni", "dikembalikan", False),
        ("vera", "dikembalikan", True),
        ("vera", "ditolak", False),
        ("peni", "ditolak", True),
        ("vera", "dibatalkan", False),
        ("peni", "dibatalkan", False),
        ("admin", "dibatalkan", True),
    ],
)
def test_who_may_decide(db: Database, people, who: str, target: str, allowed: bool) -> None:
    gid = add_group(db, 2)
    call = lambda: wf.decide(db, people[who], [gid], target, reason="alasan")  # noqa: E731
    if allowed:
        call()
        assert status(db, gid) == target
    else:
        with pytest.raises(PermissionDenied):
            call()
        assert status(db, gid) == "diusulkan"


def test_the_command_line_without_a_user_may_not_decide(db: Database) -> None:
    gid = add_group(db, 3)
    with pytest.raises(PermissionDenied, match="--user"):
        wf.decide(db, Actor.anonymous("cli"), [gid], "diverifikasi")


@pytest.mark.parametrize(("who", "target"), [("vera", "dikembalikan"), ("peni", "ditolak")])
def test_returning_and_rejecting_need_a_reason(db: Database, people, who, target) -> None:
    gid = add_group(db, 4)
    with pytest.raises(InputRefused, match="alasan"):
        wf.decide(db, people[who], [gid], target, reason=" ")
    wf.decide(db, people[who], [gid], target, reason="Fotokopi KTP tidak terbaca")
    with db.reader() as s:
        change = s.scalars(select(StatusChange)).one()
        assert (change.from_status, change.to_status, change.reason, change.user_id) == (
            "diusulkan", target, "Fotokopi KTP tidak terbaca", people[who].user_id,
        )  # fmt: skip


def test_wrong_source_status_and_unknown_status_are_refused(db: Database, people) -> None:
    gid = add_group(db, 5)
    with pytest.raises(InputRefused, match="tidak dapat dicapai"):
        wf.decide(db, people["peni"], [gid], "direkomendasikan")
    with pytest.raises(InputRefused, match="tidak dikenal"):
        wf.decide(db, people["peni"], [gid], "lulus")
    with pytest.raises(InputRefused, match="ID 999"):
        wf.decide(db, people["vera"], [gid, 999], "diverifikasi")


def test_a_bulk_decision_is_all_or_nothing(db: Database, people) -> None:
    good, bad = add_group(db, 6), add_group(db, 7)
    set_member(db, bad, 0, role="Anggota")  # no Ketua
    with pytest.raises(InputRefused) as refused:
        wf.decide(db, people["vera"], [good, bad], "diverifikasi")
    assert len(refused.value.reasons) == 1 and f"Kelompok {bad}" in refused.value.reasons[0]
    assert (status(db, good), status(db, bad)) == ("diusulkan", "diusulkan")


# --- recommendation and claims --------------------------------------------------


def test_the_verifier_may_not_recommend(db: Database, people) -> None:
    gid = add_group(db, 8)
    wf.decide(db, people["vera"], [gid], "diverifikasi")
    with db.session() as s:
        users.set_role(s, people["admin"], "vera", "pejabat")
        vera_now = users.actor_for(s, "vera", "cli")
    with pytest.raises(InputRefused, match="tidak boleh pengguna yang memverifikasinya"):
        wf.decide(db, vera_now, [gid], "direkomendasikan")
    with pytest.raises(PermissionDenied):
        wf.decide(db, people["vito"], [gid], "direkomendasikan")
    wf.decide(db, people["peni"], [gid], "direkomendasikan")
    with db.reader() as s:
        assert claims(s, gid) == 10
        assert wf.roster_locked(s.get(Group, gid))


def test_a_claimed_nik_blocks_a_second_recommendation(db: Database, people) -> None:
    first = add_group(db, 9)
    recommend(db, people, first)
    # The first group's roster is opened and a member replaced; the old NIK stays claimed
    # until the roster is locked again, and meanwhile another group proposes that person.
    wf.unlock_roster(db, people["peni"], first, "Anggota pindah domisili")
    moved = member_nik(db, first, 6)
    newcomer = dt.date(1980, 3, 3)
    set_member(db, first, 6, nik=make_nik("32.75.01", newcomer, "L", 999), birth_date=newcomer)
    second = add_group(db, 10, niks={6: moved})
    wf.decide(db, people["vera"], [second], "diverifikasi")
    with pytest.raises(InputRefused) as refused:
        wf.decide(db, people["peni"], [second], "direkomendasikan")
    [reason] = refused.value.reasons
    assert mask_nik(moved) in reason and f"kelompok {first} (Kelompok 9)" in reason
    assert moved not in reason
    assert status(db, second) == "diverifikasi"


def test_the_unique_key_is_the_guarantee(db: Database, people, monkeypatch) -> None:
    first, second = add_group(db, 11), add_group(db, 12)
    recommend(db, people, first)
    wf.decide(db, people["vera"], [second], "diverifikasi")
    with db.session() as s:  # a claim slipped in by another clerk, between check and write
        scheme_id = s.get(Group, first).scheme_id  # type: ignore[union-attr]
        s.add(NikClaim(scheme_id=scheme_id, nik=member_nik(db, second, 2), group_id=first))
    monkeypatch.setattr(wf, "claim_conflicts", lambda session, groups: [])
    with pytest.raises(InputRefused, match="sudah diklaim"):
        wf.decide(db, people["peni"], [second], "direkomendasikan")
    assert status(db, second) == "diverifikasi"
    with db.reader() as s:
        assert claims(s, second) == 0


@pytest.mark.parametrize("release", ["ditolak", "dibatalkan", "tidak_ditetapkan"])
def test_claims_are_released(db: Database, people, release: str) -> None:
    gid = add_group(db, 13)
    recommend(db, people, gid)
    if release == "ditolak":
        with pytest.raises(InputRefused, match="tidak dapat dicapai"):
            wf.decide(db, people["peni"], [gid], release, reason="x")
        with db.reader() as s:
            assert claims(s, gid) == 10
        return
    with db.session() as s:
        wf.change_status(s, people["peni"], [gid], "diajukan", via=Via.EXPORT)
    if release == "dibatalkan":
        wf.decide(db, people["admin"], [gid], release, reason="Ketua meninggal dunia")
    else:
        wf.decide(db, people["peni"], [gid], release, sk_number="KEP.9/2024", sk_date=SK_DATE)
    with db.reader() as s:
        assert claims(s, gid) == 0


def test_sk_in_bulk_then_disbursement(db: Database, people) -> None:
    a, b = add_group(db, 14), add_group(db, 15)
    recommend(db, people, a, b)
    with pytest.raises(InputRefused, match="ekspor"):
        wf.decide(db, people["peni"], [a, b], "diajukan")
    with db.session() as s:
        wf.change_status(s, people["peni"], [a, b], "diajukan", via=Via.EXPORT)
    with pytest.raises(InputRefused) as refused:
        wf.decide(db, people["peni"], [a, b], "ditetapkan")
    assert len(refused.value.reasons) == 4  # number and date, for each group
    decided = wf.decide(db, people["peni"], [a, b], "ditetapkan", sk_number="KEP.5/LATTAS/2024",
                        sk_date=SK_DATE, amount=Decimal(20_000_000))  # fmt: skip
    assert [d.to_status for d in decided] == ["ditetapkan", "ditetapkan"]
    with pytest.raises(InputRefused, match="jumlah dana"):
        wf.decide(db, people["peni"], [a], "dana_cair", on_date=dt.date(2024, 6, 1))
    wf.decide(db, people["peni"], [a], "dana_cair", on_date=dt.date(2024, 6, 1),
              amount=Decimal(20_000_000))  # fmt: skip
    with db.reader() as s:
        g = s.get(Group, a)
        assert (g.status, g.sk_number, g.sk_date, g.amount_granted) == (
            "dana_cair", "KEP.5/LATTAS/2024", SK_DATE, Decimal(20_000_000),
        )  # fmt: skip
        assert (g.disbursed_on, g.disbursed_amount) == (dt.date(2024, 6, 1), Decimal(20_000_000))
        change = s.scalars(select(StatusChange).where(StatusChange.group_id == b)
                           .order_by(StatusChange.id.desc())).first()  # fmt: skip
        assert change.reason == "SK KEP.5/LATTAS/2024 tanggal 2 Mei 2024"


# --- the roster lock ------------------------------------------------------------


def test_unlocking_takes_a_reason_and_revokes_issued_letters(db: Database, people) -> None:
    gid, other = add_group(db, 16), add_group(db, 17)
    with pytest.raises(InputRefused, match="tidak terkunci"):
        wf.unlock_roster(db, people["peni"], gid, "ganti anggota")
    recommend(db, people, gid, other)
    with db.session() as s:
        issued = Letter(kind="rekomendasi", number="500.15/1/2024", year=2024, serial=1,
                        state="issued")  # fmt: skip
        draft = Letter(kind="rekomendasi", state="draft")
        # Minutes of a verification round also list the group, but stay valid:
        # they record what the team decided, not the roster now being changed.
        minutes = Letter(kind="berita-acara", number="500.15/2/2024", year=2024, serial=2,
                         state="issued")  # fmt: skip
        s.add_all([issued, draft, minutes])
        s.flush()
        s.add_all([LetterGroup(letter_id=issued.id, group_id=gid),
                   LetterGroup(letter_id=issued.id, group_id=other),
                   LetterGroup(letter_id=draft.id, group_id=gid),
                   LetterGroup(letter_id=minutes.id, group_id=gid)])  # fmt: skip
        ids = (issued.id, draft.id, minutes.id)
    with pytest.raises(InputRefused, match="alasan"):
        wf.unlock_roster(db, people["peni"], gid, "")
    with pytest.raises(PermissionDenied):
        wf.unlock_roster(db, people["vera"], gid, "ganti anggota")
    result = wf.unlock_roster(db, people["peni"], gid, "Anggota ke-7 meninggal dunia")
    assert result.revoked_letters == [ids[0]]
    with db.reader() as s:
        letter, draft_now = s.get(Letter, ids[0]), s.get(Letter, ids[1])
        assert letter.state == "revoked" and "meninggal dunia" in letter.revoked_reason
        assert letter.revoked_by_id == people["peni"].user_id and letter.revoked_at is not None
        assert draft_now.state == "draft"
        assert s.get(Letter, ids[2]).state == "issued"
        g = s.get(Group, gid)
        assert g.roster_unlocked and not wf.roster_locked(g)
        # The other group on the same letter sees the revocation in its history too.
        assert [e.action for e in audit.history(s, other)][-1] == "revoke"
    with pytest.raises(InputRefused), db.reader() as s:
        wf.require_roster_editable(s.get(Group, other))
    set_member(db, gid, 7, nik=make_nik("32.75.01", dt.date(1977, 5, 8), "L", 4242))
    new_nik = member_nik(db, gid, 7)
    wf.lock_roster(db, people["peni"], gid)
    with db.reader() as s:
        held = set(s.scalars(select(NikClaim.nik).where(NikClaim.group_id == gid)))
        assert new_nik in held and len(held) == 10
        assert wf.roster_locked(s.get(Group, gid))


# --- the audit trail ------------------------------------------------------------


def test_the_history_tells_the_whole_story(db: Database, people) -> None:
    gid = add_group(db, 18)
    set_member(db, gid, 3, kk="123")
    wf.acknowledge(db, people["vera"], gid, "KK_FORMAT", member_nik(db, gid, 3), "KK lama")
    recommend(db, people, gid)
    wf.unlock_roster(db, people["peni"], gid, "ganti bendahara")
    with db.reader() as s:
        events = audit.history(s, gid)
        assert audit.verify_chain(s).ok
    assert [(e.action, e.entity, e.username) for e in events] == [
        ("create", "finding_ack", "vera"),
        ("status", "group", "vera"),
        ("status", "group", "peni"),
        ("unlock_roster", "group", "peni"),
    ]
    assert events[1].after["findings"] == {"error": 0, "warning": 1, "info": 0}
    assert events[2].before == {"status": "diverifikasi"}
    assert events[2].after == {"status": "direkomendasikan", "nik_claims": 10,
                               "findings": {"error": 0, "warning": 1, "info": 0}}  # fmt: skip
    assert events[3].after == {"roster_unlocked": True, "reason": "ganti bendahara"}
