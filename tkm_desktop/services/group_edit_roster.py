"""Diffing the editor's rows against the stored ones: the roster and its lock here, the plan
machinery shared with the budget and documents.

A ``Plan`` lists what a save would create, update and delete, each change with
its before/after for the audit; ``apply_plan`` writes it, one audit event per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tkm_desktop.domain import regions
from tkm_desktop.domain.nik import NIK_DATE, NIK_FORMAT, NIK_REGION_UNKNOWN, NIK_ROUNDED, clean_nik
from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.domain.text import clean_text
from tkm_desktop.services import audit
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.roster import claim, claim_conflicts, claimed_meanwhile, roster_locked
from tkm_desktop.services.vetting_report import VET
from tkm_desktop.store.models import Finding, Group, Member

if TYPE_CHECKING:
    from tkm_desktop.services.group_edit import MemberData

CENT = Decimal("0.01")
MEMBER_FIELDS = (
    "position", "nik", "nik_source", "kk", "name", "birth_place", "birth_date", "sex", "address",
    "rt_rw", "kelurahan_code", "phone", "education", "work_status", "role",
)  # fmt: skip
FIELD_LABELS = {
    "name": "nama", "nik": "NIK", "kk": "No. KK", "birth_place": "tempat lahir",
    "birth_date": "tanggal lahir", "sex": "jenis kelamin",
    "address": "alamat", "street": "alamat", "rt_rw": "RT/RW", "phone": "nomor telepon",
    "education": "pendidikan", "work_status": "status pekerjaan", "role": "jabatan",
    "business_type": "jenis usaha", "sector": "sektor usaha",
    "recommender_name": "nama pemberi rekomendasi",
    "recommender_title": "jabatan pemberi rekomendasi",
    "recommender_letter_number": "nomor surat rekomendasi", "bank_name": "nama bank",
    "account_number": "nomor rekening", "account_holder": "nama pemilik rekening",
    "item": "nama barang", "unit": "satuan", "doc_type": "jenis dokumen",
    "kelurahan_code": "kode desa/kelurahan", "kecamatan_code": "kode kecamatan",
    # What an access event (view, print, export) says it showed, and where.
    "field": "data", "screen": "tampilan", "document": "dokumen", "number": "nomor",
    "kind": "jenis", "file_name": "berkas", "file": "berkas", "sha256": "sidik berkas",
    # The workflow's steps.
    "reason": "alasan", "sk_number": "nomor SK", "sk_date": "tanggal SK",
    "disbursed_on": "tanggal dana cair", "disbursed_amount": "jumlah dana cair",
    "members": "anggota", "nik_claims": "NIK dicatat", "status": "status",
}  # fmt: skip
# Fields whose values are dates (ISO text in the trail) or sums of money.
DATE_FIELDS = frozenset({"birth_date", "sk_date", "disbursed_on", "date"})
MONEY_FIELDS = frozenset({"disbursed_amount", "amount", "unit_price"})
# The codes those events record, as people read them.
ACCESS_VALUES = {
    "nik": "NIK lengkap", "anggota_kelompok": "daftar anggota kelompok",
    "cari_anggota": "Cari Anggota", "konsep": "konsep surat",
}  # fmt: skip


# --- plans ------------------------------------------------------------------------


@dataclass(frozen=True)
class Create:
    values: dict[str, Any]


@dataclass(frozen=True)
class Update:
    row: Any
    before: dict[str, Any]  # only the fields that change, JSON-safe
    after: dict[str, Any]
    values: dict[str, Any]


@dataclass(frozen=True)
class Delete:
    row: Any
    before: dict[str, Any]


@dataclass
class Plan:
    entity: str  # the audit's entity name
    model: type
    creates: list[Create] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    deletes: list[Delete] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.creates or self.updates or self.deletes)

    def compare(self, row: Any, values: dict[str, Any], rank: int) -> None:
        """Plan an update of ``row`` to ``values`` when any of them differs.

        ``rank`` is the row's place in the stored order: a row that keeps its place is
        not moved, even when stored positions were unnumbered or had gaps.
        """
        if values.get("position") == rank:
            values = {k: v for k, v in values.items() if k != "position"}
        current = {k: _plain(getattr(row, k)) for k in values}
        before, after = audit.diff(current, {k: _plain(v) for k, v in values.items()})
        if after or before:
            self.updates.append(Update(row, before, after, values))


def ranks(rows: Any) -> dict[int, int]:
    """Each stored row's place in the order the editor loads them (position, then id)."""
    ordered = sorted(rows, key=lambda r: (r.position, r.id))
    return {r.id: i for i, r in enumerate(ordered)}


