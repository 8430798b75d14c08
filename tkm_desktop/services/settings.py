"""The office's own settings: identity and letterhead, letter numbering, idle lock.

What the *Pengaturan* screens and the first-run wizard call. Reading takes a session;
every write takes the database, needs ``MANAGE_SETTINGS`` and is audited (entity
``office``) with the fields before and after, in the same transaction. Signatories and
the verification team are in ``services.signatories``, schemes in
``services.scheme_settings``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.domain import regions
from tkm_desktop.domain.letters import LETTER_FONTS, NUMBER_SOURCES
from tkm_desktop.domain.numbering import DEFAULT_PATTERN, PatternError, render_number, require_year
from tkm_desktop.services import audit, permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.office_info import idle_lock_minutes
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Office

__all__ = [
    "DEFAULT_OFFICE_NAME",
    "IDLE_LOCK_MAX",
    "LOGO_MAX_BYTES",
    "NumberingSettings",
    "OfficeSettings",
    "RegencyChoice",
    "get_idle_lock_minutes",
    "get_numbering",
    "get_office",
    "letter_fonts",
    "logo_problems",
    "next_letter_serial",
    "number_example",
    "numbering_is_manual",
    "office_defaults_for_region",
    "regency_choices",
    "save_idle_lock_minutes",
    "save_numbering",
    "save_office",
]

ENTITY = "office"
DEFAULT_OFFICE_NAME = "DINAS KETENAGAKERJAAN"
IDLE_LOCK_MAX = 240  # minutes; 0 switches the lock off
LOGO_MAX_BYTES = 2 * 1024 * 1024
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")

# Field → (label in messages, longest text the column holds).
_TEXT_FIELDS: dict[str, tuple[str, int]] = {
    "government_name": ("Nama pemerintah daerah", 200),
    "office_name": ("Nama dinas", 200),
    "address": ("Alamat", 300),
    "phone": ("Telepon", 60),
    "email": ("Pos-el", 120),
    "website": ("Laman", 120),
    "place_name": ("Tempat penandatanganan", 80),
}


# --- office identity and letterhead -------------------------------------------------


@dataclass(frozen=True)
class OfficeSettings:
    """The letterhead and identity of the office, as the settings screen edits it."""

    government_name: str = ""  # 'PEMERINTAH KOTA BEKASI'
    office_name: str = ""  # 'DINAS KETENAGAKERJAAN'
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    region_code: str = ""  # '32.75'
    place_name: str = ""  # 'Bekasi', before the letter's date
    logo: bytes | None = None  # PNG or JPEG
    letter_font: str = "Vera"


_OFFICE_FIELDS = tuple(f.name for f in fields(OfficeSettings))


def _office_row(session: Session) -> Office | None:
    return session.scalar(select(Office).order_by(Office.id).limit(1))


def get_office(session: Session) -> OfficeSettings:
    """The office's settings; empty values on a database where nobody has set them yet."""
    office = _office_row(session)
    if office is None:
        return OfficeSettings()
    return OfficeSettings(**{name: getattr(office, name) for name in _OFFICE_FIELDS})


def office_defaults_for_region(
    regency_code: str, base: OfficeSettings | None = None
) -> OfficeSettings:
    """``base`` (or empty settings) with the letterhead a kab/kota office usually has.

    '32.75' → 'PEMERINTAH KOTA BEKASI', 'DINAS KETENAGAKERJAAN', place 'Bekasi': a
    suggestion for the clerk to correct. A province code gives the provincial heading.
    """
    code = _checked_region(regency_code)
    level = regions.level_of(code)
    region = regions.get_region(code)
    assert region is not None  # _checked_region made sure
    place = regions.place_name(code) if level == 2 else region.name
    return replace(
        base or OfficeSettings(),
        region_code=code,
        government_name=regions.government_heading(code),
        office_name=(base.office_name if base and base.office_name else DEFAULT_OFFICE_NAME),
        place_name=place,
    )


