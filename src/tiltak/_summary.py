"""Status summaries: how a plan stands on a day, and what changed since the last report.

A summary holds counts, colours, dates and JSON paths into the plan, never text copied
from it: a renderer looks the texts up in the plan by path.

>>> import datetime as dt
>>> from tiltak import FollowUp, Goal, Measure, Plan
>>> green = FollowUp(date=dt.date(2024, 3, 1), colour="green")
>>> yellow = FollowUp(colour="yellow")
>>> plan = Plan(
...     kind="action_plan",
...     goals=[Goal(id="1")],
...     measures=[
...         Measure(id="1", goals=["1"], follow_ups=[green]),
...         Measure(id="2", goals=["1"], deadline="2024-02", follow_ups=[yellow]),
...     ],
... )
>>> summary = summarise(plan, as_of=dt.date(2024, 3, 15))
>>> summary.colours.green, summary.colours.yellow, summary.colours.not_assessed
(1, 1, 0)
>>> summary.goals[0].colour
<StatusColour.YELLOW: 'yellow'>
>>> [event.path for event in summary.overdue]
['$.measures[1]']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

import attrs

from ._display import Displayed
from ._enums import Language, PlanKind, StatusColour
from ._errors import ModelError, ModelTypeError
from ._model import FollowUp, Measure, Plan
from ._time._asof import PlanEvent, measure_due, missed_follow_ups, next_events, overdue_measures
from ._time._dates import to_day

__all__ = [
    "ColourChange",
    "ColourCounts",
    "GoalAreaStatus",
    "GoalStatus",
    "MeasureStatus",
    "ReportingRound",
    "RollUp",
    "RoundSummary",
    "Summary",
    "reporting_rounds",
    "summarise",
    "summarise_since",
    "worst_colour",
]

RollUp = Callable[[Sequence[StatusColour | None]], StatusColour | None]
"""A roll-up rule: the colours of a goal's measures (``None``: not assessed) to one colour."""

NEXT_EVENTS = 5
"""How many upcoming follow-ups and revisions a summary lists."""

_SEVERITY = {StatusColour.RED: 0, StatusColour.YELLOW: 1, StatusColour.GREEN: 2}


def worst_colour(colours: Sequence[StatusColour | None]) -> StatusColour | None:
    """The default roll-up: the worst colour (red, then yellow, then green).

    Measures not assessed are left out, unless none is assessed: then the goal is not
    assessed either (``None``), as it is with no measures at all.

    >>> worst_colour([StatusColour.GREEN, None, StatusColour.YELLOW])
    <StatusColour.YELLOW: 'yellow'>
    >>> worst_colour([None, None]) is None
    True
    """
    assessed = [colour for colour in colours if colour is not None]
    return min(assessed, key=_SEVERITY.__getitem__, default=None)


@attrs.frozen(kw_only=True)
class ColourCounts:
    """How many measures stand at each colour, and how many are not assessed."""

    green: int = 0
    yellow: int = 0
    red: int = 0
    not_assessed: int = 0

    @property
    def total(self) -> int:
        """All the measures counted."""
        return self.green + self.yellow + self.red + self.not_assessed

    def count(self, colour: StatusColour | None) -> int:
        """The number at ``colour`` (``None``: not assessed)."""
        if colour is None:
            return self.not_assessed
        return int(getattr(self, colour.value))

    @classmethod
    def of(cls, colours: Iterable[StatusColour | None]) -> ColourCounts:
        """Count ``colours``."""
        counts = dict.fromkeys(("green", "yellow", "red", "not_assessed"), 0)
        for colour in colours:
            counts["not_assessed" if colour is None else colour.value] += 1
        return cls(**counts)


@attrs.frozen(kw_only=True)
class MeasureStatus:
    """Where one measure stands on the summary's day."""

    path: str
    """The measure's JSON path in the plan (``$.measures[2]``)."""
    id: str
    colour: StatusColour | None
    """The colour of its latest follow-up dated on or before the day (``None``: not assessed)."""
    due: dt.date | None
    """The day it must be done by: its deadline's last day, else its period's end."""
    completed: bool
    """Completed on or before the day."""
    overdue: bool
    """Past its due day, neither completed nor followed up green."""


@attrs.frozen(kw_only=True)
class GoalStatus:
    """A goal's rolled-up colour, from the measures that serve it."""

    path: str
    """The goal's JSON path in the plan (``$.goals[0]``)."""
    id: str
    colour: StatusColour | None
    """The roll-up of its measures' colours (``None``: not assessed)."""
    measures: tuple[str, ...]
    """The paths of the measures counted: those naming the goal or a goal beneath it."""
    colours: ColourCounts


