"""RFC 5545 rules: a schedule's RRULE read with dateutil, and the rules refused up front.

dateutil takes parts RFC 5545 forbids (``BYMONTH=13``) and searches to the year 9999 for a
rule that never matches; the checks here refuse those before dateutil sees them.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from tiltak._errors import ModelError, drop_context
from tiltak._time._rulecheck import MAX_RULE_LENGTH, UNTIL_VALUE

if TYPE_CHECKING:
    from dateutil.rrule import rrule

__all__ = ["MAX_RULE_LENGTH", "PLAIN_RULE", "Frequency"]


_UNTIL = re.compile(r"(?i)(UNTIL=)([0-9]{8})(?:T[0-9]{6}Z?)?")

PLAIN_RULE = re.compile(
    r"FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;INTERVAL=[1-9][0-9]{0,3})?(?:;COUNT=[1-9][0-9]{0,3})?"
)
"""Rules valid from any start, known without dateutil: a frequency, an interval and a count.

dateutil fills a rule's missing day, month or weekday from the start, and the start is a
real date, so such a rule always falls due."""

_TIME_KEYS = frozenset({"BYHOUR", "BYMINUTE", "BYSECOND"})

_MAX_PART = 2**31 - 1
"""The largest ``INTERVAL`` and ``COUNT``: what iCalendar's readers hold in an integer."""


_NOT_RRULE = "Schedule.rule is not a valid RFC 5545 RRULE"
_OUT_OF_RANGE = "Schedule.rule has a BY-part outside the range RFC 5545 allows"


def _list(item: str) -> Callable[[str], re.Match[str] | None]:
    return re.compile(f"{item}(?:,{item})*").fullmatch


_WEEKDAY = "(?:MO|TU|WE|TH|FR|SA|SU)"
_WHOLE = f"from 1 to {_MAX_PART}, in the digits 0 to 9"
_SIGNED = "numbers of {digits} digits 0 to 9, each with an optional sign"
_FORMS: dict[str, tuple[Callable[[str], re.Match[str] | None], str]] = {
    "FREQ": (
        re.compile("SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY").fullmatch,
        "a frequency such as DAILY or MONTHLY",
    ),
    "UNTIL": (
        UNTIL_VALUE,
        "a date that exists, YYYYMMDD, or a date and time, YYYYMMDDTHHMMSS with an optional Z",
    ),
    "COUNT": (re.compile("[0-9]+").fullmatch, _WHOLE),
    "INTERVAL": (re.compile("[0-9]+").fullmatch, _WHOLE),
    "BYMONTH": (_list("[0-9]{1,2}"), "numbers of one or two digits 0 to 9, without a sign"),
    "BYMONTHDAY": (_list("[+-]?[0-9]{1,2}"), _SIGNED.format(digits="one or two")),
    "BYWEEKNO": (_list("[+-]?[0-9]{1,2}"), _SIGNED.format(digits="one or two")),
    "BYYEARDAY": (_list("[+-]?[0-9]{1,3}"), _SIGNED.format(digits="one to three")),
    "BYSETPOS": (_list("[+-]?[0-9]{1,3}"), _SIGNED.format(digits="one to three")),
    "BYDAY": (
        _list(f"(?:[+-]?[0-9]{{1,2}})?{_WEEKDAY}"),
        "weekdays, MO to SU, each after an optional number of one or two digits 0 to 9",
    ),
    "WKST": (re.compile(_WEEKDAY).fullmatch, "a weekday, MO to SU"),
}
"""Each RFC 5545 part's value as its grammar writes it, and what to say when it is not.

dateutil reads numbers with ``int`` and ``UNTIL`` with its date parser, so Arabic-Indic digits,
``BYMONTH=+2`` and ``UNTIL=01/05/2024`` would pass; it drops ``BYMONTHDAY=0``, leaving a rule
due every day."""

_ZERO = re.compile("(?:^|,)[+-]?0+(?![0-9])").search
"""A zero among a BY-part's numbers or a BYDAY's: RFC 5545 numbers from 1 or -1."""


class Frequency(enum.Enum):
    """How often a schedule's basic period repeats (the RRULE's ``FREQ``)."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"


_FREQUENCIES = (Frequency.YEARLY, Frequency.MONTHLY, Frequency.WEEKLY, Frequency.DAILY)
"""By dateutil's numbering of ``FREQ``: 0 is yearly, 3 daily."""


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


class _Parsed(NamedTuple):
    """A schedule's dateutil rule and the parts of it tiltak reads."""

    rule: rrule
    frequency: Frequency
    interval: int
    until: dt.datetime | None
    total: int | None
    """The rule's ``COUNT``."""


