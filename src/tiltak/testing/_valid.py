"""Valid plans, built part by part: everything each kind must contain, anything else varied.

Filtering arbitrary plans down to valid ones would reject nearly all of them; instead each
strategy draws the required parts in a form the rules accept (unique identifiers, links that
resolve, dates in order, deadlines inside the period) and varies what the rules leave free.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import strategies as st

from tiltak._enums import (
    AbsenceDegree,
    Effort,
    Jurisdiction,
    Language,
    Party,
    PlanKind,
    PlanStatus,
    ResultsPart,
    StatusColour,
)
from tiltak._model import (
    Adoption,
    Cause,
    Consent,
    Cooperation,
    Decision,
    DialogueMeeting,
    FollowUp,
    FollowUpRoutine,
    Goal,
    GoalArea,
    Measure,
    Participant,
    Participation,
    Plan,
    Principal,
    ReportingLine,
    Responsible,
    ReturnToWork,
    Revision,
    Subject,
    Target,
)
from tiltak._time._dates import PartialDate, Period
from tiltak._time._schedule import Schedule

__all__ = ["valid_plans"]

_WORDS = (
    "Trygg skolevei",
    "Færre fall på sjukeheimen",
    "Tryggare centrum",
    "Hjälp med morgonrutinen",
    "Ærlig øving på å gå",
    "Samarbeid med NAV",
    "Stöd i vardagen",
)
_RULES = ("FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=4", "FREQ=MONTHLY;INTERVAL=6", "FREQ=YEARLY")
_DAY = dt.timedelta(days=1)
_MAX = 3


def _words() -> st.SearchStrategy[str]:
    """Text that is not blank: a required part is present however it is worded."""
    letters = st.characters(categories=("L", "N"))
    free = st.text(letters, min_size=1, max_size=20)
    return st.one_of(st.sampled_from(_WORDS), free)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _between(first: dt.date, last: dt.date) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=first, max_value=max(first, last))


def _partial_in(first: dt.date, last: dt.date) -> st.SearchStrategy[PartialDate]:
    """A partial date that lies wholly between ``first`` and ``last``."""

    def coarsen(day: dt.date, precision: int) -> PartialDate:
        candidates = [PartialDate.from_date(day)]
        if precision >= 1:
            candidates.append(PartialDate(year=day.year, month=day.month))
        if precision >= 2:
            candidates.append(PartialDate(year=day.year))
        inside = [d for d in candidates if first <= d.first_day and d.last_day <= last]
        return inside[-1]

    return st.builds(coarsen, _between(first, last), st.integers(0, 2))


@st.composite
def _responsible(draw: st.DrawFn) -> Responsible:
    named = draw(st.sampled_from(("name", "role", "organisation")))
    fields = {named: draw(_words())}
    for other in ("name", "role", "organisation"):
        if other != named:
            fields[other] = draw(_maybe(_words()))
    email = draw(_maybe(st.sampled_from(("kari@example.org", "ola.nordmann@example.no"))))
    phone = draw(_maybe(st.sampled_from(("+47 912 34 567", "070-123 45 67"))))
    return Responsible(email=email, phone=phone, **fields)


@st.composite
def _period(draw: st.DrawFn) -> tuple[Period, dt.date, dt.date]:
    """The plan period, and the first and last day that dates inside it may take."""
    start = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)))
    days = draw(st.integers(30, 5 * 366))
    end = start + days * _DAY
    open_end = draw(st.booleans())
    period = Period(start=start, end=None if open_end else end)
    return period, start, end


@st.composite
def _follow_ups(draw: st.DrawFn, first: dt.date, last: dt.date) -> tuple[FollowUp, ...]:
    count = draw(st.integers(0, 2))
    return tuple(
        FollowUp(
            date=draw(_between(first, last)),
            colour=draw(_maybe(st.sampled_from(StatusColour))),
            note=draw(_maybe(_words())),
        )
        for _ in range(count)
    )


def _goal_ids(count: int, prefix: str = "G") -> list[str]:
    return [f"{prefix}{n}" for n in range(1, count + 1)]


@st.composite
def _goals(draw: st.DrawFn, ids: list[str], first: dt.date, last: dt.date) -> tuple[Goal, ...]:
    return tuple(
        Goal(
            id=goal_id,
            text=draw(_words()),
            target=draw(
                _maybe(
                    st.builds(
                        Target,
                        measure=_maybe(_words()),
                        value=_maybe(_words()),
                        due=_maybe(_partial_in(first, last)),
                    )
                )
            ),
        )
        for goal_id in ids
    )


@st.composite
def _measures(
    draw: st.DrawFn,
    goal_ids: list[str],
    first: dt.date,
    last: dt.date,
) -> tuple[Measure, ...]:
    """Measures ``M1``.. that each serve a goal, have a responsible, say when and how."""
    count = draw(st.integers(1, _MAX))
    measures = []
    for n in range(1, count + 1):
        when = draw(st.sampled_from(("deadline", "period", "schedule")))
        timing: dict[str, Any] = {}
        if when == "deadline":
            timing["deadline"] = draw(_partial_in(first, last))
        elif when == "period":
            start = draw(_between(first, last))
            timing["period"] = Period(start=start, end=draw(_between(start, last)))
        else:
            timing["schedule"] = Schedule(
                start=draw(_between(first, last)), rule=draw(st.sampled_from(_RULES))
            )
        served = draw(st.lists(st.sampled_from(goal_ids), min_size=1, max_size=2, unique=True))
        fields: dict[str, Any] = {
            "id": f"M{n}",
            "title": draw(_maybe(_words())),
            "description": draw(_words()),
            "how": draw(_words()),
            "goals": tuple(served),
            "responsible": draw(_responsible()),
            "order": n,
            "effort": draw(_maybe(st.sampled_from(Effort))),
            "follow_ups": draw(_follow_ups(first, last)),
            **timing,
        }
        measures.append(Measure(**fields))
    return tuple(measures)


@st.composite
def _routine(draw: st.DrawFn, first: dt.date, last: dt.date) -> FollowUpRoutine:
    schedule = draw(
        _maybe(st.builds(Schedule, start=_between(first, last), rule=st.sampled_from(_RULES)))
    )
    dates = draw(st.lists(_partial_in(first, last), min_size=0 if schedule else 1, max_size=2))
    return FollowUpRoutine(schedule=schedule, dates=tuple(dates), method=draw(_words()))


@st.composite
def _base(draw: st.DrawFn, kind: PlanKind) -> dict[str, Any]:
    period, first, last = draw(_period())
    goal_ids = _goal_ids(draw(st.integers(1, _MAX)))
    return {
        "kind": kind,
        "id": draw(_maybe(_words())),
        "title": draw(_words()),
        "status": draw(_maybe(st.sampled_from(PlanStatus))),
        "language": draw(_maybe(st.sampled_from(Language))),
        "period": period,
        "created": draw(_maybe(_between(first, last))),
        "owner": draw(_maybe(_words())),
        "background": draw(_maybe(_words())),
        "goals": draw(_goals(goal_ids, first, last)),
        "measures": draw(_measures(goal_ids, first, last)),
        "follow_up": draw(_routine(first, last)),
        "follow_ups": draw(_follow_ups(first, last)),
        "revisions": (Revision(due=draw(_partial_in(first, last))),),
        # Bounds for the kinds' own dates; popped before the plan is built.
        "_first": first,
        "_last": last,
    }


def _origin(goals: tuple[Goal, ...], origin: str) -> tuple[Goal, ...]:
    """The goals with the first one marked as coming from ``origin``."""
    head, *rest = goals
    return (attrs.evolve(head, origin=origin), *rest)


@st.composite
def _action(draw: st.DrawFn, fields: dict[str, Any]) -> dict[str, Any]:
    causes = draw(st.integers(0, _MAX))
    if causes:
        ids = [str(n) for n in range(1, causes + 1)]
        fields["causes"] = tuple(Cause(id=i, text=draw(_words())) for i in ids)
        fields["measures"] = tuple(
            attrs.evolve(
                m,
                causes=tuple(draw(st.lists(st.sampled_from(ids), min_size=1, max_size=2))),
            )
            for m in fields["measures"]
        )
    fields["resources"] = draw(_maybe(_words()))
    fields["adoption"] = draw(
        _maybe(st.builds(Adoption, date=_between(fields["_first"], fields["_last"]), by=_words()))
    )
    return fields


@st.composite
def _implementation(draw: st.DrawFn, fields: dict[str, Any]) -> dict[str, Any]:
    fields["decision"] = Decision(reference=draw(_words()), date=draw(_maybe(st.dates())))
    fields["goals"] = _origin(fields["goals"], "decision")
    fields["cooperation"] = draw(
        st.one_of(
            st.builds(Cooperation, description=_words()),
            st.just(Cooperation(not_needed=True)),
        )
    )
    took_part = draw(st.booleans())
    fields["participation"] = Participation(
        took_part=took_part, how=draw(_words()) if took_part else None
    )
    return fields


@st.composite
def _individual(draw: st.DrawFn, fields: dict[str, Any]) -> dict[str, Any]:
    fields["consent"] = Consent(
        date=draw(st.dates(max_value=fields["_first"])),
        information_sharing=draw(_maybe(st.booleans())),
        given_by=draw(_maybe(st.just(Party.USER))),
    )
    fields["measures"] = tuple(attrs.evolve(m, scope=draw(_words())) for m in fields["measures"])
    fields["coordinator"] = draw(_responsible())
    fields["goals"] = _origin(fields["goals"], "user")
    fields["resources"] = draw(_words())
    fields["needs"] = draw(_words())
    fields["subject"] = draw(_maybe(st.builds(Subject, name=_words())))
    fields["participants"] = tuple(
        draw(
            st.lists(
                st.builds(
                    Participant,
                    role=_words(),
                    party=_maybe(st.sampled_from(Party)),
                    contribution=_words(),
                    user_agrees=st.just(True),
                ),
                min_size=1,
                max_size=_MAX,
            )
        )
    )
    fields["cooperation"] = draw(
        st.one_of(
            st.builds(Cooperation, description=_words()),
            st.just(Cooperation(not_needed=True)),
        )
    )
    return fields


@st.composite
def _coordinated(draw: st.DrawFn, fields: dict[str, Any]) -> dict[str, Any]:
    count = draw(st.integers(1, _MAX))
    overall = draw(st.integers(0, count - 1))
    ids = [f"H{n}" for n in range(count)]
    fields["principals"] = tuple(
        Principal(id=i, name=draw(_words()), overall_responsibility=n == overall)
        for n, i in enumerate(ids)
    )
    fields["consent"] = Consent(date=draw(_maybe(st.dates(max_value=fields["_first"]))))
    others = [Party.USER, Party.NEXT_OF_KIN, Party.OTHER, Party.AUTHORITY]
    fields["measures"] = tuple(
        attrs.evolve(
            m,
            **draw(
                st.one_of(
                    st.builds(dict, principal=st.sampled_from(ids)),
                    st.builds(dict, party=st.sampled_from(others)),
                )
            ),
        )
        for m in fields["measures"]
    )
    return fields


@st.composite
def _operational(draw: st.DrawFn, fields: dict[str, Any]) -> dict[str, Any]:
    first, last = fields["_first"], fields["_last"]
    areas = draw(st.integers(1, _MAX))
    fields["goal_areas"] = tuple(
        GoalArea(id=str(n), title=draw(_words()), purpose=draw(_words()))
        for n in range(1, areas + 1)
    )
    goals = []
    for n, goal in enumerate(fields["goals"], start=1):
        area = draw(st.integers(1, areas))
        level = draw(st.sampled_from(("TT", "Avd")))
        goals.append(attrs.evolve(goal, id=f"{level} {area}.{n}", area=str(area), level=level))
    renamed = {old.id: new.id for old, new in zip(fields["goals"], goals, strict=True)}
    fields["goals"] = tuple(goals)
    fields["measures"] = tuple(
        attrs.evolve(m, goals=tuple(renamed[g] for g in m.goals)) for m in fields["measures"]
    )
    if draw(st.booleans()):
        fields["follow_up"] = None
        fields["reporting"] = (
            ReportingLine(
                reporter=draw(_words()),
                recipient=draw(_words()),
                schedule=Schedule(start=draw(_between(first, last)), rule="FREQ=MONTHLY"),
            ),
        )
    fields["revisions"] = (Revision(due=draw(_partial_in(first, last)), main=True),)
    return fields


@st.composite
def _return_to_work(draw: st.DrawFn, fields: dict[str, Any]) -> dict[str, Any]:
    first = fields["_first"]
    # Day n of the absence is first + n - 1: the plan by day 28, meetings by days 49 and 182.
    created = draw(_between(first, first + 27 * _DAY))
    absence = draw(st.sampled_from(AbsenceDegree))
    meetings = [
        DialogueMeeting(
            number=1,
            date=draw(_between(first, first + 48 * _DAY)),
            doctor_took_part=draw(st.booleans()),
        )
    ]
    sent_to_nav = None
    if draw(st.booleans()):
        second = draw(_between(first + 49 * _DAY, first + 181 * _DAY))
        meetings.append(DialogueMeeting(number=2, date=second))
        sent_to_nav = draw(_between(created, second - 7 * _DAY))
    fields["created"] = created
    fields["jurisdiction"] = draw(st.sampled_from(Jurisdiction))
    fields["return_to_work"] = ReturnToWork(
        first_day_of_absence=first,
        absence=absence,
        tasks_and_capacity=draw(_words()),
        sent_to_doctor=draw(_between(created, first + 27 * _DAY)),
        sent_to_nav=sent_to_nav if absence is AbsenceDegree.FULL else None,
        dialogue_meetings=tuple(meetings) if absence is AbsenceDegree.FULL else (),
    )
    measures = list(fields["measures"])
    parties = [Party.EMPLOYER, Party.AUTHORITY]
    extra = (
        attrs.evolve(measures[0], id=f"M{len(measures) + n}", party=party)
        for n, party in enumerate(parties, start=1)
    )
    fields["measures"] = (*measures, *extra)
    fields["participation"] = Participation(took_part=True, how=draw(_maybe(_words())))
    return fields


@st.composite
def _results(draw: st.DrawFn, fields: dict[str, Any]) -> dict[str, Any]:
    goals = list(fields["goals"])
    fields["goals"] = (
        *goals,
        *(
            Goal(
                id=f"G{len(goals) + n}",
                text=draw(_words()),
                part=part,
                target=Target(value=draw(_words())),
            )
            for n, part in enumerate(ResultsPart, start=1)
        ),
    )
    measures = list(fields["measures"])
    help_ = attrs.evolve(measures[0], id=f"M{len(measures) + 1}", party=Party.MANAGEMENT)
    fields["measures"] = (*measures, help_)
    return fields


_KINDS = {
    PlanKind.ACTION_PLAN: _action,
    PlanKind.IMPLEMENTATION_PLAN: _implementation,
    PlanKind.INDIVIDUAL_PLAN: _individual,
    PlanKind.COORDINATED_PLAN: _coordinated,
    PlanKind.OPERATIONAL_PLAN: _operational,
    PlanKind.RETURN_TO_WORK_PLAN: _return_to_work,
    PlanKind.RESULTS_PLAN: _results,
}


@st.composite
def _valid_plan(draw: st.DrawFn, kind: PlanKind) -> Plan:
    fields = draw(_KINDS[kind](draw(_base(kind))))
    del fields["_first"], fields["_last"]
    return Plan(**fields)


def valid_plans(kind: PlanKind | None) -> st.SearchStrategy[Plan]:
    """Plans of ``kind`` (any kind if ``None``) in which validation finds no error."""
    if kind is not None:
        return _valid_plan(kind)
    return st.sampled_from(PlanKind).flatmap(_valid_plan)
