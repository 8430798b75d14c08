"""Status codes of a group and user roles, with their labels in Indonesian and English."""

from __future__ import annotations

from enum import StrEnum


class GroupStatus(StrEnum):
    """Where a group stands in the workflow; the value is the stored code."""

    DIUSULKAN = "diusulkan"
    DIVERIFIKASI = "diverifikasi"
    DIKEMBALIKAN = "dikembalikan"
    DITOLAK = "ditolak"
    DIREKOMENDASIKAN = "direkomendasikan"
    DIAJUKAN = "diajukan"
    DITETAPKAN = "ditetapkan"
    TIDAK_DITETAPKAN = "tidak_ditetapkan"
    DANA_CAIR = "dana_cair"
    MONEV = "monev"
    SELESAI = "selesai"
    DIBATALKAN = "dibatalkan"


class Role(StrEnum):
    """What a user may do; the value is the stored code."""

    ADMIN = "admin"
    VERIFIKATOR = "verifikator"
    PEJABAT = "pejabat"
    VIEWER = "viewer"


_STATUS_LABELS: dict[GroupStatus, tuple[str, str]] = {
    GroupStatus.DIUSULKAN: ("Usulan Masuk", "Proposal received"),
    GroupStatus.DIVERIFIKASI: ("Memenuhi Syarat (MS)", "Eligible (verified)"),
    GroupStatus.DIKEMBALIKAN: ("Dikembalikan untuk Perbaikan", "Returned for correction"),
    GroupStatus.DITOLAK: ("Tidak Memenuhi Syarat (TMS)", "Not eligible (rejected)"),
    GroupStatus.DIREKOMENDASIKAN: ("Direkomendasikan", "Recommended"),
    GroupStatus.DIAJUKAN: ("Diajukan ke Kemnaker", "Submitted to the ministry"),
    GroupStatus.DITETAPKAN: ("Ditetapkan (SK)", "Decreed (SK)"),
    GroupStatus.TIDAK_DITETAPKAN: ("Tidak Ditetapkan", "Not decreed"),
    GroupStatus.DANA_CAIR: ("Dana Cair", "Grant disbursed"),
    GroupStatus.MONEV: ("Monev", "Monitoring"),
    GroupStatus.SELESAI: ("Selesai", "Completed"),
    GroupStatus.DIBATALKAN: ("Dibatalkan", "Cancelled"),
}

_ROLE_LABELS: dict[Role, tuple[str, str]] = {
    Role.ADMIN: ("Administrator", "Administrator"),
    Role.VERIFIKATOR: ("Verifikator", "Verifier"),
    Role.PEJABAT: ("Pejabat", "Official"),
    Role.VIEWER: ("Hanya Lihat", "Viewer"),
}


def _pick(labels: tuple[str, str], lang: str) -> str:
    if lang not in ("id", "en"):
        raise ValueError(f"lang must be 'id' or 'en', not {lang!r}")
    return labels[0] if lang == "id" else labels[1]


def label(status: GroupStatus | str, lang: str = "id") -> str:
    """'diverifikasi' → 'Memenuhi Syarat (MS)' (lang 'id') or 'Eligible (verified)' ('en')."""
    return _pick(_STATUS_LABELS[GroupStatus(status)], lang)


def role_label(role: Role | str, lang: str = "id") -> str:
    """'viewer' → 'Hanya Lihat' (lang 'id') or 'Viewer' ('en')."""
    return _pick(_ROLE_LABELS[Role(role)], lang)
