"""New passwords: long enough, not the username, not digits only, not a common one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tkm_desktop.services import users
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused
from tkm_desktop.services.password_rules import COMMON_PASSWORDS, password_problems
from tkm_desktop.store.db import Database

COMMON = "Kata sandi ini terlalu umum dan mudah ditebak; pilih yang lain."
HAS_NAME = "Kata sandi tidak boleh memuat nama pengguna."
DIGITS = "Kata sandi tidak boleh hanya berupa angka."


pytestmark = pytest.mark.usefixtures("cheap_hasher")  # tests/conftest.py


@pytest.mark.parametrize(
    ("password", "username", "problems"),
    [
        ("pendek", "", ["Kata sandi minimal 8 karakter."]),
        (" rahasia-123", "", ["Kata sandi tidak boleh diawali atau diakhiri spasi."]),
        ("12345678", "", [DIGITS]),
        ("20240817", "", [DIGITS]),
        ("budibudi", "budib", [HAS_NAME]),
        ("Kepala-2024", "kepala", [HAS_NAME]),
        ("password", "", [COMMON]),
        ("Bismillah", "", [COMMON]),
        ("indonesia", "", [COMMON]),
        ("qwerty123", "", [COMMON]),
        ("DISNAKER", "", [COMMON]),
        ("admin123", "admin", [HAS_NAME, COMMON]),
        ("sayang123", "", [COMMON]),
    ],
)
def test_weak_passwords_are_refused(password: str, username: str, problems: list[str]) -> None:
    assert password_problems(password, username) == problems


@pytest.mark.parametrize(
    ("password", "username"),
    [("rahasia-123", "budi"), ("Sawah-Hijau-7", "kepala"), ("kopi tubruk pagi", ""),
     ("12345678a", "")],
)  # fmt: skip
def test_good_passwords_pass(password: str, username: str) -> None:
    assert password_problems(password, username) == []


def test_the_reasons_in_english() -> None:
    assert password_problems("budibudi", "budib", "en") == [
        "A password may not contain the username."
    ]
    assert password_problems("87654321", "", "en") == ["A password may not be digits only."]
    assert password_problems("disnaker", "", "en") == [
        "This password is too common and easily guessed; choose another."
    ]
    assert password_problems("abc", "", "en") == ["A password needs at least 8 characters."]


def test_the_list_is_lower_case_and_long_enough_to_matter() -> None:
    assert all(p == p.lower() and len(p) >= users.MIN_PASSWORD_LENGTH for p in COMMON_PASSWORDS)
    assert {"indonesia", "bismillah", "password", "12345678", "disnaker", "admin123"} <= (
        COMMON_PASSWORDS
    )


@given(st.text(min_size=1, max_size=30))
def test_a_password_holding_the_username_is_always_refused(filler: str) -> None:
    problems = password_problems(f"x{filler}Budi-Ok{filler}x", "budi")
    assert HAS_NAME in problems


def test_the_services_apply_the_rules_with_the_account_s_name(db: Database) -> None:
    with db.session() as s, pytest.raises(InputRefused) as refused:
        users.create_user(s, Actor.anonymous("cli"), "kepala", "admin", "kepala-123")
    assert refused.value.reasons == [HAS_NAME]
    with db.session() as s:
        users.create_user(s, Actor.anonymous("cli"), "kepala", "admin", "rahasia-123")
        admin = users.actor_for(s, "kepala", "cli")
        users.create_user(s, admin, "budib", "verifikator", "rahasia-123")
    with db.session() as s, pytest.raises(InputRefused, match="memuat nama pengguna"):
        users.reset_password(s, admin, "budib", "budibudi")
    with db.reader() as s:
        budi = users.actor_for(s, "budib", "gui")
    with pytest.raises(InputRefused, match="terlalu umum"):
        users.change_own_password(db, budi, "rahasia-123", "bismillah")


def test_demo_users_keep_the_password_demo(db: Database) -> None:
    with db.session() as s:
        users.create_demo_users(s)
    with db.session() as s:
        assert users.authenticate(s, "admin", users.DEMO_PASSWORD) is not None
