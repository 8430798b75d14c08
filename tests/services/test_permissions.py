"""The permission table: who may do what, and how a refusal reads."""

from __future__ import annotations

import pytest

from tkm_desktop.domain.status import Role
from tkm_desktop.services import permissions as p
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused

# The table as the office agreed it (docs/audit.md); a change here must be deliberate.
EXPECTED = {
    Role.VIEWER: {p.READ},
    Role.VERIFIKATOR: {
        p.READ,
        p.IMPORT,
        p.EDIT_GROUP,
        p.ACK_FINDING,
        p.VERIFY,
        p.RETURN,
        p.PRINT_DOCUMENT,
    },
    Role.PEJABAT: {
        p.READ,
        p.RECOMMEND,
        p.REJECT,
        p.DECIDE_SK,
        p.ISSUE_LETTER,
        p.REVOKE_LETTER,
        p.UNLOCK_ROSTER,
        p.EXPORT,
        p.PRINT_DOCUMENT,
    },
    Role.ADMIN: {p.READ, p.MANAGE_USERS, p.MANAGE_SETTINGS, p.CANCEL_GROUP, p.BACKUP, p.RESTORE},
}


def _actor(role: Role, name: str = "budi", channel: str = "cli") -> Actor:
    return Actor(channel=channel, os_account="kantor", user_id=7, username=name, role=role.value)


def test_every_role_has_exactly_the_agreed_actions() -> None:
    assert set(p.ROLE_PERMISSIONS) == set(Role)
    for role, actions in EXPECTED.items():
        assert p.ROLE_PERMISSIONS[role] == frozenset(actions), role


def test_every_action_is_labelled_and_granted_to_someone() -> None:
    granted = set().union(*p.ROLE_PERMISSIONS.values())
    assert granted == set(p.ACTIONS)
    assert all(p.ACTION_LABELS[a].strip() for a in p.ACTIONS)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", sorted(p.ACTIONS))
def test_require_allows_exactly_the_table(role: Role, action: str) -> None:
    actor = _actor(role)
    if action in EXPECTED[role]:
        p.require(actor, action)
    else:
        with pytest.raises(p.PermissionDenied):
            p.require(actor, action)


def test_refusal_names_user_role_and_action_in_indonesian() -> None:
    with pytest.raises(InputRefused) as caught:
        p.require(_actor(Role.VERIFIKATOR, "siti"), p.RECOMMEND)
    assert caught.value.reasons == [
        "Pengguna 'siti' (peran verifikator) tidak berwenang untuk merekomendasikan kelompok."
    ]
    assert caught.value.action == p.RECOMMEND


def test_the_checker_cannot_recommend_and_the_signer_cannot_verify() -> None:
    assert not p.allowed("verifikator", p.RECOMMEND)
    assert not p.allowed("pejabat", p.VERIFY)
    assert not p.allowed("admin", p.RECOMMEND)


def test_command_line_without_user_may_only_do_the_optional_user_actions() -> None:
    anonymous = Actor.anonymous("cli")
    for action in (p.READ, p.IMPORT, p.BACKUP, p.RESTORE):
        p.require(anonymous, action)
    with pytest.raises(p.PermissionDenied) as caught:
        p.require(anonymous, p.MANAGE_USERS)
    assert "--user" in caught.value.reasons[0]
    assert "mengelola pengguna" in caught.value.reasons[0]


def test_window_without_user_may_do_nothing() -> None:
    with pytest.raises(p.PermissionDenied):
        p.require(Actor.anonymous("gui"), p.IMPORT)


def test_unknown_role_may_do_nothing_and_unknown_action_is_a_bug() -> None:
    ghost = Actor(channel="cli", os_account="", user_id=3, username="x", role="superuser")
    with pytest.raises(p.PermissionDenied):
        p.require(ghost, p.READ)
    assert p.actions_of("superuser") == frozenset()
    with pytest.raises(ValueError):
        p.require(_actor(Role.ADMIN), "launch_rockets")
    with pytest.raises(ValueError):
        p.can(Actor.anonymous("cli"), "launch_rockets")


def test_roles_given_as_plain_strings_work() -> None:
    assert p.allowed("pejabat", p.ISSUE_LETTER)
    assert p.actions_of("viewer") == frozenset({p.READ})
