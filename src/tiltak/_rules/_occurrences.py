"""When a schedule falls due, for the rules that ask what is overdue on a date."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

from tiltak._schedule import Schedule

__all__ = ["due_between"]

_MAX_STEPS = 100_000
"""How many due days a check looks at: a schedule over millennia must not run away."""


def _days(schedule: Schedule, last: dt.date) -> Iterator[dt.date]:
    """The days ``schedule`` falls due, up to ``last``, from the schedule itself if it can."""
    iterate = getattr(schedule, "iter_occurrences", None)
    if iterate is not None:  # Schedule's own reading (month-end clamping and all)
        yield from iterate(schedule.start, last)
        return
    from dateutil.rrule import rrulestr

    recurrence = rrulestr(schedule.rule, dtstart=dt.datetime.combine(schedule.start, dt.time()))
    previous = None
    for moment in recurrence:
        day = moment.date()
        if day > last:
            return
        if day != previous:
            previous = day
            yield day


def due_between(schedule: Schedule, first: dt.date, last: dt.date) -> Iterator[dt.date]:
    """The distinct days ``schedule`` falls due from ``first`` to ``last``, both included.

    Stops after looking at 100 000 due days from the schedule's start.
    """
    if last < first or last < schedule.start:
        return iter(())
    bounded = itertools.islice(_days(schedule, last), _MAX_STEPS)
    return (day for day in bounded if day >= first)
