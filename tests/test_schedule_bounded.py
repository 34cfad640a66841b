"""Every question to a schedule answers in milliseconds, and as dateutil's own walk answers.

Times are CPU seconds (``time.process_time``) with generous bounds for a busy, shared
machine: the answers they guard against took seconds.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import gc
import itertools
import time
import warnings
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tiltak
from tiltak import Schedule
from tiltak._time._rrule import _parse_once
from tiltak._time._schedule import MAX_OCCURRENCES
from tiltak.errors import ModelError, ModelTypeError, TiltakWarning

D = dt.date
LAST = D(9999, 12, 31)
BOUND = 0.25
"""The most CPU seconds one question may take."""

_T = TypeVar("_T")


def timed(question: Callable[[], _T]) -> tuple[_T, float]:
    """The answer and the CPU seconds it took.

    The collector is kept off during the question: a full collection of the whole test run's
    heap, should one fall in it, takes longer than the question and is not its cost.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        began = time.process_time()
        answer = question()
        return answer, time.process_time() - began
    finally:
        if enabled:
            gc.enable()


def walked(schedule: Schedule, last: dt.date) -> list[dt.date]:
    """The days dateutil gives, walking from the start, up to ``last``.

    dateutil fails on a week that runs past 9999-12-31 instead of stopping: that week lies
    after ``last`` when ``last`` is a week before the end.
    """
    rule = _parse_once(schedule.start, schedule.rule).rule
    moments = itertools.takewhile(lambda moment: moment.date() <= last, rule)
    days: list[dt.date] = []
    try:
        days.extend(moment.date() for moment in itertools.islice(moments, 20_000))
    except ValueError:
        assert last <= D(9999, 12, 24)
    return days


NEVER_DUE = [f"FREQ=DAILY;BYMONTH={m};BYWEEKNO=1;BYSETPOS=1" for m in range(4, 12)] + [
    f"FREQ=DAILY;BYMONTH={m};BYWEEKNO=50;BYSETPOS=1" for m in range(2, 10)
]
"""Rules that never fall due: no day of week 1 lies in April to November, nor of week 50
in February to September. Each took half a second to prove so."""


def plan_of(*schedules: Schedule) -> tiltak.Plan:
    measures = tuple(
        tiltak.Measure(id=str(i), title="x", schedule=schedule)
        for i, schedule in enumerate(schedules, 1)
    )
    return tiltak.Plan(kind="individual_plan", measures=measures)


