"""Opening the database the way the program does: seeded schemes and the app context."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from tkm_desktop.services.bootstrap import (
    DemoMissingError,
    default_scheme,
    open_app,
    open_database,
    scheme_by_code,
)
from tkm_desktop.store.db import Database, sqlite_url
from tkm_desktop.store.models import Scheme


def test_new_database_holds_the_seeded_schemes(db: Database) -> None:
    with db.reader() as s:
        assert default_scheme(s).code == "TKM-PEMULA-2023"
        assert s.scalars(select(Scheme.code).where(Scheme.is_default)).all() == ["TKM-PEMULA-2023"]
        jps = scheme_by_code(s, "TKM-JPS-2020")
        assert (jps.members_max, jps.grant_ceiling, jps.is_default) == (20, 40_000_000, False)


def test_seeded_scheme_keeps_every_parameter(db: Database) -> None:
    with db.reader() as s:
        pemula = scheme_by_code(s, "tkm-pemula-2023")  # letter case ignored
        assert (pemula.members_min, pemula.members_max) == (10, 10)
        assert (pemula.age_min, pemula.age_max, str(pemula.age_reference_date)) == (
            17,
            55,
            "2023-01-01",
        )
        assert str(pemula.tools_share) == "0.6000"
        assert pemula.required_roles == ["Ketua", "Sekretaris", "Bendahara"]
        assert "Pakta integritas" in pemula.documents


def test_schemes_are_seeded_only_into_an_empty_table(db_url: str) -> None:
    first = open_database(db_url)
    with first.session() as s:
        s.execute(update(Scheme).values(name="Diubah kantor"))
    first.dispose()

    again = open_database(db_url)
    with again.reader() as s:
        assert s.scalar(select(func.count()).select_from(Scheme)) == 2
        assert set(s.scalars(select(Scheme.name))) == {"Diubah kantor"}
    again.dispose()


def test_unknown_scheme_code_is_named(db: Database) -> None:
    with db.reader() as s, pytest.raises(LookupError) as missing:
        scheme_by_code(s, "TKM-LANJUTAN-2030")
    assert "TKM-LANJUTAN-2030" in str(missing.value)
    assert "tidak dikenal" in str(missing.value)
    assert "TKM-JPS-2020" in str(missing.value)


@pytest.mark.parametrize("defaults", [0, 2])
def test_default_scheme_must_be_exactly_one(db: Database, defaults: int) -> None:
    with db.session() as s:
        s.execute(update(Scheme).values(is_default=defaults == 2))
    with db.reader() as s, pytest.raises(LookupError, match="bawaan"):
        default_scheme(s)


# --- open_app ----------------------------------------------------------------------


def test_app_opens_the_data_folder_database(tmp_path: Path) -> None:
    app = open_app(str(tmp_path / "kantor"), None, demo=False)
    try:
        assert app.db.url == sqlite_url(tmp_path / "kantor" / "tkm.sqlite3")
        assert app.paths.db_file.exists()
        assert app.paths.backup_dir.is_dir() and app.paths.log_dir.is_dir()
        assert (app.demo, app.lang) == (False, "id")
    finally:
        app.close()


def test_app_defaults_to_the_data_folder_of_the_environment(isolated_data_dir: Path) -> None:
    app = open_app(None, None, demo=False, lang="en")
    try:
        assert app.paths.root == isolated_data_dir
        assert app.db.url == sqlite_url(isolated_data_dir / "tkm.sqlite3")
        assert app.lang == "en"
    finally:
        app.close()


def test_app_opens_the_database_it_is_given(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "lain" / "kantor.sqlite3")
    app = open_app(str(tmp_path / "data"), url, demo=False)
    try:
        assert app.db.url == url
        assert not app.paths.db_file.exists()
    finally:
        app.close()


def test_demo_without_a_demo_database_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(DemoMissingError, match="tkm-desktop demo"):
        open_app(str(tmp_path), None, demo=True)
    assert not (tmp_path / "tkm-demo.sqlite3").exists()


def test_demo_opens_the_demo_database(tmp_path: Path) -> None:
    open_database(sqlite_url(tmp_path / "tkm-demo.sqlite3")).dispose()

    app = open_app(str(tmp_path), "postgresql+psycopg://ignored/db", demo=True)
    try:
        assert app.demo
        assert app.db.url == sqlite_url(tmp_path / "tkm-demo.sqlite3")
        assert not app.paths.db_file.exists()
    finally:
        app.close()
