"""tiltak: the action plans of Nordic health, care and public services, as data.

Model a plan, check it against what its kind must contain, and show it in bokmål, nynorsk,
Swedish or English.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

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
from ._errors import PlanFormatError, TiltakError
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
    from . import errors as errors
    from . import examples as examples
    from . import exports as exports
    from . import fhir as fhir
    from . import i18n as i18n
    from . import labels as labels
    from . import pictures as pictures
    from . import rules as rules
    from . import testing as testing
    from ._diff import (
        Change,
        ChangeKind,
        PlanDiff,
        diff,
    )
    from ._elements import ElementRef
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
    from ._validate import (
        BatchReport,
        is_valid,
        validate,
        validate_many,
    )

__all__ = [
    "AbsenceDegree",
    "Adoption",
    "Baseline",
    "BatchReport",
    "Cause",
    "Change",
    "ChangeKind",
    "Consent",
    "Cooperation",
    "Decision",
    "DeliveredReport",
    "DialogueMeeting",
    "Direction",
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
    "Report",
    "ReportingLine",
    "ResponsibilityGroup",
    "Responsible",
    "ResultsPart",
    "ReturnToWork",
    "Revision",
    "Schedule",
    "Section",
    "Severity",
    "SickLeave",
    "StatusColour",
    "Subject",
    "Summary",
    "Target",
    "TiltakError",
    "diff",
    "dumps",
    "from_dict",
    "is_valid",
    "json_schema",
    "loads",
    "pseudonymise",
    "pseudonymise_many",
    "summarise",
    "to_dict",
    "to_html",
    "to_markdown",
    "to_text",
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
    {
        "asof",
        "documents",
        "errors",
        "examples",
        "exports",
        "fhir",
        "i18n",
        "labels",
        "pictures",
        "rules",
        "testing",
    }
)
"""The public modules, reachable as attributes after ``import tiltak`` and loaded on first use."""


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - read on use

        return version("tiltak")
    if name in _SUBMODULES:
        from ._errors import MissingExtraError  # noqa: PLC0415 - loaded already, kept private

        try:
            return importlib.import_module(f"{__name__}.{name}")
        except MissingExtraError as error:
            # An attribute that cannot be had is an AttributeError, so that hasattr, help()
            # and completion work; ``import tiltak.testing`` still raises the error itself.
            raise AttributeError(str(error), name=name, obj=sys.modules[__name__]) from error
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
