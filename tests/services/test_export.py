"""Export service: what goes in and why not, the workbook, its record, submission, round trip."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.excel.export_format import load_format
from tkm_desktop.paths import reports_dir
from tkm_desktop.services import export as export_service
from tkm_desktop.services import users, workflow
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.services.context import Actor
from tkm_desktop.services.demo import populate_demo
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.export import ExportCancelled, plan_export, run_export
from tkm_desktop.services.importer import import_file
from tkm_desktop.services.permissions import PermissionDenied
from tkm_desktop.services.synthetic import generate
from tkm_desktop.services.vetting import stored_findings, vet_groups
from tkm_desktop.store.db import Database, sqlite_url
from tkm_desktop.store.models import (
    AuditEvent,
    BudgetItem,
    ExportBatch,
    ExportBatchGroup,
    Group,
    Member,
    Office,
    Scheme,
    StatusChange,
)

TODAY = dt.date(2025, 6, 2)
S = GroupStatus
GROUP_FIELDS = (
    "name", "business_type", "sector", "street", "rt_rw", "kelurahan_code", "kecamatan_code",
    "recommender_name", "recommender_letter_number", "recommender_letter_date", "bank_name",
    "account_number", "account_holder",
)  # fmt: skip
MEMBER_FIELDS = (
    "nik", "kk", "name", "birth_place", "birth_date", "sex", "address", "rt_rw",
    "kelurahan_code", "phone", "education", "work_status", "role",
)  # fmt: skip


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo office, vetted, built once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(sqlite_url(path))
    populate_demo(db, today=TODAY)
    with db.reader() as s:
        actor = users.actor_for(s, "verifikator", "cli")
    vet_groups(db, actor, today=TODAY)
    db.dispose()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, copy)
    db = open_database(sqlite_url(copy))
    yield db
    db.dispose()


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """Where exports go: empty, so a test sees every file an export leaves."""
    folder = tmp_path / "keluar"
    folder.mkdir()
    return folder


def actor(db: Database, name: str = "pejabat") -> Actor:
    with db.reader() as s:
        return users.actor_for(s, name, "cli")


def ids_in(db: Database, *statuses: str) -> list[int]:
    with db.reader() as s:
        return list(
            s.scalars(select(Group.id).where(Group.status.in_(statuses)).order_by(Group.id))
        )


def workbook_rows(path: Path, sheet: str) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


# --- planning ------------------------------------------------------------------------


def test_plan_takes_the_recommended_groups_by_default(demo: Database) -> None:
    plan = plan_export(demo, actor(demo))
    assert plan.statuses == ("direkomendasikan",) and plan.format.name == "kemnaker-tkm"
    assert [g.id for g in plan.included] == ids_in(demo, S.DIREKOMENDASIKAN)
    assert plan.excluded == [] and plan.members == sum(g.members for g in plan.included) > 0


def test_groups_with_errors_are_left_out_with_the_reason(demo: Database) -> None:
    plan = plan_export(demo, actor(demo), statuses=["diusulkan", "dikembalikan"])
    assert plan.excluded, "the demo plants mistakes in some proposals"
    with demo.reader() as s:
        vetted = {gv.id: gv for gv in stored_findings(s, ids_in(demo, S.DIUSULKAN, S.DIKEMBALIKAN))}
    for group, why in plan.excluded:
        errors = vetted[group.id].errors
        texts = [e.message("id", masked=True) for e in errors]  # as the group editor says it
        assert why.startswith(f"{len(errors)} kesalahan belum diperbaiki: ")
        assert texts[0] in why and set(plan.details[group.id]) == set(texts)
        assert "galat" not in why and not {e.code for e in errors} & set(why.split(" "))
        assert not [n for n in (e.member_nik for e in errors) if n and n in why]  # masked
    assert all(not vetted[g.id].errors for g in plan.included)
    assert {g.id for g in plan.included} | {g.id for g, _ in plan.excluded} == set(vetted)
    assert plan.to_json()["excluded"][0]["details"] == list(plan.details[plan.excluded[0][0].id])


def test_reasons_speak_the_callers_language(demo: Database) -> None:
    plan = plan_export(demo, actor(demo), statuses=["diusulkan"], lang="en")
    with demo.reader() as s:
        vetted = {gv.id: gv for gv in stored_findings(s, ids_in(demo, S.DIUSULKAN))}
    for group, why in plan.excluded:
        errors = vetted[group.id].errors
        assert f"{len(errors)} error" in why and "not fixed yet: " in why
        assert errors[0].message("en", masked=True) in why and "kesalahan" not in why
    # The office's records keep them in Indonesian (the export's audit event).
    assert all("belum diperbaiki" in plan.recorded[g.id] for g, _ in plan.excluded)
    proposal = ids_in(demo, S.DIVERIFIKASI)[0]
    [(_, why)] = plan_export(demo, actor(demo), group_ids=[proposal], lang="en").excluded
    assert why == "Its status is Eligible (verified); only these are exported: Recommended."


def test_groups_named_by_id_outside_the_statuses_are_left_out(demo: Database) -> None:
    proposal = ids_in(demo, S.DIVERIFIKASI)[0]
    recommended = ids_in(demo, S.DIREKOMENDASIKAN)[0]
    plan = plan_export(demo, actor(demo), group_ids=[recommended, proposal])
    assert [g.id for g in plan.included] == [recommended]
    [(group, why)] = plan.excluded
    assert group.id == proposal and "Berstatus Memenuhi Syarat (MS)" in why
    with pytest.raises(InputRefused, match="ID 9999 tidak ada"):
        plan_export(demo, actor(demo), group_ids=[9999])


def test_an_unlocked_roster_is_left_out(demo: Database) -> None:
    gid = ids_in(demo, S.DIREKOMENDASIKAN)[0]
    workflow.unlock_roster(demo, actor(demo), gid, "alamat anggota salah ketik")
    plan = plan_export(demo, actor(demo))
    assert [(g.id, "sedang dibuka" in why) for g, why in plan.excluded] == [(gid, True)]


def test_a_broken_format_is_refused_before_anything_is_written(
    demo: Database, tmp_path: Path
) -> None:
    text = (reports_dir() / "export" / "kemnaker-tkm.toml").read_text(encoding="utf-8")
    broken = tmp_path / "rusak.toml"
    broken.write_text(text.replace('field = "anggota.nik"', 'field = "anggota.nomor_ktp"'),
                      encoding="utf-8")  # fmt: skip
    with pytest.raises(InputRefused) as caught:
        plan_export(demo, actor(demo), format_name=broken)
    [reason] = caught.value.reasons
    assert (
        reason.startswith("Berkas format ekspor rusak.toml, baris ")
        and "anggota.nomor_ktp" in reason
    )
    assert list(tmp_path.glob("*.xlsx*")) == []


def test_the_schemes_export_format_is_the_default(demo: Database) -> None:
    with demo.session() as s:
        for scheme in s.scalars(select(Scheme)):
            scheme.export_format = "rekap-sederhana"
    assert plan_export(demo, actor(demo)).format.name == "rekap-sederhana"


# --- writing and recording -----------------------------------------------------------------


def test_export_writes_records_and_audits_without_moving_groups(
    demo: Database, tmp_path: Path
) -> None:
    who = actor(demo)
    plan = plan_export(demo, who)
    out = tmp_path / "usulan.xlsx"
    result = run_export(demo, who, plan, out, confirm_submit=False, today=TODAY)
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert not (tmp_path / "usulan.xlsx.part").exists() and result.submitted == []
    ids = [g.id for g in plan.included]
    with demo.reader() as s:
        batch = s.get(ExportBatch, result.batch_id)
        assert batch is not None
        assert (batch.file_name, batch.sha256, batch.format_name, batch.user_id) == (
            "usulan.xlsx",
            result.sha256,
            "kemnaker-tkm",
            who.user_id,
        )
        linked = s.scalars(select(ExportBatchGroup.group_id).where(
            ExportBatchGroup.batch_id == batch.id)).all()  # fmt: skip
        assert sorted(linked) == sorted(ids)
        create, access = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(2))
        create, access = access, create
        assert (create.action, create.entity, create.entity_id) == (
            "create",
            "export_batch",
            str(batch.id),
        )
        assert create.after["sha256"] == result.sha256 and create.after["group_ids"] == ids
        assert create.username == "pejabat" and create.channel == "cli"
        assert (access.action, access.entity, access.after["group_ids"]) == (
            "export",
            "export_batch",
            ids,
        )
        assert access.after["members"] == plan.members
        assert {g.status for g in s.scalars(select(Group).where(Group.id.in_(ids)))} == {
            S.DIREKOMENDASIKAN}  # fmt: skip
    assert result.rows == {"Kelompok": len(ids), "Anggota": plan.members,
                           "RAB": result.rows["RAB"]}  # fmt: skip


def test_a_single_groups_export_is_in_its_history(demo: Database, out_dir: Path) -> None:
    from tkm_desktop.services.audit import history

    gid = ids_in(demo, S.DIREKOMENDASIKAN)[0]
    plan = plan_export(demo, actor(demo), group_ids=[gid])
    run_export(demo, actor(demo), plan, out_dir / "satu.xlsx", confirm_submit=False)
    with demo.reader() as s:
        actions = [(e.action, e.entity) for e in history(s, gid)]
    assert actions[-2:] == [("create", "export_batch"), ("export", "export_batch")]


def test_confirmed_submission_moves_the_groups_to_diajukan(demo: Database, tmp_path: Path) -> None:
    who = actor(demo)
    plan = plan_export(demo, who)
    ids = [g.id for g in plan.included]
    result = run_export(demo, who, plan, tmp_path / "usulan.xlsx", confirm_submit=True)
    assert sorted(result.submitted) == sorted(ids)
    with demo.reader() as s:
        assert set(s.scalars(select(Group.status).where(Group.id.in_(ids)))) == {S.DIAJUKAN}
        changes = s.scalars(
            select(StatusChange).where(
                StatusChange.group_id.in_(ids), StatusChange.to_status == S.DIAJUKAN
            )
        ).all()
        assert len(changes) == len(ids)
        assert all(f"usulan.xlsx (ekspor #{result.batch_id})" in c.reason for c in changes)
        assert all(c.user_id == who.user_id for c in changes)


def test_only_recommended_groups_can_be_submitted(demo: Database, out_dir: Path) -> None:
    who = actor(demo)
    plan = plan_export(demo, who, statuses=["diverifikasi", "direkomendasikan"])
    with pytest.raises(InputRefused, match="hanya kelompok berstatus Direkomendasikan"):
        run_export(demo, who, plan, out_dir / "usulan.xlsx", confirm_submit=True)
    assert list(out_dir.iterdir()) == []


def test_only_a_pejabat_may_export(demo: Database, out_dir: Path) -> None:
    plan = plan_export(demo, actor(demo, "viewer"))  # seeing the plan is reading
    for name in ("verifikator", "viewer", "admin"):
        with pytest.raises(PermissionDenied):
            run_export(demo, actor(demo, name), plan, out_dir / "x.xlsx", confirm_submit=False)
    with pytest.raises(PermissionDenied):
        run_export(demo, Actor.anonymous("cli"), plan, out_dir / "x.xlsx", confirm_submit=False)
    assert list(out_dir.iterdir()) == []


def test_a_group_changed_since_the_plan_stops_the_export(demo: Database, out_dir: Path) -> None:
    plan = plan_export(demo, actor(demo))
    workflow.decide(demo, actor(demo, "admin"), [plan.included[0].id], S.DIBATALKAN,
                    reason="kelompok bubar")  # fmt: skip
    with pytest.raises(InputRefused, match="berubah sejak daftar ekspor disusun"):
        run_export(demo, actor(demo), plan, out_dir / "x.xlsx", confirm_submit=False)
    assert list(out_dir.iterdir()) == []


def test_nothing_to_export_and_a_wrong_file_name_are_refused(
    demo: Database, tmp_path: Path
) -> None:
    who = actor(demo)
    empty = plan_export(demo, who, statuses=["selesai"])
    with pytest.raises(InputRefused, match="Tidak ada kelompok"):
        run_export(demo, who, empty, tmp_path / "x.xlsx", confirm_submit=False)
    with pytest.raises(InputRefused, match=r"\.xlsx"):
        run_export(demo, who, plan_export(demo, who), tmp_path / "x.csv", confirm_submit=False)
    with pytest.raises(InputRefused, match="tidak ada"):
        run_export(demo, who, plan_export(demo, who), tmp_path / "belum" / "x.xlsx",
                   confirm_submit=False)  # fmt: skip


def test_an_export_that_cannot_be_recorded_leaves_no_file(
    demo: Database, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kw: object) -> int:
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(export_service, "_record", fail)
    with pytest.raises(RuntimeError):
        run_export(demo, actor(demo), plan_export(demo, actor(demo)), out_dir / "x.xlsx",
                   confirm_submit=False)  # fmt: skip
    assert list(out_dir.iterdir()) == []


def test_cancel_keeps_nothing(demo: Database, out_dir: Path) -> None:
    seen: list[tuple[int, int]] = []
    plan = plan_export(demo, actor(demo))
    with pytest.raises(ExportCancelled):
        run_export(
            demo,
            actor(demo),
            plan,
            out_dir / "x.xlsx",
            confirm_submit=True,
            progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: bool(seen),
        )
    assert seen == [(1, len(plan.included))] and list(out_dir.iterdir()) == []
    with demo.reader() as s:
        assert s.scalar(select(ExportBatch.id)) is None
        assert set(s.scalars(select(Group.status).where(
            Group.id.in_([g.id for g in plan.included])))) == {S.DIREKOMENDASIKAN}  # fmt: skip


# --- the workbook, read back ------------------------------------------------------------


def test_workbook_follows_the_format_and_leaves_out_the_excluded(
    demo: Database, tmp_path: Path
) -> None:
    plan = plan_export(
        demo, actor(demo), statuses=["diusulkan", "dikembalikan", "direkomendasikan"]
    )
    out = tmp_path / "usulan.xlsx"
    run_export(demo, actor(demo), plan, out, confirm_submit=False, today=TODAY)
    fmt = load_format("kemnaker-tkm")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [s.name for s in fmt.sheets]
    for spec in fmt.sheets:
        ws = book[spec.name]
        assert [c.value for c in ws[spec.header_row]] == [c.header for c in spec.columns]
        assert workbook_rows(out, spec.name)[spec.header_row - 1] == [
            c.header for c in spec.columns
        ]
        assert ws["A2"].value == "Dinas Ketenagakerjaan Kota Bekasi"
        assert ws["A4"].value == "Tanggal: 2 Juni 2025"
    members = workbook_rows(out, "Anggota")[6:]
    nik_col = [c.field for c in fmt.sheets[1].columns].index("anggota.nik")
    assert len(members) == plan.members
    assert all(isinstance(r[nik_col], str) and len(r[nik_col]) == 16 and r[nik_col].isdigit()
               for r in members)  # fmt: skip
    for row in book["Anggota"].iter_rows(min_row=7, min_col=nik_col + 1, max_col=nik_col + 1):
        assert row[0].data_type == "s" and row[0].number_format == "@"
    names = {r[2] for r in workbook_rows(out, "Kelompok")[6:]}
    assert names == {g.name for g in plan.included}
    assert not names & {g.name for g, _ in plan.excluded}
    assert {r[2] for r in members} == names


def test_a_changed_format_file_changes_the_workbook(demo: Database, tmp_path: Path) -> None:
    text = (reports_dir() / "export" / "kemnaker-tkm.toml").read_text(encoding="utf-8")
    education = (
        '[[sheets.columns]]\nheader = "Pendidikan"\nfield = "anggota.pendidikan"\nwidth = 11\n'
    )
    sexes = 'map = { L = "Laki-laki", P = "Perempuan" }'
    changed = (text.replace('name = "RAB"', 'name = "Rencana Biaya"')
               .replace('header = "No. HP"', 'header = "Nomor WhatsApp"')
               .replace(education, "")
               .replace(sexes, 'map = { L = "Pria" }'))  # fmt: skip
    assert education not in changed and "anggota.pendidikan" not in changed
    own = tmp_path / "kemnaker-2026.toml"
    own.write_text(changed, encoding="utf-8")
    plan = plan_export(demo, actor(demo), format_name=own)
    out = tmp_path / "usulan.xlsx"
    result = run_export(demo, actor(demo), plan, out, confirm_submit=False)
    assert result.format_name == "kemnaker-2026"
    assert CalamineWorkbook.from_path(str(out)).sheet_names == ["Kelompok", "Anggota",
                                                                "Rencana Biaya"]  # fmt: skip
    header = workbook_rows(out, "Anggota")[5]
    assert "Nomor WhatsApp" in header and "No. HP" not in header and "Pendidikan" not in header
    sexes = {r[header.index("Jenis Kelamin")] for r in workbook_rows(out, "Anggota")[6:]}
    assert sexes <= {"Pria", "P"} and "Pria" in sexes


# --- round trip: exported, imported again, the same groups and members ---------------------


def _snapshot(db: Database, ids: list[int] | None = None) -> dict[str, Any]:
    with db.reader() as s:
        query = select(Group) if ids is None else select(Group).where(Group.id.in_(ids))
        return {
            g.name: (
                {f: getattr(g, f) for f in GROUP_FIELDS},
                [{f: getattr(m, f) for f in MEMBER_FIELDS} for m in g.members],
            )
            for g in s.scalars(query)
        }


def _import_into_new_office(path: Path, region: str, folder: Path) -> Database:
    db = open_database(sqlite_url(folder / "reimport.sqlite3"))
    with db.session() as s:
        s.add(Office(region_code=region))
    result = import_file(db, Actor.anonymous("cli"), path, today=TODAY)
    assert not result.refused, result.reasons
    assert result.layout == "groups_members"
    return db


def _assert_round_trip(source: Database, ids: list[int], out: Path, folder: Path) -> None:
    region = "32.75"
    again = _import_into_new_office(out, region, folder)
    try:
        before, after = _snapshot(source, ids), _snapshot(again)
    finally:
        again.dispose()
    assert set(after) == set(before)
    for name, (group, members) in before.items():
        assert after[name][0] == group, name
        assert after[name][1] == members, name  # field for field, in roster order


def test_round_trip_of_the_demo_office(demo: Database, tmp_path: Path) -> None:
    statuses = ["diusulkan", "dikembalikan", "diverifikasi", "direkomendasikan"]
    plan = plan_export(demo, actor(demo), statuses=statuses)
    assert len(plan.included) >= 8
    out = tmp_path / "usulan.xlsx"
    run_export(demo, actor(demo), plan, out, confirm_submit=False)
    (tmp_path / "again").mkdir()
    _assert_round_trip(demo, [g.id for g in plan.included], out, tmp_path / "again")


def _add_generated(db: Database) -> list[int]:
    """Generated groups, recommended, with values a spreadsheet likes to spoil."""
    data = generate(11, groups=6, members_per_group=(10, 18), today=TODAY)
    data.groups[0].name = "=SUM(A1:A9)"
    data.groups[1].account_number = "0012300456"
    data.groups[2].members[3].name = "#N/A"
    data.groups[3].members[0].phone = "08120000000"
    data.groups[4].members[1].kk = data.groups[4].members[1].kk[:-1] + "0"
    ids = []
    with db.session() as s:
        s.add(Office(region_code=data.region_code))
        scheme = s.scalars(select(Scheme).where(Scheme.code == data.scheme_code)).one()
        for g in data.groups:
            row = Group(
                scheme_id=scheme.id,
                status=S.DIREKOMENDASIKAN.value,
                **{
                    f: getattr(g, f)
                    for f in (
                        *GROUP_FIELDS,
                        "kelurahan_name",
                        "kecamatan_name",
                        "recommender_title",
                    )
                },
            )
            row.members = [
                Member(position=i, **{f: getattr(m, f) for f in MEMBER_FIELDS})
                for i, m in enumerate(g.members, start=1)
            ]
            row.budget_items = [BudgetItem(position=i, item=b.item, category=b.category,
                                           quantity=b.quantity, unit=b.unit,
                                           unit_price=b.unit_price)
                                for i, b in enumerate(g.budget, start=1)]  # fmt: skip
            s.add(row)
            s.flush()
            ids.append(row.id)
    return ids


def test_round_trip_of_generated_groups(db: Database, tmp_path: Path) -> None:
    ids = _add_generated(db)
    with db.session() as s:
        pejabat = users.create_user(s, Actor.anonymous("cli"), "kepala", "admin", None)
        who = users.actor_from_user(
            users.create_user(s, users.actor_from_user(pejabat, "cli"), "pejabat", "pejabat", None),
            "cli",
        )
    plan = plan_export(db, who)
    assert sorted(g.id for g in plan.included) == sorted(ids)
    out = tmp_path / "usulan.xlsx"
    result = run_export(db, who, plan, out, confirm_submit=False, today=TODAY)
    rab = workbook_rows(out, "RAB")[6:]
    with db.reader() as s:
        assert len(rab) == result.rows["RAB"] == len(s.scalars(select(BudgetItem.id)).all())
    kelompok = workbook_rows(out, "Kelompok")[6:]
    assert "=SUM(A1:A9)" in {r[2] for r in kelompok} and "0012300456" in {r[14] for r in kelompok}
    (tmp_path / "again").mkdir()
    _assert_round_trip(db, ids, out, tmp_path / "again")


def test_a_file_held_open_elsewhere_is_refused_plainly(
    demo: Database, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tkm_desktop.excel.export_writer as writer

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file")  # Excel has it open

    monkeypatch.setattr(writer.os, "replace", locked)
    with pytest.raises(InputRefused, match="sedang dibuka di Excel"):
        run_export(demo, actor(demo), plan_export(demo, actor(demo)), out_dir / "x.xlsx",
                   confirm_submit=False)  # fmt: skip
    assert list(out_dir.iterdir()) == []


def test_the_audit_keeps_the_reasons_in_indonesian_whatever_the_window_shows(
    demo: Database, tmp_path: Path
) -> None:
    who = actor(demo)
    plan = plan_export(demo, who, statuses=["direkomendasikan", "diusulkan"], lang="en")
    assert plan.included and plan.excluded
    run_export(demo, who, plan, tmp_path / "usulan.xlsx", confirm_submit=False, today=TODAY)
    with demo.reader() as s:
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "create").order_by(AuditEvent.id.desc())
        ).first()
    assert event is not None and event.entity == "export_batch"
    reasons = list(event.after["excluded"].values())
    assert reasons and all("belum diperbaiki" in r or "Berstatus" in r for r in reasons)
    assert not [r for r in reasons if "not fixed yet" in r]
