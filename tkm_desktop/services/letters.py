"""Recommendation letters: draft (KONSEP), issue from the register, reprint, revoke, correct, scan.

Issuing takes the number, writes the register entry, renders the PDF and stores it in
ONE transaction: two clerks issuing at once queue on the serial's row lock (on
SQLite, on the write lock every writer holds), and a program that dies half-way
leaves no number used. Every writer takes the audit chain's lock first and the
serial's second, so correcting a letter (revoke + issue) can never deadlock with an
issue. Verification is in ``services.letter_verify``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload

from tkm_desktop.documents.fonts import load_family
from tkm_desktop.documents.letter import letter_class
from tkm_desktop.documents.templates import load_template
from tkm_desktop.domain.letters import KIND_LETTER, KIND_RECOMMENDATION, KINDS
from tkm_desktop.domain.numbering import DEFAULT_PATTERN, match_number, render_number
from tkm_desktop.domain.status import GroupStatus, label
from tkm_desktop.services import audit, permissions
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.letter_code import make_code, pdf_token
from tkm_desktop.services.letter_content import (
    build_content,
    current_signatory,
    letterhead,
    signatory_snapshot,
)
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Attachment, Group, Letter, LetterGroup, LetterSerial, Office

__all__ = ["KINDS", "KIND_LETTER", "KIND_RECOMMENDATION"]  # re-exported for the window
ENTITY = "letter"
DRAFT, ISSUED, REVOKED = "draft", "issued", "revoked"
PAPERS = ("a4", "f4")
KONSEP, CONTOH = "KONSEP", "CONTOH"
MAX_SCAN_BYTES = 25 * 1024 * 1024
_SCAN_TYPES = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}

# Hands a rendered PDF on (writes it to the file the user named); raising means it did
# not get there, and the print is then not recorded.
Deliver = Callable[[bytes], object]


@dataclass(frozen=True)
class IssuedLetter:
    letter_id: int
    number: str
    letter_date: dt.date
    kind: str
    paper: str
    group_ids: tuple[int, ...]
    pdf: bytes
    sha256: str
    code: str
    replaced_id: int | None = None


# --- reading what a letter needs ----------------------------------------------------


def letter_office(session: Session) -> Office:
    """The office, refused while its letterhead (government and office name) is empty."""
    office = session.scalars(select(Office).order_by(Office.id)).first()
    if office is None or not (office.government_name.strip() and office.office_name.strip()):
        raise InputRefused(
            "Data kantor untuk kop surat (nama pemerintah daerah dan nama dinas) belum diisi. "
            "Isi dahulu di Pengaturan → Kantor, atau dengan perintah "
            "`tkm-desktop office set --region KODE_WILAYAH --user ADMIN`."
        )
    return office


def fetch_groups(session: Session, group_ids: Sequence[int]) -> tuple[list[Group], list[str]]:
    """The groups in the order given, with what documents print of them; and the ids not found.

    Shared by letters and the verification paperwork; each adds its own checks.
    """
    ids = list(dict.fromkeys(group_ids))
    if not ids:
        raise InputRefused("Sebutkan sedikitnya satu kelompok.")
    query = (
        select(Group)
        .where(Group.id.in_(ids))
        .options(
            selectinload(Group.members),
            selectinload(Group.budget_items),
            selectinload(Group.documents),
            selectinload(Group.scheme),
        )
    )
    found = {g.id: g for g in session.scalars(query)}
    missing = [f"Kelompok dengan nomor {gid} tidak ada." for gid in ids if gid not in found]
    return [found[gid] for gid in ids if gid in found], missing


def _groups(session: Session, group_ids: Sequence[int]) -> list[Group]:
    """The groups in the order given, each recommended, one scheme, rosters locked."""
    groups, problems = fetch_groups(session, group_ids)
    for g in groups:
        if g.status != GroupStatus.DIREKOMENDASIKAN:
            problems.append(
                f"Kelompok {g.id} ({g.name}) berstatus {label(g.status)}; surat rekomendasi "
                f"hanya untuk kelompok berstatus {label(GroupStatus.DIREKOMENDASIKAN)}."
            )
        elif g.roster_unlocked:
            problems.append(
                f"Daftar anggota kelompok {g.id} ({g.name}) sedang dibuka untuk "
                "perbaikan; kunci kembali dahulu."
            )
        elif not g.members:
            problems.append(f"Kelompok {g.id} ({g.name}) belum memiliki anggota.")
    if len({g.scheme_id for g in groups}) > 1:
        problems.append("Satu surat hanya untuk kelompok dari skema yang sama.")
    if problems:
        raise InputRefused(problems)
    return groups


def _check_options(kind: str, paper: str) -> None:
    if kind not in KINDS:
        raise InputRefused(f"Jenis surat '{kind}' tidak dikenal (pilihan: {', '.join(KINDS)}).")
    if paper not in PAPERS:
        raise InputRefused(f"Ukuran kertas '{paper}' tidak dikenal (pilihan: a4, f4).")


def _watermark(*, draft: bool, demo: bool) -> tuple[str, ...]:
    return ((KONSEP,) if draft else ()) + ((CONTOH,) if demo else ())


def _render(office: Office, content, paper: str, *, watermark, created, keywords="") -> bytes:
    document = letter_class(paper)(
        content,
        letterhead=letterhead(office),
        font=load_family(office.letter_font),
        watermark=watermark,
        title=content.subject,
        subject=f"Nomor {content.number_text}",
        author=f"{office.office_name} {office.government_name}".strip(),
        keywords=keywords,
        created=created,
    )
    return document.render()


def _local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()  # the office's clock: the PC's time zone


# --- the KONSEP -------------------------------------------------------------------


def draft_letter(
    db: Database,
    actor: Actor,
    group_ids: Sequence[int],
    *,
    kind: str = KIND_LETTER,
    paper: str = "a4",
    demo: bool = False,
    now: dt.datetime | None = None,
    deliver: Deliver | None = None,
) -> bytes:
    """A KONSEP for initialling: watermarked, no number, no QR code, not stored.

    The print is recorded once ``deliver`` (e.g. writing the file) has taken the PDF. A
    caller without ``deliver`` shows the PDF (the window's preview): recorded as seen,
    and ``record_draft_print`` records a print from there."""
    permissions.require(actor, permissions.PRINT_DOCUMENT)
    _check_options(kind, paper)
    now = now or dt.datetime.now(dt.UTC)
    on = _local_date(now)
    with db.session() as session:
        office = letter_office(session)
        groups = _groups(session, group_ids)
        snapshot = signatory_snapshot(session, office, current_signatory(session))
        number = blank_number(office.letter_number_pattern or DEFAULT_PATTERN, on)
        content = build_content(
            kind=kind,
            office=office,
            snapshot=snapshot,
            groups=groups,
            template=load_template(groups[0].scheme.code),
            number_text=number,
            letter_date=on,
            draft=True,
            qr_text=None,
        )
        pdf = _render(
            office, content, paper, watermark=_watermark(draft=True, demo=demo), created=now
        )
        if deliver is not None:
            deliver(pdf)
        action = audit.VIEW if deliver is None else audit.PRINT
        _record_draft(session, actor, action, [g.id for g in groups], kind)
    return pdf


def record_draft_print(
    db: Database, actor: Actor, group_ids: Sequence[int], kind: str = KIND_LETTER
) -> None:
    """A KONSEP shown by ``draft_letter`` was printed: one print event per group."""
    permissions.require(actor, permissions.PRINT_DOCUMENT)
    with db.session() as session:
        _record_draft(session, actor, audit.PRINT, list(group_ids), kind)


def _record_draft(
    session: Session, actor: Actor, action: str, group_ids: Sequence[int], kind: str
) -> None:
    for gid in group_ids:
        audit.record_access(session, actor, action, ENTITY, "", group_id=gid,
                            details={"document": "konsep", "kind": kind})  # fmt: skip


def blank_number(pattern: str, on: dt.date) -> str:
    """The number with room left for the serial: '500.15.10/      /Disnaker/2024'."""
    marker = 987654321
    try:
        text = render_number(pattern, serial=marker, on=on, width=9)
    except ValueError:
        return "\u00a0" * 24
    return text.replace(str(marker), "\u00a0" * 10)


# --- issuing ----------------------------------------------------------------------


def _next_serial(session: Session, year: int) -> int:
    """The year's next serial, taken under the row lock of ``LetterSerial``."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(LetterSerial)
        .values(year=year, last_serial=0)
        .on_conflict_do_nothing(index_elements=["year"])
    )
    row = session.scalars(
        select(LetterSerial)
        .where(LetterSerial.year == year)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    # Numbers typed by hand (an office that changed its number source) are never reused.
    used = session.scalar(select(func.max(Letter.serial)).where(Letter.year == year)) or 0
    row.last_serial = max(row.last_serial, used) + 1
    return row.last_serial


def next_serial(session: Session, year: int) -> int:
    """The serial the register would give the next letter of ``year``; reads only."""
    taken = session.scalar(select(LetterSerial.last_serial).where(LetterSerial.year == year))
    used = session.scalar(select(func.max(Letter.serial)).where(Letter.year == year))
    return max(taken or 0, used or 0) + 1


def _typed_number(session: Session, office: Office, text: str, year: int) -> tuple[str, int]:
    pattern = office.letter_number_pattern or DEFAULT_PATTERN
    number = " ".join(re.sub(r"^\s*(?:nomor|no\.?)\s*:?\s*", "", text, flags=re.I).split())
    number = re.sub(r"\s*([/.\-])\s*", r"\1", number)  # '500.15.10/ 12 /…' as '500.15.10/12/…'
    serial = match_number(pattern, number, year=year)
    if serial is None:
        example = render_number(pattern, serial=7, on=dt.date(year, 1, 2))
        raise InputRefused(
            f"Nomor surat '{text}' tidak sesuai pola nomor kantor {pattern} "
            f"untuk tahun {year} (contoh: {example})."
        )
    clash = (
        session.scalars(select(Letter).where(Letter.year == year, Letter.serial == serial)).first()
        or session.scalars(
            select(Letter).where(Letter.year == year, Letter.number == number)
        ).first()
    )
    if clash is not None:
        raise InputRefused(
            f"Nomor urut {serial} tahun {year} sudah dipakai surat "
            f"{clash.number} ({_state_label(clash.state)})."
        )
    return number, serial


def _state_label(state: str) -> str:
    return {DRAFT: "konsep", ISSUED: "terbit", REVOKED: "dicabut"}.get(state, state)


def _already_issued(session: Session, groups: list[Group], kind: str) -> None:
    query = (
        select(Letter.number, LetterGroup.group_id)
        .join(LetterGroup, LetterGroup.letter_id == Letter.id)
        .where(
            LetterGroup.group_id.in_([g.id for g in groups]),
            Letter.state == ISSUED,
            Letter.kind == kind,
        )
    )
    names = {g.id: g.name for g in groups}
    problems = [
        f"Kelompok {gid} ({names[gid]}) sudah mendapat surat Nomor {number}; cabut surat itu "
        "atau terbitkan surat pengganti (--replaces)."
        for number, gid in session.execute(query)
    ]
    if problems:
        raise InputRefused(problems)


def take_number(
    session: Session, office: Office, on: dt.date, number: str | None
) -> tuple[str, int]:
    """The register's next number and serial for a letter dated ``on`` (or the typed
    ``number``, for an office that numbers by hand); every numbered paper takes it here.

    Call it inside the issuing transaction, after ``audit.lock_chain``.
    """
    if office.number_source == "manual":
        if not number:
            raise InputRefused(
                "Kantor memakai nomor dari buku agenda surat keluar: ketik nomornya (--number)."
            )
        return _typed_number(session, office, number, on.year)
    if number:
        raise InputRefused(
            "Kantor memakai penomoran otomatis dari register; nomor "
            "tidak dapat diketik (ubah sumber nomor di Pengaturan)."
        )
    serial = _next_serial(session, on.year)
    text = render_number(office.letter_number_pattern or DEFAULT_PATTERN, serial=serial, on=on)
    return text, serial


def signing_key(office: Office) -> bytes:
    """The office's HMAC key, made on first need; it never leaves the database."""
    if not office.signing_key:
        office.signing_key = secrets.token_bytes(32)
    return office.signing_key


def issue_letter(
    db: Database,
    actor: Actor,
    group_ids: Sequence[int],
    *,
    kind: str = KIND_LETTER,
    paper: str = "a4",
    number: str | None = None,
    demo: bool = False,
    now: dt.datetime | None = None,
    replaces: int | None = None,
    reason: str = "",
) -> IssuedLetter:
    """*Terbitkan*: number, register entry, PDF and audit, all or nothing.

    ``replaces`` revokes that letter with ``reason`` in the same transaction (a
    correction); without ``group_ids`` the new letter covers the old one's groups.
    """
    permissions.require(actor, permissions.ISSUE_LETTER)
    if replaces is not None:
        permissions.require(actor, permissions.REVOKE_LETTER)
    _check_options(kind, paper)
    now = now or dt.datetime.now(dt.UTC)
    on = _local_date(now)
    with db.session() as session:
        audit.lock_chain(session)  # first the chain, then the serial: one order for all
        office = letter_office(session)
        old = None
        if replaces is not None:
            old = _revoke(session, actor, replaces, reason)
            if not group_ids:
                group_ids = _group_ids(session, old.id)
        groups = _groups(session, group_ids)
        _already_issued(session, groups, kind)
        snapshot = signatory_snapshot(session, office, current_signatory(session))
        template = load_template(groups[0].scheme.code)
        text, serial = take_number(session, office, on, number)
        members = sum(len(g.members) for g in groups)
        code = make_code(signing_key(office), text, on, len(groups), members)
        letter = Letter(
            kind=kind,
            number=text,
            year=on.year,
            serial=serial,
            state=ISSUED,
            paper=paper,
            letter_date=on,
            signatory=snapshot,
            signing_mode=snapshot["signing_mode"],
            issued_by_id=actor.user_id,
            issued_at=now,
            replaces_id=old.id if old else None,
        )
        session.add(letter)
        session.flush()
        session.add_all(LetterGroup(letter_id=letter.id, group_id=g.id) for g in groups)
        content = build_content(
            kind=kind,
            office=office,
            snapshot=snapshot,
            groups=groups,
            template=template,
            number_text=text,
            letter_date=on,
            draft=False,
            qr_text=code,
        )
        pdf = _render(
            office,
            content,
            paper,
            watermark=_watermark(draft=False, demo=demo),
            created=now,
            keywords=f"TKM; {kind}; {pdf_token(code)}",
        )
        sha = hashlib.sha256(pdf).hexdigest()
        stored = Attachment(
            kind="letter_pdf",
            file_name=file_name(text),
            data=pdf,
            sha256=sha,
            media_type="application/pdf",
            size=len(pdf),
            created_by_id=actor.user_id,
        )
        session.add(stored)
        session.flush()
        letter.pdf_attachment_id, letter.pdf_sha256 = stored.id, sha
        after = {
            "number": text,
            "kind": kind,
            "paper": paper,
            "date": on,
            "state": ISSUED,
            "groups": [g.id for g in groups],
            "pdf_sha256": sha,
            "replaces": old.id if old else None,
        }
        for g in groups:
            audit.record(session, actor, "issue", ENTITY, letter.id, group_id=g.id, after=after)
        return IssuedLetter(
            letter.id,
            text,
            on,
            kind,
            paper,
            tuple(g.id for g in groups),
            pdf,
            sha,
            code,
            old.id if old else None,
        )


def file_name(number: str) -> str:
    """'surat-500.15.10-007-Disnaker-2024.pdf'."""
    safe = re.sub(r"[^0-9A-Za-z.]+", "-", number).strip("-.")
    return f"surat-{safe or 'tanpa-nomor'}.pdf"


# --- after issuing ----------------------------------------------------------------


def _letter(session: Session, letter_id: int) -> Letter:
    letter = session.get(Letter, letter_id)
    if letter is None or letter.state == DRAFT:
        raise InputRefused(f"Surat dengan nomor register {letter_id} tidak ada.")
    return letter


def _group_ids(session: Session, letter_id: int) -> list[int]:
    query = select(LetterGroup.group_id).where(LetterGroup.letter_id == letter_id)
    return list(session.scalars(query.order_by(LetterGroup.group_id)))


def _revoke(session: Session, actor: Actor, letter_id: int, reason: str) -> Letter:
    reason = " ".join((reason or "").split())
    if not reason:
        raise InputRefused("Pencabutan surat wajib disertai alasan (--reason).")
    letter = _letter(session, letter_id)
    if letter.state != ISSUED:
        raise InputRefused(f"Surat {letter.number} sudah dicabut: {letter.revoked_reason}")
    letter.state = REVOKED
    letter.revoked_reason = reason
    letter.revoked_by_id = actor.user_id
    letter.revoked_at = dt.datetime.now(dt.UTC)
    for gid in _group_ids(session, letter.id):
        audit.record(
            session,
            actor,
            "revoke",
            ENTITY,
            letter.id,
            group_id=gid,
            before={"state": ISSUED, "number": letter.number},
            after={"state": REVOKED, "reason": reason},
        )
    return letter


def revoke_letter(db: Database, actor: Actor, letter_id: int, reason: str) -> str:
    """Revoke an issued letter (its number stays used); returns the number."""
    permissions.require(actor, permissions.REVOKE_LETTER)
    with db.session() as session:
        audit.lock_chain(session)
        return _revoke(session, actor, letter_id, reason).number or ""


def _stored_pdf(
    db: Database,
    actor: Actor,
    letter_id: int,
    action: str,
    document: str,
    deliver: Deliver | None = None,
) -> tuple[str, bytes]:
    """The stored PDF, byte for byte, with one access event per group the letter names,
    recorded once ``deliver`` (when given) has taken it."""
    permissions.require(actor, permissions.PRINT_DOCUMENT)
    with db.session() as session:
        letter = _letter(session, letter_id)
        data = _stored_bytes(session, letter)
        if deliver is not None:
            deliver(data)
        _record_letter_access(session, actor, letter, action, document)
        return letter.number or "", data


def _stored_bytes(session: Session, letter: Letter) -> bytes:
    stored = session.get(Attachment, letter.pdf_attachment_id)
    if stored is None:
        raise InputRefused(f"PDF surat {letter.number} tidak tersimpan.")
    return bytes(stored.data)


def _record_letter_access(
    session: Session, actor: Actor, letter: Letter, action: str, document: str
) -> None:
    for gid in _group_ids(session, letter.id):
        audit.record_access(session, actor, action, ENTITY, letter.id, group_id=gid,
                            details={"document": document, "number": letter.number})  # fmt: skip


def letter_pdf(db: Database, actor: Actor, letter_id: int) -> tuple[str, bytes]:
    """The stored PDF of an issued (or revoked) letter, to look at: audited as seen
    (``view``), not as printed; the number and the bytes."""
    return _stored_pdf(db, actor, letter_id, audit.VIEW, "surat")


def reprint_letter(
    db: Database, actor: Actor, letter_id: int, *, deliver: Deliver | None = None
) -> tuple[str, bytes]:
    """The stored PDF of an issued (or revoked) letter, byte for byte; the print is audited
    (after ``deliver``, when given, has written it)."""
    return _stored_pdf(db, actor, letter_id, audit.PRINT, "cetak ulang", deliver)


def letter_for_print(db: Database, actor: Actor, letter_id: int) -> tuple[str, bytes]:
    """The stored PDF for the window's print dialog, not yet audited: the print is
    recorded by ``record_reprint`` once pages were printed (a cancelled dialog is not)."""
    permissions.require(actor, permissions.PRINT_DOCUMENT)
    with db.reader() as session:
        letter = _letter(session, letter_id)
        return letter.number or "", _stored_bytes(session, letter)


def record_reprint(db: Database, actor: Actor, letter_id: int) -> None:
    """The stored letter was printed from the window: one print event per group."""
    permissions.require(actor, permissions.PRINT_DOCUMENT)
    with db.session() as session:
        _record_letter_access(session, actor, _letter(session, letter_id), audit.PRINT,
                              "cetak ulang")  # fmt: skip


def attach_scan(db: Database, actor: Actor, letter_id: int, name: str, data: bytes) -> str:
    """Keep the scan of the signed letter with its register entry; returns the number."""
    permissions.require(actor, permissions.ISSUE_LETTER)
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in _SCAN_TYPES:
        raise InputRefused(f"Pindaian harus berupa PDF, JPG, PNG atau TIFF, bukan '{name}'.")
    if not data or len(data) > MAX_SCAN_BYTES:
        raise InputRefused(f"Ukuran pindaian harus 1 bita sampai {MAX_SCAN_BYTES // 2**20} MB.")
    with db.session() as session:
        audit.lock_chain(session)
        letter = _letter(session, letter_id)
        if letter.state != ISSUED:
            raise InputRefused(f"Surat {letter.number} sudah dicabut; pindaian tidak dilampirkan.")
        sha = hashlib.sha256(data).hexdigest()
        scan = Attachment(
            kind="letter_scan",
            file_name=name,
            media_type=_SCAN_TYPES[suffix],
            data=data,
            sha256=sha,
            size=len(data),
            created_by_id=actor.user_id,
        )
        session.add(scan)
        session.flush()
        before = {"scan_attachment_id": letter.scan_attachment_id}
        letter.scan_attachment_id = scan.id
        for gid in _group_ids(session, letter.id):
            audit.record(
                session,
                actor,
                "attach_scan",
                ENTITY,
                letter.id,
                group_id=gid,
                before=before,
                after={"scan_attachment_id": scan.id, "sha256": sha},
            )
        return letter.number or ""
