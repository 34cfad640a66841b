"""The plan format modelled with msgspec: strict, frozen, unknown keys refused.

A partial date is decoded through a ``dec_hook`` into ``PartialDate`` (a regular expression
and a calendar check in Python), as tiltak builds one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import msgspec
from peer_common import (
    AbsenceDegree,
    Effort,
    GoalOrigin,
    PartialDate,
    Party,
    PlanKind,
    PlanStatus,
    StatusColour,
)


class _S(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True, omit_defaults=True
):
    pass


class SResponsible(_S):
    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None


class SSubject(_S):
    name: str | None = None
    national_id: str | None = None
    birth_date: dt.date | None = None
    email: str | None = None
    phone: str | None = None


class SParticipant(_S):
    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    party: Party | None = None
    contribution: str | None = None
    email: str | None = None
    phone: str | None = None


class SPrincipal(_S):
    id: str
    name: str | None = None
    overall_responsibility: bool = False


class SCause(_S):
    id: str
    text: str | None = None


class SPeriod(_S):
    start: PartialDate | None = None
    end: PartialDate | None = None


class SSchedule(_S):
    start: dt.date
    rule: str


class SGoalArea(_S):
    id: str
    title: str | None = None
    purpose: str | None = None
    expectations: tuple[str, ...] = ()
    period: SPeriod | None = None


class STarget(_S):
    measure: str | None = None
    value: str | None = None
    due: PartialDate | None = None


class SGoal(_S):
    id: str
    text: str | None = None
    area: str | None = None
    parent: str | None = None
    level: str | None = None
    origin: GoalOrigin | None = None
    target: STarget | None = None
    period: SPeriod | None = None
    extensions: dict[str, Any] | None = None


class SFollowUp(_S):
    date: dt.date | None = None
    colour: StatusColour | None = None
    note: str | None = None
    by: str | None = None


class SMeasure(_S):
    id: str
    title: str | None = None
    description: str | None = None
    how: str | None = None
    scope: str | None = None
    goals: tuple[str, ...] = ()
    causes: tuple[str, ...] = ()
    operational_goal: str | None = None
    responsible: SResponsible | None = None
    principal: str | None = None
    party: Party | None = None
    deadline: PartialDate | None = None
    period: SPeriod | None = None
    schedule: SSchedule | None = None
    order: int | None = None
    effort: Effort | None = None
    completed: dt.date | None = None
    follow_ups: tuple[SFollowUp, ...] = ()
    extensions: dict[str, Any] | None = None


class SDecision(_S):
    reference: str | None = None
    date: dt.date | None = None
    by: str | None = None
    description: str | None = None


class SConsent(_S):
    given: bool = True
    date: dt.date | None = None
    information_sharing: bool | None = None


class SParticipation(_S):
    took_part: bool | None = None
    how: str | None = None


class SCooperation(_S):
    description: str | None = None
    not_needed: bool = False


class SAdoption(_S):
    date: dt.date | None = None
    by: str | None = None


class SRevision(_S):
    due: PartialDate | None = None
    done: dt.date | None = None
    main: bool = False
    note: str | None = None


class SReportingLine(_S):
    reporter: str | None = None
    recipient: str | None = None
    schedule: SSchedule | None = None
    note: str | None = None


class SFollowUpRoutine(_S):
    schedule: SSchedule | None = None
    dates: tuple[PartialDate, ...] = ()
    method: str | None = None


class SDialogueMeeting(_S):
    number: int
    date: dt.date | None = None


class SReturnToWork(_S):
    first_day_of_absence: dt.date | None = None
    absence: AbsenceDegree | None = None
    exemption: str | None = None
    tasks_and_capacity: str | None = None
    sent_to_doctor: dt.date | None = None
    sent_to_nav: dt.date | None = None
    dialogue_meetings: tuple[SDialogueMeeting, ...] = ()


class SPlan(_S):
    format: Literal["tiltak/1"]
    kind: PlanKind
    id: str | None = None
    title: str | None = None
    status: PlanStatus | None = None
    period: SPeriod | None = None
    created: dt.date | None = None
    owner: str | None = None
    subject: SSubject | None = None
    purpose: str | None = None
    background: str | None = None
    resources: str | None = None
    needs: str | None = None
    causes: tuple[SCause, ...] = ()
    goal_areas: tuple[SGoalArea, ...] = ()
    goals: tuple[SGoal, ...] = ()
    measures: tuple[SMeasure, ...] = ()
    decision: SDecision | None = None
    consent: SConsent | None = None
    participation: SParticipation | None = None
    participants: tuple[SParticipant, ...] = ()
    coordinator: SResponsible | None = None
    principals: tuple[SPrincipal, ...] = ()
    cooperation: SCooperation | None = None
    adoption: SAdoption | None = None
    revisions: tuple[SRevision, ...] = ()
    reporting: tuple[SReportingLine, ...] = ()
    follow_up: SFollowUpRoutine | None = None
    follow_ups: tuple[SFollowUp, ...] = ()
    return_to_work: SReturnToWork | None = None
    extensions: dict[str, Any] | None = None


def _dec_hook(kind: type, obj: Any) -> Any:
    if kind is PartialDate:
        return PartialDate.parse(obj)
    raise NotImplementedError(kind)


def _enc_hook(obj: Any) -> Any:
    if isinstance(obj, PartialDate):
        return obj.isoformat()
    raise NotImplementedError(type(obj))


_DECODER = msgspec.json.Decoder(SPlan, dec_hook=_dec_hook, strict=True)
_ENCODER = msgspec.json.Encoder(enc_hook=_enc_hook)


def msgspec_loads(text: str | bytes) -> SPlan:
    return _DECODER.decode(text)


def msgspec_dumps(plan: SPlan) -> bytes:
    return _ENCODER.encode(plan)
