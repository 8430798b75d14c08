"""From the database to the words of the verification papers: results, findings, dates in words.

Like ``letter_content`` for the recommendation letter (whose letterhead, signature,
address and grant helpers it reuses): everything is formatted here with the domain's
functions and handed to ``documents`` as plain strings; nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.documents.letter import with_kelompok
from tkm_desktop.documents.paperwork import MS, PERBAIKAN, TMS, TeamMember
from tkm_desktop.documents.paperwork_texts import fill_text
from tkm_desktop.documents.return_letter import FixLine
from tkm_desktop.documents.templates import LetterTemplate
from tkm_desktop.documents.verification_sheet import FindingLine, SheetGroup
from tkm_desktop.domain.dates import format_long
from tkm_desktop.domain.money import format_rupiah, terbilang
from tkm_desktop.domain.nik import mask_nik
from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.domain.workflow import HOLDING
from tkm_desktop.services import letter_content as lc
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.vetting_report import FindingRow, GroupVet
from tkm_desktop.store.models import Group, Office, StatusChange, VerificationTeamMember

S = GroupStatus
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
SEVERITY_ID = {"error": "Kesalahan", "warning": "Peringatan", "info": "Info"}
# The verification's own decisions; later steps keep the MS they started from.
DECISIONS = frozenset({S.DIVERIFIKASI.value, S.DITOLAK.value, S.DIKEMBALIKAN.value})
_PASSED = frozenset({S.DIVERIFIKASI, S.TIDAK_DITETAPKAN, *HOLDING})
_RESULT_OF = {S.DIVERIFIKASI.value: MS, S.DITOLAK.value: TMS, S.DIKEMBALIKAN.value: PERBAIKAN}


# --- the team and the common words ----------------------------------------------------


def verification_team(session: Session) -> tuple[TeamMember, ...]:
    """The active team members in their order; refused while the team is empty."""
    rows = session.scalars(
        select(VerificationTeamMember)
        .where(VerificationTeamMember.active)
        .order_by(VerificationTeamMember.sort_order, VerificationTeamMember.id)
    ).all()
    if not rows:
        raise InputRefused(
            "Belum ada anggota Tim Verifikasi yang aktif. "
            "Isi dahulu di Pengaturan → Tim Verifikasi, atau dengan perintah "
            "`tkm-desktop team add --name NAMA --user ADMIN`."
        )
    return tuple(
        TeamMember(m.name, f"NIP {lc._nip(m.nip)}" if m.nip.strip() else "", m.position)
        for m in rows
    )


def common_values(office: Office, groups: Sequence[Group]) -> dict[str, str]:
    """Placeholders every paper knows: {skema}, {tahun}, {kantor}, {wilayah}, …"""
    region = lc.region_of(office)
    schemes = list(dict.fromkeys(g.scheme for g in groups))
    return {
        "skema": ", ".join(s.name for s in schemes),
        "tahun": ", ".join(dict.fromkeys(str(s.year) for s in schemes)),
        "kantor": f"{office.office_name} {region}".strip(),
        "wilayah": region,
        "kepala_daerah": lc.regional_head(region),
        "dasar": "",
    }


def day_in_words(on: dt.date) -> dict[str, str]:
    """'Senin', 'dua puluh dua', 'Desember', 'dua ribu dua puluh', '22-12-2020'."""
    return {
        "hari": DAYS_ID[on.weekday()],
        "tanggal_terbilang": terbilang(on.day),
        "bulan": format_long(on).split()[1],
        "tahun_terbilang": terbilang(on.year),
        "tanggal_angka": f"{on.day:02d}-{on.month:02d}-{on.year}",
    }


def fill_all(texts: Iterable[str], values: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(fill_text(t, values) for t in texts)


# --- the result of a verification -----------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """The last decision of the verification on a group, and why."""

    status: str
    reason: str


def decisions_of(session: Session, group_ids: Sequence[int]) -> dict[int, Decision]:
    """Each group's latest verification decision (diverifikasi, ditolak, dikembalikan)."""
    query = (
        select(StatusChange)
        .where(StatusChange.group_id.in_(list(group_ids)), StatusChange.to_status.in_(DECISIONS))
        .order_by(StatusChange.created_at, StatusChange.id)
    )
    return {c.group_id: Decision(c.to_status, c.reason.strip()) for c in session.scalars(query)}


