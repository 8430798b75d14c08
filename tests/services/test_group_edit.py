"""The group editor's use cases: load, diff-and-save, locks, conflicts, re-vet, new groups."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from tkm_desktop.domain.nik import make_nik
from tkm_desktop.domain.workflow import Via
from tkm_desktop.services import group_documents as gd
from tkm_desktop.services import group_edit as ge
from tkm_desktop.services import users
from tkm_desktop.services import workflow as wf
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.permissions import PermissionDenied
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import (
    AuditEvent,
    BudgetItem,
    Finding,
    Group,
    GroupDocument,
    Member,
    NikClaim,
    Scheme,
)

ROLES = ("Ketua", "Sekretaris", "Bendahara")


@pytest.fixture
def people(db: Database) -> dict[str, Actor]:
    out: dict[str, Actor] = {}
    with db.session() as s:
        for name, role, shown in (
            ("admin", "admin", ""), ("vera", "verifikator", "Vera Oktaviani"),
            ("vito", "verifikator", "Vito Santoso"), ("peni", "pejabat", ""),
            ("vivi", "viewer", ""),
        ):  # fmt: skip
            actor = out.get("admin", Actor.anonymous("cli"))
            user = users.create_user(s, actor, name, role, None, shown)
            out[name] = users.actor_from_user(user, "gui")
    return out


def add_group(db: Database, serial: int = 1) -> int:
    """A complete, clean group of the default scheme."""
    with db.session() as s:
        scheme = s.scalars(select(Scheme).where(Scheme.code == "TKM-PEMULA-2023")).one()
        g = Group(scheme_id=scheme.id, name=f"Kelompok {serial}", bank_name="BRI",
                  account_number=f"12{serial:06d}", account_holder=f"Kelompok {serial}",
                  kelurahan_code="32.75.01.1001", kecamatan_code="32.75.01")  # fmt: skip
        for i in range(10):
            sex, birth = "LP"[i % 2], dt.date(1970 + i, 1 + serial % 12, 1 + i)
            g.members.append(
                Member(position=i, nik=make_nik("32.75.01", birth, sex, serial * 100 + i + 1),
                       name=f"Warga {serial}-{i}", birth_date=birth, birth_place="Bekasi", sex=sex,
                       kk=f"32750112{serial:04d}{i:04d}", role=ROLES[i] if i < 3 else "Anggota")
            )  # fmt: skip
        g.budget_items = [
            BudgetItem(
                position=0,
                item="Freezer",
                category="alat",
                quantity=2,
                unit_price=Decimal(6_000_000),
            ),
            BudgetItem(
                position=1, item="Lele", category="bahan", quantity=100, unit_price=Decimal(80_000)
            ),
        ]
        g.documents = [GroupDocument(doc_type=d, received=True) for d in scheme.documents]
        s.add(g)
        s.flush()
        return g.id


def load(db: Database, gid: int) -> ge.GroupEdit:
    with db.reader() as s:
        return ge.load_group_edit(s, gid)


def events(db: Database, gid: int, entity: str | None = None) -> list[AuditEvent]:
    with db.reader() as s:
        query = select(AuditEvent).where(AuditEvent.group_id == gid).order_by(AuditEvent.id)
        if entity:
            query = query.where(AuditEvent.entity == entity)
        return list(s.scalars(query))


def newcomer(serial: int, sex: str = "L") -> ge.MemberData:
    birth = dt.date(1990, 3, 3)
    return ge.MemberData(None, make_nik("32.75.01", birth, sex, serial), "Warga Baru",
                         birth_date=birth, sex=sex, kk="3275011203000001")  # fmt: skip


def to_sk(db: Database, people: dict[str, Actor], gid: int) -> None:
    wf.decide(db, people["vera"], [gid], "diverifikasi")
    wf.decide(db, people["peni"], [gid], "direkomendasikan")
    with db.session() as s:
        wf.change_status(s, people["peni"], [gid], "diajukan", via=Via.EXPORT)
    wf.decide(
        db, people["peni"], [gid], "ditetapkan", sk_number="SK/1", sk_date=dt.date(2024, 5, 2)
    )


# --- loading and previews ---------------------------------------------------------


def test_load_gives_the_group_as_plain_data(db: Database) -> None:
    gid = add_group(db)
    edit = load(db, gid)
    assert edit.identity.name == "Kelompok 1" and edit.identity.kecamatan_code == "32.75.01"
    assert [m.name for m in edit.members] == [f"Warga 1-{i}" for i in range(10)]
    assert [b.item for b in edit.budget_lines] == ["Freezer", "Lele"]
    assert edit.budget_lines[0].total == Decimal(12_000_000)
    assert edit.documents and all(d.received and d.in_checklist for d in edit.documents)
    assert edit.expected_version == 1 and not edit.roster_locked
    with pytest.raises(InputRefused, match="tidak ada"), db.reader() as s:
        ge.load_group_edit(s, 999)


def test_derive_member_reads_the_nik_live() -> None:
    preview = ge.derive_member("3275 0155 0895 0001", dt.date(2024, 1, 1))
    assert preview.valid and preview.sex == "P" and preview.birth_date == dt.date(1995, 8, 15)
    assert "Bekasi" in preview.region and preview.messages == ()
    bad = ge.derive_member("32750199", dt.date(2024, 1, 1))
    assert not bad.valid and bad.problems == ("NIK_FORMAT",) and "16 digit" in bad.messages[0]


def test_derive_member_speaks_the_windows_language() -> None:
    english = ge.derive_member("32750199", dt.date(2024, 1, 1), lang="en")
    assert english.problems == ("NIK_FORMAT",)
    assert english.messages == ("NIK 32750199 is invalid: it must be 16 digits with a serial "
                                "other than 0000.",)  # fmt: skip


# --- saving -----------------------------------------------------------------------


def test_a_save_vets_the_group_and_says_so_at_once(db: Database, people) -> None:
    gid = add_group(db)  # as imported: never vetted
    edit = load(db, gid)
    assert not edit.vetted
    result = ge.save_group(db, people["vera"], edit)
    assert result.edit.vetted  # the editor shows "lolos pemeriksaan", not "belum diperiksa"


def test_member_changes_are_diffed_and_audited_one_by_one(db: Database, people) -> None:
    gid = add_group(db)
    edit = load(db, gid)
    first, *rest = edit.members
    renamed = dataclasses.replace(first, name="  Warga   Satu  ")
    gone = rest[-1]
    members = (*rest[:-1], renamed, newcomer(9001))  # first moved down, last removed, one added
    result = ge.save_group(db, people["vera"], dataclasses.replace(edit, members=members))

    assert result.version == 2 and result.edit.expected_version == 2
    assert [m.name for m in result.edit.members][-2:] == ["Warga Satu", "Warga Baru"]
    assert all(m.id is not None for m in result.edit.members)
    member_events = {(e.action, e.entity_id): e for e in events(db, gid, "member")}
    update_first = member_events[("update", str(first.id))]
    assert update_first.before == {"position": 0, "name": "Warga 1-0"}
    assert update_first.after == {"position": 8, "name": "Warga Satu"}
    assert member_events[("delete", str(gone.id))].before["nik"] == gone.nik
    created = [e for (action, _), e in member_events.items() if action == "create"]
    assert len(created) == 1 and created[0].after["name"] == "Warga Baru"
    moved = member_events[("update", str(rest[0].id))]
    assert moved.before == {"position": 1} and moved.after == {"position": 0}
    with db.reader() as s:
        group = s.get(Group, gid)
        assert group.updated_by_id == people["vera"].user_id and group.version == 2

    # Saving again unchanged writes nothing and keeps the version.
    count = len(events(db, gid))
    again = ge.save_group(db, people["vera"], result.edit)
    assert again.version == 2 and len(events(db, gid)) == count


def test_save_re_vets_and_returns_the_findings(db: Database, people) -> None:
    gid = add_group(db)
    edit = load(db, gid)
    woman = edit.members[1]
    members = list(edit.members)
    members[1] = dataclasses.replace(woman, sex="L")
    result = ge.save_group(db, people["vera"], dataclasses.replace(edit, members=tuple(members)))
    mismatch = [f for f in result.findings if f.code == "NIK_SEX_MISMATCH"]
    assert [f.member_id for f in mismatch] == [woman.id]
    with db.reader() as s:
        stored = s.scalars(select(Finding.code).where(Finding.group_id == gid)).all()
    assert "NIK_SEX_MISMATCH" in stored


def test_identity_is_trimmed_checked_and_audited(db: Database, people) -> None:
    gid = add_group(db)
    edit = load(db, gid)
    identity = dataclasses.replace(edit.identity, bank_name=" BNI ", account_number="12 34 56")
    ge.save_group(db, people["vera"], dataclasses.replace(edit, identity=identity))
    [event] = [e for e in events(db, gid, "group") if e.action == "update"]
    assert event.before == {"bank_name": "BRI", "account_number": "12000001"}
    assert event.after == {"bank_name": "BNI", "account_number": "123456"}
    edit = load(db, gid)
    wrong = dataclasses.replace(edit.identity, name=" ", kelurahan_code="32.75.02.1001")
    with pytest.raises(InputRefused) as refused:
        ge.save_group(db, people["vera"], dataclasses.replace(edit, identity=wrong))
    assert any("Nama kelompok" in r for r in refused.value.reasons)
    assert any("tidak terletak di kecamatan" in r for r in refused.value.reasons)


def test_only_an_editor_may_save(db: Database, people) -> None:
    gid = add_group(db)
    with pytest.raises(PermissionDenied):
        ge.save_group(db, people["vivi"], load(db, gid))


# --- concurrency ------------------------------------------------------------------


def test_a_save_over_another_clerks_save_is_refused(db: Database, people) -> None:
    gid = add_group(db)
    mine = load(db, gid)  # clerk A opens the group
    theirs = load(db, gid)  # clerk B opens it too, and saves first
    renamed = dataclasses.replace(theirs.identity, name="Kelompok Vito")
    ge.save_group(db, people["vito"], dataclasses.replace(theirs, identity=renamed))
    before = len(events(db, gid))

    members = (*mine.members[:-1], newcomer(9002))
    late = dataclasses.replace(mine, members=members, identity=dataclasses.replace(
        mine.identity, sector="Perikanan"))  # fmt: skip
    with pytest.raises(ge.EditConflict) as refused:
        ge.save_group(db, people["vera"], late)
    with db.reader() as s:
        when = s.get(Group, gid).updated_at.astimezone().strftime("%d/%m/%Y %H:%M")
        group = s.get(Group, gid)
        names = s.scalars(select(Member.name).where(Member.group_id == gid)).all()
    assert str(refused.value) == (
        f"Kelompok ini telah diubah oleh Vito Santoso pada {when} — muat ulang untuk melihat "
        "perubahannya."
    )
    assert group.sector == "" and group.name == "Kelompok Vito" and group.version == 2
    assert "Warga Baru" not in names and len(events(db, gid)) == before


def test_a_save_slipping_in_before_the_update_is_refused_too(
    db: Database, people, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The version column guards the UPDATE itself: a change between check and flush."""
    gid = add_group(db)
    edit = load(db, gid)
    real = ge._load_group

    def load_then_other_commit(session, group_id):  # type: ignore[no-untyped-def]
        group = real(session, group_id)
        # Behind the ORM's back, as another clerk's committed save would look.
        session.execute(
            update(Group.__table__)
            .where(Group.__table__.c.id == group_id)
            .values(version=Group.__table__.c.version + 1, updated_by_id=people["vito"].user_id)
        )
        return group

    monkeypatch.setattr(ge, "_load_group", load_then_other_commit)
    identity = dataclasses.replace(edit.identity, sector="Perikanan")
    with pytest.raises(ge.EditConflict, match="diubah oleh"):
        ge.save_group(db, people["vera"], dataclasses.replace(edit, identity=identity))
    with db.reader() as s:
        assert s.get(Group, gid).sector == "" and s.get(Group, gid).version == 1


