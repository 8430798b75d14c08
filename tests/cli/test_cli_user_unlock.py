"""``user unlock`` and the password rules of ``user add``/``user password``, in-process."""

from __future__ import annotations

import pytest

from tkm_desktop.services import sign_in
from tkm_desktop.store.db import Database

PASSWORD = "rahasia-123"


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


@pytest.fixture
def accounts(run_cli) -> None:
    """'kepala' (admin) and 'budi' (verifikator)."""
    for name, role, by in (("kepala", "admin", []), ("budi", "verifikator", ["--user", "kepala"])):
        code, out, err = run_cli("user", "add", name, "--role", role, "--password-stdin", *by,
                                 stdin=PASSWORD + "\n")  # fmt: skip
        assert code == 0, out + err


def lock_budi(db: Database) -> None:
    for _ in range(sign_in.MAX_FAILURES):
        with db.session() as s:
            sign_in.sign_in(s, "budi", "salah-terus-1", "gui")


def test_an_admin_unlocks_a_locked_account(run_cli, db: Database, accounts: None) -> None:
    lock_budi(db)
    code, _, err = run_cli("user", "unlock", "budi", "--user", "budi")
    assert code == 1 and "tidak berwenang" in err
    code, out, err = run_cli("user", "unlock", "budi", "--user", "kepala")
    assert code == 0, err
    assert out.strip() == "Pengguna 'budi': kunci akun dibuka."
    with db.session() as s:
        assert sign_in.sign_in(s, "budi", PASSWORD, "gui").user is not None
    code, _, err = run_cli("user", "unlock", "budi", "--user", "kepala")
    assert code == 1 and "Pengguna 'budi' tidak sedang terkunci." in err


def test_unlock_needs_the_admin_named(run_cli, accounts: None) -> None:
    assert run_cli("user", "unlock", "budi")[0] == 2
    code, out, _ = run_cli("user", "unlock", "--help", lang="en")
    assert code == 0 and "unlock an account locked by repeated failed sign-ins" in out


def test_weak_passwords_are_refused_in_the_language_asked(run_cli, accounts: None) -> None:
    code, _, err = run_cli("user", "add", "budib", "--role", "verifikator", "--password-stdin",
                           "--user", "kepala", stdin="budibudi\n")  # fmt: skip
    assert code == 1 and "Kata sandi tidak boleh memuat nama pengguna." in err
    code, _, err = run_cli("user", "password", "budi", "--password-stdin", "--user", "kepala",
                           stdin="12345678\n", lang="en")  # fmt: skip
    assert code == 1 and "A password may not be digits only." in err
    code, _, err = run_cli("user", "password", "budi", "--password-stdin", "--user", "kepala",
                           stdin="bismillah\n")  # fmt: skip
    assert code == 1 and "terlalu umum" in err
    code, _, err = run_cli("user", "password", "budi", "--password-stdin", "--user", "kepala",
                           stdin="Sawah-Hijau-7\n")  # fmt: skip
    assert code == 0, err
