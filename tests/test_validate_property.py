"""Validation never raises on a plan the model accepts, whatever is missing or wrong in it.

The strategies here are compact and local: any field may be left out (``None`` or empty),
identifiers come from a tiny alphabet so that they collide and dangle, dates fall in any
order around the plan period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import tiltak
from tiltak import (
    AbsenceDegree,
    Adoption,
    Cause,
    Consent,
    Cooperation,
    Decision,
    DialogueMeeting,
    Effort,
    FollowUp,
    FollowUpRoutine,
    Goal,
    GoalArea,
    GoalOrigin,
    Measure,
    PartialDate,
    Participant,
    Participation,
    Party,
    Period,
    Plan,
    PlanKind,
    PlanStatus,
    Principal,
    ReportingLine,
    Responsible,
    ReturnToWork,
    Revision,
    Schedule,
    StatusColour,
    Subject,
    Target,
)
from tiltak import testing as tiltak_testing

dates = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31))
partial_dates = st.one_of(
    dates.map(PartialDate.from_date),
    st.builds(PartialDate, year=st.integers(2015, 2030)),
    st.builds(PartialDate, year=st.integers(2015, 2030), month=st.integers(1, 12)),
)
texts = st.sampled_from(
    ["", "  ", "Trygg skolevei", "trygg SKOLEVEI!", "Ferdigstille ansettelsesprosessen.",
     "Ferdigstille ansettelsesprosessen og beholde kompetanse.", "kari@kommune.no",
     "+47 22 33 44 55", "ring meg", "a@b", "TT 1.2", "Avd 2.1"]
)  # fmt: skip
ids = st.sampled_from(["1", "2", "1.1", "TT 1.1", "Avd 2.3", "G", "M", "x"])


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """The value, or ``None`` as if the field were removed."""
    return st.none() | strategy


def some(strategy: st.SearchStrategy[Any], size: int = 3) -> st.SearchStrategy[Any]:
    """A short tuple, often empty."""
    return st.lists(strategy, max_size=size).map(tuple)


periods = st.builds(Period, start=maybe(partial_dates), end=maybe(partial_dates))
schedules = st.builds(
    Schedule,
    start=dates,
    rule=st.sampled_from(
        ["FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=4", "FREQ=YEARLY", "FREQ=WEEKLY;COUNT=3",
         "FREQ=DAILY;INTERVAL=30", "FREQ=MONTHLY;BYMONTHDAY=31"]
    ),
)  # fmt: skip
responsibles = st.builds(
    Responsible,
    name=maybe(texts),
    role=maybe(texts),
    organisation=maybe(texts),
    email=maybe(texts),
    phone=maybe(texts),
)
follow_ups = st.builds(
    FollowUp, date=maybe(dates), colour=maybe(st.sampled_from(StatusColour)), note=maybe(texts)
)
measures = st.builds(
    Measure,
    id=ids,
    title=maybe(texts),
    description=maybe(texts),
    how=maybe(texts),
    goals=some(ids),
    causes=some(ids),
    responsible=maybe(responsibles),
    principal=maybe(ids),
    party=maybe(st.sampled_from(Party)),
    deadline=maybe(partial_dates),
    period=maybe(periods),
    schedule=maybe(schedules),
    order=maybe(st.integers(-2, 5)),
    effort=maybe(st.sampled_from(Effort)),
    completed=maybe(dates),
    follow_ups=some(follow_ups),
)
goals = st.builds(
    Goal,
    id=ids,
    text=maybe(texts),
    area=maybe(ids),
    parent=maybe(ids),
    level=maybe(texts),
    origin=maybe(st.sampled_from(GoalOrigin)),
    target=maybe(
        st.builds(Target, measure=maybe(texts), value=maybe(texts), due=maybe(partial_dates))
    ),
    period=maybe(periods),
)
plans = st.builds(
    Plan,
    kind=st.sampled_from(PlanKind),
    id=maybe(texts),
    title=maybe(texts),
    status=maybe(st.sampled_from(PlanStatus)),
    period=maybe(periods),
    created=maybe(dates),
    subject=maybe(
        st.builds(Subject, national_id=maybe(ids), email=maybe(texts), phone=maybe(texts))
    ),
    background=maybe(texts),
    resources=maybe(texts),
    needs=maybe(texts),
    causes=some(st.builds(Cause, id=ids, text=maybe(texts))),
    goal_areas=some(st.builds(GoalArea, id=ids, purpose=maybe(texts), period=maybe(periods))),
    goals=some(goals, 4),
    measures=some(measures, 4),
    decision=maybe(st.builds(Decision, reference=maybe(texts), date=maybe(dates))),
    consent=maybe(
        st.builds(
            Consent,
            given=st.booleans(),
            date=maybe(dates),
            information_sharing=maybe(st.booleans()),
        )
    ),
    participation=maybe(
        st.builds(Participation, took_part=maybe(st.booleans()), how=maybe(texts))
    ),
    participants=some(
        st.builds(
            Participant,
            party=maybe(st.sampled_from(Party)),
            contribution=maybe(texts),
            email=maybe(texts),
            phone=maybe(texts),
        )
    ),
    coordinator=maybe(responsibles),
    principals=some(st.builds(Principal, id=ids, overall_responsibility=st.booleans())),
    cooperation=maybe(st.builds(Cooperation, description=maybe(texts), not_needed=st.booleans())),
    adoption=maybe(st.builds(Adoption, date=maybe(dates), by=maybe(texts))),
    revisions=some(
        st.builds(Revision, due=maybe(partial_dates), done=maybe(dates), main=st.booleans())
    ),
    reporting=some(
        st.builds(
            ReportingLine, reporter=maybe(texts), recipient=maybe(texts), schedule=maybe(schedules)
        )
    ),
    follow_up=maybe(
        st.builds(
            FollowUpRoutine,
            schedule=maybe(schedules),
            dates=some(partial_dates),
            method=maybe(texts),
        )
    ),
    follow_ups=some(follow_ups),
    return_to_work=maybe(
        st.builds(
            ReturnToWork,
            first_day_of_absence=maybe(dates),
            absence=maybe(st.sampled_from(AbsenceDegree)),
            exemption=maybe(texts),
            tasks_and_capacity=maybe(texts),
            sent_to_doctor=maybe(dates),
            sent_to_nav=maybe(dates),
            dialogue_meetings=some(
                st.builds(DialogueMeeting, number=st.integers(0, 3), date=maybe(dates))
            ),
        )
    ),
)


class TestNeverRaises:
    @settings(max_examples=500, deadline=None)
    @given(plan=plans, as_of=maybe(dates))
    def test_validate_never_raises(self, plan: Plan, as_of: dt.date | None) -> None:
        """Any plan the model accepts validates to a report, with or without as_of."""
        report = tiltak.validate(plan, as_of=as_of)
        assert all(f.message() for f in report)
        assert list(report) == list(tiltak.validate(plan, as_of=as_of))

    @settings(max_examples=100, deadline=None)
    @given(plans=st.lists(plans, max_size=4), as_of=maybe(dates))
    def test_validate_many_never_raises(self, plans: list[Plan], as_of: dt.date | None) -> None:
        """Any list of plans validates together, with one report per plan."""
        assert len(plans) == len(tiltak.validate_many(plans, as_of=as_of))


class TestHostileSchedule:
    def test_daily_schedule_over_millennia_is_bounded(self) -> None:
        """A daily follow-up schedule from year 1, checked in year 9999, does not run away."""
        plan = Plan(
            kind="action_plan",
            follow_up=FollowUpRoutine(
                schedule=Schedule(start=dt.date(1, 1, 1), rule="FREQ=DAILY"), method="m"
            ),
        )
        report = tiltak.validate(plan, as_of=dt.date(9999, 1, 1), select="P017")
        assert ["$.follow_up.schedule"] == [f.path for f in report]

    def test_daily_schedule_finds_the_last_due_day(self) -> None:
        """A daily schedule over decades gives the day before as_of as the one missed."""
        plan = Plan(
            kind="action_plan",
            follow_up=FollowUpRoutine(
                schedule=Schedule(start=dt.date(1950, 1, 1), rule="FREQ=DAILY"), method="m"
            ),
        )
        report = tiltak.validate(plan, as_of=dt.date(2030, 1, 1), select="P017")
        assert [dt.date(2029, 12, 31)] == [f.params["due"] for f in report]


_REQUIRED = frozenset({"format", "kind", "id", "number", "start", "rule"})
"""Keys the format requires: removing one gives a format error, not a plan to validate."""


def _prune(value: Any, choices: Iterator[bool]) -> Any:
    """``value`` with optional object keys dropped wherever ``choices`` says so."""
    if isinstance(value, dict):
        return {k: _prune(v, choices) for k, v in value.items() if k in _REQUIRED or next(choices)}
    if isinstance(value, list):
        return [_prune(item, choices) for item in value]
    return value


class TestLoadedDocuments:
    @settings(max_examples=500, deadline=None)
    @given(data=st.data())
    def test_any_loaded_document_validates(self, data: st.DataObject) -> None:
        """Any document the format accepts, with optional fields randomly removed, validates."""
        document = tiltak.to_dict(data.draw(tiltak_testing.plans(valid=False)))
        drops = data.draw(st.lists(st.booleans(), min_size=400, max_size=400))
        keep = iter([*drops, *[True] * 10**5])
        plan = tiltak.from_dict(_prune(document, keep))
        report = tiltak.validate(plan, as_of=data.draw(maybe(dates)))
        assert all(f.message() for f in report)


class TestAgreesWithAsOf:
    @settings(max_examples=300, deadline=None)
    @given(plan=tiltak_testing.plans(valid=False), as_of=dates)
    def test_p017_is_missed_follow_ups(self, plan: Plan, as_of: dt.date) -> None:
        """P017 points where tiltak.asof.missed_follow_ups finds a follow-up or revision missed."""
        report = tiltak.validate(plan, as_of=as_of, select="P017")
        missed = set()
        if plan.status not in (PlanStatus.COMPLETED, PlanStatus.CANCELLED):
            missed = {event.path for event in tiltak.asof.missed_follow_ups(plan, as_of=as_of)}
        assert missed == {f.path for f in report}

    @settings(max_examples=300, deadline=None)
    @given(plan=tiltak_testing.plans(valid=False), as_of=dates)
    def test_p016_is_overdue_measures(self, plan: Plan, as_of: dt.date) -> None:
        """P016 finds exactly the measures asof.overdue_measures finds, deadline or period."""
        report = tiltak.validate(plan, as_of=as_of, select="P016")
        overdue = set()
        if plan.status not in (PlanStatus.COMPLETED, PlanStatus.CANCELLED):
            overdue = {event.path for event in tiltak.asof.overdue_measures(plan, as_of=as_of)}
        assert overdue == {f.path.rsplit(".", 1)[0].removesuffix(".period") for f in report}
