"""import_file: what lands in the database, what is refused, replace, funded, errors-out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from tests.import_support import seed_office, snapshot, vb
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.importer import import_file
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import (
    AuditEvent,
    Finding,
    FundedBefore,
    Group,
    Member,
    Scheme,
    StatusChange,
)

CLI = Actor(channel="cli", os_account="clerk1")


@pytest.fixture
def office_db(db: Database) -> Database:
    return seed_office(db)


def _import(db: Database, path: Path, **kw: Any):  # type: ignore[no-untyped-def]
    return import_file(db, CLI, path, today=vb.TODAY, **kw)


def test_groups_members_findings_and_audit_are_stored(office_db: Database, tmp_path: Path) -> None:
    groups = [vb.group("Maju Jaya", 9), vb.group("Sejahtera", 8, 100)]
    path = vb.per_sheet_book(tmp_path / "usulan.xlsx", groups, nik_as_number=True)
    result = _import(office_db, path)
    assert not result.refused
    assert (result.groups_created, result.members_created) == (2, 17)
    assert [(p.code, p.sheet, p.row, p.column) for p in result.findings] == [
        ("NIK_ROUNDED", "Sejahtera", 11, "B")
    ]
    with office_db.reader() as s:
        stored = s.scalars(select(Group).order_by(Group.id)).all()
        assert [(g.name, g.status, g.kelurahan_code, g.kecamatan_code) for g in stored] == [
            ("Maju Jaya", "diusulkan", "32.75.01.1002", "32.75.01"),
            ("Sejahtera", "diusulkan", "32.75.01.1002", "32.75.01"),
        ]
        assert result.group_ids == [g.id for g in stored]
        members = s.scalars(select(Member).order_by(Member.group_id, Member.position)).all()
        assert [m.nik for m in members[:9]] == [p.nik for p in groups[0].members]
        assert {m.nik_source for m in members} == {"number"}
        assert members[0].role == "Ketua" and members[0].kelurahan_code == "32.75.01.1002"
        finding = s.scalars(select(Finding)).one()
        rounded = next(m for m in members if m.nik.endswith("100"))
        assert (finding.code, finding.source, finding.member_id, finding.severity) == (
            "NIK_ROUNDED",
            "import",
            rounded.id,
            "error",
        )
        assert finding.details["row"] == 11 and finding.category == "person"
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "import")).one()
        assert event.os_account == "clerk1" and event.channel == "cli"
        assert event.after["sha256"] == result.sha256 and len(result.sha256) == 64
        assert event.after["groups_created"] == 2 and event.after["members_created"] == 17
        assert event.after["file"] == "usulan.xlsx"
        created = s.scalars(select(AuditEvent).where(AuditEvent.entity == "group")).all()
        assert [(e.group_id, e.action, e.after["source"]) for e in created] == [
            (gid, "create", "import") for gid in result.group_ids
        ]


def test_structure_error_refuses_everything(office_db: Database, tmp_path: Path) -> None:
    before = snapshot(office_db)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nama Kelompok", "NIK", "Nama"])
    for p in vb.people(5):
        ws.append(["Maju", p.nik, p.name])
    ws.append(["Maju", None, "Tanpa NIK"])
    wb.save(tmp_path / "a.xlsx")
    result = _import(office_db, tmp_path / "a.xlsx")
    assert result.refused and result.groups_created == 0
    assert [(p.code, p.row, p.column) for p in result.errors] == [("VALUE_MISSING", 7, "B")]
    assert snapshot(office_db) == before


def test_group_exists_in_the_scheme(office_db: Database, tmp_path: Path) -> None:
    first = vb.long_table_book(tmp_path / "a.xlsx", [vb.group("Maju Jaya", 3)])
    assert not _import(office_db, first).refused
    before = snapshot(office_db)
    again = vb.long_table_book(
        tmp_path / "b.xlsx", [vb.group("MAJU  JAYA", 3, 50), vb.group("Baru", 3, 80)]
    )
    result = _import(office_db, again)
    assert result.refused
    assert [(p.code, p.row) for p in result.errors] == [("GROUP_EXISTS", 4)]
    assert snapshot(office_db) == before
    # The same name in another kelurahan is another group.
    other = vb.long_table_book(
        tmp_path / "c.xlsx", [vb.group("Maju Jaya", 3, 90, kelurahan="Bekasijaya")]
    )
    assert not _import(office_db, other).refused


def test_dry_run_reports_and_writes_nothing(office_db: Database, tmp_path: Path) -> None:
    before = snapshot(office_db)
    path = vb.per_sheet_book(tmp_path / "a.xlsx", [vb.group("Maju", 5)], nik_as_number=True)
    result = _import(office_db, path, dry_run=True)
    assert result.dry_run and not result.refused
    assert (result.groups_created, result.members_created) == (1, 5)
    assert snapshot(office_db) == before


def test_strict_refuses_on_error_findings(office_db: Database, tmp_path: Path) -> None:
    before = snapshot(office_db)
    path = vb.per_sheet_book(tmp_path / "a.xlsx", [vb.group("Maju", 12)], nik_as_number=True)
    result = _import(office_db, path, strict=True)
    assert result.refused and result.errors == []
    assert [p.code for p in result.findings] == ["NIK_ROUNDED"]
    assert snapshot(office_db) == before
    assert not _import(office_db, path).refused  # without --strict the group goes in


def test_scheme_by_code_and_unknown_scheme(office_db: Database, tmp_path: Path) -> None:
    with office_db.reader() as s:
        codes = list(s.scalars(select(Scheme.code).order_by(Scheme.id)))
    path = vb.long_table_book(tmp_path / "a.xlsx", [vb.group("Maju", 3)])
    result = _import(office_db, path, scheme_code=codes[-1].lower())
    with office_db.reader() as s:
        group = s.get(Group, result.group_ids[0])
        assert group is not None and group.scheme.code == codes[-1]
    with pytest.raises(InputRefused, match="tidak dikenal"):
        _import(office_db, path, scheme_code="TIDAK-ADA")


def test_viewer_may_not_import(office_db: Database, tmp_path: Path) -> None:
    viewer = Actor(channel="gui", os_account="x", user_id=99, username="lihat", role="viewer")
    path = vb.long_table_book(tmp_path / "a.xlsx", [vb.group("Maju", 3)])
    with pytest.raises(InputRefused):
        import_file(office_db, viewer, path, today=vb.TODAY)


def _return_group(db: Database, group_id: int) -> None:
    with db.session() as s:
        group = s.get(Group, group_id)
        assert group is not None
        group.status = "dikembalikan"


def test_replace_a_returned_groups_roster(office_db: Database, tmp_path: Path) -> None:
    spec = vb.group("Maju Jaya", 5)
    gid = _import(office_db, vb.per_sheet_book(tmp_path / "a.xlsx", [spec])).group_ids[0]
    with pytest.raises(InputRefused, match="Dikembalikan untuk Perbaikan"):
        _import(office_db, tmp_path / "a.xlsx", replace_group_id=gid)
    _return_group(office_db, gid)
    fixed = vb.GroupSpec("Maju Jaya", spec.members[:4] + vb.people(1, 500))
    fixed.members[1] = vb.Person(
        "Nama Dibetulkan",
        fixed.members[1].birth_date,
        fixed.members[1].sex,
        fixed.members[1].serial,
        "Sekretaris",
    )
    result = _import(
        office_db, vb.per_sheet_book(tmp_path / "b.xlsx", [fixed]), replace_group_id=gid
    )
    assert not result.refused and result.replaced is not None
    diff = result.replaced
    assert [m["name"] for m in diff.added] == [fixed.members[4].name]
    assert [m["name"] for m in diff.removed] == [spec.members[4].name]
    assert [(m["name"], list(m["fields"])) for m in diff.changed] == [("Nama Dibetulkan", ["name"])]
    assert diff.added[0]["nik"].count("*") == 8  # masked for display
    with office_db.reader() as s:
        group = s.get(Group, gid)
        assert group is not None and group.status == "diusulkan"
        names = s.scalars(
            select(Member.name).where(Member.group_id == gid).order_by(Member.position)
        )
        assert list(names) == [p.name for p in fixed.members]
        change = s.scalars(select(StatusChange).where(StatusChange.group_id == gid)).one()
        assert (change.from_status, change.to_status) == ("dikembalikan", "diusulkan")
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.group_id == gid)))
        assert "replace_roster" in actions and "status" in actions


def test_replace_needs_exactly_one_group(office_db: Database, tmp_path: Path) -> None:
    gid = _import(office_db, vb.long_table_book(tmp_path / "a.xlsx", [vb.group("A", 3)])).group_ids[
        0
    ]
    _return_group(office_db, gid)
    two = vb.long_table_book(tmp_path / "b.xlsx", [vb.group("A", 3), vb.group("B", 3, 40)])
    with pytest.raises(InputRefused, match="tepat satu kelompok"):
        _import(office_db, two, replace_group_id=gid)


def test_funded_before_list(office_db: Database, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No", "NIK", "Nama", "Nama Kelompok"])
    people = vb.people(4, 700)
    for i, p in enumerate(people, start=1):
        ws.append([i, p.nik, p.name, "Lama Jaya"])
    wb.save(tmp_path / "penerima-2020.xlsx")
    result = _import(
        office_db, tmp_path / "penerima-2020.xlsx", funded=True, scheme_code="tkm-jps-2020"
    )
    assert result.funded_loaded == 4 and not result.refused
    again = _import(
        office_db, tmp_path / "penerima-2020.xlsx", funded=True, scheme_code="TKM-JPS-2020"
    )
    assert again.funded_loaded == 0
    with office_db.reader() as s:
        rows = s.execute(
            select(FundedBefore.nik, FundedBefore.group_name, FundedBefore.scheme_code)
        ).all()
    assert sorted(rows) == sorted((p.nik, "Lama Jaya", "TKM-JPS-2020") for p in people)
    with pytest.raises(InputRefused, match="--scheme"):
        _import(office_db, tmp_path / "penerima-2020.xlsx", funded=True)


def test_errors_out_workbook(office_db: Database, tmp_path: Path) -> None:
    people = vb.people(3)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Maju"
    ws.append(["DAFTAR ANGGOTA"])
    ws.append(["NIK", "Nama", "Tgl Lahir"])
    ws.append([people[0].nik, "=HYPERLINK(1)", people[0].birth_date])
    ws.append([int(vb.Person("X", dt.date(1990, 1, 5), "L", 10).nik), "B", "31/02/1990"])
    ws["B3"].data_type = "s"  # text that looks like a formula, as a clerk may type it
    wb.save(tmp_path / "a.xlsx")
    out = tmp_path / "keterangan.xlsx"
    result = _import(office_db, tmp_path / "a.xlsx", errors_out=out)
    assert result.refused
    assert not (tmp_path / "keterangan.xlsx.part").exists()
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Ringkasan", "Maju"]
    sheet = book["Maju"]
    assert sheet["D2"].value == "Keterangan"
    assert sheet["B3"].value == "=HYPERLINK(1)" and sheet["B3"].data_type == "s"
    assert sheet["B3"].quotePrefix  # still text once the village edits the cell
    note = sheet["D4"].value
    assert "dibulatkan" in note and "31/02/1990" in note
    assert sheet["A4"].value == "3275010501900010" and sheet["A4"].data_type == "s"
    assert sheet["A4"].fill.start_color.rgb == "FFF4B6B6"
    assert sheet["C4"].fill.start_color.rgb == "FFF4B6B6"
    summary = [[c.value for c in row] for row in book["Ringkasan"].iter_rows(min_row=4)]
    assert [r[3] for r in summary[1:]] == ["NIK_ROUNDED", "DATE_NOT_IN_CALENDAR"]
