"""Plans dated at the ends of the calendar (year 1, year 9999): checked, never a crash."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import tiltak
from tiltak import PartialDate, PlanKind, examples
from tiltak.testing import make_plan

F = tiltak.from_dict
B = {"format": "tiltak/1"}
MONTHLY = {"start": "2024-01-01", "rule": "FREQ=MONTHLY"}


@pytest.mark.parametrize(
    ("document", "as_of"),
    [
        (
            {
                "kind": "return_to_work_plan",
                "return_to_work": {"first_day_of_absence": "9999-12-01"},
            },
            None,
        ),
        (
            {
                "kind": "return_to_work_plan",
                "return_to_work": {"dialogue_meetings": [{"number": 2, "date": "0001-01-03"}]},
            },
            None,
        ),
        ({"kind": "implementation_plan", "created": "9999-02-01"}, "9999-06-01"),
        (
            {
                "kind": "action_plan",
                "follow_up": {"schedule": MONTHLY},
                "follow_ups": [{"date": "9999-12-31"}],
            },
            "9999-12-31",
        ),
        (
            {
                "kind": "operational_plan",
                "reporting": [{"schedule": MONTHLY, "reports": [{"date": "9999-12-31"}]}],
            },
            "9999-12-31",
        ),
    ],
)
def test_the_cases_found(document: dict[str, Any], as_of: str | None) -> None:
    plan = F({**B, **document})
    assert tiltak.validate(plan, as_of=as_of) is not None
    assert tiltak.to_html(tiltak.validate(plan, as_of=as_of))


def test_rounds_from_year_one() -> None:
    plan = F(
        {
            **B,
            "kind": "operational_plan",
            "follow_up": {"schedule": {"start": "0001-01-01", "rule": "FREQ=YEARLY"}},
        }
    )
    assert tiltak.asof.summarise_rounds(plan, as_of="0001-06-01")


def _moved(value: object, day: dt.date) -> Any:
    """``value`` with every date in it moved to ``day`` (partial dates keep their precision)."""
    if isinstance(value, dt.date):
        return day
    if isinstance(value, PartialDate):
        return PartialDate(
            year=day.year,
            month=None if value.month is None else day.month,
            day=None if value.day is None else day.day,
        )
    if isinstance(value, tuple):
        return tuple(_moved(item, day) for item in value)
    if attrs.has(type(value)):
        record: Any = value
        changes = {
            f.name: _moved(getattr(record, f.name), day) for f in attrs.fields(type(record))
        }
        try:
            return attrs.evolve(record, **changes)
        except tiltak.TiltakError:  # a schedule whose rule cannot start there: as it was
            return value
    return value


PLANS = [make_plan(kind) for kind in PlanKind] + [examples.load(n) for n in examples.names()]
ENDS = [dt.date(1, 1, 1), dt.date(1, 1, 3), dt.date(9999, 12, 1), dt.date(9999, 12, 31)]
CALLS: list[Callable[[tiltak.Plan, dt.date], object]] = [
    lambda plan, day: tiltak.validate(plan, as_of=day),
    lambda plan, day: tiltak.validate(plan),
    lambda plan, day: tiltak.summarise(plan, as_of=day),
    lambda plan, day: tiltak.asof.summarise_rounds(plan, as_of=day),
    lambda plan, day: tiltak.asof.missed_follow_ups(plan, as_of=day),
    lambda plan, day: tiltak.asof.overdue_measures(plan, as_of=day),
]


@pytest.mark.parametrize("end", ENDS, ids=str)
def test_every_kind_dated_at_an_end(end: dt.date) -> None:
    """Every date of every example at one end, checked as of both ends: answers, no crash."""
    for plan in PLANS:
        moved = _moved(plan, end)
        for as_of in (dt.date.min, end, dt.date.max):
            for call in CALLS:
                call(moved, as_of)
