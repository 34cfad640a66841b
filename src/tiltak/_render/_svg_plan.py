"""A plan's pictures: its measures on a timeline, its follow-ups by round, its indicators."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Literal

from tiltak._elements import reference
from tiltak._errors import ModelTypeError
from tiltak._locale import resolve_locale
from tiltak._model import FollowUp, Measure, Plan
from tiltak._summary import (
    Indicator as GoalIndicator,
)
from tiltak._summary import (
    colour_as_of,
    goal_indicator,
    round_days,
    summarise,
)
from tiltak._time._dates import to_day
from tiltak._time._schedule import Schedule

from ._svg import Picture, checked, word
from ._svg_indicator import MAX_VALUE, Indicator, Reading, draw_indicator
from ._svg_matrix import MAX_ROUNDS, Mark, MatrixRow, draw_matrix
from ._svg_timeline import Tick, TimelineItem, draw_timeline

__all__ = [
    "By",
    "area_rows",
    "goal_label",
    "goal_rows",
    "in_progress",
    "indicator_record",
    "measure_label",
    "measure_rows",
    "plan_indicators",
    "plan_matrix",
    "plan_rounds",
    "plan_timeline",
    "timeline_items",
]

By = Literal["measures", "goals", "goal_areas"]
"""What a plan's matrix has a row for: each measure, each goal or each goal area."""


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


def _scheduled(schedule: Schedule) -> dt.date | None:
    """The last day a schedule falls due, if it ends: by ``UNTIL``, or by ``COUNT``."""
    if schedule.until is not None:
        return schedule.until
    return None if schedule.count is None else schedule.last_due(dt.date.max)


def _item(measure: Measure, as_of: dt.date | None) -> TimelineItem:
    period, schedule = measure.period, measure.schedule
    start = None if period is None else period.first_day
    end = None if period is None else period.last_day
    if end is None and measure.deadline is not None:
        end = measure.deadline.last_day
    if period is None and schedule is not None:
        start = schedule.start
        if end is None:
            end = _scheduled(schedule)
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


def timeline_items(plan: Plan, *, as_of: dt.date | str | None = None) -> tuple[TimelineItem, ...]:
    """The plan's measures as timeline items, each with its status as of ``as_of``.

    A measure's bar is its period, up to its deadline when the period has no end; a
    measure with a deadline alone is a point. A measure with a schedule and no period runs
    from the schedule's start to its deadline, else to the schedule's last day (its
    ``UNTIL``, or the last of its ``COUNT``), else on to the axis's end. Without ``as_of``,
    every follow-up counts.
    """
    as_of = _day(as_of)
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


def measure_rows(plan: Plan, *, as_of: dt.date | str | None = None) -> tuple[MatrixRow, ...]:
    """A row per measure of ``plan``, marked by its dated follow-ups up to ``as_of``."""
    as_of = _day(as_of)
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


def goal_label(plan: Plan, index: int) -> str:
    """How people name the goal ``plan.goals[index]``: its id, then a short excerpt of its text.

    A plan about one person gives the id alone, as its findings do.
    """
    return _label(plan, "goals", index)


def _label(plan: Plan, collection: str, index: int) -> str:
    ref = reference(plan, collection, index)
    name = ref.id or str(index + 1)
    return name if ref.label is None else f"{name} {ref.label}"


def _dated(follow_ups: Iterable[FollowUp], as_of: dt.date | None) -> tuple[Mark, ...]:
    return tuple(
        Mark(date=f.date, colour=f.colour)
        for f in follow_ups
        if f.date is not None and (as_of is None or f.date <= as_of)
    )


def goal_rows(plan: Plan, *, as_of: dt.date | str | None = None) -> tuple[MatrixRow, ...]:
    """A row per goal of ``plan`` followed up itself, marked by its follow-ups up to ``as_of``."""
    as_of = _day(as_of)
    rows = []
    for i, goal in enumerate(_plan(plan).goals):
        marks = _dated(goal.follow_ups, as_of)
        if marks:
            rows.append(MatrixRow(label=goal_label(plan, i), marks=marks))
    return tuple(rows)


def area_rows(plan: Plan, *, rounds: Sequence[dt.date]) -> tuple[MatrixRow, ...]:
    """A row per goal area of ``plan``, marked on each of the latest ``rounds`` with its colour.

    An area's colour on a day is that of :func:`tiltak.summarise`: its goals' colours
    rolled up. An area none of whose goals is assessed on a day has no mark that day; an
    area never assessed has no row.
    """
    plan = _plan(plan)
    latest = sorted(rounds)[-MAX_ROUNDS:]
    marks: list[list[Mark]] = [[] for _ in plan.goal_areas]
    for day in latest:
        for i, area in enumerate(summarise(plan, as_of=day).areas):
            if area.colour is not None:
                marks[i].append(Mark(date=day, colour=area.colour))
    return tuple(
        MatrixRow(label=_label(plan, "goal_areas", i), marks=row)
        for i, row in enumerate(marks)
        if row
    )


def _followed_up(plan: Plan, by: By, as_of: dt.date | None) -> list[dt.date]:
    """The days of the follow-ups the rows of a matrix ``by`` are drawn from, up to ``as_of``."""
    follow_ups = [f for g in plan.goals for f in g.follow_ups]
    if by == "goal_areas":
        follow_ups += [f for m in plan.measures for f in m.follow_ups]
    return [
        f.date for f in follow_ups if f.date is not None and (as_of is None or f.date <= as_of)
    ]


