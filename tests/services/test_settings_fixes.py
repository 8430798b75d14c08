"""Settings fixes: the next register serial, office + idle lock in one write, the logo check."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tkm_desktop.services import letters, settings, users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.letter_sample import Sample, sample_logo, seed_sample
from tkm_desktop.services.settings import OfficeSettings
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, LetterSerial

NOW = dt.datetime(2024, 12, 22, 3, 0, tzinfo=dt.UTC)
BEKASI = OfficeSettings(
    government_name="PEMERINTAH KOTA BEKASI",
    office_name="DINAS KETENAGAKERJAAN",
    address="Jl. Ir. H. Juanda No. 100",
    region_code="32.75",
)
NOT_A_PNG = b"\x89PNG\r\n\x1a\n" + b"rusak" * 40  # the right magic, then no image


@pytest.fixture
def sample(db: Database) -> Sample:
    return seed_sample(db, groups=2, members=10)


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


def admin_of(db: Database) -> Actor:
    with db.session() as s:
        user = users.create_user(s, Actor.anonymous("cli"), "kepala", "admin", "rahasia-123")
        return users.actor_from_user(user, "cli")


def test_next_serial_reads_what_the_register_gives_next(db: Database, sample: Sample) -> None:
    with db.reader() as s:
        assert letters.next_serial(s, 2024) == 1
        assert settings.next_letter_serial(s, dt.date(2024, 5, 1)) == 1
    pejabat = Actor("cli", "tester", sample.users["pejabat"], "pejabat", "pejabat")
    issued = letters.issue_letter(db, pejabat, sample.group_ids[:1], now=NOW)
    assert "/001/" in issued.number
    with db.reader() as s:
        assert letters.next_serial(s, 2024) == 2
        assert settings.next_letter_serial(s, dt.date(2024, 5, 1)) == 2
        assert letters.next_serial(s, 2025) == 1
        assert s.get(LetterSerial, 2024).last_serial == 1  # reading took no number
    with db.session() as s:  # a serial taken by a failed issue is not given again
        s.get(LetterSerial, 2024).last_serial = 5
    with db.reader() as s:
        assert letters.next_serial(s, 2024) == 6


def test_the_example_number_defaults_to_serial_one() -> None:
    assert settings.number_example("{urut}/{tahun}", dt.date(2024, 1, 2)) == "001/2024"


def test_office_and_idle_lock_are_one_write(db: Database) -> None:
    admin = admin_of(db)
    office = settings.save_office(db, admin, BEKASI)
    with db.reader() as s:
        before = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
    changed = OfficeSettings(**{**office.__dict__, "phone": "(021) 1234"})
    with pytest.raises(InputRefused, match="0 sampai"):
        settings.save_office(db, admin, changed, idle_lock_minutes=999)
    with db.reader() as s:
        assert settings.get_office(s).phone == office.phone  # nothing half-saved
    settings.save_office(db, admin, changed, idle_lock_minutes=30)
    with db.reader() as s:
        assert settings.get_office(s).phone == "(021) 1234"
        assert settings.get_idle_lock_minutes(s) == 30
        new = s.scalars(select(AuditEvent).where(AuditEvent.id > before)).all()
    assert len(new) == 1
    assert new[0].after == {"phone": "(021) 1234", "idle_lock_minutes": 30}


def test_logo_problems_is_the_public_check() -> None:
    assert settings.logo_problems(sample_logo()) == []
    assert settings.logo_problems(b"hello") == ["Lambang harus berupa gambar PNG atau JPEG."]
    assert "rusak" in settings.logo_problems(NOT_A_PNG)[0]
