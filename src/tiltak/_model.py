"""The domain model: a plan, its goals and measures, and everything a rule asks about.

Every class is a frozen, slotted, keyword-only value: compared and hashed by value, changed
with :func:`attrs.evolve`. Constructors refuse only what is structurally wrong (a wrong type,
an unknown enum value, an impossible date); missing content is reported by the validator, so
any real plan, however incomplete, can be held and reported on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ._checks import JsonValue, each, enum_value, freeze_json, is_, opt
from ._display import Displayed
from ._enums import (
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
from ._errors import ModelTypeError, OutOfRangeError, UnknownLocaleError
from ._i18n import N_
from ._locale import normalise_locale
from ._redact import LABEL, PERSONAL, safe_repr
from ._time._dates import PartialDate, Period, to_opt_partial_date
from ._time._schedule import Schedule

__all__ = [
    "Adoption",
    "Baseline",
    "Cause",
    "Consent",
    "Cooperation",
    "Decision",
    "DeliveredReport",
    "DialogueMeeting",
    "FollowUp",
    "FollowUpRoutine",
    "Goal",
    "GoalArea",
    "Measure",
    "Participant",
    "Participation",
    "Plan",
    "Principal",
    "ReportingLine",
    "ResponsibilityGroup",
    "Responsible",
    "ReturnToWork",
    "Revision",
    "Section",
    "SickLeave",
    "Subject",
    "Target",
]


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if isinstance(value, tuple):
        return value
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise ModelTypeError(f"expected a sequence, not {type(value).__name__}")
    return tuple(value)


def _extensions(value: object) -> Mapping[str, JsonValue]:
    return freeze_json(value)


def _kind(value: PlanKind | str) -> PlanKind:
    return enum_value(PlanKind, value)


def _party(value: Party | str | None) -> Party | None:
    return None if value is None else enum_value(Party, value)


def _goal_origin(value: GoalOrigin | str | None) -> GoalOrigin | None:
    return None if value is None else enum_value(GoalOrigin, value)


def _jurisdiction(value: Jurisdiction | str | None) -> Jurisdiction | None:
    return None if value is None else enum_value(Jurisdiction, value)


def _results_part(value: ResultsPart | str | None) -> ResultsPart | None:
    return None if value is None else enum_value(ResultsPart, value)


def _colour(value: StatusColour | str | None) -> StatusColour | None:
    return None if value is None else enum_value(StatusColour, value)


def _direction(value: Direction | str | None) -> Direction | None:
    return None if value is None else enum_value(Direction, value)


def _effort(value: Effort | str | None) -> Effort | None:
    return None if value is None else enum_value(Effort, value)


def _absence(value: AbsenceDegree | str | None) -> AbsenceDegree | None:
    return None if value is None else enum_value(AbsenceDegree, value)


def _language(value: Language | str | None) -> Language | None:
    if value is None or isinstance(value, Language):
        return value
    if isinstance(value, str):
        # An unknown code falls through: enum_value names the languages a plan can state.
        with contextlib.suppress(UnknownLocaleError):
            value = normalise_locale(value)
    return enum_value(Language, value)


def _plan_status(value: PlanStatus | str | None) -> PlanStatus | None:
    return None if value is None else enum_value(PlanStatus, value)


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Responsible:
    """Who answers for a measure (Brå's *Vem*): a person, a role or a unit, with contact."""

    __repr__ = safe_repr

    name: str | None = attrs.field(default=None, validator=opt(str))
    role: str | None = attrs.field(default=None, validator=opt(str))
    organisation: str | None = attrs.field(default=None, validator=opt(str))
    email: str | None = attrs.field(default=None, validator=opt(str))
    phone: str | None = attrs.field(default=None, validator=opt(str))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Subject:
    """The person a plan is about: the service user, or the employee on sick leave."""

    __repr__ = safe_repr

    name: str | None = attrs.field(default=None, validator=opt(str))
    national_id: str | None = attrs.field(default=None, validator=opt(str))
    """A fødselsnummer or D-nummer (no), a personnummer or samordningsnummer (se)."""
    birth_date: dt.date | None = attrs.field(
        default=None, validator=opt(dt.date), metadata=PERSONAL
    )
    email: str | None = attrs.field(default=None, validator=opt(str))
    phone: str | None = attrs.field(default=None, validator=opt(str))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Participant:
    """Someone who takes part in the work on the plan, and what they contribute."""

    __repr__ = safe_repr

    name: str | None = attrs.field(default=None, validator=opt(str))
    role: str | None = attrs.field(default=None, validator=opt(str))
    organisation: str | None = attrs.field(default=None, validator=opt(str))
    party: Party | None = attrs.field(default=None, converter=_party)
    contribution: str | None = attrs.field(default=None, validator=opt(str))
    user_agrees: bool | None = attrs.field(default=None, validator=opt(bool))
    """Whether the user agrees that this next of kin takes part (``None``: not recorded)."""
    email: str | None = attrs.field(default=None, validator=opt(str))
    phone: str | None = attrs.field(default=None, validator=opt(str))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Principal:
    """A huvudman (kommun, region) in a SIP; exactly one holds the overall responsibility."""

    __repr__ = safe_repr

    id: str = attrs.field(validator=is_(str))
    name: str | None = attrs.field(default=None, validator=opt(str))
    overall_responsibility: bool = attrs.field(default=False, validator=is_(bool))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Cause:
    """A cause of the problem the plan addresses (Brå's *Orsak*, numbered 1, 2, 3 …)."""

    __repr__ = safe_repr

    id: str = attrs.field(validator=is_(str))
    text: str | None = attrs.field(default=None, validator=opt(str))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class GoalArea:
    """A goal area (målområde) of an operational plan, with its purpose and expectations."""

    __repr__ = safe_repr

    id: str = attrs.field(validator=is_(str))
    title: str | None = attrs.field(default=None, validator=opt(str), metadata=LABEL)
    purpose: str | None = attrs.field(default=None, validator=opt(str))
    expectations: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=each(str))
    period: Period | None = attrs.field(default=None, validator=opt(Period))
    """The period the area itself is dated for, when it gives one of its own."""


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Section:
    """A section of the plan document that gives a period of its own in its heading.

    Seed 004 heads the section listing the leadership's goals "for 2016-2020" inside a
    2019-2023 plan; goals name their section in :attr:`Goal.section`.
    """

    __repr__ = safe_repr

    id: str = attrs.field(validator=is_(str))
    title: str | None = attrs.field(default=None, validator=opt(str))
    period: Period | None = attrs.field(default=None, validator=opt(Period))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Baseline:
    """Where an indicator stood before the work began: the value, and when it was measured."""

    __repr__ = safe_repr

    value: str | None = attrs.field(default=None, validator=opt(str))
    date: PartialDate | None = attrs.field(default=None, converter=to_opt_partial_date)


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Target:
    """What makes a goal measurable: what is measured, the value to reach, and by when.

    For an indicator, ``baseline`` is where it stood, ``unit`` what its values count (``"%"``)
    and ``direction`` whether a higher or a lower value is better; with numbers for values,
    the progress of each measured value (:attr:`FollowUp.value`) can be computed.
    """

    __repr__ = safe_repr

    measure: str | None = attrs.field(default=None, validator=opt(str))
    value: str | None = attrs.field(default=None, validator=opt(str))
    due: PartialDate | None = attrs.field(default=None, converter=to_opt_partial_date)
    baseline: Baseline | None = attrs.field(default=None, validator=opt(Baseline))
    unit: str | None = attrs.field(default=None, validator=opt(str))
    direction: Direction | None = attrs.field(default=None, converter=_direction)


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class FollowUp:
    """A recorded follow-up: when, the status colour (``None`` = not assessed), a note.

    A follow-up of a goal may also give ``value``, the value measured for the goal's
    indicator (``"41"``, for a target of ``"50"`` in per cent).
    """

    __repr__ = safe_repr

    date: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    colour: StatusColour | None = attrs.field(default=None, converter=_colour)
    note: str | None = attrs.field(default=None, validator=opt(str))
    by: str | None = attrs.field(default=None, validator=opt(str))
    value: str | None = attrs.field(default=None, validator=opt(str))


