from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tkm_desktop.domain.numbering import (
    DEFAULT_PATTERN,
    PLACEHOLDERS,
    PatternError,
    match_number,
    render_number,
    validate_pattern,
)

ON = dt.date(2024, 12, 2)
FULL = "{kode}/{urut}/{unit}/{bulan_romawi}/{tahun}"
FIELDS = {"kode": "500.15.10", "unit": "Disnaker"}


def test_default_pattern() -> None:
    assert DEFAULT_PATTERN == "500.15.10/{urut}/Disnaker/{tahun}"
    validate_pattern(DEFAULT_PATTERN)
    assert render_number(DEFAULT_PATTERN, serial=123, on=ON) == "500.15.10/123/Disnaker/2024"
    assert render_number(DEFAULT_PATTERN, serial=7, on=ON) == "500.15.10/007/Disnaker/2024"


def test_every_placeholder() -> None:
    assert set(PLACEHOLDERS) == {"kode", "urut", "unit", "bulan_romawi", "bulan", "tahun"}
    text = render_number(f"{FULL}/{{bulan}}", serial=12, on=ON, **FIELDS)
    assert text == "500.15.10/012/Disnaker/XII/2024/12"
    assert render_number("{urut}-{bulan}", serial=1, on=dt.date(2024, 5, 1)) == "001-05"


def test_width() -> None:
    assert (
        render_number(DEFAULT_PATTERN, serial=7, on=ON, width=5) == "500.15.10/00007/Disnaker/2024"
    )
    assert render_number(DEFAULT_PATTERN, serial=1234, on=ON) == "500.15.10/1234/Disnaker/2024"
    assert render_number(DEFAULT_PATTERN, serial=7, on=ON, width=1) == "500.15.10/7/Disnaker/2024"


@pytest.mark.parametrize(
    ("serial", "width"), [(0, 3), (-1, 3), (True, 3), ("7", 3), (1, 0), (1, 11)]
)
def test_render_refuses_bad_serial_or_width(serial: object, width: int) -> None:
    with pytest.raises(ValueError):
        render_number(DEFAULT_PATTERN, serial=serial, on=ON, width=width)  # type: ignore[arg-type]


def test_render_needs_the_fields_the_pattern_uses() -> None:
    with pytest.raises(PatternError, match=r"\{kode\}"):
        render_number(FULL, serial=1, on=ON, unit="Disnaker")
    with pytest.raises(PatternError, match=r"\{unit\}"):
        render_number(FULL, serial=1, on=ON, kode="500.15.10", unit="  ")
    with pytest.raises(TypeError):
        render_number(DEFAULT_PATTERN, serial=1, on=ON, tahun="2023")


@pytest.mark.parametrize(
    ("pattern", "fragment"),
    [
        ("500.15.10/Disnaker/{tahun}", "{urut}"),
        ("", "{urut}"),
        ("{urut}/{urut}", "{urut}"),
        ("{urut}/{nomor}", "{nomor}"),
        ("{urut}/{Tahun}", "{Tahun}"),
        ("{urut}/{}", "{}"),
        ("{urut}{tahun}", "dipisah"),
        ("{urut} {tahun}", "dipisah"),
        ("{urut}/{tahun", "berpasangan"),
        ("}{urut}", "berpasangan"),
    ],
)
def test_validate_pattern_explains_in_indonesian(pattern: str, fragment: str) -> None:
    with pytest.raises(PatternError) as info:
        validate_pattern(pattern)
    assert fragment in str(info.value)
    assert isinstance(info.value, ValueError)
    assert info.value.en != str(info.value)


def test_validate_pattern_refuses_non_text() -> None:
    with pytest.raises(PatternError):
        validate_pattern(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "serial"),
    [
        ("500.15.10/012/Disnaker/XII/2024", 12),
        ("500.15.10/12/Disnaker/XII/2024", 12),
        ("500.15.10 / 12 / disnaker / xii / 2024", 12),
        ("Nomor: 500.15.10/0012/Disnaker/XII/2024", 12),
        ("No. 500.15.10/3/Disnaker/I/2024", 3),
        ("500.15.10/012/Disnaker/XII/2023", None),  # another year
        ("500.15.10/012/Dinsos/XII/2024", None),
        ("500.15.10/000/Disnaker/XII/2024", None),
        ("500.15.10/12a/Disnaker/XII/2024", None),
        ("500.15.10/012/Disnaker/XIII/2024", None),
        ("", None),
    ],
)
def test_match_number(typed: str, serial: int | None) -> None:
    assert match_number(FULL, typed, year=2024, **FIELDS) == serial


def test_match_number_default_pattern() -> None:
    assert match_number(DEFAULT_PATTERN, "500.15.10/123/Disnaker/2024", year=2024) == 123
    assert match_number(DEFAULT_PATTERN, "560/123/Disnaker/2024", year=2024) is None
    assert match_number(DEFAULT_PATTERN, None, year=2024) is None  # type: ignore[arg-type]


_LITERALS = st.sampled_from(["/", ".", "-", "/Disnaker/", "/Disnaker Kota/", ".10/", "/TKM-"])
_OTHERS = ["kode", "unit", "bulan_romawi", "bulan", "tahun"]


@st.composite
def _patterns(draw: st.DrawFn) -> str:
    names = draw(st.lists(st.sampled_from(_OTHERS), max_size=4, unique=True))
    names.insert(draw(st.integers(0, len(names))), "urut")
    parts = [draw(st.sampled_from(["", "500.15", "No "]))]
    for i, name in enumerate(names):
        if i:
            parts.append(draw(_LITERALS))
        parts.append(f"{{{name}}}")
    parts.append(draw(st.sampled_from(["", "/", "/Bekasi"])))
    return "".join(parts)


@settings(max_examples=200)
@given(
    pattern=_patterns(),
    serial=st.integers(1, 99_999),
    on=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
    width=st.integers(1, 6),
)
def test_render_then_match_round_trip(pattern: str, serial: int, on: dt.date, width: int) -> None:
    text = render_number(pattern, serial=serial, on=on, width=width, **FIELDS)
    assert match_number(pattern, text, year=on.year, **FIELDS) == serial
