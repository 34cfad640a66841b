"""Tests for the as-of questions: what is due and overdue in a plan on a given day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiltak import (
    FollowUp,
    FollowUpRoutine,
    Measure,
    PartialDate,
    Period,
    Plan,
    ReportingLine,
    Revision,
    Schedule,
)
from tiltak._time._asof import MAX_EVENTS
from tiltak.asof import (
    EventKind,
    PlanEvent,
    due_follow_ups,
    due_reporting,
    last_follow_up,
    missed_follow_ups,
    next_events,
    overdue_measures,
    reporting_rounds,
)
from tiltak.errors import ModelError, ModelTypeError

D = dt.date
ASKED = [
    overdue_measures,
    due_follow_ups,
    missed_follow_ups,
    last_follow_up,
    due_reporting,
    next_events,
    reporting_rounds,
]
DEADLINE = D(2024, 3, 15)
BEFORE, ON, AFTER = DEADLINE - dt.timedelta(days=1), DEADLINE, DEADLINE + dt.timedelta(days=1)


def plan(**fields: Any) -> Plan:
    return Plan(kind="action_plan", **fields)


def event(kind: EventKind, path: str, due: dt.date) -> PlanEvent:
    return PlanEvent(kind=kind, path=path, due=due)


def paths(events: Iterable[PlanEvent]) -> list[str]:
    return [e.path for e in events]


class TestOverdueMeasures:
    @pytest.mark.parametrize(("as_of", "overdue"), [(BEFORE, False), (ON, False), (AFTER, True)])
    def test_around_the_deadline(self, as_of: dt.date, overdue: bool) -> None:
        """A measure is overdue from the day after its deadline, not on it."""
        p = plan(measures=[Measure(id="1", deadline=DEADLINE)])
        expected = (event(EventKind.MEASURE, "$.measures[0]", DEADLINE),) if overdue else ()
        assert expected == overdue_measures(p, as_of=as_of)

    @pytest.mark.parametrize(
        ("deadline", "last_day"),
        [("2024-03", D(2024, 3, 31)), ("2024", D(2024, 12, 31)), ("2024-02", D(2024, 2, 29))],
    )
    def test_partial_deadline_by_last_day(self, deadline: str, last_day: dt.date) -> None:
        """A deadline given as a month or a year falls due on its last day."""
        p = plan(measures=[Measure(id="1", deadline=deadline)])
        assert () == overdue_measures(p, as_of=last_day)
        after = overdue_measures(p, as_of=last_day + dt.timedelta(days=1))
        assert [last_day] == [e.due for e in after]

    @pytest.mark.parametrize(("as_of", "overdue"), [(BEFORE, False), (ON, False), (AFTER, True)])
    def test_period_end(self, as_of: dt.date, overdue: bool) -> None:
        """A measure without a deadline is due by the end of its period."""
        p = plan(measures=[Measure(id="1", period=Period(start="2024-01-01", end=DEADLINE))])
        assert overdue == bool(overdue_measures(p, as_of=as_of))

    def test_deadline_before_period(self) -> None:
        """A deadline wins over the period's end."""
        m = Measure(id="1", deadline="2024-02-01", period=Period(start="2024", end="2024"))
        assert [D(2024, 2, 1)] == [e.due for e in overdue_measures(plan(measures=[m]), as_of=ON)]

    def test_open_period_never_overdue(self) -> None:
        """A measure with an open-ended period and no deadline is never overdue."""
        p = plan(measures=[Measure(id="1", period=Period(start="2020"))])
        assert () == overdue_measures(p, as_of=D(2030, 1, 1))

    def test_completed(self) -> None:
        """A measure completed by the day asked about is not overdue."""
        p = plan(measures=[Measure(id="1", deadline=DEADLINE, completed=AFTER)])
        assert () == overdue_measures(p, as_of=AFTER)
        assert () == overdue_measures(p, as_of=D(2025, 1, 1))

    def test_completed_later_is_overdue_before(self) -> None:
        """Completion after the day asked about does not count on that day."""
        p = plan(measures=[Measure(id="1", deadline=DEADLINE, completed=D(2024, 4, 1))])
        assert ["$.measures[0]"] == paths(overdue_measures(p, as_of=D(2024, 3, 20)))

    @pytest.mark.parametrize(
        ("colours", "overdue"),
        [
            (["green"], False),
            (["yellow"], True),
            (["red"], True),
            ([None], True),
            (["green", "red"], True),
            (["red", "green"], False),
            (["green", None], False),
        ],
    )
    def test_latest_colour(self, colours: list[str], overdue: bool) -> None:
        """Only a green latest follow-up with a colour settles a measure past its deadline."""
        follow_ups = [FollowUp(date=D(2024, 3, 1 + i), colour=c) for i, c in enumerate(colours)]
        p = plan(measures=[Measure(id="1", deadline=DEADLINE, follow_ups=follow_ups)])
        assert overdue == bool(overdue_measures(p, as_of=AFTER))

    def test_green_after_as_of_does_not_count(self) -> None:
        """A green follow-up dated after the day asked about does not settle the measure."""
        follow_ups = [FollowUp(date=D(2024, 5, 1), colour="green")]
        p = plan(measures=[Measure(id="1", deadline=DEADLINE, follow_ups=follow_ups)])
        assert ["$.measures[0]"] == paths(overdue_measures(p, as_of=AFTER))
        assert () == overdue_measures(p, as_of=D(2024, 5, 1))

    def test_paths_and_order(self) -> None:
        """Every overdue measure is named by its index, soonest due first."""
        p = plan(
            measures=[
                Measure(id="a", deadline="2024-03-01"),
                Measure(id="b"),
                Measure(id="c", deadline="2024-02-01"),
                Measure(id="d", deadline="2030-01-01"),
            ]
        )
        assert ["$.measures[2]", "$.measures[0]"] == paths(
            overdue_measures(p, as_of=D(2024, 6, 1))
        )


