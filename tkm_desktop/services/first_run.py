"""The first-run wizard's use cases: which steps are done, and each step's save.

The wizard is skippable and resumable: ``first_run_state`` reads from the database
what is already set up, so the window can open the wizard at the first step not done,
and every step is also reachable later from *Pengaturan* (the same settings services).
Two steps have sensible defaults from the start (letter numbering, default scheme):
they count as done once the office has confirmed or changed them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from tkm_desktop.domain import regions
from tkm_desktop.domain.status import Role
from tkm_desktop.services import audit, permissions, scheme_settings, settings, signatories, users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.settings import NumberingSettings, OfficeSettings
from tkm_desktop.services.signatories import SignatoryData
from tkm_desktop.store.db import Database
from tkm_desktop.store.models import AuditEvent, Scheme, Signatory, User

ENTITY = "first_run"
STEPS = ("admin", "region", "letterhead", "signatory", "numbering", "default_scheme")
STEP_TITLES = {
    "admin": "Admin pertama",
    "region": "Wilayah kantor",
    "letterhead": "Kop surat",
    "signatory": "Penandatangan",
    "numbering": "Penomoran surat",
    "default_scheme": "Skema bawaan",
}


@dataclass(frozen=True)
class FirstRunState:
    """Which wizard steps are done (read from the database), and whether it was skipped."""

    admin: bool  # an active admin account exists
    region: bool  # the office's kab/kota is set
    letterhead: bool  # government, office name and address are filled
    signatory: bool  # an active default signatory exists
    numbering: bool  # pattern and number source confirmed or changed
    default_scheme: bool  # exactly one active default scheme, confirmed or chosen
    skipped: bool = False  # an admin chose "lewati" (Pengaturan still shows what is left)

    def done(self, step: str) -> bool:
        return bool(getattr(self, step))

    @property
    def pending(self) -> list[str]:
        """The steps not done yet, in wizard order."""
        return [step for step in STEPS if not self.done(step)]

    @property
    def complete(self) -> bool:
        return not self.pending

    @property
    def next_step(self) -> str | None:
        """Where the wizard resumes; None when everything is done."""
        pending = self.pending
        return pending[0] if pending else None

    @property
    def should_open(self) -> bool:
        """Whether the window opens the wizard at start (never on the demo database)."""
        return not self.complete and not self.skipped


def _has_event(session: Session, *conditions: object) -> bool:
    query = select(AuditEvent.id).where(or_(*conditions)).limit(1)  # type: ignore[arg-type]
    return session.scalar(query) is not None


def _marker(step: str) -> object:
    return and_(AuditEvent.entity == ENTITY, AuditEvent.entity_id == step)


def first_run_state(session: Session) -> FirstRunState:
    """What is set up already, read from users, office, signatories, schemes and the audit."""
    admins = session.scalar(
        select(func.count(User.id)).where(User.role == Role.ADMIN.value, User.active)
    )
    office = settings.get_office(session)
    head = session.scalar(
        select(Signatory.id).where(Signatory.active, Signatory.is_default).limit(1)
    )
    defaults = session.scalar(select(func.count(Scheme.id)).where(Scheme.is_default, Scheme.active))
    return FirstRunState(
        admin=bool(admins),
        region=bool(office.region_code),
        letterhead=bool(office.government_name and office.office_name and office.address),
        signatory=head is not None,
        numbering=_has_event(
            session,
            _marker("numbering"),
            and_(AuditEvent.entity == settings.ENTITY, AuditEvent.action == "set_numbering"),
        ),
        default_scheme=defaults == 1
        and _has_event(
            session,
            and_(AuditEvent.entity == scheme_settings.ENTITY, AuditEvent.action == "set_default"),
        ),
        skipped=_has_event(session, and_(AuditEvent.entity == ENTITY, AuditEvent.action == "skip")),
    )


# --- the steps, in order ---------------------------------------------------------------


def create_admin(db: Database, username: str, password: str, display_name: str = "") -> Actor:
    """Step 1: the first admin account; returns it as the actor for the other steps."""
    with db.session() as session:
        if users.count_users(session):
            raise InputRefused(
                "Sudah ada pengguna: admin pertama hanya dibuat pada basis data yang baru. "
                "Masuk sebagai admin untuk melanjutkan pengaturan."
            )
        user = users.create_user(
            session, Actor.anonymous("gui"), username, Role.ADMIN.value, password, display_name
        )
        return users.actor_from_user(user, "gui")


def _default_heading(code: str) -> tuple[str, str]:
    """(government heading, place) the region suggests; ('', '') for none."""
    if not code:
        return "", ""
    suggested = settings.office_defaults_for_region(code)
    return suggested.government_name, suggested.place_name


def save_region(db: Database, actor: Actor, regency_code: str) -> OfficeSettings:
    """Step 2: the office's kab/kota; pre-fills the letterhead for the clerk to correct.

    A heading or place the clerk already typed differently is kept; one that was the
    previous region's suggestion follows the new region.
    """
    with db.reader() as session:
        current = settings.get_office(session)
    suggested = settings.office_defaults_for_region(regency_code, current)
    old_heading, old_place = _default_heading(current.region_code)
    keep_heading = current.government_name not in ("", old_heading)
    keep_place = current.place_name not in ("", old_place)
    chosen = replace(
        suggested,
        government_name=current.government_name if keep_heading else suggested.government_name,
        place_name=current.place_name if keep_place else suggested.place_name,
    )
    return settings.save_office(db, actor, chosen)


def suggested_letterhead(session: Session) -> OfficeSettings:
    """What the letterhead page shows: the stored settings, or the region's suggestion."""
    current = settings.get_office(session)
    if current.region_code and not current.government_name:
        return settings.office_defaults_for_region(current.region_code, current)
    return current


