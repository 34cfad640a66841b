"""As-of questions: what is due, and what is overdue, in a plan on a given day.

Every answer is a tuple of :class:`PlanEvent` records, sorted by due date, each naming where
in the plan it comes from as a JSON path (``$.measures[2]``, ``$.follow_up.schedule``).
The day is always an argument: nothing here reads the clock.

>>> import datetime as dt
>>> from tiltak import Measure, Plan
>>> plan = Plan(kind="action_plan", measures=[Measure(id="1", deadline="2024-03")])
>>> overdue_measures(plan, as_of=dt.date(2024, 3, 31))
()
>>> [(e.path, e.due.isoformat()) for e in overdue_measures(plan, as_of="2024-04-01")]
[('$.measures[0]', '2024-03-31')]
"""

from __future__ import annotations

import datetime as dt
import enum
import heapq
import itertools
from collections.abc import Iterable, Iterator

import attrs

from tiltak._enums import StatusColour
from tiltak._errors import ModelError, ModelTypeError
from tiltak._model import Measure, Plan, ReportingLine, latest_follow_up

from ._dates import shifted, to_day
from ._schedule import Schedule

__all__ = [
    "EventKind",
    "PlanEvent",
    "due_follow_ups",
    "due_reporting",
    "last_delivered",
    "last_follow_up",
    "measure_due",
    "missed_follow_ups",
    "missed_reports",
    "next_events",
    "overdue_measures",
]

MAX_EVENTS = 1000
"""The most occurrences of one schedule an answer lists (the earliest ones)."""


class EventKind(enum.Enum):
    """What falls due."""

    MEASURE = "measure"
    """A measure's deadline (or the end of its period)."""
    FOLLOW_UP = "follow_up"
    """A follow-up of the plan, from its schedule or its list of dates."""
    REVISION = "revision"
    """A planned revision of the plan."""
    REPORTING = "reporting"
    """A report along a reporting line."""


@attrs.frozen(kw_only=True, order=False)
class PlanEvent:
    """Something in a plan that falls due on ``due``, found at ``path`` in the plan."""

    kind: EventKind
    path: str
    """A JSON path into the plan, such as ``$.measures[2]`` or ``$.revisions[0]``."""
    due: dt.date

    def days_late(self, *, as_of: dt.date | str) -> int:
        """How many days past due the event is on ``as_of`` (negative: days left)."""
        return (_check_day(as_of) - self.due).days


def _check_day(as_of: object, name: str = "as_of") -> dt.date:
    return to_day(as_of, name)


def _check_plan(plan: object) -> Plan:
    if not isinstance(plan, Plan):
        raise ModelTypeError(f"expected a Plan, not {type(plan).__name__}")
    return plan


def _check_limit(limit: object) -> int:
    if not isinstance(limit, int) or isinstance(limit, bool):
        raise ModelTypeError(f"limit must be an int, not {type(limit).__name__}")
    if limit < 0:
        raise ModelError("limit must not be negative")
    return limit


def _sorted(events: Iterable[PlanEvent]) -> tuple[PlanEvent, ...]:
    return tuple(sorted(events, key=lambda e: (e.due, e.path)))


def _bounded(schedule: Schedule, first: dt.date, last: dt.date) -> Iterator[dt.date]:
    """Occurrences from ``first`` to ``last``, at most :data:`MAX_EVENTS`."""
    if last < first:
        return iter(())
    return itertools.islice(schedule.iter_occurrences(first, last), MAX_EVENTS)


# -- measures ---------------------------------------------------------------------------------


def measure_due(measure: Measure) -> dt.date | None:
    """The day a measure must be done by: its deadline's last day, else its period's end."""
    if measure.deadline is not None:
        return measure.deadline.last_day
    if measure.period is not None:
        return measure.period.last_day
    return None


def _is_settled(measure: Measure, as_of: dt.date) -> bool:
    """Whether ``measure`` is completed, or its latest follow-up with a colour is green.

    Completion and follow-ups dated after ``as_of`` do not count; an undated follow-up does.
    The latest is the latest by date (:func:`tiltak._model.latest_follow_up`).
    """
    completed = measure.completed
    if completed is not None and completed <= as_of:
        return True
    latest = latest_follow_up(measure.follow_ups, as_of=as_of)
    return latest is not None and latest.colour is StatusColour.GREEN


def overdue_measures(plan: Plan, *, as_of: dt.date | str) -> tuple[PlanEvent, ...]:
    """Measures past their deadline on ``as_of``, neither completed nor followed up green.

    A measure is due by the last day of its deadline (``2024-12`` by 31 December), or of
    its period when it has no deadline; on that day it is not yet overdue. Completion and
    follow-ups dated after ``as_of`` do not count; an undated follow-up does.
    """
    plan, as_of = _check_plan(plan), _check_day(as_of)
    events = []
    for i in overdue_indices(plan, as_of):
        due = measure_due(plan.measures[i])
        assert due is not None
        events.append(PlanEvent(kind=EventKind.MEASURE, path=f"$.measures[{i}]", due=due))
    return _sorted(events)


