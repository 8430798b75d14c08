"""``user list`` shows until when an account is locked; ``--json`` stays as it was."""

from __future__ import annotations

import json

import pytest

from tkm_desktop.services import sign_in, users
from tkm_desktop.services.context import Actor
from tkm_desktop.store.db import Database

PASSWORD = "rahasia-123"


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


@pytest.fixture
def budi_locked(db: Database) -> str:
    """'kepala' and 'budi'; budi locked by five wrong passwords. Until when, as shown."""
    with db.session() as s:
        users.create_user(s, Actor.anonymous("cli"), "kepala", "admin", PASSWORD)
        kepala = users.actor_for(s, "kepala", "cli")
        users.create_user(s, kepala, "budi", "verifikator", PASSWORD, "Budi Santoso")
    for _ in range(sign_in.MAX_FAILURES):
        with db.session() as s:
            sign_in.sign_in(s, "budi", "bukan-ini-1", "gui")
    with db.reader() as s:
        budi = users.find_user(s, "budi")
        assert budi is not None and budi.locked_until is not None
        return f"{budi.locked_until.astimezone():%d/%m/%Y %H:%M}"


def rows(out: str) -> dict[str, str]:
    return {line.split()[0]: line for line in out.splitlines()[2:]}


def test_the_table_has_a_locked_until_column(run_cli, budi_locked: str) -> None:
    code, out, _ = run_cli("user", "list")
    assert code == 0
    header = out.splitlines()[0]
    assert header.split("  ")[-1] == "Terkunci sampai"
    table = rows(out)
    assert table["budi"].endswith(budi_locked)
    assert table["kepala"].endswith("Aktif")  # not locked: the column stays empty
    code, out, _ = run_cli("user", "list", lang="en")
    assert code == 0 and out.splitlines()[0].endswith("Locked until")
    assert rows(out)["budi"].endswith(budi_locked)


def test_an_unlocked_account_shows_no_time(run_cli, budi_locked: str) -> None:
    assert run_cli("user", "unlock", "budi", "--user", "kepala")[0] == 0
    assert rows(run_cli("user", "list")[1])["budi"].endswith("Aktif")


def test_the_json_is_unchanged(run_cli, budi_locked: str) -> None:
    code, out, _ = run_cli("user", "list", "--json")
    assert code == 0
    assert json.loads(out) == {
        "users": [
            {"username": "budi", "display_name": "Budi Santoso", "role": "verifikator",
             "active": True},
            {"username": "kepala", "display_name": "", "role": "admin", "active": True},
        ]
    }  # fmt: skip
