"""The verification papers an office files: Lembar Hasil Verifikasi, Berita Acara Hasil
Verifikasi, Surat Pengembalian Usulan and Rekap usulan. One call per paper, bytes back.

Each use case needs PRINT_DOCUMENT, returns a ``Paper`` and leaves audit events. The
Berita Acara and the Surat Pengembalian are letters: numbered from the outgoing
register the recommendation letters use, entry, stored PDF and audit in ONE
transaction (``paper_register.register``); ``draft=True`` prints a KONSEP instead
(no number, watermarked, not stored). The sheet and the return letter vet their
groups again first (as deciding does), so they print the data as it stands.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.documents.letter import Signature
from tkm_desktop.documents.minutes import MinutesContent, MinutesRow, minutes_class
from tkm_desktop.documents.paperwork import MS, PERBAIKAN, SHORT, TMS
from tkm_desktop.documents.paperwork_texts import (
    MINUTES,
    RECAP,
    RETURN,
    SHEET,
    fill_text,
    load_texts,
)
from tkm_desktop.documents.recap import RecapContent, recap_class
from tkm_desktop.documents.return_letter import ReturnContent, return_letter_class
from tkm_desktop.documents.verification_sheet import SheetContent, sheet_class
from tkm_desktop.domain.dates import format_long
from tkm_desktop.domain.numbering import DEFAULT_PATTERN
from tkm_desktop.domain.status import GroupStatus, label
from tkm_desktop.excel.recap_writer import recap_workbook
from tkm_desktop.services import audit
from tkm_desktop.services import letter_content as lc
from tkm_desktop.services import paperwork_content as pc
from tkm_desktop.services.browse import GroupFilter
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.groups import GroupState, group_states
from tkm_desktop.services.letter_code import pdf_token
from tkm_desktop.services.letters import Deliver, blank_number, letter_office
from tkm_desktop.services.paper_register import (
    PDF,
    XLSX,
    Paper,
    load_groups,
    print_event,
    register,
    render_pdf,
    reporting_letters,
    start,
    watermark,
)
from tkm_desktop.services.recap import recap_figures
from tkm_desktop.services.return_workbook import FIRST_MEMBER_ROW, return_workbook
from tkm_desktop.services.settings import numbering_is_manual
from tkm_desktop.services.vetting import vet_in_session
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import FindingAck, Group, Office

__all__ = [
    "KINDS",
    "PDF",
    "XLSX",
    "Paper",
    "PaperPlan",
    "issue_minutes",
    "issue_return_letter",
    "minutes_candidates",
    "minutes_plan",
    "print_recap",
    "print_verification_sheet",
    "return_plan",
]

KIND_SHEET, KIND_MINUTES, KIND_RETURN, KIND_RECAP = SHEET, MINUTES, RETURN, RECAP
KINDS = (KIND_SHEET, KIND_MINUTES, KIND_RETURN, KIND_RECAP)
_RESULT_ORDER = {MS: 0, TMS: 1, PERBAIKAN: 2}


@dataclass(frozen=True)
class PaperPlan:
    """What the window asks before a numbered paper: whether the clerk types the number,
    and the groups the paper may be for (id, name, status)."""

    manual_number: bool
    groups: tuple[GroupState, ...]


def minutes_plan(db: Database) -> PaperPlan:
    """The groups a new berita acara may report (``minutes_candidates``)."""
    with db.reader() as session:
        rows = group_states(session, minutes_candidates(session))
        return PaperPlan(numbering_is_manual(session), tuple(rows))


def return_plan(db: Database, group_id: int) -> PaperPlan:
    """The one group a return letter is for; refused when it is gone."""
    with db.reader() as session:
        rows = group_states(session, [group_id])
        if not rows:
            raise InputRefused(f"Kelompok {group_id} tidak ada (mungkin sudah dihapus).")
        return PaperPlan(numbering_is_manual(session), tuple(rows))


def _blank(office: Office, on: dt.date) -> str:
    return blank_number(office.letter_number_pattern or DEFAULT_PATTERN, on)


# --- Lembar Hasil Verifikasi ---------------------------------------------------------------


def print_verification_sheet(
    db: Database, actor: Actor, group_ids: Sequence[int], *, paper: str = "a4",
    demo: bool = False, now: dt.datetime | None = None, deliver: Deliver | None = None,
) -> Paper:  # fmt: skip
    """One Lembar Hasil Verifikasi per group, in one PDF (each sheet on its own pages);
    the print is recorded after ``deliver`` (when given) has written it."""
    now, on = start(actor, paper, now)
    with db.session() as session:
        office = letter_office(session)
        team = pc.verification_team(session)
        groups = load_groups(session, group_ids)
        ids = [g.id for g in groups]
        vets = {v.id: v for v in vet_in_session(session, actor, ids, record_event=False).groups}
        decisions = pc.decisions_of(session, ids)
        acks = select(FindingAck).where(FindingAck.group_id.in_(ids)).order_by(FindingAck.id)
        notes = {(a.group_id, a.code, a.nik): a.note for a in session.scalars(acks)}
        texts = load_texts(SHEET)
        sheets = []
        for g in groups:
            own = {(code, nik): note for (gid, code, nik), note in notes.items() if gid == g.id}
            values = pc.common_values(office, [g])
            sheets.append(pc.sheet_group(g, vets[g.id], decisions.get(g.id), own, texts, values))
        content = SheetContent(tuple(sheets), team, lc.place_of(office), format_long(on))
        pdf = render_pdf(sheet_class(paper), content, office, title="Lembar Hasil Verifikasi",
                         marks=watermark(draft=False, demo=demo), created=now)  # fmt: skip
        sha = hashlib.sha256(pdf).hexdigest()
        if deliver is not None:
            deliver(pdf)
        print_event(session, actor, KIND_SHEET, groups, paper=paper, sha256=sha)
        return Paper(KIND_SHEET, pdf, tuple(ids))


# --- Berita Acara Hasil Verifikasi -------------------------------------------------------


def minutes_candidates(session: Session) -> list[int]:
    """Groups with a verification decision that no issued berita acara reports yet."""
    rows = session.execute(
        select(Group.id, Group.status)
        .where(Group.status.not_in([GroupStatus.DIUSULKAN.value, GroupStatus.DIBATALKAN.value]))
        .order_by(Group.id)
    ).all()
    ids = [gid for gid, _ in rows]
    decisions = pc.decisions_of(session, ids)
    reported = reporting_letters(session, KIND_MINUTES, pc.DECISIONS, ids)
    return [
        gid
        for gid, status in rows
        if pc.decided_result(status, decisions.get(gid)) is not None and gid not in reported
    ]


def _minutes_rows(session: Session, groups: list[Group]) -> list[tuple[Group, str, str]]:
    """(group, result, reason) in the berita acara's order: MS, TMS, then the returned."""
    ids = [g.id for g in groups]
    decisions = pc.decisions_of(session, ids)
    reported = reporting_letters(session, KIND_MINUTES, pc.DECISIONS, ids)
    problems, rows = [], []
    for g in groups:
        decided = pc.decided_result(g.status, decisions.get(g.id))
        done = reported.get(g.id)
        if decided is None:
            problems.append(f"Kelompok {g.id} ({g.name}) berstatus {label(g.status)}: belum ada "
                            "hasil verifikasi untuk dimuat dalam berita acara.")  # fmt: skip
        elif done is not None:
            problems.append(f"Kelompok {g.id} ({g.name}) sudah dimuat dalam Berita Acara Nomor "
                            f"{done.number}; cetak ulang: letters reprint {done.id}.")  # fmt: skip
        else:
            rows.append((g, *decided))
    if problems:
        raise InputRefused(problems)
    return sorted(rows, key=lambda r: (_RESULT_ORDER[r[1]], r[0].id))


