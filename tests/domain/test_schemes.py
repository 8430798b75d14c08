from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tkm_desktop.domain.schemes import (
    SchemeError,
    SchemeParams,
    load_scheme_dir,
    parse_scheme_toml,
)

SCHEME_DIR = Path(__file__).resolve().parents[2] / "resources" / "schemes"

MINIMAL = """
code = "tkm-test-2024"
name = "TKM Uji 2024"
year = 2024
members_min = 5
members_max = 10
grant_ceiling = 15_000_000
"""


def test_seeded_schemes() -> None:
    schemes = load_scheme_dir(SCHEME_DIR)
    assert [s.code for s in schemes] == ["TKM-JPS-2020", "TKM-PEMULA-2023"]
    jps, pemula = schemes

    assert jps.members_max == 20
    assert jps.grant_ceiling == Decimal("40000000")
    assert jps.tools_share is None
    assert jps.age_min is None and jps.age_max is None
    assert not jps.is_default

    assert pemula.is_default
    assert (pemula.members_min, pemula.members_max) == (10, 10)
    assert pemula.grant_ceiling == Decimal("20000000")
    assert (pemula.age_min, pemula.age_max) == (17, 55)
    assert pemula.age_reference_date == dt.date(2023, 1, 1)
    assert pemula.tools_share == Decimal("0.60")
    assert pemula.materials_share == Decimal("0.40")
    assert pemula.required_roles == ("Ketua", "Sekretaris", "Bendahara")
    assert "Pakta integritas" in pemula.documents
    assert len(pemula.documents) == 7


def test_seeded_files_say_they_are_editable_defaults_from_the_press() -> None:
    for path in SCHEME_DIR.glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        assert "pemberitaan media" in text and "BUKAN" in text, path.name


def test_minimal_file_takes_the_defaults() -> None:
    scheme = parse_scheme_toml(MINIMAL, "uji.toml")
    assert scheme == SchemeParams(
        code="TKM-TEST-2024",
        name="TKM Uji 2024",
        year=2024,
        members_min=5,
        members_max=10,
        grant_ceiling=Decimal("15000000"),
    )
    assert scheme.active and not scheme.is_default
    assert scheme.split_tolerance == Decimal("0.05")
    assert scheme.same_kk_severity == "warning"
    assert scheme.funded_before_severity == "error"
    assert scheme.materials_share is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        scheme.year = 2025  # type: ignore[misc]


def test_optional_values_in_other_spellings() -> None:
    scheme = parse_scheme_toml(
        MINIMAL
        + """
tools_share = "60%"
split_tolerance = 0
same_kk_severity = "none"
funded_before_severity = "Warning"
group_quota = 25
age_reference_date = "01/01/2024"
required_roles = ["Ketua", "  Bendahara "]
""",
        "uji.toml",
    )
    assert scheme.tools_share == Decimal("0.6")
    assert scheme.split_tolerance == Decimal("0")
    assert scheme.same_kk_severity is None
    assert scheme.funded_before_severity == "warning"
    assert scheme.group_quota == 25
    assert scheme.age_reference_date == dt.date(2024, 1, 1)
    assert scheme.required_roles == ("Ketua", "Bendahara")


def test_grant_ceiling_may_be_written_as_rupiah_text() -> None:
    text = MINIMAL.replace("15_000_000", '"Rp15.000.000,00"')
    assert parse_scheme_toml(text, "uji.toml").grant_ceiling == Decimal("15000000")


@pytest.mark.parametrize(
    ("change", "key", "fragment"),
    [
        (("members_max = 10", "member_max = 10"), "member_max", "Maksudnya 'members_max'"),
        (("members_max = 10", ""), "members_max", "wajib diisi"),
        (("members_max = 10", 'members_max = "sepuluh"'), "members_max", "bilangan bulat"),
        (("members_max = 10", "members_max = 4"), "members_min", "members_max"),
        (("members_max = 10", "members_max = true"), "members_max", "bilangan bulat"),
        (("year = 2024", "year = 24"), "year", "2000 sampai 2100"),
        (("grant_ceiling = 15_000_000", "grant_ceiling = 0"), "grant_ceiling", "jumlah rupiah"),
        (("grant_ceiling = 15_000_000", 'grant_ceiling = "lima juta"'), "grant_ceiling", "rupiah"),
        (('name = "TKM Uji 2024"', 'name = ""'), "name", "teks"),
        (('code = "tkm-test-2024"', 'code = "TKM UJI"'), "code", "huruf, angka"),
    ],
)
def test_errors_name_the_file_and_the_key(change: tuple[str, str], key: str, fragment: str) -> None:
    text = MINIMAL.replace(*change)
    with pytest.raises(SchemeError) as info:
        parse_scheme_toml(text, "skema-uji.toml")
    error = info.value
    assert isinstance(error, ValueError)
    assert error.source == "skema-uji.toml"
    assert error.key == key
    assert str(error).startswith(f"skema-uji.toml, kunci '{key}'")
    assert fragment in str(error)
    assert error.en.startswith(f"skema-uji.toml, key '{key}'")


