"""As-of questions: what is due and overdue in a plan on a given day, and a summary's parts.

Each function takes the day as ``as_of=`` (a ``date`` or an ISO day, ``"2024-03-31"``) and
never reads the clock. :func:`tiltak.summarise` answers them all at once; the classes here
are the parts of its :class:`tiltak.Summary` and of a reporting round's summary.

>>> import tiltak
>>> from tiltak import asof
>>> plan = tiltak.Plan(kind="action_plan", measures=[tiltak.Measure(id="1", deadline="2024-03")])
>>> [event.path for event in asof.overdue_measures(plan, as_of="2024-04-01")]
['$.measures[0]']
"""

from __future__ import annotations

from tiltak._summary import (
    Assessment,
    ColourChange,
    ColourCounts,
    GoalAreaStatus,
    GoalStatus,
    Indicator,
    IndicatorValue,
    MeasureStatus,
    ReportingRound,
    RoundSummary,
    reporting_rounds,
    round_days,
    summarise_rounds,
    summarise_since,
    worst_colour,
)
from tiltak._time._asof import (
    EventKind,
    PlanEvent,
    due_follow_ups,
    due_reporting,
    last_follow_up,
    missed_follow_ups,
    missed_reports,
    next_events,
    overdue_measures,
)

__all__ = [
    "Assessment",
    "ColourChange",
    "ColourCounts",
    "EventKind",
    "GoalAreaStatus",
    "GoalStatus",
    "Indicator",
    "IndicatorValue",
    "MeasureStatus",
    "PlanEvent",
    "ReportingRound",
    "RoundSummary",
    "due_follow_ups",
    "due_reporting",
    "last_follow_up",
    "missed_follow_ups",
    "missed_reports",
    "next_events",
    "overdue_measures",
    "reporting_rounds",
    "round_days",
    "summarise_rounds",
    "summarise_since",
    "worst_colour",
]
