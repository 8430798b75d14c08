"""The recap's figures against the database, counted here independently with plain ORM reads."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from tkm_desktop.domain import regions
from tkm_desktop.domain.money import format_rupiah
from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.domain.workflow import HOLDING
from tkm_desktop.excel.recap_writer import recap_workbook
from tkm_desktop.services import paperwork
from tkm_desktop.services.bootstrap import open_database
from tkm_desktop.services.browse import GroupFilter, matching_ids
from tkm_desktop.services.demo import populate_demo
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.recap import NO_KECAMATAN, recap_figures
from tkm_desktop.services.users import actor_from_user
from tkm_desktop.services.vetting import vet_groups
from tkm_desktop.store.db import Database, sqlite_url
from tkm_desktop.store.models import AuditEvent, BudgetItem, Group, Scheme, User

TODAY = dt.date(2025, 6, 2)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    path = tmp_path_factory.mktemp("recap") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = open_database(sqlite_url(path))
    populate_demo(db, today=TODAY)
    with db.session() as s:  # an empty budget plan (the ceiling counts) and no kecamatan
        group = s.get(Group, 1)
        for item in list(group.budget_items):
            s.delete(item)
        s.get(Group, 2).kecamatan_code = ""
        s.get(Group, 2).kecamatan_name = ""
        s.get(Group, 3).name = "=SUM(A1) Maju"
    db.dispose()
    return path


@pytest.fixture
def db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    database = open_database(sqlite_url(path))
    yield database
    database.dispose()


def expected(db: Database, ids: set[int] | None = None) -> dict[str, dict]:
    """Per kecamatan: groups per status, members, requested and recommended, from the ORM."""
    out: dict[str, dict] = defaultdict(
        lambda: {
            "status": Counter(),
            "members": 0,
            "requested": Decimal(0),
            "recommended_groups": 0,
            "recommended": Decimal(0),
        }
    )
    with db.reader() as s:
        for g in s.scalars(select(Group)):
            if ids is not None and g.id not in ids:
                continue
            place = regions.region_name(g.kecamatan_code) if g.kecamatan_code else None
            row = out[place or g.kecamatan_name or NO_KECAMATAN]
            planned = sum((b.quantity * b.unit_price for b in g.budget_items), Decimal(0))
            grant = planned if planned > 0 else g.scheme.grant_ceiling
            row["status"][g.status] += 1
            row["members"] += len(g.members)
            row["requested"] += grant
            if GroupStatus(g.status) in HOLDING:
                row["recommended_groups"] += 1
                row["recommended"] += grant
    return out


def as_dict(figures) -> dict[str, dict]:
    return {
        line.label: {
            "status": Counter(line.by_status),
            "members": line.members,
            "requested": line.requested,
            "recommended_groups": line.recommended_groups,
            "recommended": line.recommended,
        }
        for line in figures.kecamatan
    }


def test_the_figures_match_the_database(db: Database) -> None:
    with db.reader() as s:
        figures = recap_figures(s)
        budgetless = not s.scalars(select(BudgetItem).where(BudgetItem.group_id == 1)).first()
        ceiling = s.get(Group, 1).scheme.grant_ceiling
    assert budgetless
    want = expected(db)
    assert as_dict(figures) == want
    assert figures.total.groups == 30 == len(figures.groups)
    assert figures.total.members == sum(w["members"] for w in want.values())
    assert figures.total.requested == sum(w["requested"] for w in want.values())
    assert figures.total.recommended == sum(w["recommended"] for w in want.values())
    assert [line.label for line in figures.schemes] == ["TKM-PEMULA-2023"]
    assert figures.schemes[0].requested == figures.total.requested
    assert next(g for g in figures.groups if g.id == 1).requested == ceiling
    assert figures.kecamatan[-1].label == NO_KECAMATAN  # the groups without one come last
    assert figures.filter_text == "Semua kelompok"


def word_of(s, gid: int) -> str:
    return s.get(Group, gid).name.split()[-1].lower()


@pytest.mark.parametrize(
    "make",
    [
        lambda s: GroupFilter(status=GroupStatus.DIUSULKAN.value),
        lambda s: GroupFilter(kecamatan_code="32.75.01"),
        lambda s: GroupFilter(scheme_id=s.scalar(select(Scheme.id).where(Scheme.is_default))),
        lambda s: GroupFilter(text=word_of(s, 10)),
        lambda s: GroupFilter(text=word_of(s, 12), status=GroupStatus.DIUSULKAN.value),
        lambda s: GroupFilter(flag="errors"),
    ],
)
def test_a_filter_keeps_the_groups_the_list_shows(db: Database, make) -> None:
    with db.reader() as s:
        clerk = actor_from_user(s.scalar(select(User).where(User.username == "verifikator")), "cli")
    vet_groups(db, clerk)  # the flags read the stored findings (vetting is the verifier's)
    with db.reader() as s:
        flt = make(s)
        ids = set(matching_ids(s, flt))
        figures = recap_figures(s, flt)
    assert ids, "the filter selects some demo groups"
    assert {g.id for g in figures.groups} == ids
    assert as_dict(figures) == expected(db, ids)
    assert figures.filter_text != "Semua kelompok"


def test_named_groups_narrow_the_recap(db: Database) -> None:
    with db.reader() as s:
        figures = recap_figures(s, None, [4, 5, 6, 999])
    assert sorted(g.id for g in figures.groups) == [4, 5, 6]
    assert as_dict(figures) == expected(db, {4, 5, 6})
    assert figures.filter_text == "3 kelompok terpilih"


def test_the_workbook_keeps_text_as_text_and_money_as_rupiah(db: Database) -> None:
    with db.reader() as s:
        figures = recap_figures(s)
    book = load_workbook(io.BytesIO(recap_workbook(figures, ("Judul", "Semua kelompok"))))
    assert book.sheetnames == ["Per Kecamatan", "Per Skema", "Daftar Kelompok"]
    sheet = book["Per Kecamatan"]
    rows = list(sheet.iter_rows(min_row=4, values_only=False))
    header = [c.value for c in rows[0]]
    assert header[:2] == ["No", "Kecamatan"] and header[-1] == "Nilai Direkomendasikan"
    lines, total = rows[1:-1], rows[-1]
    assert [r[1].value for r in lines] == [line.label for line in figures.kecamatan]
    assert all(r[1].data_type == "s" for r in lines)
    requested = header.index("Usulan Bantuan")
    for row, line in zip(lines, figures.kecamatan, strict=True):
        assert row[requested].value == line.requested
        assert row[requested].number_format == '"Rp"#,##0.00'
        assert row[header.index("Anggota")].value == line.members
    assert total[1].value == "Jumlah" and total[requested].value == figures.total.requested
    listed = book["Daftar Kelompok"]
    names = {row[2].value: row[2].data_type for row in listed.iter_rows(min_row=5)}
    assert names["=SUM(A1) Maju"] == "s"  # a name is never a formula
    prefixed = {row[2].value: row[2].quotePrefix for row in listed.iter_rows(min_row=5)}
    assert prefixed["=SUM(A1) Maju"]  # nor becomes one when a clerk edits the cell
    assert len(names) == 30


def test_the_recap_prints_as_pdf_or_workbook_and_is_audited(db: Database) -> None:
    with db.reader() as s:
        pejabat = actor_from_user(s.scalar(select(User).where(User.username == "pejabat")), "cli")
        figures = recap_figures(s)
    pdf = paperwork.print_recap(db, pejabat, paper="f4")
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf.data)).pages
    )
    assert "REKAPITULASI USULAN KELOMPOK" in text
    assert all(line.label in text for line in figures.kecamatan)
    assert format_rupiah(figures.total.requested) in text
    assert format_rupiah(figures.total.recommended) in text
    sheet = paperwork.print_recap(db, pejabat, GroupFilter(status="diusulkan"), file_type="xlsx")
    assert sheet.file_type == "xlsx" and sheet.data.startswith(b"PK")
    assert len(sheet.group_ids) == sum(1 for g in figures.groups if g.status == "Usulan Masuk")
    with db.reader() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "recap")).all()
    assert [e.after["format"] for e in events] == ["pdf", "xlsx"]
    assert events[1].after["filter"] == "Status: Usulan Masuk"
    with pytest.raises(InputRefused, match="Tidak ada kelompok"):
        paperwork.print_recap(db, pejabat, GroupFilter(text="tidak ada kelompok begini"))
