"""The first-run wizard's services: state read from the database, each step, skip, resume."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from tkm_desktop.domain.status import GroupStatus
from tkm_desktop.services import first_run, settings, users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.first_run import STEPS
from tkm_desktop.services.settings import NumberingSettings
from tkm_desktop.services.signatories import SignatoryData
from tkm_desktop.store.db import Database

HEAD = SignatoryData(
    name="Drs. H. Ika Indah Yarti, M.Si.",
    position="KEPALA DINAS KETENAGAKERJAAN KOTA BEKASI",
    rank="Pembina Utama Muda (IV/c)",
    nip="196804111993031009",
)


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


def state(db: Database) -> first_run.FirstRunState:
    with db.reader() as s:
        return first_run.first_run_state(s)


def default_scheme_id(db: Database) -> int:
    from tkm_desktop.services.bootstrap import default_scheme

    with db.reader() as s:
        return default_scheme(s).id


def walk(db: Database, upto: str) -> Actor:
    """Run the wizard's steps up to and including ``upto``; the admin's actor."""
    admin = first_run.create_admin(db, "kepala", "rahasia-123", "Kepala Seksi")
    steps = {
        "region": lambda: first_run.save_region(db, admin, "32.75"),
        "letterhead": lambda: first_run.save_letterhead(
            db, admin, replace(_suggested(db), address="Jl. Ir. H. Juanda No. 100")
        ),
        "signatory": lambda: first_run.save_head_signatory(db, admin, HEAD),
        "numbering": lambda: first_run.save_numbering(db, admin, NumberingSettings()),
        "default_scheme": lambda: first_run.save_default_scheme(db, admin, default_scheme_id(db)),
    }
    for step in STEPS[1 : STEPS.index(upto) + 1]:
        steps[step]()
    return admin


def _suggested(db: Database) -> settings.OfficeSettings:
    with db.reader() as s:
        return first_run.suggested_letterhead(s)


def test_new_database_opens_the_wizard_at_the_admin(db: Database) -> None:
    fresh = state(db)
    assert fresh.pending == list(STEPS)  # even the seeded default scheme is to be confirmed
    assert fresh.next_step == "admin"
    assert fresh.should_open and not fresh.complete


@pytest.mark.parametrize("upto", STEPS)
def test_each_step_counts_and_the_wizard_resumes_after_it(db: Database, upto: str) -> None:
    walk(db, upto)
    now = state(db)
    done = list(STEPS[: STEPS.index(upto) + 1])
    assert [step for step in STEPS if now.done(step)] == done
    assert now.next_step == (STEPS[len(done)] if len(done) < len(STEPS) else None)
    assert now.should_open == (upto != STEPS[-1])


def test_region_prefills_and_follows_a_changed_region(db: Database) -> None:
    admin = walk(db, "admin")
    office = first_run.save_region(db, admin, "32.75")
    assert office.government_name == "PEMERINTAH KOTA BEKASI"
    assert office.office_name == "DINAS KETENAGAKERJAAN"
    assert (office.place_name, office.region_code) == ("Bekasi", "32.75")
    assert not state(db).letterhead  # the address is still missing
    office = first_run.save_region(db, admin, "32.16")
    assert office.government_name == "PEMERINTAH KABUPATEN BEKASI"
    # What the clerk corrected by hand stays when the region changes again.
    settings.save_office(db, admin, replace(office, government_name="PEMKAB BEKASI"))
    office = first_run.save_region(db, admin, "32.75")
    assert office.government_name == "PEMKAB BEKASI"
    assert office.region_code == "32.75"


def test_letterhead_needs_an_address(db: Database) -> None:
    admin = walk(db, "region")
    with pytest.raises(InputRefused, match="Alamat kantor wajib"):
        first_run.save_letterhead(db, admin, _suggested(db))


def test_head_signatory_is_updated_not_duplicated(db: Database) -> None:
    admin = walk(db, "signatory")
    again = first_run.save_head_signatory(db, admin, replace(HEAD, name="Dr. Budi, M.Si."))
    with db.reader() as s:
        head = first_run.head_signatory(s)
        from tkm_desktop.services.signatories import list_signatories

        assert len(list_signatories(s)) == 1
    assert head is not None and head.name == "Dr. Budi, M.Si." and head.id == again  # type: ignore[attr-defined]


def test_second_admin_cannot_be_made_by_the_wizard(db: Database) -> None:
    walk(db, "admin")
    with pytest.raises(InputRefused, match="Sudah ada pengguna"):
        first_run.create_admin(db, "lain", "rahasia-123")


def test_skipping_stops_the_wizard_but_not_the_list_of_what_is_left(db: Database) -> None:
    admin = walk(db, "region")
    first_run.skip_first_run(db, admin)
    now = state(db)
    assert now.skipped and not now.should_open
    assert now.pending == ["letterhead", "signatory", "numbering", "default_scheme"]


def test_changing_the_numbering_in_settings_counts_as_the_step(db: Database) -> None:
    admin = walk(db, "admin")
    settings.save_numbering(db, admin, NumberingSettings("{urut}/Disnaker/{tahun}", "register"))
    assert state(db).numbering


def test_only_an_admin_walks_the_wizard(db: Database) -> None:
    admin = walk(db, "admin")
    with db.session() as s:
        clerk = users.actor_from_user(users.create_user(s, admin, "dewi", "pejabat", None), "gui")
    from tkm_desktop.services.permissions import PermissionDenied

    for step in (
        lambda: first_run.save_region(db, clerk, "32.75"),
        lambda: first_run.skip_first_run(db, clerk),
        lambda: first_run.save_default_scheme(db, clerk, default_scheme_id(db)),
    ):
        with pytest.raises(PermissionDenied):
            step()


def test_from_the_wizard_to_an_issued_letter(db: Database) -> None:
    """What the wizard sets up is enough for a letter: letterhead, signatory, number."""
    from tkm_desktop.services.bootstrap import default_scheme
    from tkm_desktop.services.letters import issue_letter
    from tkm_desktop.services.synthetic import generate
    from tkm_desktop.services.synthetic_rows import group_row

    admin = walk(db, "default_scheme")
    assert state(db).complete
    with db.session() as s:
        scheme = default_scheme(s)
        data = generate(3, groups=1, members_per_group=scheme.members_max,
                        scheme_code=scheme.code, today=dt.date(2024, 12, 2))  # fmt: skip
        group = group_row(scheme.id, data.groups[0], GroupStatus.DIREKOMENDASIKAN.value)
        s.add(group)
        pejabat = users.create_user(s, admin, "pejabat", "pejabat", None)
        s.flush()
        group_id, signer = group.id, users.actor_from_user(pejabat, "gui")
    issued = issue_letter(db, signer, [group_id], now=dt.datetime(2024, 12, 2, 3, tzinfo=dt.UTC))
    assert issued.number == "500.15.10/001/Disnaker/2024"
    text = " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(issued.pdf)).pages)
    for expected in (
        "PEMERINTAH KOTA BEKASI",
        "DINAS KETENAGAKERJAAN",
        "Jl. Ir. H. Juanda",
        "Bekasi, 2 Desember 2024",
        HEAD.name,
        "19680411 199303 1 009",
    ):
        assert expected in " ".join(text.split())  # fmt: skip
