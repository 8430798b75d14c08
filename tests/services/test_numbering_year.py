"""A letter-number pattern must carry the year: the register's serial restarts every year."""

from __future__ import annotations

import pytest

from tkm_desktop.domain.numbering import PatternError, require_year
from tkm_desktop.services import settings, users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.settings import NumberingSettings
from tkm_desktop.store.db import Database


@pytest.fixture
def admin(db: Database) -> Actor:
    with db.session() as s:
        user = users.create_user(s, Actor.anonymous("gui"), "kepala", "admin", None)
        return users.actor_from_user(user, "gui")


@pytest.mark.parametrize(
    "pattern", ["500/{urut}/Disnaker/{tahun}", "{tahun}.{urut}", "{urut}-{ tahun }"]
)
def test_a_pattern_with_the_year_passes(pattern: str) -> None:
    require_year(pattern)


@pytest.mark.parametrize(
    "pattern", ["500/{urut}/Disnaker", "{urut}/{bulan_romawi}", "{urut}/tahun"]
)
def test_a_pattern_without_the_year_is_refused(pattern: str) -> None:
    with pytest.raises(PatternError, match=r"\{tahun\}") as refused:
        require_year(pattern)
    assert "terulang" in refused.value.message and "repeat" in refused.value.en


@pytest.mark.parametrize("source", ["register", "manual"])
def test_saving_a_pattern_without_the_year_is_refused(
    db: Database, admin: Actor, source: str
) -> None:
    with pytest.raises(InputRefused) as refused:
        settings.save_numbering(db, admin, NumberingSettings("500/{urut}/Disnaker", source))
    [reason] = refused.value.reasons
    assert "{tahun}" in reason and "setiap tahun" in reason
    with db.reader() as s:
        assert settings.get_numbering(s) == NumberingSettings()
    saved = settings.save_numbering(
        db, admin, NumberingSettings("500/{urut}/Disnaker/{tahun}", source)
    )
    assert saved.pattern == "500/{urut}/Disnaker/{tahun}"


def test_an_unusable_pattern_gets_one_reason_not_two(db: Database, admin: Actor) -> None:
    with pytest.raises(InputRefused) as refused:
        settings.save_numbering(db, admin, NumberingSettings("{urut}/{nomor}", "register"))
    assert len(refused.value.reasons) == 1 and "tidak dikenal" in refused.value.reasons[0]
