"""The exceptions tiltak raises: one root, each also the builtin it really is."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import attrs

if TYPE_CHECKING:
    from ._report import Report

__all__ = [
    "MAX_PROBLEMS",
    "CatalogError",
    "DateParseError",
    "ModelError",
    "ModelTypeError",
    "PlanFormatError",
    "PlanInvalidError",
    "Problem",
    "RuleConfigError",
    "TextReplacedWarning",
    "TiltakError",
    "TiltakWarning",
    "UnknownLocaleError",
]


P = ParamSpec("P")
R = TypeVar("R")


def drop_context(function: Callable[P, R]) -> Callable[P, R]:
    """``function``, whose errors raised ``from None`` no longer hold what they replaced.

    ``raise ... from None`` only hides the error being handled: it stays in ``__context__``,
    with the input in it (``JSONDecodeError.doc``, ``UnicodeDecodeError.object``, the
    ``ValueError`` that repeats a bad value). This drops it.
    """

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except TiltakError as error:
            if error.__suppress_context__:
                error.__context__ = None
            raise

    return wrapper


class TiltakError(Exception):
    """The root of every exception tiltak raises.

    Every one pickles and copies with its attributes (``problems``, ``report`` ...) and its
    message intact, so it crosses a process pool as itself.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


def _rebuild(cls: type[TiltakError], args: tuple[Any, ...], state: dict[str, Any]) -> TiltakError:
    """An error as :meth:`TiltakError.__reduce__` saw it, made without running ``__init__``."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


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


MAX_PROBLEMS = 100
"""The most problems a :class:`PlanFormatError` lists; it counts the rest in ``omitted``."""


class PlanFormatError(TiltakError, ValueError):
    """A document is not a well-formed plan; ``problems`` lists every problem at once.

    Of a document with very many problems, the first :data:`MAX_PROBLEMS` (100) are listed,
    in document order, and ``omitted`` counts the rest: naming a problem costs far more than
    reading a value, and rejecting a document should cost no more than reading one.
    """

    problems: tuple[Problem, ...]
    omitted: int

    def __init__(self, problems: Iterable[Problem], *, omitted: int = 0) -> None:
        listed: list[Problem] = []
        for problem in problems:
            if len(listed) < MAX_PROBLEMS:
                listed.append(problem)
            else:
                omitted += 1
        self.problems = tuple(listed)
        self.omitted = omitted
        count = len(self.problems) + omitted
        head = "not a valid tiltak plan: " + ("1 problem" if count == 1 else f"{count} problems")
        tail = [f"… and {omitted} more, not listed"] if omitted else []
        super().__init__("\n  ".join([head, *map(str, self.problems), *tail]))


class PlanInvalidError(TiltakError, ValueError):
    """A plan has findings of severity error; ``report`` holds them all."""

    report: Report

    def __init__(self, report: Report) -> None:
        self.report = report
        errors = report.errors
        super().__init__(
            f"the plan has {len(errors)} error finding(s): "
            + ", ".join(f"{f.code} @ {f.path}" for f in errors)
        )


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


class TiltakWarning(UserWarning):
    """The root of every warning tiltak gives."""


class TextReplacedWarning(TiltakWarning):
    """A writer changed plan text its format cannot hold, and says where (never the text).

    ``to_xlsx`` replaces control characters and U+FFFE/U+FFFF by U+FFFD and cuts a cell's
    text to Excel's 32,767 characters; ``to_ical`` replaces control characters by U+FFFD.
    """
