"""The groups list at national scale: SQL filters and sorts to a list of ids; rows come by page.

The window keeps only the ids of the matching groups (12,000 ints at most for a whole
country) and asks ``fetch_rows`` for the few dozen rows on screen. Error and warning
counts follow ``services.vetting.stored_findings``: vet findings, plus the import
findings whose code vetting does not decide again; a row says whether the group was
vetted at all (``vetted_at``), since a group never vetted has no findings either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from tkm_desktop.domain import regions
from tkm_desktop.domain.letters import KIND_LETTER
from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.domain.vetting import VET_CODES
from tkm_desktop.store.models import Finding, FindingAck, Group, Letter, LetterGroup, Member, Scheme

KETUA = "Ketua"
ERROR, WARNING = "error", "warning"
# Groups whose findings still matter: the ones on the verifikator's desk.
IN_VETTING = (
    GroupStatus.DIUSULKAN.value,
    GroupStatus.DIKEMBALIKAN.value,
    GroupStatus.DIVERIFIKASI.value,
)
SORT_KEYS = (
    "id",
    "name",
    "ketua",
    "kelurahan",
    "kecamatan",
    "scheme",
    "status",
    "members",
    "errors",
    "warnings",
)
# What needs attention (Beranda's links into the list, in this order).
FLAG_UNVETTED = "unvetted"  # never vetted (or roster replaced since), group still in vetting
FLAG_ERRORS = "errors"  # unresolved errors, group still in vetting
FLAG_UNACKED = "unacked"  # warnings without a note, group still in vetting
FLAG_NO_LETTER = "no_letter"  # recommended, no issued letter yet
FLAGS = (FLAG_UNVETTED, FLAG_ERRORS, FLAG_UNACKED, FLAG_NO_LETTER)

_STATUS_ORDER = {status.value: n for n, status in enumerate(GroupStatus)}
_DIGITS = re.compile(r"[0-9]+")
_MAX_ID_DIGITS = 9  # longer digit strings are NIK prefixes, never a group id
# A NIK prefix shorter than province + regency + district + birth day matches most of an
# office's people: it selects nothing useful and costs a pass over every member.
MIN_NIK_PREFIX = 8
MIN_PERSON_TEXT = 3  # letters before a name is looked for among 240,000 members
NARROW_LIMIT = 2000  # at most this many earlier matches are passed back as ``within``


# The tables' Core columns rather than the mapped classes: the list's queries then load
# no ORM entity, and the window's first paint does not wait for SQLAlchemy to configure
# every mapper (~20 ms); a screen that loads whole objects pays that later. Conditions
# built on them still fit ORM queries on Group (the rekap's, Beranda's).
groups = Group.__table__.c
members = Member.__table__.c
findings = Finding.__table__.c
finding_acks = FindingAck.__table__.c
letters = Letter.__table__.c
letter_groups = LetterGroup.__table__.c
schemes = Scheme.__table__.c


@dataclass(frozen=True)
class GroupFilter:
    """What the clerk typed and picked; empty values filter nothing."""

    text: str = ""
    scheme_id: int | None = None
    status: str | None = None
    kecamatan_code: str | None = None
    flag: str | None = None  # one of FLAGS


@dataclass(frozen=True)
class GroupListRow:
    id: int
    name: str
    scheme: str
    status: str
    members: int
    errors: int
    warnings: int
    kelurahan: str
    kecamatan: str
    ketua: str
    vetted: bool = True  # False: zero findings say nothing, vetting has not run yet


@dataclass(frozen=True)
class Choice:
    value: str | int
    label: str


@dataclass(frozen=True)
class FilterChoices:
    """What the filter boxes offer: schemes, and the kecamatan that hold groups."""

    schemes: list[Choice]
    kecamatan: list[Choice]


# --- conditions ------------------------------------------------------------------


def counted_finding() -> ColumnElement[bool]:
    """Findings that count on a group: vet findings and import ones vetting does not redo."""
    return or_(findings.source == "vet", findings.code.not_in(sorted(VET_CODES)))


def _finding_count(severity: str) -> ColumnElement[int]:
    return (
        select(func.count(findings.id))
        .where(findings.group_id == groups.id, findings.severity == severity, counted_finding())
        .scalar_subquery()
    )


def _has_errors() -> ColumnElement[bool]:
    return exists().where(
        findings.group_id == groups.id, findings.severity == ERROR, counted_finding()
    )


def _has_unacked_warnings() -> ColumnElement[bool]:
    acked = exists().where(
        finding_acks.group_id == findings.group_id,
        finding_acks.code == findings.code,
        finding_acks.nik == findings.member_nik,
    )
    return exists().where(
        findings.group_id == groups.id, findings.severity == WARNING, counted_finding(), ~acked
    )


def _has_issued_letter() -> ColumnElement[bool]:
    return exists().where(
        letter_groups.group_id == groups.id,
        letters.id == letter_groups.letter_id,
        letters.kind == KIND_LETTER,
        letters.state == "issued",
    )


def flag_condition(flag: str) -> ColumnElement[bool]:
    """The groups that need the attention ``flag`` names."""
    if flag == FLAG_UNVETTED:
        return and_(groups.status.in_(IN_VETTING), groups.vetted_at.is_(None))
    if flag == FLAG_ERRORS:
        return and_(groups.status.in_(IN_VETTING), _has_errors())
    if flag == FLAG_UNACKED:
        return and_(groups.status.in_(IN_VETTING), _has_unacked_warnings())
    if flag == FLAG_NO_LETTER:
        return and_(groups.status == GroupStatus.DIREKOMENDASIKAN.value, ~_has_issued_letter())
    raise ValueError(f"unknown flag {flag!r}")


def _nik_prefix(digits: str) -> ColumnElement[bool]:
    # A range on the indexed column instead of LIKE, which SQLite would not index.
    upper = digits[:-1] + chr(ord(digits[-1]) + 1)
    return groups.id.in_(select(members.group_id).where(members.nik >= digits, members.nik < upper))


def contains(session: Session, column: ColumnElement[str], text: str) -> ColumnElement[bool]:
    """``column`` contains ``text``, letter case ignored, wildcards taken literally."""
    if session.get_bind().dialect.name == "sqlite":
        # SQLite's LIKE ignores ASCII case by itself; lower() on every row costs twice
        # the time over the 240,000 members of a national database.
        return column.contains(text, autoescape=True)
    return column.icontains(text, autoescape=True)


def _place_codes(codes: Sequence[str], text: str) -> list[str]:
    """The region codes among ``codes`` whose official name contains ``text``."""
    wanted = text.casefold()
    return [c for c in codes if wanted in (regions.region_name(c) or "").casefold()]


def text_condition(
    session: Session, text: str, *, few_groups: bool = False
) -> ColumnElement[bool] | None:
    """Search as you type: group name, kelurahan, ketua; digits also NIK prefix and group id.

    ``few_groups``: the other conditions leave only a few hundred groups, so the ketua is
    looked up group by group (indexed) instead of in one pass over every member.
    """
    text = " ".join(text.split())
    if not text:
        return None
    compact = text.replace(" ", "").replace(".", "")
    if _DIGITS.fullmatch(compact):
        found = [contains(session, groups.name, text)]
        if len(compact) >= MIN_NIK_PREFIX:
            found.append(_nik_prefix(compact))
        if len(compact) <= _MAX_ID_DIGITS:
            found.append(groups.id == int(compact))
        return or_(*found)
    found = [contains(session, groups.name, text), contains(session, groups.kelurahan_name, text)]
    if len(text) >= MIN_PERSON_TEXT:
        # The one condition that reads the member table: only once the text says something.
        ketua = (members.role == KETUA, contains(session, members.name, text))
        if few_groups:
            found.append(exists().where(members.group_id == groups.id, *ketua))
        else:
            found.append(groups.id.in_(select(members.group_id).where(*ketua)))
    codes = _place_codes(_kelurahan_codes(session), text)
    if codes:
        found.append(groups.kelurahan_code.in_(codes))
    return or_(*found)


def _kelurahan_codes(session: Session) -> list[str]:
    query = select(groups.kelurahan_code).where(groups.kelurahan_code != "").distinct()
    return list(session.scalars(query))


def _kecamatan_codes(session: Session) -> list[str]:
    query = select(groups.kecamatan_code).where(groups.kecamatan_code != "").distinct()
    return list(session.scalars(query))


# --- ids -------------------------------------------------------------------------


def _name_rank(codes: Sequence[str]) -> dict[str, int]:
    named = sorted(codes, key=lambda c: ((regions.region_name(c) or "").casefold(), c))
    return {code: n for n, code in enumerate(named)}


def _sort_columns(session: Session, key: str) -> list[ColumnElement[object]]:
    if key == "id":
        return []
    if key == "name":
        return [func.lower(groups.name)]
    if key == "scheme":
        return [select(schemes.code).where(schemes.id == groups.scheme_id).scalar_subquery()]
    if key == "status":
        return [case(_STATUS_ORDER, value=groups.status, else_=len(_STATUS_ORDER))]
    if key == "members":
        return [
            select(func.count(members.id)).where(members.group_id == groups.id).scalar_subquery()
        ]
    if key in ("errors", "warnings"):
        return [_finding_count(ERROR if key == "errors" else WARNING)]
    if key == "ketua":
        ketua = select(func.min(func.lower(members.name))).where(
            members.group_id == groups.id, members.role == KETUA
        )
        return [func.coalesce(ketua.scalar_subquery(), "")]
    if key in ("kelurahan", "kecamatan"):
        code = groups.kelurahan_code if key == "kelurahan" else groups.kecamatan_code
        name = groups.kelurahan_name if key == "kelurahan" else groups.kecamatan_name
        codes = _kelurahan_codes(session) if key == "kelurahan" else _kecamatan_codes(session)
        rank = _name_rank(codes)
        # Official names first, in alphabetical order; names without a code after them.
        return [case(rank, value=code, else_=len(rank)) if rank else code, func.lower(name)]
    raise ValueError(f"unknown sort key {key!r}")


def _search_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def narrows(before: GroupFilter, after: GroupFilter) -> bool:
    """Whether ``after`` can only drop groups from what ``before`` let through.

    True when only the text changed and grew around the old text (typing on), or only
    its spaces changed: every text condition is a "contains", so the new matches are
    among the old ones. Digits
    (NIK prefixes, ids) and non-ASCII texts (SQLite folds only ASCII case) never narrow.
    """
    old, new = _search_key(before.text), _search_key(after.text)
    if replace(before, text="") != replace(after, text=""):
        return False
    if len(old) < MIN_PERSON_TEXT or not (old.isascii() and new.isascii()):
        return False
    if _DIGITS.fullmatch(old.replace(" ", "").replace(".", "")):
        return False
    return old in new


def apply_filter(
    session: Session, query: Select[Any], flt: GroupFilter, *, few_groups: bool = False
) -> Select[Any]:
    """``query`` (on Group) narrowed by the list's filter; the rekap uses the same one."""
    if flt.scheme_id is not None:
        query = query.where(groups.scheme_id == flt.scheme_id)
    if flt.status:
        query = query.where(groups.status == flt.status)
    if flt.kecamatan_code:
        query = query.where(groups.kecamatan_code == flt.kecamatan_code)
    if flt.flag:
        query = query.where(flag_condition(flt.flag))
    condition = text_condition(session, flt.text, few_groups=few_groups)
    return query if condition is None else query.where(condition)