@pytest.mark.parametrize(
    ("extra", "key"),
    [
        ("active = 1", "active"),
        ("age_min = 60\nage_max = 55", "age_min"),
        ("age_max = 101", "age_max"),
        ("age_reference_date = 2023-01-01T00:00:00", "age_reference_date"),
        ('age_reference_date = "kapan-kapan"', "age_reference_date"),
        ("tools_share = 60", "tools_share"),
        ("tools_share = 0.123456", "tools_share"),
        ('tools_share = "enam puluh%"', "tools_share"),
        ("split_tolerance = -0.1", "split_tolerance"),
        ('funded_before_severity = "fatal"', "funded_before_severity"),
        ('same_kk_severity = "error"', "same_kk_severity"),
        ("group_quota = 0", "group_quota"),
        ('documents = ["KTP", "ktp"]', "documents"),
        ('required_roles = "Ketua"', "required_roles"),
        ("required_roles = [1, 2]", "required_roles"),
        ('export_format = ""', "export_format"),
    ],
)
def test_bad_optional_values(extra: str, key: str) -> None:
    with pytest.raises(SchemeError) as info:
        parse_scheme_toml(MINIMAL + extra, "uji.toml")
    assert info.value.key == key


def test_invalid_toml_names_the_file() -> None:
    with pytest.raises(SchemeError, match=r"uji\.toml: penulisan file tidak sah"):
        parse_scheme_toml('code = "unterminated', "uji.toml")


def _write(folder: Path, name: str, text: str, *, bom: bool = False) -> None:
    (folder / name).write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


def test_load_dir_sorts_by_code_and_reads_a_bom(tmp_path: Path) -> None:
    _write(tmp_path, "a.toml", MINIMAL.replace("tkm-test-2024", "ZZZ"), bom=True)
    _write(tmp_path, "b.toml", MINIMAL.replace("tkm-test-2024", "AAA") + "is_default = true")
    _write(tmp_path, "notes.txt", "not a scheme")
    assert [s.code for s in load_scheme_dir(tmp_path)] == ["AAA", "ZZZ"]


def test_load_dir_refuses_two_defaults(tmp_path: Path) -> None:
    _write(tmp_path, "a.toml", MINIMAL.replace("tkm-test-2024", "A") + "is_default = true")
    _write(tmp_path, "b.toml", MINIMAL.replace("tkm-test-2024", "B") + "is_default = true")
    with pytest.raises(SchemeError, match=r"hanya satu skema boleh bawaan; a\.toml") as info:
        load_scheme_dir(tmp_path)
    assert info.value.source == "b.toml"


def test_load_dir_refuses_a_code_used_twice(tmp_path: Path) -> None:
    _write(tmp_path, "a.toml", MINIMAL)
    _write(tmp_path, "b.toml", MINIMAL.replace("tkm-test", "TKM-TEST"))
    with pytest.raises(SchemeError, match=r"sudah dipakai di a\.toml"):
        load_scheme_dir(tmp_path)


def test_load_dir_refuses_non_utf8_and_missing_folder(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_bytes(MINIMAL.replace("Uji", "Ují").encode("cp1252"))
    with pytest.raises(SchemeError, match="UTF-8"):
        load_scheme_dir(tmp_path)
    with pytest.raises(SchemeError, match="tidak ditemukan"):
        load_scheme_dir(tmp_path / "missing")


def test_empty_folder_gives_no_schemes(tmp_path: Path) -> None:
    assert load_scheme_dir(tmp_path) == []
