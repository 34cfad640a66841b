"""Every exception and warning tiltak raises, with :class:`TiltakError` at the root.

Each is also the builtin it really is (a :class:`ValueError`, a :class:`TypeError`, an
:class:`ImportError`), so code that catches those keeps working. The three an integrator
catches most, :class:`TiltakError`, :class:`PlanFormatError` and :class:`PlanInvalidError`,
are also at the top level of :mod:`tiltak`. A document that is no plan raises
:class:`tiltak.documents.DocumentError`.

>>> import tiltak
>>> from tiltak import errors
>>> try:
...     tiltak.Plan(kind="no such kind")
... except errors.ModelError as error:
...     print(type(error).__name__, isinstance(error, ValueError))
ModelError True
"""

from __future__ import annotations

from tiltak._errors import (
    MAX_PROBLEMS,
    CatalogError,
    DateParseError,
    MissingExtraError,
    ModelError,
    ModelTypeError,
    OutOfRangeError,
    PlanFormatError,
    Problem,
    RuleConfigError,
    TextReplacedWarning,
    TiltakError,
    TiltakWarning,
    UnknownLocaleError,
)
from tiltak._report import PlanInvalidError

__all__ = [
    "MAX_PROBLEMS",
    "CatalogError",
    "DateParseError",
    "MissingExtraError",
    "ModelError",
    "ModelTypeError",
    "OutOfRangeError",
    "PlanFormatError",
    "PlanInvalidError",
    "Problem",
    "RuleConfigError",
    "TextReplacedWarning",
    "TiltakError",
    "TiltakWarning",
    "UnknownLocaleError",
]
