"""Scheme parameters as the office edits them: sizes, grant, ages, documents, quota, default.

A scheme edited in the window obeys exactly the rules of a scheme file: the values go
through ``domain.schemes.scheme_from_values``. Every write needs ``MANAGE_SETTINGS``
and is audited (entity ``scheme``) with the fields before and after.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tkm_desktop.domain.schemes import SchemeError, SchemeParams, scheme_from_values
from tkm_desktop.services import audit, permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Group, Scheme

ENTITY = "scheme"
FIELDS = tuple(f.name for f in fields(SchemeParams))

# How the settings screen names each parameter (also in refusals).
FIELD_LABELS: dict[str, str] = {
    "code": "Kode skema",
    "name": "Nama skema",
    "year": "Tahun",
    "active": "Menerima usulan",
    "is_default": "Skema bawaan",
    "members_min": "Jumlah anggota paling sedikit",
    "members_max": "Jumlah anggota paling banyak",
    "grant_ceiling": "Pagu bantuan per kelompok",
    "age_min": "Umur paling rendah",
    "age_max": "Umur paling tinggi",
    "age_reference_date": "Tanggal acuan umur",
    "required_roles": "Jabatan wajib dalam kelompok",
    "tools_share": "Porsi belanja alat",
    "split_tolerance": "Toleransi porsi alat/bahan",
    "funded_before_severity": "Tingkat temuan penerima terdahulu",
    "same_kk_severity": "Tingkat temuan KK yang sama",
    "group_quota": "Kuota kelompok",
    "documents": "Daftar periksa dokumen",
    "export_format": "Format ekspor",
    "excludes_earlier_grant": "Penerima terdahulu tidak boleh diusulkan lagi",
}


class SchemeRefused(InputRefused):
    """A scheme value was refused; ``field`` names the parameter, for the form to mark."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class SchemeRow:
    """One scheme with its parameters and how many groups use it."""

    id: int
    params: SchemeParams
    groups: int


def _params(row: Scheme) -> SchemeParams:
    values: dict[str, Any] = {name: getattr(row, name) for name in FIELDS}
    values["required_roles"] = tuple(row.required_roles or ())
    values["documents"] = tuple(row.documents or ())
    return SchemeParams(**values)


def list_scheme_settings(session: Session) -> list[SchemeRow]:
    """Every scheme, newest year first, with the number of groups in each."""
    counts = dict(
        session.execute(select(Group.scheme_id, func.count(Group.id)).group_by(Group.scheme_id))
        .tuples()
        .all()
    )
    query = select(Scheme).order_by(Scheme.year.desc(), Scheme.code)
    return [SchemeRow(s.id, _params(s), counts.get(s.id, 0)) for s in session.scalars(query)]


def get_scheme(session: Session, scheme_id: int) -> SchemeRow:
    row = _get(session, scheme_id)
    count = session.scalar(select(func.count(Group.id)).where(Group.scheme_id == row.id)) or 0
    return SchemeRow(row.id, _params(row), count)


def _get(session: Session, scheme_id: int) -> Scheme:
    row = session.get(Scheme, scheme_id)
    if row is None:
        raise InputRefused(f"Skema dengan nomor {scheme_id} tidak ada.")
    return row


def check_scheme(params: SchemeParams) -> SchemeParams:
    """The parameters checked by the scheme-file rules (tidied), or SchemeRefused."""
    values: dict[str, Any] = {}
    for name in FIELDS:
        value = getattr(params, name)
        if name == "same_kk_severity" and value is None:
            values[name] = "none"  # how a scheme file switches the check off
        elif value is not None:
            values[name] = value
    source = f"Skema {params.code or '(tanpa kode)'}"
    try:
        return scheme_from_values(values, source)
    except SchemeError as exc:
        label = FIELD_LABELS.get(exc.key or "", exc.key or "")
        prefix = f"{source}, kunci '{exc.key}': " if exc.key else f"{source}: "
        detail = str(exc).removeprefix(prefix)
        message = f"{label}: {detail}" if exc.key else str(exc)
        raise SchemeRefused(message, exc.key) from None


def _columns(params: SchemeParams) -> dict[str, Any]:
    values = {name: getattr(params, name) for name in FIELDS}
    values["required_roles"] = list(params.required_roles)
    values["documents"] = list(params.documents)
    return values


def update_scheme(db: Database, actor: Actor, scheme_id: int, params: SchemeParams) -> SchemeRow:
    """Store a scheme's edited parameters; audited.

    The code never changes (earlier recipients are matched by it); ``is_default`` is
    kept as it is: change it with ``set_default_scheme``.
    """
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    with db.session() as session:
        row = _get(session, scheme_id)
        if params.code.strip().upper() != row.code:
            raise SchemeRefused(
                f"Kode skema {row.code} tidak dapat diubah; buat skema baru bila perlu kode lain.",
                "code",
            )
        checked = check_scheme(replace(params, code=row.code, is_default=row.is_default))
        if row.is_default and not checked.active:
            raise SchemeRefused(
                f"Skema {row.code} adalah skema bawaan dan harus tetap menerima usulan; "
                "jadikan skema lain sebagai bawaan dahulu.",
                "active",
            )
        before = audit.snapshot(row, FIELDS)
        for name, value in _columns(checked).items():
            setattr(row, name, value)
        session.flush()
        old, new = audit.diff(before, audit.snapshot(row, FIELDS))
        if new:
            audit.record(session, actor, audit.UPDATE, ENTITY, row.id, before=old, after=new)
        return get_scheme(session, row.id)


def add_scheme(db: Database, actor: Actor, params: SchemeParams) -> int:
    """Add a scheme (e.g. a new year's, copied from last year's and edited); returns its id.

    A new scheme is never the default: choose it with ``set_default_scheme``.
    """
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    checked = check_scheme(replace(params, is_default=False))
    with db.session() as session:
        taken = session.scalar(select(Scheme.id).where(func.upper(Scheme.code) == checked.code))
        if taken is not None:
            raise SchemeRefused(f"Kode skema {checked.code} sudah dipakai.", "code")
        row = Scheme(**_columns(checked))
        session.add(row)
        session.flush()
        after = audit.snapshot(row, FIELDS)
        audit.record(session, actor, audit.CREATE, ENTITY, row.id, after=after)
        return row.id


def set_default_scheme(db: Database, actor: Actor, scheme_id: int) -> None:
    """Make this scheme the one ``import`` uses without ``--scheme``; exactly one is default.

    Always audited, also when it already was the default: choosing it is a decision
    the first-run wizard asks for.
    """
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    with db.session() as session:
        row = _get(session, scheme_id)
        if not row.active:
            raise SchemeRefused(
                f"Skema {row.code} tidak menerima usulan; aktifkan dahulu sebelum "
                "dijadikan bawaan.",
                "is_default",
            )
        previous = [s for s in session.scalars(select(Scheme).where(Scheme.is_default))]
        for other in previous:
            other.is_default = False
        row.is_default = True
        session.flush()
        audit.record(
            session, actor, "set_default", ENTITY, row.id,
            before={"default": [s.code for s in previous]}, after={"default": [row.code]},
        )  # fmt: skip