def matching_ids(
    session: Session,
    flt: GroupFilter,
    sort: str = "id",
    *,
    descending: bool = False,
    within: Sequence[int] | None = None,
) -> list[int]:
    """The ids of the groups ``flt`` lets through, in the order asked for (ties by id).

    ``within``: the groups a filter that this one ``narrows`` let through; only they are
    looked at (a few hundred at most, see ``NARROW_LIMIT``).
    """
    query = select(groups.id)
    if within is not None:
        query = query.where(groups.id.in_(list(within)))
    query = apply_filter(session, query, flt, few_groups=within is not None)
    columns = [*_sort_columns(session, sort), groups.id]
    query = query.order_by(*(c.desc() if descending else c.asc() for c in columns))
    # Core rows, not ORM ones: a third of the time for 12,000 ids.
    return list(session.connection().execute(query).scalars())


def count_groups(session: Session) -> int:
    return session.scalar(select(func.count(groups.id))) or 0


# --- rows ------------------------------------------------------------------------


def _place(code: str, stored: str, official: bool) -> str:
    if official:
        return (regions.region_name(code) if code else None) or stored
    return stored or code


def fetch_rows(
    session: Session, ids: Sequence[int], *, official_names: bool = True
) -> dict[int, GroupListRow]:
    """The rows of these groups (a page of the list), by id; ids no longer there are left out.

    ``official_names`` False shows the place names as the proposals wrote them, without
    loading the region list (a third of a second): the window's first page uses it.
    """
    if not ids:
        return {}
    wanted = list(ids)
    # One pass over the page's members: how many, and the ketua's name (the first by
    # name should a roster name two: vetting reports that as ROLE_DUPLICATE).
    ketua_name = case((members.role == KETUA, members.name))
    per_member = (
        select(members.group_id, func.count(members.id), func.min(ketua_name))
        .where(members.group_id.in_(wanted))
        .group_by(members.group_id)
    )
    member_counts: dict[int, int] = {}
    ketua: dict[int, str] = {}
    for gid, count, name in session.execute(per_member):
        member_counts[gid] = count
        ketua[gid] = name or ""
    per_finding = (
        select(findings.group_id, findings.severity, func.count(findings.id))
        .where(findings.group_id.in_(wanted), counted_finding())
        .group_by(findings.group_id, findings.severity)
    )
    finding_counts = {(g, s): n for g, s, n in session.execute(per_finding)}
    query = (
        select(
            groups.id,
            groups.name,
            schemes.code,
            groups.status,
            groups.kelurahan_code,
            groups.kelurahan_name,
            groups.kecamatan_code,
            groups.kecamatan_name,
            groups.vetted_at,
        )
        .join(Scheme.__table__, schemes.id == groups.scheme_id)
        .where(groups.id.in_(wanted))
    )
    return {
        r.id: GroupListRow(
            id=r.id,
            name=r.name,
            scheme=r.code,
            status=r.status,
            members=member_counts.get(r.id, 0),
            errors=finding_counts.get((r.id, ERROR), 0),
            warnings=finding_counts.get((r.id, WARNING), 0),
            kelurahan=_place(r.kelurahan_code, r.kelurahan_name, official_names),
            kecamatan=_place(r.kecamatan_code, r.kecamatan_name, official_names),
            ketua=ketua.get(r.id, ""),
            vetted=r.vetted_at is not None,
        )
        for r in session.execute(query)
    }


def scheme_choices(session: Session) -> list[Choice]:
    """Every scheme, newest first, as 'CODE — Name'."""
    query = select(schemes.id, schemes.code, schemes.name).order_by(
        schemes.year.desc(), schemes.code
    )
    return [Choice(id_, f"{code} — {name}") for id_, code, name in session.execute(query)]


def kecamatan_choices(session: Session, *, official_names: bool = True) -> list[Choice]:
    """The kecamatan that hold groups, by name (as written in the proposals when not official)."""
    if official_names:
        named = {code: regions.region_name(code) or code for code in _kecamatan_codes(session)}
    else:
        query = (
            select(groups.kecamatan_code, func.max(groups.kecamatan_name))
            .where(groups.kecamatan_code != "")
            .group_by(groups.kecamatan_code)
        )
        named = {code: name or code for code, name in session.execute(query)}
    return [
        Choice(code, name)
        for code, name in sorted(named.items(), key=lambda kv: (kv[1].casefold(), kv[0]))
    ]


def filter_choices(session: Session, *, official_names: bool = True) -> FilterChoices:
    """Schemes (newest first) and the kecamatan that hold groups (by name)."""
    return FilterChoices(
        scheme_choices(session), kecamatan_choices(session, official_names=official_names)
    )
