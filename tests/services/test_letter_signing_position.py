"""Who signs names the position: signature block, REKOMENDASI's Jabatan and Lampiran heading.

The office has renamed itself (Disnakertrans) and a Plt. signs as 'Plt. Kepala Dinas
Tenaga Kerja dan Transmigrasi'; the former head, Kepala Dinas Ketenagakerjaan, is still
an active signatory. Every place on the letter that names the signing position must
take it from the Plt., never from that other head.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tkm_desktop.documents.letter import issuer_heading
from tkm_desktop.domain.letters import KIND_LETTER, KIND_RECOMMENDATION
from tkm_desktop.services import letters
from tkm_desktop.services.context import Actor
from tkm_desktop.services.letter_content import signature
from tkm_desktop.services.letter_sample import Sample, seed_sample
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import Office, Signatory

NOW = dt.datetime(2024, 12, 22, 3, 0, tzinfo=dt.UTC)
ACTING = "KEPALA DINAS TENAGA KERJA DAN TRANSMIGRASI KOTA BEKASI"
OLD_HEAD = "KEPALA DINAS KETENAGAKERJAAN"


@pytest.fixture
def sample(db: Database) -> Sample:
    found = seed_sample(db, groups=2, members=10)
    with db.session() as s:
        s.scalars(select(Office)).one().office_name = "DINAS TENAGA KERJA DAN TRANSMIGRASI"
        head = s.scalars(select(Signatory)).one()
        assert head.signing_mode is None and head.active  # the former head stays active
        assert head.position.upper().startswith(OLD_HEAD)
    return found


def add_signatory(db: Database, position: str, mode: str | None, *, default: bool) -> None:
    with db.session() as s:
        if default:
            for other in s.scalars(select(Signatory)):
                other.is_default = False
        s.add(
            Signatory(
                name="Drs. Budi Santoso, M.M.",
                position=position,
                rank="Pembina Tk. I (IV/b)",
                nip="197003151995031002",
                signing_mode=mode,
                active=True,
                is_default=default,
            )
        )


def issue(db: Database, sample: Sample, kind: str, group: int = 0) -> list[str]:
    actor = Actor("cli", "tester", sample.users["pejabat"], "pejabat", "pejabat")
    issued = letters.issue_letter(db, actor, [sample.group_ids[group]], kind=kind, now=NOW)
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(issued.pdf)).pages]


@pytest.mark.parametrize("mode", ["Plt.", "Plh."])
def test_a_stand_in_names_the_position_acted_for_everywhere(
    db: Database, sample: Sample, mode: str
) -> None:
    add_signatory(db, ACTING, mode, default=True)
    first, *rest = issue(db, sample, KIND_RECOMMENDATION)
    lampiran = " ".join(rest)
    acting = f"{mode} {ACTING}"
    assert f"Jabatan : {acting}" in first  # the identity lines of the REKOMENDASI
    assert f"{acting}, Drs. Budi Santoso, M.M." in first  # the signature block
    assert f"LAMPIRAN REKOMENDASI {acting} NOMOR" in lampiran
    assert f"{acting}, Drs. Budi Santoso, M.M." in lampiran  # the Lampiran's signature
    for page in (first, lampiran):
        assert OLD_HEAD not in page.upper()


def test_a_letter_to_the_ministry_signed_by_a_plt_is_consistent(
    db: Database, sample: Sample
) -> None:
    add_signatory(db, ACTING.title(), "Plt.", default=True)  # typed in running-text case
    first, *rest = issue(db, sample, KIND_LETTER, group=1)
    lampiran = " ".join(rest)
    assert f"Plt. {ACTING}, Drs. Budi Santoso, M.M." in first
    assert f"LAMPIRAN SURAT Plt. {ACTING} NOMOR" in lampiran
    assert f"Plt. {ACTING}, Drs. Budi Santoso, M.M." in lampiran
    assert OLD_HEAD not in " ".join([first, lampiran]).upper()


def test_a_signer_for_the_head_names_the_head_and_their_own_position(
    db: Database, sample: Sample
) -> None:
    with db.session() as s:
        s.scalars(select(Signatory)).one().position = ACTING.title()  # the head, renamed
    add_signatory(db, "Sekretaris", "a.n.", default=True)
    first, *rest = issue(db, sample, KIND_RECOMMENDATION)
    lampiran = " ".join(rest)
    assert "Jabatan : Sekretaris" in first
    assert f"a.n. {ACTING}, Sekretaris, Drs. Budi Santoso, M.M." in first
    assert f"LAMPIRAN REKOMENDASI {ACTING} NOMOR" in lampiran
    assert f"a.n. {ACTING}, Sekretaris, Drs. Budi Santoso, M.M." in lampiran


def test_the_head_signing_in_person_names_their_own_position(db: Database, sample: Sample) -> None:
    add_signatory(db, ACTING, None, default=True)  # a new head; the former one still listed
    first, *rest = issue(db, sample, KIND_RECOMMENDATION)
    assert f"Jabatan : {ACTING}" in first
    assert f"{ACTING}, Drs. Budi Santoso, M.M." in first
    assert f"LAMPIRAN REKOMENDASI {ACTING} NOMOR" in " ".join(rest)
    assert OLD_HEAD not in " ".join([first, *rest]).upper()


def snapshot(position: str, mode: str | None, head: str) -> dict[str, object]:
    return {"name": "Budi", "position": position, "rank": "", "nip": "", "signing_mode": mode,
            "head_position": head}  # fmt: skip


def test_a_stored_snapshot_with_another_heads_position_still_signs_as_the_plt() -> None:
    # Letters issued before the fix kept the other head's position as head_position.
    sig = signature(snapshot(ACTING, "Plt.", "Kepala Dinas Ketenagakerjaan Kota Bekasi"))
    assert sig.position_lines == (f"Plt. {ACTING},",)
    assert sig.position == f"Plt. {ACTING}"


def test_a_plt_typed_into_the_position_is_not_printed_twice() -> None:
    sig = signature(snapshot(f"Plh.  {ACTING.title()}", "Plh.", ""))
    assert sig.position_lines == (f"Plh. {ACTING},",)
    assert sig.position == f"Plh. {ACTING.title()}"


def test_the_lampiran_heading_keeps_plt_as_written() -> None:
    assert issuer_heading("Plt. Kepala Dinas X") == "Plt. KEPALA DINAS X"
    assert issuer_heading("Kepala Dinas X") == "KEPALA DINAS X"