def issue_minutes(
    db: Database, actor: Actor, group_ids: Sequence[int] | None = None, *, paper: str = "a4",
    draft: bool = False, number: str | None = None, demo: bool = False,
    now: dt.datetime | None = None, deliver: Deliver | None = None,
) -> Paper:  # fmt: skip
    """The Berita Acara of the groups (none named: ``minutes_candidates``); numbered unless
    a ``draft``. Groups a berita acara already reports are refused."""
    now, on = start(actor, paper, now)
    with db.session() as session:
        audit.lock_chain(session)  # first the chain, then the serial: the letters' order
        office = letter_office(session)
        team = pc.verification_team(session)
        ids = list(group_ids or minutes_candidates(session))
        if not ids:
            raise InputRefused("Tidak ada hasil verifikasi yang belum dimuat dalam berita acara; "
                               "sebutkan GROUP_ID untuk memilih kelompok.")  # fmt: skip
        rows = _minutes_rows(session, load_groups(session, ids))
        groups = [g for g, _, _ in rows]
        snapshot = lc.signatory_snapshot(session, office, lc.current_signatory(session))
        texts = load_texts(MINUTES)
        counts = {r: sum(1 for _, x, _ in rows if x == r) for r in (MS, TMS, PERBAIKAN)}
        values = {
            **pc.common_values(office, groups),
            **pc.day_in_words(on),
            "alamat_kantor": office.address,
            "jumlah_kelompok": lc.counted(len(rows)),
            "jumlah_ms": lc.counted(counts[MS]),
            "jumlah_tms": lc.counted(counts[TMS]),
            "jumlah_perbaikan": lc.counted(counts[PERBAIKAN]),
            "tempat": "",
        }
        values["tempat"] = fill_text(texts.text("berita_acara", "tempat"), values)
        sign = lc.signature(snapshot)
        sign = dataclasses.replace(sign, position_lines=("Mengetahui,", *sign.position_lines))

        def t(key: str) -> str:
            return fill_text(texts.text("berita_acara", key), values)

        def render(number_text: str, code: str | None) -> bytes:
            content = MinutesContent(
                title=(t("judul"), t("subjudul")),
                number_text=number_text,
                opening=t("pembuka"),
                team=team,
                introduction=t("pengantar"),
                rows=tuple(
                    MinutesRow(g.name, lc.group_area(g), len(g.members), SHORT[r], why)
                    for g, r, why in rows
                ),
                counts=(
                    ("Memenuhi Syarat (MS)", counts[MS]),
                    ("Tidak Memenuhi Syarat (TMS)", counts[TMS]),
                    ("Dikembalikan untuk perbaikan", counts[PERBAIKAN]),
                    ("Jumlah", len(rows)),
                ),
                summary=t("ringkasan"),
                closing=t("penutup"),
                place=lc.place_of(office),
                date_text=lc.draft_date(on) if draft else format_long(on),
                signature=sign,
                copies=pc.fill_all(texts.texts("berita_acara", "tembusan"), values),
                qr_text=code,
            )
            keywords = f"TKM; {KIND_MINUTES}; {pdf_token(code)}" if code else ""
            return render_pdf(minutes_class(paper), content, office, title=t("judul"),
                              marks=watermark(draft=draft, demo=demo), created=now,
                              keywords=keywords)  # fmt: skip

        if draft:
            pdf = render(_blank(office, on), None)
            if deliver is not None:
                deliver(pdf)
            print_event(session, actor, f"konsep {KIND_MINUTES}", groups, paper=paper)
            return Paper(KIND_MINUTES, pdf, tuple(g.id for g in groups))
        return register(session, actor, office, kind=KIND_MINUTES, groups=groups, on=on, now=now,
                        number=number, paper=paper, snapshot=snapshot, render=render)  # fmt: skip


