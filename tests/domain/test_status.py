from __future__ import annotations

import pytest

from tkm_desktop.domain.status import GroupStatus, Role, label, role_label

CODES = [
    "diusulkan",
    "diverifikasi",
    "dikembalikan",
    "ditolak",
    "direkomendasikan",
    "diajukan",
    "ditetapkan",
    "tidak_ditetapkan",
    "dana_cair",
    "monev",
    "selesai",
    "dibatalkan",
]


def test_status_codes_are_the_stored_strings() -> None:
    assert [s.value for s in GroupStatus] == CODES
    assert GroupStatus("dana_cair") is GroupStatus.DANA_CAIR
    assert GroupStatus.DIUSULKAN == "diusulkan"
    assert f"{GroupStatus.DITOLAK}" == "ditolak"


@pytest.mark.parametrize(
    ("status", "indonesian", "english"),
    [
        ("diusulkan", "Usulan Masuk", "Proposal received"),
        ("diverifikasi", "Memenuhi Syarat (MS)", "Eligible (verified)"),
        ("dikembalikan", "Dikembalikan untuk Perbaikan", "Returned for correction"),
        ("ditolak", "Tidak Memenuhi Syarat (TMS)", "Not eligible (rejected)"),
        ("direkomendasikan", "Direkomendasikan", "Recommended"),
        ("diajukan", "Diajukan ke Kemnaker", "Submitted to the ministry"),
        ("ditetapkan", "Ditetapkan (SK)", "Decreed (SK)"),
        ("tidak_ditetapkan", "Tidak Ditetapkan", "Not decreed"),
        ("dana_cair", "Dana Cair", "Grant disbursed"),
        ("monev", "Monev", "Monitoring"),
        ("selesai", "Selesai", "Completed"),
        ("dibatalkan", "Dibatalkan", "Cancelled"),
    ],
)
def test_labels(status: str, indonesian: str, english: str) -> None:
    assert label(status) == indonesian
    assert label(GroupStatus(status), "id") == indonesian
    assert label(status, lang="en") == english


def test_every_status_has_distinct_labels() -> None:
    for lang in ("id", "en"):
        labels = [label(s, lang) for s in GroupStatus]
        assert len(set(labels)) == len(labels)


def test_unknown_status_or_language() -> None:
    with pytest.raises(ValueError):
        label("disetujui")
    with pytest.raises(ValueError):
        label("diusulkan", "fr")


def test_roles() -> None:
    assert [r.value for r in Role] == ["admin", "verifikator", "pejabat", "viewer"]
    assert role_label("verifikator") == "Verifikator"
    assert role_label(Role.VIEWER, "en") == "Viewer"
    with pytest.raises(ValueError):
        role_label("root")