# --- locks ------------------------------------------------------------------------


def test_a_recommended_group_is_locked_but_documents_stay_editable(db: Database, people) -> None:
    gid = add_group(db)
    wf.decide(db, people["vera"], [gid], "diverifikasi")
    wf.decide(db, people["peni"], [gid], "direkomendasikan")
    edit = load(db, gid)
    assert edit.roster_locked and not edit.replacement_allowed
    for change in (
        {"members": edit.members[:-1]},
        {"identity": dataclasses.replace(edit.identity, account_number="999")},
        {"budget_lines": edit.budget_lines[:1]},
    ):
        with pytest.raises(InputRefused, match="terkunci"):
            ge.save_group(db, people["vera"], dataclasses.replace(edit, **change))
        with pytest.raises(InputRefused, match="terkunci"):
            ge.save_group(db, people["vera"], dataclasses.replace(edit, **change),
                          replacement_reason="meninggal dunia")  # fmt: skip
    docs = (dataclasses.replace(edit.documents[0], received=False), *edit.documents[1:])
    result = ge.save_group(db, people["vera"], dataclasses.replace(edit, documents=docs))
    assert not result.edit.documents[0].received
    [event] = events(db, gid, "document")
    assert event.before == {"received": True} and event.after == {"received": False}

    wf.unlock_roster(db, people["peni"], gid, "salah ketik nama")
    edit = load(db, gid)
    ge.save_group(db, people["vera"], dataclasses.replace(edit, members=edit.members[:-1]))


