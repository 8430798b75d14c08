"""The letter register across a restore: an older backup must not give a number out twice.

Before a backup replaces the database, the current register (issued and revoked letters)
is compared with the backup's. Letters issued since the backup was made would be lost and
their numbers issued again; the restore is refused, or, when the caller allows it, those
letters are written back into the restored register as revoked and the year's serial is
raised, so ``verify`` still knows them and no number is reused.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.store.models import Letter, LetterSerial

log = logging.getLogger(__name__)

REASON = "Dipulihkan dari cadangan: surat ini diterbitkan setelah cadangan dibuat"
_COLUMNS = "kind, number, year, serial, paper, letter_date, pdf_sha256"


@dataclass(frozen=True)
class RegisterEntry:
    kind: str
    number: str
    year: int
    serial: int | None
    paper: str
    letter_date: dt.date | None
    pdf_sha256: str


@dataclass(frozen=True)
class Register:
    entries: tuple[RegisterEntry, ...]
    last_serials: dict[int, int]  # year -> highest serial used (register or counter)


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def read_register(path: Path) -> Register:
    """The issued and revoked letters of a SQLite file; empty when it has none or is unreadable."""
    if not path.exists():
        return Register((), {})
    try:
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM letter WHERE state IN ('issued', 'revoked') "
                "AND number IS NOT NULL AND year IS NOT NULL"
            ).fetchall()
            counters = conn.execute("SELECT year, last_serial FROM letter_serial").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        # No register in it (an old schema) or a broken file (often the reason to restore).
        log.warning("letter register not readable in %s", path.name)
        return Register((), {})
    entries = tuple(
        RegisterEntry(kind or "", number, int(year), serial, paper or "a4", _date(day), sha or "")
        for kind, number, year, serial, paper, day, sha in rows
    )
    last: dict[int, int] = {}
    for year, serial in [*counters, *((e.year, e.serial) for e in entries)]:
        if year is not None and serial is not None:
            last[int(year)] = max(last.get(int(year), 0), int(serial))
    return Register(entries, last)


def lost_letters(current: Register, backup: Register) -> list[RegisterEntry]:
    """The current letters the backup does not hold, in register order."""
    held = {(e.year, e.number.lower()) for e in backup.entries}
    lost = [e for e in current.entries if (e.year, e.number.lower()) not in held]
    return sorted(lost, key=lambda e: (e.year, e.serial or 0))


def refusal(source: Path, lost: list[RegisterEntry]) -> str:
    return (
        f"Cadangan {source.name} tidak memuat {len(lost)} surat yang diterbitkan setelah "
        f"cadangan itu dibuat (nomor tertinggi: {lost[-1].number}). Jika dipulihkan, nomor "
        "surat itu dapat terbit dua kali. Untuk tetap memulihkan, pilih pemulihan yang "
        "mempertahankan register surat (baris perintah: --keep-register): surat-surat itu "
        "dicatat kembali sebagai dicabut dan nomornya tidak dipakai lagi."
    )


def keep_register(session: Session, current: Register) -> list[str]:
    """Write the lost letters back as revoked and raise the serials; their numbers."""
    held = session.execute(select(Letter.year, Letter.number, Letter.serial)).all()
    numbers = {(y, (n or "").lower()) for y, n, _ in held}
    serials = {(y, s) for y, _, s in held if s is not None}
    now = dt.datetime.now(dt.UTC)
    kept: list[str] = []
    for e in sorted(current.entries, key=lambda e: (e.year, e.serial or 0)):
        if (e.year, e.number.lower()) in numbers:
            continue
        serial = None if (e.year, e.serial) in serials else e.serial
        session.add(
            Letter(
                kind=e.kind, number=e.number, year=e.year, serial=serial, state="revoked",
                paper=e.paper, letter_date=e.letter_date, signatory={}, pdf_sha256=e.pdf_sha256,
                revoked_reason=REASON, revoked_at=now,
            )
        )  # fmt: skip
        kept.append(e.number)
    for year, last in current.last_serials.items():
        row = session.get(LetterSerial, year)
        if row is None:
            session.add(LetterSerial(year=year, last_serial=last))
        elif row.last_serial < last:
            row.last_serial = last
    session.flush()
    if kept:
        log.info("restore: %d letters kept in the register as revoked", len(kept))
    return kept
