"""Reading what an export writes: one record per group, then its members and budget in chunks.

Group records are small (a few hundred bytes each) and read whole, so that the
format's group order can be applied; members and budget lines are read a few
hundred groups at a time, in that order, so the national roster streams through.
Records are plain dicts keyed by the format's field names (``excel.export_fields``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tkm_desktop.domain.dates import format_long, format_short
from tkm_desktop.domain.regions import region_name
from tkm_desktop.domain.status import label
from tkm_desktop.excel.export_cells import GroupBundle, sort_records
from tkm_desktop.excel.export_format import ExportFormat
from tkm_desktop.store.models import BudgetItem, Group, Member, Office, Scheme

CHUNK = 400  # groups per round of member and budget queries (IN lists stay small)
_CENT = Decimal("0.01")

_MEMBER_COLUMNS = (
    Member.group_id, Member.nik, Member.kk, Member.name, Member.sex, Member.birth_place,
    Member.birth_date, Member.address, Member.rt_rw, Member.kelurahan_code, Member.phone,
    Member.education, Member.work_status, Member.role,
)  # fmt: skip
_GROUP_COLUMNS = (
    Group.id, Group.status, Group.name, Group.business_type, Group.sector, Group.street,
    Group.rt_rw, Group.kelurahan_code, Group.kecamatan_code, Group.kelurahan_name,
    Group.kecamatan_name, Group.recommender_name, Group.recommender_title,
    Group.recommender_letter_number, Group.recommender_letter_date, Group.bank_name,
    Group.account_number, Group.account_holder, Group.sk_number, Group.sk_date,
    Group.amount_granted,
)  # fmt: skip
_BUDGET_COLUMNS = (
    BudgetItem.group_id, BudgetItem.item, BudgetItem.category, BudgetItem.quantity,
    BudgetItem.unit, BudgetItem.unit_price,
)  # fmt: skip


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Places:
    """Names of a kelurahan code's desa, kecamatan, kab/kota and province, looked up once."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str | None, ...]] = {}

    def __call__(self, code: str) -> tuple[str | None, ...]:
        found = self._seen.get(code)
        if found is None:
            if not code:
                found = (None, None, None, None)
            else:
                found = tuple(region_name(code[:n]) if len(code) >= n else None
                              for n in (13, 8, 5, 2))  # fmt: skip
            self._seen[code] = found
        return found


# --- groups -------------------------------------------------------------------------


