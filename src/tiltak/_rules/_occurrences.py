"""When a schedule falls due, for the rules that ask what is overdue on a date."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

from tiltak._schedule import Schedule

__all__ = ["due_before"]

_MAX_STEPS = 100_000
"""An RRULE can recur every second; a check must not iterate forever on hostile input."""


def _days(schedule: Schedule, last: dt.date) -> Iterator[dt.date]:
    """The days ``schedule`` falls due, up to ``last``, from the schedule itself if it can."""
    iterate = getattr(schedule, "iter_occurrences", None)
    if iterate is not None:  # Schedule's own reading (month-end clamping and all)
        yield from iterate(schedule.start, last)
        return
    from dateutil.rrule import rrulestr

    recurrence = rrulestr(schedule.rule, dtstart=dt.datetime.combine(schedule.start, dt.time()))
    for moment in recurrence:
        day = moment.date()
        if day > last:
            return
        yield day


def due_before(schedule: Schedule, day: dt.date, keep: int = 2) -> tuple[dt.date, ...]:
    """The last ``keep`` distinct dates the schedule fell due strictly before ``day``."""
    if schedule.start >= day:
        return ()
    found: list[dt.date] = []
    for current in itertools.islice(_days(schedule, day - dt.timedelta(days=1)), _MAX_STEPS):
        if not found or found[-1] != current:
            found.append(current)
            if len(found) > keep:
                del found[0]
    return tuple(found)
