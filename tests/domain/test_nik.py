from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tkm_desktop.domain import regions
from tkm_desktop.domain.nik import (
    CleanedNik,
    check_kk,
    clean_nik,
    format_nip,
    make_nik,
    mask_nik,
    nik_suspect_rounded,
    parse_nik,
)

TODAY = dt.date(2026, 3, 15)


# --- parse_nik -------------------------------------------------------------------


def test_a_valid_nik() -> None:
    info = parse_nik("3275011508950001", today=TODAY)
    assert info.valid
    assert info.problems == ()
    assert info.sex == "L"
    assert info.birth_date == dt.date(1995, 8, 15)
    assert (info.province_code, info.regency_code, info.district_code) == (
        "32",
        "32.75",
        "32.75.01",
    )
    assert (info.province_name, info.regency_name, info.district_name) == (
        "Jawa Barat",
        "Kota Bekasi",
        "Bekasi Timur",
    )
    assert info.serial == "0001"


def test_women_have_forty_added_to_the_day() -> None:
    info = parse_nik("3275015508950001", today=TODAY)
    assert info.valid
    assert info.sex == "P"
    assert info.birth_date == dt.date(1995, 8, 15)
    assert parse_nik("3275014101950001", today=TODAY).birth_date == dt.date(1995, 1, 1)
    assert parse_nik("3275017101950001", today=TODAY).birth_date == dt.date(1995, 1, 31)


@pytest.mark.parametrize("ddmmyy", ["000195", "320195", "400195", "720195", "151395", "150095"])
def test_impossible_day_or_month_is_nik_date(ddmmyy: str) -> None:
    info = parse_nik(f"327501{ddmmyy}0001", today=TODAY)
    assert info.problems == ("NIK_DATE",)
    assert info.birth_date is None
    assert info.sex is None


def test_impossible_calendar_date_is_nik_date() -> None:
    assert parse_nik("3275013102950001", today=TODAY).problems == ("NIK_DATE",)
    assert parse_nik("3275017102950001", today=TODAY).problems == ("NIK_DATE",)  # woman


@pytest.mark.parametrize(
    ("ddmmyy", "today", "born"),
    [
        ("150895", TODAY, dt.date(1995, 8, 15)),
        ("150810", TODAY, dt.date(2010, 8, 15)),
        ("150300", TODAY, dt.date(2000, 3, 15)),
        ("150326", TODAY, dt.date(2026, 3, 15)),  # born today: age 0
        ("160326", TODAY, dt.date(1926, 3, 16)),  # 2026-03-16 is tomorrow
        ("150330", TODAY, dt.date(1930, 3, 15)),
        ("010127", dt.date(2026, 12, 31), dt.date(1927, 1, 1)),
        ("010127", dt.date(2027, 1, 1), dt.date(2027, 1, 1)),
        ("290200", TODAY, dt.date(2000, 2, 29)),  # 2000 is a leap year
    ],
)
def test_century_gives_the_younger_plausible_age(
    ddmmyy: str, today: dt.date, born: dt.date
) -> None:
    info = parse_nik(f"327501{ddmmyy}0001", today=today)
    assert info.valid
    assert info.birth_date == born


def test_no_plausible_century_is_nik_date() -> None:
    # In 1999, 29/02/00 can only be 1900, which had no 29 February.
    assert parse_nik("3275012902000001", today=dt.date(1999, 12, 31)).problems == ("NIK_DATE",)


def test_unknown_district_keeps_known_province_and_regency() -> None:
    info = parse_nik("3275991508950001", today=TODAY)
    assert info.problems == ("NIK_REGION_UNKNOWN",)
    assert not info.valid
    assert info.province_name == "Jawa Barat"
    assert info.regency_name == "Kota Bekasi"
    assert info.district_name is None
    assert info.birth_date == dt.date(1995, 8, 15)


def test_unknown_province() -> None:
    info = parse_nik("9999011508950001", today=TODAY)
    assert info.problems == ("NIK_REGION_UNKNOWN",)
    assert info.province_name is None


def test_serial_0000_is_nik_format_but_the_rest_is_read() -> None:
    info = parse_nik("3275011508950000", today=TODAY)
    assert info.problems == ("NIK_FORMAT",)
    assert not info.valid
    assert info.birth_date == dt.date(1995, 8, 15)


def test_several_problems_are_all_reported() -> None:
    assert parse_nik("3275993202950000", today=TODAY).problems == (
        "NIK_FORMAT",
        "NIK_DATE",
        "NIK_REGION_UNKNOWN",
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "327501150895000",
        "32750115089500011",
        "3275O11508950001",
        "3.27501E+15",
        "３２７５０１１５０８９５０００１",
    ],
)
def test_not_sixteen_digits_is_nik_format(text: str) -> None:
    info = parse_nik(text, today=TODAY)
    assert info.problems == ("NIK_FORMAT",)
    assert info.birth_date is None
    assert info.district_code is None


def test_parse_nik_cleans_its_input() -> None:
    assert parse_nik("3275 0115 0895 0001", today=TODAY).nik == "3275011508950001"
    assert parse_nik("'3275011508950001", today=TODAY).valid
    assert parse_nik(clean_nik(3275011508950001), today=TODAY).valid
    # Scientific text stays as it was, so the report shows what arrived.
    assert parse_nik("3.27501E+15", today=TODAY).nik == "3.27501E+15"


