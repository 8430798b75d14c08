"""What the sign-in tests share: an office with an admin and a clerk who can sign in.

Import it as ``from tests.account_support import ...``: the project folder is on the path.
"""

from __future__ import annotations

from tkm_desktop.services import users
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database

__all__ = ["PASSWORD", "kepala_and_budi"]

PASSWORD = "rahasia-123"


def kepala_and_budi(db: Database) -> Actor:
    """'kepala' (admin) and 'budi' (verifikator), both with PASSWORD; the admin, as an actor
    on the command line."""
    with db.session() as s:
        users.create_user(s, Actor.anonymous("cli"), "kepala", "admin", PASSWORD)
        kepala = users.actor_for(s, "kepala", "cli")
        users.create_user(s, kepala, "budi", "verifikator", PASSWORD)
        return kepala