@drop_context
def _parse(start: dt.date, rule: str) -> _Parsed:
    """The dateutil rule of a schedule, parsed once per ``(start, rule)``.

    A refusal is remembered too: a document that repeats one bad rule thousands of times
    costs one parse, not thousands.
    """
    parsed = _outcome(start, rule)
    if isinstance(parsed, str):
        raise ModelError(parsed)
    return parsed


@lru_cache(maxsize=512)
def _outcome(start: dt.date, rule: str) -> _Parsed | str:
    """The parsed rule, or the message of the :class:`~tiltak.errors.ModelError` refusing it."""
    try:
        return _parse_once(start, rule)
    except ModelError as error:
        return str(error)


def _parse_once(start: dt.date, rule: str) -> _Parsed:
    from dateutil.rrule import rrule, rrulestr  # noqa: PLC0415 - keeps import tiltak light

    if len(rule) > MAX_RULE_LENGTH:
        raise ModelError(f"Schedule.rule is longer than {MAX_RULE_LENGTH} characters")
    text = rule.strip()
    if not text or text.upper().startswith(("RRULE:", "DTSTART")) or "\n" in text:
        raise ModelError("Schedule.rule must be the value of one RRULE, such as FREQ=MONTHLY")
    names = _names(text)
    # A schedule counts days: an UNTIL given as a UTC date-time ends on its date.
    text = _UNTIL.sub(r"\1\2", text)
    if not names.isdisjoint(_TIME_KEYS):
        # RFC 5545 forbids them with a date start; dateutil would make up to 86,400
        # occurrences of each day, to be walked through one by one.
        raise ModelError("Schedule.rule must not hold BYHOUR, BYMINUTE or BYSECOND: days only")
    if "BYEASTER" in names:  # dateutil's own, and the one part not repeating every 400 years
        raise ModelError(f"{_NOT_RRULE}: BYEASTER is not one")
    if "BYWEEKNO" in names and start.year == 1:  # dateutil looks at the year before it
        raise ModelError("Schedule.rule cannot number weeks (BYWEEKNO) from the year 1")
    if {"COUNT", "UNTIL"} <= names:  # dateutil warns, and so took it or not by warning filter
        raise ModelError("Schedule.rule ends by UNTIL or by COUNT, not both (RFC 5545)")
    if "WKST" not in names:
        # RFC 5545's default, where dateutil would take the calendar module's setting.
        text += ";WKST=MO"
    try:
        parsed = rrulestr(text, dtstart=_midnight(start), cache=False)
    except Exception:  # dateutil raises ValueError, OverflowError, KeyError ... on odd rules
        raise ModelError(_NOT_RRULE) from None
    if not isinstance(parsed, rrule):
        raise ModelError(_NOT_RRULE)
    # dateutil keeps the parts it read in private attributes only.
    freq: int = getattr(parsed, "_freq")  # noqa: B009
    if freq >= len(_FREQUENCIES):
        raise ModelError("Schedule.rule must repeat daily or less often (FREQ=DAILY at most)")
    if not 1 <= getattr(parsed, "_interval") <= _MAX_PART:  # noqa: B009 - 0 repeats forever
        raise ModelError(f"Schedule.rule's INTERVAL must be from 1 to {_MAX_PART}")
    count: int | None = getattr(parsed, "_count")  # noqa: B009
    if count is not None and not 1 <= count <= _MAX_PART:
        raise ModelError(f"Schedule.rule's COUNT must be from 1 to {_MAX_PART}")
    if not _in_range(parsed, _FREQUENCIES[freq]):
        raise ModelError(_OUT_OF_RANGE)
    if _never_due(parsed, _FREQUENCIES[freq]):
        raise ModelError("Schedule.rule never falls due: its parts never hold together")
    return _Parsed(
        rule=parsed,
        frequency=_FREQUENCIES[freq],
        interval=getattr(parsed, "_interval"),  # noqa: B009
        until=getattr(parsed, "_until"),  # noqa: B009
        total=count,
    )


_LONGEST_MONTHS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

# The largest magnitude RFC 5545 allows in each BY-part dateutil does not check itself.
_RANGES = (("monthday", 31), ("nmonthday", 31), ("yearday", 366), ("weekno", 53))


def _in_range(parsed: rrule, frequency: Frequency) -> bool:
    """Whether the rule's BY-parts lie in RFC 5545's ranges; dateutil takes ``BYMONTH=13``.

    Out of range, dateutil fails with an ``IndexError`` or searches to the year 9999.
    """
    if not all(1 <= month <= 12 for month in _part(parsed, "month")):
        return False
    for name, largest in _RANGES:
        if not all(1 <= abs(value) <= largest for value in _part(parsed, name)):
            return False
    # An ordinal weekday counts within the month (5 at most: a monthly rule, or a yearly one
    # with BYMONTH) or else within the year (53 at most).
    in_month = frequency is Frequency.MONTHLY or bool(_part(parsed, "month"))
    largest = 5 if in_month else 53
    return all(1 <= abs(n) <= largest for _, n in _part(parsed, "nweekday"))


