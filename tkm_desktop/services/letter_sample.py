"""A sample office with recommended groups, for letter tests, benchmarks and previews.

Writes straight into a database (statuses set, not walked through the workflow), so
it is meant for a scratch database only, never an office's own: the data is the
seeded synthetic kind (``services.synthetic``), with fictitious NIKs and names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.paths import resources_dir
from tkm_desktop.services.bootstrap import default_scheme
from tkm_desktop.services.synthetic import generate
from tkm_desktop.services.synthetic_rows import group_row
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Office, Signatory, User


@dataclass(frozen=True)
class Sample:
    group_ids: list[int]
    users: dict[str, int]  # role → user id ('pejabat', 'verifikator', 'viewer')


def sample_logo() -> bytes:
    """A stand-in emblem for the letterhead: the program's own icon."""
    return (resources_dir() / "icons" / "tkm.png").read_bytes()


def seed_sample(
    db: Database,
    *,
    groups: int = 3,
    members: int | None = None,
    seed: int = 8,
    logo: bool = True,
    signing_mode: str | None = None,
    today: dt.date = dt.date(2024, 12, 2),
) -> Sample:
    """Office, signatory, three users without passwords and ``groups`` recommended groups."""
    with db.session() as s:
        scheme = default_scheme(s)
        size = members or scheme.members_max
        data = generate(
            seed, groups=groups, members_per_group=size, scheme_code=scheme.code, today=today
        )
        _office(s, data, logo=logo, signing_mode=signing_mode)
        users = {}
        for role in ("pejabat", "verifikator", "viewer"):
            user = User(username=role, display_name=role.title(), role=role)
            s.add(user)
            s.flush()
            users[role] = user.id
        rows = [group_row(scheme.id, g, GroupStatus.DIREKOMENDASIKAN.value) for g in data.groups]
        s.add_all(rows)
        s.flush()
        return Sample([g.id for g in rows], users)


def _office(s: Session, data, *, logo: bool, signing_mode: str | None) -> None:
    o = data.office
    office = s.scalar(select(Office).limit(1)) or Office()
    office.government_name, office.office_name = o.government_name, o.office_name
    office.address, office.phone, office.email = o.address, o.phone, o.email
    office.website, office.region_code, office.place_name = o.website, o.region_code, o.place_name
    office.logo = sample_logo() if logo else None
    s.add(office)
    head = data.signatory
    s.add(
        Signatory(
            name=head.name,
            position=head.position,
            rank=head.rank,
            nip=head.nip,
            signing_mode=None,
            active=True,
            is_default=signing_mode is None,
        )
    )
    if signing_mode is not None:
        s.add(
            Signatory(
                name="Hj. Sri Wahyuni, S.Sos., M.Si.",
                # a.n.: her own post; Plt./Plh.: the post she acts for.
                position="Sekretaris" if signing_mode == "a.n." else head.position,
                rank="Pembina (IV/a)",
                nip="197505122000032004",
                signing_mode=signing_mode,
                active=True,
                is_default=True,
            )
        )