@dataclass(frozen=True)
class RegencyChoice:
    code: str  # '32.75'
    name: str  # 'Kota Bekasi'
    province: str  # 'Jawa Barat'

    @property
    def label(self) -> str:
        return f"{self.name} — {self.province}"


def regency_choices() -> list[RegencyChoice]:
    """Every kab/kota of the region list with its province, for the office's region picker."""
    return [
        RegencyChoice(regency.code, regency.name, province.name)
        for province in regions.provinces()
        for regency in regions.children(province.code)
    ]


def letter_fonts() -> list[str]:
    """The letter fonts an office may choose; the first (Vera) ships with the program."""
    return list(LETTER_FONTS)


def _checked_region(code: str) -> str:
    found = regions.normalize_code(code)
    region = regions.get_region(found) if found else None
    if region is None or region.level not in (1, 2):
        raise InputRefused(
            f"Kode wilayah '{code}' bukan kode kabupaten/kota (atau provinsi) yang dikenal, "
            "mis. 32.75 untuk Kota Bekasi."
        )
    return region.code


def _clean(data: OfficeSettings) -> OfficeSettings:
    """Spaces tidied: one line each, as the letterhead prints them."""
    tidy = {name: " ".join(getattr(data, name).split()) for name in _TEXT_FIELDS}
    return replace(
        data,
        **tidy,
        region_code=regions.normalize_code(data.region_code) or data.region_code.strip(),
        letter_font=data.letter_font.strip() or "Vera",
        logo=data.logo or None,
    )


def _office_problems(data: OfficeSettings) -> list[str]:
    problems: list[str] = []
    for key in ("government_name", "office_name"):
        if not getattr(data, key):
            problems.append(f"{_TEXT_FIELDS[key][0]} wajib diisi (dicetak pada kop surat).")
    for key, (label, longest) in _TEXT_FIELDS.items():
        if len(getattr(data, key)) > longest:
            problems.append(f"{label} paling panjang {longest} huruf.")
    if data.email and not _EMAIL.fullmatch(data.email):
        problems.append(f"Alamat pos-el '{data.email}' tidak sah, mis. disnaker@bekasikota.go.id.")
    if data.region_code:
        try:
            _checked_region(data.region_code)
        except InputRefused as refused:
            problems.extend(refused.reasons)
    if data.letter_font not in letter_fonts():
        problems.append(
            f"Huruf surat '{data.letter_font}' tidak dikenal; pilihan: {', '.join(letter_fonts())}."
        )
    if data.logo is not None:
        problems.extend(logo_problems(data.logo))
    return problems


def logo_problems(logo: bytes) -> list[str]:
    """Why ``logo`` cannot be the office's logo (too big, not a readable PNG/JPEG); [] if fine."""
    if len(logo) > LOGO_MAX_BYTES:
        return [f"Berkas lambang paling besar {LOGO_MAX_BYTES // (1024 * 1024)} MB."]
    if not logo.startswith(_IMAGE_MAGIC):
        return ["Lambang harus berupa gambar PNG atau JPEG."]
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(io.BytesIO(logo)).getSize()
    except Exception:  # reportlab raises several kinds for a damaged image
        return ["Berkas lambang rusak atau tidak dapat dibaca sebagai gambar."]
    if width < 1 or height < 1:
        return ["Berkas lambang tidak berisi gambar."]
    return []


def save_office(
    db: Database, actor: Actor, data: OfficeSettings, idle_lock_minutes: int | None = None
) -> OfficeSettings:
    """Check and store the office's identity and letterhead (all fields); audited.

    With ``idle_lock_minutes`` the idle-lock time is stored in the same transaction.
    Raises InputRefused with every problem found; nothing is written then.
    """
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    data = _clean(data)
    problems = _office_problems(data)
    values: dict[str, Any] = {name: getattr(data, name) for name in _OFFICE_FIELDS}
    if idle_lock_minutes is not None:
        problems.extend(_idle_lock_problems(idle_lock_minutes))
        values["idle_lock_minutes"] = idle_lock_minutes
    if problems:
        raise InputRefused(problems)
    with db.session() as session:
        _write(session, actor, values)
        return get_office(session)


