"""The status table of DESIGN.md, as data: sources, permissions, what each step needs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tkm_desktop.domain import workflow
from tkm_desktop.domain.status import GroupStatus as S
from tkm_desktop.domain.workflow import Request, Via, allowed_targets, check_step, step_to
from tkm_desktop.services import permissions

SK = Request(sk_number="KEP.5/2024", sk_date=dt.date(2024, 3, 1))


def test_every_status_has_a_step_and_every_action_is_in_the_permission_table() -> None:
    assert set(workflow.STEPS) == set(S)
    for step in workflow.STEPS.values():
        assert step.action in permissions.ACTIONS


@pytest.mark.parametrize(
    ("status", "targets"),
    [
        (S.DIUSULKAN, [S.DIVERIFIKASI, S.DIKEMBALIKAN, S.DITOLAK, S.DIBATALKAN]),
        (S.DIVERIFIKASI, [S.DIKEMBALIKAN, S.DITOLAK, S.DIREKOMENDASIKAN, S.DIBATALKAN]),
        (S.DIKEMBALIKAN, [S.DIUSULKAN, S.DIBATALKAN]),
        (S.DIREKOMENDASIKAN, [S.DIAJUKAN, S.DIBATALKAN]),
        (S.DIAJUKAN, [S.DITETAPKAN, S.TIDAK_DITETAPKAN, S.DIBATALKAN]),
        (S.DITETAPKAN, [S.DANA_CAIR, S.DIBATALKAN]),
        (S.DANA_CAIR, [S.MONEV, S.SELESAI, S.DIBATALKAN]),
        (S.MONEV, [S.SELESAI, S.DIBATALKAN]),
        (S.DIBATALKAN, []),
    ],
)
def test_allowed_targets_follow_the_table(status: S, targets: list[S]) -> None:
    assert allowed_targets(status) == targets


def test_who_takes_each_step() -> None:
    assert step_to(S.DIVERIFIKASI).action == permissions.VERIFY
    assert step_to(S.DIKEMBALIKAN).action == permissions.RETURN
    assert step_to(S.DITOLAK).action == permissions.REJECT
    assert step_to(S.DIREKOMENDASIKAN).action == permissions.RECOMMEND
    assert step_to(S.DITETAPKAN).action == permissions.DECIDE_SK
    assert step_to(S.TIDAK_DITETAPKAN).action == permissions.DECIDE_SK
    assert step_to(S.DIBATALKAN).action == permissions.CANCEL_GROUP


def test_a_step_from_the_wrong_status_is_refused_with_the_right_sources() -> None:
    [problem] = check_step(S.DIUSULKAN, step_to(S.DIREKOMENDASIKAN), Request(), via=Via.DECIDE)
    assert "Memenuhi Syarat (MS)" in problem
    [problem] = check_step(S.DITOLAK, step_to(S.DITOLAK), Request(reason="x"), via=Via.DECIDE)
    assert "sudah berstatus" in problem


@pytest.mark.parametrize("target", [S.DIKEMBALIKAN, S.DITOLAK])
def test_returning_and_rejecting_need_a_reason(target: S) -> None:
    step = step_to(target)
    assert check_step(S.DIUSULKAN, step, Request(reason="  "), via=Via.DECIDE)
    assert check_step(S.DIUSULKAN, step, Request(reason="KTP buram"), via=Via.DECIDE) == []


def test_cancelling_from_anywhere_needs_a_reason() -> None:
    step = step_to(S.DIBATALKAN)
    for status in set(S) - {S.DIBATALKAN}:
        assert check_step(status, step, Request(reason="ganda"), via=Via.DECIDE) == []
    assert check_step(S.DANA_CAIR, step, Request(), via=Via.DECIDE)


def test_sk_needs_number_and_date() -> None:
    step = step_to(S.DITETAPKAN)
    assert len(check_step(S.DIAJUKAN, step, Request(), via=Via.DECIDE)) == 2
    assert len(check_step(S.DIAJUKAN, step, Request(sk_number="1"), via=Via.DECIDE)) == 1
    assert check_step(S.DIAJUKAN, step, SK, via=Via.DECIDE) == []
    assert check_step(S.DIAJUKAN, step_to(S.TIDAK_DITETAPKAN), SK, via=Via.DECIDE) == []


def test_disbursement_needs_date_and_a_positive_amount() -> None:
    step = step_to(S.DANA_CAIR)
    assert len(check_step(S.DITETAPKAN, step, Request(), via=Via.DECIDE)) == 2
    bad = Request(on_date=dt.date(2024, 4, 1), amount=Decimal(0))
    assert check_step(S.DITETAPKAN, step, bad, via=Via.DECIDE)
    good = Request(on_date=dt.date(2024, 4, 1), amount=Decimal("40000000"))
    assert check_step(S.DITETAPKAN, step, good, via=Via.DECIDE) == []


def test_submission_and_reimport_are_not_taken_by_decide() -> None:
    [problem] = check_step(S.DIREKOMENDASIKAN, step_to(S.DIAJUKAN), Request(), via=Via.DECIDE)
    assert "export" in problem
    assert check_step(S.DIREKOMENDASIKAN, step_to(S.DIAJUKAN), Request(), via=Via.EXPORT) == []
    assert check_step(S.DIKEMBALIKAN, step_to(S.DIUSULKAN), Request(), via=Via.IMPORT) == []
    assert check_step(S.DIKEMBALIKAN, step_to(S.DIUSULKAN), Request(), via=Via.DECIDE)


def test_claims_and_checks_sit_on_the_right_steps() -> None:
    assert step_to(S.DIVERIFIKASI).checks_findings
    recommend = step_to(S.DIREKOMENDASIKAN)
    assert recommend.claims_niks and recommend.not_by_verifier and recommend.checks_errors
    released = {s.to for s in workflow.STEPS.values() if s.releases_claims}
    assert released == {S.DITOLAK, S.DIBATALKAN, S.TIDAK_DITETAPKAN}


def test_roster_is_locked_from_recommendation_unless_unlocked() -> None:
    assert not workflow.roster_locked(S.DIVERIFIKASI, False)
    assert workflow.roster_locked(S.DIREKOMENDASIKAN, False)
    assert workflow.roster_locked(S.DITETAPKAN, False)
    assert not workflow.roster_locked(S.DITETAPKAN, True)
