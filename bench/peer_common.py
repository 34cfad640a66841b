"""What the benchmark's peers share: the vocabularies of the format and a partial date.

The peers (``peer_pydantic.py``, ``peer_msgspec.py``, ``peer_orjson.py``) each live in a module
of their own, so that timing the first call of one imports nothing of the others.

Both models hold every field of tiltak's format with the same strictness where the library
allows it: dates are ``date`` objects, enums are ``Enum`` members, partial dates are parsed
and checked against the calendar, collections are tuples, unknown keys are refused, and no
value is coerced from another type (``3`` is not the string ``"3"``). What differs: tiltak
also checks each schedule's RRULE with dateutil and freezes ``extensions``; the peers keep
the rule as a string and ``extensions`` as a plain dict.
"""

from __future__ import annotations

import calendar
import enum
import re

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