@attrs.frozen(kw_only=True)
class GoalAreaStatus:
    """A goal area's rolled-up colour, from the measures serving its goals."""

    path: str
    """The area's JSON path in the plan (``$.goal_areas[0]``)."""
    id: str
    colour: StatusColour | None
    goals: tuple[str, ...]
    """The paths of the goals in the area."""
    measures: tuple[str, ...]
    colours: ColourCounts


@attrs.frozen(kw_only=True)
class Summary(Displayed):
    """How a plan stands on ``as_of``: colours, completion, what is overdue and what is next."""

    as_of: dt.date
    kind: PlanKind
    plan_id: str | None
    colour: StatusColour | None
    """The roll-up over all the plan's measures."""
    colours: ColourCounts
    measures: tuple[MeasureStatus, ...]
    """Every measure, in the plan's order."""
    completed: int
    """How many measures were completed on or before ``as_of``."""
    overdue: tuple[PlanEvent, ...]
    """Measures past their deadline, neither completed nor followed up green."""
    missed: tuple[PlanEvent, ...]
    """Follow-ups and revisions of the plan past due and not recorded."""
    upcoming: tuple[PlanEvent, ...]
    """The next follow-ups and revisions of the plan, on or after ``as_of``, soonest first."""
    goals: tuple[GoalStatus, ...]
    areas: tuple[GoalAreaStatus, ...]
    """One per goal area, for a plan that has them (a virksomhetsplan)."""
    language: Language | None = None
    """The plan's own language: the summary is shown in it when no locale is given."""

    def __repr__(self) -> str:
        colour = "not assessed" if self.colour is None else self.colour.value
        return (
            f"<Summary: {self.kind.value} on {self.as_of.isoformat()}, {colour};"
            f" {_counted(len(self.measures), 'measure')}, {self.completed} completed,"
            f" {len(self.overdue)} overdue>"
        )

    @property
    def completed_share(self) -> float | None:
        """The share of measures completed, from 0 to 1 (``None`` with no measures)."""
        total = len(self.measures)
        return None if total == 0 else self.completed / total


def _check_plan(plan: object) -> Plan:
    if not isinstance(plan, Plan):
        raise ModelTypeError(f"expected a Plan, not {type(plan).__name__}")
    return plan


def _check_day(value: object, name: str) -> dt.date:
    return to_day(value, name)


def _check_roll_up(roll_up: object) -> RollUp:
    if roll_up is None:
        return worst_colour
    if not callable(roll_up):
        raise ModelTypeError(f"roll_up must be callable, not {type(roll_up).__name__}")
    return roll_up


def _rolled(roll_up: RollUp, colours: Sequence[StatusColour | None]) -> StatusColour | None:
    colour = roll_up(tuple(colours))
    if colour is not None and not isinstance(colour, StatusColour):
        raise ModelTypeError(
            f"roll_up must return a StatusColour or None, not {type(colour).__name__}"
        )
    return colour


def colour_as_of(follow_ups: Iterable[FollowUp], as_of: dt.date) -> StatusColour | None:
    """The colour of the latest follow-up that has one, dated on or before ``as_of``.

    An undated follow-up counts at any day.
    """
    colour = None
    for follow_up in follow_ups:
        if follow_up.date is not None and follow_up.date > as_of:
            continue
        if follow_up.colour is not None:
            colour = follow_up.colour
    return colour


def _is_completed(measure: Measure, as_of: dt.date) -> bool:
    return measure.completed is not None and measure.completed <= as_of


def _descendants(plan: Plan) -> dict[str, set[str]]:
    """Each goal id with the ids of the goals beneath it (itself included)."""
    children: dict[str, list[str]] = {}
    for goal in plan.goals:
        if goal.parent is not None:
            children.setdefault(goal.parent, []).append(goal.id)
    result: dict[str, set[str]] = {}
    for goal in plan.goals:
        seen: set[str] = set()
        stack = [goal.id]
        while stack:  # a cycle in a faulty plan stops at the goals already seen
            current = stack.pop()
            if current not in seen:
                seen.add(current)
                stack.extend(children.get(current, ()))
        result[goal.id] = seen
    return result


