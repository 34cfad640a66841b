"""The faster ways P014, P016, P018 and F001 find things agree with the plain ones.

P016's overdue measures are found by comparing dates as numbers, year first; the others
loop without a function call or a generator per item. Each is checked against the
definition it replaces, written out plainly with dates.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

import tiltak
from tiltak import (
    FollowUp,
    FollowUpRoutine,
    Goal,
    Measure,
    PartialDate,
    Period,
    Plan,
    Schedule,
    StatusColour,
    Target,
)
from tiltak._rules._define import blank
from tiltak._time._asof import measure_due, overdue_indices, overdue_measures

years = st.integers(2023, 2025)
days = st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2025, 12, 31))
partial_dates = st.one_of(
    days.map(PartialDate.from_date),
    st.builds(PartialDate, year=years),
    st.builds(PartialDate, year=years, month=st.integers(1, 12)),
)
periods = st.builds(Period, start=st.none() | partial_dates, end=st.none() | partial_dates)
colours = st.none() | st.sampled_from(StatusColour)
follow_ups = st.builds(FollowUp, date=st.none() | days, colour=colours)
measures = st.builds(
    Measure,
    id=st.just("M"),
    deadline=st.none() | partial_dates,
    period=st.none() | periods,
    completed=st.none() | days,
    follow_ups=st.lists(follow_ups, max_size=4),
)
# Month and year ends, the days after them, and the ends of the calendar.
edge_days = st.sampled_from(
    [dt.date(2024, 2, 29), dt.date(2024, 3, 1), dt.date(2024, 12, 31), dt.date(2025, 1, 1),
     dt.date.min, dt.date.max]
)  # fmt: skip
as_of_days = days | edge_days


def plain_overdue(plan: Plan, as_of: dt.date) -> list[int]:
    """The measures due before ``as_of``, neither completed nor latest followed up green."""
    out = []
    for i, measure in enumerate(plan.measures):
        due = measure_due(measure)
        if due is None or due >= as_of:
            continue
        if measure.completed is not None and measure.completed <= as_of:
            continue
        # The latest by date, an undated one older than any dated; on one day, the later.
        counted = [
            (f.date is not None, f.date or dt.date.min, k, f.colour)
            for k, f in enumerate(measure.follow_ups)
            if f.colour is not None and (f.date is None or f.date <= as_of)
        ]
        if not counted or max(counted)[3] is not StatusColour.GREEN:
            out.append(i)
    return out


class TestOverdue:
    @settings(max_examples=500)
    @given(st.lists(measures, max_size=6), as_of_days)
    @example([Measure(id="M", deadline="2024-02")], dt.date(2024, 2, 29))
    @example([Measure(id="M", deadline="2024-02")], dt.date(2024, 3, 1))
    @example([Measure(id="M", deadline="2024")], dt.date(2024, 12, 31))
    @example([Measure(id="M", deadline="2024")], dt.date(2025, 1, 1))
    @example([Measure(id="M", period=Period(start="2023"))], dt.date.max)
    @example([Measure(id="M", deadline="0001-01-01")], dt.date.min)
    def test_as_compared_by_date(self, items: list[Measure], as_of: dt.date) -> None:
        """Numbers compared year first find the measures comparing due dates finds."""
        plan = Plan(kind="action_plan", measures=items)
        expected = plain_overdue(plan, as_of)
        assert expected == overdue_indices(plan, as_of)
        paths = sorted(f"$.measures[{i}]" for i in expected)
        assert paths == sorted(e.path for e in overdue_measures(plan, as_of=as_of))

    @settings(max_examples=200)
    @given(st.lists(measures, max_size=6), as_of_days)
    def test_p016(self, items: list[Measure], as_of: dt.date) -> None:
        """P016 gives each overdue measure's deadline, or period end, with its due day."""
        plan = Plan(kind="action_plan", measures=items)
        expected = []
        for i in plain_overdue(plan, as_of):
            due = measure_due(items[i])
            assert due is not None
            field = "deadline" if items[i].deadline is not None else "period.end"
            expected.append((f"$.measures[{i}].{field}", due, (as_of - due).days))
        report = tiltak.validate(plan, select="P016", as_of=as_of)
        assert expected == [(f.path, f.params["due"], f.params["days"]) for f in report]


class TestUncoloured:
    @settings(max_examples=300)
    @given(st.lists(st.lists(follow_ups, max_size=4), max_size=6))
    def test_p018(self, recorded: list[list[FollowUp]]) -> None:
        """P018 names each follow-up without a colour, in plan order."""
        items = [Measure(id=f"M{i}", follow_ups=f) for i, f in enumerate(recorded)]
        expected = [
            f"$.measures[{i}].follow_ups[{j}].colour"
            for i, some in enumerate(recorded)
            for j, follow_up in enumerate(some)
            if follow_up.colour is None
        ]
        report = tiltak.validate(Plan(kind="action_plan", measures=items), select="P018")
        assert expected == [f.path for f in report]


words = st.none() | st.sampled_from(["", " ", "\t", "80 %", "Andel elever"])
targets = st.none() | st.builds(Target, value=words, measure=words, due=st.none() | partial_dates)
goals = st.builds(
    Goal,
    id=st.just("G"),
    target=targets,
    period=st.none() | periods,
    follow_ups=st.lists(follow_ups, max_size=3),
)


def measurable(goal: Goal) -> bool:
    """Whether ``goal`` has a target with a value or a measure."""
    target = goal.target
    return target is not None and not (blank(target.value) and blank(target.measure))


class TestGoals:
    @settings(max_examples=300)
    @given(st.lists(goals, max_size=6))
    def test_p014(self, items: list[Goal]) -> None:
        """P014 names each goal without a measurable target, or without a date for it."""
        expected = []
        for i, goal in enumerate(items):
            open_ended = goal.period is None or goal.period.end is None
            if not measurable(goal):
                expected.append(f"$.goals[{i}].target")
            elif goal.target is not None and goal.target.due is None and open_ended:
                expected.append(f"$.goals[{i}].target.due")
        report = tiltak.validate(Plan(kind="action_plan", goals=items), select="P014")
        assert expected == [f.path for f in report]

    @settings(max_examples=300)
    @given(st.lists(goals, max_size=6), days, as_of_days.filter(lambda d: d > dt.date.min))
    def test_f001(self, items: list[Goal], start: dt.date, as_of: dt.date) -> None:
        """F001 names each measurable goal not followed up since the routine's last due day."""
        schedule = Schedule.every_tertial(start)
        plan = Plan(
            kind="operational_plan",
            goals=items,
            follow_up=FollowUpRoutine(schedule=schedule),
        )
        expected: list[str] = []
        due = schedule.last_due(as_of - dt.timedelta(days=1))
        if due is not None:
            before = schedule.last_due(due - dt.timedelta(days=1))
            since = schedule.start if before is None else before + dt.timedelta(days=1)
            expected = [
                f"$.goals[{i}].follow_ups"
                for i, goal in enumerate(items)
                if measurable(goal)
                and not any(
                    f.date is not None and since <= f.date <= as_of for f in goal.follow_ups
                )
            ]
        report = tiltak.validate(plan, select="F001", as_of=as_of)
        assert expected == [f.path for f in report]
