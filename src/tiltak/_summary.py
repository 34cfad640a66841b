"""Status summaries: how a plan stands on a day, and what changed since the last report.

A summary holds counts, colours, dates and JSON paths into the plan. The only text copied
from it names elements as findings do: a goal area's title cut to 40 characters, and the
roles of a reporting line; a plan about one person has neither. A renderer looks any other
text up in the plan by path.

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
import re
from collections.abc import Callable, Iterable, Sequence

import attrs

from ._display import Displayed
from ._elements import _about_a_person as about_a_person
from ._elements import excerpt, first_holders, occurrence_keys, reference
from ._enums import Direction, Language, PlanKind, StatusColour
from ._errors import ModelError, ModelTypeError
from ._model import FollowUp, Goal, Measure, Plan, ReportingLine, latest_follow_up
from ._time._asof import (
    PlanEvent,
    last_delivered,
    measure_due,
    missed_follow_ups,
    missed_reports,
    next_events,
    overdue_measures,
)
from ._time._dates import PartialDate, shifted, to_day
from ._time._schedule import Schedule

__all__ = [
    "Assessment",
    "ColourChange",
    "ColourCounts",
    "GoalAreaStatus",
    "GoalStatus",
    "Indicator",
    "IndicatorValue",
    "MeasureStatus",
    "ReportingRound",
    "RollUp",
    "RoundSummary",
    "Summary",
    "goal_indicator",
    "reporting_rounds",
    "round_days",
    "summarise",
    "summarise_rounds",
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
class IndicatorValue:
    """One measured value of an indicator: the day, and the number it reads as."""

    path: str
    """The JSON path of the goal's follow-up that gives it (``$.goals[3].follow_ups[1]``)."""
    date: dt.date | None
    number: float | None
    """The value as a number (``None``: it does not read as one)."""


@attrs.frozen(kw_only=True)
class Indicator:
    """A goal's indicator on the summary's day: baseline, latest value and target, as numbers.

    Values read as numbers when they are one number with words or a unit around it
    (``"Minimum 34 %"`` is 34, ``"-30 %"`` is -30, ``"34,5"`` is 34.5); otherwise they are
    ``None`` and the plan's own text is the answer.
    """

    path: str
    """The JSON path of the goal's target (``$.goals[3].target``)."""
    baseline: float | None
    baseline_date: PartialDate | None
    value: float | None
    """The latest measured value dated on or before the day (an undated one counts)."""
    measured: dt.date | None
    """The day of that value."""
    target: float | None
    due: PartialDate | None
    """By when the target is to be reached."""
    unit: str | None
    """What the values count, as the plan gives it (``"%"``)."""
    direction: Direction | None
    """Which way is better: as the plan gives it, else read from baseline and target."""
    values: tuple[IndicatorValue, ...]
    """Every value measured on or before the day, in the order of the goal's follow-ups."""

    @property
    def progress(self) -> float | None:
        """How far the latest value has come from the baseline to the target (0 to 1).

        0 is the baseline and 1 the target; below 0 the indicator went the wrong way, above
        1 it passed the target. ``None`` without the three numbers, or when the target is
        the baseline.
        """
        if self.baseline is None or self.value is None or self.target is None:
            return None
        if self.target == self.baseline:
            return None
        return (self.value - self.baseline) / (self.target - self.baseline)

    @property
    def reached(self) -> bool | None:
        """Whether the latest value has reached the target (``None``: cannot tell)."""
        if self.value is None or self.target is None or self.direction is None:
            return None
        if self.direction is Direction.HIGHER:
            return self.value >= self.target
        return self.value <= self.target


@attrs.frozen(kw_only=True)
class Assessment:
    """A status given on a day by a follow-up: its colour (``None``: not assessed)."""

    date: dt.date
    colour: StatusColour | None


