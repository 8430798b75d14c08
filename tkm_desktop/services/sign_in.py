"""Signing in with a password: every failure is recorded, and too many lock the account.

After ``MAX_FAILURES`` failures in a row an account is locked for ``LOCK_TIME``; then
``MAX_FAILURES`` more tries, and so on, until a sign-in succeeds or an admin unlocks
it (``users.unlock_user``). The count lives on the account's row, so a restart does
not reset it and every PC on one PostgreSQL server counts the same attempts.

Each failure is an audit event (``sign_in_failed``, entity ``user``) and a log line
(UU PDP: a breach must be noticed to be reported within 3×24 hours). Neither ever
holds the typed password; an unknown username is not recorded either, because people
often type their password, or someone else's name, into that field.

Changing one's own password proves the old one through ``prove_password``: a wrong
one counts towards the same lock, so the dialog is no way round it. Locks are set and
checked by ``users.database_now``: the server's clock on PostgreSQL, so that PCs whose
clocks differ agree on them.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tkm_desktop.services import audit, users
from tkm_desktop.services.context import Actor, Channel
from tkm_desktop.services.i18n import DEFAULT_LANG, register, tr
from tkm_desktop.store.models import User

log = logging.getLogger(__name__)

MAX_FAILURES = 5
LOCK_TIME = dt.timedelta(minutes=15)
FAILED = "sign_in_failed"
SUCCEEDED = "sign_in"  # recorded only after failures, saying how many
CHANGING_PASSWORD = "change_password"  # the "during" of events of a password change

register(
    {
        "sign_in.locked": {
            "id": "Terlalu banyak percobaan masuk yang gagal. "
            "Akun ini dikunci sampai pukul {time}.",
            "en": "Too many failed sign-in attempts. This account is locked until {time}.",
        },
    }
)


def locked_text(until: dt.datetime, lang: str = DEFAULT_LANG) -> str:
    """Why the account may not be used now, with the time (local, as the window shows it)."""
    return tr("sign_in.locked", lang, time=f"{until.astimezone():%H:%M}")


@dataclass(frozen=True)
class Attempt:
    """What one sign-in came to: the user, or None and maybe a lock (aware UTC)."""

    user: User | None
    locked_until: dt.datetime | None = None


def sign_in(
    session: Session,
    username: str,
    password: str,
    channel: Channel,
    now: dt.datetime | None = None,
) -> Attempt:
    """Check ``password`` for ``username``, counting and recording a failure.

    The caller commits the session whatever the outcome: a failure writes too.
    """
    # Attempts at one account from several PCs are counted one after the other.
    audit.lock_chain(session)
    now = now or users.database_now(session)
    account = users.find_user(session, username)
    if account is None:
        users.burn_time(password)  # as long as a wrong password takes
        _record_failure(session, channel, None, "unknown_user", now)
        return Attempt(None)
    return _try(session, account, password, channel, now)


def prove_password(
    session: Session,
    account: User,
    password: str,
    actor: Actor,
    now: dt.datetime | None = None,
) -> Attempt:
    """The signed-in ``actor`` types ``account``'s password again to change it.

    Counted, locked and recorded like a sign-in (the events name ``actor`` and say
    ``during: change_password``). The caller commits the session whatever the outcome.
    """
    audit.lock_chain(session)
    now = now or users.database_now(session)
    return _try(session, account, password, actor.channel, now, actor)


def _try(
    session: Session,
    account: User,
    password: str,
    channel: Channel,
    now: dt.datetime,
    actor: Actor | None = None,
) -> Attempt:
    if users.locked_until(account, now) is not None:
        users.burn_time(password)  # a locked account costs as much as a wrong password
        _record_failure(session, channel, account, "locked", now, actor)
        return Attempt(None, account.locked_until)
    user = users.authenticate(session, account.username, password)
    if user is not None:
        _succeeded(session, channel, user, actor)
        return Attempt(user)
    account.failed_logins += 1
    if account.failed_logins % MAX_FAILURES == 0:
        account.locked_until = now + LOCK_TIME
    _record_failure(session, channel, account, _reason(account), now, actor)
    return Attempt(None, users.locked_until(account, now))


def _reason(account: User) -> str:
    if not account.active:
        return "inactive"
    if not account.password_hash:
        return "no_password"
    return "wrong_password"


def _succeeded(session: Session, channel: Channel, user: User, actor: Actor | None) -> None:
    if not user.failed_logins and user.locked_until is None:
        return  # a plain sign-in is not recorded: the trail is for changes and reads
    failures = user.failed_logins
    user.failed_logins = 0
    user.locked_until = None
    details: dict[str, Any] = {"failures": failures}
    if actor is not None:
        details["during"] = CHANGING_PASSWORD
    actor = actor or users.actor_from_user(user, channel)
    audit.record(session, actor, SUCCEEDED, users.ENTITY, user.id, after=details)
    log.info("Sign-in (%s) to account #%s after %d failed attempts", channel, user.id, failures)


def _record_failure(
    session: Session,
    channel: Channel,
    account: User | None,
    reason: str,
    now: dt.datetime,
    actor: Actor | None = None,
) -> None:
    # At sign-in nobody is signed in: the event's user is empty. While changing a
    # password it is the signed-in one (``actor``). The account tried is the entity.
    details: dict[str, Any] = {"reason": reason}
    if actor is not None:
        details["during"] = CHANGING_PASSWORD
    lock = None
    if account is not None:
        details["failures"] = account.failed_logins
        lock = users.locked_until(account, now)
        if lock is not None:
            details["locked_until"] = lock
    entity_id = account.id if account is not None else None
    by = actor or Actor.anonymous(channel)
    audit.record(session, by, FAILED, users.ENTITY, entity_id, after=details)
    # The log names the account by number only: no personal data in the log.
    who = f"account #{account.id}" if account is not None else "an unknown username"
    until = f", locked until {lock.isoformat(timespec='seconds')}" if lock else ""
    log.warning(
        "%s failed (%s) for %s: %s, %s failures in a row%s",
        "Password change" if actor is not None else "Sign-in",
        channel,
        who,
        reason,
        details.get("failures", "-"),
        until,
    )
