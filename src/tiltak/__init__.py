"""tiltak: the action plans of Nordic health, care and public services, as data.

Model a plan, check it against what its kind must contain, and show it in bokmål, nynorsk,
Swedish or English.
"""

from __future__ import annotations

from typing import Any

from ._asof import (
    EventKind,
    PlanEvent,
    due_follow_ups,
    due_reporting,
    last_follow_up,
    missed_follow_ups,
    next_events,
    overdue_measures,
)
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
    RuleConfigError,
    TiltakError,
    UnknownLocaleError,
)
from ._format import dumps, from_dict, loads, to_dict
from ._ical import to_ical
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
from ._parse import parse_date
from ._pseudonymise import pseudonymise, pseudonymise_many
from ._report import Finding, Report, Severity
from ._rules._core import Rule, RuleContext, RuleSet
from ._schedule import Frequency, Schedule
from ._schema import json_schema
from ._validate import BatchReport, is_valid, validate, validate_many

__all__ = [
    "AbsenceDegree",
    "Adoption",
    "BatchReport",
    "Cause",
    "Consent",
    "Cooperation",
    "DateParseError",
    "Decision",
    "DialogueMeeting",
    "Effort",
    "EventKind",
    "Finding",
    "FollowUp",
    "FollowUpRoutine",
    "Frequency",
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
    "PlanEvent",
    "PlanFormatError",
    "PlanInvalidError",
    "PlanKind",
    "PlanStatus",
    "Precision",
    "Principal",
    "Problem",
    "Report",
    "ReportingLine",
    "Responsible",
    "ReturnToWork",
    "Revision",
    "Rule",
    "RuleConfigError",
    "RuleContext",
    "RuleSet",
    "Schedule",
    "Severity",
    "StatusColour",
    "Subject",
    "Target",
    "TiltakError",
    "UnknownLocaleError",
    "due_follow_ups",
    "due_reporting",
    "dumps",
    "from_dict",
    "is_valid",
    "json_schema",
    "last_follow_up",
    "loads",
    "missed_follow_ups",
    "next_events",
    "overdue_measures",
    "parse_date",
    "pseudonymise",
    "pseudonymise_many",
    "to_dict",
    "to_ical",
    "validate",
    "validate_many",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("tiltak")
    if name == "rules":  # the catalogue loads on first use, not at import
        import importlib

        return importlib.import_module("tiltak.rules")
    raise AttributeError(f"module 'tiltak' has no attribute {name!r}")
