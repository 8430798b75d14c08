"""Office settings: identity and letterhead, region defaults, numbering, idle lock."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from tkm_desktop.paths import resources_dir
from tkm_desktop.services import settings, users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.office_info import load_office
from tkm_desktop.services.permissions import PermissionDenied
from tkm_desktop.services.settings import NumberingSettings, OfficeSettings
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, Office

BEKASI = OfficeSettings(
    government_name="PEMERINTAH KOTA BEKASI",
    office_name="DINAS KETENAGAKERJAAN",
    address="Jl. Ir. H. Juanda No. 100, Bekasi Timur",
    phone="(021) 8841234",
    email="disnaker@bekasikota.go.id",
    website="disnaker.bekasikota.go.id",
    region_code="32.75",
    place_name="Bekasi",
)


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


@pytest.fixture
def admin(db: Database) -> Actor:
    with db.session() as s:
        user = users.create_user(s, Actor.anonymous("gui"), "kepala", "admin", "rahasia-123")
        return users.actor_from_user(user, "gui")


@pytest.fixture
def clerk(db: Database, admin: Actor) -> Actor:
    with db.session() as s:
        user = users.create_user(s, admin, "dewi", "verifikator", "rahasia-123")
        return users.actor_from_user(user, "gui")


def events(db: Database, entity: str = "office") -> list[AuditEvent]:
    with db.reader() as s:
        query = select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)
        return list(s.scalars(query))


# --- region defaults ---------------------------------------------------------------------


def test_region_prefills_the_letterhead() -> None:
    office = settings.office_defaults_for_region("3275")
    assert office.region_code == "32.75"
    assert office.government_name == "PEMERINTAH KOTA BEKASI"
    assert office.office_name == "DINAS KETENAGAKERJAAN"
    assert office.place_name == "Bekasi"
    regency = settings.office_defaults_for_region("32.16")
    assert regency.government_name == "PEMERINTAH KABUPATEN BEKASI"
    assert regency.place_name == "Bekasi"


def test_region_defaults_keep_what_the_clerk_typed_elsewhere() -> None:
    base = OfficeSettings(address="Jl. Veteran 1", office_name="DINAS TENAGA KERJA")
    office = settings.office_defaults_for_region("32.75", base)
    assert office.address == "Jl. Veteran 1"
    assert office.office_name == "DINAS TENAGA KERJA"


def test_province_gets_the_provincial_heading() -> None:
    office = settings.office_defaults_for_region("32")
    assert office.government_name == "PEMERINTAH PROVINSI JAWA BARAT"


@pytest.mark.parametrize("code", ["99.99", "32.75.01", "Bekasi", ""])
def test_region_defaults_refuse_what_is_no_kab_kota(code: str) -> None:
    with pytest.raises(InputRefused, match="bukan kode kabupaten/kota"):
        settings.office_defaults_for_region(code)


def test_regency_choices_cover_the_country() -> None:
    choices = settings.regency_choices()
    assert len(choices) > 500
    bekasi = next(c for c in choices if c.code == "32.75")
    assert bekasi.label == "Kota Bekasi — Jawa Barat"


# --- office identity -----------------------------------------------------------------------


def test_new_database_has_empty_settings(db: Database) -> None:
    with db.reader() as s:
        assert settings.get_office(s) == OfficeSettings()
        assert settings.get_numbering(s) == NumberingSettings()


def test_save_office_creates_then_updates_and_audits_the_change(db: Database, admin: Actor) -> None:
    saved = settings.save_office(db, admin, BEKASI)
    assert saved == BEKASI
    with db.reader() as s:
        assert settings.get_office(s) == BEKASI
        assert load_office(s).region_name == "Kota Bekasi"  # what the window reads
    first = events(db)
    assert [e.action for e in first] == ["create"]
    assert first[0].after["government_name"] == "PEMERINTAH KOTA BEKASI"
    assert first[0].username == "kepala"

    settings.save_office(db, admin, replace(BEKASI, phone="021-1"))
    second = events(db)[-1]
    assert second.action == "update"
    assert second.before == {"phone": "(021) 8841234"}
    assert second.after == {"phone": "021-1"}


def test_saving_the_same_values_records_nothing(db: Database, admin: Actor) -> None:
    settings.save_office(db, admin, BEKASI)
    settings.save_office(db, admin, BEKASI)
    assert len(events(db)) == 1


def test_spaces_are_tidied(db: Database, admin: Actor) -> None:
    messy = OfficeSettings(
        government_name="  PEMERINTAH   KOTA BEKASI ", office_name="DINAS\nKETENAGAKERJAAN"
    )
    saved = settings.save_office(db, admin, messy)
    assert saved.government_name == "PEMERINTAH KOTA BEKASI"
    assert saved.office_name == "DINAS KETENAGAKERJAAN"


def test_every_problem_is_reported_and_nothing_written(db: Database, admin: Actor) -> None:
    bad = OfficeSettings(
        email="bukan-surel", region_code="99.99", letter_font="Comic Sans", address="x" * 301
    )
    with pytest.raises(InputRefused) as refused:
        settings.save_office(db, admin, bad)
    text = "\n".join(refused.value.reasons)
    for expected in (
        "Nama pemerintah daerah wajib",
        "Nama dinas wajib",
        "Alamat paling panjang",
        "pos-el 'bukan-surel' tidak sah",
        "Kode wilayah '99.99'",
        "Comic Sans",
    ):
        assert expected in text  # fmt: skip
    with db.reader() as s:
        assert s.scalar(select(Office)) is None
    assert events(db) == []


def test_logo_png_is_kept_and_audited_as_a_fingerprint(db: Database, admin: Actor) -> None:
    png = (resources_dir() / "icons" / "tkm.png").read_bytes()
    settings.save_office(db, admin, replace(BEKASI, logo=png))
    with db.reader() as s:
        assert settings.get_office(s).logo == png
    logo = events(db)[-1].after["logo"]
    assert set(logo) == {"sha256", "size"}


@pytest.mark.parametrize(
    ("logo", "message"),
    [
        (b"GIF89a....", "PNG atau JPEG"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "rusak"),
        (b"\xff\xd8\xff" + b"\x00" * (settings.LOGO_MAX_BYTES + 1), "paling besar"),
    ],
    ids=["gif", "broken-png", "too-large"],
)
def test_bad_logo_is_refused(db: Database, admin: Actor, logo: bytes, message: str) -> None:
    with pytest.raises(InputRefused, match=message):
        settings.save_office(db, admin, replace(BEKASI, logo=logo))


def test_letter_fonts_offer_vera_first() -> None:
    fonts = settings.letter_fonts()
    assert fonts[0] == "Vera"
    assert "Times New Roman" in fonts


def test_every_letter_font_but_vera_is_looked_up_on_the_pc() -> None:
    from tkm_desktop.documents.fonts import SYSTEM_FONTS

    assert ["Vera", *SYSTEM_FONTS] == settings.letter_fonts()


@pytest.mark.parametrize("who", ["clerk", "nobody"])
def test_only_an_admin_changes_settings(db: Database, request: pytest.FixtureRequest, who: str):
    actor = request.getfixturevalue("clerk") if who == "clerk" else Actor.anonymous("cli")
    with pytest.raises(PermissionDenied):
        settings.save_office(db, actor, BEKASI)
    with pytest.raises(PermissionDenied):
        settings.save_numbering(db, actor, NumberingSettings())
    with pytest.raises(PermissionDenied):
        settings.save_idle_lock_minutes(db, actor, 5)
    with db.reader() as s:
        assert s.scalar(select(Office)) is None


# --- numbering -------------------------------------------------------------------------------


def test_numbering_is_saved_and_audited(db: Database, admin: Actor) -> None:
    settings.save_office(db, admin, BEKASI)
    pattern = "500.15.10/{urut}/Disnaker/{bulan_romawi}/{tahun}"
    saved = settings.save_numbering(db, admin, NumberingSettings(f"  {pattern} ", "manual"))
    assert saved == NumberingSettings(pattern, "manual")
    last = events(db)[-1]
    assert last.action == "set_numbering"
    assert last.after == {"letter_number_pattern": pattern, "number_source": "manual"}
    assert (
        settings.number_example(pattern, dt.date(2024, 12, 2), serial=12)
        == "500.15.10/012/Disnaker/XII/2024"
    )


@pytest.mark.parametrize(
    ("pattern", "source", "message"),
    [
        ("500.15.10/Disnaker/{tahun}", "register", "{urut}"),
        ("{kode}/{urut}/{tahun}", "register", "{kode}"),
        ("{urut}/{nomor}", "register", "tidak dikenal"),
        ("{urut}/{tahun}", "buku", "Sumber nomor 'buku'"),
    ],
)
def test_unusable_numbering_is_refused(
    db: Database, admin: Actor, pattern: str, source: str, message: str
) -> None:
    with pytest.raises(InputRefused) as refused:
        settings.save_numbering(db, admin, NumberingSettings(pattern, source))
    assert message in "\n".join(refused.value.reasons)
    with db.reader() as s:
        assert settings.get_numbering(s) == NumberingSettings()


# --- idle lock ---------------------------------------------------------------------------------


def test_idle_lock_minutes(db: Database, admin: Actor) -> None:
    with db.reader() as s:
        assert settings.get_idle_lock_minutes(s) == 15
    settings.save_idle_lock_minutes(db, admin, 0)
    with db.reader() as s:
        assert settings.get_idle_lock_minutes(s) == 0
    settings.save_idle_lock_minutes(db, admin, 30)
    with db.reader() as s:
        assert settings.get_idle_lock_minutes(s) == 30
    assert events(db)[-1].after == {"idle_lock_minutes": 30}


@pytest.mark.parametrize("minutes", [-1, settings.IDLE_LOCK_MAX + 1, True, 1.5])
def test_idle_lock_out_of_range_is_refused(db: Database, admin: Actor, minutes: object) -> None:
    with pytest.raises(InputRefused, match="0 sampai"):
        settings.save_idle_lock_minutes(db, admin, minutes)  # type: ignore[arg-type]