def _wkst(parsed: rrule) -> int:
    """The weekday a dateutil rule's weeks start on (dateutil keeps it private)."""
    wkst: int = getattr(parsed, "_wkst")  # noqa: B009
    return wkst


def _part(parsed: rrule, name: str) -> tuple[Any, ...]:
    """One BY-part of a dateutil rule as a tuple (dateutil keeps them private)."""
    return tuple(getattr(parsed, f"_by{name}") or ())


def _never_due(parsed: rrule, frequency: Frequency) -> bool:
    """Whether the rule's BY-parts can never all hold: 30 February, the 40th Monday ...

    dateutil searches to year 9999 for a rule that never matches (seconds); refusing the
    common impossible rules up front keeps a plan from stalling its reader.
    """
    months = _part(parsed, "month") or tuple(range(1, 13))
    month_days = _part(parsed, "monthday") + _part(parsed, "nmonthday")
    if month_days and not any(
        abs(day) <= _LONGEST_MONTHS[month - 1] for month in months for day in month_days
    ):
        return True
    year_days = _part(parsed, "yearday")
    if year_days and _part(parsed, "month") and not _year_days_fit(year_days, months):
        return True
    positions = _part(parsed, "setpos")
    return bool(positions) and all(abs(p) > _most_per_period(parsed, frequency) for p in positions)


def _year_days_fit(year_days: tuple[int, ...], months: tuple[int, ...]) -> bool:
    for year in (2023, 2024):  # a common and a leap year
        length = 366 if year == 2024 else 365
        for day in year_days:
            if abs(day) <= length:
                ordinal = day if day > 0 else length + day + 1
                if (dt.date(year, 1, 1) + dt.timedelta(days=ordinal - 1)).month in months:
                    return True
    return False


def _most_per_period(parsed: rrule, frequency: Frequency) -> int:
    """An upper bound on how many occurrences one period (a day, week, month, year) holds."""
    days = {Frequency.YEARLY: 366, Frequency.MONTHLY: 31, Frequency.WEEKLY: 7}.get(frequency, 1)
    weekdays = len(_part(parsed, "weekday")) + len(_part(parsed, "nweekday"))
    if weekdays:
        days = min(days, {Frequency.YEARLY: 53, Frequency.MONTHLY: 5}.get(frequency, 1) * weekdays)
    month_days = len(_part(parsed, "monthday")) + len(_part(parsed, "nmonthday"))
    if month_days and frequency in (Frequency.YEARLY, Frequency.MONTHLY):
        days = min(days, (12 if frequency is Frequency.YEARLY else 1) * month_days)
    for name, width in (("yearday", 1), ("month", 31), ("weekno", 7)):
        if _part(parsed, name) and (width == 1 or frequency is Frequency.YEARLY):
            days = min(days, width * len(_part(parsed, name)))
    return days


def _parts(rule: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for item in rule.strip().split(";"):
        key, _, value = item.partition("=")
        parts[key.strip().upper()] = value.strip().upper()
    return parts


def _names(text: str) -> frozenset[str]:
    """The names of the rule's parts, each given once and valued as RFC 5545 writes it.

    Names and words are read in any case, as dateutil reads them. ``BYEASTER`` and the
    time parts pass, to be refused by name.
    """
    names: set[str] = set()
    for item in text.split(";"):
        name, _, value = item.partition("=")
        name = name.upper() if name.isascii() else ""  # a long s (U+017F) upper-cases to S
        if name not in _FORMS and name not in _TIME_KEYS and name != "BYEASTER":
            raise ModelError(_NOT_RRULE)
        if name in names:
            raise ModelError(f"{_NOT_RRULE}: {name} is given more than once")
        names.add(name)
        form = _FORMS.get(name)
        if form is None:
            continue
        fits, wanted = form
        value = value.upper() if value.isascii() else ""
        if fits(value) is None or (name == "UNTIL" and not _real_day(value)):
            raise ModelError(f"{_NOT_RRULE}: {name} must be {wanted}")
        if name.startswith("BY") and _ZERO(value):
            raise ModelError(_OUT_OF_RANGE)
    if "FREQ" not in names:
        raise ModelError(f"{_NOT_RRULE}: FREQ is missing")
    return frozenset(names)


def _real_day(until: str) -> bool:
    try:
        dt.date(int(until[:4]), int(until[4:6]), int(until[6:8]))
    except ValueError:
        return False
    return True
