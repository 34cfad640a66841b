"""Dates and deadlines as people read them, in the chosen locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from tiltak._errors import ModelError, ModelTypeError
from tiltak._i18n import gettext, ngettext
from tiltak._locale import resolve_locale
from tiltak._time._dates import PartialDate, Precision, to_day

__all__ = [
    "DATE_FORMATS",
    "DateFormat",
    "babel_locale",
    "deadline_phrase",
    "format_date",
    "format_skeleton",
]

DateFormat = Literal["short", "medium", "long", "full"]
"""A date style, as Babel names them."""

DATE_FORMATS: tuple[DateFormat, ...] = ("short", "medium", "long", "full")
"""The styles :func:`format_date` takes, as Babel names them."""

# CLDR's plain "en" is American; tiltak writes British English, and so do its dates.
_BABEL_LOCALES: Mapping[str, str] = MappingProxyType({"en": "en_GB"})

# Month-precision dates: numeric when short, the month's full name otherwise ("desember 2024").
_MONTH_SKELETONS: Mapping[str, str] = MappingProxyType(
    {"short": "yMM", "medium": "yMMMM", "long": "yMMMM", "full": "yMMMM"}
)


def babel_locale(code: str) -> str:
    """The CLDR locale Babel formats a normalised tiltak locale ``code`` with."""
    return _BABEL_LOCALES.get(code, code)


def _as_partial(value: object, what: str) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ModelTypeError(f"{what} must be a date or a PartialDate, not {type(value).__name__}")
    return PartialDate.from_date(value)


def format_date(
    value: dt.date | PartialDate, *, format: DateFormat = "medium", locale: str | None = None
) -> str:
    """``value`` as a date in ``locale``, in one of the :data:`DATE_FORMATS` styles.

    A date known only to the month or the year is shown as just that.

    >>> import datetime as dt
    >>> format_date(dt.date(2024, 12, 15), locale="nb")
    '15. des. 2024'
    >>> format_date(dt.date(2024, 12, 15), format="long", locale="sv")
    '15 december 2024'
    >>> format_date(PartialDate(year=2024, month=12), locale="nn")
    'desember 2024'
    >>> format_date(PartialDate(year=2020), locale="en")
    '2020'
    """
    partial = _as_partial(value, "the date to format")
    if format not in DATE_FORMATS:
        raise ModelError(f"a date format must be one of {', '.join(DATE_FORMATS)}")
    where = babel_locale(resolve_locale(locale))

    from babel import dates  # noqa: PLC0415 - keeps import tiltak light

    precision = partial.precision
    if precision is Precision.DAY:
        return dates.format_date(partial.first_day, format=format, locale=where)
    skeleton = "y" if precision is Precision.YEAR else _MONTH_SKELETONS[format]
    return dates.format_skeleton(skeleton, partial.first_day, locale=where)


def format_skeleton(skeleton: str, day: dt.date, *, locale: str | None = None) -> str:
    """``day`` in ``locale`` by a CLDR skeleton such as ``MMMMd``, in the locale's own order.

    >>> format_skeleton("MMMMd", dt.date(2024, 3, 1), locale="nb")
    '1. mars'
    """
    from babel import dates  # noqa: PLC0415 - keeps import tiltak light

    return dates.format_skeleton(skeleton, day, locale=babel_locale(resolve_locale(locale)))


def deadline_phrase(
    deadline: dt.date | PartialDate, *, as_of: dt.date | str, locale: str | None = None
) -> str:
    """How a deadline stands on ``as_of``: due today, due in some days, or days overdue.

    A deadline given to the month or the year falls due on the last day it covers.

    >>> import datetime as dt
    >>> deadline_phrase(dt.date(2024, 3, 18), as_of=dt.date(2024, 3, 15), locale="nb")
    'forfaller om 3 dager'
    >>> deadline_phrase(dt.date(2024, 3, 13), as_of=dt.date(2024, 3, 15), locale="sv")
    '2 dagar försenad'
    >>> deadline_phrase(PartialDate(year=2024, month=3), as_of="2024-03-31")
    'due today'
    """
    due = _as_partial(deadline, "the deadline").last_day
    days = (due - to_day(as_of)).days
    if days == 0:
        return gettext("due today", locale=locale)
    if days > 0:
        message = ngettext("due in {days} day", "due in {days} days", days, locale=locale)
    else:
        days = -days
        message = ngettext("{days} day overdue", "{days} days overdue", days, locale=locale)
    return message.format(days=days)
