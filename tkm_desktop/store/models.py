"""SQLAlchemy 2 models: the office, its people, schemes, groups and their paper trail.

Identifiers (NIK, KK, phone, account numbers) are strings; money is Decimal in
Numeric(14, 2); times are stored in UTC (see `UTCDateTime`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so Alembic batch migrations on SQLite can address them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(14, 2)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on every backend (SQLite hands back naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# --- the office -----------------------------------------------------------------


class Office(Base):
    """The one office this database belongs to: letterhead and numbering."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    government_name: Mapped[str] = mapped_column(String(200), default="")
    office_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(120), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    region_code: Mapped[str] = mapped_column(String(13), default="")
    place_name: Mapped[str] = mapped_column(String(80), default="")
    letter_number_pattern: Mapped[str] = mapped_column(
        String(120), default="500.15.10/{urut}/Disnaker/{tahun}"
    )
    # "register": the program numbers from its own register; "manual": typed by hand.
    number_source: Mapped[str] = mapped_column(String(10), default="register")
    letter_font: Mapped[str] = mapped_column(String(60), default="Vera")
    # Key for the HMAC in letters' QR codes; never leaves the database.
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=15)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Signatory(Base):
    __tablename__ = "signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[str] = mapped_column(String(200))
    rank: Mapped[str] = mapped_column(String(120), default="")
    nip: Mapped[str] = mapped_column(String(18), default="")
    # None when the head signs; "a.n.", "Plt." or "Plh." when someone signs for the head.
    signing_mode: Mapped[str | None] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class VerificationTeamMember(Base):
    __tablename__ = "verification_team_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[str] = mapped_column(String(200), default="")
    nip: Mapped[str] = mapped_column(String(18), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Sign-in attempts (services/sign_in.py): kept in the database, so that restarting the
    # program does not reset them and every PC on one server counts the same attempts.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


# --- schemes and groups ---------------------------------------------------------


class Scheme(Base):
    """Parameters of one TKM scheme year; seeded from resources/schemes, edited by the office."""

    __tablename__ = "scheme"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    members_min: Mapped[int] = mapped_column(Integer)
    members_max: Mapped[int] = mapped_column(Integer)
    grant_ceiling: Mapped[Decimal] = mapped_column(Money)
    age_min: Mapped[int | None] = mapped_column(Integer)
    age_max: Mapped[int | None] = mapped_column(Integer)
    age_reference_date: Mapped[dt.date | None] = mapped_column(Date)
    required_roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    tools_share: Mapped[Decimal | None] = mapped_column(Numeric(5, 4))
    split_tolerance: Mapped[Decimal] = mapped_column(Numeric(5, 4), default=Decimal("0.05"))
    excludes_earlier_grant: Mapped[bool] = mapped_column(Boolean, default=True)
    funded_before_severity: Mapped[str] = mapped_column(String(8), default="error")
    same_kk_severity: Mapped[str | None] = mapped_column(String(8), default="warning")
    group_quota: Mapped[int | None] = mapped_column(Integer)
    documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    export_format: Mapped[str] = mapped_column(String(60), default="kemnaker-tkm")


class Group(Base):
    __tablename__ = "tkm_group"
    __table_args__ = (
        Index("ix_tkm_group_scheme_status", "scheme_id", "status"),
        Index("ix_tkm_group_kecamatan", "kecamatan_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("scheme.id"))
    name: Mapped[str] = mapped_column(String(200))
    business_type: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str] = mapped_column(String(120), default="")
    street: Mapped[str] = mapped_column(String(300), default="")
    rt_rw: Mapped[str] = mapped_column(String(12), default="")
    kelurahan_code: Mapped[str] = mapped_column(String(13), default="")
    kecamatan_code: Mapped[str] = mapped_column(String(8), default="")
    # Free-text names as the proposal gave them, kept when no code matched.
    kelurahan_name: Mapped[str] = mapped_column(String(120), default="")
    kecamatan_name: Mapped[str] = mapped_column(String(120), default="")
    recommender_name: Mapped[str] = mapped_column(String(120), default="")
    recommender_title: Mapped[str] = mapped_column(String(120), default="")
    recommender_letter_number: Mapped[str] = mapped_column(String(120), default="")
    recommender_letter_date: Mapped[dt.date | None] = mapped_column(Date)
    bank_name: Mapped[str] = mapped_column(String(120), default="")
    account_number: Mapped[str] = mapped_column(String(40), default="")
    account_holder: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(24), default="diusulkan", index=True)
    roster_unlocked: Mapped[bool] = mapped_column(Boolean, default=False)
    sk_number: Mapped[str] = mapped_column(String(120), default="")
    sk_date: Mapped[dt.date | None] = mapped_column(Date)
    amount_granted: Mapped[Decimal | None] = mapped_column(Money)
    disbursed_on: Mapped[dt.date | None] = mapped_column(Date)
    disbursed_amount: Mapped[Decimal | None] = mapped_column(Money)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # When vetting last stored the group's findings; None: never vetted (or its roster was
    # replaced since), so zero findings do not mean a clean group.
    vetted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    scheme: Mapped[Scheme] = relationship()
    members: Mapped[list[Member]] = relationship(
        back_populates="group", order_by="Member.position", cascade="all, delete-orphan"
    )
    budget_items: Mapped[list[BudgetItem]] = relationship(
        order_by="BudgetItem.position", cascade="all, delete-orphan"
    )
    documents: Mapped[list[GroupDocument]] = relationship(cascade="all, delete-orphan")

    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}


