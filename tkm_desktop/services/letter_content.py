"""From the database to the words of a letter: letterhead, signature, groups, template texts.

Everything here formats (dates, Rupiah with words, NIP, addresses) with the domain's
functions and hands ``documents.letter`` plain strings; nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tkm_desktop.documents.base import Letterhead
from tkm_desktop.documents.letter import (
    KIND_RECOMMENDATION,
    GroupBlock,
    LetterContent,
    MemberLine,
    Signature,
    with_kelompok,
)
from tkm_desktop.documents.templates import LetterTemplate, fill
from tkm_desktop.domain import regions
from tkm_desktop.domain.dates import MONTHS_ID, format_long, format_short
from tkm_desktop.domain.errors import DomainError
from tkm_desktop.domain.letters import SIGNING_MODES
from tkm_desktop.domain.money import format_rupiah, rupiah_in_words, terbilang
from tkm_desktop.domain.nik import format_nip
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.store.models import Group, Office, Signatory

NBSP = "\u00a0"


# --- the office -------------------------------------------------------------------


def region_of(office: Office) -> str:
    """'Kota Bekasi': the office's kab/kota, from its government's name or its region code."""
    listed = regions.region_name(office.region_code) if office.region_code else None
    if listed:
        return listed
    # A letterhead is typed in capitals ("PEMERINTAH KOTA BEKASI"); running text is not.
    name = " ".join(office.government_name.split())
    if name.lower().startswith("pemerintah "):
        name = name[len("pemerintah ") :]
    return name.title() if name.isupper() else name


def place_of(office: Office) -> str:
    if office.place_name.strip():
        return office.place_name.strip()
    try:
        return regions.place_name(office.region_code)
    except ValueError:
        return region_of(office)


def regional_head(region: str) -> str:
    """'Kota Bekasi' → 'Wali Kota Bekasi'; 'Kabupaten Bogor' → 'Bupati Bogor'."""
    for prefix, head in (
        ("Kota ", "Wali Kota "),
        ("Kabupaten ", "Bupati "),
        ("Provinsi ", "Gubernur "),
    ):
        if region.lower().startswith(prefix.lower()):
            return head + region[len(prefix) :]
    return f"Kepala Daerah {region}".strip()


def letterhead(office: Office) -> Letterhead:
    contact = [
        f"{label} {value.strip()}"
        for label, value in (
            ("Telepon", office.phone),
            ("Pos-el", office.email),
            ("Laman", office.website),
        )
        if value and value.strip()
    ]
    return Letterhead(
        government=office.government_name,
        office=office.office_name,
        address=office.address,
        contact=", ".join(contact),
        logo=office.logo or None,
    )


# --- the signatory ----------------------------------------------------------------


def current_signatory(session: Session) -> Signatory:
    """The active signatory marked default (else the first active one)."""
    found = session.scalars(
        select(Signatory)
        .where(Signatory.active)
        .order_by(Signatory.is_default.desc(), Signatory.id)
    ).first()
    if found is None:
        raise InputRefused(
            "Belum ada pejabat penandatangan yang aktif. Isi dahulu di Pengaturan → "
            "Penandatangan, atau dengan perintah `tkm-desktop signatory add … --user ADMIN`."
        )
    return found


def signatory_snapshot(session: Session, office: Office, signer: Signatory) -> dict[str, Any]:
    """What the letter keeps of its signatory, so a later change never alters it."""
    if signer.signing_mode not in SIGNING_MODES:
        raise InputRefused(
            f"Cara tanda tangan '{signer.signing_mode}' tidak dikenal "
            "(pilihan: kosong, a.n., Plt., Plh.)."
        )
    if signer.signing_mode == "a.n.":
        # Signing in the head's name: the head's position is the active head signatory's.
        head = session.scalars(
            select(Signatory.position)
            .where(Signatory.active, Signatory.signing_mode.is_(None))
            .order_by(Signatory.is_default.desc(), Signatory.id)
        ).first()
    else:
        # The head, or a Plt./Plh. in the head's seat: their own position is the one signed
        # for, never another (perhaps outdated) head signatory's.
        head = acted_position(signer.position, signer.signing_mode)
    return {
        "name": signer.name,
        "position": signer.position,
        "rank": signer.rank,
        "nip": signer.nip,
        "signing_mode": signer.signing_mode,
        "head_position": head or f"Kepala {office.office_name} {region_of(office)}",
    }


def acted_position(position: str, mode: str | None) -> str:
    """A head's or a Plt./Plh.'s position, without the 'Plt.'/'Plh.' an office may type in it."""
    words = " ".join(position.split())
    if mode in ("Plt.", "Plh.") and words.lower().startswith(mode.lower()):
        words = words[len(mode) :].strip()
    return words


def signing_position(snapshot: dict[str, Any]) -> str:
    """The position the letter is signed in, as the letter names it wherever it does.

    The head: their position. Plt./Plh.: 'Plt. <the position acted for>', from the
    signatory who signs. a.n.: the signer's own position (they sign for the head)."""
    mode = snapshot.get("signing_mode")
    if mode in ("Plt.", "Plh."):
        return f"{mode} {acted_position(snapshot['position'], mode)}"
    return " ".join(snapshot["position"].split())