def group_records(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """``kelompok.*`` values of the groups, with member counts, leaders and budget totals."""
    counts: dict[int, int] = {}
    leaders: dict[int, str] = {}
    totals: dict[int, dict[str, Decimal]] = defaultdict(dict)
    rows: list[Any] = []
    scheme = (Scheme.name.label("scheme_name"), Scheme.code.label("scheme_code"))
    query = select(*_GROUP_COLUMNS, *scheme).join(Scheme, Group.scheme_id == Scheme.id)
    for part in _chunks(list(ids), 900):
        rows += session.execute(query.where(Group.id.in_(part))).all()
        counts.update(session.execute(
            select(Member.group_id, func.count()).where(Member.group_id.in_(part))
            .group_by(Member.group_id)
        ).tuples().all())  # fmt: skip
        for gid, name in session.execute(
            select(Member.group_id, Member.name)
            .where(Member.group_id.in_(part), Member.role == "Ketua")
            .order_by(Member.group_id.desc(), Member.position.desc(), Member.id.desc())
        ):
            leaders[gid] = name  # the last one written wins: the first in the roster
        for gid, category, amount in session.execute(
            select(BudgetItem.group_id, BudgetItem.category,
                   func.sum(BudgetItem.quantity * BudgetItem.unit_price))
            .where(BudgetItem.group_id.in_(part))
            .group_by(BudgetItem.group_id, BudgetItem.category)
        ):  # fmt: skip
            totals[gid][category] = Decimal(str(amount or 0)).quantize(_CENT)
    places = _Places()
    out = {}
    for g in rows:
        desa, kecamatan, regency, province = places(g.kelurahan_code)
        if not kecamatan and g.kecamatan_code:
            _, kecamatan, regency, province = places(g.kecamatan_code + ".0000")
        t = totals.get(g.id, {})
        out[g.id] = {
            "kelompok.id": g.id,
            "kelompok.status_code": g.status,
            "kelompok.nama": g.name,
            "kelompok.skema": g.scheme_name,
            "kelompok.kode_skema": g.scheme_code,
            "kelompok.status": label(g.status),
            "kelompok.jenis_usaha": g.business_type,
            "kelompok.sektor": g.sector,
            "kelompok.alamat": g.street,
            "kelompok.rt_rw": g.rt_rw,
            "kelompok.desa": desa or g.kelurahan_name,
            "kelompok.kecamatan": kecamatan or g.kecamatan_name,
            "kelompok.kabupaten_kota": regency,
            "kelompok.provinsi": province,
            "kelompok.kode_wilayah": g.kelurahan_code,
            "kelompok.ketua": leaders.get(g.id, ""),
            "kelompok.jumlah_anggota": counts.get(g.id, 0),
            "kelompok.pengusul": g.recommender_name,
            "kelompok.jabatan_pengusul": g.recommender_title,
            "kelompok.nomor_surat_pengusul": g.recommender_letter_number,
            "kelompok.tanggal_surat_pengusul": g.recommender_letter_date,
            "kelompok.bank": g.bank_name,
            "kelompok.nomor_rekening": g.account_number,
            "kelompok.nama_rekening": g.account_holder,
            "kelompok.total_rab": sum(t.values(), Decimal("0.00")),
            "kelompok.total_alat": t.get("alat", Decimal("0.00")),
            "kelompok.total_bahan": t.get("bahan", Decimal("0.00")),
            "kelompok.nomor_sk": g.sk_number,
            "kelompok.tanggal_sk": g.sk_date,
            "kelompok.nilai_bantuan": g.amount_granted,
        }
    return out


def in_format_order(fmt: ExportFormat, records: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    """The records sorted as the format says (then by id), numbered ``kelompok.nomor``."""
    ordered = sort_records(sorted(records.values(), key=lambda r: r["kelompok.id"]), fmt.sort,
                           lambda r, k: r.get(k))  # fmt: skip
    for n, record in enumerate(ordered, start=1):
        record["kelompok.nomor"] = n
    return ordered


# --- members and budget lines ---------------------------------------------------------


def iter_bundles(
    session: Session, fmt: ExportFormat, ordered: list[dict[str, Any]]
) -> Iterator[GroupBundle]:
    """Each group with its members (roster order) and budget lines, in ``ordered``'s order."""
    want_members = fmt.uses("anggota")
    want_budget = fmt.uses("rab")
    places = _Places()
    ids = [r["kelompok.id"] for r in ordered]
    for part_index, part in enumerate(_chunks(ids, CHUNK)):
        members = _members(session, part, places) if want_members else {}
        budget = _budget(session, part) if want_budget else {}
        for offset, gid in enumerate(part):
            record = ordered[part_index * CHUNK + offset]
            yield GroupBundle(record, members.get(gid, ()), budget.get(gid, ()))


def _members(session: Session, ids: Sequence[int], places: _Places) -> dict[int, list[dict]]:
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    query = (
        select(*_MEMBER_COLUMNS)
        .where(Member.group_id.in_(ids))
        .order_by(Member.group_id, Member.position, Member.id)
    )
    for (gid, nik, kk, name, sex, birth_place, birth_date, address, rt_rw, kel, phone,
         education, work_status, role) in session.execute(query):  # fmt: skip
        roster = out[gid]
        desa, kecamatan, regency, province = places(kel)
        roster.append({
            "anggota.nomor": len(roster) + 1,
            "anggota.nik": nik,
            "anggota.kk": kk,
            "anggota.nama": name,
            "anggota.jenis_kelamin": sex,
            "anggota.tempat_lahir": birth_place,
            "anggota.tanggal_lahir": birth_date,
            "anggota.alamat": address,
            "anggota.rt_rw": rt_rw,
            "anggota.desa": desa,
            "anggota.kecamatan": kecamatan,
            "anggota.kabupaten_kota": regency,
            "anggota.provinsi": province,
            "anggota.telepon": phone,
            "anggota.pendidikan": education,
            "anggota.pekerjaan": work_status,
            "anggota.jabatan": role,
        })  # fmt: skip
    return out


def _budget(session: Session, ids: Sequence[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    query = (
        select(*_BUDGET_COLUMNS)
        .where(BudgetItem.group_id.in_(ids))
        .order_by(BudgetItem.group_id, BudgetItem.position, BudgetItem.id)
    )
    for gid, item, category, quantity, unit, unit_price in session.execute(query):
        lines = out[gid]
        lines.append({
            "rab.nomor": len(lines) + 1,
            "rab.barang": item,
            "rab.jenis": category,
            "rab.jumlah": quantity,
            "rab.satuan": unit,
            "rab.harga_satuan": unit_price,
            "rab.total": (quantity * unit_price).quantize(_CENT),
        })  # fmt: skip
    return out


# --- the title rows ---------------------------------------------------------------------


def placeholder_values(
    session: Session, fmt: ExportFormat, ordered: list[dict[str, Any]], today: dt.date
) -> dict[str, Any]:
    """What ``{kantor}``, ``{skema}``, ``{tanggal}`` … stand for in this export."""
    office = session.scalar(select(Office).order_by(Office.id).limit(1))
    codes = sorted({r["kelompok.kode_skema"] for r in ordered})
    schemes = session.execute(
        select(Scheme.code, Scheme.name, Scheme.year).where(Scheme.code.in_(codes))
    ).all()
    by_code = {code: (name, year) for code, name, year in schemes}
    region = office.region_code if office else ""
    return {
        "pemerintah": office.government_name if office else "",
        "kantor": office.office_name if office else "",
        "wilayah": (region_name(region) if region else None) or "",
        "alamat_kantor": office.address if office else "",
        "skema": ", ".join(by_code[c][0] for c in codes if c in by_code),
        "kode_skema": ", ".join(codes),
        "tahun": ", ".join(sorted({str(by_code[c][1]) for c in codes if c in by_code})),
        "tanggal": format_long(today),
        "tanggal_angka": format_short(today),
        "jumlah_kelompok": len(ordered),
        "jumlah_anggota": sum(r["kelompok.jumlah_anggota"] for r in ordered),
        "format": fmt.display_name,
    }