def test_after_the_sk_a_member_is_replaced_only_with_a_reason(db: Database, people) -> None:
    gid = add_group(db)
    to_sk(db, people, gid)
    edit = load(db, gid)
    assert edit.roster_locked and edit.replacement_allowed
    leaving = edit.members[5]
    joining = newcomer(9003)
    members = (*edit.members[:5], joining, *edit.members[6:])
    replaced = dataclasses.replace(edit, members=members)
    with pytest.raises(InputRefused, match="wajib disertai alasan"):
        ge.save_group(db, people["vera"], replaced)
    with pytest.raises(InputRefused, match="jumlahnya tidak boleh berubah"):
        ge.save_group(db, people["vera"], dataclasses.replace(edit, members=members[:-1]),
                      replacement_reason="pindah domisili")  # fmt: skip

    ge.save_group(db, people["vera"], replaced, replacement_reason="  pindah   domisili ")
    [event] = [e for e in events(db, gid) if e.action == ge.REPLACE_MEMBER]
    assert event.after["reason"] == "pindah domisili"
    assert [m["nik"] for m in event.before["members"]] == [leaving.nik]
    assert event.after["members"][0]["nik"] == joining.nik
    with db.reader() as s:
        claimed = set(s.scalars(select(NikClaim.nik).where(NikClaim.group_id == gid)))
        assert s.get(Group, gid).status == "ditetapkan"
    assert joining.nik in claimed and leaving.nik not in claimed