def _plain(value: Any) -> Any:
    # Numeric columns come back as 2.00; the editor may hold 2: the same amount.
    return value.quantize(CENT) if isinstance(value, Decimal) else value


def apply_plan(session: Session, actor: Actor, group_id: int, plan: Plan) -> None:
    """Write the plan, one audit event per row (deletes, then updates, then creates)."""
    for d in plan.deletes:
        session.delete(d.row)
        session.flush()
        audit.record(session, actor, audit.DELETE, plan.entity, d.row.id, group_id=group_id,
                     before=d.before)  # fmt: skip
    for u in plan.updates:
        for key, value in u.values.items():
            setattr(u.row, key, value)
        audit.record(session, actor, audit.UPDATE, plan.entity, u.row.id, group_id=group_id,
                     before=u.before, after=u.after)  # fmt: skip
    for c in plan.creates:
        row = plan.model(group_id=group_id, **c.values)
        session.add(row)
        session.flush()
        audit.record(session, actor, audit.CREATE, plan.entity, row.id, group_id=group_id,
                     after=c.values)  # fmt: skip


def too_long(model: type, values: dict[str, Any], prefix: str) -> list[str]:
    """Lines for each text longer than its column allows."""
    problems = []
    columns = model.__table__.c  # type: ignore[attr-defined]
    for key, value in values.items():
        column = columns.get(key)
        if column is None or not isinstance(value, str) or not isinstance(column.type, String):
            continue
        limit = column.type.length
        if limit and len(value) > limit:
            label = FIELD_LABELS.get(key, key)
            problems.append(f"{prefix}: {label} terlalu panjang (paling banyak {limit} karakter).")
    return problems


def text(value: str | None) -> str:
    """Trimmed, inner runs of white space made one space; no control or bidi characters
    (they crash workbooks and can show a name reversed), as the import cleans them."""
    return " ".join(clean_text(value or "").split())


# --- the roster -------------------------------------------------------------------


def member_values(data: MemberData) -> dict[str, Any]:
    """A roster row as stored (without position and NIK source)."""
    kelurahan = text(data.kelurahan_code)
    return {
        "nik": clean_nik(data.nik or "").text,
        "kk": clean_nik(data.kk).text if (data.kk or "").strip() else "",
        "name": text(data.name),
        "birth_place": text(data.birth_place),
        "birth_date": data.birth_date,
        "sex": text(data.sex).upper(),
        "address": text(data.address),
        "rt_rw": text(data.rt_rw),
        "kelurahan_code": regions.normalize_code(kelurahan) or kelurahan,
        "phone": "".join((data.phone or "").split()),
        "education": text(data.education),
        "work_status": text(data.work_status),
        "role": text(data.role) or "Anggota",
    }


def _member_problems(values: dict[str, Any], row: str) -> list[str]:
    problems = []
    if not values["name"]:
        problems.append(f"{row}: nama wajib diisi.")
    if values["sex"] not in ("", "L", "P"):
        problems.append(f"{row}: jenis kelamin harus L atau P.")
    code = values["kelurahan_code"]
    if code and (regions.level_of(code) != 4 or regions.region_name(code) is None):
        problems.append(f"{row}: kode desa/kelurahan '{code}' tidak ada dalam daftar wilayah.")
    return problems + too_long(Member, values, row)


def plan_members(
    session: Session,
    group_id: int,
    members: Sequence[MemberData],
    problems: list[str],
    *,
    village: str = "",
) -> Plan:
    """The roster's changes, in the editor's order; refusals are added to ``problems``.

    A new member without a desa/kelurahan lives in the group's ``village``, as the
    import assumes too: the Lampiran and the ministry's sheet then name a village.
    """
    stored = {m.id: m for m in session.scalars(select(Member).where(Member.group_id == group_id))}
    plan = Plan("member", Member)
    rank = ranks(stored.values())
    seen: set[int] = set()
    for position, data in enumerate(members):
        row = f"Anggota baris {position + 1}"
        values = member_values(data)
        problems += _member_problems(values, row)
        if data.id is None:
            values["kelurahan_code"] = values["kelurahan_code"] or village
            plan.creates.append(Create({"position": position, "nik_source": "text", **values}))
            continue
        member = stored.get(data.id)
        if member is None or data.id in seen:
            problems.append(f"{row}: anggota dengan ID {data.id} bukan anggota kelompok ini.")
            continue
        seen.add(data.id)
        retyped = data.nik_retyped or values["nik"] != member.nik
        source = "text" if retyped else member.nik_source
        values = {"position": position, "nik_source": source, **values}
        plan.compare(member, values, rank[member.id])
    for member_id, member in stored.items():
        if member_id not in seen:
            plan.deletes.append(Delete(member, audit.snapshot(member, MEMBER_FIELDS)))
    return plan


