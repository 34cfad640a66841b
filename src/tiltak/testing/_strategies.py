"""Hypothesis strategies for plans of every kind and their parts.

Every strategy builds objects the constructors accept: structurally right, with any content
(missing parts, links that lead nowhere, dates in any order), so a plan may well have
findings; only :func:`plans` with ``valid=True`` builds plans without error findings.
Collections are kept small for speed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from hypothesis import strategies as st

from tiltak._checks import MAX_INT, JsonValue, enum_value
from tiltak._enums import (
    AbsenceDegree,
    Direction,
    Effort,
    GoalOrigin,
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
    Baseline,
    Cause,
    Consent,
    Cooperation,
    Decision,
    DeliveredReport,
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
    ResponsibilityGroup,
    Responsible,
    ReturnToWork,
    Revision,
    Section,
    SickLeave,
    Subject,
    Target,
)
from tiltak._time._dates import PartialDate, Period
from tiltak._time._schedule import Schedule

from ._valid import valid_plans

__all__ = [
    "follow_ups",
    "goals",
    "json_values",
    "locales",
    "measures",
    "partial_dates",
    "plans",
    "responsibles",
    "schedules",
    "texts",
]

T = TypeVar("T")

RULES = (
    "FREQ=WEEKLY",
    "FREQ=MONTHLY",
    "FREQ=MONTHLY;INTERVAL=4",
    "FREQ=MONTHLY;INTERVAL=6",
    "FREQ=YEARLY",
    "FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1",
)
"""The recurrence rules :func:`schedules` draws from: every one is a valid RRULE value."""

_SAMPLES = (
    "",
    "Tiltaksplan for Ålesund \u2013 æøå ÆØÅ",
    "Åtgärdsplan mot skadegörelse i Örebro",
    "Genomförandeplan: hjälp med dusch 🚿 och promenad 🚶",
    "خطة عمل",  # right-to-left (Arabic)
    "תוכנית פעולה",  # right-to-left (Hebrew)
    "Sámi: Čáhcegáddi ŋ đ ŧ",
    'line one\nline two\ttab \\ back "quoted"',
    "\u200f\u200e\u00a0\ufeff zero-width and marks",
)
_MAX_SIZE = 2


def _small_tuple(elements: st.SearchStrategy[T]) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(elements, max_size=_MAX_SIZE).map(tuple)


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def texts() -> st.SearchStrategy[str]:
    """Any text: arbitrary Unicode, Nordic letters, emoji, right-to-left scripts, long texts."""
    return st.one_of(
        st.text(max_size=20),
        st.sampled_from(_SAMPLES),
        st.builds(lambda s, n: s * n, st.sampled_from(_SAMPLES[1:]), st.integers(100, 300)),
    )


def _ids() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(("1", "2", "1.2", "TT-1.2", "A")),
        st.text(max_size=8),
    )


def _opt_text() -> st.SearchStrategy[str | None]:
    return _optional(texts())


def _dates() -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


def partial_dates() -> st.SearchStrategy[PartialDate]:
    """Dates known to the year, the month or the day."""
    years = st.integers(1, 9999)
    by_year = st.builds(lambda y: PartialDate(year=y), years)
    by_month = st.builds(lambda y, m: PartialDate(year=y, month=m), years, st.integers(1, 12))
    by_day = _dates().map(PartialDate.from_date)
    return st.one_of(by_year, by_month, by_day)


def _periods() -> st.SearchStrategy[Period]:
    return st.builds(Period, start=_optional(partial_dates()), end=_optional(partial_dates()))


def schedules() -> st.SearchStrategy[Schedule]:
    """Recurrences from a start date by one of :data:`RULES`."""
    return st.builds(Schedule, start=_dates(), rule=st.sampled_from(RULES))


def json_values(*, max_leaves: int = 8) -> st.SearchStrategy[JsonValue]:
    """Any JSON value, as plain ``dict``/``list`` data (no NaN, no infinities)."""
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        texts(),
    )
    return st.recursive(
        scalars,
        lambda children: st.one_of(
            st.lists(children, max_size=_MAX_SIZE),
            st.dictionaries(st.text(max_size=8), children, max_size=_MAX_SIZE),
        ),
        max_leaves=max_leaves,
    )


def _extensions() -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        st.just({}),
        st.dictionaries(st.text(max_size=8), json_values(), max_size=_MAX_SIZE),
    )


def responsibles() -> st.SearchStrategy[Responsible]:
    """Who answers for a measure: any of name, role, organisation and contact."""
    return st.builds(
        Responsible,
        name=_opt_text(),
        role=_opt_text(),
        organisation=_opt_text(),
        email=_opt_text(),
        phone=_opt_text(),
    )


def follow_ups() -> st.SearchStrategy[FollowUp]:
    """Recorded follow-ups, with or without a colour."""
    return st.builds(
        FollowUp,
        date=_optional(_dates()),
        colour=_optional(st.sampled_from(StatusColour)),
        note=_opt_text(),
        by=_opt_text(),
        value=_opt_text(),
    )


def _targets() -> st.SearchStrategy[Target]:
    return st.builds(
        Target,
        measure=_opt_text(),
        value=_opt_text(),
        due=_optional(partial_dates()),
        baseline=_optional(
            st.builds(Baseline, value=_opt_text(), date=_optional(partial_dates()))
        ),
        unit=_opt_text(),
        direction=_optional(st.sampled_from(Direction)),
    )


def goals() -> st.SearchStrategy[Goal]:
    """Goals with any content, target, period and extensions."""
    return st.builds(
        Goal,
        id=_ids(),
        text=_opt_text(),
        area=_optional(_ids()),
        parent=_optional(_ids()),
        level=_opt_text(),
        section=_optional(_ids()),
        origin=_optional(st.sampled_from(GoalOrigin)),
        part=_optional(st.sampled_from(ResultsPart)),
        target=_optional(_targets()),
        period=_optional(_periods()),
        follow_ups=_small_tuple(follow_ups()),
        extensions=_extensions(),
    )


def measures() -> st.SearchStrategy[Measure]:
    """Measures with any content: links, responsible, dates, schedule, follow-ups, extensions."""
    return st.builds(
        Measure,
        id=_ids(),
        title=_opt_text(),
        description=_opt_text(),
        how=_opt_text(),
        scope=_opt_text(),
        goals=_small_tuple(_ids()),
        causes=_small_tuple(_ids()),
        operational_goal=_opt_text(),
        responsible=_optional(responsibles()),
        principal=_optional(_ids()),
        party=_optional(st.sampled_from(Party)),
        deadline=_optional(partial_dates()),
        period=_optional(_periods()),
        schedule=_optional(schedules()),
        order=_optional(st.integers(-MAX_INT, MAX_INT)),
        effort=_optional(st.sampled_from(Effort)),
        completed=_optional(_dates()),
        follow_ups=_small_tuple(follow_ups()),
        extensions=_extensions(),
    )


def _subjects() -> st.SearchStrategy[Subject]:
    return st.builds(
        Subject,
        name=_opt_text(),
        national_id=_opt_text(),
        birth_date=_optional(_dates()),
        email=_opt_text(),
        phone=_opt_text(),
    )


def _participants() -> st.SearchStrategy[Participant]:
    return st.builds(
        Participant,
        name=_opt_text(),
        role=_opt_text(),
        organisation=_opt_text(),
        party=_optional(st.sampled_from(Party)),
        contribution=_opt_text(),
        user_agrees=_optional(st.booleans()),
        email=_opt_text(),
        phone=_opt_text(),
    )


def _goal_areas() -> st.SearchStrategy[GoalArea]:
    return st.builds(
        GoalArea,
        id=_ids(),
        title=_opt_text(),
        purpose=_opt_text(),
        expectations=_small_tuple(texts()),
        period=_optional(_periods()),
    )


def _sections() -> st.SearchStrategy[Section]:
    return st.builds(Section, id=_ids(), title=_opt_text(), period=_optional(_periods()))


def _return_to_work() -> st.SearchStrategy[ReturnToWork]:
    return st.builds(
        ReturnToWork,
        first_day_of_absence=_optional(_dates()),
        absence=_optional(st.sampled_from(AbsenceDegree)),
        expected_return=_optional(_dates()),
        exemption=_opt_text(),
        tasks_and_capacity=_opt_text(),
        authority_measures_not_relevant=st.booleans(),
        sent_to_doctor=_optional(_dates()),
        sent_to_nav=_optional(_dates()),
        dialogue_meetings=_small_tuple(
            st.builds(
                DialogueMeeting,
                number=st.integers(-MAX_INT, MAX_INT),
                date=_optional(_dates()),
                participants=_small_tuple(texts()),
                doctor_took_part=_optional(st.booleans()),
                occupational_health_took_part=_optional(st.booleans()),
            )
        ),
        sick_leave=_small_tuple(
            st.builds(
                SickLeave,
                period=_optional(_periods()),
                degree=_optional(st.integers(1, 100)),
            )
        ),
    )


LOCALES = ("nb", "nn", "sv", "en")
"""The languages tiltak speaks, as :func:`locales` draws them."""


def locales() -> st.SearchStrategy[str]:
    """The locale codes tiltak speaks: ``nb``, ``nn``, ``sv`` and ``en``."""
    return st.sampled_from(LOCALES)


_PLANS: dict[tuple[PlanKind | None, bool], st.SearchStrategy[Plan]] = {}


def plans(kind: PlanKind | str | None = None, *, valid: bool = True) -> st.SearchStrategy[Plan]:
    """Plans of ``kind`` (of every kind if ``None``).

    With ``valid`` (the default) every plan has what its kind must contain, so
    ``tiltak.validate`` finds no error in it; the rest of its content varies. With
    ``valid=False`` the plans have any content and every optional part, findings and all:
    the strategy for testing code that must cope with whatever it is given.
    """
    key = (None if kind is None else enum_value(PlanKind, kind), bool(valid))
    strategy = _PLANS.get(key)
    if strategy is None:
        strategy = _PLANS[key] = valid_plans(key[0]) if valid else _plans(key[0])
    return strategy


def _plans(kind: PlanKind | None) -> st.SearchStrategy[Plan]:
    kinds = st.sampled_from(PlanKind) if kind is None else st.just(kind)
    return st.builds(
        Plan,
        kind=kinds,
        id=_optional(_ids()),
        title=_opt_text(),
        status=_optional(st.sampled_from(PlanStatus)),
        jurisdiction=_optional(st.sampled_from(Jurisdiction)),
        language=_optional(st.sampled_from(Language)),
        period=_optional(_periods()),
        created=_optional(_dates()),
        owner=_opt_text(),
        subject=_optional(_subjects()),
        purpose=_opt_text(),
        background=_opt_text(),
        resources=_opt_text(),
        documentation=_opt_text(),
        needs=_opt_text(),
        causes=_small_tuple(st.builds(Cause, id=_ids(), text=_opt_text())),
        goal_areas=_small_tuple(_goal_areas()),
        sections=_small_tuple(_sections()),
        goals=_small_tuple(goals()),
        measures=_small_tuple(measures()),
        decision=_optional(
            st.builds(
                Decision,
                reference=_opt_text(),
                date=_optional(_dates()),
                by=_opt_text(),
                description=_opt_text(),
            )
        ),
        consent=_optional(
            st.builds(
                Consent,
                given=st.booleans(),
                date=_optional(_dates()),
                information_sharing=_optional(st.booleans()),
                given_by=_optional(st.sampled_from([Party.USER, Party.GUARDIAN])),
                capacity=_opt_text(),
            )
        ),
        participation=_optional(
            st.builds(Participation, took_part=_optional(st.booleans()), how=_opt_text())
        ),
        participants=_small_tuple(_participants()),
        coordinator=_optional(responsibles()),
        responsibility_group=_optional(
            st.builds(
                ResponsibilityGroup,
                members=_small_tuple(_participants()),
                meetings=_small_tuple(follow_ups()),
            )
        ),
        principals=_small_tuple(
            st.builds(Principal, id=_ids(), name=_opt_text(), overall_responsibility=st.booleans())
        ),
        cooperation=_optional(
            st.builds(Cooperation, description=_opt_text(), not_needed=st.booleans())
        ),
        adoption=_optional(st.builds(Adoption, date=_optional(_dates()), by=_opt_text())),
        revisions=_small_tuple(
            st.builds(
                Revision,
                due=_optional(partial_dates()),
                done=_optional(_dates()),
                main=st.booleans(),
                note=_opt_text(),
            )
        ),
        reporting=_small_tuple(
            st.builds(
                ReportingLine,
                reporter=_opt_text(),
                recipient=_opt_text(),
                schedule=_optional(schedules()),
                note=_opt_text(),
                reports=_small_tuple(
                    st.builds(
                        DeliveredReport,
                        date=_optional(_dates()),
                        period=_optional(_periods()),
                        by=_opt_text(),
                        note=_opt_text(),
                    )
                ),
            )
        ),
        follow_up=_optional(
            st.builds(
                FollowUpRoutine,
                schedule=_optional(schedules()),
                dates=_small_tuple(partial_dates()),
                method=_opt_text(),
            )
        ),
        follow_ups=_small_tuple(follow_ups()),
        return_to_work=_optional(_return_to_work()),
        extensions=_extensions(),
    )