class TestReproductions:
    @pytest.mark.parametrize("start", [D(2024, 3, 1), D(2, 3, 17), D(2024, 2, 29)])
    def test_to_ical_of_never_due_rules(self, start: dt.date) -> None:
        """Sixteen distinct never-due rules: a calendar in well under a second (was 8 s)."""
        pytest.importorskip("icalendar")
        plan = plan_of(*(Schedule(start=start, rule=rule) for rule in NEVER_DUE))
        with pytest.warns(TiltakWarning, match="never fall due") as caught:
            calendar_bytes, seconds = timed(lambda: tiltak.exports.to_ical(plan))
        assert seconds <= 4 * BOUND
        assert b"RRULE" not in calendar_bytes
        message = str(caught[0].message)
        assert all(f"measure/{i}/schedule" in message for i in range(1, 11))
        assert message.endswith("and 6 more")  # the first ten named, the rest counted

    @pytest.mark.parametrize("rule", NEVER_DUE[:4])
    def test_never_due_answers(self, rule: str) -> None:
        schedule = Schedule(start=D(2024, 3, 1), rule=rule)
        for question in (
            lambda: schedule.next_due(D(2024, 3, 1)),
            lambda: schedule.last_due(LAST),
            lambda: schedule.count_due(D(1, 1, 1), LAST),
            lambda: schedule.occurrences(D(2024, 3, 1), LAST),
        ):
            answer, seconds = timed(question)
            assert answer in (None, 0, ())
            assert seconds <= BOUND

    @pytest.mark.parametrize(
        ("rule", "count"),
        [
            ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=-1", 521_660),
            ("FREQ=WEEKLY;BYDAY=MO,FR;BYSETPOS=2", 521_660),
            ("FREQ=DAILY", (LAST - D(2, 3, 17)).days + 1),
            ("FREQ=DAILY;BYMONTH=6;BYWEEKNO=1;BYSETPOS=1", 0),
            # 1,000 characters; the last of the 149 last days of every year.
            ("FREQ=DAILY;BYYEARDAY=" + ",".join(str(-d) for d in range(1, 150)), 1_489_702),
        ],
    )
    @pytest.mark.parametrize("start", [D(2, 3, 17), D(2024, 2, 29)])
    def test_count_due_to_9999(self, rule: str, count: int, start: dt.date) -> None:
        """Counting to the year 9999 takes milliseconds (was 0.5 to 2 s)."""
        schedule = Schedule(start=start, rule=rule)
        answer, seconds = timed(lambda: schedule.count_due(D(2, 3, 17), LAST))
        assert seconds <= BOUND
        if start == D(2, 3, 17):
            assert count == answer
        # As many as the days stepped through one by one; split anywhere.
        if answer < 600_000:
            assert answer == sum(1 for _ in schedule.iter_occurrences(D(2, 3, 17), LAST))
        middle = D(5001, 7, 9)
        halves = schedule.count_due(D(2, 3, 17), middle), schedule.count_due(middle, LAST)
        assert answer == sum(halves) - schedule.is_due(middle)

    def test_weekly_positions_from_mid_week_in_year_2(self) -> None:
        """A weekly BYSETPOS rule from a Wednesday: the cut first week, then whole ones."""
        schedule = Schedule(start=D(2, 3, 17), rule="FREQ=WEEKLY;BYSETPOS=-1;BYDAY=MO,TU")
        answer, seconds = timed(lambda: schedule.next_due(D(9000, 1, 1)))
        assert (D(9000, 1, 7), True) == (answer, seconds <= BOUND)
        answer, seconds = timed(lambda: schedule.last_due(D(9999, 1, 1)))
        assert (D(9998, 12, 29), True) == (answer, seconds <= BOUND)
        days = schedule.occurrences(D(1, 1, 1), D(40, 1, 1))
        assert tuple(walked(schedule, D(40, 1, 1))) == days

    def test_first_day_more_than_400_years_on(self) -> None:
        """Every 500 years on 29 February, from 2024-03-01: first due in 2524, not never."""
        schedule = Schedule(
            start=D(2024, 3, 1), rule="FREQ=YEARLY;INTERVAL=500;BYMONTH=2;BYMONTHDAY=29"
        )
        leap = [D(y, 2, 29) for y in range(2524, 10_000, 500) if calendar.isleap(y)]
        assert leap[0] == schedule.next_due(schedule.start)
        assert len(leap) == schedule.count_due(schedule.start, LAST) == 15
        assert tuple(leap) == schedule.occurrences(schedule.start, LAST)
        assert leap[-1] == schedule.last_due(LAST)

    def test_to_ical_keeps_a_schedule_first_due_centuries_on(self) -> None:
        pytest.importorskip("icalendar")
        schedule = Schedule(
            start=D(2024, 3, 1), rule="FREQ=YEARLY;INTERVAL=500;BYMONTH=2;BYMONTHDAY=29"
        )
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            out = tiltak.exports.to_ical(plan_of(schedule))
        assert b"RRULE:FREQ=YEARLY;INTERVAL=500;" in out
        assert b"DTSTART;VALUE=DATE:25240229" in out

    def test_next_due_counts_from_the_start(self) -> None:
        """Asked about a day long before the start, the answer is the first day."""
        schedule = Schedule(start=D(2024, 1, 1), rule="FREQ=DAILY")
        assert D(2024, 1, 1) == schedule.next_due(D(1, 1, 1))
        schedule = Schedule(start=D(2024, 1, 1), rule="FREQ=YEARLY;INTERVAL=1000")
        assert D(9024, 1, 1) == schedule.next_due(D(8025, 1, 1))

    def test_occurrences_of_a_sparse_daily_rule_over_millennia(self) -> None:
        """Mondays that are 29 February, years 2 to 9999 (was 3.6 s)."""
        schedule = Schedule(start=D(2, 3, 17), rule="FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO")
        days, seconds = timed(lambda: schedule.occurrences(D(2, 3, 17), LAST))
        assert seconds <= BOUND
        expected = tuple(
            D(y, 2, 29)
            for y in range(3, 10_000)
            if calendar.isleap(y) and D(y, 2, 29).weekday() == 0
        )
        assert expected == days


