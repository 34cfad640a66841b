"""A plan's pictures: its measures on a timeline, and their follow-ups by round."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from tiltak._errors import ModelTypeError
from tiltak._locale import resolve_locale
from tiltak._model import Measure, Plan
from tiltak._summary import colour_as_of
from tiltak._time._dates import to_day

from ._svg import Picture, word
from ._svg_matrix import Mark, MatrixRow, draw_matrix
from ._svg_timeline import Tick, TimelineItem, draw_timeline

__all__ = ["measure_label", "measure_rows", "plan_matrix", "plan_timeline", "timeline_items"]


def _plan(plan: object) -> Plan:
    if not isinstance(plan, Plan):
        raise ModelTypeError(f"expected a Plan, not {type(plan).__name__}")
    return plan


def _locale(plan: Plan, locale: str | None) -> str:
    own = None if plan.language is None else str(plan.language.value)
    return resolve_locale(locale, own=own)


def _day(as_of: dt.date | str | None) -> dt.date | None:
    return None if as_of is None else to_day(as_of)


def measure_label(measure: Measure) -> str:
    """How people name a measure: its id, then its title."""
    return measure.id if not measure.title else f"{measure.id} {measure.title}"


def _item(measure: Measure, as_of: dt.date | None) -> TimelineItem:
    period = measure.period
    start = None if period is None else period.first_day
    end = None if period is None else period.last_day
    if end is None and measure.deadline is not None:
        end = measure.deadline.last_day
    completed = measure.completed
    if completed is not None and as_of is not None and completed > as_of:
        completed = None
    return TimelineItem(
        label=measure_label(measure),
        start=start,
        end=end,
        colour=colour_as_of(measure.follow_ups, dt.date.max if as_of is None else as_of),
        completed=completed,
    )


def timeline_items(plan: Plan, *, as_of: dt.date | None = None) -> tuple[TimelineItem, ...]:
    """The plan's measures as timeline items, each with its status as of ``as_of``.

    A measure's bar is its period, up to its deadline when the period has no end; a
    measure with a deadline alone is a point. Without ``as_of``, every follow-up counts.
    """
    return tuple(_item(measure, as_of) for measure in _plan(plan).measures)


def _ticks(plan: Plan) -> Iterable[Tick]:
    routine = plan.follow_up
    if routine is not None:
        yield from (Tick(date=day.last_day, kind="follow-up") for day in routine.dates)
    for follow_up in (*plan.follow_ups, *(f for m in plan.measures for f in m.follow_ups)):
        if follow_up.date is not None:
            yield Tick(date=follow_up.date, kind="follow-up")
    for revision in plan.revisions:
        day = revision.done or (None if revision.due is None else revision.due.last_day)
        if day is not None:
            yield Tick(date=day, kind="revision")


def plan_timeline(
    plan: Plan, *, as_of: dt.date | str | None = None, locale: str | None = None
) -> Picture:
    """The plan's measures on a timeline, its follow-up and revision days as ticks.

    Follow-up days are those the plan's routine names and those of every recorded
    follow-up; a revision's day is when it was done, else when it is due.
    """
    plan, day = _plan(plan), _day(as_of)
    code = _locale(plan, locale)
    return draw_timeline(
        timeline_items(plan, as_of=day),
        ticks=_ticks(plan),
        as_of=day,
        title=word("measures_timeline", locale=code),
        locale=code,
    )


def measure_rows(plan: Plan, *, as_of: dt.date | None = None) -> tuple[MatrixRow, ...]:
    """A row per measure of ``plan``, marked by its dated follow-ups up to ``as_of``."""
    return tuple(
        MatrixRow(
            label=measure_label(measure),
            marks=tuple(
                Mark(date=f.date, colour=f.colour)
                for f in measure.follow_ups
                if f.date is not None and (as_of is None or f.date <= as_of)
            ),
        )
        for measure in _plan(plan).measures
    )


def plan_matrix(
    plan: Plan,
    *,
    as_of: dt.date | str | None = None,
    rounds: Iterable[dt.date] | None = None,
    locale: str | None = None,
) -> Picture:
    """The status of the plan's measures by round, from their follow-ups up to ``as_of``.

    Without ``rounds``, each day a measure was followed up on is a round.
    """
    plan, day = _plan(plan), _day(as_of)
    code = _locale(plan, locale)
    return draw_matrix(
        measure_rows(plan, as_of=day),
        rounds=rounds,
        title=word("measures_matrix", locale=code),
        locale=code,
    )
