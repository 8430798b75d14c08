"""The demo database: a sample Disnaker with about 30 groups in every stage of the workflow.

``populate_demo`` fills a fresh database (as ``bootstrap.open_database`` leaves it)
in one transaction: the office, its head and verification team, the demo users
(password ``demo``), and groups of the default scheme drawn by ``synthetic`` with
its planted mistakes. Groups holding a planted mistake wait as proposals or come
back for correction; clean groups are spread over verified, recommended and one
decreed (SK). What a verifier accepted is acknowledged, as the workflow requires. At
the end the demo verifikator vets every group, as an office does after an import: the
lists then show the planted mistakes as errors and warnings from the first look.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tkm_desktop.domain.dates import roman_month
from tkm_desktop.domain.status import GroupStatus, Role
from tkm_desktop.services import audit
from tkm_desktop.services.bootstrap import default_scheme
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.synthetic import Dataset, GroupData, generate
from tkm_desktop.services.synthetic_rows import group_row
from tkm_desktop.services.users import actor_from_user, create_demo_users
from tkm_desktop.services.vetting import vet_in_session
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import (
    FindingAck,
    Group,
    GroupDocument,
    NikClaim,
    Office,
    Scheme,
    Signatory,
    StatusChange,
    VerificationTeamMember,
)

DEMO_SEED = 2023
DEMO_GROUPS = 30
# Clean groups taken further along the workflow; the rest stay proposals (diusulkan).
_DECREED, _RECOMMENDED, _VERIFIED = 1, 3, 5
_RETURNED = 2  # groups with planted mistakes sent back for correction
_OFFICE_UTC_OFFSET = dt.timedelta(hours=7)  # WIB

# Why a verifier returns a proposal, by the mistake found in it.
_RETURN_REASONS = {
    "NIK_ROUNDED": "kolom NIK diisi sebagai angka sehingga NIK anggota rusak",
    "NIK_FORMAT": "ada NIK yang tidak 16 digit",
    "NIK_BIRTHDATE_MISMATCH": "tanggal lahir anggota tidak sesuai dengan NIK",
    "NIK_SEX_MISMATCH": "jenis kelamin anggota tidak sesuai dengan NIK",
    "AGE_OUT_OF_RANGE": "ada anggota di luar batas umur",
    "BANK_ACCOUNT_MISSING": "nomor rekening kelompok belum diisi",
    "NIK_DUPLICATE_IN_GROUP": "ada NIK yang tercatat dua kali",
    "NIK_IN_OTHER_GROUP": "ada anggota yang juga terdaftar di kelompok lain",
    "ROLE_MISSING": "kelompok belum memiliki ketua",
    "GROUP_TOO_LARGE": "jumlah anggota melebihi ketentuan",
    "POSSIBLE_SAME_PERSON": "ada anggota yang diduga sama dengan anggota kelompok lain",
}
_SAME_KK_NOTE = (
    "Anggota satu keluarga (satu KK); keduanya ikut bekerja dalam usaha kelompok. "
    "Diterima sesuai hasil kunjungan lapangan."
)


@dataclass(frozen=True)
class DemoSummary:
    groups: int
    members: int


def populate_demo(db: Database, *, today: dt.date | None = None) -> DemoSummary:
    """Fill a fresh database with the demo office; one transaction, nothing on failure."""
    today = today or dt.date.today()
    with db.session() as s:
        if s.scalar(select(func.count()).select_from(Group)):
            raise InputRefused("Data demo hanya dapat dibuat pada basis data yang masih kosong.")
        scheme = default_scheme(s)
        data = generate(
            DEMO_SEED,
            groups=DEMO_GROUPS,
            members_per_group=(scheme.members_min, scheme.members_max),
            scheme_code=scheme.code,
            defects=True,
            today=today,
        )
        actors = {Role(u.role): actor_from_user(u, "cli") for u in create_demo_users(s)}
        _add_office(s, data)
        plan = _status_plan(data)
        rng = random.Random(f"{DEMO_SEED}:demo")
        for index, group in enumerate(data.groups):
            _add_group(s, scheme, group, plan[index], actors, rng, today)
        s.flush()
        vet_in_session(s, actors[Role.VERIFIKATOR], today=today)
    return DemoSummary(groups=len(data.groups), members=data.member_count)


def _add_office(s: Session, data: Dataset) -> None:
    office = s.scalar(select(Office).order_by(Office.id).limit(1)) or Office()
    o = data.office
    office.government_name, office.office_name = o.government_name, o.office_name
    office.address, office.phone, office.email = o.address, o.phone, o.email
    office.website, office.region_code, office.place_name = o.website, o.region_code, o.place_name
    s.add(office)
    sig = data.signatory
    s.add(
        Signatory(
            name=sig.name,
            position=sig.position,
            rank=sig.rank,
            nip=sig.nip,
            signing_mode=sig.signing_mode,
            active=True,
            is_default=True,
        )
    )
    s.add_all(
        VerificationTeamMember(name=t.name, position=t.position, nip=t.nip, sort_order=i)
        for i, t in enumerate(data.verification_team, start=1)
    )


@dataclass(frozen=True)
class _Fate:
    """Where one demo group ends up, and why it was returned (if it was)."""

    path: tuple[GroupStatus, ...]  # the statuses after diusulkan, in order
    reason: str = ""


def _status_plan(data: Dataset) -> list[_Fate]:
    """Planted mistakes keep a group at the start; clean ones go further, decided by seed."""
    codes: dict[int, list[str]] = {}
    for p in data.planted:
        codes.setdefault(p.group_index, []).append(p.code)
    plan = [_Fate(()) for _ in data.groups]
    for index in sorted(codes)[:_RETURNED]:
        found = [_RETURN_REASONS[c] for c in dict.fromkeys(codes[index]) if c in _RETURN_REASONS]
        reason = "Mohon diperbaiki: " + "; ".join(found) + "." if found else "Mohon diperbaiki."
        plan[index] = _Fate((GroupStatus.DIKEMBALIKAN,), reason)
    clean = [i for i in range(len(data.groups)) if i not in codes]
    random.Random(f"{DEMO_SEED}:status").shuffle(clean)
    S = GroupStatus
    paths = (
        [(S.DIVERIFIKASI, S.DIREKOMENDASIKAN, S.DIAJUKAN, S.DITETAPKAN)] * _DECREED
        + [(S.DIVERIFIKASI, S.DIREKOMENDASIKAN)] * _RECOMMENDED
        + [(S.DIVERIFIKASI,)] * _VERIFIED
    )
    for index, path in zip(clean, paths, strict=False):
        plan[index] = _Fate(path)
    return plan


# Who takes each step (separation of duties: the pejabat recommends what another verified).
_STEP_ROLE = {
    GroupStatus.DIVERIFIKASI: Role.VERIFIKATOR,
    GroupStatus.DIKEMBALIKAN: Role.VERIFIKATOR,
    GroupStatus.DIREKOMENDASIKAN: Role.PEJABAT,
    GroupStatus.DIAJUKAN: Role.PEJABAT,
    GroupStatus.DITETAPKAN: Role.PEJABAT,
}
_GROUP_AUDIT_FIELDS = ("name", "business_type", "kelurahan_code", "status", "bank_name")


def _office_time(day: dt.date, hour: int) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(hour), tzinfo=dt.UTC)
    return local - _OFFICE_UTC_OFFSET


def _add_group(
    s: Session,
    scheme: Scheme,
    data: GroupData,
    fate: _Fate,
    actors: dict[Role, Actor],
    rng: random.Random,
    today: dt.date,
) -> None:
    clerk = actors[Role.VERIFIKATOR]
    received_on = min(today, data.recommender_letter_date + dt.timedelta(days=rng.randint(2, 7)))
    status = fate.path[-1] if fate.path else GroupStatus.DIUSULKAN
    group = group_row(scheme.id, data, status.value)
    group.created_by_id = group.updated_by_id = clerk.user_id
    group.created_at = _office_time(received_on, 9)
    # Everything is in from the verified stage on; proposals still miss some papers.
    complete = GroupStatus.DIVERIFIKASI in fate.path
    group.documents = [
        GroupDocument(doc_type=doc, received=complete or rng.random() < 0.8)
        for doc in scheme.documents
    ]
    s.add(group)
    s.flush()
    audit.record(
        s,
        clerk,
        audit.CREATE,
        "group",
        group.id,
        group_id=group.id,
        after={**audit.snapshot(group, _GROUP_AUDIT_FIELDS), "status": GroupStatus.DIUSULKAN},
    )
    _walk(s, group, fate, actors, rng, received_on, today, scheme)


def _walk(
    s: Session,
    group: Group,
    fate: _Fate,
    actors: dict[Role, Actor],
    rng: random.Random,
    day: dt.date,
    today: dt.date,
    scheme: Scheme,
) -> None:
    """The group's status history, its acknowledged warnings, claims and SK."""
    before = GroupStatus.DIUSULKAN
    for step in fate.path:
        day = min(today, day + dt.timedelta(days=rng.randint(1, 6)))
        actor = actors[_STEP_ROLE[step]]
        reason = fate.reason
        if step is GroupStatus.DIVERIFIKASI:
            _acknowledge_households(s, group, actor)
        elif step is GroupStatus.DIREKOMENDASIKAN:
            s.add_all(
                NikClaim(scheme_id=scheme.id, nik=m.nik, group_id=group.id) for m in group.members
            )
        elif step is GroupStatus.DITETAPKAN:
            group.sk_number = (
                f"3/{rng.randint(10_000, 29_999)}/PK.03.02/{roman_month(day.month)}/{day.year}"
            )
            group.sk_date = day
            group.amount_granted = scheme.grant_ceiling
            reason = f"SK Nomor {group.sk_number}"
        s.add(
            StatusChange(
                group_id=group.id,
                from_status=before.value,
                to_status=step.value,
                reason=reason,
                user_id=actor.user_id,
                created_at=_office_time(day, 10 + rng.randint(0, 5)),
            )
        )
        audit.record(
            s,
            actor,
            audit.STATUS,
            "group",
            group.id,
            group_id=group.id,
            before={"status": before.value},
            after={"status": step.value, **({"reason": reason} if reason else {})},
        )
        before = step


def _acknowledge_households(s: Session, group: Group, actor: Actor) -> None:
    """Members sharing a KK raise a warning the verifier must accept with a note."""
    seen: set[str] = set()
    for m in group.members:
        if m.kk in seen:
            s.add(
                FindingAck(
                    group_id=group.id,
                    code="KK_DUPLICATE_IN_GROUP",
                    nik=m.nik,
                    note=_SAME_KK_NOTE,
                    user_id=actor.user_id,
                )
            )
        seen.add(m.kk)