SCHEDULE = Schedule.monthly(D(2024, 1, 31))


class TestFollowUps:
    def test_scheduled_around_due_day(self) -> None:
        """A scheduled follow-up is due on its day, and missed from the day after."""
        p = plan(follow_up=FollowUpRoutine(schedule=Schedule.monthly(DEADLINE)))
        ev = event(EventKind.FOLLOW_UP, "$.follow_up.schedule", DEADLINE)
        assert () == due_follow_ups(p, as_of=BEFORE)
        assert (ev,) == due_follow_ups(p, as_of=ON)
        assert () == missed_follow_ups(p, as_of=ON)
        assert (ev,) == missed_follow_ups(p, as_of=AFTER)

    def test_every_unrecorded_occurrence(self) -> None:
        """Each occurrence without a follow-up since is listed, month ends clamped."""
        p = plan(follow_up=FollowUpRoutine(schedule=SCHEDULE))
        assert [D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31)] == [
            e.due for e in missed_follow_ups(p, as_of=D(2024, 4, 15))
        ]

    def test_recorded_by_follow_up_on_or_after(self) -> None:
        """A follow-up on or after a due day records it and every earlier one."""
        recorded = [FollowUp(date=D(2024, 2, 29), colour="green")]
        p = plan(follow_up=FollowUpRoutine(schedule=SCHEDULE), follow_ups=recorded)
        assert [D(2024, 3, 31)] == [e.due for e in missed_follow_ups(p, as_of=D(2024, 4, 15))]

    def test_follow_up_before_due_day_does_not_record(self) -> None:
        """A follow-up the day before a due day does not record it."""
        recorded = [FollowUp(date=D(2024, 2, 28))]
        p = plan(follow_up=FollowUpRoutine(schedule=SCHEDULE), follow_ups=recorded)
        assert [D(2024, 2, 29)] == [e.due for e in missed_follow_ups(p, as_of=D(2024, 3, 1))]

    def test_follow_up_after_as_of_does_not_count(self) -> None:
        """A follow-up dated after the day asked about records nothing on that day."""
        recorded = [FollowUp(date=D(2024, 5, 1))]
        p = plan(follow_up=FollowUpRoutine(schedule=SCHEDULE), follow_ups=recorded)
        assert 3 == len(missed_follow_ups(p, as_of=D(2024, 4, 15)))
        assert () == missed_follow_ups(p, as_of=D(2024, 5, 1))

    @pytest.mark.parametrize(
        ("as_of", "due", "missed"),
        [
            (D(2024, 6, 29), False, False),
            (D(2024, 6, 30), True, False),
            (D(2024, 7, 1), True, True),
        ],
    )
    def test_listed_dates(self, as_of: dt.date, due: bool, missed: bool) -> None:
        """A follow-up date given as a month falls due on its last day."""
        p = plan(follow_up=FollowUpRoutine(dates=[PartialDate(year=2024, month=6)]))
        assert due == bool(due_follow_ups(p, as_of=as_of))
        assert missed == bool(missed_follow_ups(p, as_of=as_of))
        if missed:
            assert ["$.follow_up.dates[0]"] == paths(missed_follow_ups(p, as_of=as_of))

    def test_listed_month_recorded_inside_it(self) -> None:
        """A follow-up anywhere in the month given records that month's follow-up."""
        p = plan(
            follow_up=FollowUpRoutine(dates=[PartialDate(year=2024, month=6)]),
            follow_ups=[FollowUp(date=D(2024, 6, 10))],
        )
        assert () == missed_follow_ups(p, as_of=D(2024, 8, 1))

    @pytest.mark.parametrize(
        ("as_of", "due", "missed"), [(BEFORE, 0, 0), (ON, 1, 0), (AFTER, 1, 1)]
    )
    def test_revision(self, as_of: dt.date, due: int, missed: int) -> None:
        """An open revision is due on its day and missed from the day after."""
        p = plan(revisions=[Revision(due=DEADLINE)])
        assert due == len(due_follow_ups(p, as_of=as_of))
        assert missed == len(missed_follow_ups(p, as_of=as_of))
        if missed:
            assert (event(EventKind.REVISION, "$.revisions[0]", DEADLINE),) == (
                missed_follow_ups(p, as_of=as_of)
            )

    def test_revision_done(self) -> None:
        """A revision done by the day asked about is not missed; done later, it is."""
        p = plan(revisions=[Revision(due="2024-06", done=D(2024, 7, 10))])
        assert ["$.revisions[0]"] == paths(missed_follow_ups(p, as_of=D(2024, 7, 5)))
        assert () == missed_follow_ups(p, as_of=D(2024, 7, 10))

    def test_revision_without_due(self) -> None:
        """A revision with no due date never falls due."""
        assert () == missed_follow_ups(plan(revisions=[Revision()]), as_of=D(2030, 1, 1))

    def test_capped(self) -> None:
        """A long-neglected daily schedule lists at most MAX_EVENTS occurrences."""
        daily = Schedule(start=D(1990, 1, 1), rule="FREQ=DAILY")
        p = plan(follow_up=FollowUpRoutine(schedule=daily))
        missed = missed_follow_ups(p, as_of=D(2024, 1, 1))
        assert MAX_EVENTS == len(missed)
        assert D(1990, 1, 1) == missed[0].due

    def test_last_follow_up(self) -> None:
        """The last follow-up counts recorded follow-ups and done revisions by the day."""
        p = plan(
            follow_ups=[FollowUp(date=D(2024, 1, 10)), FollowUp(), FollowUp(date=D(2024, 9, 1))],
            revisions=[Revision(due="2024-05", done=D(2024, 5, 20))],
        )
        assert None is last_follow_up(p, as_of=D(2024, 1, 9))
        assert D(2024, 1, 10) == last_follow_up(p, as_of=D(2024, 3, 1))
        assert D(2024, 5, 20) == last_follow_up(p, as_of=D(2024, 8, 31))
        assert D(2024, 9, 1) == last_follow_up(p, as_of=D(2024, 9, 1))

    def test_nothing_planned(self) -> None:
        """A plan without a routine or revisions has nothing due."""
        assert () == due_follow_ups(plan(), as_of=D(2024, 1, 1))
        assert () == missed_follow_ups(plan(follow_up=FollowUpRoutine()), as_of=D(2024, 1, 1))