class TestLimits:
    def test_occurrences_limit(self) -> None:
        schedule = Schedule.weekly(D(2024, 1, 1))
        assert 3 == len(schedule.occurrences(D(2024, 1, 1), D(2024, 1, 15), limit=3))
        with pytest.raises(ModelError, match="more than 2 occurrences"):
            schedule.occurrences(D(2024, 1, 1), D(2024, 1, 15), limit=2)

    @pytest.mark.parametrize("limit", [0, -1, MAX_OCCURRENCES + 1])
    def test_limit_out_of_range(self, limit: int) -> None:
        with pytest.raises(ModelError, match="limit"):
            Schedule.weekly(D(2024, 1, 1)).occurrences(D(2024, 1, 1), D(2024, 2, 1), limit=limit)

    @pytest.mark.parametrize("limit", [True, 1.0, "3"])
    def test_limit_of_another_type(self, limit: object) -> None:
        with pytest.raises(ModelTypeError, match="limit"):
            Schedule.weekly(D(2024, 1, 1)).occurrences(
                D(2024, 1, 1),
                D(2024, 2, 1),
                limit=limit,  # type: ignore[arg-type]
            )

    def test_rule_length_limit(self) -> None:
        from tiltak._time._schedule import MAX_RULE_LENGTH

        rule = "FREQ=DAILY;BYYEARDAY=" + ",".join(str(d) for d in range(1, 367))
        rule = rule[: rule.rindex(",", 0, MAX_RULE_LENGTH + 1)]
        assert len(rule) <= MAX_RULE_LENGTH
        Schedule(start=D(2024, 1, 1), rule=rule)
        with pytest.raises(ModelError, match=str(MAX_RULE_LENGTH)):
            Schedule(start=D(2024, 1, 1), rule=rule + ",1" * MAX_RULE_LENGTH)


class TestIsDue:
    def test_is_due(self) -> None:
        schedule = Schedule.monthly(D(2024, 1, 31), count=3)
        due = [D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31)]
        assert all(schedule.is_due(day) for day in due)
        assert not schedule.is_due(D(2024, 4, 30))  # after the count
        assert not schedule.is_due(D(2023, 12, 31))  # before the start
        assert not schedule.is_due(D(2024, 2, 28))

    def test_is_due_needs_a_date(self) -> None:
        with pytest.raises(ModelTypeError):
            Schedule.monthly(D(2024, 1, 31)).is_due(dt.datetime(2024, 2, 29))


DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
STARTS = st.one_of(
    st.sampled_from([D(2, 3, 17), D(2, 1, 1), D(2024, 2, 29), D(2023, 12, 31), D(9999, 12, 27)]),
    st.dates(min_value=D(2, 1, 1), max_value=LAST),
)


def _listed(values: st.SearchStrategy[str], name: str) -> st.SearchStrategy[str]:
    return st.lists(values, min_size=1, max_size=4, unique=True).map(
        lambda items: f"{name}={','.join(items)}"
    )


