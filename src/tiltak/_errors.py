"""The exceptions tiltak raises: one root, each also the builtin it really is."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = [
    "CatalogError",
    "DateParseError",
    "ModelError",
    "ModelTypeError",
    "PlanFormatError",
    "Problem",
    "RuleConfigError",
    "TiltakError",
    "UnknownLocaleError",
]


class TiltakError(Exception):
    """The root of every exception tiltak raises."""


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a document: where it is, as a JSON path, and what it is.

    The path reads like ``$.measures[2].deadline``. The message never repeats the
    offending value: documents hold personal data.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.message} @ {self.path}"


class PlanFormatError(TiltakError, ValueError):
    """A document is not a well-formed plan; ``problems`` lists every problem at once."""

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        head = "not a valid tiltak plan: " + ("1 problem" if count == 1 else f"{count} problems")
        super().__init__("\n  ".join([head, *map(str, self.problems)]))


class RuleConfigError(TiltakError, ValueError):
    """Validation options that name an unknown rule code or severity, or a malformed rule."""


class ModelError(TiltakError, ValueError):
    """A model object was built with a value it cannot hold (month 13, an unknown rule)."""


class ModelTypeError(ModelError, TypeError):
    """A model object was built with a value of the wrong type."""


class UnknownLocaleError(TiltakError, ValueError):
    """A locale code that tiltak does not speak."""


class CatalogError(TiltakError, ValueError):
    """A translation catalog that cannot be used: missing, empty, malformed or misplaced."""


class DateParseError(TiltakError, ValueError):
    """A text that does not read as a date."""
