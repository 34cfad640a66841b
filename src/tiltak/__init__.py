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
    Jurisdiction,
    Language,
    Party,
    PlanKind,
    PlanStatus,
    ResultsPart,
    StatusColour,
)
from ._errors import (
    MAX_PROBLEMS,
    CatalogError,
    DateParseError,
    MissingExtraError,
    ModelError,
    ModelTypeError,
    PlanFormatError,
    Problem,
    RuleConfigError,
    TextReplacedWarning,
    TiltakError,
    TiltakWarning,
    UnknownLocaleError,
)
from ._model import (
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

# The model and its vocabularies load with the package; everything else on first use,
# so that `import tiltak` stays cheap (no cattrs, Babel or renderers until they are needed).
from ._time._dates import (
    PartialDate,
    Period,
    Precision,
)
from ._time._schedule import Frequency, Schedule

if TYPE_CHECKING:
    from . import asof as asof
    from . import documents as documents
    from . import examples as examples
    from . import exports as exports
    from . import fhir as fhir
    from . import labels as labels
    from . import rules as rules
    from . import testing as testing
    from ._diff import (
        Change,
        ChangeKind,
        PlanDiff,
        diff,
    )
    from ._elements import ElementRef
    from ._i18n import register_catalog
    from ._locale import (
        DEFAULT_LOCALE,
        SUPPORTED_LOCALES,
        get_locale,
        normalise_locale,
        use_locale,
    )
    from ._pseudonymise import pseudonymise, pseudonymise_many
    from ._render import (
        to_html,
        to_markdown,
        to_text,
    )
    from ._report import (
        Finding,
        FindingGroup,
        PlanInvalidError,
        Report,
        Severity,
    )
    from ._serial._format import (
        dumps,
        from_dict,
        loads,
        to_dict,
    )
    from ._serial._schema import json_schema
    from ._summary import (
        Summary,
        summarise,
    )
    from ._time._formatting import (
        DATE_FORMATS,
        deadline_phrase,
        format_date,
    )
    from ._time._parse import parse_date
    from ._validate import (
        BatchReport,
        is_valid,
        validate,
        validate_many,
    )

__all__ = [
    "DATE_FORMATS",
    "DEFAULT_LOCALE",
    "MAX_PROBLEMS",
    "SUPPORTED_LOCALES",
    "AbsenceDegree",
    "Adoption",
    "Baseline",
    "BatchReport",
    "CatalogError",
    "Cause",
    "Change",
    "ChangeKind",
    "Consent",
    "Cooperation",
    "DateParseError",
    "Decision",
    "DeliveredReport",
    "DialogueMeeting",
    "Effort",
    "ElementRef",
    "Finding",
    "FindingGroup",
    "FollowUp",
    "FollowUpRoutine",
    "Frequency",
    "Goal",
    "GoalArea",
    "GoalOrigin",
    "Jurisdiction",
    "Language",
    "Measure",
    "MissingExtraError",
    "ModelError",
    "ModelTypeError",
    "PartialDate",
    "Participant",
    "Participation",
    "Party",
    "Period",
    "Plan",
    "PlanDiff",
    "PlanFormatError",
    "PlanInvalidError",
    "PlanKind",
    "PlanStatus",
    "Precision",
    "Principal",
    "Problem",
    "Report",
    "ReportingLine",
    "ResponsibilityGroup",
    "Responsible",
    "ResultsPart",
    "ReturnToWork",
    "Revision",
    "RuleConfigError",
    "Schedule",
    "Section",
    "Severity",
    "SickLeave",
    "StatusColour",
    "Subject",
    "Summary",
    "Target",
    "TextReplacedWarning",
    "TiltakError",
    "TiltakWarning",
    "UnknownLocaleError",
    "deadline_phrase",
    "diff",
    "dumps",
    "format_date",
    "from_dict",
    "get_locale",
    "is_valid",
    "json_schema",
    "loads",
    "normalise_locale",
    "parse_date",
    "pseudonymise",
    "pseudonymise_many",
    "register_catalog",
    "summarise",
    "to_dict",
    "to_html",
    "to_markdown",
    "to_text",
    "use_locale",
    "validate",
    "validate_many",
]

_LAZY: dict[str, str] = {
    "Change": "._diff",
    "ChangeKind": "._diff",
    "PlanDiff": "._diff",
    "diff": "._diff",
    "dumps": "._serial._format",
    "from_dict": "._serial._format",
    "loads": "._serial._format",
    "to_dict": "._serial._format",
    "DATE_FORMATS": "._time._formatting",
    "deadline_phrase": "._time._formatting",
    "format_date": "._time._formatting",
    "register_catalog": "._i18n",
    "DEFAULT_LOCALE": "._locale",
    "SUPPORTED_LOCALES": "._locale",
    "get_locale": "._locale",
    "normalise_locale": "._locale",
    "use_locale": "._locale",
    "parse_date": "._time._parse",
    "pseudonymise": "._pseudonymise",
    "pseudonymise_many": "._pseudonymise",
    "to_html": "._render",
    "to_markdown": "._render",
    "to_text": "._render",
    "ElementRef": "._elements",
    "Finding": "._report",
    "FindingGroup": "._report",
    "PlanInvalidError": "._report",
    "Report": "._report",
    "Severity": "._report",
    "json_schema": "._serial._schema",
    "Summary": "._summary",
    "summarise": "._summary",
    "BatchReport": "._validate",
    "is_valid": "._validate",
    "validate": "._validate",
    "validate_many": "._validate",
}
"""Where each public name that loads on first use lives."""


_SUBMODULES = frozenset(
    {"asof", "documents", "examples", "exports", "fhir", "labels", "rules", "testing"}
)
"""The public modules, reachable as attributes after ``import tiltak`` and loaded on first use."""


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - read on use

        return version("tiltak")
    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tiltak' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, the public modules and the module's own dunders; nothing private."""
    dunders = {name for name in globals() if name.startswith("__")}
    return sorted({*__all__, *_SUBMODULES, *dunders, "__version__"})
