"""The one permission table: which role may do what. Every use case asks ``require``.

Admin is deliberately *not* a super-user: the person who manages accounts and
settings does not also verify, recommend or sign (separation of duties, and the
audit then shows each decision under the role that took it). See docs/audit.md.
"""

from __future__ import annotations

from tkm_desktop.domain.status import Role
from tkm_desktop.services.context import Actor
from tkm_desktop.services.errors import InputRefused

# --- actions --------------------------------------------------------------------

READ = "read"
IMPORT = "import"
EDIT_GROUP = "edit_group"
ACK_FINDING = "ack_finding"
VERIFY = "verify"
RETURN = "return"
REJECT = "reject"
RECOMMEND = "recommend"
DECIDE_SK = "decide_sk"
ISSUE_LETTER = "issue_letter"
REVOKE_LETTER = "revoke_letter"
EXPORT = "export"
PRINT_DOCUMENT = "print_document"
UNLOCK_ROSTER = "unlock_roster"
CANCEL_GROUP = "cancel_group"
MANAGE_USERS = "manage_users"
MANAGE_SETTINGS = "manage_settings"
BACKUP = "backup"
RESTORE = "restore"

# Completes "tidak berwenang untuk …" and "… yang berwenang untuk …".
ACTION_LABELS: dict[str, str] = {
    READ: "melihat data",
    IMPORT: "mengimpor usulan kelompok",
    EDIT_GROUP: "mengubah data kelompok",
    ACK_FINDING: "menerima temuan dengan catatan",
    VERIFY: "menyatakan kelompok Memenuhi Syarat",
    RETURN: "mengembalikan usulan untuk perbaikan",
    REJECT: "menyatakan kelompok Tidak Memenuhi Syarat",
    RECOMMEND: "merekomendasikan kelompok",
    DECIDE_SK: "mencatat penetapan SK",
    ISSUE_LETTER: "menerbitkan surat",
    REVOKE_LETTER: "mencabut surat",
    EXPORT: "mengekspor usulan ke Kemnaker",
    PRINT_DOCUMENT: "mencetak dokumen",
    UNLOCK_ROSTER: "membuka kunci daftar anggota",
    CANCEL_GROUP: "membatalkan kelompok",
    MANAGE_USERS: "mengelola pengguna",
    MANAGE_SETTINGS: "mengubah pengaturan kantor",
    BACKUP: "membuat cadangan basis data",
    RESTORE: "memulihkan basis data dari cadangan",
}

ACTIONS: frozenset[str] = frozenset(ACTION_LABELS)

ROLE_PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.VIEWER: frozenset({READ}),
    Role.VERIFIKATOR: frozenset(
        {READ, IMPORT, EDIT_GROUP, ACK_FINDING, VERIFY, RETURN, PRINT_DOCUMENT}
    ),
    Role.PEJABAT: frozenset(
        {
            READ,
            RECOMMEND,
            REJECT,
            DECIDE_SK,
            ISSUE_LETTER,
            REVOKE_LETTER,
            UNLOCK_ROSTER,
            EXPORT,
            PRINT_DOCUMENT,
        }
    ),
    Role.ADMIN: frozenset({READ, MANAGE_USERS, MANAGE_SETTINGS, CANCEL_GROUP, BACKUP, RESTORE}),
}

# The command line may run these without ``--user``; the OS account is recorded instead
# (DESIGN.md: --user is optional for import, template, backup and restore).
WITHOUT_USER: frozenset[str] = frozenset({READ, IMPORT, BACKUP, RESTORE})


class PermissionDenied(InputRefused):
    """The actor's role does not allow the action; nothing was written."""

    def __init__(self, actor: Actor, action: str) -> None:
        label = ACTION_LABELS.get(action, action)
        if actor.user_id is None:
            text = (
                f"Tindakan ini memerlukan pengguna terdaftar (--user) yang berwenang untuk {label}."
            )
        else:
            text = (
                f"Pengguna '{actor.username}' (peran {actor.role}) tidak berwenang untuk {label}."
            )
        super().__init__(text)
        self.actor = actor
        self.action = action


def role_of(value: str | None) -> Role | None:
    """The Role named by ``value``, or None when it names none."""
    try:
        return Role(value) if value is not None else None
    except ValueError:
        return None


def allowed(role: str | None, action: str) -> bool:
    """Whether ``role`` may do ``action`` (an unknown role may do nothing)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    known = role_of(role)
    return known is not None and action in ROLE_PERMISSIONS[known]


def can(actor: Actor, action: str) -> bool:
    """Whether ``actor`` may do ``action``: by role, or on the command line without a user."""
    if actor.user_id is None:
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        return actor.channel == "cli" and action in WITHOUT_USER
    return allowed(actor.role, action)


def require(actor: Actor, action: str) -> None:
    """Raise PermissionDenied unless ``actor`` may do ``action``."""
    if not can(actor, action):
        raise PermissionDenied(actor, action)


def actions_of(role: str) -> frozenset[str]:
    """Everything ``role`` may do (empty for an unknown role)."""
    known = role_of(role)
    return ROLE_PERMISSIONS[known] if known is not None else frozenset()
