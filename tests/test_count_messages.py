"""Messages that count agree with their number in every language, and say what they count."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import tiltak
from tiltak import FollowUpRoutine, ReportingLine, Schedule
from tiltak.testing import make_plan

MONTHLY = Schedule(start=dt.date(2024, 1, 1), rule="FREQ=MONTHLY")


def _message(code: str, as_of: dt.date, locale: str, **changes: object) -> str:
    plan = make_plan("operational_plan", **changes)
    # Only the plan's own follow-ups: the example's measures are followed up in March.
    plan = attrs.evolve(plan, measures=[attrs.evolve(m, follow_ups=()) for m in plan.measures])
    (finding,) = tiltak.validate(plan, as_of=as_of).by_code(code)
    return finding.message(locale=locale)


ONE, THREE = dt.date(2024, 1, 2), dt.date(2024, 3, 2)


@pytest.mark.parametrize(
    ("locale", "one", "three"),
    [
        ("en", "(1 missed in all)", "(3 missed in all)"),
        ("nb", "(1 manglende oppfølging i alt)", "(3 manglende oppfølginger i alt)"),
        ("nn", "(1 manglande oppfølging i alt)", "(3 manglande oppfølgingar i alt)"),
        ("sv", "(1 utebliven uppföljning totalt)", "(3 uteblivna uppföljningar totalt)"),
    ],
)
def test_missed_follow_ups(locale: str, one: str, three: str) -> None:
    routine = FollowUpRoutine(schedule=MONTHLY, method="Tertial report")
    assert _message("P017", ONE, locale, follow_up=routine, follow_ups=()).endswith(one + ".")
    assert _message("P017", THREE, locale, follow_up=routine, follow_ups=()).endswith(three + ".")


@pytest.mark.parametrize(
    ("locale", "one", "three"),
    [
        ("en", "(1 due in all)", "(3 due in all)"),
        ("nb", "(1 forfalt rapport i alt)", "(3 forfalte rapporter i alt)"),
        ("nn", "(1 forfallen rapport i alt)", "(3 forfalne rapportar i alt)"),
        ("sv", "(1 förfallen rapport totalt)", "(3 förfallna rapporter totalt)"),
    ],
)
def test_reports_due(locale: str, one: str, three: str) -> None:
    reporting = (ReportingLine(schedule=MONTHLY),)
    assert _message("F002", ONE, locale, reporting=reporting).endswith(one + ".")
    assert _message("F002", THREE, locale, reporting=reporting).endswith(three + ".")


def test_a_period_that_ended_is_not_called_a_deadline() -> None:
    """P016 of a measure that only runs for a period says the period ended, in days."""
    measure = tiltak.Measure(id="1", title="Trening", period=tiltak.Period(end="2024-05-30"))
    plan = make_plan("action_plan", measures=[measure])
    (finding,) = tiltak.validate(plan, as_of=dt.date(2024, 6, 1)).by_code("P016")
    assert finding.message(locale="en") == "The measure's period ended on 30 May 2024, 2 days ago."
    assert (
        finding.message(locale="nb")
        == "Perioden for tiltaket sluttet 30. mai 2024, for 2 dager siden."
    )
    with_deadline = attrs.evolve(measure, deadline="2024-05-31")
    plan = make_plan("action_plan", measures=[with_deadline])
    (finding,) = tiltak.validate(plan, as_of=dt.date(2024, 6, 1)).by_code("P016")
    assert finding.message(locale="en") == "The measure was due on 31 May 2024, 1 day ago."