def overdue_indices(plan: Plan, as_of: dt.date) -> list[int]:
    """The index of each measure :func:`overdue_measures` gives, in plan order."""
    # Past due means due before as_of, compared without building dates: by year, then within
    # the year as month * 100 + day, a month counting as ending on its day 99.
    this_year, today = as_of.year, as_of.month * 100 + as_of.day
    out = []
    for i, measure in enumerate(plan.measures):
        due = measure.deadline
        if due is None:
            period = measure.period
            if period is None or (due := period.end) is None:
                continue
        year = due.year
        if year > this_year:
            continue
        if year == this_year and (due.month is None or due.month * 100 + (due.day or 99) >= today):
            continue
        if not _is_settled(measure, as_of):
            out.append(i)
    return out


# -- follow-ups and revisions -----------------------------------------------------------------


def last_follow_up(plan: Plan, *, as_of: dt.date | str) -> dt.date | None:
    """The latest day on or before ``as_of`` the plan was followed up or revised.

    Counts the dated follow-ups of the plan, of its measures and of its goals (a plan
    followed up measure by measure, as Brå's template does, is followed up), and its
    revisions' ``done`` dates.
    """
    plan, as_of = _check_plan(plan), _check_day(as_of)
    revised = [r.done for r in plan.revisions if r.done is not None and r.done <= as_of]
    return max([*followed_up_days(plan, as_of), *revised], default=None)


def followed_up_days(plan: Plan, as_of: dt.date) -> list[dt.date]:
    """The days on or before ``as_of`` of the follow-ups of the plan, its measures and goals."""
    lists = (plan.follow_ups, *(m.follow_ups for m in plan.measures))
    lists += tuple(g.follow_ups for g in plan.goals)
    return [f.date for each in lists for f in each if f.date is not None and f.date <= as_of]


def recorded_follow_up(plan: Plan, as_of: dt.date) -> dt.date | None:
    """The latest of :func:`followed_up_days`: what records the plan's scheduled follow-ups."""
    return max(followed_up_days(plan, as_of), default=None)


def _open_follow_ups(plan: Plan, as_of: dt.date, last: dt.date) -> Iterator[PlanEvent]:
    """Follow-ups and revisions due from the last recorded one to ``last``, not recorded."""
    recorded = recorded_follow_up(plan, as_of)
    routine = plan.follow_up
    if routine is not None:
        if routine.schedule is not None:
            first = routine.schedule.start if recorded is None else shifted(recorded, 1)
            for day in _bounded(routine.schedule, first, last):
                yield PlanEvent(kind=EventKind.FOLLOW_UP, path="$.follow_up.schedule", due=day)
        for i, date in enumerate(routine.dates):
            due = date.last_day
            # A follow-up anywhere in a month or year given as the date records it.
            if due <= last and (recorded is None or recorded < date.first_day):
                yield PlanEvent(kind=EventKind.FOLLOW_UP, path=f"$.follow_up.dates[{i}]", due=due)
    for i, revision in enumerate(plan.revisions):
        if revision.due is None or (revision.done is not None and revision.done <= as_of):
            continue
        due = revision.due.last_day
        if due <= last:
            yield PlanEvent(kind=EventKind.REVISION, path=f"$.revisions[{i}]", due=due)


def due_follow_ups(plan: Plan, *, as_of: dt.date | str) -> tuple[PlanEvent, ...]:
    """Follow-ups and revisions due on or before ``as_of`` and not recorded.

    A scheduled follow-up (``$.follow_up.schedule`` or ``$.follow_up.dates[i]``) is
    recorded by any follow-up of the plan dated on or after its due day (for a date given
    as a month or a year, anywhere in it), up to ``as_of``. A revision is recorded by its
    ``done`` date. Each schedule lists at most 1000 occurrences.
    """
    plan, as_of = _check_plan(plan), _check_day(as_of)
    return _sorted(_open_follow_ups(plan, as_of, as_of))


def missed_follow_ups(plan: Plan, *, as_of: dt.date | str) -> tuple[PlanEvent, ...]:
    """Follow-ups and revisions past due on ``as_of``: due before it and not recorded.

    Like :func:`due_follow_ups`, without what falls due on ``as_of`` itself.
    """
    plan, as_of = _check_plan(plan), _check_day(as_of)
    if as_of == dt.date.min:
        return ()
    return _sorted(_open_follow_ups(plan, as_of, as_of - dt.timedelta(days=1)))


# -- reporting --------------------------------------------------------------------------------