class TestReporting:
    LINES = (
        ReportingLine(schedule=Schedule.monthly(D(2024, 1, 31))),
        ReportingLine(),
        ReportingLine(schedule=Schedule.every_tertial(D(2024, 4, 30))),
    )

    def test_latest_per_line(self) -> None:
        """Without since, each line's latest occurrence on or before the day."""
        p = plan(reporting=self.LINES)
        assert [
            event(EventKind.REPORTING, "$.reporting[2].schedule", D(2024, 8, 30)),
            event(EventKind.REPORTING, "$.reporting[0].schedule", D(2024, 8, 31)),
        ] == list(due_reporting(p, as_of=D(2024, 9, 15)))

    @pytest.mark.parametrize(
        ("as_of", "expected"),
        [
            (D(2024, 4, 29), []),
            (D(2024, 4, 30), [D(2024, 4, 30)]),
            (D(2024, 5, 1), [D(2024, 4, 30)]),
        ],
    )
    def test_around_due_day(self, as_of: dt.date, expected: list[dt.date]) -> None:
        """A report falls due on its day."""
        p = plan(reporting=[self.LINES[2]])
        assert expected == [e.due for e in due_reporting(p, as_of=as_of)]

    def test_since(self) -> None:
        """With since, every occurrence after since up to the day."""
        p = plan(reporting=[self.LINES[0]])
        assert [D(2024, 2, 29), D(2024, 3, 31)] == [
            e.due for e in due_reporting(p, as_of=D(2024, 3, 31), since=D(2024, 1, 31))
        ]


