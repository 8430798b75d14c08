"""Rupiah: 'Rp40.000.000,00', amounts in words (terbilang), reading typed amounts."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from tkm_desktop.domain.errors import DomainError

_CENT = Decimal("0.01")
_ONE = Decimal(1)
_DIGITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SCALES = ("", "ribu", "juta", "miliar", "triliun")
TERBILANG_MAX = 10**15 - 1  # 999 triliun


class MoneyParseError(DomainError):
    """An amount that cannot be read; the message is Indonesian."""


def _to_decimal(amount: Decimal | int | float) -> Decimal:
    if isinstance(amount, bool):
        raise TypeError(f"not an amount: {amount!r}")
    if isinstance(amount, Decimal):
        value = amount
    elif isinstance(amount, int):
        value = Decimal(amount)
    elif isinstance(amount, float):
        value = Decimal(repr(amount))  # the shortest text that reads back as this float
    else:
        raise TypeError(f"not an amount: {amount!r}")
    if not value.is_finite():
        raise ValueError(f"not a finite amount: {amount!r}")
    return value


def _round(value: Decimal, step: Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 60
        return value.quantize(step, rounding=ROUND_HALF_UP)


def format_rupiah(amount: Decimal | int | float, cents: bool = True) -> str:
    """40000000 → 'Rp40.000.000,00' ('Rp40.000.000' without cents); negative '-Rp…'; half-up."""
    value = _round(_to_decimal(amount), _CENT if cents else _ONE)
    text = f"{abs(value):,.{2 if cents else 0}f}"
    text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{'-' if value < 0 else ''}Rp{text}"


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_DIGITS[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [_DIGITS[rest - 10], "belas"]
    else:
        tens, units = divmod(rest, 10)
        if tens:
            words += [_DIGITS[tens], "puluh"]
        if units:
            words.append(_DIGITS[units])
    return words


def terbilang(n: int) -> str:
    """A whole number in Indonesian words: 1001000 → 'satu juta seribu'; up to 999 triliun."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"terbilang needs an int, not {n!r}")
    if n < 0:
        return f"minus {terbilang(-n)}"
    if n == 0:
        return "nol"
    if n > TERBILANG_MAX:
        raise ValueError(f"terbilang goes up to {TERBILANG_MAX}, not {n}")
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    words: list[str] = []
    for scale in range(len(groups) - 1, -1, -1):
        group = groups[scale]
        if not group:
            continue
        if scale == 1 and group == 1:
            words.append("seribu")
            continue
        words += _below_thousand(group)
        if scale:
            words.append(_SCALES[scale])
    return " ".join(words)


def rupiah_in_words(amount: Decimal | int | float) -> str:
    """'empat puluh juta rupiah'; with cents 'dua ribu rupiah lima puluh sen'."""
    value = _round(_to_decimal(amount), _CENT)
    whole = int(abs(value))
    cents = int((abs(value) - whole) * 100)
    words = f"{terbilang(whole)} rupiah"
    if cents:
        words += f" {terbilang(cents)} sen"
    return f"minus {words}" if value < 0 else words


def _unreadable(value: object) -> MoneyParseError:
    return MoneyParseError(
        f"Jumlah uang tidak dapat dibaca: {value!r}. Tulis seperti Rp40.000.000,00 atau 40000000.",
        f"Cannot read the amount {value!r}. Write it like Rp40.000.000,00 or 40000000.",
    )


def _grouped(text: str, sep: str) -> str | None:
    """'40.000.000' with sep '.' → '40000000'; None if the groups are not 1-3 then 3 digits."""
    parts = text.split(sep)
    if not 1 <= len(parts[0]) <= 3 or any(len(p) != 3 for p in parts[1:]):
        return None
    return "".join(parts)


def _number(text: str) -> tuple[str, str] | None:
    """(whole digits, cents digits) of '40.000.000,00', '40,000,000.00', '40000000', '1,5'."""
    if not re.fullmatch(r"[0-9](?:[0-9.,]*[0-9])?", text):
        return None
    has_dot, has_comma = "." in text, "," in text
    if has_dot and has_comma:
        decimal_sep = "." if text.rfind(".") > text.rfind(",") else ","
        whole, _, frac = text.rpartition(decimal_sep)
        if decimal_sep in whole or len(frac) > 2:
            return None
        digits = _grouped(whole, "," if decimal_sep == "." else ".")
        return (digits, frac) if digits is not None else None
    if has_dot or has_comma:
        sep = "." if has_dot else ","
        parts = text.split(sep)
        if len(parts) == 2 and len(parts[1]) <= 2:  # a decimal separator: '1,5', '40000000.0'
            return parts[0], parts[1]
        digits = _grouped(text, sep)  # thousands: '40.000', '40.000.000'
        return (digits, "") if digits is not None else None
    return text, ""


def parse_money(value: object) -> Decimal:
    """An amount from a cell or typed text: 'Rp40.000.000,00', 'Rp 40.000.000,-', '40000000',
    '40.000.000', 40000000.0. Raises MoneyParseError (a ValueError)."""
    if isinstance(value, bool):
        raise _unreadable(value)
    if isinstance(value, int | Decimal):
        if isinstance(value, Decimal) and not value.is_finite():
            raise _unreadable(value)
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _unreadable(value)
        return Decimal(repr(value))
    if not isinstance(value, str):
        raise _unreadable(value)

    text = re.sub(r"\s+", "", value).replace("−", "-")
    negative = text.startswith("-")
    text = text.removeprefix("-")
    if m := re.match(r"(?:rp\.?|idr)", text, re.IGNORECASE):
        text = text[m.end() :]
        if text.startswith("-") and not negative:
            negative, text = True, text[1:]
    if text.endswith((",-", ".-")):
        text = text[:-2]
    parsed = _number(text)
    if parsed is None:
        raise _unreadable(value)
    whole, frac = parsed
    try:
        amount = Decimal(f"{whole}.{frac}" if frac else whole)
    except InvalidOperation:
        raise _unreadable(value) from None
    return -amount if negative and amount else amount
