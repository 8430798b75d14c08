"""TKM scheme parameters (group size, grant, age band, split, documents) from TOML files.

The numbers change from year to year and come from the office, so they live in
``resources/schemes/*.toml``, one file per scheme; keys are the field names below.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from pathlib import Path

from tkm_desktop.domain.dates import DateParseError, parse_date
from tkm_desktop.domain.errors import DomainError
from tkm_desktop.domain.money import MoneyParseError, parse_money

SEVERITIES = ("error", "warning")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9._-]*")
_REQUIRED = ("code", "name", "year", "members_min", "members_max", "grant_ceiling")


@dataclass(frozen=True, kw_only=True)
class SchemeParams:
    """The rules of one scheme year; mirrors the ``scheme`` table."""

    code: str  # 'TKM-PEMULA-2023'
    name: str
    year: int
    active: bool = True
    is_default: bool = False
    members_min: int
    members_max: int
    grant_ceiling: Decimal
    age_min: int | None = None
    age_max: int | None = None
    age_reference_date: dt.date | None = None  # None: the day the group is vetted
    required_roles: tuple[str, ...] = ("Ketua", "Sekretaris", "Bendahara")
    tools_share: Decimal | None = None  # 0.60 = 60% tools (alat), the rest materials (bahan)
    split_tolerance: Decimal = Decimal("0.05")  # allowed deviation from tools_share
    funded_before_severity: str = "error"
    same_kk_severity: str | None = "warning"  # None: not checked
    group_quota: int | None = None
    documents: tuple[str, ...] = ()
    export_format: str = "kemnaker-tkm"
    excludes_earlier_grant: bool = True

    @property
    def materials_share(self) -> Decimal | None:
        """1 - tools_share, or None when the scheme sets no split."""
        return None if self.tools_share is None else Decimal(1) - self.tools_share


class SchemeError(DomainError):
    """A scheme file that cannot be used; the message names the file and the key."""

    def __init__(self, source: str, key: str | None, message: str, en: str) -> None:
        where_id = f"{source}, kunci '{key}'" if key else source
        where_en = f"{source}, key '{key}'" if key else source
        super().__init__(f"{where_id}: {message}", f"{where_en}: {en}")
        self.source = source
        self.key = key


_FIELD_NAMES = tuple(f.name for f in fields(SchemeParams))


class _Reader:
    """Typed access to one file's table, raising SchemeError that names the key."""

    def __init__(self, data: dict[str, object], source: str) -> None:
        self.data = data
        self.source = source

    def fail(self, key: str | None, message: str, en: str) -> SchemeError:
        return SchemeError(self.source, key, message, en)

    def has(self, key: str) -> bool:
        return key in self.data

    def text(self, key: str, *, max_len: int) -> str:
        value = self.data[key]
        if not isinstance(value, str) or not value.strip():
            raise self.fail(
                key, "harus berupa teks di antara tanda petik.", "must be text in quotes."
            )
        if len(value.strip()) > max_len:
            raise self.fail(
                key, f"paling panjang {max_len} huruf.", f"at most {max_len} characters."
            )
        return value.strip()

    def boolean(self, key: str) -> bool:
        value = self.data[key]
        if not isinstance(value, bool):
            raise self.fail(
                key, "harus true atau false (tanpa tanda petik).", "must be true or false."
            )
        return value

    def integer(self, key: str, low: int, high: int) -> int:
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(
                key,
                f"harus bilangan bulat dari {low} sampai {high}, tertulis {value!r}.",
                f"must be a whole number from {low} to {high}, found {value!r}.",
            )
        return value

    def money(self, key: str) -> Decimal:
        value = self.data[key]
        amount: Decimal | None = None
        if isinstance(value, int | float | str | Decimal) and not isinstance(value, bool):
            try:
                amount = parse_money(value)
            except MoneyParseError:
                amount = None
        if amount is None or amount <= 0 or amount >= Decimal("1e12") or amount != round(amount, 2):
            raise self.fail(
                key,
                f'harus jumlah rupiah, mis. 20000000 atau "Rp20.000.000"; tertulis {value!r}.',
                f'must be a Rupiah amount, e.g. 20000000 or "Rp20.000.000"; found {value!r}.',
            )
        return amount

    def fraction(self, key: str) -> Decimal:
        """0.60 or "60%" → Decimal('0.60'), between 0 and 1, at most 4 decimals."""
        value = self.data[key]
        share: Decimal | None = None
        try:
            if isinstance(value, Decimal):
                share = value
            elif isinstance(value, int | float) and not isinstance(value, bool):
                share = Decimal(repr(value))
            elif isinstance(value, str) and value.strip().endswith("%"):
                share = Decimal(value.strip()[:-1].strip().replace(",", ".")) / 100
        except InvalidOperation:
            share = None
        if (
            share is None
            or not share.is_finite()
            or not 0 <= share <= 1
            or share != round(share, 4)
        ):
            raise self.fail(
                key,
                f'harus pecahan 0 sampai 1 (0.60 untuk 60%) atau "60%"; tertulis {value!r}.',
                f'must be a fraction 0 to 1 (0.60 for 60%) or "60%"; found {value!r}.',
            )
        return share

    def date(self, key: str) -> dt.date:
        value = self.data[key]
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        try:
            if isinstance(value, str):
                return parse_date(value)
        except DateParseError:
            pass
        raise self.fail(
            key,
            f"harus tanggal seperti 2023-01-01 (tanpa tanda petik); tertulis {value!r}.",
            f"must be a date like 2023-01-01 (no quotes); found {value!r}.",
        )

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data[key]
        if not isinstance(value, list | tuple) or not all(
            isinstance(v, str) and v.strip() for v in value
        ):
            raise self.fail(
                key,
                'harus daftar teks, mis. ["Ketua", "Bendahara"].',
                'must be a list of texts, e.g. ["Ketua", "Bendahara"].',
            )
        items = tuple(" ".join(v.split()) for v in value)
        seen: set[str] = set()
        for item in items:
            if item.casefold() in seen:
                raise self.fail(key, f"'{item}' tertulis dua kali.", f"'{item}' is listed twice.")
            seen.add(item.casefold())
        return items

    def choice(self, key: str, options: tuple[str, ...]) -> str:
        value = self.data[key]
        if not isinstance(value, str) or value.strip().lower() not in options:
            shown = ", ".join(f'"{o}"' for o in options)
            raise self.fail(
                key,
                f"harus salah satu dari {shown}; tertulis {value!r}.",
                f"must be one of {shown}; found {value!r}.",
            )
        return value.strip().lower()


