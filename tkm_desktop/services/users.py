"""User accounts: argon2 passwords, roles, deactivation (never deletion), and actors.

Every change to an account is audited (entity ``user``) in the same transaction;
password hashes never appear in the audit.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tkm_desktop.domain.status import Role
from tkm_desktop.services import audit, password_rules, permissions
from tkm_desktop.services.context import Actor, Channel, os_account
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.i18n import DEFAULT_LANG, register, tr
from tkm_desktop.services.password_rules import MIN_PASSWORD_LENGTH as MIN_PASSWORD_LENGTH
from tkm_desktop.store.models import User, utcnow

if TYPE_CHECKING:
    from tkm_desktop.store.db import Database

USERNAME_PATTERN = re.compile(r"[a-z0-9._-]{3,60}")
DEMO_PASSWORD = "demo"
ENTITY = "user"
# What the audit keeps of an account: never the password hash.
AUDITED_FIELDS = ("username", "display_name", "role", "active")

# The hasher's parameters are argon2-cffi's defaults (RFC 9106 low-memory profile).
# Tests may replace it with a cheaper one; stored hashes are upgraded at the next login.
hasher = PasswordHasher()
_dummy_hash: str | None = None

# The refusals of changing one's own password: the window shows them in its language.
register(
    {
        "users.sign_in_first": {
            "id": "Masuk sebagai pengguna terlebih dahulu untuk mengganti kata sandi.",
            "en": "Sign in as a user first to change the password.",
        },
        "users.inactive": {
            "id": "Pengguna '{name}' tidak aktif.",
            "en": "User '{name}' is not active.",
        },
        "users.old_password_wrong": {
            "id": "Kata sandi lama salah.",
            "en": "The old password is wrong.",
        },
        "users.same_password": {
            "id": "Kata sandi baru harus berbeda dari kata sandi lama.",
            "en": "The new password must differ from the old one.",
        },
    }
)


# --- passwords ------------------------------------------------------------------


def hash_password(password: str) -> str:
    return hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches ``password_hash`` (False for no hash or a broken one)."""
    if not password_hash:
        return False
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether the hash was made with other parameters than the hasher's current ones."""
    try:
        return hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


def burn_time(password: str) -> None:
    # Verify against a throw-away hash, so a missing user costs as much as a wrong password.
    global _dummy_hash
    if _dummy_hash is None or needs_rehash(_dummy_hash):
        _dummy_hash = hasher.hash("tkm-desktop-dummy-password")
    verify_password(_dummy_hash, password)


def new_password_problems(password: str, username: str = "", lang: str = DEFAULT_LANG) -> list[str]:
    """Why ``password`` may not become a password ([] if it may); the screens check early."""
    return password_rules.password_problems(password, normalize_username(username), lang)


def _check_new_password(password: str, username: str, lang: str = DEFAULT_LANG) -> None:
    problems = new_password_problems(password, username, lang)
    if problems:
        raise InputRefused(problems)


# --- names and roles ------------------------------------------------------------


def normalize_username(name: str) -> str:
    return name.strip().lower()


def check_username(name: str) -> str:
    """The username as stored, or InputRefused with the rule it breaks."""
    username = normalize_username(name)
    if not USERNAME_PATTERN.fullmatch(username):
        raise InputRefused(
            f"Nama pengguna '{name}' tidak sah: gunakan 3–60 karakter berupa huruf kecil, "
            "angka, titik, tanda hubung, atau garis bawah."
        )
    return username


def check_role(role: str) -> Role:
    known = permissions.role_of(role.strip().lower() if isinstance(role, str) else role)
    if known is None:
        choices = ", ".join(r.value for r in Role)
        raise InputRefused(f"Peran '{role}' tidak dikenal. Pilihan: {choices}.")
    return known


# --- reading --------------------------------------------------------------------


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    has_password: bool
    created_at: dt.datetime
    locked_until: dt.datetime | None = None  # aware UTC; None: may sign in now


def database_now(session: Session) -> dt.datetime:
    """The time locks are set and checked by (aware UTC).

    On PostgreSQL the server's clock, so that PCs whose clocks differ agree on every
    lock; on SQLite, used by one PC, this PC's clock.
    """
    if session.get_bind().dialect.name == "postgresql":
        # Now, not the transaction's start (now()): a sign-in may have waited for a lock.
        server_now = session.scalar(select(func.statement_timestamp()))
        if server_now is not None:
            return server_now.astimezone(dt.UTC)
    return utcnow()


def locked_until(user: User, now: dt.datetime | None = None) -> dt.datetime | None:
    """Until when too many failed sign-ins lock ``user`` out (None: not locked now)."""
    if user.locked_until is None or user.locked_until <= (now or utcnow()):
        return None
    return user.locked_until


