"""Deciding in the database: cancelling revokes the group's letters, SK and disbursement
values are checked, and refusals say who records a step and how a status is reached."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.workflow_support import add_group, office_people
from tkm_desktop.domain.workflow import Via
from tkm_desktop.services import audit
from tkm_desktop.services import workflow as wf
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.permissions import PermissionDenied
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import (
    Group,
    Letter,
    LetterGroup,
    NikClaim,
)

SK_DATE = dt.date(2024, 5, 2)
TODAY = dt.date(2024, 7, 1)


@pytest.fixture
def people(db: Database) -> dict[str, Actor]:
    return office_people(
        db, [("admin", "admin"), ("vera", "verifikator"), ("peni", "pejabat"), ("vivi", "viewer")]
    )


def recommend(db: Database, people: dict[str, Actor], *gids: int) -> None:
    wf.decide(db, people["vera"], list(gids), "diverifikasi")
    wf.decide(db, people["peni"], list(gids), "direkomendasikan")


def submit(db: Database, people: dict[str, Actor], *gids: int) -> None:
    recommend(db, people, *gids)
    with db.session() as s:
        wf.change_status(s, people["peni"], list(gids), "diajukan", via=Via.EXPORT)


def decree(db: Database, people: dict[str, Actor], *gids: int, amount: Decimal | None = None):
    submit(db, people, *gids)
    wf.decide(db, people["peni"], list(gids), "ditetapkan", sk_number="KEP.5/2024",
              sk_date=SK_DATE, amount=amount, today=TODAY)  # fmt: skip


def issue(db: Database, kind: str, serial: int, *gids: int) -> int:
    with db.session() as s:
        letter = Letter(kind=kind, number=f"500.15/{serial}/2024", year=2024, serial=serial,
                        state="issued")  # fmt: skip
        s.add(letter)
        s.flush()
        s.add_all(LetterGroup(letter_id=letter.id, group_id=g) for g in gids)
        return letter.id


def status(db: Database, gid: int) -> str:
    with db.reader() as s:
        return s.get(Group, gid).status  # type: ignore[union-attr]


# --- 1. cancelling revokes the letters --------------------------------------------


def test_cancelling_a_group_revokes_its_recommendation_letters(db: Database, people) -> None:
    gid, other, alone = add_group(db, 1), add_group(db, 2), add_group(db, 3)
    recommend(db, people, gid, other, alone)
    shared = issue(db, "rekomendasi", 1, gid, other)
    minutes = issue(db, "berita-acara", 2, gid)
    untouched = issue(db, "rekomendasi", 3, alone)

    with pytest.raises(InputRefused, match="alasan"):
        wf.decide(db, people["admin"], [gid], "dibatalkan", reason=" ")
    with db.reader() as s:
        assert s.get(Letter, shared).state == "issued"  # a refusal revokes nothing

    wf.decide(db, people["admin"], [gid], "dibatalkan", reason="  kelompok bubar ")
    with db.reader() as s:
        letter = s.get(Letter, shared)
        assert letter.state == "revoked"
        assert letter.revoked_reason == "Kelompok Kelompok 1 dibatalkan: kelompok bubar"
        assert letter.revoked_by_id == people["admin"].user_id and letter.revoked_at is not None
        # Minutes record what happened and stay valid; another group's letter is untouched.
        assert s.get(Letter, minutes).state == "issued"
        assert s.get(Letter, untouched).state == "issued"
        # The letter is revoked whole, as unlocking does: the other group's history shows it.
        assert [e.action for e in audit.history(s, other)][-1] == "revoke"
        status_event = [e for e in audit.history(s, gid) if e.action == audit.STATUS][-1]
        assert status_event.after["letters_revoked"] == [shared]
        assert s.scalars(select(NikClaim).where(NikClaim.group_id == gid)).first() is None
    assert status(db, other) == "direkomendasikan"


def test_cancelling_a_group_without_letters_revokes_nothing(db: Database, people) -> None:
    gid = add_group(db, 4)
    wf.decide(db, people["admin"], [gid], "dibatalkan", reason="dobel usulan")
    with db.reader() as s:
        event = [e for e in audit.history(s, gid) if e.action == audit.STATUS][-1]
        assert event.after["letters_revoked"] == []
        assert s.scalars(select(Letter)).first() is None


# --- 2. SK and disbursement values ---------------------------------------------------


def test_an_sk_dated_in_the_future_is_refused(db: Database, people) -> None:
    gid = add_group(db, 5)
    submit(db, people, gid)
    with pytest.raises(InputRefused) as refused:
        wf.decide(db, people["peni"], [gid], "ditetapkan", sk_number="KEP.5/2030",
                  sk_date=dt.date(2030, 1, 5), today=TODAY)  # fmt: skip
    [reason] = refused.value.reasons
    assert reason.startswith("Kelompok ") and "(Kelompok 5)" in reason
    assert "05/01/2030" in reason and "belum terjadi" in reason
    assert status(db, gid) == "diajukan"
    with pytest.raises(InputRefused, match="melebihi pagu bantuan"):
        wf.decide(db, people["peni"], [gid], "ditetapkan", sk_number="KEP.5/2024",
                  sk_date=SK_DATE, amount=Decimal(20_000_001), today=TODAY)  # fmt: skip
    wf.decide(db, people["peni"], [gid], "ditetapkan", sk_number="KEP.5/2024", sk_date=SK_DATE,
              amount=Decimal(20_000_000), today=TODAY)  # fmt: skip
    assert status(db, gid) == "ditetapkan"


@pytest.mark.parametrize(
    ("on", "amount", "expected"),
    [
        (SK_DATE - dt.timedelta(days=1), Decimal(20_000_000), "mendahului tanggal SK 02/05/2024"),
        (TODAY + dt.timedelta(days=1), Decimal(20_000_000), "belum terjadi"),
        (dt.date(2024, 6, 1), Decimal("999999999999"), "melebihi pagu bantuan skema"),
        (dt.date(2024, 6, 1), Decimal(0), "lebih dari nol"),
    ],
)
def test_a_disbursement_outside_the_sk_today_and_the_ceiling_is_refused(
    db: Database, people, on: dt.date, amount: Decimal, expected: str
) -> None:
    gid = add_group(db, 6)
    decree(db, people, gid)
    with pytest.raises(InputRefused) as refused:
        wf.decide(db, people["peni"], [gid], "dana_cair", on_date=on, amount=amount, today=TODAY)
    [reason] = refused.value.reasons
    assert expected in reason and "Kelompok 6" in reason
    with db.reader() as s:
        g = s.get(Group, gid)
        assert (g.status, g.disbursed_on, g.disbursed_amount) == ("ditetapkan", None, None)


def test_a_disbursement_within_bounds_is_recorded(db: Database, people) -> None:
    a, b = add_group(db, 7), add_group(db, 8)
    decree(db, people, a, b, amount=Decimal(15_000_000))
    with pytest.raises(InputRefused, match="melebihi bantuan yang ditetapkan dalam SK"):
        wf.decide(db, people["peni"], [a, b], "dana_cair", on_date=SK_DATE,
                  amount=Decimal(16_000_000), today=TODAY)  # fmt: skip
    wf.decide(db, people["peni"], [a, b], "dana_cair", on_date=SK_DATE,
              amount=Decimal(15_000_000), today=TODAY)  # fmt: skip
    with db.reader() as s:
        g = s.get(Group, b)
        assert (g.status, g.disbursed_on, g.disbursed_amount) == (
            "dana_cair", SK_DATE, Decimal(15_000_000),
        )  # fmt: skip


# --- 4. refusals that say what to do ---------------------------------------------------


@pytest.mark.parametrize("who", ["admin", "vera", "peni", "vivi"])
def test_diusulkan_is_reached_by_reimporting_for_every_role(db: Database, people, who) -> None:
    gid = add_group(db, 9)
    wf.decide(db, people["vera"], [gid], "dikembalikan", reason="KTP buram")
    with pytest.raises(InputRefused) as refused:
        wf.decide(db, people[who], [gid], "diusulkan")
    [reason] = refused.value.reasons
    assert "import" in reason and "--replace" in reason and "tidak berwenang" not in reason
    assert status(db, gid) == "dikembalikan"


@pytest.mark.parametrize("target", ["monev", "selesai"])
def test_monitoring_steps_name_the_role_that_records_them(db: Database, people, target) -> None:
    gid = add_group(db, 10)
    decree(db, people, gid)
    wf.decide(db, people["peni"], [gid], "dana_cair", on_date=SK_DATE,
              amount=Decimal(20_000_000), today=TODAY)  # fmt: skip
    with pytest.raises(PermissionDenied) as refused:
        wf.decide(db, people["peni"], [gid], target)
    [reason] = refused.value.reasons
    assert "'peni' (peran pejabat) tidak berwenang" in reason
    assert "verifikator" in reason and "mengubah data kelompok" not in reason
    assert str(refused.value) == reason
    wf.decide(db, people["vera"], [gid], target)
    assert status(db, gid) == target


def test_the_command_line_without_a_user_is_still_asked_for_one(db: Database) -> None:
    gid = add_group(db, 11)
    with pytest.raises(PermissionDenied, match="--user"):
        wf.decide(db, Actor.anonymous("cli"), [gid], "diverifikasi")