def issuer_of(snapshot: dict[str, Any]) -> str:
    """Whose letter it is, for 'LAMPIRAN SURAT …': the head's seat as the signature names it."""
    if snapshot.get("signing_mode") == "a.n.":
        return " ".join(snapshot["head_position"].split())
    return signing_position(snapshot)


def _nip(nip: str) -> str:
    try:
        return format_nip(nip)
    except DomainError:
        return " ".join(nip.split())  # printed as the office typed it


def signature(snapshot: dict[str, Any]) -> Signature:
    mode = snapshot.get("signing_mode")
    position = signing_position(snapshot)
    if mode == "a.n.":
        head = " ".join(snapshot["head_position"].split()).upper()
        lines: tuple[str, ...] = (f"a.n. {head},", f"{position},")
    elif mode in ("Plt.", "Plh."):
        # From the signer's own position, not head_position: older snapshots kept the
        # (perhaps outdated) head signatory's position there.
        lines = (f"{mode} {acted_position(snapshot['position'], mode).upper()},",)
    else:
        lines = (f"{position.upper()},",)
    nip = _nip(snapshot["nip"]) if snapshot.get("nip") else ""
    return Signature(
        position_lines=lines,
        name=snapshot["name"],
        rank=snapshot.get("rank") or "",
        nip=f"NIP {nip}" if nip else "",
        position=position,
        nip_digits=nip,
    )


# --- the groups -------------------------------------------------------------------


def _area_name(code: str, fallback: str) -> str:
    return (regions.region_name(code) if code else None) or fallback


def _village_prefix(code: str) -> str:
    # Kemendagri codes: a village part starting with 1 is a kelurahan, with 2 a desa.
    last = code.rsplit(".", 1)[-1] if code.count(".") == 3 else ""
    return {"1": "Kel. ", "2": "Desa "}.get(last[:1], "")


def group_address(g: Group) -> str:
    village = _area_name(g.kelurahan_code, g.kelurahan_name)
    district = _area_name(g.kecamatan_code, g.kecamatan_name)
    parts = [g.street.strip()]
    if g.rt_rw.strip():
        parts[0] = f"{parts[0]} RT/RW {g.rt_rw.strip()}".strip()
    if village:
        parts.append(_village_prefix(g.kelurahan_code) + village)
    if district:
        parts.append(f"Kec. {district}")
    return ", ".join(p for p in parts if p)


def group_area(g: Group) -> str:
    village = _area_name(g.kelurahan_code, g.kelurahan_name)
    district = _area_name(g.kecamatan_code, g.kecamatan_name)
    return ", ".join(p for p in (village, district) if p)


def grant_of(g: Group) -> Decimal:
    """The grant asked for: the budget plan's total, else the scheme's ceiling."""
    total = sum((b.quantity * b.unit_price for b in g.budget_items), Decimal(0))
    return total if total > 0 else Decimal(g.scheme.grant_ceiling)


