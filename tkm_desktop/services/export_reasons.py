"""Why a group stays out of an export, said in the clerk's language.

The reason is short enough for a table cell: the count of errors still standing and
the texts of the first few, taken from the findings catalogue (``domain.findings``)
so the export says what the group editor says. ``Reason.details`` holds every
error's text for a tooltip or a longer list. NIKs and KKs show with their middle hidden.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from tkm_desktop.domain import findings as catalogue
from tkm_desktop.domain.status import label
from tkm_desktop.services.i18n import register, tr

SHOWN = 2  # error texts in the short reason; the rest are counted
MAX_DETAILS = 30  # error texts in the details; the rest are counted

register({
    "export.reason.status": {
        "id": "Berstatus {status}; yang diekspor hanya: {wanted}.",
        "en": "Its status is {status}; only these are exported: {wanted}.",
    },
    "export.reason.no_members": {
        "id": "Belum memiliki anggota.",
        "en": "It has no members yet.",
    },
    "export.reason.unlocked": {
        "id": "Daftar anggotanya sedang dibuka untuk perubahan; kunci kembali dahulu.",
        "en": "Its member list is open for changes; lock it again first.",
    },
    "export.reason.errors.one": {
        "id": "{n} kesalahan belum diperbaiki:",
        "en": "{n} error not fixed yet:",
    },
    "export.reason.errors.many": {
        "id": "{n} kesalahan belum diperbaiki:",
        "en": "{n} errors not fixed yet:",
    },
    "export.reason.more": {
        "id": "(dan {n} lainnya)",
        "en": "(and {n} more)",
    },
})  # fmt: skip


class StoredError(NamedTuple):
    """An error finding that still stands: its code and the facts behind it."""

    code: str
    details: Mapping[str, Any]


class Reason(NamedTuple):
    text: str  # one or two sentences for a table cell or a line of output
    details: tuple[str, ...] = ()  # the text of every error behind it


def reason_for(
    status: str,
    statuses: Sequence[str],
    members: int,
    unlocked: bool,
    errors: Sequence[StoredError],
    lang: str = "id",
) -> Reason | None:
    """Why the group is left out (``unlocked``: its roster is open while it waits), or None."""
    if status not in statuses:
        wanted = ", ".join(label(s, lang) for s in statuses)
        return Reason(tr("export.reason.status", lang, status=label(status, lang), wanted=wanted))
    if members == 0:
        return Reason(tr("export.reason.no_members", lang))
    if unlocked:
        return Reason(tr("export.reason.unlocked", lang))
    if errors:
        return _errors_reason(errors, lang)
    return None


def _errors_reason(errors: Sequence[StoredError], lang: str) -> Reason:
    pairs = [(e.code, _text(e, lang)) for e in errors]
    texts = list(dict.fromkeys(text for _, text in pairs))
    # The first text of each kind: three bad NIKs must not crowd out a missing document.
    first_of_code: dict[str, str] = {}
    for code, text in pairs:
        first_of_code.setdefault(code, text)
    shown = list(first_of_code.values())[:SHOWN]
    key = "export.reason.errors.one" if len(errors) == 1 else "export.reason.errors.many"
    parts = [tr(key, lang, n=len(errors)), *shown]
    if len(texts) > len(shown):
        parts.append(tr("export.reason.more", lang, n=len(texts) - len(shown)))
    details = texts[:MAX_DETAILS]
    if len(texts) > MAX_DETAILS:
        details.append(tr("export.reason.more", lang, n=len(texts) - MAX_DETAILS))
    return Reason(" ".join(parts), tuple(details))


def _text(error: StoredError, lang: str) -> str:
    if error.code not in catalogue.CODES:  # a code from a newer version: say it as it is
        return error.code
    return catalogue.message(error.code, catalogue.masked(error.details), lang)
