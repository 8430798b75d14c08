"""The steps the verification papers share: permission and paper, groups, rendering, audit,
and the outgoing register for the two papers that are letters.

``register`` numbers through ``letters.take_number`` (the register the recommendation
letters use: one serial per year, never reused) and stores the entry, its groups, the
PDF and an ``issue`` event per group, in the caller's transaction, which must have
taken the audit chain's lock first (the letters' lock order).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.documents.fonts import load_family
from tkm_desktop.services import audit, permissions
from tkm_desktop.services import letter_content as lc
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.letter_code import make_code
from tkm_desktop.services.letters import (
    CONTOH,
    ISSUED,
    KONSEP,
    fetch_groups,
    file_name,
    signing_key,
    take_number,
)
from tkm_desktop.services.vetting_report import chunks
from tkm_desktop.store.models import Attachment, AuditEvent, Group, Letter, LetterGroup, Office

PAPERS = ("a4", "f4")
_ISSUE = "issue"  # the audit action of an issued letter (services.letters)
_STEPS = (audit.STATUS, _ISSUE)
PDF, XLSX = "pdf", "xlsx"


@dataclass(frozen=True)
class Paper:
    """A printed paper: its bytes and, for a letter, its register entry."""

    kind: str
    data: bytes  # the PDF (a recap: the PDF or the .xlsx, as ``file_type`` says)
    group_ids: tuple[int, ...]
    file_type: str = PDF
    number: str = ""  # '' for a paper without a number, and for a KONSEP
    letter_id: int | None = None
    letter_date: dt.date | None = None
    attachment: bytes | None = None  # the return letter's roster workbook (.xlsx)


def start(actor: Actor, paper: str, now: dt.datetime | None) -> tuple[dt.datetime, dt.date]:
    """Check the permission and the paper; the moment and the office's date."""
    permissions.require(actor, permissions.PRINT_DOCUMENT)
    if paper not in PAPERS:
        raise InputRefused(f"Ukuran kertas '{paper}' tidak dikenal (pilihan: a4, f4).")
    now = now or dt.datetime.now(dt.UTC)
    return now, now.astimezone().date()  # the office's clock: the PC's time zone


def load_groups(session: Session, group_ids: Sequence[int]) -> list[Group]:
    """The groups in the order given, with what the papers print of them."""
    groups, missing = fetch_groups(session, group_ids)
    if missing:
        raise InputRefused(missing)
    return groups


def watermark(*, draft: bool, demo: bool) -> tuple[str, ...]:
    return ((KONSEP,) if draft else ()) + ((CONTOH,) if demo else ())


def render_pdf(
    cls: type[Any], content: Any, office: Office, *, title: str, marks: tuple[str, ...],
    created: dt.datetime, keywords: str = "",
) -> bytes:  # fmt: skip
    """The paper in the office's letterhead and font."""
    document = cls(
        content,
        letterhead=lc.letterhead(office),
        font=load_family(office.letter_font),
        watermark=marks,
        title=title,
        author=f"{office.office_name} {office.government_name}".strip(),
        keywords=keywords,
        created=created,
    )
    return document.render()


def print_event(
    session: Session, actor: Actor, document: str, groups: Sequence[Group], **details: Any
) -> None:
    """A ``print`` event in each group's history (the paper shows their personal data)."""
    for g in groups:
        after = {"document": document, **details}
        audit.record_access(session, actor, audit.PRINT, "group", g.id, group_id=g.id,
                            details=after)  # fmt: skip


def reporting_letters(
    session: Session, kind: str, decisions: Collection[str], group_ids: Sequence[int]
) -> dict[int, Letter]:
    """For each group whose latest decision (a status in ``decisions``) an issued letter of
    ``kind`` already reports, that letter.

    "Reports" follows the audit trail's order, not the clocks: the letter's ``issue``
    event comes after the decision's ``status`` event. Clerks' PCs on a shared server
    never agree to the second; the hash-chained trail is written one event at a time.
    """
    ids = sorted(set(group_ids))
    letters: dict[str, Letter] = {}
    for part in chunks(ids):
        query = (
            select(Letter)
            .join(LetterGroup, LetterGroup.letter_id == Letter.id)
            .where(Letter.kind == kind, Letter.state == ISSUED, LetterGroup.group_id.in_(part))
        )
        letters.update((str(x.id), x) for x in session.scalars(query))
    found: dict[int, Letter] = {}
    events = select(AuditEvent.group_id, AuditEvent.action, AuditEvent.entity,
                    AuditEvent.entity_id, AuditEvent.after).order_by(AuditEvent.id)  # fmt: skip
    for part in chunks(ids):
        wanted = events.where(AuditEvent.group_id.in_(part), AuditEvent.action.in_(_STEPS))
        for gid, action, entity, entity_id, after in session.execute(wanted):
            if action == audit.STATUS and (after or {}).get("status") in decisions:
                found.pop(gid, None)
            elif action == _ISSUE and entity == "letter" and entity_id in letters:
                found[gid] = letters[entity_id]
    return found


def register(
    session: Session, actor: Actor, office: Office, *, kind: str, groups: Sequence[Group],
    on: dt.date, now: dt.datetime, number: str | None, paper: str, snapshot: dict[str, Any],
    render: Callable[[str, str], bytes],
) -> Paper:  # fmt: skip
    """Number, register entry, the PDF (``render(number, code)``), its stored copy, audit."""
    text, serial = take_number(session, office, on, number)
    members = sum(len(g.members) for g in groups)
    code = make_code(signing_key(office), text, on, len(groups), members)
    letter = Letter(kind=kind, number=text, year=on.year, serial=serial, state=ISSUED,
                    paper=paper, letter_date=on, signatory=snapshot,
                    signing_mode=snapshot["signing_mode"], issued_by_id=actor.user_id,
                    issued_at=now)  # fmt: skip
    session.add(letter)
    session.flush()
    session.add_all(LetterGroup(letter_id=letter.id, group_id=g.id) for g in groups)
    pdf = render(text, code)
    sha = hashlib.sha256(pdf).hexdigest()
    stored = Attachment(kind="letter_pdf", file_name=file_name(text).replace("surat-", f"{kind}-"),
                        data=pdf, sha256=sha, media_type="application/pdf", size=len(pdf),
                        created_by_id=actor.user_id)  # fmt: skip
    session.add(stored)
    session.flush()
    letter.pdf_attachment_id, letter.pdf_sha256 = stored.id, sha
    after = {"number": text, "kind": kind, "paper": paper, "date": on, "state": ISSUED,
             "groups": [g.id for g in groups], "pdf_sha256": sha}  # fmt: skip
    for g in groups:
        audit.record(session, actor, _ISSUE, "letter", letter.id, group_id=g.id, after=after)
    ids = tuple(g.id for g in groups)
    return Paper(kind, pdf, ids, number=text, letter_id=letter.id, letter_date=on)
