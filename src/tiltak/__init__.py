"""tiltak: the action plans of Nordic health, care and public services, as data.

Model a plan, check it against what its kind must contain, and show it in bokmål, nynorsk,
Swedish or English.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
    CatalogError,
    DateParseError,
    ModelError,
    ModelTypeError,
    PlanFormatError,
    Problem,
    RuleConfigError,
    TiltakError,
    UnknownLocaleError,
)
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

# The model and its vocabularies load with the package; everything else on first use,
# so that `import tiltak` stays cheap (no cattrs, Babel or renderers until they are needed).
from ._time._dates import (
    PartialDate,
    Period,
    Precision,
)
from ._time._schedule import Frequency, Schedule

if TYPE_CHECKING:
    from ._diff import (
        Change,
        ChangeKind,
        PlanDiff,
        diff,
    )
    from ._formatting import (
        DATE_FORMATS,
        deadline_phrase,
        format_date,
    )
    from ._i18n import register_catalog
    from ._ical import to_ical
    from ._locale import (
        DEFAULT_LOCALE,
        SUPPORTED_LOCALES,
        get_locale,
        normalise_locale,
        use_locale,
    )
    from ._names import (
        FIELD_NAMES,
        colour_name,
        field_label,
        kind_name,
        severity_name,
        status_name,
        value_name,
    )
    from ._pseudonymise import pseudonymise, pseudonymise_many
    from ._render import (
        to_html,
        to_markdown,
        to_text,
    )
    from ._report import (
        Finding,
        PlanInvalidError,
        Report,
        Severity,
    )
    from ._rules._core import (
        Rule,
        RuleContext,
    )
    from ._rules._sets import RuleSet
    from ._serial._format import (
        dumps,
        from_dict,
        loads,
        to_dict,
    )
    from ._serial._schema import json_schema
    from ._summary import (
        ColourChange,
        ColourCounts,
        GoalAreaStatus,
        GoalStatus,
        MeasureStatus,
        ReportingRound,
        RoundSummary,
        Summary,
        reporting_rounds,
        summarise,
        summarise_since,
        worst_colour,
    )
    from ._tables import (
        RECORD_KEYS,
        column_label,
        to_csv,
        to_dataframe,
        to_records,
    )
    from ._time._asof import (
        EventKind,
        PlanEvent,
        due_follow_ups,
        due_reporting,
        last_follow_up,
        missed_follow_ups,
        next_events,
        overdue_measures,
    )
    from ._time._parse import parse_date
    from ._validate import (
        BatchReport,
        is_valid,
        validate,
        validate_many,
    )
    from ._xlsx import to_xlsx

__all__ = [
    "DATE_FORMATS",
    "DEFAULT_LOCALE",
    "FIELD_NAMES",
    "RECORD_KEYS",
    "SUPPORTED_LOCALES",
    "AbsenceDegree",
    "Adoption",
    "BatchReport",
    "CatalogError",
    "Cause",
    "Change",
    "ChangeKind",
    "ColourChange",
    "ColourCounts",
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
    "GoalAreaStatus",
    "GoalOrigin",
    "GoalStatus",
    "Measure",
    "MeasureStatus",
    "ModelError",
    "ModelTypeError",
    "PartialDate",
    "Participant",
    "Participation",
    "Party",
    "Period",
    "Plan",
    "PlanDiff",
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
    "ReportingRound",
    "Responsible",
    "ReturnToWork",
    "Revision",
    "RoundSummary",
    "Rule",
    "RuleConfigError",
    "RuleContext",
    "RuleSet",
    "Schedule",
    "Severity",
    "StatusColour",
    "Subject",
    "Summary",
    "Target",
    "TiltakError",
    "UnknownLocaleError",
    "colour_name",
    "column_label",
    "deadline_phrase",
    "diff",
    "due_follow_ups",
    "due_reporting",
    "dumps",
    "field_label",
    "format_date",
    "from_dict",
    "get_locale",
    "is_valid",
    "json_schema",
    "kind_name",
    "last_follow_up",
    "loads",
    "missed_follow_ups",
    "next_events",
    "normalise_locale",
    "overdue_measures",
    "parse_date",
    "pseudonymise",
    "pseudonymise_many",
    "register_catalog",
    "reporting_rounds",
    "severity_name",
    "status_name",
    "summarise",
    "summarise_since",
    "to_csv",
    "to_dataframe",
    "to_dict",
    "to_html",
    "to_ical",
    "to_markdown",
    "to_records",
    "to_text",
    "to_xlsx",
    "use_locale",
    "validate",
    "validate_many",
    "value_name",
    "worst_colour",
]

_LAZY = {
    "EventKind": "._time._asof",
    "PlanEvent": "._time._asof",
    "due_follow_ups": "._time._asof",
    "due_reporting": "._time._asof",
    "last_follow_up": "._time._asof",
    "missed_follow_ups": "._time._asof",
    "next_events": "._time._asof",
    "overdue_measures": "._time._asof",
    "Change": "._diff",
    "ChangeKind": "._diff",
    "PlanDiff": "._diff",
    "diff": "._diff",
    "dumps": "._serial._format",
    "from_dict": "._serial._format",
    "loads": "._serial._format",
    "to_dict": "._serial._format",
    "DATE_FORMATS": "._formatting",
    "deadline_phrase": "._formatting",
    "format_date": "._formatting",
    "register_catalog": "._i18n",
    "to_ical": "._ical",
    "DEFAULT_LOCALE": "._locale",
    "SUPPORTED_LOCALES": "._locale",
    "get_locale": "._locale",
    "normalise_locale": "._locale",
    "use_locale": "._locale",
    "FIELD_NAMES": "._names",
    "colour_name": "._names",
    "field_label": "._names",
    "kind_name": "._names",
    "severity_name": "._names",
    "status_name": "._names",
    "value_name": "._names",
    "parse_date": "._time._parse",
    "pseudonymise": "._pseudonymise",
    "pseudonymise_many": "._pseudonymise",
    "to_html": "._render",
    "to_markdown": "._render",
    "to_text": "._render",
    "Finding": "._report",
    "PlanInvalidError": "._report",
    "Report": "._report",
    "Severity": "._report",
    "Rule": "._rules._core",
    "RuleContext": "._rules._core",
    "RuleSet": "._rules._sets",
    "json_schema": "._serial._schema",
    "ColourChange": "._summary",
    "ColourCounts": "._summary",
    "GoalAreaStatus": "._summary",
    "GoalStatus": "._summary",
    "MeasureStatus": "._summary",
    "ReportingRound": "._summary",
    "RoundSummary": "._summary",
    "Summary": "._summary",
    "reporting_rounds": "._summary",
    "summarise": "._summary",
    "summarise_since": "._summary",
    "worst_colour": "._summary",
    "RECORD_KEYS": "._tables",
    "column_label": "._tables",
    "to_csv": "._tables",
    "to_dataframe": "._tables",
    "to_records": "._tables",
    "BatchReport": "._validate",
    "is_valid": "._validate",
    "validate": "._validate",
    "validate_many": "._validate",
    "to_xlsx": "._xlsx",
}
"""Where each public name that loads on first use lives."""


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - read on use

        return version("tiltak")
    if name == "rules":  # the catalogue loads on first use, not at import
        return importlib.import_module("tiltak.rules")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tiltak' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