def _measure_statuses(
    plan: Plan, as_of: dt.date, overdue_events: tuple[PlanEvent, ...]
) -> tuple[MeasureStatus, ...]:
    overdue = {event.path for event in overdue_events}
    return tuple(
        MeasureStatus(
            path=f"$.measures[{i}]",
            id=measure.id,
            colour=colour_as_of(measure.follow_ups, as_of),
            due=measure_due(measure),
            completed=_is_completed(measure, as_of),
            overdue=f"$.measures[{i}]" in overdue,
        )
        for i, measure in enumerate(plan.measures)
    )


def summarise(plan: Plan, *, as_of: dt.date | str, roll_up: RollUp | None = None) -> Summary:
    """How ``plan`` stands on ``as_of``.

    A measure's colour is that of its latest follow-up dated on or before ``as_of``.
    A goal's colour rolls up the colours of the measures that name it or a goal beneath it
    (through ``parent``); a goal area's, those of the measures serving its goals; the
    plan's, all its measures. The default roll-up is :func:`tiltak.asof.worst_colour`; pass
    ``roll_up`` to use another rule, a function from the colours (``None`` for not
    assessed) to one colour or ``None``.
    """
    plan, as_of = _check_plan(plan), _check_day(as_of, "as_of")
    rule = _check_roll_up(roll_up)
    overdue = overdue_measures(plan, as_of=as_of)
    measures = _measure_statuses(plan, as_of, overdue)
    below = _descendants(plan)
    # Index the measures by the goals they name once, so that rolling up stays linear.
    by_goal: dict[str, list[int]] = {}
    for index, measure in enumerate(plan.measures):
        for goal_id in dict.fromkeys(measure.goals):
            by_goal.setdefault(goal_id, []).append(index)

    def serving_of(goal_ids: Iterable[str]) -> list[MeasureStatus]:
        indices = {index for goal_id in goal_ids for index in by_goal.get(goal_id, ())}
        return [measures[index] for index in sorted(indices)]

    goals = []
    for i, goal in enumerate(plan.goals):
        serving = serving_of(below[goal.id])
        colours = [status.colour for status in serving]
        goals.append(
            GoalStatus(
                path=f"$.goals[{i}]",
                id=goal.id,
                colour=_rolled(rule, colours),
                measures=tuple(status.path for status in serving),
                colours=ColourCounts.of(colours),
            )
        )
    goals_in_area: dict[str, list[str]] = {}
    for goal in plan.goals:
        if goal.area is not None:
            goals_in_area.setdefault(goal.area, []).append(goal.id)
    areas = []
    for i, area in enumerate(plan.goal_areas):
        serving = serving_of(goals_in_area.get(area.id, ()))
        colours = [status.colour for status in serving]
        areas.append(
            GoalAreaStatus(
                path=f"$.goal_areas[{i}]",
                id=area.id,
                colour=_rolled(rule, colours),
                goals=tuple(
                    f"$.goals[{j}]" for j, g in enumerate(plan.goals) if g.area == area.id
                ),
                measures=tuple(status.path for status in serving),
                colours=ColourCounts.of(colours),
            )
        )
    all_colours = [status.colour for status in measures]
    # Only the plan's own follow-ups and revisions: the same plan without measures and
    # reporting lines has just those events, at the same paths.
    routine_only = attrs.evolve(plan, measures=(), reporting=())
    upcoming = next_events(routine_only, as_of=as_of, limit=NEXT_EVENTS)
    return Summary(
        as_of=as_of,
        kind=plan.kind,
        plan_id=plan.id,
        colour=_rolled(rule, all_colours),
        colours=ColourCounts.of(all_colours),
        measures=measures,
        completed=sum(status.completed for status in measures),
        overdue=overdue,
        missed=missed_follow_ups(plan, as_of=as_of),
        upcoming=upcoming,
        goals=tuple(goals),
        areas=tuple(areas),
        language=plan.language,
    )


