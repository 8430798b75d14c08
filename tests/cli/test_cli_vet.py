"""``vet``, ``decide`` and ``ack`` through ``cli.main`` on a dataset with every code planted.

Each planted group carries one mistake (cross-group ones come in pairs); the
findings ``vet --json`` reports for it must be exactly the planted ones, on the
right member. Clean groups have nothing, or only completeness findings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.domain.nik import make_nik
from tkm_desktop.services import users
from tkm_desktop.services import workflow as wf
from tkm_desktop.services.context import Actor
from tkm_desktop.services.workflow import Via
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import (
    BudgetItem,
    FundedBefore,
    Group,
    GroupDocument,
    Member,
    Office,
    Scheme,
)

ROLES = ("Ketua", "Sekretaris", "Bendahara")
FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rudi", "Wati", "Joko", "Rina", "Eko", "Lina", "Dedi"]
LAST = ["Santoso", "Aminah", "Prasetyo", "Lestari", "Hartono", "Susanti", "Widodo", "Marlina",
        "Saputra", "Kusuma", "Firmansyah"]  # fmt: skip
Expected = set[tuple[str, int | None]]  # (code, member position or None for the group)


@dataclasses.dataclass
class Planted:
    ids: dict[str, int]  # label → group id
    expected: dict[str, Expected]
    niks: dict[str, list[str]]  # label → the members' NIKs by position


def _members(serial: int, size: int, district: str) -> list[Member]:
    out = []
    for i in range(size):
        sex = "LP"[i % 2]
        # Every group is born in its own month and year band: nobody looks alike by accident.
        birth = dt.date(1970 + (serial * 3 + i) % 30, 1 + serial % 12, 1 + i)
        out.append(
            Member(
                position=i,
                nik=make_nik(district, birth, sex, serial * 40 + i + 1),
                name=f"{FIRST[i % len(FIRST)]} {LAST[(serial + i) % len(LAST)]}",
                birth_date=birth,
                birth_place="Bekasi",
                sex=sex,
                kk=f"{district.replace('.', '')}0101{serial:04d}{i:02d}",
                role=ROLES[i] if i < 3 else "Anggota",
                kelurahan_code="",
            )
        )
    return out


def _group(s: Session, scheme: Scheme, serial: int, *, size: int | None = None,
           district: str = "32.75.01", status: str = "diusulkan") -> Group:  # fmt: skip
    g = Group(
        scheme_id=scheme.id, name=f"Kelompok Usaha {serial:02d}", status=status,
        kelurahan_code=f"{district}.1001", kecamatan_code=district, bank_name="Bank BJB",
        account_number=f"0098{serial:06d}", account_holder=f"Kelompok Usaha {serial:02d}",
        members=_members(serial, size or scheme.members_min, district),
        budget_items=[
            BudgetItem(item="Etalase", category="alat", quantity=3, unit_price=4_000_000),
            BudgetItem(item="Bahan baku", category="bahan", quantity=1, unit_price=8_000_000),
        ],
        documents=[GroupDocument(doc_type=d, received=True) for d in scheme.documents],
    )  # fmt: skip
    s.add(g)
    return g


def _reborn(m: Member, birth: dt.date, serial: int, district: str = "32.75.01") -> None:
    """Give a member another birth date, with a NIK that agrees."""
    m.birth_date = birth
    m.nik = make_nik(district, birth, m.sex, serial)


def _edit(position: int, **values: object) -> Callable[[Group], None]:
    """A change to one member; a callable value is computed from the member."""

    def change(g: Group) -> None:
        m = g.members[position]
        for key, value in values.items():
            setattr(m, key, value(m) if callable(value) else value)

    return change


def _group_edit(**values: object) -> Callable[[Group], None]:
    def change(g: Group) -> None:
        for key, value in values.items():
            setattr(g, key, value)

    return change


def _copy_from(source: int, target: int, *attrs: str) -> Callable[[Group], None]:
    def change(g: Group) -> None:
        for attr in attrs:
            setattr(g.members[target], attr, getattr(g.members[source], attr))

    return change


def _too_old(g: Group) -> None:
    _reborn(g.members[9], dt.date(1960, 5, 5), 3901)  # 62 on 1 January 2023


def _outsider(g: Group) -> None:
    # Registered and living in Kabupaten Bogor; the office is Kota Bekasi.
    _reborn(g.members[4], dt.date(1985, 7, 7), 3902, "32.01.01")
    g.members[4].kelurahan_code = "32.01.01.2001"


def _one_more(g: Group) -> None:
    born = dt.date(1990, 2, 2)
    g.members.append(
        Member(
            position=10,
            nik=make_nik("32.75.02", born, "L", 3903),
            name="Tono Sugiarto",
            birth_date=born,
            birth_place="Bekasi",
            sex="L",
            role="Anggota",
        )
    )


def _unread_document(g: Group) -> None:
    g.documents[2].received = False


def _incomplete(g: Group) -> None:
    g.bank_name = ""
    g.documents[0].received = False


def _nothing(g: Group) -> None:
    pass


P = None  # about the group, not a member
# label → (the mistake, what vetting must report: code and member position)
PLAN: dict[str, tuple[Callable[[Group], None], Expected]] = {
    # person
    "nik_format": (_edit(4, nik=lambda m: m.nik[:15]), {("NIK_FORMAT", 4)}),
    "nik_date": (_edit(5, nik=lambda m: m.nik[:6] + "310290" + m.nik[12:]), {("NIK_DATE", 5)}),
    "nik_region": (_edit(6, nik=lambda m: "9901" + m.nik[4:]), {("NIK_REGION_UNKNOWN", 6)}),
    "nik_rounded": (_edit(7, nik=lambda m: m.nik[:15] + "0", nik_source="number"),
                    {("NIK_ROUNDED", 7)}),
    "sex": (_edit(3, sex="L"), {("NIK_SEX_MISMATCH", 3)}),  # a woman's NIK
    "birth": (_edit(8, birth_date=lambda m: m.birth_date + dt.timedelta(days=1)),
              {("NIK_BIRTHDATE_MISMATCH", 8)}),
    "age": (_too_old, {("AGE_OUT_OF_RANGE", 9)}),
    "domicile": (_outsider, {("DOMICILE_OUTSIDE_REGION", 4)}),
    "kk_format": (_edit(5, kk="3275-01"), {("KK_FORMAT", 5)}),
    "funded": (_nothing, {("NIK_FUNDED_BEFORE", 6)}),  # see build()
    # group
    "small": (lambda g: g.members.pop() and None, {("GROUP_TOO_SMALL", P)}),
    "large": (_one_more, {("GROUP_TOO_LARGE", P)}),
    "no_ketua": (_edit(0, role="Anggota"), {("ROLE_MISSING", P)}),
    "two_bendahara": (_edit(6, role="BENDAHARA"), {("ROLE_DUPLICATE", P)}),
    "dup_nik": (_copy_from(3, 7, "nik", "birth_date", "sex"),
                {("NIK_DUPLICATE_IN_GROUP", 3), ("NIK_DUPLICATE_IN_GROUP", 7)}),
    "same_kk": (_copy_from(4, 8, "kk"), {("KK_DUPLICATE_IN_GROUP", 8)}),
    "other_a": (_nothing, {("NIK_IN_OTHER_GROUP", 5)}),  # pairs: see build()
    "other_b": (_nothing, {("NIK_IN_OTHER_GROUP", 9)}),
    "alike_a": (_nothing, {("POSSIBLE_SAME_PERSON", 6)}),
    "alike_b": (_nothing, {("POSSIBLE_SAME_PERSON", 7)}),
    # completeness
    "no_budget": (lambda g: g.budget_items.clear(), {("BUDGET_MISSING", P)}),
    # 21 million with 57% tools: over the ceiling, inside the split
    "over": (lambda g: setattr(g.budget_items[1], "unit_price", 9_000_000),
             {("BUDGET_OVER_CEILING", P)}),
    "split": (lambda g: setattr(g.budget_items[0], "quantity", 1), {("BUDGET_SPLIT", P)}),
    "bank": (_group_edit(account_holder=""), {("BANK_ACCOUNT_MISSING", P)}),
    "docs": (_unread_document, {("DOCUMENT_MISSING", P)}),
    # clean
    "clean_0": (_nothing, set()),
    "clean_1": (_nothing, set()),
    "clean_2": (_nothing, set()),
    "clean_incomplete": (_incomplete, {("BANK_ACCOUNT_MISSING", P), ("DOCUMENT_MISSING", P)}),
}  # fmt: skip


def build(db: Database) -> Planted:
    """Groups with one planted mistake each, plus clean ones, in the default scheme (Pemula)."""
    with db.session() as s:
        pemula = s.scalars(select(Scheme).where(Scheme.code == "TKM-PEMULA-2023")).one()
        jps = s.scalars(select(Scheme).where(Scheme.code == "TKM-JPS-2020")).one()
        jps.group_quota = 1
        s.add(Office(region_code="32.75", place_name="Bekasi"))
        groups: dict[str, Group] = {}
        expected = {label: found for label, (_, found) in PLAN.items()}
        for serial, (label, (change, _)) in enumerate(PLAN.items(), start=1):
            groups[label] = _group(s, pemula, serial)
            change(groups[label])
        # Pairs across groups: the same NIK twice; the same person under another NIK.
        a, b = groups["other_a"].members[5], groups["other_b"].members[9]
        b.nik, b.birth_date, b.sex = a.nik, a.birth_date, a.sex
        a, b = groups["alike_a"].members[6], groups["alike_b"].members[7]
        # Spelled differently, born the same day, registered elsewhere (another NIK).
        b.name, b.birth_date, b.sex = a.name.upper().replace("A", "A "), a.birth_date, a.sex
        b.nik = make_nik("32.75.03", a.birth_date, a.sex, 3904)
        earlier = groups["funded"].members[6].nik
        s.add(FundedBefore(nik=earlier, scheme_code="TKM-JPS-2020", group_name="Kelompok Lama"))
        # A rejected group holding a NIK of a clean one does not count.
        ghost = _group(s, pemula, 90, status="ditolak")
        ghost.members[2].nik = groups["clean_0"].members[2].nik
        # The quota: one JPS group recommended, so a second one goes over (quota 1).
        groups["jps_done"] = _group(s, jps, 91, status="direkomendasikan")
        groups["jps_quota"] = _group(s, jps, 92)
        expected["jps_done"], expected["jps_quota"] = set(), {("QUOTA_EXCEEDED", P)}
        s.flush()
        ids = {label: g.id for label, g in groups.items()}
        niks = {label: [m.nik for m in g.members] for label, g in groups.items()}
    return Planted(ids, expected, niks)


@pytest.fixture
def people(db: Database) -> None:
    with db.session() as s:
        admin = users.create_user(s, Actor.anonymous("cli"), "admin", "admin", None)
        actor = users.actor_from_user(admin, "cli")
        for name, role in (("vera", "verifikator"), ("peni", "pejabat"), ("vivi", "viewer")):
            users.create_user(s, actor, name, role, None)


def vet_json(run_cli, *args: str) -> dict[int, dict]:
    code, out, err = run_cli("vet", *args, "--json")
    assert code == 0, err
    document = json.loads(out)
    assert set(document) == {"groups"}
    for g in document["groups"]:
        assert set(g) == {"id", "name", "status", "findings"}
        for f in g["findings"]:
            assert set(f) == {"code", "severity", "member_nik", "message", "details"}
    return {g["id"]: g for g in document["groups"]}


def test_every_planted_problem_is_found_on_the_right_member(db: Database, run_cli) -> None:
    planted = build(db)
    groups = vet_json(run_cli)
    assert len(groups) == len(planted.ids) + 1  # and the rejected ghost
    for label, gid in planted.ids.items():
        niks = planted.niks[label]
        want = {(c, "" if pos is None else niks[pos]) for c, pos in planted.expected[label]}
        got = {(f["code"], f["member_nik"]) for f in groups[gid]["findings"]}
        assert got == want, label
    other = groups[planted.ids["other_a"]]["findings"][0]
    assert other["details"]["other_group_id"] == planted.ids["other_b"]
    assert other["severity"] == "error" and "Kelompok Usaha" in other["message"]
    alike = groups[planted.ids["alike_b"]]["findings"][0]
    assert alike["severity"] == "warning"
    assert alike["details"]["other_group_id"] == planted.ids["alike_a"]
    assert alike["member_nik"] == planted.niks["alike_b"][7]  # the full NIK, in JSON
    clean = [planted.ids[k] for k in planted.ids if k.startswith("clean")]
    for gid in clean:
        assert {f["code"] for f in groups[gid]["findings"]} <= {
            "BANK_ACCOUNT_MISSING", "DOCUMENT_MISSING", "BUDGET_MISSING",
        }  # fmt: skip


def test_vetting_named_groups_gives_the_same_answer(db: Database, run_cli) -> None:
    planted = build(db)
    everything = vet_json(run_cli)
    some = [planted.ids[k] for k in ("other_a", "alike_b", "funded", "jps_quota", "clean_1")]
    named = vet_json(run_cli, *map(str, some))
    assert sorted(named) == sorted(some)
    for gid in some:
        assert named[gid]["findings"] == everything[gid]["findings"]


def test_text_output_masks_niks_and_the_log_holds_none(
    db: Database, run_cli, isolated_data_dir: Path
) -> None:
    planted = build(db)
    code, out, _ = run_cli("vet")
    assert code == 0
    assert "NIK_FORMAT" in out and "Jumlah: " in out
    every_nik = {n for ns in planted.niks.values() for n in ns}
    assert not any(n in out for n in every_nik if len(n) == 16)
    code, out, _ = run_cli("vet", "--json")
    logs = "".join(p.read_text(encoding="utf-8") for p in isolated_data_dir.rglob("*.log*"))
    assert not re.search(r"\d{16}", logs)
    assert not any(n in logs for n in every_nik if len(n) >= 12)


def test_vet_of_an_unknown_group_is_refused(db: Database, run_cli) -> None:
    code, _, err = run_cli("vet", "4040")
    assert code == 1 and "4040" in err


def test_decide_and_ack_through_the_command_line(db: Database, run_cli, people) -> None:
    planted = build(db)
    clean, kk, bad = planted.ids["clean_0"], planted.ids["same_kk"], planted.ids["sex"]
    # Usage: --user and --to are required.
    assert run_cli("decide", str(clean), "--to", "diverifikasi")[0] == 2
    assert run_cli("decide", str(clean), "--user", "vera")[0] == 2
    assert run_cli("decide", str(clean), "--to", "lulus", "--user", "vera")[0] == 2
    # Roles.
    code, _, err = run_cli("decide", str(clean), "--to", "diverifikasi", "--user", "peni")
    assert code == 1 and "tidak berwenang" in err
    code, _, err = run_cli("decide", str(clean), "--to", "diverifikasi", "--user", "vivi")
    assert code == 1
    # An error blocks verification; the reason names the code and masks the NIK.
    code, _, err = run_cli("decide", str(bad), "--to", "diverifikasi", "--user", "vera")
    assert code == 1 and "NIK_SEX_MISMATCH" in err
    assert planted.niks["sex"][3] not in err and planted.niks["sex"][3][-4:] in err
    # A warning needs a note.
    code, _, err = run_cli("decide", str(kk), "--to", "diverifikasi", "--user", "vera")
    assert code == 1 and "KK_DUPLICATE_IN_GROUP" in err
    nik = planted.niks["same_kk"][8]
    assert run_cli("ack", str(kk), "--code", "KK_DUPLICATE_IN_GROUP", "--nik", nik,
                   "--note", "Suami istri, usaha bersama", "--user", "peni")[0] == 1  # fmt: skip
    code, out, err = run_cli("ack", str(kk), "--code", "KK_DUPLICATE_IN_GROUP", "--nik",
                             f"{nik[:6]} {nik[6:]}", "--note", "Suami istri, usaha bersama",
                             "--user", "vera")  # fmt: skip
    assert code == 0, err
    assert nik not in out and "disimpan" in out
    code, out, err = run_cli("decide", str(clean), str(kk), "--to", "diverifikasi",
                             "--user", "vera", "--json")  # fmt: skip
    assert code == 0, err
    decisions = json.loads(out)["decisions"]
    assert [(d["id"], d["from"], d["to"]) for d in decisions] == [
        (clean, "diusulkan", "diverifikasi"),
        (kk, "diusulkan", "diverifikasi"),
    ]
    assert all(d["name"].startswith("Kelompok Usaha") for d in decisions)
    # Returning needs a reason.
    code, _, err = run_cli("decide", str(planted.ids["clean_1"]), "--to", "dikembalikan",
                           "--user", "vera")  # fmt: skip
    assert code == 1 and "alasan" in err
    code, _, err = run_cli(
        "decide",
        str(planted.ids["clean_1"]),
        "--to",
        "dikembalikan",
        "--reason",
        "Proposal belum ditandatangani",
        "--user",
        "vera",
    )
    assert code == 0, err
    # The pejabat recommends (not the verifier), then SK in bulk.
    assert run_cli("decide", str(clean), "--to", "direkomendasikan", "--user", "vera")[0] == 1
    code, out, err = run_cli("decide", str(clean), str(kk), "--to", "direkomendasikan",
                             "--user", "peni")  # fmt: skip
    assert code == 0, err
    assert "Memenuhi Syarat (MS) → Direkomendasikan" in out
    with db.session() as s:
        wf.change_status(s, users.actor_for(s, "peni", "cli"), [clean, kk], "diajukan",
                         via=Via.EXPORT)  # fmt: skip
    assert run_cli("decide", str(clean), "--to", "ditetapkan", "--user", "peni")[0] == 1
    assert run_cli("decide", str(clean), "--to", "diverifikasi", "--sk", "1", "--user",
                   "vera")[0] == 2  # fmt: skip
    code, _, err = run_cli("decide", str(clean), str(kk), "--to", "ditetapkan", "--sk",
                           "KEP.12/LATTAS/2024", "--date", "02/05/2024", "--amount",
                           "Rp20.000.000", "--user", "peni")  # fmt: skip
    assert code == 0, err
    code, _, err = run_cli("decide", str(clean), "--to", "dana_cair", "--date", "10-06-2024",
                           "--amount", "20000000", "--user", "peni")  # fmt: skip
    assert code == 0, err
    with db.reader() as s:
        g = s.get(Group, clean)
        assert (g.sk_number, g.sk_date, g.disbursed_on) == (
            "KEP.12/LATTAS/2024", dt.date(2024, 5, 2), dt.date(2024, 6, 10),
        )  # fmt: skip
    # The history tells it all, in order.
    code, out, _ = run_cli("history", str(kk), "--json", "--verify")
    assert code == 0
    events = [(e["action"], e["entity"], e["user"]) for e in json.loads(out)["events"]]
    assert events == [
        ("create", "finding_ack", "vera"),
        ("status", "group", "vera"),  # diverifikasi
        ("status", "group", "peni"),  # direkomendasikan
        ("status", "group", "peni"),  # diajukan (by the export service)
        ("status", "group", "peni"),  # ditetapkan
    ]
    assert json.loads(out)["chain"]["ok"] is True


def test_ack_takes_the_masked_nik_the_screen_shows(db: Database, run_cli, people) -> None:
    planted = build(db)
    kk = str(planted.ids["same_kk"])
    nik = planted.niks["same_kk"][8]
    masked = f"{nik[:4]}{'*' * 8}{nik[-4:]}"
    with db.reader() as s:
        name = s.scalars(select(Member.name).where(Member.nik == nik)).one()
    code, out, _ = run_cli("vet", kk)
    assert code == 0 and f"KK_DUPLICATE_IN_GROUP: {masked} {name} (anggota ke-9): " in out
    code, _, err = run_cli("ack", kk, "--code", "KK_DUPLICATE_IN_GROUP",
                           "--note", "Suami istri", "--user", "vera")  # fmt: skip
    assert code == 1 and "--nik" in err and f"{masked} {name} (anggota ke-9)" in err
    code, out, err = run_cli("ack", kk, "--code", "KK_DUPLICATE_IN_GROUP", "--nik", masked,
                             "--note", "Suami istri", "--user", "vera")  # fmt: skip
    assert code == 0, err
    code, out, _ = run_cli("vet", kk, "--json")
    [finding] = [f for f in json.loads(out)["groups"][0]["findings"]
                 if f["code"] == "KK_DUPLICATE_IN_GROUP"]  # fmt: skip
    assert finding["member_nik"] == nik
    code, out, _ = run_cli("vet", kk)
    assert f"{masked} {name}" in out