# --- Surat Pengembalian Usulan -------------------------------------------------------------


def issue_return_letter(
    db: Database, actor: Actor, group_id: int, *, paper: str = "a4", draft: bool = False,
    number: str | None = None, demo: bool = False, now: dt.datetime | None = None,
    deliver: Deliver | None = None,
) -> Paper:  # fmt: skip
    """The letter returning a group's proposal to its village; ``attachment`` is the roster
    workbook with what to fix marked on each row. One issued letter per return."""
    now, on = start(actor, paper, now)
    with db.session() as session:
        audit.lock_chain(session)
        office = letter_office(session)
        [group] = load_groups(session, [group_id])
        if group.status != GroupStatus.DIKEMBALIKAN:
            raise InputRefused(
                f"Kelompok {group.id} ({group.name}) berstatus {label(group.status)}; surat "
                f"pengembalian hanya untuk kelompok berstatus {label(GroupStatus.DIKEMBALIKAN)}."
            )
        decision = pc.decisions_of(session, [group.id]).get(group.id)
        returned = {GroupStatus.DIKEMBALIKAN.value}
        earlier = reporting_letters(session, KIND_RETURN, returned, [group.id]).get(group.id)
        if not draft and earlier is not None:
            raise InputRefused(
                f"Surat pengembalian kelompok {group.id} ({group.name}) sudah terbit: Nomor "
                f"{earlier.number}; cetak ulang: letters reprint {earlier.id}."
            )
        vet = vet_in_session(session, actor, [group.id], record_event=False).groups[0]
        snapshot = lc.signatory_snapshot(session, office, lc.current_signatory(session))
        texts = load_texts(RETURN)
        values = pc.return_values(office, group)
        reason = decision.reason if decision and decision.status == group.status else ""

        def t(key: str) -> str:
            return fill_text(texts.text("pengembalian", key), values)

        def render(number_text: str, code: str | None) -> bytes:
            content = ReturnContent(
                place=lc.place_of(office),
                date_text=lc.draft_date(on) if draft else format_long(on),
                number_text=number_text,
                subject=t("hal"),
                sifat=t("sifat"),
                attachment_text=t("lampiran"),
                addressee=pc.fill_all(texts.texts("pengembalian", "kepada"), values),
                addressee_place=t("di"),
                body=pc.fill_all(texts.texts("pengembalian", "isi"), values),
                closing=t("penutup"),
                reason=reason,
                fixes=pc.fix_lines(group, vet, FIRST_MEMBER_ROW),
                signature=lc.signature(snapshot),
                copies=pc.fill_all(texts.texts("pengembalian", "tembusan"), values),
                qr_text=code,
            )
            keywords = f"TKM; {KIND_RETURN}; {pdf_token(code)}" if code else ""
            return render_pdf(return_letter_class(paper), content, office, title=t("hal"),
                              marks=watermark(draft=draft, demo=demo), created=now,
                              keywords=keywords)  # fmt: skip

        workbook = return_workbook(group, vet)
        if draft:
            pdf = render(_blank(office, on), None)
            if deliver is not None:
                deliver(pdf)
            print_event(session, actor, f"konsep {KIND_RETURN}", [group], paper=paper)
            return Paper(KIND_RETURN, pdf, (group.id,), attachment=workbook)
        issued = register(session, actor, office, kind=KIND_RETURN, groups=[group], on=on,
                          now=now, number=number, paper=paper, snapshot=snapshot,
                          render=render)  # fmt: skip
        return dataclasses.replace(issued, attachment=workbook)