# --- NIK_ROUNDED ------------------------------------------------------------------


def test_retyping_a_rounded_nik_clears_the_finding(db: Database, people) -> None:
    gid = add_group(db)
    with db.session() as s:
        members = s.scalars(select(Member).where(Member.group_id == gid).order_by(Member.position))
        first, second = list(members)[:2]
        first.nik, first.nik_source = first.nik[:-1] + "0", "number"
        second.nik_source = "number"
        second.nik = second.nik[:-1] + "0"
        s.add(Finding(group_id=gid, member_id=first.id, member_nik=first.nik, code="NIK_ROUNDED",
                      severity="error", category="person", source="import",
                      details={"nik": first.nik}))  # fmt: skip
    edit = load(db, gid)
    assert [m.nik_source for m in edit.members[:2]] == ["number", "number"]
    kuliner = dataclasses.replace(edit.identity, sector="Kuliner")
    unchanged = ge.save_group(db, people["vera"], dataclasses.replace(edit, identity=kuliner))
    rounded = {f.member_id for f in unchanged.findings if f.code == "NIK_ROUNDED"}
    assert rounded == {edit.members[0].id, edit.members[1].id}

    edit = unchanged.edit
    fixed = make_nik("32.75.01", dt.date(1970, 2, 1), "L", 191)
    members = list(edit.members)
    members[0] = dataclasses.replace(members[0], nik=fixed)  # typed anew from the KTP
    members[1] = dataclasses.replace(members[1], nik_retyped=True)  # same digits, confirmed
    result = ge.save_group(db, people["vera"], dataclasses.replace(edit, members=tuple(members)))
    assert not [f for f in result.findings if f.code == "NIK_ROUNDED"]
    assert [m.nik_source for m in result.edit.members[:2]] == ["text", "text"]
    with db.reader() as s:
        left = s.scalar(select(func.count()).where(Finding.code == "NIK_ROUNDED"))
    assert left == 0


