"""Signatories with their signing modes and one default; the verification team and its order."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from tkm_desktop.domain.letters import SIGNING_MODES
from tkm_desktop.services import signatories, users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.permissions import PermissionDenied
from tkm_desktop.services.signatories import SignatoryData, TeamMemberData
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent

HEAD = SignatoryData(
    name="Drs. H. Ika Indah Yarti, M.Si.",
    position="KEPALA DINAS KETENAGAKERJAAN KOTA BEKASI",
    rank="Pembina Utama Muda (IV/c)",
    nip="19680411 199303 1 009",
)
SECRETARY = SignatoryData(
    name="Hj. Sri Wahyuni, S.Sos.",
    position="Sekretaris",
    rank="Pembina (IV/a)",
    nip="197505122000032004",
    signing_mode="a.n.",
)


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


@pytest.fixture
def admin(db: Database) -> Actor:
    with db.session() as s:
        user = users.create_user(s, Actor.anonymous("gui"), "kepala", "admin", "rahasia-123")
        return users.actor_from_user(user, "gui")


def defaults(db: Database) -> list[str]:
    with db.reader() as s:
        return [r.name for r in signatories.list_signatories(s) if r.is_default]


def audited(db: Database, entity: str) -> list[tuple[str, str]]:
    with db.reader() as s:
        query = select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)
        return [(e.action, e.entity_id) for e in s.scalars(query)]


# --- signatories ------------------------------------------------------------------------


def test_every_signing_mode_has_a_label() -> None:
    assert set(signatories.SIGNING_MODE_LABELS) == set(SIGNING_MODES)


def test_first_signatory_becomes_the_default(db: Database, admin: Actor) -> None:
    head_id = signatories.add_signatory(db, admin, HEAD)
    with db.reader() as s:
        [row] = signatories.list_signatories(s)
        assert signatories.default_signatory(s) == row
    assert row.id == head_id and row.is_default
    assert row.nip == "196804111993031009"  # stored as digits, printed grouped
    assert audited(db, "signatory") == [("create", str(head_id)), ("update", str(head_id))]


def test_exactly_one_default(db: Database, admin: Actor) -> None:
    signatories.add_signatory(db, admin, HEAD)
    deputy = signatories.add_signatory(db, admin, SECRETARY, make_default=True)
    assert defaults(db) == [SECRETARY.name]
    signatories.add_signatory(db, admin, SignatoryData("Budi", "Plh. Kepala", signing_mode="Plh."))
    assert defaults(db) == [SECRETARY.name]
    signatories.set_default_signatory(db, admin, deputy)
    assert defaults(db) == [SECRETARY.name]
    assert ("set_default", str(deputy)) in audited(db, "signatory")


def test_deactivating_or_removing_the_default_moves_it_to_the_head(
    db: Database, admin: Actor
) -> None:
    signatories.add_signatory(db, admin, SECRETARY)
    head_id = signatories.add_signatory(db, admin, HEAD)
    assert defaults(db) == [SECRETARY.name]
    with db.reader() as s:
        deputy = next(r for r in signatories.list_signatories(s) if r.signing_mode == "a.n.")
    signatories.update_signatory(db, admin, deputy.id, replace(SECRETARY, active=False))
    assert defaults(db) == [HEAD.name]
    with pytest.raises(InputRefused, match="tidak aktif"):
        signatories.set_default_signatory(db, admin, deputy.id)
    signatories.remove_signatory(db, admin, head_id)
    assert defaults(db) == []  # only the inactive one is left
    with db.reader() as s:
        assert signatories.default_signatory(s) is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (SignatoryData("", "Kepala"), "Nama wajib"),
        (SignatoryData("Budi", " "), "Jabatan wajib"),
        (SignatoryData("Budi", "Kepala", nip="1968"), "NIP harus 18 angka"),
        (SignatoryData("Budi", "Kepala", signing_mode="u.b."), "Cara tanda tangan 'u.b.'"),
    ],
)
def test_bad_signatory_is_refused(
    db: Database, admin: Actor, data: SignatoryData, message: str
) -> None:
    with pytest.raises(InputRefused, match=message):
        signatories.add_signatory(db, admin, data)
    with db.reader() as s:
        assert signatories.list_signatories(s) == []


def test_empty_signing_mode_means_the_head_signs(db: Database, admin: Actor) -> None:
    signatories.add_signatory(db, admin, SignatoryData("Budi", "Kepala", signing_mode=" "))
    with db.reader() as s:
        assert signatories.list_signatories(s)[0].signing_mode is None


def test_unknown_signatory(db: Database, admin: Actor) -> None:
    with pytest.raises(InputRefused, match="nomor 99 tidak ada"):
        signatories.update_signatory(db, admin, 99, HEAD)


def test_a_clerk_cannot_change_signatories(db: Database, admin: Actor) -> None:
    with db.session() as s:
        clerk = users.actor_from_user(users.create_user(s, admin, "dewi", "pejabat", None), "gui")
    with pytest.raises(PermissionDenied):
        signatories.add_signatory(db, clerk, HEAD)


# --- verification team --------------------------------------------------------------------


def names(db: Database) -> list[str]:
    with db.reader() as s:
        return [m.name for m in signatories.list_team(s)]


def test_team_is_kept_in_order_and_reordered(db: Database, admin: Actor) -> None:
    ids = [
        signatories.add_team_member(db, admin, TeamMemberData(name, "Verifikator"))
        for name in ("Andi", "Bunga", "Citra")
    ]
    assert names(db) == ["Andi", "Bunga", "Citra"]
    signatories.reorder_team(db, admin, [ids[2], ids[0], ids[1]])
    assert names(db) == ["Citra", "Andi", "Bunga"]
    assert ("reorder", str(ids[2])) in audited(db, "verification_team_member")
    with pytest.raises(InputRefused, match="tepat satu kali"):
        signatories.reorder_team(db, admin, [ids[0], ids[1]])
    signatories.remove_team_member(db, admin, ids[0])
    assert names(db) == ["Citra", "Bunga"]
    later = signatories.add_team_member(db, admin, TeamMemberData("Dodi"))
    assert names(db) == ["Citra", "Bunga", "Dodi"]
    signatories.update_team_member(db, admin, later, TeamMemberData("Dodi S.", active=False))
    with db.reader() as s:
        assert [m.name for m in signatories.list_team(s, active_only=True)] == ["Citra", "Bunga"]


def test_team_member_nip_is_checked(db: Database, admin: Actor) -> None:
    with pytest.raises(InputRefused, match="NIP"):
        signatories.add_team_member(db, admin, TeamMemberData("Andi", nip="12345"))
    member = signatories.add_team_member(db, admin, TeamMemberData("Andi", nip=""))
    with db.reader() as s:
        assert signatories.list_team(s)[0].id == member