def parse_scheme_toml(text: str, source_name: str) -> SchemeParams:
    """One scheme from the text of a TOML file; SchemeError names ``source_name`` and the key."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SchemeError(
            source_name,
            None,
            f"penulisan file tidak sah ({exc}).",
            f"the file is not valid TOML ({exc}).",
        ) from None
    return scheme_from_values(data, source_name)


def scheme_from_values(values: Mapping[str, object], source_name: str) -> SchemeParams:
    """One scheme from keys and values as a TOML file holds them, checked by the same rules.

    The settings screens call this too (with Decimal, date and tuple values as well), so
    a scheme edited in the window obeys exactly what a scheme file must. An absent key
    takes its default; ``same_kk_severity`` is "none" to switch the check off.
    """
    data = dict(values)
    r = _Reader(data, source_name)
    for key in data:
        if key not in _FIELD_NAMES:
            close = difflib.get_close_matches(key, _FIELD_NAMES, n=1)
            hint_id = f" Maksudnya '{close[0]}'?" if close else ""
            hint_en = f" Did you mean '{close[0]}'?" if close else ""
            raise r.fail(key, f"tidak dikenal.{hint_id}", f"is not a known key.{hint_en}")
    for key in _REQUIRED:
        if key not in data:
            raise r.fail(key, "wajib diisi.", "is required.")

    code = r.text("code", max_len=40).upper()
    if not _CODE.fullmatch(code):
        raise r.fail(
            "code",
            'hanya huruf, angka, titik, garis bawah dan tanda minus, mis. "TKM-PEMULA-2023".',
            'only letters, digits, dots, underscores and dashes, e.g. "TKM-PEMULA-2023".',
        )
    members_min = r.integer("members_min", 1, 1000)
    members_max = r.integer("members_max", 1, 1000)
    if members_min > members_max:
        raise r.fail(
            "members_min",
            "tidak boleh lebih besar dari members_max.",
            "must not be greater than members_max.",
        )
    values: dict[str, object] = {
        "code": code,
        "name": r.text("name", max_len=200),
        "year": r.integer("year", 2000, 2100),
        "members_min": members_min,
        "members_max": members_max,
        "grant_ceiling": r.money("grant_ceiling"),
    }
    for key in ("active", "is_default", "excludes_earlier_grant"):
        if r.has(key):
            values[key] = r.boolean(key)
    age_min = r.integer("age_min", 0, 100) if r.has("age_min") else None
    age_max = r.integer("age_max", 0, 100) if r.has("age_max") else None
    if age_min is not None and age_max is not None and age_min > age_max:
        raise r.fail(
            "age_min", "tidak boleh lebih besar dari age_max.", "must not be greater than age_max."
        )
    values |= {"age_min": age_min, "age_max": age_max}
    if r.has("age_reference_date"):
        values["age_reference_date"] = r.date("age_reference_date")
    for key in ("required_roles", "documents"):
        if r.has(key):
            values[key] = r.texts(key)
    for key in ("tools_share", "split_tolerance"):
        if r.has(key):
            values[key] = r.fraction(key)
    if r.has("funded_before_severity"):
        values["funded_before_severity"] = r.choice("funded_before_severity", SEVERITIES)
    if r.has("same_kk_severity"):
        severity = r.choice("same_kk_severity", ("warning", "none"))
        values["same_kk_severity"] = None if severity == "none" else severity
    if r.has("group_quota"):
        values["group_quota"] = r.integer("group_quota", 1, 1_000_000)
    if r.has("export_format"):
        values["export_format"] = r.text("export_format", max_len=60)
    return SchemeParams(**values)  # type: ignore[arg-type]


def load_scheme_dir(path: str | Path) -> list[SchemeParams]:
    """Every ``*.toml`` scheme in a folder, sorted by code; SchemeError on a bad file,
    a code used twice, or more than one ``is_default = true``."""
    folder = Path(path)
    if not folder.is_dir():
        raise SchemeError(
            str(folder), None, "folder skema tidak ditemukan.", "scheme folder not found."
        )
    schemes: list[tuple[SchemeParams, str]] = []
    for file in sorted(folder.glob("*.toml")):
        try:
            text = file.read_bytes().decode("utf-8-sig")  # Notepad may add a BOM
        except UnicodeDecodeError:
            raise SchemeError(
                file.name, None, "simpan file dengan pengodean UTF-8.", "save the file as UTF-8."
            ) from None
        schemes.append((parse_scheme_toml(text, file.name), file.name))
    by_code: dict[str, str] = {}
    default_file: str | None = None
    for scheme, source in schemes:
        if scheme.code in by_code:
            raise SchemeError(
                source,
                "code",
                f"kode {scheme.code} sudah dipakai di {by_code[scheme.code]}.",
                f"code {scheme.code} is already used in {by_code[scheme.code]}.",
            )
        by_code[scheme.code] = source
        if scheme.is_default:
            if default_file is not None:
                raise SchemeError(
                    source,
                    "is_default",
                    f"hanya satu skema boleh bawaan; {default_file} juga is_default = true.",
                    f"only one scheme may be the default; {default_file} also says is_default.",
                )
            default_file = source
    return sorted((s for s, _ in schemes), key=lambda s: s.code)
