"""The groups list's SQL: filter and sort to ids, rows by page, filter choices."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tkm_desktop.domain.vetting import VET_CODES
from tkm_desktop.services import browse
from tkm_desktop.services.browse import GroupFilter
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import (
    Finding,
    FindingAck,
    Group,
    Letter,
    LetterGroup,
    Member,
    Scheme,
    User,
)


def add_group(
    db: Database,
    name: str,
    *,
    members: list[tuple[str, str, str]] | None = None,
    status: str = "diusulkan",
    kelurahan: str = "32.75.01.1001",  # Bekasijaya, kecamatan Bekasi Timur
    kelurahan_name: str = "",
    scheme: str | None = None,
) -> int:
    """A group with members given as (nik, name, role)."""
    with db.session() as session:
        query = (
            select(Scheme).where(Scheme.code == scheme)
            if scheme
            else select(Scheme).where(Scheme.is_default)
        )
        group = Group(
            scheme=session.scalars(query).one(),
            name=name,
            status=status,
            kelurahan_code=kelurahan,
            kecamatan_code=kelurahan[:8] if kelurahan else "",
            kelurahan_name=kelurahan_name,
        )
        for n, (nik, person, role) in enumerate(members or []):
            group.members.append(Member(nik=nik, name=person, role=role, position=n))
        session.add(group)
        session.flush()
        return group.id


def finding(
    db: Database, group_id: int, code: str, severity: str, *, source: str = "vet", nik: str = ""
) -> None:
    with db.session() as session:
        session.add(
            Finding(
                group_id=group_id,
                code=code,
                severity=severity,
                category="group",
                source=source,
                member_nik=nik,
                details={},
            )
        )


def ids(db: Database, flt: GroupFilter = GroupFilter(), sort: str = "id", **kw: bool) -> list[int]:  # noqa: B008
    with db.reader() as session:
        return browse.matching_ids(session, flt, sort, **kw)


@pytest.fixture
def three(db: Database) -> dict[str, int]:
    return {
        "maju": add_group(
            db,
            "Maju Jaya",
            members=[
                ("3275014101900001", "Siti Aminah", "Ketua"),
                ("3275014101900002", "Budi", "Anggota"),
            ],
        ),
        "kue": add_group(
            db,
            "Kue Basah 100%",
            status="diverifikasi",
            kelurahan="32.75.02.1001",
            members=[
                ("3275024101900003", "Ahmad Yani", "Ketua"),
            ],
        ),
        "lele": add_group(
            db,
            "Lele_Sangkuriang",
            status="direkomendasikan",
            kelurahan="",
            kelurahan_name="Desa Antah Berantah",
        ),
    }


def test_every_group_by_id(db: Database, three: dict[str, int]) -> None:
    assert ids(db) == sorted(three.values())
    assert ids(db, descending=True) == sorted(three.values(), reverse=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("maju", ["maju"]),
        ("MAJU jaya", ["maju"]),
        ("bekasijaya", ["maju"]),  # the kelurahan's official name, from its code
        ("antah", ["lele"]),  # the name as the proposal wrote it, no code
        ("siti", ["maju"]),  # the ketua
        ("budi", []),  # a member who is not the ketua
        ("100%", ["kue"]),  # % is a character here, not a wildcard
        ("e_s", ["lele"]),
        ("32750141", ["maju"]),  # a NIK prefix
        ("3275 0241 0190 0003", ["kue"]),  # a whole NIK, as printed on a KTP
        ("3275", []),  # too short to be a NIK prefix, and no such group id
        ("", ["maju", "kue", "lele"]),
    ],
)
def test_search_as_you_type(
    db: Database, three: dict[str, int], text: str, expected: list[str]
) -> None:
    assert ids(db, GroupFilter(text=text)) == [three[k] for k in expected]


def test_digits_find_a_group_id(db: Database, three: dict[str, int]) -> None:
    assert ids(db, GroupFilter(text=str(three["kue"]))) == [three["kue"]]


def test_filters(db: Database, three: dict[str, int]) -> None:
    assert ids(db, GroupFilter(status="diverifikasi")) == [three["kue"]]
    assert ids(db, GroupFilter(kecamatan_code="32.75.02")) == [three["kue"]]
    with db.reader() as session:
        jps = session.scalar(select(Scheme.id).where(Scheme.code == "TKM-JPS-2020"))
    assert ids(db, GroupFilter(scheme_id=jps)) == []
    assert ids(db, GroupFilter(text="a", status="diusulkan")) == [three["maju"]]


def test_flags(db: Database, three: dict[str, int]) -> None:
    finding(db, three["maju"], "GROUP_TOO_SMALL", "error")
    finding(db, three["kue"], "POSSIBLE_SAME_PERSON", "warning", nik="3275024101900003")
    finding(db, three["kue"], "KK_DUPLICATE_IN_GROUP", "warning", nik="1")
    assert ids(db, GroupFilter(flag=browse.FLAG_ERRORS)) == [three["maju"]]
    assert ids(db, GroupFilter(flag=browse.FLAG_UNACKED)) == [three["kue"]]
    assert ids(db, GroupFilter(flag=browse.FLAG_NO_LETTER)) == [three["lele"]]
    with db.session() as session:
        user = User(username="budi", role="verifikator")
        session.add(user)
        session.flush()
        for code, nik in (
            ("POSSIBLE_SAME_PERSON", "3275024101900003"),
            ("KK_DUPLICATE_IN_GROUP", "1"),
        ):
            session.add(
                FindingAck(group_id=three["kue"], code=code, nik=nik, note="ok", user_id=user.id)
            )
        letter = Letter(kind="surat", number="1", year=2026, serial=1, state="issued")
        session.add(letter)
        session.flush()
        session.add(LetterGroup(letter_id=letter.id, group_id=three["lele"]))
    assert ids(db, GroupFilter(flag=browse.FLAG_UNACKED)) == []
    assert ids(db, GroupFilter(flag=browse.FLAG_NO_LETTER)) == []


def test_a_revoked_letter_leaves_the_group_waiting(db: Database, three: dict[str, int]) -> None:
    with db.session() as session:
        letter = Letter(kind="surat", number="1", year=2026, serial=1, state="revoked")
        session.add(letter)
        session.flush()
        session.add(LetterGroup(letter_id=letter.id, group_id=three["lele"]))
    assert ids(db, GroupFilter(flag=browse.FLAG_NO_LETTER)) == [three["lele"]]


def test_unknown_flag_and_sort_key_are_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="flag"):
        ids(db, GroupFilter(flag="nope"))
    with pytest.raises(ValueError, match="sort"):
        ids(db, sort="nope")


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("name", ["kue", "lele", "maju"]),
        ("members", ["lele", "kue", "maju"]),
        ("status", ["maju", "kue", "lele"]),  # workflow order, not alphabetical
        ("ketua", ["lele", "kue", "maju"]),  # none, Ahmad, Siti
        ("kelurahan", ["maju", "kue", "lele"]),  # Bekasijaya, Bintara, then no code
        ("kecamatan", ["kue", "maju", "lele"]),  # Bekasi Barat, Bekasi Timur, none
        ("scheme", ["maju", "kue", "lele"]),
        ("errors", ["kue", "lele", "maju"]),
        ("warnings", ["maju", "lele", "kue"]),
    ],
)
def test_sorting_in_sql(db: Database, three: dict[str, int], key: str, expected: list[str]) -> None:
    finding(db, three["maju"], "GROUP_TOO_SMALL", "error")
    finding(db, three["kue"], "POSSIBLE_SAME_PERSON", "warning")
    order = ids(db, sort=key)
    assert order == [three[k] for k in expected]
    # Ties break on the id in the same direction, so descending is the exact reverse.
    assert ids(db, sort=key, descending=True) == order[::-1]


def test_rows_of_a_page(db: Database, three: dict[str, int]) -> None:
    finding(db, three["maju"], "GROUP_TOO_SMALL", "error")
    finding(db, three["maju"], "POSSIBLE_SAME_PERSON", "warning")
    # An import finding that vetting decides again is shadowed; one it does not stays.
    shadowed = sorted(VET_CODES)[0]
    finding(db, three["maju"], shadowed, "error", source="import")
    finding(db, three["maju"], "VALUE_MISSING", "warning", source="import")
    with db.reader() as session:
        rows = browse.fetch_rows(session, [three["maju"], three["lele"], 9999])
    assert set(rows) == {three["maju"], three["lele"]}
    maju = rows[three["maju"]]
    assert (maju.name, maju.status, maju.members, maju.errors, maju.warnings) == (
        "Maju Jaya",
        "diusulkan",
        2,
        1,
        2,
    )
    assert (maju.kelurahan, maju.kecamatan, maju.ketua) == (
        "Bekasijaya",
        "Bekasi Timur",
        "Siti Aminah",
    )
    assert maju.scheme == "TKM-PEMULA-2023"
    assert rows[three["lele"]].kelurahan == "Desa Antah Berantah"
    assert rows[three["lele"]].ketua == ""
    with db.reader() as session:
        assert browse.fetch_rows(session, []) == {}


def test_filter_choices(db: Database, three: dict[str, int]) -> None:
    with db.reader() as session:
        choices = browse.filter_choices(session)
        assert browse.count_groups(session) == 3
    assert [c.label for c in choices.kecamatan] == ["Bekasi Barat", "Bekasi Timur"]
    assert [c.value for c in choices.kecamatan] == ["32.75.02", "32.75.01"]
    assert choices.schemes[0].label.startswith("TKM-PEMULA-2023 — ")


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("sit", "siti", True),
        ("siti", "siti aminah", True),
        ("SITI", "  siti   am", True),
        ("si", "siti", False),  # under three letters the ketua was not searched yet
        ("siti", "sita", False),
        ("siti", "siti ", True),  # the same search, typed on
        ("3275", "32750141", False),  # digits: NIK prefixes and ids do not nest that way
        ("ñan", "ñana", False),
    ],
)
def test_narrows(before: str, after: str, expected: bool) -> None:
    assert browse.narrows(GroupFilter(text=before), GroupFilter(text=after)) is expected


def test_narrows_only_when_nothing_else_changed() -> None:
    assert not browse.narrows(GroupFilter(text="sit"), GroupFilter(text="siti", status="ditolak"))


def test_within_gives_what_the_full_query_gives(db: Database, three: dict[str, int]) -> None:
    before = ids(db, GroupFilter(text="jay"))  # Maju Jaya, by its name
    assert before == [three["maju"]]
    for text in ("jaya", "siti", "siti a", "aminah"):
        full = ids(db, GroupFilter(text=text))
        with db.reader() as session:
            narrowed = browse.matching_ids(
                session, GroupFilter(text=text), within=[three["maju"], three["kue"]]
            )
        assert narrowed == [i for i in full if i in (three["maju"], three["kue"])]
