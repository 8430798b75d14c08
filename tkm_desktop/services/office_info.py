"""The office's settings as the window shows them (read-only): letterhead, schemes, idle lock."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.domain import regions
from tkm_desktop.store.models import Office, Scheme

DEFAULT_IDLE_LOCK_MINUTES = 15  # the model's default, for a database without an office row


@dataclass(frozen=True)
class OfficeInfo:
    government_name: str
    office_name: str
    address: str
    phone: str
    email: str
    website: str
    region_code: str
    region_name: str
    letter_number_pattern: str
    number_source: str  # "register" or "manual"
    idle_lock_minutes: int


@dataclass(frozen=True)
class SchemeInfo:
    id: int
    code: str
    name: str
    year: int
    active: bool
    is_default: bool
    members_min: int
    members_max: int
    grant_ceiling: Decimal
    group_quota: int | None


def _office(session: Session) -> Office | None:
    return session.scalar(select(Office).order_by(Office.id).limit(1))


def load_office(session: Session) -> OfficeInfo | None:
    """The office row, or None on a database where nobody has set it up yet."""
    office = _office(session)
    if office is None:
        return None
    return OfficeInfo(
        government_name=office.government_name,
        office_name=office.office_name,
        address=office.address,
        phone=office.phone,
        email=office.email,
        website=office.website,
        region_code=office.region_code,
        region_name=(regions.region_name(office.region_code) if office.region_code else None) or "",
        letter_number_pattern=office.letter_number_pattern,
        number_source=office.number_source,
        idle_lock_minutes=office.idle_lock_minutes,
    )


def idle_lock_minutes(session: Session) -> int:
    """Minutes without input before the window locks; 0 switches the lock off."""
    office = _office(session)
    if office is None or office.idle_lock_minutes is None:
        return DEFAULT_IDLE_LOCK_MINUTES
    return max(0, office.idle_lock_minutes)


def list_schemes(session: Session) -> list[SchemeInfo]:
    """Every scheme, newest year first."""
    return [
        SchemeInfo(
            s.id,
            s.code,
            s.name,
            s.year,
            s.active,
            s.is_default,
            s.members_min,
            s.members_max,
            s.grant_ceiling,
            s.group_quota,
        )
        for s in session.scalars(select(Scheme).order_by(Scheme.year.desc(), Scheme.code))
    ]
