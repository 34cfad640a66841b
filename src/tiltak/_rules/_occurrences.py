"""When a schedule falls due, for the rules that ask what is overdue on a date."""

from __future__ import annotations

import datetime as dt

from tiltak._schedule import Schedule

__all__ = ["due_before"]

_MAX_STEPS = 100_000
"""An RRULE can recur every second; a check must not iterate forever on hostile input."""


def due_before(schedule: Schedule, day: dt.date, keep: int = 2) -> tuple[dt.date, ...]:
    """The last ``keep`` distinct dates the schedule fell due strictly before ``day``."""
    from dateutil.rrule import rrulestr

    if schedule.start >= day:
        return ()
    recurrence = rrulestr(schedule.rule, dtstart=dt.datetime.combine(schedule.start, dt.time()))
    found: list[dt.date] = []
    for step, moment in enumerate(recurrence):
        current = moment.date()
        if current >= day or step >= _MAX_STEPS:
            break
        if not found or found[-1] != current:
            found.append(current)
            if len(found) > keep:
                del found[0]
    return tuple(found)