# --- budget -----------------------------------------------------------------------


def test_budget_lines_are_diffed_and_checked(db: Database, people) -> None:
    gid = add_group(db)
    edit = load(db, gid)
    _freezer, lele = edit.budget_lines
    cheaper = dataclasses.replace(lele, unit_price=Decimal("75000"), quantity=Decimal("100.00"))
    net = ge.BudgetLine(None, "Jaring", "ALAT", Decimal(3), "buah", Decimal("150000.5"))
    result = ge.save_group(
        db, people["vera"], dataclasses.replace(edit, budget_lines=(cheaper, net))
    )
    assert [(b.item, b.category) for b in result.edit.budget_lines] == [
        ("Lele", "bahan"), ("Jaring", "alat")]  # fmt: skip
    budget_events = {e.action: e for e in events(db, gid, "budget_item")}
    assert budget_events["update"].before == {"position": 1, "unit_price": "80000.00"}
    assert budget_events["update"].after == {"position": 0, "unit_price": "75000.00"}
    assert budget_events["delete"].before["item"] == "Freezer"
    assert budget_events["create"].after["unit_price"] == "150000.50"

    bad = ge.BudgetLine(None, "", "mesin", Decimal("1.234"), "", Decimal(-1))
    with pytest.raises(InputRefused) as refused:
        ge.save_group(db, people["vera"], dataclasses.replace(result.edit, budget_lines=(bad,)))
    text = " ".join(refused.value.reasons)
    for part in ("nama barang wajib", "alat atau bahan", "dua angka", "harus antara 0"):
        assert part in text
    with db.reader() as s:
        assert s.scalar(select(func.count()).where(BudgetItem.group_id == gid)) == 2


def test_unknown_rows_are_refused(db: Database, people) -> None:
    gid, other = add_group(db, 1), add_group(db, 2)
    stranger = load(db, other).members[0]
    edit = load(db, gid)
    with pytest.raises(InputRefused, match="bukan anggota kelompok ini"):
        ge.save_group(db, people["vera"], dataclasses.replace(edit, members=(stranger,)))


# --- a new group ------------------------------------------------------------------


def test_new_group_is_proposed_in_the_default_scheme(db: Database, people) -> None:
    identity = ge.GroupIdentity(name=" Kelompok  Baru ", kelurahan_code="3275011001")
    gid = ge.new_group(db, people["vera"], None, identity)
    edit = load(db, gid)
    assert edit.status == "diusulkan" and edit.identity.name == "Kelompok Baru"
    assert edit.identity.kecamatan_code == "32.75.01" and edit.scheme_code
    [created] = events(db, gid, "group")
    assert created.action == "create" and created.after["scheme"] == edit.scheme_code
    assert ge.new_group(db, people["vera"], "tkm-jps-2020", identity) > gid
    with pytest.raises(InputRefused, match="tidak dikenal"):
        ge.new_group(db, people["vera"], "NOPE", identity)
    with pytest.raises(PermissionDenied):
        ge.new_group(db, people["peni"], None, identity)


# --- attachments ------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n" + b"x" * 64


