"""Why a group stays out of an export: short, in the clerk's language, in the catalogue's words."""

from __future__ import annotations

from tkm_desktop.domain.findings import message
from tkm_desktop.services.export_reasons import MAX_DETAILS, SHOWN, StoredError, reason_for

WAITING = ("direkomendasikan",)
NIK = "3275014101900005"
OTHER = StoredError("NIK_IN_OTHER_GROUP", {"nik": NIK, "other_group": "Maju", "other_group_id": 7})
DOCS = StoredError("DOCUMENT_MISSING", {"document": "Pakta integritas"})


def why(*errors: StoredError, lang: str = "id") -> tuple[str, tuple[str, ...]]:
    reason = reason_for("direkomendasikan", WAITING, 10, False, errors, lang)
    assert reason is not None
    return reason


def test_a_group_without_problems_goes_in() -> None:
    assert reason_for("direkomendasikan", WAITING, 10, False, []) is None


def test_errors_are_counted_and_said_in_the_catalogues_words() -> None:
    text, details = why(DOCS, OTHER)
    assert text == (
        "2 kesalahan belum diperbaiki: Dokumen yang belum diterima: Pakta integritas. "
        "NIK 3275********0005 juga terdaftar di kelompok lain: Maju (ID 7)."
    )
    assert details == (message("DOCUMENT_MISSING", DOCS.details), text.split(". ", 1)[1])
    assert NIK not in text + "".join(details)  # the middle of a NIK stays hidden


def test_english_errors_use_the_catalogues_english() -> None:
    text, _ = why(DOCS, lang="en")
    assert text == "1 error not fixed yet: Documents not received yet: Pakta integritas."
    assert why(DOCS, OTHER, lang="en")[0].startswith("2 errors not fixed yet: ")


def test_one_text_per_kind_first_and_the_rest_counted() -> None:
    niks = [StoredError("NIK_FORMAT", {"nik": f"327501410190{i:04d}"}) for i in range(40)]
    text, details = why(*niks, DOCS)
    assert text.startswith("41 kesalahan belum diperbaiki: NIK 3275********0000 tidak sah")
    assert "Dokumen yang belum diterima" in text  # the other kind is not crowded out
    assert text.endswith(f"(dan {41 - SHOWN} lainnya)")
    assert len(details) == MAX_DETAILS + 1 and details[-1] == f"(dan {41 - MAX_DETAILS} lainnya)"


def test_a_code_this_version_does_not_know_is_said_as_it_is() -> None:
    assert why(StoredError("FUTURE_CODE", {}))[1] == ("FUTURE_CODE",)


def test_status_members_and_open_roster_come_before_errors() -> None:
    status = reason_for("diverifikasi", ("direkomendasikan", "diajukan"), 10, False, [DOCS])
    assert status is not None and status.text == (
        "Berstatus Memenuhi Syarat (MS); yang diekspor hanya: Direkomendasikan, "
        "Diajukan ke Kemnaker."
    )
    empty = reason_for("direkomendasikan", WAITING, 0, False, [DOCS], "en")
    assert empty is not None and empty.text == "It has no members yet."
    unlocked = reason_for("direkomendasikan", WAITING, 10, True, [DOCS], "en")
    assert unlocked is not None and unlocked.text.startswith("Its member list is open")
