"""The plan format modelled with pydantic v2, as fast as pydantic fairly checks it.

Strict, frozen, unknown keys refused, as tiltak. A partial date is a string checked by one
regular expression in pydantic's core that holds the whole calendar (month lengths and leap
years), not a Python validator: the fastest model of the same rule. It stays a string, where
tiltak builds a ``PartialDate`` object.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from peer_common import (
    AbsenceDegree,
    Effort,
    GoalOrigin,
    Party,
    PlanKind,
    PlanStatus,
    StatusColour,
)
from pydantic import BaseModel, ConfigDict, StringConstraints

_DAY_OF_MONTH = (
    r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)"
    r"|02-(?:0[1-9]|1\d|2[0-8]))"
)
_YEAR = r"(?:000[1-9]|00[1-9]\d|0[1-9]\d\d|[1-9]\d{3})"
_LEAP_YEAR = r"(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
PARTIAL_DATE_PATTERN = rf"^(?:{_YEAR}(?:-(?:0[1-9]|1[0-2])|-{_DAY_OF_MONTH})?|{_LEAP_YEAR}-02-29)$"
PPartialDate = Annotated[str, StringConstraints(pattern=PARTIAL_DATE_PATTERN)]


class _P(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class PResponsible(_P):
    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None


class PSubject(_P):
    name: str | None = None
    national_id: str | None = None
    birth_date: dt.date | None = None
    email: str | None = None
    phone: str | None = None


class PParticipant(_P):
    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    party: Party | None = None
    contribution: str | None = None
    email: str | None = None
    phone: str | None = None


class PPrincipal(_P):
    id: str
    name: str | None = None
    overall_responsibility: bool = False


class PCause(_P):
    id: str
    text: str | None = None


class PPeriod(_P):
    start: PPartialDate | None = None
    end: PPartialDate | None = None


class PSchedule(_P):
    start: dt.date
    rule: str


class PGoalArea(_P):
    id: str
    title: str | None = None
    purpose: str | None = None
    expectations: tuple[str, ...] = ()
    period: PPeriod | None = None


class PTarget(_P):
    measure: str | None = None
    value: str | None = None
    due: PPartialDate | None = None


class PGoal(_P):
    id: str
    text: str | None = None
    area: str | None = None
    parent: str | None = None
    level: str | None = None
    origin: GoalOrigin | None = None
    target: PTarget | None = None
    period: PPeriod | None = None
    extensions: dict[str, Any] | None = None


class PFollowUp(_P):
    date: dt.date | None = None
    colour: StatusColour | None = None
    note: str | None = None
    by: str | None = None


class PMeasure(_P):
    id: str
    title: str | None = None
    description: str | None = None
    how: str | None = None
    scope: str | None = None
    goals: tuple[str, ...] = ()
    causes: tuple[str, ...] = ()
    operational_goal: str | None = None
    responsible: PResponsible | None = None
    principal: str | None = None
    party: Party | None = None
    deadline: PPartialDate | None = None
    period: PPeriod | None = None
    schedule: PSchedule | None = None
    order: int | None = None
    effort: Effort | None = None
    completed: dt.date | None = None
    follow_ups: tuple[PFollowUp, ...] = ()
    extensions: dict[str, Any] | None = None


class PDecision(_P):
    reference: str | None = None
    date: dt.date | None = None
    by: str | None = None
    description: str | None = None


class PConsent(_P):
    given: bool = True
    date: dt.date | None = None
    information_sharing: bool | None = None


class PParticipation(_P):
    took_part: bool | None = None
    how: str | None = None


class PCooperation(_P):
    description: str | None = None
    not_needed: bool = False


class PAdoption(_P):
    date: dt.date | None = None
    by: str | None = None


class PRevision(_P):
    due: PPartialDate | None = None
    done: dt.date | None = None
    main: bool = False
    note: str | None = None


class PReportingLine(_P):
    reporter: str | None = None
    recipient: str | None = None
    schedule: PSchedule | None = None
    note: str | None = None


class PFollowUpRoutine(_P):
    schedule: PSchedule | None = None
    dates: tuple[PPartialDate, ...] = ()
    method: str | None = None


class PDialogueMeeting(_P):
    number: int
    date: dt.date | None = None


class PReturnToWork(_P):
    first_day_of_absence: dt.date | None = None
    absence: AbsenceDegree | None = None
    exemption: str | None = None
    tasks_and_capacity: str | None = None
    sent_to_doctor: dt.date | None = None
    sent_to_nav: dt.date | None = None
    dialogue_meetings: tuple[PDialogueMeeting, ...] = ()


class PPlan(_P):
    format: Literal["tiltak/1"]
    kind: PlanKind
    id: str | None = None
    title: str | None = None
    status: PlanStatus | None = None
    period: PPeriod | None = None
    created: dt.date | None = None
    owner: str | None = None
    subject: PSubject | None = None
    purpose: str | None = None
    background: str | None = None
    resources: str | None = None
    needs: str | None = None
    causes: tuple[PCause, ...] = ()
    goal_areas: tuple[PGoalArea, ...] = ()
    goals: tuple[PGoal, ...] = ()
    measures: tuple[PMeasure, ...] = ()
    decision: PDecision | None = None
    consent: PConsent | None = None
    participation: PParticipation | None = None
    participants: tuple[PParticipant, ...] = ()
    coordinator: PResponsible | None = None
    principals: tuple[PPrincipal, ...] = ()
    cooperation: PCooperation | None = None
    adoption: PAdoption | None = None
    revisions: tuple[PRevision, ...] = ()
    reporting: tuple[PReportingLine, ...] = ()
    follow_up: PFollowUpRoutine | None = None
    follow_ups: tuple[PFollowUp, ...] = ()
    return_to_work: PReturnToWork | None = None
    extensions: dict[str, Any] | None = None


def pydantic_loads(text: str | bytes) -> PPlan:
    return PPlan.model_validate_json(text)


def pydantic_dumps(plan: PPlan) -> str:
    return plan.model_dump_json(exclude_defaults=True)