def decided_result(status: str, decision: Decision | None) -> tuple[str, str] | None:
    """(result, reason) a decided group has, or None when the team has not decided yet."""
    if status in _PASSED:
        return MS, ""
    if status in (S.DITOLAK, S.DIKEMBALIKAN):
        same = decision is not None and decision.status == status
        return _RESULT_OF[status], decision.reason if same and decision else ""
    if status == S.DIBATALKAN and decision is not None:
        return _RESULT_OF[decision.status], decision.reason
    return None


def sheet_result(status: str, decision: Decision | None, vet: GroupVet) -> tuple[str, str]:
    """The sheet's result: the decision taken, else what the findings say now."""
    decided = decided_result(status, decision)
    if decided is not None:
        return decided
    errors, open_warnings = len(vet.errors), len(vet.unacknowledged)
    if errors or open_warnings:
        return PERBAIKAN, (
            f"Masih terdapat {errors} kesalahan dan {open_warnings} peringatan yang belum "
            "diberi catatan; keputusan belum dicatat."
        )
    return MS, "Hasil pemeriksaan data; keputusan belum dicatat."


# --- findings ---------------------------------------------------------------------------


def _members_by_id(g: Group) -> dict[int, tuple[int, Any]]:
    return {m.id: (i, m) for i, m in enumerate(g.members)}


def member_of(g: Group, f: FindingRow) -> tuple[int, Any] | None:
    """(index in the roster, Member) a finding is about, or None for the group itself."""
    found = _members_by_id(g).get(f.member_id) if f.member_id is not None else None
    if found is None and f.member_nik:
        found = next(((i, m) for i, m in enumerate(g.members) if m.nik == f.member_nik), None)
    return found


def sheet_findings(
    g: Group, vet: GroupVet, notes: Mapping[tuple[str, str], str]
) -> tuple[FindingLine, ...]:
    """Every finding with who it is about and the team's note (internal: NIKs in full)."""
    lines = []
    for f in vet.findings:
        who = member_of(g, f)
        name = f"{who[1].name} (NIK {who[1].nik})" if who else "Kelompok"
        if f.severity == "warning" and not f.acknowledged:
            note = "Belum diberi catatan."
        else:
            note = notes.get((f.code, f.member_nik), "")
        lines.append(FindingLine(name, f.message(), SEVERITY_ID.get(f.severity, f.severity), note))
    return tuple(lines)


def fix_lines(g: Group, vet: GroupVet, first_row: int) -> tuple[FixLine, ...]:
    """What the village must fix: errors and warnings without a note, per member (NIKs
    masked: the letter may be copied); ``first_row`` is the first member's row in the
    attached workbook."""
    by_who: dict[int | None, list[str]] = {}
    for f in vet.findings:
        if f.severity == "info" or f.acknowledged:
            continue
        who = member_of(g, f)
        text = f.message(masked=True)
        if f.severity == "warning":
            text += " (mohon diperiksa)"
        by_who.setdefault(who[0] if who else None, []).append(text)
    lines = []
    if None in by_who:
        lines.append(FixLine("Data kelompok", tuple(dict.fromkeys(by_who.pop(None)))))
    for index in sorted(i for i in by_who if i is not None):
        m = g.members[index]
        who = f"{m.name}\nNIK {mask_nik(m.nik)}, baris {first_row + index}"
        lines.append(FixLine(who, tuple(dict.fromkeys(by_who[index]))))
    return tuple(lines)


# --- the group's identity -------------------------------------------------------------