def apply_members(session: Session, actor: Actor, group_id: int, plan: Plan) -> None:
    """``apply_plan`` for the roster, dropping findings that no longer hold."""
    gone = [d.row.id for d in plan.deletes]
    if gone:
        session.execute(delete(Finding).where(Finding.member_id.in_(gone)))
    retyped = [u.row.id for u in plan.updates if u.values["nik_source"] == "text"]
    if retyped:
        # The import's doubt about a rounded NIK ends when the clerk types it from the KTP.
        session.execute(
            delete(Finding).where(
                Finding.member_id.in_(retyped), Finding.code == NIK_ROUNDED, Finding.source != VET
            )
        )
    apply_plan(session, actor, group_id, plan)


# --- the lock and replacements after the SK ----------------------------------------

REPLACE_MEMBER = "replace_member"
# Statuses after the SK: the roster stays locked, but a member may be replaced with a reason.
AFTER_SK = frozenset(
    {GroupStatus.DITETAPKAN, GroupStatus.DANA_CAIR, GroupStatus.MONEV, GroupStatus.SELESAI}
)


def check_lock(group: Group, identity: bool, members: Plan, budget: Plan, reason: str) -> bool:
    """Refuse what the lock forbids; True when the save replaces members after the SK."""
    if not roster_locked(group):
        return False
    frozen = [what for what, changed in (("identitas", identity), ("RAB", bool(budget))) if changed]
    after_sk = GroupStatus(group.status) in AFTER_SK
    if members and not after_sk:
        frozen.insert(0, "daftar anggota")
    if frozen:
        raise InputRefused(
            f"{', '.join(frozen).capitalize()} kelompok {group.id} ({group.name}) terkunci sejak "
            "direkomendasikan; buka kunci daftar anggota dahulu dengan alasan (pejabat)."
        )
    if not members:
        return False
    if not reason:
        raise InputRefused(
            "Pergantian anggota setelah penetapan SK wajib disertai alasan pergantian."
        )
    if len(members.creates) != len(members.deletes):
        raise InputRefused(
            "Setelah penetapan SK anggota hanya dapat diganti, jumlahnya tidak boleh berubah "
            f"({len(members.deletes)} keluar, {len(members.creates)} masuk)."
        )
    return True


# What vetting finds that no replacement after the SK may bring in: a NIK that is not a
# valid NIK (parse_nik), twice in the group, or in another active group of the scheme.
REPLACEMENT_REFUSED = frozenset(
    {NIK_FORMAT, NIK_DATE, NIK_REGION_UNKNOWN, "NIK_DUPLICATE_IN_GROUP", "NIK_IN_OTHER_GROUP"}
)


def incoming_niks(members: Plan) -> set[str]:
    """The NIKs a save brings into the roster: new rows, and rows whose NIK was changed."""
    niks = {c.values["nik"] for c in members.creates}
    return niks | {u.values["nik"] for u in members.updates if "nik" in u.after}


def incoming_problems(session: Session, actor: Actor, group: Group, members: Plan) -> list[str]:
    """Why the members a replacement brings in may not join (vetting's findings, the written
    roster re-vetted in the caller's transaction); empty when they may."""
    from tkm_desktop.services.vetting import vet_in_session  # vetting loads much: only here

    niks = incoming_niks(members)
    if not niks:
        return []
    vet = vet_in_session(session, actor, [group.id], record_event=False).groups[0]
    return list(
        dict.fromkeys(
            f"Kelompok {group.id} ({group.name}): anggota pengganti ditolak, "
            f"{_lower_first(f.message(masked=True))}"
            for f in vet.findings
            if f.code in REPLACEMENT_REFUSED and f.member_nik in niks
        )
    )


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:1].isupper() and text[1:2].islower() else text


def record_replacement(
    session: Session, actor: Actor, group: Group, members: Plan, reason: str
) -> None:
    """The reason in the audit, and the group's NIK claims moved to the new members.

    Called after the members are written (same transaction): a replacement whose NIK is
    not a valid NIK, or is held by another active group, refuses the whole save.
    """
    problems = incoming_problems(session, actor, group, members)
    if not problems:
        problems = claim_conflicts(session, [group])
    if problems:
        raise InputRefused(problems)
    try:
        niks = claim(session, group)
    except IntegrityError:
        raise claimed_meanwhile() from None
    audit.record(
        session,
        actor,
        REPLACE_MEMBER,
        "group",
        group.id,
        group_id=group.id,
        before={
            "members": [m.before for m in members.deletes] + [u.before for u in members.updates]
        },
        after={
            "reason": reason,
            "members": [c.values for c in members.creates] + [u.after for u in members.updates],
            "nik_claims": len(niks),
        },
    )
