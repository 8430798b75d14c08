"""The status table's checks of the values a decision carries: SK date, disbursement date
and amount against today, the SK and the scheme's ceiling; and how a status is reached."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tkm_desktop.domain.status import GroupStatus as S
from tkm_desktop.domain.workflow import Request, Via, check_step, step_to, via_problem

TODAY = dt.date(2026, 3, 10)
SK = dt.date(2026, 1, 15)
CEILING = Decimal(20_000_000)


def sk(on: dt.date, amount: Decimal | None = None) -> list[str]:
    request = Request(sk_number="KEP.5/2026", sk_date=on, amount=amount)
    return check_step(
        S.DIAJUKAN, step_to(S.DITETAPKAN), request, via=Via.DECIDE, today=TODAY, ceiling=CEILING
    )


def paid(on: dt.date, amount: Decimal, *, granted: Decimal | None = None) -> list[str]:
    request = Request(on_date=on, amount=amount)
    return check_step(
        S.DITETAPKAN,
        step_to(S.DANA_CAIR),
        request,
        via=Via.DECIDE,
        today=TODAY,
        decreed_on=SK,
        ceiling=CEILING,
        granted=granted,
    )


def test_an_sk_dated_today_or_before_is_taken_and_a_future_one_refused() -> None:
    assert sk(TODAY) == [] and sk(SK) == []
    [problem] = sk(dt.date(2030, 1, 5))
    assert "05/01/2030" in problem and "belum terjadi" in problem and "10/03/2026" in problem
    [problem] = check_step(
        S.DIAJUKAN,
        step_to(S.TIDAK_DITETAPKAN),
        Request(sk_number="KEP.6/2026", sk_date=TODAY + dt.timedelta(days=1)),
        via=Via.DECIDE,
        today=TODAY,
    )
    assert "Tanggal SK" in problem


def test_the_grant_decreed_is_bounded_by_the_ceiling() -> None:
    assert sk(SK, CEILING) == []
    [problem] = sk(SK, CEILING + 1)
    assert "melebihi pagu bantuan skema Rp20.000.000,00" in problem
    [problem] = sk(SK, Decimal(0))
    assert "lebih dari nol" in problem


def test_a_disbursement_lies_between_the_sk_and_today() -> None:
    assert paid(SK, CEILING) == [] and paid(TODAY, Decimal(1)) == []
    [problem] = paid(SK - dt.timedelta(days=1), CEILING)
    assert "mendahului tanggal SK 15/01/2026" in problem
    [problem] = paid(TODAY + dt.timedelta(days=1), CEILING)
    assert "belum terjadi" in problem


@pytest.mark.parametrize(
    ("amount", "granted", "expected"),
    [
        (Decimal("999999999999"), None, "melebihi pagu bantuan skema Rp20.000.000,00"),
        (Decimal(20_000_001), Decimal(20_000_000), "melebihi pagu bantuan"),
        (Decimal(18_000_000), Decimal(15_000_000), "melebihi bantuan yang ditetapkan dalam SK"),
        (Decimal(0), None, "lebih dari nol"),
        (Decimal(-5), None, "lebih dari nol"),
    ],
)
def test_a_disbursed_amount_above_the_ceiling_or_the_grant_or_not_positive_is_refused(
    amount: Decimal, granted: Decimal | None, expected: str
) -> None:
    problems = paid(SK, amount, granted=granted)
    assert len(problems) == 1 and expected in problems[0]


def test_proposals_and_exports_are_not_decided_whatever_the_source() -> None:
    assert via_problem(step_to(S.DIVERIFIKASI), Via.DECIDE) is None
    text = via_problem(step_to(S.DIUSULKAN), Via.DECIDE)
    assert text is not None and "--replace" in text and "diimpor ulang" in text
    assert check_step(S.DIKEMBALIKAN, step_to(S.DIUSULKAN), Request(), via=Via.DECIDE) == [text]
    exported = via_problem(step_to(S.DIAJUKAN), Via.DECIDE)
    assert exported is not None and "export" in exported
    assert via_problem(step_to(S.DIUSULKAN), Via.IMPORT) is None