def _write(session: Session, actor: Actor, values: dict[str, Any], action: str = "") -> Office:
    """Set ``values`` on the office row (made when missing) and audit what changed."""
    office = _office_row(session)
    created = office is None
    if office is None:
        office = Office()
        session.add(office)
        session.flush()
    before = audit.snapshot(office, values)
    for name, value in values.items():
        setattr(office, name, value)
    session.flush()
    old, new = audit.diff(before, audit.snapshot(office, values))
    if created or new:
        kind = action or (audit.CREATE if created else audit.UPDATE)
        audit.record(session, actor, kind, ENTITY, office.id, before=old or None, after=new)
    return office


# --- letter numbering ---------------------------------------------------------------


@dataclass(frozen=True)
class NumberingSettings:
    pattern: str = DEFAULT_PATTERN  # '500.15.10/{urut}/Disnaker/{tahun}'
    source: str = "register"  # "register": numbered by the program; "manual": typed by hand


def get_numbering(session: Session) -> NumberingSettings:
    office = _office_row(session)
    if office is None:
        return NumberingSettings()
    return NumberingSettings(office.letter_number_pattern or DEFAULT_PATTERN, office.number_source)


def numbering_is_manual(session: Session) -> bool:
    """True where the office types letter numbers from its agenda book."""
    return get_numbering(session).source == "manual"


def next_letter_serial(session: Session, on: dt.date | None = None) -> int:
    """The serial the register would give the next letter of ``on``'s year (today's)."""
    from tkm_desktop.services.letters import next_serial  # loads the documents: only here

    return next_serial(session, (on or dt.date.today()).year)


def number_example(pattern: str, on: dt.date | None = None, serial: int = 1) -> str:
    """The number the pattern gives ``serial``, for a preview; InputRefused if unusable.

    Letters are numbered from the pattern alone, so a pattern that needs a value the
    office does not store ({kode}, {unit}) is refused here rather than at issue time.
    """
    try:
        return render_number(pattern.strip(), serial=serial, on=on or dt.date.today())
    except PatternError as exc:
        raise InputRefused(exc.message) from None


def save_numbering(db: Database, actor: Actor, data: NumberingSettings) -> NumberingSettings:
    """Check and store the letter-number pattern and the number source; audited."""
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    pattern = data.pattern.strip()
    problems: list[str] = []
    try:
        number_example(pattern)
        require_year(pattern)
    except InputRefused as refused:
        problems.extend(refused.reasons)
    except PatternError as exc:
        problems.append(exc.message)
    if len(pattern) > 120:
        problems.append("Pola nomor surat paling panjang 120 huruf.")
    if data.source not in NUMBER_SOURCES:
        problems.append(
            f"Sumber nomor '{data.source}' tidak dikenal: 'register' (nomor dari program) "
            "atau 'manual' (diketik dari buku agenda)."
        )
    if problems:
        raise InputRefused(problems)
    values = {"letter_number_pattern": pattern, "number_source": data.source}
    with db.session() as session:
        _write(session, actor, values, action="set_numbering")
        return get_numbering(session)


# --- idle lock ----------------------------------------------------------------------


def get_idle_lock_minutes(session: Session) -> int:
    """Minutes without input before the window locks; 0 means never."""
    return idle_lock_minutes(session)


def save_idle_lock_minutes(db: Database, actor: Actor, minutes: int) -> int:
    """Store the idle-lock time (0 to switch the lock off, at most IDLE_LOCK_MAX); audited."""
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    problems = _idle_lock_problems(minutes)
    if problems:
        raise InputRefused(problems)
    with db.session() as session:
        _write(session, actor, {"idle_lock_minutes": minutes})
    return minutes


def _idle_lock_problems(minutes: object) -> list[str]:
    if isinstance(minutes, int) and not isinstance(minutes, bool) and 0 <= minutes <= IDLE_LOCK_MAX:
        return []
    return [
        f"Waktu kunci otomatis harus 0 sampai {IDLE_LOCK_MAX} menit (0 = tidak pernah), "
        f"bukan {minutes!r}."
    ]