def plan_rounds(
    plan: Plan, *, as_of: dt.date | str | None = None, followed_up: Iterable[dt.date] = ()
) -> tuple[dt.date, ...] | None:
    """The rounds of a plan's matrix: the days its rounds end, up to ``as_of``.

    Those of :func:`tiltak.asof.round_days`, up to ``as_of`` or, without it, to the latest
    of ``followed_up``. Follow-ups after the last round's day make a last round of their
    own, ending on ``as_of`` (without it, on the latest follow-up). ``None`` when the plan
    names no rounds: then each day followed up on is one.
    """
    as_of = _day(as_of)
    days = sorted(followed_up)
    last = as_of if as_of is not None else (days[-1] if days else None)
    if last is None:
        return None
    return in_progress(round_days(_plan(plan), as_of=last), followed_up=days, last=last)


def in_progress(
    ends: Sequence[dt.date], *, followed_up: Iterable[dt.date], last: dt.date
) -> tuple[dt.date, ...] | None:
    """The rounds ending on ``ends``, and one ending on ``last`` if followed up after them.

    ``None`` without ``ends``: then each day followed up on is a round.
    """
    if not ends:
        return None
    latest = max(followed_up, default=None)
    if latest is not None and latest > ends[-1]:
        return (*ends, last)
    return tuple(ends)


def _by(by: object) -> By:
    if by == "measures":
        return "measures"
    if by == "goals":
        return "goals"
    if by == "goal_areas":
        return "goal_areas"
    raise ModelTypeError(f"by is 'measures', 'goals' or 'goal_areas', not {by!r}")


_TITLES = {"measures": "measures_matrix", "goals": "goals_matrix", "goal_areas": "areas_matrix"}


def plan_matrix(
    plan: Plan,
    *,
    as_of: dt.date | str | None = None,
    rounds: Iterable[dt.date] | None = None,
    by: By = "measures",
    locale: str | None = None,
) -> Picture:
    """The status of the plan's measures, goals or goal areas by round, up to ``as_of``.

    ``by="measures"`` (the default) has a row per measure, marked by its follow-ups;
    without ``rounds``, each day a measure was followed up on is a round. ``by="goals"``
    has a row per goal followed up itself ("TT-1.5 …"), marked by its own follow-ups, and
    ``by="goal_areas"`` a row per goal area, marked on each round with its goals' colours
    rolled up; without ``rounds``, their rounds are the plan's (:func:`plan_rounds`).
    """
    plan, day, kind = _plan(plan), _day(as_of), _by(by)
    code = _locale(plan, locale)
    if rounds is not None:
        rounds = checked(rounds, dt.date, "rounds")
    elif kind != "measures":
        days = _followed_up(plan, kind, day)
        rounds = plan_rounds(plan, as_of=day, followed_up=days)
        if rounds is None and kind == "goal_areas":
            rounds = tuple(sorted(set(days)))
    if kind == "measures":
        rows = measure_rows(plan, as_of=day)
    elif kind == "goals":
        rows = goal_rows(plan, as_of=day)
    else:
        rows = area_rows(plan, rounds=() if rounds is None else rounds)
    return draw_matrix(rows, rounds=rounds, title=word(_TITLES[kind], locale=code), locale=code)


def _number(value: float | None) -> float | None:
    if value is None or not math.isfinite(value) or abs(value) > MAX_VALUE:
        return None
    return value


def indicator_record(indicator: GoalIndicator, *, label: str) -> Indicator | None:
    """A summary's indicator as the record :func:`draw_indicator` draws, named ``label``.

    Values that are no number, or that have no day, are left out; ``None`` when no
    baseline, value or target is left.
    """
    readings = tuple(
        Reading(date=v.date, value=number)
        for v in indicator.values
        if v.date is not None and (number := _number(v.number)) is not None
    )
    baseline, target = _number(indicator.baseline), _number(indicator.target)
    if baseline is None and target is None and not readings:
        return None
    since, due = indicator.baseline_date, indicator.due
    return Indicator(
        label=label,
        unit=indicator.unit,
        direction=indicator.direction,
        baseline=baseline,
        baseline_date=None if since is None else since.last_day,
        readings=readings,
        target=target,
        target_date=None if due is None else due.last_day,
    )


def plan_indicators(
    plan: Plan, *, as_of: dt.date | str | None = None, locale: str | None = None
) -> tuple[Picture, ...]:
    """A chart per goal of ``plan`` whose indicator has a number, in the plan's order.

    Each is the goal's indicator as a summary on ``as_of`` gives it (without ``as_of``,
    every value counts): the baseline, the values measured and the target, named as people
    name the goal ("TT-1.2 …").
    """
    plan, day = _plan(plan), _day(as_of)
    code = _locale(plan, locale)
    charts = []
    for i, goal in enumerate(plan.goals):
        found = goal_indicator(goal, f"$.goals[{i}]", dt.date.max if day is None else day)
        record = None if found is None else indicator_record(found, label=goal_label(plan, i))
        if record is not None:
            charts.append(draw_indicator(record, locale=code))
    return tuple(charts)