def test_attaching_a_scan_checks_its_content_and_marks_it_received(db: Database, people) -> None:
    gid = add_group(db)
    edit = load(db, gid)
    doc_type = edit.documents[0].doc_type
    docs = (dataclasses.replace(edit.documents[0], received=False), *edit.documents[1:])
    edit = ge.save_group(db, people["vera"], dataclasses.replace(edit, documents=docs)).edit
    with pytest.raises(InputRefused, match="bukan PDF, JPG, atau PNG"):
        gd.attach_document(db, people["vera"], gid, doc_type, "ktp.png", b"GIF89a" + PNG)
    with pytest.raises(InputRefused, match="tidak sesuai dengan akhiran"):
        gd.attach_document(db, people["vera"], gid, doc_type, "ktp.png", PDF)
    with pytest.raises(InputRefused, match="paling besar 20 MB"):
        gd.attach_document(db, people["vera"], gid, doc_type, "a.pdf", PDF + bytes(gd.MAX_BYTES))
    with pytest.raises(InputRefused, match="tidak ada dalam daftar dokumen"):
        gd.attach_document(db, people["vera"], gid, "Surat Cinta", "a.pdf", PDF)
    with pytest.raises(PermissionDenied):
        gd.attach_document(db, people["vivi"], gid, doc_type, "a.pdf", PDF)

    attachment_id = gd.attach_document(
        db, people["vera"], gid, doc_type, r"C:\Pindaian\KTP Ketua.PNG", PNG
    )
    state = load(db, gid).documents[0]
    assert (state.received, state.attachment_id, state.file_name) == (
        True, attachment_id, "KTP Ketua.PNG")  # fmt: skip
    [event] = [e for e in events(db, gid) if e.action == gd.ATTACH]
    assert event.before == {"received": False, "attachment_id": None}
    assert event.after["sha256"] == hashlib.sha256(PNG).hexdigest()
    assert load(db, gid).expected_version == edit.expected_version  # the editor stays valid

    with db.session() as s:
        name, data = gd.open_attachment(s, people["vivi"], attachment_id)
    assert (name, data) == ("KTP Ketua.PNG", PNG)
    [view] = [e for e in events(db, gid) if e.action == "view"]
    assert view.entity == "attachment" and view.user_id == people["vivi"].user_id
    with pytest.raises(InputRefused, match="tidak ada"), db.session() as s:
        gd.open_attachment(s, people["vivi"], 9999)


@pytest.mark.postgres
def test_a_real_concurrent_save_between_check_and_update(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a server another clerk's whole save can commit while ours is half-way."""
    from tkm_desktop.services.bootstrap import open_database

    db = open_database(pg_url)
    try:
        with db.session() as s:
            admin = users.create_user(s, Actor.anonymous("cli"), "admin", "admin", None)
            boss = users.actor_from_user(admin, "cli")
            vera = users.actor_from_user(
                users.create_user(s, boss, "vera", "verifikator", None), "gui"
            )
            vito = users.actor_from_user(
                users.create_user(s, boss, "vito", "verifikator", None, "Vito Santoso"), "gui"
            )
        gid = add_group(db)
        edit = load(db, gid)
        real = ge._load_group

        def load_while_vito_saves(session, group_id):  # type: ignore[no-untyped-def]
            group = real(session, group_id)
            monkeypatch.setattr(ge, "_load_group", real)
            theirs = dataclasses.replace(edit.identity, name="Kelompok Vito")
            ge.save_group(db, vito, dataclasses.replace(edit, identity=theirs))
            return group

        monkeypatch.setattr(ge, "_load_group", load_while_vito_saves)
        mine = dataclasses.replace(edit, identity=dataclasses.replace(edit.identity, sector="X"))
        with pytest.raises(ge.EditConflict, match="diubah oleh Vito Santoso"):
            ge.save_group(db, vera, mine)
        with db.reader() as s:
            group = s.get(Group, gid)
            assert (group.name, group.sector, group.version) == ("Kelompok Vito", "", 2)
    finally:
        db.dispose()