@st.composite
def crafted_rules(draw: st.DrawFn) -> str:
    """Rules of every frequency with the BY-parts that made dateutil search for seconds."""
    frequency = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    interval = draw(st.sampled_from([1, 1, 2, 3, 5, 7, 12, 53, 400, 500, 773, 20871, 146097]))
    numbers = st.integers
    optional = {
        "BYMONTH": _listed(numbers(1, 12).map(str), "BYMONTH"),
        "BYWEEKNO": _listed(st.one_of(numbers(1, 53), numbers(-53, -1)).map(str), "BYWEEKNO"),
        "BYMONTHDAY": _listed(
            st.one_of(numbers(1, 31), numbers(-31, -1), st.sampled_from([29, 30, 31])).map(str),
            "BYMONTHDAY",
        ),
        "BYYEARDAY": _listed(st.one_of(numbers(1, 366), numbers(-366, -1)).map(str), "BYYEARDAY"),
        "BYDAY": _listed(st.sampled_from(DAYS), "BYDAY"),
        "BYSETPOS": _listed(
            st.one_of(numbers(1, 10), numbers(-10, -1), numbers(-366, 366).filter(bool)).map(str),
            "BYSETPOS",
        ),
        "WKST": st.sampled_from(DAYS).map(lambda day: f"WKST={day}"),
        "END": st.one_of(
            numbers(1, 5000).map(lambda n: f"COUNT={n}"),
            st.dates(min_value=D(2, 1, 1), max_value=LAST).map(
                lambda day: f"UNTIL={day.year:04d}{day.month:02d}{day.day:02d}"
            ),
        ),
    }
    parts = [f"FREQ={frequency}", f"INTERVAL={interval}"]
    for strategy in optional.values():
        if draw(st.booleans()):
            parts.append(draw(strategy))
    return ";".join(parts)


def _schedule(start: dt.date, rule: str) -> Schedule | None:
    try:
        return Schedule(start=start, rule=rule)
    except ModelError:
        return None


class TestEveryQuestionIsBounded:
    @settings(
        deadline=None,
        max_examples=60,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(
        rule=crafted_rules(),
        start=STARTS,
        day=st.dates(min_value=D(1, 1, 1), max_value=LAST),
    )
    def test_each_question_takes_milliseconds(
        self, rule: str, start: dt.date, day: dt.date
    ) -> None:
        schedule = _schedule(start, rule)
        if schedule is None:
            return
        questions: list[Callable[[], object]] = [
            lambda: schedule.next_due(day),
            lambda: schedule.next_due(start),
            lambda: schedule.last_due(day),
            lambda: schedule.last_due(LAST),
            lambda: schedule.count_due(D(1, 1, 1), LAST),
            lambda: schedule.count_due(min(day, start), max(day, start)),
            lambda: schedule.is_due(day),
            lambda: list(itertools.islice(schedule.iter_occurrences(day), 100)),
        ]
        for question in questions:
            _, seconds = timed(question)
            assert seconds <= BOUND, (rule, start, day)

        def page() -> None:
            with contextlib.suppress(ModelError):  # more than 100: refused, in bounded time too
                schedule.occurrences(day, LAST, limit=100)

        assert timed(page)[1] <= BOUND

    @settings(
        deadline=None,
        max_examples=80,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(
        rule=crafted_rules(),
        start=STARTS,
        years=st.integers(min_value=0, max_value=12),
        offset=st.integers(min_value=0, max_value=4_000),
    )
    def test_answers_are_dateutils(
        self, rule: str, start: dt.date, years: int, offset: int
    ) -> None:
        """On a few years from the start, every answer is what dateutil's walk gives."""
        schedule = _schedule(start, rule)
        if schedule is None:
            return
        last = min(D(9999, 12, 24), D(min(start.year + years, 9999), 12, 31))
        if last < start:
            return
        first = min(last, start + dt.timedelta(days=offset % max(1, (last - start).days + 1)))
        days = walked(schedule, last)
        if len(days) >= 20_000:
            return
        within = [d for d in days if d >= first]
        assert within == list(schedule.iter_occurrences(first, last))
        assert len(within) == schedule.count_due(first, last)
        assert len(days) == schedule.count_due(D(1, 1, 1), last)
        assert (days[-1] if days else None) == schedule.last_due(last)
        assert (within[0] if within else None) == (schedule.next_due(first) if within else None)
        if within:
            assert schedule.is_due(within[0])
        if first not in within:
            assert not schedule.is_due(first)