class TestNextEvents:
    def test_merged_in_order(self) -> None:
        """The next events of every kind come soonest first, up to the limit."""
        p = plan(
            measures=[Measure(id="1", deadline="2024-03-20"), Measure(id="2", deadline="2024-01")],
            follow_up=FollowUpRoutine(schedule=Schedule.monthly(D(2024, 1, 31))),
            revisions=[Revision(due="2024-04")],
            reporting=[ReportingLine(schedule=Schedule.calendar_tertials(D(2024, 1, 1)))],
        )
        assert [
            event(EventKind.MEASURE, "$.measures[0]", D(2024, 3, 20)),
            event(EventKind.FOLLOW_UP, "$.follow_up.schedule", D(2024, 3, 31)),
            event(EventKind.FOLLOW_UP, "$.follow_up.schedule", D(2024, 4, 30)),
            event(EventKind.REPORTING, "$.reporting[0].schedule", D(2024, 4, 30)),
            event(EventKind.REVISION, "$.revisions[0]", D(2024, 4, 30)),
            event(EventKind.FOLLOW_UP, "$.follow_up.schedule", D(2024, 5, 31)),
        ] == list(next_events(p, as_of=D(2024, 3, 1), limit=6))

    def test_includes_the_day(self) -> None:
        """Something due on the day asked about is next."""
        p = plan(revisions=[Revision(due=ON)])
        assert [ON] == [e.due for e in next_events(p, as_of=ON)]
        assert () == next_events(p, as_of=AFTER)

    def test_done_things_left_out(self) -> None:
        """Completed measures and done revisions are not coming up."""
        p = plan(
            measures=[Measure(id="1", deadline="2024-12", completed=D(2024, 2, 1))],
            revisions=[Revision(due="2024-12", done=D(2024, 2, 1))],
        )
        assert () == next_events(p, as_of=D(2024, 3, 1))

    def test_limit(self) -> None:
        """The limit bounds even endless schedules; zero gives nothing."""
        p = plan(follow_up=FollowUpRoutine(schedule=Schedule.weekly(D(2024, 1, 1))))
        assert 3 == len(next_events(p, as_of=D(2024, 1, 1), limit=3))
        assert () == next_events(p, as_of=D(2024, 1, 1), limit=0)
        with pytest.raises(ModelError):
            next_events(p, as_of=D(2024, 1, 1), limit=-1)