@attrs.frozen(kw_only=True)
class GoalStatus:
    """A goal's colour: from its own latest follow-up, else rolled up from its measures."""

    path: str
    """The goal's JSON path in the plan (``$.goals[0]``)."""
    id: str
    colour: StatusColour | None
    """The goal's status (``None``: not assessed): the colour of its own latest follow-up
    that gives one, dated on or before the day; without one, :attr:`measures_colour`."""
    measures: tuple[str, ...]
    """The paths of the measures counted: those naming the goal or a goal beneath it."""
    colours: ColourCounts
    measures_colour: StatusColour | None = None
    """The roll-up of its measures' colours (``None``: not assessed)."""
    followed_up: dt.date | None = None
    """The day of the goal's own latest dated follow-up on or before the day."""
    own: bool = False
    """Whether :attr:`colour` is that of the goal's own follow-up (else the roll-up)."""
    indicator: Indicator | None = None
    """Its indicator, for a goal whose target gives a value, a baseline or a measured one."""
    assessments: tuple[Assessment, ...] = ()
    """The goal's own dated follow-ups on or before the day, in the plan's order: its row of
    a traffic-light matrix by round."""


@attrs.frozen(kw_only=True)
class GoalAreaStatus:
    """A goal area's colour, rolled up from the status of its goals."""

    path: str
    """The area's JSON path in the plan (``$.goal_areas[0]``)."""
    id: str
    colour: StatusColour | None
    """The roll-up of its goals' colours (``None``: none is assessed)."""
    goals: tuple[str, ...]
    """The paths of the goals in the area."""
    measures: tuple[str, ...]
    colours: ColourCounts
    """The measures serving its goals, counted by colour."""
    goal_colours: ColourCounts = ColourCounts()
    """Its goals, counted by colour."""
    label: str | None = None
    """A short excerpt of the area's title, as findings name it (at most 40 characters;
    ``None`` in a plan about one person, or for an area without a title)."""


