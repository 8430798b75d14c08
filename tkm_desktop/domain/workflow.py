"""The status workflow of a group (DESIGN.md): where a group may go, by whose hand, with what.

Pure rules: ``check_step`` says what is wrong with a requested change; the services
layer asks the permission table, the findings and the claims, and writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from tkm_desktop.domain.dates import format_short
from tkm_desktop.domain.money import format_rupiah
from tkm_desktop.domain.status import GroupStatus as S
from tkm_desktop.domain.status import label

# Action names of services.permissions (the domain imports nothing of services;
# a test checks that each one is in the permission table).
IMPORT = "import"
EDIT_GROUP = "edit_group"
VERIFY = "verify"
RETURN = "return"
REJECT = "reject"
RECOMMEND = "recommend"
EXPORT = "export"
DECIDE_SK = "decide_sk"
CANCEL_GROUP = "cancel_group"


class Via(StrEnum):
    """Which use case makes a change: the decide command, an import, or an export."""

    DECIDE = "decide"
    IMPORT = "import"
    EXPORT = "export"


@dataclass(frozen=True)
class Step:
    """One row of the status table: how a group reaches ``to``."""

    to: S
    sources: frozenset[S]
    action: str  # the permission it takes
    via: Via = Via.DECIDE
    needs_reason: bool = False
    needs_sk: bool = False  # SK number and date
    needs_payment: bool = False  # disbursement date and amount
    checks_findings: bool = False  # no unresolved error, every warning acknowledged
    checks_errors: bool = False  # no unresolved error (warnings were acknowledged before)
    not_by_verifier: bool = False  # the pejabat who recommends did not verify
    claims_niks: bool = False
    releases_claims: bool = False


# After recommendation a group holds its NIKs and its roster is locked.
HOLDING: frozenset[S] = frozenset(
    {S.DIREKOMENDASIKAN, S.DIAJUKAN, S.DITETAPKAN, S.DANA_CAIR, S.MONEV, S.SELESAI}
)
# Out of the race: these groups do not count for NIK_IN_OTHER_GROUP or look-alikes.
INACTIVE: frozenset[S] = frozenset({S.DITOLAK, S.DIBATALKAN, S.TIDAK_DITETAPKAN})

_ALL = frozenset(S)

STEPS: dict[S, Step] = {
    s.to: s
    for s in (
        Step(S.DIUSULKAN, frozenset({S.DIKEMBALIKAN}), IMPORT, via=Via.IMPORT),
        Step(S.DIVERIFIKASI, frozenset({S.DIUSULKAN}), VERIFY, checks_findings=True),
        Step(S.DIKEMBALIKAN, frozenset({S.DIUSULKAN, S.DIVERIFIKASI}), RETURN,
             needs_reason=True),
        Step(S.DITOLAK, frozenset({S.DIUSULKAN, S.DIVERIFIKASI}), REJECT, needs_reason=True,
             releases_claims=True),
        Step(S.DIREKOMENDASIKAN, frozenset({S.DIVERIFIKASI}), RECOMMEND, checks_errors=True,
             not_by_verifier=True, claims_niks=True),
        Step(S.DIAJUKAN, frozenset({S.DIREKOMENDASIKAN}), EXPORT, via=Via.EXPORT),
        Step(S.DITETAPKAN, frozenset({S.DIAJUKAN}), DECIDE_SK, needs_sk=True),
        Step(S.TIDAK_DITETAPKAN, frozenset({S.DIAJUKAN}), DECIDE_SK, needs_sk=True,
             releases_claims=True),
        Step(S.DANA_CAIR, frozenset({S.DITETAPKAN}), DECIDE_SK, needs_payment=True),
        Step(S.MONEV, frozenset({S.DANA_CAIR}), EDIT_GROUP),
        Step(S.SELESAI, frozenset({S.DANA_CAIR, S.MONEV}), EDIT_GROUP),
        Step(S.DIBATALKAN, _ALL - {S.DIBATALKAN}, CANCEL_GROUP, needs_reason=True,
             releases_claims=True),
    )
}  # fmt: skip

# Why a status is not decided: how the office reaches it instead (whatever the role).
_VIA_REFUSAL = {
    Via.IMPORT: (
        "Status {target} tidak dicatat dengan keputusan: kelompok yang dikembalikan untuk "
        "perbaikan kembali menjadi {target} ketika daftar anggotanya yang sudah diperbaiki "
        "diimpor ulang (import BERKAS --replace ID_KELOMPOK)."
    ),
    Via.EXPORT: (
        "Status {target} tidak dicatat dengan keputusan: kelompok menjadi {target} ketika "
        "usulannya diekspor ke Kemnaker (perintah export)."
    ),
    Via.DECIDE: "Status {target} dicatat melalui keputusan (perintah decide).",
}


def step_to(status: S | str) -> Step:
    """The table row for reaching ``status`` (ValueError for an unknown status)."""
    return STEPS[S(status)]


def allowed_targets(status: S | str) -> list[S]:
    """The statuses a group in ``status`` may move to, in table order."""
    current = S(status)
    return [step.to for step in STEPS.values() if current in step.sources]


@dataclass(frozen=True)
class Request:
    """What the user asks for, besides the target status."""

    reason: str | None = None
    sk_number: str | None = None
    sk_date: dt.date | None = None
    on_date: dt.date | None = None  # disbursement date
    amount: Decimal | None = None


def via_problem(step: Step, via: Via) -> str | None:
    """Why ``step`` is not made by ``via`` (the use case that does make it), else None.

    Said before any role is checked: no role decides a status that an import or an
    export records.
    """
    if step.via == via:
        return None
    return _VIA_REFUSAL[step.via].format(target=label(step.to))


def check_step(
    current: S | str,
    step: Step,
    request: Request,
    *,
    via: Via,
    today: dt.date | None = None,
    decreed_on: dt.date | None = None,
    ceiling: Decimal | None = None,
    granted: Decimal | None = None,
) -> list[str]:
    """What stops ``current`` → ``step.to`` (Indonesian lines); empty when the table allows it.

    ``today`` (the office's date; the PC's when None) bounds the SK and disbursement
    dates; ``decreed_on`` is the group's SK date, before which nothing is disbursed;
    ``ceiling`` is the scheme's grant ceiling (pagu bantuan) and ``granted`` the grant
    the SK decreed, which no amount may exceed. Findings, the verifier and NIK claims
    are the services' part.
    """
    now = S(current)
    target = step.to
    if now == target:
        return [f"Kelompok sudah berstatus {label(target)}."]
    if now not in step.sources:
        sources = ", ".join(label(s) for s in sorted(step.sources, key=list(S).index))
        return [
            f"Status {label(target)} tidak dapat dicapai dari {label(now)}; hanya dari: {sources}."
        ]
    if (problem := via_problem(step, via)) is not None:
        return [problem]
    problems: list[str] = []
    if step.needs_reason and not (request.reason or "").strip():
        problems.append(f"Perubahan ke status {label(target)} wajib disertai alasan (--reason).")
    if step.needs_sk:
        if not (request.sk_number or "").strip():
            problems.append(f"Status {label(target)} wajib disertai nomor SK (--sk).")
        if request.sk_date is None:
            problems.append(f"Status {label(target)} wajib disertai tanggal SK (--date).")
    today = today or dt.date.today()
    if step.needs_sk and request.sk_date is not None and request.sk_date > today:
        problems.append(
            f"Tanggal SK {format_short(request.sk_date)} belum terjadi (hari ini "
            f"{format_short(today)}); periksa tanggal SK."
        )
    if step.needs_payment:
        on = request.on_date
        if on is None:
            problems.append(f"Status {label(target)} wajib disertai tanggal pencairan (--date).")
        elif on > today:
            problems.append(
                f"Tanggal pencairan {format_short(on)} belum terjadi (hari ini "
                f"{format_short(today)})."
            )
        elif decreed_on is not None and on < decreed_on:
            problems.append(
                f"Tanggal pencairan {format_short(on)} mendahului tanggal SK "
                f"{format_short(decreed_on)}; dana dicairkan setelah penetapan SK."
            )
        if request.amount is None:
            problems.append(f"Status {label(target)} wajib disertai jumlah dana (--amount).")
        elif request.amount <= 0:
            problems.append("Jumlah dana yang dicairkan harus lebih dari nol.")
    if request.amount is not None and (step.needs_payment or target is S.DITETAPKAN):
        problems += _amount_problems(request.amount, target, ceiling, granted)
    return problems


def _amount_problems(
    amount: Decimal, target: S, ceiling: Decimal | None, granted: Decimal | None
) -> list[str]:
    what = "dicairkan" if target is S.DANA_CAIR else "ditetapkan"
    if amount <= 0:
        # dana_cair says so above already
        return [] if target is S.DANA_CAIR else [f"Jumlah dana yang {what} harus lebih dari nol."]
    if ceiling is not None and amount > ceiling:
        return [
            f"Jumlah dana yang {what} {format_rupiah(amount)} melebihi pagu bantuan skema "
            f"{format_rupiah(ceiling)}."
        ]
    if target is S.DANA_CAIR and granted is not None and amount > granted:
        return [
            f"Jumlah dana yang dicairkan {format_rupiah(amount)} melebihi bantuan yang "
            f"ditetapkan dalam SK {format_rupiah(granted)}."
        ]
    return []


def roster_locked(status: S | str, unlocked: bool) -> bool:
    """Whether a group's members may not be edited: after recommendation, unless unlocked."""
    return S(status) in HOLDING and not unlocked