def due_reporting(
    plan: Plan, *, as_of: dt.date | str, since: dt.date | str | None = None
) -> tuple[PlanEvent, ...]:
    """Reports that fell due along the plan's reporting lines.

    With ``since``, every occurrence after ``since`` up to and including ``as_of`` (at most
    1000 a line); without it, each line's latest occurrence on or before ``as_of``. A due
    day is left out when the line records a report delivered on or after it, up to
    ``as_of`` (:attr:`tiltak.ReportingLine.reports`).
    """
    plan, as_of = _check_plan(plan), _check_day(as_of)
    events: list[PlanEvent] = []
    for i, line in enumerate(plan.reporting):
        schedule = line.schedule
        if schedule is None:
            continue
        path = f"$.reporting[{i}].schedule"
        if since is not None:
            days: Iterable[dt.date] = _bounded(
                schedule, shifted(_check_day(since, "since"), 1), as_of
            )
        else:
            days = _latest(schedule, as_of)
        delivered = last_delivered(line, as_of)
        events.extend(
            PlanEvent(kind=EventKind.REPORTING, path=path, due=day)
            for day in days
            if delivered is None or day > delivered
        )
    return _sorted(events)


def last_delivered(line: ReportingLine, as_of: dt.date) -> dt.date | None:
    """The latest day on or before ``as_of`` a report was delivered along ``line``."""
    days = [r.date for r in line.reports if r.date is not None and r.date <= as_of]
    return max(days, default=None)


def missed_reports(plan: Plan, *, as_of: dt.date | str) -> tuple[PlanEvent, ...]:
    """Reports past due on ``as_of``: due before it and not delivered.

    A due day is recorded by a report of its line delivered on or after it, up to ``as_of``;
    so every due day after the line's latest delivered report is missed (at most 1000 a
    line). What falls due on ``as_of`` itself is not yet past due.
    """
    plan, as_of = _check_plan(plan), _check_day(as_of)
    if as_of == dt.date.min:
        return ()
    last = as_of - dt.timedelta(days=1)
    events: list[PlanEvent] = []
    for i, line in enumerate(plan.reporting):
        schedule = line.schedule
        if schedule is None:
            continue
        delivered = last_delivered(line, as_of)
        first = schedule.start if delivered is None else shifted(delivered, 1)
        path = f"$.reporting[{i}].schedule"
        events.extend(
            PlanEvent(kind=EventKind.REPORTING, path=path, due=day)
            for day in _bounded(schedule, first, last)
        )
    return _sorted(events)


def _latest(schedule: Schedule, as_of: dt.date) -> tuple[dt.date, ...]:
    """The schedule's latest occurrence on or before ``as_of``, if any."""
    latest = schedule.last_due(as_of)
    return () if latest is None else (latest,)


# -- what comes next --------------------------------------------------------------------------


def _upcoming(plan: Plan, as_of: dt.date) -> Iterator[Iterator[PlanEvent]]:
    """One date-ordered stream of events on or after ``as_of`` per source in the plan."""
    singles: list[PlanEvent] = []
    for i, measure in enumerate(plan.measures):
        due = measure_due(measure)
        if due is not None and due >= as_of and not _is_settled(measure, as_of):
            singles.append(PlanEvent(kind=EventKind.MEASURE, path=f"$.measures[{i}]", due=due))
    routine = plan.follow_up
    if routine is not None:
        for i, date in enumerate(routine.dates):
            if date.last_day >= as_of:
                path = f"$.follow_up.dates[{i}]"
                singles.append(PlanEvent(kind=EventKind.FOLLOW_UP, path=path, due=date.last_day))
        if routine.schedule is not None:
            yield _stream(routine.schedule, as_of, EventKind.FOLLOW_UP, "$.follow_up.schedule")
    for i, revision in enumerate(plan.revisions):
        done = revision.done is not None and revision.done <= as_of
        if revision.due is not None and not done and revision.due.last_day >= as_of:
            path = f"$.revisions[{i}]"
            singles.append(
                PlanEvent(kind=EventKind.REVISION, path=path, due=revision.due.last_day)
            )
    for i, line in enumerate(plan.reporting):
        if line.schedule is not None:
            yield _stream(line.schedule, as_of, EventKind.REPORTING, f"$.reporting[{i}].schedule")
    yield iter(_sorted(singles))


def _stream(schedule: Schedule, as_of: dt.date, kind: EventKind, path: str) -> Iterator[PlanEvent]:
    for day in schedule.iter_occurrences(as_of):
        yield PlanEvent(kind=kind, path=path, due=day)


def next_events(plan: Plan, *, as_of: dt.date | str, limit: int = 10) -> tuple[PlanEvent, ...]:
    """The next ``limit`` things that fall due on or after ``as_of``, soonest first.

    Measures' deadlines (those not yet done), follow-ups of the plan, open revisions and
    reports along the reporting lines.
    """
    plan, as_of, limit = _check_plan(plan), _check_day(as_of), _check_limit(limit)
    merged = heapq.merge(*_upcoming(plan, as_of), key=lambda e: (e.due, e.path))
    return tuple(itertools.islice(merged, min(limit, MAX_EVENTS)))