def list_users(session: Session) -> list[UserRow]:
    """Every account, active or not, by username."""
    now = database_now(session)
    return [
        UserRow(
            id=u.id,
            username=u.username,
            display_name=u.display_name,
            role=u.role,
            active=u.active,
            has_password=bool(u.password_hash),
            created_at=u.created_at,
            locked_until=locked_until(u, now),
        )
        for u in session.scalars(select(User).order_by(User.username))
    ]


def count_users(session: Session) -> int:
    return session.scalar(select(func.count(User.id))) or 0


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == normalize_username(username)))


def _get_user(session: Session, username: str) -> User:
    user = find_user(session, username)
    if user is None:
        raise InputRefused(f"Pengguna '{username}' tidak dikenal.")
    return user


def actor_from_user(user: User, channel: Channel) -> Actor:
    """The actor for a signed-in (window) or named (``--user``) account."""
    return Actor(
        channel=channel,
        os_account=os_account(),
        user_id=user.id,
        username=user.username,
        role=user.role,
    )


def actor_for(session: Session, username: str, channel: Channel) -> Actor:
    """Resolve ``--user NAME``; unknown or inactive accounts are refused."""
    user = find_user(session, username)
    if user is None:
        raise InputRefused(f"Pengguna '{username}' tidak dikenal.")
    if not user.active:
        raise InputRefused(f"Pengguna '{user.username}' tidak aktif.")
    return actor_from_user(user, channel)


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with this name and password, else None (same cost either way).

    A hash made with older parameters is replaced in the caller's transaction.
    """
    user = find_user(session, username)
    if user is None or not user.password_hash:
        burn_time(password)
        return None
    if not verify_password(user.password_hash, password) or not user.active:
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


# --- changing -------------------------------------------------------------------


def _audit(
    session: Session,
    actor: Actor,
    action: str,
    user: User,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    audit.record(session, actor, action, ENTITY, user.id, before=before, after=after)


def _state(user: User) -> dict[str, Any]:
    return audit.snapshot(user, AUDITED_FIELDS)


def _active_admins(session: Session) -> int:
    query = select(func.count(User.id)).where(User.role == Role.ADMIN.value, User.active)
    return session.scalar(query) or 0


def create_user(
    session: Session,
    actor: Actor,
    username: str,
    role: str,
    password: str | None,
    display_name: str = "",
) -> User:
    """Add an account. The very first one needs no signed-in actor and must be an admin.

    ``password`` None makes an account that can act on the command line (``--user``)
    but cannot sign in to the window until an admin sets a password.
    """
    audit.lock_chain(session)  # two "first users" at once: the second waits and sees the first
    name = check_username(username)
    known_role = check_role(role)
    if count_users(session) == 0:
        if known_role is not Role.ADMIN:
            raise InputRefused("Pengguna pertama harus berperan admin.")
    else:
        permissions.require(actor, permissions.MANAGE_USERS)
    if find_user(session, name) is not None:
        raise InputRefused(f"Nama pengguna '{name}' sudah dipakai.")
    if password is not None:
        _check_new_password(password, name)
    return _add(session, actor, name, known_role, password, display_name)


def _add(
    session: Session,
    actor: Actor,
    username: str,
    role: Role,
    password: str | None,
    display_name: str,
) -> User:
    user = User(
        username=username,
        display_name=display_name.strip(),
        role=role.value,
        password_hash=hash_password(password) if password is not None else None,
        active=True,
    )
    session.add(user)
    session.flush()
    _audit(session, actor, audit.CREATE, user, None, _state(user))
    return user


def _admin_change(session: Session, actor: Actor, username: str) -> User:
    audit.lock_chain(session)  # so two admins cannot demote each other at once
    permissions.require(actor, permissions.MANAGE_USERS)
    audit.check_actor(session, actor)  # before the change: an admin may demote themself
    return _get_user(session, username)


def _refuse_losing_last_admin(session: Session, user: User) -> None:
    if user.role == Role.ADMIN.value and user.active and _active_admins(session) <= 1:
        raise InputRefused(
            f"Pengguna '{user.username}' adalah satu-satunya admin aktif; "
            "tambahkan admin lain terlebih dahulu."
        )


def deactivate_user(session: Session, actor: Actor, username: str) -> User:
    """Stop an account from signing in or acting; its history stays."""
    user = _admin_change(session, actor, username)
    if not user.active:
        raise InputRefused(f"Pengguna '{user.username}' sudah tidak aktif.")
    _refuse_losing_last_admin(session, user)
    before = _state(user)
    user.active = False
    _audit(session, actor, "deactivate", user, *audit.diff(before, _state(user)))
    return user


def reactivate_user(session: Session, actor: Actor, username: str) -> User:
    user = _admin_change(session, actor, username)
    if user.active:
        raise InputRefused(f"Pengguna '{user.username}' sudah aktif.")
    before = _state(user)
    user.active = True
    _audit(session, actor, "reactivate", user, *audit.diff(before, _state(user)))
    return user


def set_role(session: Session, actor: Actor, username: str, role: str) -> User:
    user = _admin_change(session, actor, username)
    new_role = check_role(role)
    if user.role == new_role.value:
        raise InputRefused(f"Pengguna '{user.username}' sudah berperan {new_role.value}.")
    if new_role is not Role.ADMIN:
        _refuse_losing_last_admin(session, user)
    before = _state(user)
    user.role = new_role.value
    _audit(session, actor, "set_role", user, *audit.diff(before, _state(user)))
    return user


def set_display_name(session: Session, actor: Actor, username: str, display_name: str) -> User:
    user = _admin_change(session, actor, username)
    before = _state(user)
    user.display_name = display_name.strip()
    _audit(session, actor, audit.UPDATE, user, *audit.diff(before, _state(user)))
    return user


def reset_password(session: Session, actor: Actor, username: str, new_password: str) -> User:
    """An admin sets someone's password (e.g. a forgotten one)."""
    user = _admin_change(session, actor, username)
    _check_new_password(new_password, user.username)
    user.password_hash = hash_password(new_password)
    _audit(session, actor, "reset_password", user, None, None)
    return user