class TestArguments:
    @pytest.mark.parametrize(
        "ask",
        [overdue_measures, due_follow_ups, missed_follow_ups, due_reporting, next_events],
    )
    def test_datetime_refused(self, ask: Callable[..., Any]) -> None:
        """The day is a date, not a datetime."""
        with pytest.raises(ModelTypeError):
            ask(plan(), as_of=dt.datetime(2024, 1, 1))

    @pytest.mark.parametrize("ask", ASKED)
    def test_as_of_is_keyword_only(self, ask: Callable[..., Any]) -> None:
        """The day is named: ``as_of=``, as in validate and summarise."""
        with pytest.raises(TypeError, match="positional"):
            ask(plan(), D(2024, 1, 1))

    @pytest.mark.parametrize("ask", ASKED)
    def test_iso_text_is_a_day(self, ask: Callable[..., Any]) -> None:
        """``as_of`` takes an ISO text as the constructors do, with the same answer."""
        p = plan(
            measures=[Measure(id="1", deadline="2024-01")],
            follow_up=FollowUpRoutine(schedule=Schedule.monthly(D(2023, 1, 1))),
            reporting=[ReportingLine(schedule=Schedule.monthly(D(2023, 1, 1)))],
        )
        assert ask(p, as_of=D(2024, 3, 31)) == ask(p, as_of="2024-03-31")

    @pytest.mark.parametrize("text", ["2024-03", "2024", "31.03.2024", "2024-02-30"])
    def test_only_a_whole_iso_day(self, text: str) -> None:
        """A month, a year or another spelling is refused with the form it must take."""
        with pytest.raises(ModelError, match="as_of must be a"):
            overdue_measures(plan(), as_of=text)

    def test_not_a_plan(self) -> None:
        """Only plans are asked about."""
        with pytest.raises(ModelTypeError):
            overdue_measures({"measures": []}, as_of=D(2024, 1, 1))  # type: ignore[arg-type]

    def test_days_late(self) -> None:
        """days_late counts days past due, negative before."""
        ev = event(EventKind.MEASURE, "$.measures[0]", DEADLINE)
        assert (-1, 0, 1) == (
            ev.days_late(as_of=BEFORE),
            ev.days_late(as_of=ON),
            ev.days_late(as_of=AFTER),
        )
        assert 0 == ev.days_late(as_of=ON.isoformat())
        with pytest.raises(TypeError):
            ev.days_late(ON)  # type: ignore[call-arg]

    def test_linear(self) -> None:
        """A plan of many measures is answered quickly."""
        import time

        p = plan(measures=[Measure(id=str(i), deadline="2024-01") for i in range(20_000)])
        began = time.perf_counter()
        assert 20_000 == len(overdue_measures(p, as_of=D(2024, 6, 1)))
        assert time.perf_counter() - began < 2


days = st.dates(min_value=D(2023, 1, 1), max_value=D(2026, 12, 31))
schedules = st.builds(
    lambda make, start: make(start),
    st.sampled_from(
        [
            Schedule.weekly,
            Schedule.monthly,
            Schedule.every_tertial,
            Schedule.twice_a_year,
            Schedule.yearly,
            Schedule.calendar_tertials,
        ]
    ),
    days,
)
plans = st.builds(
    lambda schedule, recorded, revisions: plan(
        follow_up=FollowUpRoutine(schedule=schedule),
        follow_ups=[FollowUp(date=d) for d in recorded],
        revisions=[Revision(due=d) for d in revisions],
    ),
    st.one_of(st.none(), schedules),
    st.lists(days, max_size=4),
    st.lists(days, max_size=3),
)


class TestProperties:
    @given(plans, days)
    def test_missed_is_due_before_the_day(self, p: Plan, as_of: dt.date) -> None:
        """What is missed is exactly what is due, less what falls due on the day itself."""
        due = due_follow_ups(p, as_of=as_of)
        assert [e for e in due if e.due < as_of] == list(missed_follow_ups(p, as_of=as_of))
        assert all(e.due <= as_of for e in due)

    @given(plans, days)
    def test_nothing_due_is_recorded(self, p: Plan, as_of: dt.date) -> None:
        """No scheduled follow-up listed as due has a follow-up on or after it, by the day."""
        recorded = [f.date for f in p.follow_ups if f.date is not None and f.date <= as_of]
        for e in due_follow_ups(p, as_of=as_of):
            if e.kind is EventKind.FOLLOW_UP:
                assert not any(e.due <= d for d in recorded)

    @given(plans, days)
    def test_next_events_sorted_and_not_before(self, p: Plan, as_of: dt.date) -> None:
        """The next events come soonest first and none lies before the day."""
        events = next_events(p, as_of=as_of, limit=8)
        assert sorted(events, key=lambda e: (e.due, e.path)) == list(events)
        assert all(as_of <= e.due for e in events)