def _ketua(g: Group) -> str:
    return next((m.name for m in g.members if m.role.strip().lower() == "ketua"), "-")


def _recommender_letter(g: Group) -> str:
    parts = [g.recommender_title.strip() or g.recommender_name.strip()]
    if g.recommender_letter_number.strip():
        parts.append(f"Nomor {g.recommender_letter_number.strip()}")
    if g.recommender_letter_date:
        parts.append(f"tanggal {format_long(g.recommender_letter_date)}")
    return ", ".join(p for p in parts if p) or "-"


def identity(g: Group) -> tuple[tuple[str, str], ...]:
    men = sum(1 for m in g.members if m.sex == "L")
    women = sum(1 for m in g.members if m.sex == "P")
    bank = " ".join(p for p in (g.bank_name.strip(), g.account_number.strip()) if p)
    if bank and g.account_holder.strip():
        bank += f" a.n. {g.account_holder.strip()}"
    return (
        ("Nama Kelompok", f"{g.name} (ID {g.id})"),
        ("Skema", f"{g.scheme.name} ({g.scheme.code})"),
        ("Jenis Usaha", g.business_type or "-"),
        ("Alamat", lc.group_address(g) or "-"),
        ("Ketua", _ketua(g)),
        ("Jumlah Anggota", f"{len(g.members)} orang (L {men}, P {women})"),
        ("Rekening Kelompok", bank or "-"),
        ("Usulan Bantuan", format_rupiah(lc.grant_of(g))),
        ("Surat Usulan", _recommender_letter(g)),
    )


def sheet_group(
    g: Group,
    vet: GroupVet,
    decision: Decision | None,
    notes: Mapping[tuple[str, str], str],
    texts: LetterTemplate,
    values: Mapping[str, str],
) -> SheetGroup:
    received = {d.doc_type: d.received for d in g.documents}
    required = list(g.scheme.documents or ())
    checklist = [(doc, received.get(doc, False)) for doc in required]
    checklist += [(doc, ok) for doc, ok in received.items() if doc not in required]
    result, reason = sheet_result(g.status, decision, vet)
    section = "lembar_verifikasi"
    return SheetGroup(
        title=fill_all((texts.text(section, "judul"), texts.text(section, "subjudul")), values),
        identity=identity(g),
        checklist=tuple(checklist),
        findings=sheet_findings(g, vet, notes),
        result=result,
        reason=reason,
        closing=fill_text(texts.text(section, "penutup"), values),
    )


# --- the return letter's words ----------------------------------------------------------


def village_head(g: Group) -> str:
    """'Lurah Margahayu' / 'Kepala Desa Sukamaju': as the proposal named them, else by code."""
    if g.recommender_title.strip():
        return g.recommender_title.strip()
    village = lc._area_name(g.kelurahan_code, g.kelurahan_name)
    kind = lc._village_prefix(g.kelurahan_code)
    head = {"Kel. ": "Lurah", "Desa ": "Kepala Desa"}.get(kind, "Kepala Desa/Lurah")
    return f"{head} {village}".strip()


def return_values(office: Office, g: Group) -> dict[str, str]:
    number = g.recommender_letter_number.strip()
    when = format_long(g.recommender_letter_date) if g.recommender_letter_date else ""
    if number:
        letter = f"surat Saudara Nomor {number}" + (f" tanggal {when}" if when else "")
    else:
        letter = f"surat Saudara tanggal {when}" if when else "usulan Saudara"
    return {
        **common_values(office, [g]),
        "kelompok": with_kelompok(g.name),
        "nama_kelompok": g.name,
        "usaha": g.business_type or "-",
        "alamat": lc.group_address(g),
        "kelurahan": lc._area_name(g.kelurahan_code, g.kelurahan_name),
        "kecamatan": lc._area_name(g.kecamatan_code, g.kecamatan_name),
        "kepala_desa": village_head(g),
        "surat_usulan": letter,
        "jumlah_anggota": lc.counted(len(g.members)),
    }