# --- clean_nik and rounding -------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3275011508950001", CleanedNik("3275011508950001", False)),
        ("'3275011508950001", CleanedNik("3275011508950001", False)),
        ("’3275011508950001", CleanedNik("3275011508950001", False)),
        ("3275\u00a00115\u00a00895\u00a00001", CleanedNik("3275011508950001", False)),
        (" 3275.0115.0895.0001 ", CleanedNik("3275011508950001", False)),
        ("3275-0115-0895-0001", CleanedNik("3275011508950001", False)),
        ("\ufeff3275011508950001\u200b", CleanedNik("3275011508950001", False)),
        ("3.27501E+15", CleanedNik("3.27501E+15", True, scientific=True)),
        ("3,27501E+15", CleanedNik("3,27501E+15", True, scientific=True)),
        (" 3,27501e+15 ", CleanedNik("3,27501e+15", True, scientific=True)),
        ("3275011508950000.0", CleanedNik("3275011508950000", True)),
        (3275011508950001, CleanedNik("3275011508950001", True)),
        (3275011508950000.0, CleanedNik("3275011508950000", True)),
        (Decimal("3275011508950001"), CleanedNik("3275011508950001", True)),
        (Decimal("3275011508950001.00"), CleanedNik("3275011508950001", True)),
        (Decimal("3.27501E+15"), CleanedNik("3275010000000000", True)),
        (None, CleanedNik("", False)),
    ],
)
def test_clean_nik(value: object, expected: CleanedNik) -> None:
    assert clean_nik(value) == expected


def test_clean_nik_never_goes_through_float() -> None:
    big = 9107011508950001  # above 2**53: a float would change it
    assert float(big) != big
    assert clean_nik(big).text == "9107011508950001"
    assert clean_nik(Decimal(big)).text == "9107011508950001"


def test_clean_nik_keeps_fractions_unchanged_so_they_fail() -> None:
    assert clean_nik(3.5).text == "3.5"
    assert clean_nik(float("nan")).text == "nan"
    assert not parse_nik(clean_nik(3.5), today=TODAY).valid


@pytest.mark.parametrize(
    ("value", "suspect"),
    [
        ("3275011508950000", False),  # typed as text: trusted
        (3275011508950001, False),
        (3275011508950000, True),  # ends in 0
        (3275011508950000.0, True),
        (327501150895000, True),  # 15 digits
        ("3.27501E+15", True),
        ("3,27501E+15", True),
        (Decimal("3275011508950001"), False),
        ("3275011508950000.0", True),
    ],
)
def test_nik_suspect_rounded(value: object, suspect: bool) -> None:
    assert nik_suspect_rounded(clean_nik(value)) is suspect


# --- make_nik round trip ----------------------------------------------------------


def _all_kecamatan() -> list[str]:
    return [
        k.code
        for p in regions.provinces()
        for r in regions.children(p.code)
        for k in regions.children(r.code)
    ]


KECAMATAN = _all_kecamatan()


def test_make_nik() -> None:
    assert make_nik("32.75.01", dt.date(1995, 8, 15), "L", 1) == "3275011508950001"
    assert make_nik("32.75.01", dt.date(1995, 8, 15), "P", 9999) == "3275015508959999"
    assert make_nik("327501", dt.date(2003, 1, 2), "P", 12) == "3275014201030012"


@pytest.mark.parametrize(
    ("district", "sex", "serial"),
    [("32.75", "L", 1), ("32.75.01", "X", 1), ("32.75.01", "L", 0), ("32.75.01", "L", 10000)],
)
def test_make_nik_refuses_bad_parts(district: str, sex: str, serial: int) -> None:
    with pytest.raises(ValueError):
        make_nik(district, dt.date(1995, 8, 15), sex, serial)


@settings(max_examples=200, deadline=None)
@given(
    district=st.sampled_from(KECAMATAN),
    born=st.dates(min_value=dt.date(1926, 3, 16), max_value=TODAY),
    sex=st.sampled_from(["L", "P"]),
    serial=st.integers(1, 9999),
)
def test_make_nik_parse_nik_round_trip(district: str, born: dt.date, sex: str, serial: int) -> None:
    info = parse_nik(make_nik(district, born, sex, serial), today=TODAY)
    assert info.valid, info.problems
    assert (info.district_code, info.birth_date, info.sex) == (district, born, sex)
    assert int(info.serial or "0") == serial
    assert info.district_name == regions.region_name(district)


# --- masking, KK, NIP -------------------------------------------------------------


def test_mask_nik() -> None:
    assert mask_nik("3275011508950001") == "3275********0001"
    assert mask_nik("12345678") == "********"
    assert mask_nik("") == ""


@pytest.mark.parametrize(
    ("value", "codes"),
    [
        ("3275012006100003", []),
        ("3275 0120 0610 0003", []),
        (3275012006100003, []),
        ("327501200610000", ["KK_FORMAT"]),
        ("3.27501E+15", ["KK_FORMAT"]),
        ("", ["KK_FORMAT"]),
        (None, ["KK_FORMAT"]),
    ],
)
def test_check_kk(value: object, codes: list[str]) -> None:
    assert check_kk(value) == codes


def test_format_nip() -> None:
    assert format_nip("196804111993031009") == "19680411 199303 1 009"
    assert format_nip("19680411 199303 1 009") == "19680411 199303 1 009"
    assert format_nip("19680411.199303.1.009") == "19680411 199303 1 009"


@pytest.mark.parametrize("bad", ["1968041119930310", "19680411199303100X", "", None])
def test_format_nip_refuses_other_lengths(bad: object) -> None:
    with pytest.raises(ValueError, match="NIP harus 18 angka"):
        format_nip(bad)