def latest_follow_up(
    follow_ups: Iterable[FollowUp], *, as_of: dt.date | None = None, coloured: bool = True
) -> FollowUp | None:
    """The latest of ``follow_ups`` (with ``coloured``, of those with a colour) by date.

    Follow-ups are compared by their dates, not by their places in the list, which records
    them in any order; of two on the same day the later in the list is the later. An undated
    follow-up counts as older than any dated one, and at any ``as_of``; one dated after
    ``as_of`` does not count.

    >>> early, late = FollowUp(date=dt.date(2024, 2, 1), colour="green"), FollowUp(
    ...     date=dt.date(2024, 9, 1), colour="red")
    >>> latest_follow_up([late, early]).colour
    <StatusColour.RED: 'red'>
    >>> latest_follow_up([late, early], as_of=dt.date(2024, 8, 31)).colour
    <StatusColour.GREEN: 'green'>
    """
    found: FollowUp | None = None
    found_date: dt.date | None = None
    for follow_up in follow_ups:
        if coloured and follow_up.colour is None:
            continue
        date = follow_up.date
        if date is None:
            if found_date is None:
                found = follow_up
        elif (as_of is None or date <= as_of) and (found_date is None or date >= found_date):
            found, found_date = follow_up, date
    return found


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Goal(Displayed):
    """A goal: why the measures are carried out, and what they should lead to."""

    __repr__ = safe_repr

    id: str = attrs.field(validator=is_(str))
    text: str | None = attrs.field(default=None, validator=opt(str), metadata=LABEL)
    area: str | None = attrs.field(default=None, validator=opt(str))
    """The identifier of the goal area the goal belongs to."""
    parent: str | None = attrs.field(default=None, validator=opt(str))
    """The identifier of the goal this one serves (a department's goal under a unit's)."""
    level: str | None = attrs.field(default=None, validator=opt(str))
    """The level that owns the goal, in the plan's own words (``"TT"``, ``"Avd"``)."""
    section: str | None = attrs.field(default=None, validator=opt(str))
    """The identifier of the section of the document the goal is listed in."""
    origin: GoalOrigin | None = attrs.field(default=None, converter=_goal_origin)
    part: ResultsPart | None = attrs.field(default=None, converter=_results_part)
    """Which part of a resultat- og utviklingsplan the goal belongs to (a to d)."""
    target: Target | None = attrs.field(default=None, validator=opt(Target))
    period: Period | None = attrs.field(default=None, validator=opt(Period))
    follow_ups: tuple[FollowUp, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(FollowUp)
    )
    """The goal's follow-ups: how it stood, and its indicator's measured value, at each."""
    extensions: Mapping[str, JsonValue] = attrs.field(
        factory=dict, converter=_extensions, hash=False
    )

    @property
    def colour(self) -> StatusColour | None:
        """The colour of the goal's latest follow-up by date that has one (``None``: none has)."""
        latest = latest_follow_up(self.follow_ups)
        return None if latest is None else latest.colour


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Measure(Displayed):
    """A measure (tiltak, åtgärd) or an activity (aktivitet): what is done, by whom, when."""

    __repr__ = safe_repr

    id: str = attrs.field(validator=is_(str))
    title: str | None = attrs.field(default=None, validator=opt(str), metadata=LABEL)
    description: str | None = attrs.field(default=None, validator=opt(str))
    how: str | None = attrs.field(default=None, validator=opt(str))
    """How the measure is carried out."""
    scope: str | None = attrs.field(default=None, validator=opt(str))
    """How much of it: hours a week, visits a month."""
    goals: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=each(str))
    causes: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=each(str))
    operational_goal: str | None = attrs.field(default=None, validator=opt(str))
    responsible: Responsible | None = attrs.field(default=None, validator=opt(Responsible))
    principal: str | None = attrs.field(default=None, validator=opt(str))
    """The identifier of the principal (huvudman) responsible for the measure, in a SIP."""
    party: Party | None = attrs.field(default=None, converter=_party)
    """Who provides the measure, where it matters (employer, authority, other)."""
    deadline: PartialDate | None = attrs.field(default=None, converter=to_opt_partial_date)
    period: Period | None = attrs.field(default=None, validator=opt(Period))
    schedule: Schedule | None = attrs.field(default=None, validator=opt(Schedule))
    order: int | None = attrs.field(default=None, validator=opt(int))
    effort: Effort | None = attrs.field(default=None, converter=_effort)
    completed: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    follow_ups: tuple[FollowUp, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(FollowUp)
    )
    extensions: Mapping[str, JsonValue] = attrs.field(
        factory=dict, converter=_extensions, hash=False
    )

    @property
    def colour(self) -> StatusColour | None:
        """The colour of the latest follow-up (by date) that has one (``None``: not assessed)."""
        latest = latest_follow_up(self.follow_ups)
        return None if latest is None else latest.colour


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Decision:
    """The decision a plan carries out (nämndens beslut, vedtak)."""

    __repr__ = safe_repr

    reference: str | None = attrs.field(default=None, validator=opt(str))
    date: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    by: str | None = attrs.field(default=None, validator=opt(str))
    description: str | None = attrs.field(default=None, validator=opt(str))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Consent:
    """The person's consent to the plan, and to sharing confidential information."""

    __repr__ = safe_repr

    given: bool = attrs.field(default=True, validator=is_(bool))
    date: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    information_sharing: bool | None = attrs.field(default=None, validator=opt(bool))
    """Consent to share confidential information with the participants."""
    given_by: Party | None = attrs.field(default=None, converter=_party)
    """Who gave the consent: the user, or a guardian (verge) on the user's behalf."""
    capacity: str | None = attrs.field(default=None, validator=opt(str))
    """Why the user could not consent, when someone else consented on their behalf."""


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Participation:
    """Whether the user (or employee) took part, and how their views and wishes counted."""

    __repr__ = safe_repr

    took_part: bool | None = attrs.field(default=None, validator=opt(bool))
    how: str | None = attrs.field(default=None, validator=opt(str))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class ResponsibilityGroup:
    """The ansvarsgruppe of an individuell plan: its members and its meetings.

    Each meeting is recorded as a follow-up: its date, a note, and who recorded it.
    """

    __repr__ = safe_repr

    members: tuple[Participant, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(Participant)
    )
    meetings: tuple[FollowUp, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(FollowUp)
    )


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Cooperation:
    """Cooperation with the committee, other providers, principals or agencies.

    ``not_needed`` records explicitly that there is none, which differs from not saying.
    """

    __repr__ = safe_repr

    description: str | None = attrs.field(default=None, validator=opt(str))
    not_needed: bool = attrs.field(default=False, validator=is_(bool))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Adoption:
    """When, and by whom, the plan was adopted (vedtatt, fastställd)."""

    __repr__ = safe_repr

    date: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    by: str | None = attrs.field(default=None, validator=opt(str))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Revision:
    """A planned revision of the plan, and when it was done."""

    __repr__ = safe_repr

    due: PartialDate | None = attrs.field(default=None, converter=to_opt_partial_date)
    done: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    main: bool = attrs.field(default=False, validator=is_(bool))
    """A main revision (hovedrevisjon), as opposed to a routine adjustment."""
    note: str | None = attrs.field(default=None, validator=opt(str))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class DeliveredReport:
    """A report delivered along a reporting line: when, the period it covers, by whom."""

    __repr__ = safe_repr

    date: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    """The day the report was delivered."""
    period: Period | None = attrs.field(default=None, validator=opt(Period))
    by: str | None = attrs.field(default=None, validator=opt(str))
    note: str | None = attrs.field(default=None, validator=opt(str))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class ReportingLine:
    """Who reports to whom, and how often (team leaders monthly to department heads).

    ``reports`` records the reports delivered: a report delivered on or after a due day
    records it, and every earlier one (as a follow-up of the plan records its schedule).
    """

    __repr__ = safe_repr

    reporter: str | None = attrs.field(default=None, validator=opt(str))
    recipient: str | None = attrs.field(default=None, validator=opt(str))
    schedule: Schedule | None = attrs.field(default=None, validator=opt(Schedule))
    note: str | None = attrs.field(default=None, validator=opt(str))
    reports: tuple[DeliveredReport, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(DeliveredReport)
    )


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class FollowUpRoutine:
    """When and how the plan itself is followed up: a schedule or dates, and a method."""

    __repr__ = safe_repr

    schedule: Schedule | None = attrs.field(default=None, validator=opt(Schedule))
    dates: tuple[PartialDate, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(PartialDate)
    )
    method: str | None = attrs.field(default=None, validator=opt(str))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class DialogueMeeting:
    """A dialogue meeting of a return-to-work plan (1 with the employer, 2 with NAV)."""

    __repr__ = safe_repr

    number: int = attrs.field(validator=is_(int))
    date: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    participants: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=each(str))
    """Who took part, in the plan's words (roles, not names: "sykmelder", "verneombud")."""
    doctor_took_part: bool | None = attrs.field(default=None, validator=opt(bool))
    """Whether the sick-listing doctor took part (``None``: not recorded)."""
    occupational_health_took_part: bool | None = attrs.field(default=None, validator=opt(bool))
    """Whether the occupational health service took part, where the employer has one."""