@attrs.frozen(kw_only=True)
class Summary(Displayed):
    """How a plan stands on ``as_of``: colours, completion, what is overdue and what is next."""

    as_of: dt.date
    kind: PlanKind
    plan_id: str | None
    colour: StatusColour | None
    """The roll-up over all the plan's measures; for a plan without measures, over its
    goals' colours."""
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
    reporting: tuple[ReportingRound, ...] = ()
    """Per reporting line with a schedule: the last and next due day, the last report
    delivered and the due days missed."""
    missed_reports: tuple[PlanEvent, ...] = ()
    """Reports due before the day and not delivered, soonest first."""
    rounds: tuple[dt.date, ...] = ()
    """When a goal has been followed up itself: the days the plan's latest reporting rounds
    ended, on or before the day (:func:`tiltak.asof.round_days`, at most the last 12); else
    empty."""

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

    The latest by date, of two on one day the later in the list; an undated follow-up counts
    at any day, as older than any dated one.
    """
    latest = latest_follow_up(follow_ups, as_of=as_of)
    return None if latest is None else latest.colour


def _is_completed(measure: Measure, as_of: dt.date) -> bool:
    return measure.completed is not None and measure.completed <= as_of


def _descendants(plan: Plan) -> dict[str, set[str]]:
    """Each goal id with the ids of the goals beneath it (itself included)."""
    children: dict[str, list[str]] = {}
    for goal in plan.goals:
        if goal.parent is not None:
            children.setdefault(goal.parent, []).append(goal.id)
    result: dict[str, set[str]] = {}
    for goal_id in first_holders(plan.goals):
        seen: set[str] = set()
        stack = [goal_id]
        while stack:  # a cycle in a faulty plan stops at the goals already seen
            current = stack.pop()
            if current not in seen:
                seen.add(current)
                stack.extend(children.get(current, ()))
        result[goal_id] = seen
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


_NUMBER = re.compile(r"[-+\u2212]?\d+(?:[.,]\d+)?")


def read_number(text: str | None) -> float | None:
    """The one number in ``text``, with words or a unit around it (``None``: not one).

    >>> read_number("Minimum 34 %"), read_number("-30 %"), read_number("34,5")
    (34.0, -30.0, 34.5)
    >>> read_number("2019-2023") is None, read_number("høy") is None
    (True, True)
    """
    if text is None:
        return None
    found = _NUMBER.findall(text)
    if len(found) != 1:
        return None
    return float(found[0].replace("\u2212", "-").replace(",", "."))


def goal_indicator(goal: Goal, path: str, as_of: dt.date) -> Indicator | None:
    """The indicator of ``goal`` at ``path`` on ``as_of`` (``None``: its target gives none)."""
    target = goal.target
    values = tuple(
        IndicatorValue(
            path=f"{path}.follow_ups[{j}]",
            date=follow_up.date,
            number=read_number(follow_up.value),
        )
        for j, follow_up in enumerate(goal.follow_ups)
        if follow_up.value is not None and (follow_up.date is None or follow_up.date <= as_of)
    )
    if target is None or (target.value is None and target.baseline is None and not values):
        return None
    baseline = None if target.baseline is None else read_number(target.baseline.value)
    goal_value = read_number(target.value)
    direction = target.direction
    if direction is None and baseline is not None and goal_value is not None:
        direction = _direction_of(baseline, goal_value)
    latest = _latest_value(values)
    return Indicator(
        path=f"{path}.target",
        baseline=baseline,
        baseline_date=None if target.baseline is None else target.baseline.date,
        value=None if latest is None else latest.number,
        measured=None if latest is None else latest.date,
        target=goal_value,
        due=target.due,
        unit=target.unit,
        direction=direction,
        values=values,
    )


def _direction_of(baseline: float, target: float) -> Direction | None:
    if target == baseline:
        return None
    return Direction.HIGHER if target > baseline else Direction.LOWER


def _latest_value(values: Sequence[IndicatorValue]) -> IndicatorValue | None:
    """The latest dated value, else the last undated one."""
    dated = [v for v in values if v.date is not None]
    if dated:
        return max(reversed(dated), key=lambda v: v.date or dt.date.min)
    return values[-1] if values else None


def _goal_status(
    goal: Goal,
    path: str,
    as_of: dt.date,
    rule: RollUp,
    serving: Sequence[MeasureStatus],
) -> GoalStatus:
    colours = [status.colour for status in serving]
    rolled = _rolled(rule, colours)
    own = colour_as_of(goal.follow_ups, as_of)
    assessed = tuple(
        Assessment(date=f.date, colour=f.colour)
        for f in goal.follow_ups
        if f.date is not None and f.date <= as_of
    )
    dated = [a.date for a in assessed]
    return GoalStatus(
        path=path,
        id=goal.id,
        colour=rolled if own is None else own,
        measures=tuple(status.path for status in serving),
        colours=ColourCounts.of(colours),
        measures_colour=rolled,
        followed_up=max(dated, default=None),
        own=own is not None,
        indicator=goal_indicator(goal, path, as_of),
        assessments=assessed,
    )


def summarise(plan: Plan, *, as_of: dt.date | str, roll_up: RollUp | None = None) -> Summary:
    """How ``plan`` stands on ``as_of``.

    A measure's colour is that of its latest follow-up dated on or before ``as_of``.
    A goal's colour is that of its own latest follow-up with a colour, dated on or before
    ``as_of``; a goal without one has the roll-up of the colours of the measures that name
    it or a goal beneath it (through ``parent``). A goal area's colour rolls up its goals'
    colours; the plan's, all its measures, or its goals' colours when it has no measures.
    The default roll-up is :func:`tiltak.asof.worst_colour`; pass ``roll_up`` to use
    another rule, a function from the colours (``None`` for not assessed) to one colour or
    ``None``. A goal with a target has its indicator (baseline, latest value, target and
    progress), and each reporting line its reports due, delivered and missed.

    A reference to a repeated identifier (which P005 reports) is to the first goal or goal
    area that holds it: a later one is counted no measures, goals beneath it or goals of its
    own.
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

    first_goal = first_holders(plan.goals)
    goals = tuple(
        _goal_status(
            goal,
            f"$.goals[{i}]",
            as_of,
            rule,
            serving_of(below[goal.id]) if first_goal[goal.id] == i else [],
        )
        for i, goal in enumerate(plan.goals)
    )
    goals_in_area: dict[str, list[int]] = {}
    for j, goal in enumerate(plan.goals):
        if goal.area is not None:
            goals_in_area.setdefault(goal.area, []).append(j)
    first_area = first_holders(plan.goal_areas)
    areas = []
    for i, area in enumerate(plan.goal_areas):
        members = goals_in_area.get(area.id, []) if first_area[area.id] == i else []
        serving = serving_of(plan.goals[j].id for j in members)
        goal_colours = [goals[j].colour for j in members]
        areas.append(
            GoalAreaStatus(
                path=f"$.goal_areas[{i}]",
                id=area.id,
                colour=_rolled(rule, goal_colours),
                goals=tuple(goals[j].path for j in members),
                measures=tuple(status.path for status in serving),
                colours=ColourCounts.of(status.colour for status in serving),
                goal_colours=ColourCounts.of(goal_colours),
                label=reference(plan, "goal_areas", i).label,
            )
        )
    all_colours = [status.colour for status in measures]
    # A plan without measures (a virksomhetsplan's goals are followed up themselves) takes
    # its colour from its goals, so that it shows as assessed when they are.
    plan_colours = all_colours if measures else [goal.colour for goal in goals]
    # Only the plan's own follow-ups and revisions: the same plan without measures and
    # reporting lines has just those events, at the same paths.
    routine_only = attrs.evolve(plan, measures=(), reporting=())
    upcoming = next_events(routine_only, as_of=as_of, limit=NEXT_EVENTS)
    late_reports = missed_reports(plan, as_of=as_of)
    return Summary(
        as_of=as_of,
        kind=plan.kind,
        plan_id=plan.id,
        colour=_rolled(rule, plan_colours),
        colours=ColourCounts.of(all_colours),
        measures=measures,
        completed=sum(status.completed for status in measures),
        overdue=overdue,
        missed=missed_follow_ups(plan, as_of=as_of),
        upcoming=upcoming,
        goals=goals,
        areas=tuple(areas),
        language=plan.language,
        reporting=_rounds(plan, as_of, late_reports),
        missed_reports=late_reports,
        rounds=round_days(plan, as_of=as_of)[-_SHOWN_ROUNDS:]
        if any(goal.assessments for goal in goals)
        else (),
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
    delivered: dt.date | None = None
    """The day the latest report was delivered, on or before the day asked about."""
    missed: tuple[dt.date, ...] = ()
    """The due days before the day asked about that no delivered report records."""
    reporter: str | None = None
    """Who reports, a role or a unit ("Teamledere"), cut to at most 40 characters; ``None``
    in a plan about one person."""
    recipient: str | None = None
    """To whom, as :attr:`reporter` (``"Avdelingsledere"``)."""

    @property
    def settled(self) -> bool:
        """Whether the last report due has been delivered (or none has fallen due)."""
        return self.last is None or (self.delivered is not None and self.delivered >= self.last)


def _rounds(plan: Plan, as_of: dt.date, late: Iterable[PlanEvent]) -> tuple[ReportingRound, ...]:
    missed: dict[str, list[dt.date]] = {}
    for event in late:
        missed.setdefault(event.path.rpartition(".")[0], []).append(event.due)
    named = not about_a_person(plan)
    return tuple(
        _round(line, f"$.reporting[{i}]", as_of, missed.get(f"$.reporting[{i}]", ()), named)
        for i, line in enumerate(plan.reporting)
        if line.schedule is not None
    )


def _round(
    line: ReportingLine, path: str, as_of: dt.date, missed: Iterable[dt.date], named: bool
) -> ReportingRound:
    schedule = line.schedule
    assert schedule is not None
    after = None if as_of == dt.date.max else schedule.next_due(as_of + dt.timedelta(days=1))
    return ReportingRound(
        path=path,
        last=schedule.last_due(as_of),
        next=after,
        delivered=last_delivered(line, as_of),
        missed=tuple(missed),
        reporter=excerpt(line.reporter) if named else None,
        recipient=excerpt(line.recipient) if named else None,
    )


def reporting_rounds(plan: Plan, *, as_of: dt.date | str) -> tuple[ReportingRound, ...]:
    """Per reporting line of ``plan`` with a schedule, where its reports stand on ``as_of``.

    The last and next day a report is due (a report due on ``as_of`` itself is the last
    one, not the next), the last report delivered, and the due days missed. Lines without a
    schedule are left out.
    """
    plan, as_of = _check_plan(plan), _check_day(as_of, "as_of")
    return _rounds(plan, as_of, missed_reports(plan, as_of=as_of))


# -- since the last report --------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ColourChange:
    """A measure or a goal whose colour changed in the round."""

    path: str
    """Its JSON path in the plan as of the end of the round."""
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
    goal_changes: tuple[ColourChange, ...] = ()
    """Goals whose colour (:attr:`GoalStatus.colour`) differs from the start of the round."""
    goal_follow_ups: tuple[str, ...] = ()
    """The paths of the goals' follow-ups dated in the round."""
    values: tuple[str, ...] = ()
    """The paths of the goals' follow-ups dated in the round that give a measured value."""
    reports_delivered: tuple[str, ...] = ()
    """The paths of the reports delivered in the round (``$.reporting[2].reports[0]``)."""
    reports_missed: tuple[PlanEvent, ...] = ()
    """Reports due in the round, before ``as_of``, that no delivered report records."""


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
    rule = _check_roll_up(roll_up)
    return _round_summary(plan, before, since, as_of, rule, added=previous is not None)


def _round_summary(
    plan: Plan, before: Plan, since: dt.date, as_of: dt.date, rule: RollUp, *, added: bool
) -> RoundSummary:
    summary = summarise(plan, as_of=as_of, roll_up=rule)
    keys_then = occurrence_keys(before.measures)
    keys_now = occurrence_keys(plan.measures)
    then = dict(zip(keys_then, before.measures, strict=True))
    overdue_then = {
        keys_then[_index(event.path)] for event in overdue_measures(before, as_of=since)
    }
    changes: list[ColourChange] = []
    follow_ups: list[str] = []
    completed: list[str] = []
    new: list[str] = []
    for status, measure, key in zip(summary.measures, plan.measures, keys_now, strict=True):
        old = then.get(key)
        if old is None and added:
            new.append(status.path)
        old_colour = None if old is None else colour_as_of(old.follow_ups, since)
        if old_colour != status.colour:
            changes.append(
                ColourChange(path=status.path, id=measure.id, old=old_colour, new=status.colour)
            )
        follow_ups.extend(_in_round(f"{status.path}.follow_ups", measure.follow_ups, since, as_of))
        done_before = old is not None and _is_completed(old, since)
        if status.completed and not done_before:
            completed.append(status.path)
    newly = tuple(
        event for event in summary.overdue if keys_now[_index(event.path)] not in overdue_then
    )
    earlier = summarise(before, as_of=since, roll_up=rule).goals
    goals_then = {key: g.colour for key, g in zip(occurrence_keys(earlier), earlier, strict=True)}
    goal_changes = tuple(
        ColourChange(path=g.path, id=g.id, old=goals_then.get(key), new=g.colour)
        for g, key in zip(summary.goals, occurrence_keys(summary.goals), strict=True)
        if goals_then.get(key) != g.colour
    )
    goal_follow_ups: list[str] = []
    values: list[str] = []
    for goal_status, goal in zip(summary.goals, plan.goals, strict=True):
        dated = _in_round(f"{goal_status.path}.follow_ups", goal.follow_ups, since, as_of)
        goal_follow_ups.extend(dated)
        values.extend(path for path in dated if goal.follow_ups[_index(path)].value is not None)
    delivered = [
        f"$.reporting[{i}].reports[{j}]"
        for i, line in enumerate(plan.reporting)
        for j, report in enumerate(line.reports)
        if report.date is not None and since < report.date <= as_of
    ]
    return RoundSummary(
        since=since,
        as_of=as_of,
        summary=summary,
        colour_changes=tuple(changes),
        follow_ups=tuple(follow_ups),
        completed=tuple(completed),
        added=tuple(new),
        newly_overdue=newly,
        goal_changes=goal_changes,
        goal_follow_ups=tuple(goal_follow_ups),
        values=tuple(values),
        reports_delivered=tuple(delivered),
        reports_missed=tuple(e for e in summary.missed_reports if e.due > since),
    )


def _in_round(
    path: str, follow_ups: Sequence[FollowUp], since: dt.date, as_of: dt.date
) -> list[str]:
    """The paths of ``follow_ups`` dated after ``since``, up to ``as_of``."""
    return [
        f"{path}[{j}]"
        for j, follow_up in enumerate(follow_ups)
        if follow_up.date is not None and since < follow_up.date <= as_of
    ]


def round_days(plan: Plan, *, as_of: dt.date | str) -> tuple[dt.date, ...]:
    """The days the plan's reporting rounds end, up to ``as_of``: its follow-up's due days.

    The due days of the plan's follow-up routine (its schedule and its dates) on or before
    ``as_of``, at most the last 100; without a routine, those of its least frequent
    reporting line.
    """
    plan, as_of = _check_plan(plan), _check_day(as_of, "as_of")
    days: set[dt.date] = set()
    routine = plan.follow_up
    if routine is not None:
        days.update(day.last_day for day in routine.dates if day.last_day <= as_of)
        if routine.schedule is not None:
            days.update(_due_days(routine.schedule, as_of))
    if not days:
        lines = [_due_days(line.schedule, as_of) for line in plan.reporting if line.schedule]
        some = [line for line in lines if line]
        if some:
            fewest: tuple[dt.date, ...] = min(some, key=len)
            days.update(fewest)
    return tuple(sorted(days))[-_MAX_ROUNDS:]


_MAX_ROUNDS = 100
_SHOWN_ROUNDS = 12  # the rounds a summary keeps: those a matrix shows


def _due_days(schedule: Schedule, as_of: dt.date) -> tuple[dt.date, ...]:
    """The schedule's last due days on or before ``as_of`` (at most the last 100).

    Counted back from ``as_of``, however many times the schedule fell due before them.
    """
    days: list[dt.date] = []
    day = schedule.last_due(as_of)
    while day is not None and len(days) < _MAX_ROUNDS:
        days.append(day)
        day = None if day == dt.date.min else schedule.last_due(shifted(day, -1))
    return tuple(reversed(days))


def summarise_rounds(
    plan: Plan,
    *,
    as_of: dt.date | str,
    days: Iterable[dt.date | str] | None = None,
    roll_up: RollUp | None = None,
) -> tuple[RoundSummary, ...]:
    """The plan's reporting rounds up to ``as_of``, one summary each, oldest first.

    Each round ends on one of ``days`` (by default :func:`round_days`: the due days of the
    plan's follow-up) and begins after the one before; the first begins after the day
    before the plan's period starts, else after the day before the first of ``days``. The
    goals' colours by round (``[[g.colour for g in r.summary.goals] for r in rounds]``) are
    a traffic-light matrix; their indicators' values, a line per goal.
    """
    plan, as_of = _check_plan(plan), _check_day(as_of, "as_of")
    rule = _check_roll_up(roll_up)
    if days is None:
        ends = list(round_days(plan, as_of=as_of))
    else:
        ends = sorted({_check_day(day, "days") for day in days})
    if not ends:
        return ()
    start = _period_start(plan)
    first = shifted(ends[0], -1) if start is None or start >= ends[0] else start
    begins = [first, *ends[:-1]]
    return tuple(
        _round_summary(plan, plan, since, end, rule, added=False)
        for since, end in zip(begins, ends, strict=True)
    )


def _period_start(plan: Plan) -> dt.date | None:
    if plan.period is None or plan.period.start is None:
        return None
    day = plan.period.start.first_day
    return None if day == dt.date.min else day - dt.timedelta(days=1)
