"""The benchmark's peers: the same plan format modelled with pydantic v2 and msgspec.

Both models hold every field of tiltak's format with the same strictness where the library
allows it: dates are ``date`` objects, enums are ``Enum`` members, partial dates are parsed
and checked against the calendar, collections are tuples, unknown keys are refused, and no
value is coerced from another type (``3`` is not the string ``"3"``). What differs: tiltak
also checks each schedule's RRULE with dateutil and freezes ``extensions``; the peers keep
the rule as a string and ``extensions`` as a plain dict.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from typing import Annotated, Any, Literal

import msgspec
from pydantic import BaseModel, ConfigDict, PlainSerializer, PlainValidator

# --- shared vocabularies ------------------------------------------------------------------


class PlanKind(enum.Enum):
    ACTION_PLAN = "action_plan"
    IMPLEMENTATION_PLAN = "implementation_plan"
    INDIVIDUAL_PLAN = "individual_plan"
    COORDINATED_PLAN = "coordinated_plan"
    OPERATIONAL_PLAN = "operational_plan"
    RETURN_TO_WORK_PLAN = "return_to_work_plan"


class StatusColour(enum.Enum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


class PlanStatus(enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class GoalOrigin(enum.Enum):
    USER = "user"
    DECISION = "decision"
    SERVICE = "service"


class Party(enum.Enum):
    USER = "user"
    NEXT_OF_KIN = "next_of_kin"
    GUARDIAN = "guardian"
    PROVIDER = "provider"
    PRINCIPAL = "principal"
    EMPLOYER = "employer"
    EMPLOYEE = "employee"
    AUTHORITY = "authority"
    OTHER = "other"


class Effort(enum.Enum):
    ONE_OFF = "one_off"
    ORDINARY = "ordinary"


class AbsenceDegree(enum.Enum):
    FULL = "full"
    PARTIAL = "partial"


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class PartialDate:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, checked against the calendar."""

    __slots__ = ("day", "month", "year")

    def __init__(self, year: int, month: int | None, day: int | None) -> None:
        self.year, self.month, self.day = year, month, day

    @classmethod
    def parse(cls, text: object) -> PartialDate:
        if not isinstance(text, str):
            raise ValueError("a partial date must be a string")
        match = _ISO.fullmatch(text)
        if match is None:
            raise ValueError("a partial date must be YYYY, YYYY-MM or YYYY-MM-DD")
        y, m, d = (None if part is None else int(part) for part in match.groups())
        assert y is not None
        if not 1 <= y <= 9999 or (m is not None and not 1 <= m <= 12):
            raise ValueError("not a date")
        if d is not None and (m is None or not 1 <= d <= calendar.monthrange(y, m)[1]):
            raise ValueError("not a day of that month")
        return cls(y, m, d)

    def isoformat(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PartialDate) and (self.year, self.month, self.day) == (
            other.year,
            other.month,
            other.day,
        )

    __hash__ = None  # type: ignore[assignment]


# --- pydantic v2 ------------------------------------------------------------------------

PPartialDate = Annotated[
    PartialDate,
    PlainValidator(PartialDate.parse, json_schema_input_type=str),
    PlainSerializer(PartialDate.isoformat, return_type=str),
]


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


# --- msgspec ----------------------------------------------------------------------------


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


# --- the floor: orjson into and out of plain dicts --------------------------------------


def orjson_loads(text: str | bytes) -> Any:
    import orjson

    return orjson.loads(text)


def orjson_dumps(document: Any) -> bytes:
    import orjson

    return orjson.dumps(document)