def _percentage(inst: object, attr: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and not 1 <= value <= 100:
        owner = type(inst).__name__
        raise OutOfRangeError(owner, attr.name, N_("expected a percentage from 1 to 100"))


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class SickLeave:
    """A period of sick leave and its degree in per cent (100: full; less: graded)."""

    __repr__ = safe_repr

    period: Period | None = attrs.field(default=None, validator=opt(Period))
    degree: int | None = attrs.field(default=None, validator=[opt(int), _percentage])


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class ReturnToWork:
    """The facts of a return-to-work plan (oppfølgingsplan, arbeidsmiljøloven § 4-6)."""

    __repr__ = safe_repr

    first_day_of_absence: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    absence: AbsenceDegree | None = attrs.field(default=None, converter=_absence)
    expected_return: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    """When the employee is expected back at work (Sweden: a plan when 60 days or more)."""
    exemption: str | None = attrs.field(default=None, validator=opt(str))
    """Why a plan was obviously unnecessary, when it was not made in time for that reason."""
    tasks_and_capacity: str | None = attrs.field(default=None, validator=opt(str))
    """The assessment of the work tasks and the employee's capacity for work."""
    authority_measures_not_relevant: bool = attrs.field(default=False, validator=is_(bool))
    """The plan states that no measure with help from the authorities (NAV) is relevant."""
    sent_to_doctor: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    sent_to_nav: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    dialogue_meetings: tuple[DialogueMeeting, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(DialogueMeeting)
    )
    sick_leave: tuple[SickLeave, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(SickLeave)
    )
    """The periods of sick leave with their degree, as the sick notes give them."""


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Plan(Displayed):
    """An action plan of any kind: the whole document, as data."""

    __repr__ = safe_repr

    kind: PlanKind = attrs.field(converter=_kind)
    id: str | None = attrs.field(default=None, validator=opt(str))
    title: str | None = attrs.field(default=None, validator=opt(str), metadata=LABEL)
    status: PlanStatus | None = attrs.field(default=None, converter=_plan_status)
    jurisdiction: Jurisdiction | None = attrs.field(default=None, converter=_jurisdiction)
    """The country whose law the plan is made under (``no``, ``se``), where rules differ."""
    language: Language | None = attrs.field(default=None, converter=_language)
    """The language the plan is written in; text about the plan is shown in it by default."""
    period: Period | None = attrs.field(default=None, validator=opt(Period))
    created: dt.date | None = attrs.field(default=None, validator=opt(dt.date))
    owner: str | None = attrs.field(default=None, validator=opt(str))
    """The unit that owns the plan."""
    subject: Subject | None = attrs.field(default=None, validator=opt(Subject))
    purpose: str | None = attrs.field(default=None, validator=opt(str))
    background: str | None = attrs.field(default=None, validator=opt(str))
    resources: str | None = attrs.field(default=None, validator=opt(str))
    documentation: str | None = attrs.field(default=None, validator=opt(str))
    """How carrying out the measures is documented (Brå's åtgärdsplan)."""
    needs: str | None = attrs.field(default=None, validator=opt(str))
    """The user's needs for services (individuell plan)."""
    causes: tuple[Cause, ...] = attrs.field(default=(), converter=_tuple, validator=each(Cause))
    goal_areas: tuple[GoalArea, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(GoalArea)
    )
    sections: tuple[Section, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(Section)
    )
    """Sections of the document that give a period of their own (seed 004's "for 2016-2020")."""
    goals: tuple[Goal, ...] = attrs.field(default=(), converter=_tuple, validator=each(Goal))
    measures: tuple[Measure, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(Measure)
    )
    decision: Decision | None = attrs.field(default=None, validator=opt(Decision))
    consent: Consent | None = attrs.field(default=None, validator=opt(Consent))
    participation: Participation | None = attrs.field(default=None, validator=opt(Participation))
    participants: tuple[Participant, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(Participant)
    )
    coordinator: Responsible | None = attrs.field(default=None, validator=opt(Responsible))
    responsibility_group: ResponsibilityGroup | None = attrs.field(
        default=None, validator=opt(ResponsibilityGroup)
    )
    """The ansvarsgruppe that follows the plan up (individuell plan)."""
    principals: tuple[Principal, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(Principal)
    )
    cooperation: Cooperation | None = attrs.field(default=None, validator=opt(Cooperation))
    adoption: Adoption | None = attrs.field(default=None, validator=opt(Adoption))
    revisions: tuple[Revision, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(Revision)
    )
    reporting: tuple[ReportingLine, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(ReportingLine)
    )
    follow_up: FollowUpRoutine | None = attrs.field(default=None, validator=opt(FollowUpRoutine))
    """When and how the plan as a whole is followed up."""
    follow_ups: tuple[FollowUp, ...] = attrs.field(
        default=(), converter=_tuple, validator=each(FollowUp)
    )
    """Follow-ups of the plan as a whole, as they were recorded."""
    return_to_work: ReturnToWork | None = attrs.field(default=None, validator=opt(ReturnToWork))
    extensions: Mapping[str, JsonValue] = attrs.field(
        factory=dict, converter=_extensions, hash=False
    )