def save_letterhead(db: Database, actor: Actor, data: OfficeSettings) -> OfficeSettings:
    """Step 3: identity, address, contacts and logo (the address is required here)."""
    if not " ".join(data.address.split()):
        raise InputRefused("Alamat kantor wajib diisi (dicetak pada kop surat).")
    return settings.save_office(db, actor, data)


def head_signatory(session: Session) -> SignatoryData | None:
    """What the signatory page shows: the current default signatory, if any."""
    return signatories.default_signatory(session)


def save_head_signatory(db: Database, actor: Actor, data: SignatoryData) -> int:
    """Step 4: the head of office as the default signatory (updated if one exists)."""
    with db.reader() as session:
        current = signatories.default_signatory(session)
    if current is None:
        return signatories.add_signatory(db, actor, data, make_default=True)
    signatories.update_signatory(db, actor, current.id, replace(data, active=True))
    return current.id


def save_numbering(db: Database, actor: Actor, data: NumberingSettings) -> NumberingSettings:
    """Step 5: letter-number pattern and source; confirming the defaults counts as done."""
    saved = settings.save_numbering(db, actor, data)
    _mark(db, actor, "numbering")
    return saved


def save_default_scheme(db: Database, actor: Actor, scheme_id: int) -> None:
    """Step 6: the scheme used when none is named (confirming the seeded one counts)."""
    scheme_settings.set_default_scheme(db, actor, scheme_id)


def skip_first_run(db: Database, actor: Actor) -> None:
    """ "Lewati": the wizard no longer opens by itself; Pengaturan shows what is left."""
    permissions.require(actor, permissions.MANAGE_SETTINGS)
    with db.session() as session:
        audit.record(session, actor, "skip", ENTITY, "wizard")


def _mark(db: Database, actor: Actor, step: str) -> None:
    with db.session() as session:
        if not _has_event(session, _marker(step)):
            audit.record(session, actor, "confirm", ENTITY, step)


def region_label(code: str) -> str:
    """'Kota Bekasi' for the wizard's summary ('' for none or an unknown code)."""
    return (regions.region_name(code) if code else None) or ""
