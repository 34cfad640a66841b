"""The exceptions tiltak raises: one root, each also the builtin it really is."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ParamSpec, TypeVar

import attrs

from ._frozen import frozen

__all__ = [
    "MAX_PROBLEMS",
    "CatalogError",
    "DateParseError",
    "MissingExtraError",
    "ModelError",
    "ModelTypeError",
    "PlanFormatError",
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


def _params(value: Mapping[str, object] | None) -> Mapping[str, str | int]:
    return frozen({str(key): _param(item) for key, item in (value or {}).items()})


def _param(value: object) -> str | int:
    return value if isinstance(value, str | int) and not isinstance(value, bool) else str(value)


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a document: where it is, as a JSON path, and what it is.

    The path reads like ``$.measures[2].deadline``. Like a finding's, the message is a
    ``message_id`` (the English text, marked for translation) with ``params`` filling its
    ``{fields}``, rendered late in the caller's locale by :meth:`message`; ``str()`` is
    English. The message never repeats the offending value: documents hold personal data.

    >>> problem = Problem(path="$.title", message_id="expected a string")
    >>> str(problem), problem.message(locale="nn")
    ('expected a string @ $.title', 'venta ein tekst')
    """

    path: str
    message_id: str
    params: Mapping[str, str | int] = attrs.field(
        factory=dict, converter=_params, hash=False, repr=False
    )

    def message(self, locale: str | None = None) -> str:
        """The message in ``locale`` (the default locale when ``None``)."""
        from ._i18n import gettext  # noqa: PLC0415 - _i18n imports this module

        return gettext(self.message_id, locale=locale).format(**self.params)

    def __str__(self) -> str:
        return f"{self.message('en')} @ {self.path}"


MAX_PROBLEMS = 100
"""The most problems a :class:`PlanFormatError` lists; it counts the rest in ``omitted``."""


class PlanFormatError(TiltakError, ValueError):
    """A document is not a well-formed plan; ``problems`` lists every problem at once.

    Of a document with very many problems, the first :data:`~tiltak.errors.MAX_PROBLEMS`
    (100) are listed, in document order, and ``omitted`` counts the rest: naming a problem
    costs far more than reading a value, and rejecting a document should cost no more than
    reading one.
    ``str()`` is English; :meth:`message` renders the same text in another locale.
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
        super().__init__(self.message("en"))

    def message(self, locale: str | None = None) -> str:
        """The error and every problem, one per line, in ``locale``.

        >>> error = PlanFormatError([Problem(path="$.kind", message_id="required field missing")])
        >>> print(error.message(locale="sv"))
        inte en giltig tiltak-plan: 1 problem
          obligatoriskt fält saknas @ $.kind
        """
        from ._i18n import N_, gettext, ngettext  # noqa: PLC0415 - _i18n imports this module

        count = len(self.problems) + self.omitted
        head = ngettext(
            "not a valid tiltak plan: {count} problem",
            "not a valid tiltak plan: {count} problems",
            count,
            locale=locale,
        ).format(count=count)
        lines = [f"{problem.message(locale)} @ {problem.path}" for problem in self.problems]
        if self.omitted:
            more = gettext(N_("… and {count} more, not listed"), locale=locale)
            lines.append(more.format(count=self.omitted))
        return "\n  ".join([head, *lines])


class RuleConfigError(TiltakError, ValueError):
    """Validation options that name an unknown rule code or severity, or a malformed rule."""


class ModelError(TiltakError, ValueError):
    """A model object was built with a value it cannot hold (month 13, an unknown rule)."""


class ModelTypeError(ModelError, TypeError):
    """A model object was built with a value of the wrong type."""


class OutOfRangeError(ModelError):
    """A field's value outside its range; ``field`` and ``message_id`` let a reader place it.

    >>> str(OutOfRangeError("SickLeave", "degree", "expected a percentage from 1 to 100"))
    'SickLeave.degree: expected a percentage from 1 to 100'
    """

    def __init__(self, owner: str, field: str, message_id: str) -> None:
        super().__init__(f"{owner}.{field}: {message_id}")
        self.field = field
        self.message_id = message_id


class UnknownLocaleError(TiltakError, ValueError):
    """A locale code that tiltak does not speak."""


class CatalogError(TiltakError, ValueError):
    """A translation catalog that cannot be used: missing, empty, malformed or misplaced."""


class DateParseError(TiltakError, ValueError):
    """A text that does not read as a date."""


class MissingExtraError(TiltakError, ImportError):
    """An optional feature whose extra is not installed; the message names the extra.

    ``feature`` is what was called (``to_ical``), ``package`` what it needs (``icalendar``)
    and ``extra`` the extra of tiltak that installs it (``ical``). ``str()`` is English;
    :meth:`message` renders it in another locale.

    >>> error = MissingExtraError(feature="to_ical", package="icalendar", extra="ical")
    >>> error.extra, str(error).startswith("to_ical needs icalendar, which the extra 'ical'")
    ('ical', True)
    """

    def __init__(self, *, feature: str, package: str, extra: str) -> None:
        self.feature = feature
        self.package = package
        self.extra = extra
        super().__init__(self.message("en"), name=package)

    def message(self, locale: str | None = None) -> str:
        """The message in ``locale`` (the default locale when ``None``)."""
        from ._i18n import gettext  # noqa: PLC0415 - _i18n imports this module

        template = gettext(
            "{feature} needs {package}, which the extra '{extra}' installs:"
            ' pip install "tiltak[{extra}]" (in a clone of tiltak: pip install ".[{extra}]")',
            locale=locale,
        )
        return template.format(feature=self.feature, package=self.package, extra=self.extra)

    def __reduce__(self) -> tuple[object, ...]:
        return (_missing_extra, (self.feature, self.package, self.extra))


def _missing_extra(feature: str, package: str, extra: str) -> MissingExtraError:
    return MissingExtraError(feature=feature, package=package, extra=extra)


class TiltakWarning(UserWarning):
    """The root of every warning tiltak gives."""


class TextReplacedWarning(TiltakWarning):
    """A writer changed plan text its format cannot hold, and says where (never the text).

    ``to_xlsx`` replaces control characters and U+FFFE/U+FFFF by U+FFFD and cuts a cell's
    text to Excel's 32,767 characters; ``to_ical`` replaces control characters by U+FFFD.
    """