def unlock_user(
    session: Session, actor: Actor, username: str, now: dt.datetime | None = None
) -> User:
    """An admin lifts the lock that failed sign-ins put on an account, before it runs out."""
    user = _admin_change(session, actor, username)
    if locked_until(user, now or database_now(session)) is None:
        raise InputRefused(f"Pengguna '{user.username}' tidak sedang terkunci.")
    before = {"failed_logins": user.failed_logins, "locked_until": user.locked_until}
    user.failed_logins = 0
    user.locked_until = None
    _audit(session, actor, "unlock", user, before, {"failed_logins": 0, "locked_until": None})
    return user


def change_own_password(
    db: Database,
    actor: Actor,
    old: str,
    new: str,
    lang: str = DEFAULT_LANG,
    now: dt.datetime | None = None,
) -> None:
    """The signed-in user changes their own password, proving the old one.

    A wrong old password counts towards the account's lock like a failed sign-in, and
    a locked account is refused (``sign_in.prove_password``). That failure must outlive
    the refusal, which rolls a unit of work back: hence the database, not a session —
    the attempt is committed in a unit of work of its own, then the refusal raised.
    The rules for the new password are checked first, before the old one is tried.
    """
    from tkm_desktop.services import sign_in  # it builds on this module

    if actor.user_id is None:
        raise InputRefused(tr("users.sign_in_first", lang))
    with db.session() as session:
        user = session.get(User, actor.user_id)
        if user is None or not user.active:
            raise InputRefused(tr("users.inactive", lang, name=actor.username))
        _check_new_password(new, user.username, lang)
        if new == old:
            raise InputRefused(tr("users.same_password", lang))
        attempt = sign_in.prove_password(session, user, old, actor, now)
        if attempt.user is not None:
            user.password_hash = hash_password(new)
            _audit(session, actor, "change_password", user, None, None)
            return
    if attempt.locked_until is not None:
        raise InputRefused(sign_in.locked_text(attempt.locked_until, lang))
    raise InputRefused(tr("users.old_password_wrong", lang))


def create_demo_users(session: Session, channel: Channel = "cli") -> list[User]:
    """admin, verifikator, pejabat and viewer, password ``demo``: for the demo database only."""
    if count_users(session) != 0:
        raise InputRefused("Pengguna demo hanya dibuat pada basis data demo yang masih kosong.")
    audit.lock_chain(session)
    creator = Actor.anonymous(channel)
    users: list[User] = []
    for role, display_name in (
        (Role.ADMIN, "Admin Demo"),
        (Role.VERIFIKATOR, "Verifikator Demo"),
        (Role.PEJABAT, "Pejabat Demo"),
        (Role.VIEWER, "Tamu Demo"),
    ):
        # The demo password is shorter than the rule allows: _add skips that check on purpose.
        users.append(_add(session, creator, role.value, role, DEMO_PASSWORD, display_name))
        if role is Role.ADMIN:
            creator = actor_from_user(users[0], channel)
    return users