def rupiah_text(amount: Decimal) -> str:
    """'Rp40.000.000,00 (empat puluh juta rupiah)'."""
    return f"{format_rupiah(amount)} ({rupiah_in_words(amount)})"


def counted(n: int) -> str:
    return f"{n} ({terbilang(n)})"


def _member_line(g: Group, m: Any) -> MemberLine:
    birth = ", ".join(
        p for p in (m.birth_place.strip(), format_short(m.birth_date) if m.birth_date else "") if p
    )
    address = m.address.strip()
    if m.rt_rw.strip() and "rt" not in address.lower():
        address = f"{address} RT/RW {m.rt_rw.strip()}".strip()
    village = _area_name(m.kelurahan_code or g.kelurahan_code, "")
    if village and village.lower() not in address.lower():
        address = f"{address}, {village}" if address else village
    return MemberLine(m.nik, m.name, m.sex, birth, address, m.role)


def group_block(g: Group) -> GroupBlock:
    return GroupBlock(
        name=g.name,
        business=g.business_type,
        address=group_address(g),
        area=group_area(g),
        grant=rupiah_text(grant_of(g)),
        members=tuple(_member_line(g, m) for m in g.members),
    )


# --- the whole letter -------------------------------------------------------------


def draft_date(on: dt.date) -> str:
    """'        Desember 2024': the day is written in by hand when the letter is signed."""
    return NBSP * 10 + f"{MONTHS_ID[on.month - 1]} {on.year}"


def build_content(
    *,
    kind: str,
    office: Office,
    snapshot: dict[str, Any],
    groups: Sequence[Group],
    template: LetterTemplate,
    number_text: str,
    letter_date: dt.date,
    draft: bool,
    qr_text: str | None,
) -> LetterContent:
    """Every word of the letter, its Lampiran and signature block."""
    region = region_of(office)
    grants = [grant_of(g) for g in groups]
    members = sum(len(g.members) for g in groups)
    scheme = groups[0].scheme
    same_grant = len(set(grants)) == 1
    values = {
        "nama_kelompok": ", ".join(g.name for g in groups),
        "kelompok": ", ".join(with_kelompok(g.name) for g in groups),
        "usaha": ", ".join(dict.fromkeys(g.business_type for g in groups)),
        "alamat": "; ".join(group_address(g) for g in groups),
        "jumlah_anggota": counted(members),
        "jumlah_kelompok": counted(len(groups)),
        "bantuan": rupiah_text(grants[0]) if same_grant else "sebagaimana tercantum dalam Lampiran",
        "jumlah_bantuan": rupiah_text(sum(grants, Decimal(0))),
        "skema": scheme.name,
        "tahun": str(scheme.year),
        "wilayah": region,
        "kantor": f"{office.office_name} {region}".strip(),
        "kepala_daerah": regional_head(region),
    }
    values["dasar"] = fill(template.text("umum", "dasar"), values)
    section = "rekomendasi" if kind == KIND_RECOMMENDATION else "surat"
    body_key = "isi_satu_kelompok" if len(groups) == 1 else "isi_beberapa_kelompok"
    sig = signature(snapshot)

    def t(key: str, part: str = "surat") -> str:
        return fill(template.text(part, key), values)

    return LetterContent(
        kind=kind,
        place=place_of(office),
        date_text=draft_date(letter_date) if draft else format_long(letter_date),
        number_text=number_text,
        subject=t("hal"),
        sifat=t("sifat"),
        attachment_text=t("lampiran"),
        addressee=tuple(fill(x, values) for x in template.texts("surat", "kepada")),
        addressee_place=t("di"),
        body=tuple(fill(x, values) for x in template.texts(section, body_key)),
        closing=t("penutup", section),
        groups=tuple(group_block(g) for g in groups),
        signature=sig,
        copies=tuple(fill(x, values) for x in template.texts(section, "tembusan")),
        attachment_title=t("judul", "lampiran"),
        issuer=issuer_of(snapshot),
        title=t("judul", "rekomendasi"),
        opening=t("pembuka", "rekomendasi"),
        introduction=t("pengantar", "rekomendasi"),
        several_groups=t("beberapa_kelompok", "rekomendasi"),
        qr_text=qr_text,
    )