class Member(Base):
    __tablename__ = "member"
    __table_args__ = (
        Index("ix_member_nik", "nik"),
        Index("ix_member_birth_date", "birth_date"),
        Index("ix_member_group_position", "group_id", "position"),
        # The groups list searches leaders by name (role = 'Ketua').
        Index("ix_member_role_name", "role", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("tkm_group.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    nik: Mapped[str] = mapped_column(String(40))
    # "text" or "number": a NIK that arrived as a number may have been rounded by a spreadsheet.
    nik_source: Mapped[str] = mapped_column(String(8), default="text")
    kk: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200))
    birth_place: Mapped[str] = mapped_column(String(120), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    rt_rw: Mapped[str] = mapped_column(String(12), default="")
    kelurahan_code: Mapped[str] = mapped_column(String(13), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    education: Mapped[str] = mapped_column(String(40), default="")
    work_status: Mapped[str] = mapped_column(String(40), default="")
    role: Mapped[str] = mapped_column(String(20), default="Anggota")

    group: Mapped[Group] = relationship(back_populates="members")


class NikClaim(Base):
    """One funded group per person per scheme, guaranteed by the unique key."""

    __tablename__ = "nik_claim"
    __table_args__ = (UniqueConstraint("scheme_id", "nik"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("scheme.id"))
    nik: Mapped[str] = mapped_column(String(16))
    group_id: Mapped[int] = mapped_column(ForeignKey("tkm_group.id", ondelete="CASCADE"))
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class FundedBefore(Base):
    """Earlier years' recipients, imported from the office's own lists."""

    __tablename__ = "funded_before"

    id: Mapped[int] = mapped_column(primary_key=True)
    nik: Mapped[str] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    group_name: Mapped[str] = mapped_column(String(200), default="")
    scheme_code: Mapped[str] = mapped_column(String(40), default="")
    source_file: Mapped[str] = mapped_column(String(260), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Finding(Base):
    __tablename__ = "finding"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("tkm_group.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    member_nik: Mapped[str] = mapped_column(String(40), default="")
    code: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(8))
    category: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(8))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class FindingAck(Base):
    __tablename__ = "finding_ack"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("tkm_group.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(40))
    nik: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class BudgetItem(Base):
    __tablename__ = "budget_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("tkm_group.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    item: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(8))  # "alat" or "bahan"
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    unit: Mapped[str] = mapped_column(String(30), default="")
    unit_price: Mapped[Decimal] = mapped_column(Money)


class Attachment(Base):
    """A file kept in the database, so every clerk on a shared server sees it."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(260))
    media_type: Mapped[str] = mapped_column(String(80), default="application/octet-stream")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class GroupDocument(Base):
    __tablename__ = "group_document"
    __table_args__ = (UniqueConstraint("group_id", "doc_type"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("tkm_group.id", ondelete="CASCADE"))
    doc_type: Mapped[str] = mapped_column(String(120))
    received: Mapped[bool] = mapped_column(Boolean, default=False)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    note: Mapped[str] = mapped_column(String(300), default="")


class StatusChange(Base):
    __tablename__ = "status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("tkm_group.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- letters and exports --------------------------------------------------------


class LetterGroup(Base):
    __tablename__ = "letter_group"

    letter_id: Mapped[int] = mapped_column(
        ForeignKey("letter.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[int] = mapped_column(ForeignKey("tkm_group.id"), primary_key=True)


class Letter(Base):
    """An entry of the outgoing register (agenda surat keluar)."""

    __tablename__ = "letter"
    __table_args__ = (
        UniqueConstraint("year", "number"),
        UniqueConstraint("year", "serial"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    number: Mapped[str | None] = mapped_column(String(120))
    year: Mapped[int | None] = mapped_column(Integer)
    serial: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default="draft")
    paper: Mapped[str] = mapped_column(String(4), default="a4")
    letter_date: Mapped[dt.date | None] = mapped_column(Date)
    signatory: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    signing_mode: Mapped[str | None] = mapped_column(String(8))
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    issued_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    pdf_attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    scan_attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    revoked_reason: Mapped[str] = mapped_column(Text, default="")
    revoked_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("letter.id"))


class LetterSerial(Base):
    """The last serial used per year; updated under a row lock when a number is issued."""

    __tablename__ = "letter_serial"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_serial: Mapped[int] = mapped_column(Integer, default=0)


class ExportBatchGroup(Base):
    __tablename__ = "export_batch_group"

    batch_id: Mapped[int] = mapped_column(
        ForeignKey("export_batch.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[int] = mapped_column(ForeignKey("tkm_group.id"), primary_key=True)


class ExportBatch(Base):
    __tablename__ = "export_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    format_name: Mapped[str] = mapped_column(String(60))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- audit ----------------------------------------------------------------------


class AuditEvent(Base):
    """Append-only; each row carries the hash of the one before (see services.audit)."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_group", "group_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    username: Mapped[str] = mapped_column(String(60), default="")
    channel: Mapped[str] = mapped_column(String(8))  # "gui" or "cli"
    os_account: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    # The group an event belongs to, so a group's whole story is one indexed query.
    group_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))


# --- the program ----------------------------------------------------------------


class ProgramInfo(Base):
    """Facts about the program that last created or upgraded the schema, by name.

    ``program_version`` lets an older program that finds a newer schema name the
    version to install (see store.migrate); ``schema_revision`` is what it wrote.
    """

    __tablename__ = "program_info"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