def _counted(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# -- reporting rounds -------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ReportingRound:
    """Where a reporting line stands on a day: when it last fell due, and when it next does."""

    path: str
    """The reporting line's JSON path in the plan (``$.reporting[1]``)."""
    last: dt.date | None
    """The latest day on or before the day asked about that a report fell due."""
    next: dt.date | None
    """The first day after the day asked about that a report falls due."""


def reporting_rounds(plan: Plan, *, as_of: dt.date | str) -> tuple[ReportingRound, ...]:
    """Per reporting line of ``plan`` with a schedule, the last and next day a report is due.

    A report due on ``as_of`` itself is the last one, not the next. Lines without a
    schedule are left out.
    """
    plan, as_of = _check_plan(plan), _check_day(as_of, "as_of")
    rounds = []
    for i, line in enumerate(plan.reporting):
        schedule = line.schedule
        if schedule is None:
            continue
        last = schedule.last_due(as_of)
        after = None if as_of == dt.date.max else schedule.next_due(as_of + dt.timedelta(days=1))
        rounds.append(ReportingRound(path=f"$.reporting[{i}]", last=last, next=after))
    return tuple(rounds)


# -- since the last report --------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ColourChange:
    """A measure whose colour changed in the round."""

    path: str
    """The measure's JSON path in the plan as of the end of the round."""
    id: str
    old: StatusColour | None
    new: StatusColour | None


@attrs.frozen(kw_only=True)
class RoundSummary:
    """A reporting round: the period after ``since`` up to and including ``as_of``."""

    since: dt.date
    as_of: dt.date
    summary: Summary
    """The plan as it stands at the end of the round."""
    colour_changes: tuple[ColourChange, ...]
    """Measures whose colour differs from the start of the round, in the plan's order."""
    follow_ups: tuple[str, ...]
    """The paths of the measures' follow-ups dated in the round."""
    completed: tuple[str, ...]
    """The paths of the measures completed in the round."""
    added: tuple[str, ...]
    """The paths of the measures that the previous version of the plan did not have."""
    newly_overdue: tuple[PlanEvent, ...]
    """Measures overdue at the end of the round that were not overdue at its start."""


def _index(path: str) -> int:
    """The index in ``$.measures[i]``."""
    return int(path.rpartition("[")[2].rstrip("]"))


def _last_report(plan: Plan, as_of: dt.date) -> dt.date:
    day_before = as_of if as_of == dt.date.min else as_of - dt.timedelta(days=1)
    days = [r.last for r in reporting_rounds(plan, as_of=day_before) if r.last]
    if not days:
        raise ModelError("the plan has no reporting line that fell due before as_of: give since=")
    return max(days)


def summarise_since(
    plan: Plan,
    *,
    as_of: dt.date | str,
    since: dt.date | str | None = None,
    previous: Plan | None = None,
    roll_up: RollUp | None = None,
) -> RoundSummary:
    """The summary of a reporting round: what changed after ``since``, up to ``as_of``.

    ``since`` is the day of the last report; by default, the latest day before ``as_of``
    that a report fell due along any of the plan's reporting lines. The start of the round
    is read from ``previous`` (the version of the plan reported then, matched by measure
    identifier) when given, else from ``plan`` itself as it stood on ``since``: follow-ups
    and completions dated after ``since`` did not count then. An undated follow-up counts
    from the start, so it changes no colour unless ``previous`` lacks it.
    """
    plan, as_of = _check_plan(plan), _check_day(as_of, "as_of")
    since = _last_report(plan, as_of) if since is None else _check_day(since, "since")
    if since > as_of:
        raise ModelError("since must not be after as_of")
    before = plan if previous is None else _check_plan(previous)
    summary = summarise(plan, as_of=as_of, roll_up=roll_up)
    then = {m.id: m for m in before.measures}
    overdue_then = {
        before.measures[_index(event.path)].id for event in overdue_measures(before, as_of=since)
    }
    changes: list[ColourChange] = []
    follow_ups: list[str] = []
    completed: list[str] = []
    added: list[str] = []
    for status, measure in zip(summary.measures, plan.measures, strict=True):
        old = then.get(measure.id)
        if old is None and previous is not None:
            added.append(status.path)
        old_colour = None if old is None else colour_as_of(old.follow_ups, since)
        if old_colour != status.colour:
            changes.append(
                ColourChange(path=status.path, id=measure.id, old=old_colour, new=status.colour)
            )
        follow_ups.extend(
            f"{status.path}.follow_ups[{j}]"
            for j, follow_up in enumerate(measure.follow_ups)
            if follow_up.date is not None and since < follow_up.date <= as_of
        )
        done_before = old is not None and _is_completed(old, since)
        if status.completed and not done_before:
            completed.append(status.path)
    newly = tuple(
        event
        for event in summary.overdue
        if plan.measures[_index(event.path)].id not in overdue_then
    )
    return RoundSummary(
        since=since,
        as_of=as_of,
        summary=summary,
        colour_changes=tuple(changes),
        follow_ups=tuple(follow_ups),
        completed=tuple(completed),
        added=tuple(added),
        newly_overdue=newly,
    )