# --- Rekap usulan ----------------------------------------------------------------------------


def print_recap(
    db: Database, actor: Actor, flt: GroupFilter | None = None,
    group_ids: Sequence[int] | None = None, *, file_type: str = PDF, paper: str = "a4",
    demo: bool = False, now: dt.datetime | None = None, deliver: Deliver | None = None,
) -> Paper:  # fmt: skip
    """The recap of the groups the list's filter lets through (and among ``group_ids``, if
    given), as a PDF or a workbook (``file_type`` 'pdf' or 'xlsx')."""
    now, on = start(actor, paper, now)
    if file_type not in (PDF, XLSX):
        raise InputRefused(f"Rekap ditulis sebagai PDF atau XLSX, bukan '{file_type}'.")
    with db.session() as session:
        office = letter_office(session)
        figures = recap_figures(session, flt, group_ids)
        if not figures.groups:
            raise InputRefused("Tidak ada kelompok yang sesuai dengan saringan ini.")
        texts = load_texts(RECAP)
        values = {"tanggal": format_long(on), "kantor": pc.common_values(office, [])["kantor"]}
        titles = (fill_text(texts.text("rekap", "judul"), values), figures.filter_text,
                  fill_text(texts.text("rekap", "keadaan"), values))  # fmt: skip
        if file_type == XLSX:
            data = recap_workbook(figures, (values["kantor"], *titles))
        else:
            content = RecapContent(titles, figures, lc.place_of(office), format_long(on),
                                   _recap_signature(session, office))  # fmt: skip
            data = render_pdf(recap_class(paper), content, office, title="Rekap Usulan",
                              marks=watermark(draft=False, demo=demo), created=now)  # fmt: skip
        sha = hashlib.sha256(data).hexdigest()
        if deliver is not None:
            deliver(data)
        details = {"document": KIND_RECAP, "format": file_type, "filter": figures.filter_text,
                   "groups": len(figures.groups), "sha256": sha}  # fmt: skip
        audit.record_access(session, actor, audit.PRINT, "recap", "", details=details)
        return Paper(KIND_RECAP, data, tuple(g.id for g in figures.groups), file_type=file_type)


def _recap_signature(session: Session, office: Office) -> Signature | None:
    """The head's signature; none while no signatory is set (a recap may go out unsigned)."""
    try:
        return lc.signature(lc.signatory_snapshot(session, office, lc.current_signatory(session)))
    except InputRefused:
        return None
