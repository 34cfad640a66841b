"""tiltak: the action plans of Nordic health, care and public services, as data.

Model a plan, check it against what its kind must contain, and show it in bokmål, nynorsk,
Swedish or English.
"""

from __future__ import annotations

from typing import Any

from ._dates import PartialDate, Period, Precision
from ._enums import (
    AbsenceDegree,
    Effort,
    GoalOrigin,
    Party,
    PlanKind,
    PlanStatus,
    StatusColour,
)
from ._errors import (
    DateParseError,
    ModelError,
    ModelTypeError,
    PlanFormatError,
    PlanInvalidError,
    Problem,
    TiltakError,
    UnknownLocaleError,
)
from ._format import dumps, from_dict, loads, to_dict
from ._model import (
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
from ._pseudonymise import pseudonymise, pseudonymise_many
from ._schedule import Schedule

__all__ = [
    "AbsenceDegree",
    "Adoption",
    "Cause",
    "Consent",
    "Cooperation",
    "DateParseError",
    "Decision",
    "DialogueMeeting",
    "Effort",
    "FollowUp",
    "FollowUpRoutine",
    "Goal",
    "GoalArea",
    "GoalOrigin",
    "Measure",
    "ModelError",
    "ModelTypeError",
    "PartialDate",
    "Participant",
    "Participation",
    "Party",
    "Period",
    "Plan",
    "PlanFormatError",
    "PlanInvalidError",
    "PlanKind",
    "PlanStatus",
    "Precision",
    "Principal",
    "Problem",
    "ReportingLine",
    "Responsible",
    "ReturnToWork",
    "Revision",
    "Schedule",
    "StatusColour",
    "Subject",
    "Target",
    "TiltakError",
    "UnknownLocaleError",
    "dumps",
    "from_dict",
    "loads",
    "pseudonymise",
    "pseudonymise_many",
    "to_dict",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("tiltak")
    raise AttributeError(f"module 'tiltak' has no attribute {name!r}")
