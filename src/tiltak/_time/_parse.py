"""Reading dates as people write them, in bokmål, nynorsk, Swedish and English.

>>> parse_date("tisdag den 3 december 2024")
datetime.date(2024, 12, 3)
>>> parse_date("desember 2024")
PartialDate(year=2024, month=12, day=None)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from tiltak._errors import DateParseError, UnknownLocaleError, drop_context
from tiltak._i18n import N_, gettext
from tiltak._shape import mask

from ._dates import PartialDate

if TYPE_CHECKING:
    from dateutil.parser import parserinfo

__all__ = ["parse_date"]

LOCALES = ("nb", "nn", "sv", "en")
"""The languages whose month and day names :func:`parse_date` reads."""

_MAX_LENGTH = 80
_EXCERPT = 20
_JUMP_WORDS = ("den", "kl", "klokka", "klockan")

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?|(\d{4})(\d{2})(\d{2})")
_NUMERIC = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})")
_MONTH_OF_YEAR = re.compile(
    r"([0-9]{1,2})\s*[./,-]\s*([0-9]{4})|([0-9]{4})\s*[./,]\s*([0-9]{1,2})"
)
"""A month as spreadsheets write it, ``12.2024``, ``2024.12`` or ``2024, 12`` (dateutil would
read ``2024.12`` and ``2024,12`` as the year alone, taking the 12 for a time of day)."""
_YEAR_FIRST = re.compile(r"([0-9]{4})[./]([0-9]{1,2})[./]([0-9]{1,2})")
_NUMBERS_AND_COMMA = re.compile(r"[0-9\s./-]*,[0-9\s.,/-]*")
"""Numbers alone with a comma between them that no form above reads: not one date (dateutil
would keep part of ``2024,12,1`` or ``2025-04-30, 2025-05-30`` and drop the rest)."""
_OTHER_DIGITS = re.compile(r"(?![0-9])\d")
"""A digit of another script (Arabic-Indic, full-width): refused, as the format refuses it."""
_TIME = re.compile(
    r"(?:\s+|\s*,\s*)(?:(?:kl|klokka|klockan|at)\.?\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*$",
    re.IGNORECASE,
)
_SV_ORDINAL = re.compile(r"(?<=\d):[ae](?![^\W\d_])", re.IGNORECASE)  # "3:e", "1:a"
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")

# Two defaults that differ in every part: a part that follows the default was not written.
# Both are leap years, so 29 February reads whatever the default.
_DEFAULT_A = dt.datetime(1904, 1, 1)
_DEFAULT_B = dt.datetime(1908, 2, 2)


def _supported_locale(locale: str) -> str:
    """The code of a supported language; the four plain codes only.

    The single place where :func:`parse_date` reads a locale code, so that the package's
    locale normalisation (``nb-NO``, ``sv_FI``, ...) can take its place.
    """
    if locale not in LOCALES:
        raise UnknownLocaleError(
            f"tiltak reads dates in {', '.join(LOCALES)}; not in the locale given"
        )
    return locale


def _fail(message: str, text: str, locale: str | None) -> DateParseError:
    """The error for ``text``, shown only by its shape: a date asked for may be an fnr."""
    excerpt = mask(text.strip(), _EXCERPT)
    return DateParseError(gettext(message, locale=locale).format(excerpt=excerpt))


_NOT_A_DATE = N_('"{excerpt}" does not read as a date')
_NO_YEAR = N_('"{excerpt}" has no year: write the year, such as 2024')
_SHORT_YEAR = N_('"{excerpt}" has a two-digit year: write all four digits')
_NO_MONTH = N_('"{excerpt}" has a day but no month')
_WRONG_WEEKDAY = N_('"{excerpt}" names a weekday that does not fall on that date')
_TOO_LONG = N_('"{excerpt}" is too long to be a date')


@lru_cache(maxsize=8)
def _names(locales: tuple[str, ...]) -> tuple[Mapping[str, int], Mapping[str, int]]:
    """Month names (1 = January) and weekday names (0 = Monday) from CLDR, lower-case."""
    from babel import Locale  # noqa: PLC0415 - keeps import tiltak light

    months: dict[str, int] = {}
    days: dict[str, int] = {}
    for code in locales:
        data = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                # Index by key: iterating Babel's day names starts at Sunday.
                for month in range(1, 13):
                    months[data.months[context][width][month].lower().rstrip(".")] = month
                for day in range(7):
                    name = data.days[context][width][day].lower().rstrip(".")
                    if len(name) > 2:  # nn "on.", "to.": words of their own, not days
                        days[name] = day
    return months, days


@lru_cache(maxsize=8)
def _parserinfo(locales: tuple[str, ...]) -> parserinfo:
    """A dateutil ``parserinfo`` that knows the names of ``locales``, day first."""
    from dateutil import parser  # noqa: PLC0415 - keeps import tiltak light

    months, days = _names(locales)

    class _Info(parser.parserinfo):
        JUMP = [*parser.parserinfo.JUMP, *_JUMP_WORDS]  # noqa: RUF012
        MONTHS = [tuple(n for n, m in months.items() if m == i) for i in range(1, 13)]  # type: ignore[misc]  # noqa: RUF012
        WEEKDAYS = [tuple(n for n, d in days.items() if d == i) for i in range(7)]  # type: ignore[misc]  # noqa: RUF012

    return _Info(dayfirst=True)


def _partial(year: int, month: int | None, day: int | None) -> dt.date | PartialDate:
    if day is not None and month is not None:
        return dt.date(year, month, day)
    return PartialDate(year=year, month=month)


def _numeric_parts(text: str, locale: str | None) -> tuple[int, int | None, int | None] | None:
    """The year, month and day a numeric form of ``text`` gives; ``None`` if no form fits."""
    match = _ISO.fullmatch(text)
    if match is not None:
        groups = match.groups()
        year, month, day = (
            None if part is None else int(part)
            for part in (groups[:3] if groups[0] is not None else groups[3:])
        )
        assert year is not None
        return year, month, day
    match = _NUMERIC.fullmatch(text)
    if match is not None:
        if len(match[3]) != 4:
            raise _fail(_SHORT_YEAR, text, locale)
        return int(match[3]), int(match[2]), int(match[1])
    match = _YEAR_FIRST.fullmatch(text)
    if match is not None:
        return int(match[1]), int(match[2]), int(match[3])
    match = _MONTH_OF_YEAR.fullmatch(text)
    if match is not None:
        return int(match[2] or match[3]), int(match[1] or match[4]), None
    return None


@drop_context
def _read_numeric(text: str, locale: str | None) -> dt.date | PartialDate | None:
    """ISO forms (year first, never day first), day.month.year and a month of a year.

    ``None`` if none of them.
    """
    parts = _numeric_parts(text, locale)
    if parts is not None:
        try:
            return _partial(*parts)
        except ValueError:
            raise _fail(_NOT_A_DATE, text, locale) from None
    if _NUMBERS_AND_COMMA.fullmatch(text) is not None:
        raise _fail(_NOT_A_DATE, text, locale)
    return None


@drop_context
def _read_words(text: str, locales: tuple[str, ...], locale: str | None) -> dt.date | PartialDate:
    from dateutil import parser  # noqa: PLC0415 - keeps import tiltak light

    info = _parserinfo(locales)
    try:
        a = parser.parse(text, parserinfo=info, default=_DEFAULT_A, ignoretz=True)
        b = parser.parse(text, parserinfo=info, default=_DEFAULT_B, ignoretz=True)
    except Exception:  # dateutil raises ValueError, OverflowError, decimal errors ...
        raise _fail(_NOT_A_DATE, text, locale) from None
    if a.year != b.year:
        raise _fail(_NO_YEAR, text, locale)
    if not any(int(found) == a.year for found in _YEAR.findall(text)):
        raise _fail(_SHORT_YEAR, text, locale)
    month = a.month if a.month == b.month else None
    day = a.day if a.day == b.day else None
    if month is None and day is not None:
        raise _fail(_NO_MONTH, text, locale)
    result = _partial(a.year, month, day)
    _, days = _names(locales)
    weekdays = {days[word] for word in _WORD.findall(text.lower()) if word in days}
    if weekdays and (not isinstance(result, dt.date) or weekdays != {result.weekday()}):
        raise _fail(_WRONG_WEEKDAY, text, locale)
    return result


def parse_date(text: str, *, locale: str | None = None) -> dt.date | PartialDate:
    """Read a date as people write it: a ``date``, or a :class:`PartialDate` for a month or year.

    Reads ``15. mars 2024``, ``1 juni 2024``, ``tisdag den 3 december 2024``,
    ``søndag 1. des. 2024``, ``den 3:e december 2024``, ``15.03.2024``, ``2024-03-15``,
    ``desember 2024``, ``12.2024`` and ``2020``.
    ISO forms are read year first, never day first; other numeric forms day first, with a
    four-digit year. A time of day after the date (``kl. 14.30``) is dropped, and a weekday
    must fall on the date.

    With ``locale`` (``"nb"``, ``"nn"``, ``"sv"`` or ``"en"``) month and day names are read
    in that language only; without it, in any of the four (their names do not collide).

    A text without a year, or that is not a date, raises
    :class:`~tiltak.errors.DateParseError`; the year is never taken from today.

    >>> parse_date("15. mars 2024", locale="nb")
    datetime.date(2024, 3, 15)
    >>> parse_date("2024-01-08")
    datetime.date(2024, 1, 8)
    """
    locales = LOCALES if locale is None else (_supported_locale(locale),)
    if not isinstance(text, str):
        raise DateParseError(f"a date to read must be a str, not {type(text).__name__}")
    stripped = text.strip()
    if not stripped:
        raise _fail(_NOT_A_DATE, stripped, locale)
    if len(stripped) > _MAX_LENGTH:
        raise _fail(_TOO_LONG, stripped, locale)
    if _OTHER_DIGITS.search(stripped) is not None:
        raise _fail(_NOT_A_DATE, stripped, locale)
    stripped = _SV_ORDINAL.sub("", _TIME.sub("", stripped)).rstrip(",; ")
    numeric = _read_numeric(stripped, locale)
    if numeric is not None:
        return numeric
    return _read_words(stripped, locales, locale)
