from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

import lokal
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tkm_desktop.domain.money import (
    TERBILANG_MAX,
    MoneyParseError,
    format_rupiah,
    parse_money,
    rupiah_in_words,
    terbilang,
)

# --- format_rupiah -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "cents", "text"),
    [
        (40_000_000, True, "Rp40.000.000,00"),
        (40_000_000, False, "Rp40.000.000"),
        (Decimal("20000000"), True, "Rp20.000.000,00"),
        (0, True, "Rp0,00"),
        (999, True, "Rp999,00"),
        (1000, True, "Rp1.000,00"),
        (Decimal("1234567.8"), True, "Rp1.234.567,80"),
        (-1500, True, "-Rp1.500,00"),
        (Decimal("-0.004"), True, "Rp0,00"),  # no '-Rp0,00'
        (Decimal("0.005"), True, "Rp0,01"),  # half up, not half even
        (Decimal("2.345"), True, "Rp2,35"),
        (Decimal("-2.345"), True, "-Rp2,35"),
        (Decimal("1500.5"), False, "Rp1.501"),
        (Decimal("2.5"), False, "Rp3"),
        (2.675, True, "Rp2,68"),  # a float is read by its shortest repr, not its binary value
        (10**15, True, "Rp1.000.000.000.000.000,00"),
    ],
)
def test_format_rupiah(amount: Decimal | int, cents: bool, text: str) -> None:
    assert format_rupiah(amount, cents=cents) == text


def test_format_rupiah_refuses_non_amounts() -> None:
    with pytest.raises(TypeError):
        format_rupiah("40000")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_rupiah(True)
    with pytest.raises(ValueError):
        format_rupiah(Decimal("NaN"))


# --- terbilang ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (100, "seratus"),
        (101, "seratus satu"),
        (110, "seratus sepuluh"),
        (111, "seratus sebelas"),
        (200, "dua ratus"),
        (1000, "seribu"),
        (1100, "seribu seratus"),
        (1111, "seribu seratus sebelas"),
        (2000, "dua ribu"),
        (11_000, "sebelas ribu"),
        (101_000, "seratus satu ribu"),
        (111_000, "seratus sebelas ribu"),
        (1_000_000, "satu juta"),
        (1_001_000, "satu juta seribu"),
        (1_100_000, "satu juta seratus ribu"),
        (20_000_000, "dua puluh juta"),
        (40_000_000, "empat puluh juta"),
        (1_000_000_000, "satu miliar"),
        (1_000_001_000, "satu miliar seribu"),
        (1_000_000_000_000, "satu triliun"),
        (-1500, "minus seribu lima ratus"),
        (
            TERBILANG_MAX,
            "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh "
            "sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus "
            "sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
        ),
    ],
)
def test_terbilang(n: int, words: str) -> None:
    assert terbilang(n) == words


def test_terbilang_limits() -> None:
    with pytest.raises(ValueError):
        terbilang(TERBILANG_MAX + 1)
    with pytest.raises(TypeError):
        terbilang(1.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        terbilang(True)


_WRONG_ONE = re.compile(r"(?:^|juta |miliar |triliun )satu ribu|satu ratus|satu puluh|sepuluh satu")


@settings(max_examples=200)
@given(st.integers(0, TERBILANG_MAX))
def test_terbilang_uses_se_forms(n: int) -> None:
    words = terbilang(n)
    assert not _WRONG_ONE.search(words), words
    assert "  " not in words
    assert words == words.strip()


@settings(max_examples=200)
@given(st.integers(-TERBILANG_MAX, TERBILANG_MAX))
def test_terbilang_agrees_with_lokal_id(n: int) -> None:
    # lokal-id's own implementation serves as an independent oracle here.
    assert terbilang(n) == lokal.terbilang(n)


# --- rupiah_in_words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (40_000_000, "empat puluh juta rupiah"),
        (Decimal("20000000.00"), "dua puluh juta rupiah"),
        (0, "nol rupiah"),
        (Decimal("1500.50"), "seribu lima ratus rupiah lima puluh sen"),
        (Decimal("0.05"), "nol rupiah lima sen"),
        (Decimal("0.995"), "satu rupiah"),
        (Decimal("-1000"), "minus seribu rupiah"),
    ],
)
def test_rupiah_in_words(amount: Decimal | int, words: str) -> None:
    assert rupiah_in_words(amount) == words


# --- parse_money -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "amount"),
    [
        ("Rp40.000.000,00", Decimal("40000000")),
        ("40000000", Decimal("40000000")),
        ("40.000.000", Decimal("40000000")),
        (40000000.0, Decimal("40000000")),
        (40000000, Decimal("40000000")),
        (Decimal("123.45"), Decimal("123.45")),
        ("Rp 40.000.000,-", Decimal("40000000")),
        ("Rp. 20.000", Decimal("20000")),
        ("rp20.000", Decimal("20000")),
        ("IDR 5.000", Decimal("5000")),
        ("40,000,000.00", Decimal("40000000")),
        ("1.234,5", Decimal("1234.5")),
        ("1,5", Decimal("1.5")),
        ("40000000.0", Decimal("40000000")),
        ("-Rp1.500,00", Decimal("-1500")),
        ("Rp-1.500", Decimal("-1500")),
        ("\u00a0Rp\u00a040.000.000,00 ", Decimal("40000000")),
        ("0", Decimal("0")),
    ],
)
def test_parse_money(value: object, amount: Decimal) -> None:
    assert parse_money(value) == amount


@pytest.mark.parametrize(
    "value",
    [
        "",
        "Rp",
        "empat puluh juta",
        "40.00.000",
        "4.0000",
        "1.2345",
        "1.234.56,7.8",
        "40.000,",
        "--5",
        "Rp40.000.000,000",
        "1e6",
        None,
        True,
        float("inf"),
        Decimal("NaN"),
    ],
)
def test_parse_money_refuses_with_an_indonesian_message(value: object) -> None:
    with pytest.raises(ValueError, match="Jumlah uang tidak dapat dibaca") as info:
        parse_money(value)
    assert isinstance(info.value, MoneyParseError)
    assert "Cannot read the amount" in info.value.en


_AMOUNTS = st.decimals(
    min_value=Decimal("-999999999999.99"),
    max_value=Decimal("999999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@settings(max_examples=200)
@given(_AMOUNTS)
def test_format_rupiah_round_trips_through_parse_money(amount: Decimal) -> None:
    assert parse_money(format_rupiah(amount)) == amount
    whole = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    assert parse_money(format_rupiah(amount, cents=False)) == whole
