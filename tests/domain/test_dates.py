from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tkm_desktop.domain.dates import (
    MONTHS_ID,
    DateParseError,
    age_on,
    format_long,
    format_short,
    parse_date,
    roman_month,
)

TODAY = dt.date(2026, 3, 15)


def test_months() -> None:
    assert len(MONTHS_ID) == 12
    assert MONTHS_ID[0] == "Januari"
    assert MONTHS_ID[7] == "Agustus"
    assert MONTHS_ID[11] == "Desember"


def test_format_long_and_short() -> None:
    assert format_long(dt.date(2020, 12, 22)) == "22 Desember 2020"
    assert format_long(dt.date(2020, 1, 5)) == "5 Januari 2020"
    assert format_short(dt.date(2020, 12, 22)) == "22/12/2020"
    assert format_short(dt.date(2020, 1, 5)) == "05/01/2020"
    assert format_long(dt.datetime(2020, 12, 22, 23, 59)) == "22 Desember 2020"


def test_format_long_in_english_for_english_windows() -> None:
    assert format_long(dt.date(1968, 3, 24), lang="en") == "24 March 1968"
    assert format_long(dt.date(2020, 5, 1), lang="id") == "1 Mei 2020"


def test_roman_month() -> None:
    assert [roman_month(m) for m in range(1, 13)] == [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ]  # fmt: skip
    for bad in (0, 13, True, "12"):
        with pytest.raises(ValueError):
            roman_month(bad)  # type: ignore[arg-type]


def test_age_on() -> None:
    assert age_on(dt.date(1995, 8, 15), dt.date(2020, 8, 14)) == 24
    assert age_on(dt.date(1995, 8, 15), dt.date(2020, 8, 15)) == 25
    assert age_on(dt.date(2000, 2, 29), dt.date(2001, 2, 28)) == 0
    assert age_on(dt.date(2000, 2, 29), dt.date(2001, 3, 1)) == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(1990, 1, 5), dt.date(1990, 1, 5)),
        (dt.datetime(1990, 1, 5, 13, 30), dt.date(1990, 1, 5)),
        ("05/01/1990", dt.date(1990, 1, 5)),
        ("5/1/1990", dt.date(1990, 1, 5)),
        ("05-01-1990", dt.date(1990, 1, 5)),
        ("05.01.1990", dt.date(1990, 1, 5)),
        ("1990-01-05", dt.date(1990, 1, 5)),
        ("1990/1/5", dt.date(1990, 1, 5)),
        ("1990-01-05 00:00:00", dt.date(1990, 1, 5)),
        ("1990-01-05T08:15:00", dt.date(1990, 1, 5)),
        ("22/12/2020 10:30", dt.date(2020, 12, 22)),
        ("5 Januari 1990", dt.date(1990, 1, 5)),
        ("05 Jan 1990", dt.date(1990, 1, 5)),
        ("5 jan. 1990", dt.date(1990, 1, 5)),
        ("5 Agt 1990", dt.date(1990, 8, 5)),
        ("5 Ags 1990", dt.date(1990, 8, 5)),
        ("5 Agu 1990", dt.date(1990, 8, 5)),
        ("5 Aug 1990", dt.date(1990, 8, 5)),
        ("17 Agustus 1945", dt.date(1945, 8, 17)),
        ("1 Mei 1990", dt.date(1990, 5, 1)),
        ("1 May 1990", dt.date(1990, 5, 1)),
        ("1 Okt 1990", dt.date(1990, 10, 1)),
        ("1 Oct 1990", dt.date(1990, 10, 1)),
        ("1 Des 1990", dt.date(1990, 12, 1)),
        ("1 Dec 1990", dt.date(1990, 12, 1)),
        ("1 Pebruari 1990", dt.date(1990, 2, 1)),
        ("1 Nopember 1990", dt.date(1990, 11, 1)),
        ("05-Jan-1990", dt.date(1990, 1, 5)),
        ("DESEMBER 22, 2020", dt.date(2020, 12, 22)),
        ("Senin, 22 Desember 2020", dt.date(2020, 12, 22)),
        ("  22\u00a0Desember\u00a02020 ", dt.date(2020, 12, 22)),
        # two-digit years: a plausible birth date on TODAY
        ("05/01/90", dt.date(1990, 1, 5)),
        ("05/01/10", dt.date(2010, 1, 5)),
        ("15/03/26", dt.date(2026, 3, 15)),
        ("16/03/26", dt.date(1926, 3, 16)),
        ("05-Jan-90", dt.date(1990, 1, 5)),
        ("29/02/00", dt.date(2000, 2, 29)),
        # Excel serial numbers, 1900 system
        (1, dt.date(1900, 1, 1)),
        (59, dt.date(1900, 2, 28)),
        (61, dt.date(1900, 3, 1)),
        (43831, dt.date(2020, 1, 1)),
        (43831.75, dt.date(2020, 1, 1)),
        (Decimal("43831"), dt.date(2020, 1, 1)),
        (2958465, dt.date(9999, 12, 31)),
    ],
)
def test_parse_date(value: object, expected: dt.date) -> None:
    assert parse_date(value, today=TODAY) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "kemarin",
        "31/02/1990",
        "12/25/1990",  # month/day order is not guessed
        "5 Foo 1990",
        "5 Januari",
        "05/01/990",
        "05/01/1850",
        "1990-01-050",
        "05/01-1990",
        "19900105",
        60,  # Excel's phantom 29 February 1900
        0,
        -5,
        2958466,
        float("nan"),
        True,
        None,
        [1990, 1, 5],
    ],
)
def test_parse_date_refuses_with_an_indonesian_message(value: object) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(value, today=TODAY)
    assert isinstance(info.value, ValueError)
    assert "anggal" in str(info.value)  # 'Tanggal …' or 'Nomor tanggal Excel …'
    assert info.value.en


def test_two_digit_year_without_today_uses_the_real_today() -> None:
    assert parse_date("05/01/90") == dt.date(1990, 1, 5)


@settings(max_examples=200)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_format_short_and_long_round_trip(d: dt.date) -> None:
    assert parse_date(format_short(d)) == d
    assert parse_date(format_long(d)) == d
    assert parse_date(format_long(d, lang="en")) == d
    assert parse_date(d.isoformat()) == d


@settings(max_examples=200)
@given(st.integers(61, 2958465))
def test_excel_serials_after_the_leap_bug(serial: int) -> None:
    assert parse_date(serial) == dt.date(1899, 12, 30) + dt.timedelta(days=serial)


def test_a_date_missing_from_the_calendar_names_the_accepted_form() -> None:
    with pytest.raises(DateParseError) as info:
        parse_date("31/02/2024", today=TODAY)
    assert info.value.text("id").endswith("gunakan bentuk 31/12/2024.")
    assert info.value.text("en").endswith("use the form 31/12/2024.")
