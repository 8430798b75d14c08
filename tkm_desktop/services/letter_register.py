"""Reading the outgoing register: the list of letters, and verifying a letter or its code.

A verdict is one of *sah* (valid), *dicabut* (revoked), *tidak dikenal* (unknown) or
*diubah* (altered: the code or number matches a register entry, but the code's
signature or the file's SHA-256 does not). Its ``reason`` is one sentence in the
asked language (``lang``): the window and the command line say it alike.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tkm_desktop.domain.dates import format_long
from tkm_desktop.services.i18n import DEFAULT_LANG, register, tr
from tkm_desktop.services.letter_code import (
    LetterCode,
    compact,
    find_code_in_pdf,
    mac_valid,
    parse_code,
)
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Group, Letter, LetterGroup, Member, Office, User

VALID, REVOKED, UNKNOWN, ALTERED = "sah", "dicabut", "tidak dikenal", "diubah"
VERDICTS = (VALID, REVOKED, UNKNOWN, ALTERED)

register({
    "verify.by_code": {"id": "Kode ini milik", "en": "This code belongs to"},
    "verify.by_file": {"id": "Berkas ini sama persis dengan PDF",
                       "en": "This file is exactly the PDF of"},
    "verify.valid": {
        "id": "{what} surat Nomor {number} tanggal {date} yang terdaftar dan berlaku.",
        "en": "{what} letter No. {number} of {date}, which is registered and in force.",
    },
    "verify.revoked": {"id": "{what} surat Nomor {number} tanggal {date}, yang telah DICABUT: "
                             "{reason}",
                       "en": "{what} letter No. {number} of {date}, which has been REVOKED: "
                             "{reason}"},
    "verify.not_registered": {"id": "Nomor surat {number} tanggal {date} tidak ada di register.",
                              "en": "Letter No. {number} of {date} is not in the register."},
    "verify.code_altered": {
        "id": "Nomor {number} terdaftar, tetapi kode verifikasinya tidak cocok dengan register: "
              "kode atau isinya telah diubah.",
        "en": "No. {number} is registered, but its verification code does not match the "
              "register: the code or its content has been altered.",
    },
    "verify.not_a_code": {"id": "Teks ini bukan kode verifikasi surat TKM.",
                          "en": "This text is not a TKM letter verification code."},
    "verify.no_code": {
        "id": "Berkas ini tidak memuat kode verifikasi surat TKM dan tidak sama dengan PDF mana "
              "pun di register.",
        "en": "This file holds no TKM letter verification code and is not the same as any PDF "
              "in the register.",
    },
    "verify.file_altered": {
        "id": "Kode dan nomor {number} terdaftar, tetapi isi berkas berbeda dari PDF yang "
              "diterbitkan (sidik SHA-256 tidak cocok).",
        "en": "The code and No. {number} are registered, but the file's content differs from "
              "the issued PDF (the SHA-256 fingerprint does not match).",
    },
    "verify.also_revoked": {"id": "Surat itu juga telah dicabut.",
                            "en": "That letter has also been revoked."},
})  # fmt: skip


@dataclass(frozen=True)
class LetterRow:
    id: int
    number: str
    kind: str
    state: str  # 'issued' / 'revoked'
    letter_date: dt.date | None
    paper: str
    groups: list[str]  # names
    group_ids: list[int]
    members: int
    signatory: str
    issued_by: str
    revoked_reason: str
    replaces_id: int | None
    has_scan: bool


@dataclass(frozen=True)
class Verdict:
    status: str  # one of VERDICTS
    reason: str  # one sentence saying why, in the language asked for
    letter_id: int | None = None
    number: str = ""
    letter_date: dt.date | None = None
    groups: list[str] = field(default_factory=list)
    members: int | None = None
    revoked_reason: str = ""


def list_letters(session: Session, *, year: int | None = None) -> list[LetterRow]:
    """Issued and revoked letters, newest first."""
    query = select(Letter).where(Letter.state != "draft")
    if year is not None:
        query = query.where(Letter.year == year)
    letters = list(session.scalars(query.order_by(Letter.id.desc())))
    ids = [letter.id for letter in letters]
    groups: dict[int, list[tuple[int, str, int]]] = {i: [] for i in ids}
    if ids:
        members = select(func.count(Member.id)).where(Member.group_id == Group.id).scalar_subquery()
        rows = session.execute(
            select(LetterGroup.letter_id, Group.id, Group.name, members)
            .join(Group, Group.id == LetterGroup.group_id)
            .where(LetterGroup.letter_id.in_(ids))
            .order_by(LetterGroup.letter_id, Group.id)
        )
        for letter_id, gid, name, count in rows:
            groups[letter_id].append((gid, name, count))
    users = dict(session.execute(select(User.id, User.username)).tuples().all())
    return [
        LetterRow(
            id=letter.id,
            number=letter.number or "",
            kind=letter.kind,
            state=letter.state,
            letter_date=letter.letter_date,
            paper=letter.paper,
            groups=[name for _, name, _ in groups[letter.id]],
            group_ids=[gid for gid, _, _ in groups[letter.id]],
            members=sum(count for _, _, count in groups[letter.id]),
            signatory=(letter.signatory or {}).get("name", ""),
            issued_by=users.get(letter.issued_by_id or -1, ""),
            revoked_reason=letter.revoked_reason,
            replaces_id=letter.replaces_id,
            has_scan=letter.scan_attachment_id is not None,
        )
        for letter in letters
    ]


# --- verification -----------------------------------------------------------------


def _find(session: Session, code: LetterCode) -> Letter | None:
    wanted = code.number.lower()
    candidates = session.scalars(
        select(Letter).where(Letter.year == code.letter_date.year, Letter.state != "draft")
    )
    return next((x for x in candidates if compact(x.number or "").lower() == wanted), None)


def _group_names(session: Session, letter_id: int) -> list[str]:
    return list(
        session.scalars(
            select(Group.name)
            .join(LetterGroup, LetterGroup.group_id == Group.id)
            .where(LetterGroup.letter_id == letter_id)
            .order_by(Group.id)
        )
    )


def _about(session: Session, letter: Letter, status: str, reason: str, members: int | None):
    return Verdict(
        status=status,
        reason=reason,
        letter_id=letter.id,
        number=letter.number or "",
        letter_date=letter.letter_date,
        groups=_group_names(session, letter.id),
        members=members,
        revoked_reason=letter.revoked_reason if letter.state == "revoked" else "",
    )


def _state_verdict(
    session: Session, letter: Letter, members: int | None, what: str, lang: str
) -> Verdict:
    """Sah or dicabut; ``what`` is the message key saying what was checked."""
    said = {
        "what": tr(what, lang),
        "number": letter.number,
        "date": format_long(letter.letter_date, lang=lang) if letter.letter_date else "-",
    }
    if letter.state == "revoked":
        reason = tr("verify.revoked", lang, reason=letter.revoked_reason, **said)
        return _about(session, letter, REVOKED, reason, members)
    return _about(session, letter, VALID, tr("verify.valid", lang, **said), members)


def _check_code(session: Session, code: LetterCode, what: str, lang: str) -> Verdict:
    letter = _find(session, code)
    if letter is None:
        date = format_long(code.letter_date, lang=lang)
        return Verdict(UNKNOWN, tr("verify.not_registered", lang, number=code.number, date=date))
    key = session.scalar(select(Office.signing_key).order_by(Office.id).limit(1))
    # Signed as the register writes the number: a code typed in lower case still checks.
    code = replace(code, number=compact(letter.number or ""))
    if not key or not mac_valid(key, code) or letter.letter_date != code.letter_date:
        reason = tr("verify.code_altered", lang, number=letter.number)
        return _about(session, letter, ALTERED, reason, None)
    return _state_verdict(session, letter, code.members, what, lang)


def verify_code(db: Database, text: str, *, lang: str = DEFAULT_LANG) -> Verdict:
    """Check a code typed in or read by a QR scanner."""
    code = parse_code(text)
    if code is None:
        return Verdict(UNKNOWN, tr("verify.not_a_code", lang))
    with db.reader() as session:
        return _check_code(session, code, "verify.by_code", lang)


def verify_pdf(db: Database, data: bytes, *, lang: str = DEFAULT_LANG) -> Verdict:
    """Check a PDF file: the issued bytes themselves, or a copy whose code is ours."""
    sha = hashlib.sha256(data).hexdigest()
    with db.reader() as session:
        letter = session.scalars(
            select(Letter).where(Letter.pdf_sha256 == sha, Letter.state != "draft")
        ).first()
        found = find_code_in_pdf(data)
        code = parse_code(found) if found else None
        if letter is not None:
            members = code.members if code else None
            return _state_verdict(session, letter, members, "verify.by_file", lang)
        if code is None:
            return Verdict(UNKNOWN, tr("verify.no_code", lang))
        verdict = _check_code(session, code, "verify.by_code", lang)
        if verdict.status in (VALID, REVOKED):
            reason = tr("verify.file_altered", lang, number=verdict.number)
            if verdict.status == REVOKED:
                reason += " " + tr("verify.also_revoked", lang)
            return replace(verdict, status=ALTERED, reason=reason)
        return verdict
