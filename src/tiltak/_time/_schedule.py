"""Recurrence: when something falls due again, as an RFC 5545 RRULE anchored at a date.

Month-end anchors clamp and never skip: monthly from 31 January falls on 29 February 2024,
31 March and 30 April (a plain RRULE skips the months without a 31st).

>>> monthly = Schedule.monthly(dt.date(2024, 1, 31))
>>> monthly.rule
'FREQ=MONTHLY;BYMONTHDAY=31,-1;BYSETPOS=1'
>>> [d.isoformat() for d in monthly.occurrences(dt.date(2024, 2, 1), dt.date(2024, 4, 30))]
['2024-02-29', '2024-03-31', '2024-04-30']
>>> monthly.describe(locale="en")
'every month'
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from tiltak._checks import is_
from tiltak._errors import ModelError, ModelTypeError, drop_context
from tiltak._i18n import N_, gettext, ngettext
from tiltak._time._reckon import days_of
from tiltak._time._rulecheck import MAX_RULE_LENGTH, known_valid

if TYPE_CHECKING:
    from dateutil.rrule import rrule

__all__ = ["MAX_RULE_LENGTH", "Frequency", "Schedule"]

MAX_OCCURRENCES = 10_000
"""The most occurrences :meth:`Schedule.occurrences` returns (its ``limit`` by default)."""

_CALENDAR_TERTIALS = "FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1"
_UNTIL = re.compile(r"(?i)(UNTIL=)(\d{8})(?:T\d{6}Z?)?")
PLAIN_RULE = re.compile(
    r"FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;INTERVAL=[1-9][0-9]{0,3})?(?:;COUNT=[1-9][0-9]{0,3})?"
)
"""Rules valid from any start, known without dateutil: a frequency, an interval and a count.

dateutil fills a rule's missing day, month or weekday from the start, and the start is a
real date, so such a rule always falls due."""
_DTSTART = re.compile(r"(?i)DTSTART(?:;[^:]*)?:(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?")
_END_KEYS = frozenset({"UNTIL", "COUNT", "WKST"})
_TIME_KEYS = frozenset({"BYHOUR", "BYMINUTE", "BYSECOND"})
_PERIOD_KEYS = _END_KEYS | {"FREQ", "INTERVAL"}
_DAYS = {
    "MO": N_("Monday"),
    "TU": N_("Tuesday"),
    "WE": N_("Wednesday"),
    "TH": N_("Thursday"),
    "FR": N_("Friday"),
    "SA": N_("Saturday"),
    "SU": N_("Sunday"),
}
"""RRULE weekday codes and their names, in the order of the week."""


class Frequency(enum.Enum):
    """How often a schedule's basic period repeats (the RRULE's ``FREQ``)."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"


_FREQUENCIES = (Frequency.YEARLY, Frequency.MONTHLY, Frequency.WEEKLY, Frequency.DAILY)
"""By dateutil's numbering of ``FREQ``: 0 is yearly, 3 daily."""


def _basic(day: dt.date) -> str:
    """The day as RFC 5545 writes it, ``20240131``; ``%Y`` writes the year 500 as ``500``."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


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


_MAX_PART = 2**31 - 1
"""The largest ``INTERVAL`` and ``COUNT``: what iCalendar's readers hold in an integer."""


@lru_cache(maxsize=512)
@drop_context
def _parse(start: dt.date, rule: str) -> _Parsed:
    """The dateutil rule of a schedule, parsed once per ``(start, rule)``."""
    from dateutil.rrule import rrule, rrulestr  # deferred: not needed to import tiltak

    if len(rule) > MAX_RULE_LENGTH:
        raise ModelError(f"Schedule.rule is longer than {MAX_RULE_LENGTH} characters")
    text = rule.strip()
    if not text or text.upper().startswith(("RRULE:", "DTSTART")) or "\n" in text:
        raise ModelError("Schedule.rule must be the value of one RRULE, such as FREQ=MONTHLY")
    # A schedule counts days: an UNTIL given as a UTC date-time ends on its date.
    text = _UNTIL.sub(r"\1\2", text)
    names = _parts(text).keys()
    if not names.isdisjoint(_TIME_KEYS):
        # RFC 5545 forbids them with a date start; dateutil would make up to 86,400
        # occurrences of each day, to be walked through one by one.
        raise ModelError("Schedule.rule must not hold BYHOUR, BYMINUTE or BYSECOND: days only")
    if "BYEASTER" in names:  # dateutil's own, and the one part not repeating every 400 years
        raise ModelError("Schedule.rule is not a valid RFC 5545 RRULE: BYEASTER is not one")
    if "BYWEEKNO" in names and start.year == 1:  # dateutil looks at the year before it
        raise ModelError("Schedule.rule cannot number weeks (BYWEEKNO) from the year 1")
    if {"COUNT", "UNTIL"} <= names:  # dateutil warns, and so took it or not by warning filter
        raise ModelError("Schedule.rule ends by UNTIL or by COUNT, not both (RFC 5545)")
    try:
        parsed = rrulestr(text, dtstart=_midnight(start), cache=False)
    except Exception:  # dateutil raises ValueError, OverflowError, KeyError ... on odd rules
        raise ModelError("Schedule.rule is not a valid RFC 5545 RRULE") from None
    if not isinstance(parsed, rrule):
        raise ModelError("Schedule.rule is not a valid RFC 5545 RRULE")
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
        raise ModelError("Schedule.rule has a BY-part outside the range RFC 5545 allows")
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


def _check_rule(inst: Schedule, _attr: Any, rule: str) -> None:
    # The common rules need no parse by dateutil until their days are asked for.
    if PLAIN_RULE.fullmatch(rule) is None and not known_valid(inst.start, rule):
        _parse(inst.start, rule)


def _parts(rule: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for item in rule.strip().split(";"):
        key, _, value = item.partition("=")
        parts[key.strip().upper()] = value.strip().upper()
    return parts


def _list_days(codes: list[str], locale: str | None) -> str:
    """The named weekdays in the order of the week: "Monday, Wednesday and Friday"."""
    names = [gettext(name, locale=locale) for code, name in _DAYS.items() if code in codes]
    if len(names) == 1:
        return names[0]
    return gettext("{first} and {last}", locale=locale).format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def _check_day(value: object, name: str) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ModelTypeError(f"{name} must be a date, not {type(value).__name__}")
    return value


def _check_interval(interval: object) -> int:
    if not isinstance(interval, int) or isinstance(interval, bool):
        raise ModelTypeError(f"interval must be an int, not {type(interval).__name__}")
    if interval < 1:
        raise ModelError("interval must be at least 1")
    return interval


def _check_count(count: object) -> None:
    if not isinstance(count, int) or isinstance(count, bool):
        raise ModelTypeError(f"count must be an int, not {type(count).__name__}")


def _check_limit(limit: object) -> int:
    if not isinstance(limit, int) or isinstance(limit, bool):
        raise ModelTypeError(f"limit must be an int, not {type(limit).__name__}")
    if not 1 <= limit <= MAX_OCCURRENCES:
        raise ModelError(f"limit must be from 1 to {MAX_OCCURRENCES}")
    return limit


def _end(until: dt.date | None, count: int | None) -> str:
    if until is not None and count is not None:
        raise ModelError("a schedule ends by a date or after a count, not both")
    if until is not None:
        return f";UNTIL={_basic(_check_day(until, 'until'))}"
    if count is not None:
        _check_count(count)
        if count < 1:
            raise ModelError("count must be at least 1")
        return f";COUNT={count}"
    return ""


@attrs.frozen(kw_only=True)
class Schedule:
    """A recurrence anchored at ``start``: the ``rule`` is an RRULE value (``FREQ=MONTHLY``).

    The rule may end with ``UNTIL`` (a date, included) or ``COUNT``. It repeats daily at
    most and names no hour, minute or second: a schedule counts days.
    """

    start: dt.date = attrs.field(validator=is_(dt.date))
    rule: str = attrs.field(validator=[is_(str), _check_rule])

    # -- constructors ---------------------------------------------------------------------

    @classmethod
    def weekly(
        cls,
        start: dt.date,
        *,
        interval: int = 1,
        until: dt.date | None = None,
        count: int | None = None,
    ) -> Schedule:
        """Every week (or every ``interval`` weeks) on the weekday of ``start``."""
        every = _check_interval(interval)
        rule = "FREQ=WEEKLY" + (f";INTERVAL={every}" if every > 1 else "")
        return cls(start=_check_day(start, "start"), rule=rule + _end(until, count))

    @classmethod
    def monthly(
        cls,
        start: dt.date,
        *,
        interval: int = 1,
        until: dt.date | None = None,
        count: int | None = None,
    ) -> Schedule:
        """Every month (or every ``interval`` months) on the day of ``start``, clamped.

        From a day after the 28th the rule falls on the month's last day where the month is
        shorter: from 31 January, on 29 February 2024, 31 March, 30 April.
        """
        start = _check_day(start, "start")
        every = _check_interval(interval)
        rule = "FREQ=MONTHLY" + (f";INTERVAL={every}" if every > 1 else "")
        if start.day > 28:
            rule += f";BYMONTHDAY={start.day},-1;BYSETPOS=1"
        return cls(start=start, rule=rule + _end(until, count))

    @classmethod
    def every_tertial(
        cls, start: dt.date, *, until: dt.date | None = None, count: int | None = None
    ) -> Schedule:
        """Every four months (a tertial) from ``start``, clamped at month ends."""
        return cls.monthly(start, interval=4, until=until, count=count)

    @classmethod
    def twice_a_year(
        cls, start: dt.date, *, until: dt.date | None = None, count: int | None = None
    ) -> Schedule:
        """Every six months from ``start``, clamped at month ends."""
        return cls.monthly(start, interval=6, until=until, count=count)

    @classmethod
    def yearly(
        cls,
        start: dt.date,
        *,
        interval: int = 1,
        until: dt.date | None = None,
        count: int | None = None,
    ) -> Schedule:
        """Every year (or every ``interval`` years) on the date of ``start``.

        From 29 February the rule falls on 28 February in the years without a 29th.
        """
        start = _check_day(start, "start")
        every = _check_interval(interval)
        rule = "FREQ=YEARLY" + (f";INTERVAL={every}" if every > 1 else "")
        if (start.month, start.day) == (2, 29):
            rule += ";BYMONTH=2;BYMONTHDAY=29,-1;BYSETPOS=1"
        return cls(start=start, rule=rule + _end(until, count))

    @classmethod
    def calendar_tertials(
        cls, start: dt.date, *, until: dt.date | None = None, count: int | None = None
    ) -> Schedule:
        """At the end of each calendar tertial: 30 April, 31 August, 31 December."""
        return cls(start=_check_day(start, "start"), rule=_CALENDAR_TERTIALS + _end(until, count))

    @classmethod
    @drop_context
    def from_rrule(cls, text: str, *, start: dt.date | None = None) -> Schedule:
        r"""Read an RRULE: a bare value, ``RRULE:...``, or ``DTSTART:...`` and ``RRULE:...``.

        The anchor comes from ``DTSTART`` (its date; a time of day is dropped) or from
        ``start``; when both are given they must agree.

        >>> Schedule.from_rrule("DTSTART:20240115\nRRULE:FREQ=MONTHLY;INTERVAL=4")
        Schedule(start=datetime.date(2024, 1, 15), rule='FREQ=MONTHLY;INTERVAL=4')
        """
        if not isinstance(text, str):
            raise ModelTypeError(f"an RRULE must be a str, not {type(text).__name__}")
        if start is not None:
            start = _check_day(start, "start")
        anchor: dt.date | None = None
        rules: list[str] = []
        for raw in text.strip().splitlines():
            line = raw.strip()
            upper = line.upper()
            if not line:
                continue
            if upper.startswith("DTSTART"):
                match = _DTSTART.fullmatch(line)
                if match is None or anchor is not None:
                    raise ModelError("the RRULE text has an unreadable DTSTART")
                try:
                    anchor = dt.date(*map(int, match.groups()))
                except ValueError:
                    raise ModelError("the RRULE text has an impossible DTSTART") from None
            elif upper.startswith("RRULE:"):
                rules.append(line[len("RRULE:") :])
            elif "=" in line and ":" not in line:
                rules.append(line)
            else:
                raise ModelError("the RRULE text holds a line other than DTSTART and RRULE")
        if len(rules) != 1:
            raise ModelError("the RRULE text must hold exactly one RRULE")
        if anchor is not None and start is not None and anchor != start:
            raise ModelError("the RRULE's DTSTART and start= disagree")
        anchor = anchor or start
        if anchor is None:
            raise ModelError("an RRULE without DTSTART needs start=")
        return cls(start=anchor, rule=rules[0].strip())

    # -- reading --------------------------------------------------------------------------

    def to_rrule(self) -> str:
        r"""The iCalendar text: ``DTSTART;VALUE=DATE:...`` and ``RRULE:...`` on two lines.

        >>> Schedule.monthly(dt.date(2024, 1, 15)).to_rrule()
        'DTSTART;VALUE=DATE:20240115\nRRULE:FREQ=MONTHLY'
        """
        return f"DTSTART;VALUE=DATE:{_basic(self.start)}\nRRULE:{self.rule.strip()}"

    @property
    def _parsed(self) -> _Parsed:
        return _parse(self.start, self.rule)

    @property
    def _fields(self) -> Mapping[str, str]:
        return _parts(self.rule)

    @property
    def frequency(self) -> Frequency:
        """How often the basic period repeats (``FREQ``)."""
        return self._parsed.frequency

    @property
    def interval(self) -> int:
        """How many basic periods lie between occurrences (``INTERVAL``, 1 by default)."""
        return self._parsed.interval

    @property
    def until(self) -> dt.date | None:
        """The last day the schedule can fall on (``UNTIL``), if it ends by a date."""
        until = self._parsed.until
        return None if until is None else until.date()

    @property
    def count(self) -> int | None:
        """How many times the schedule falls due in all (``COUNT``), if it ends by count."""
        return self._parsed.total

    def iter_occurrences(self, start: dt.date, end: dt.date | None = None) -> Iterator[dt.date]:
        """Lazily, the days the schedule falls due from ``start`` (to ``end``, both included).

        Without ``end`` it runs until the schedule ends: take what you need. Each day costs
        microseconds, and so does each year without one: a page of days from anywhere in the
        calendar takes milliseconds.

        >>> days = Schedule.weekly(dt.date(2024, 1, 1)).iter_occurrences(dt.date(2024, 1, 2))
        >>> next(days)
        datetime.date(2024, 1, 8)
        """
        first = _check_day(start, "start")
        last = None if end is None else _check_day(end, "end")
        return self._iter(first, last)

    def _iter(self, first: dt.date, last: dt.date | None) -> Iterator[dt.date]:
        return days_of(self.start, self.rule).between(first, last)

    def occurrences(
        self, start: dt.date, end: dt.date, *, limit: int = MAX_OCCURRENCES
    ) -> tuple[dt.date, ...]:
        """The days the schedule falls due from ``start`` to ``end``, both included.

        At most ``limit`` of them (1 to :data:`MAX_OCCURRENCES`, 10 000); a range that holds
        more raises :class:`ModelError`. Page through a longer one with
        :meth:`iter_occurrences`. Milliseconds, whatever the range and rule.

        >>> Schedule.calendar_tertials(dt.date(2024, 1, 1)).occurrences(
        ...     dt.date(2024, 1, 1), dt.date(2024, 12, 31)
        ... )
        (datetime.date(2024, 4, 30), datetime.date(2024, 8, 31), datetime.date(2024, 12, 31))
        """
        first, last = _check_day(start, "start"), _check_day(end, "end")
        limit = _check_limit(limit)
        if last < first:
            return ()
        days = tuple(itertools.islice(self._iter(first, last), limit + 1))
        if len(days) > limit:
            raise ModelError(
                f"the range holds more than {limit} occurrences: ask for a shorter one"
            )
        return days

    def is_due(self, day: dt.date) -> bool:
        """Whether the schedule falls due on ``day``.

        >>> Schedule.monthly(dt.date(2024, 1, 31)).is_due(dt.date(2024, 2, 29))
        True
        """
        checked = _check_day(day, "day")
        return days_of(self.start, self.rule).count(checked, checked) == 1

    def next_due(self, after: dt.date) -> dt.date | None:
        """The first day on or after ``after`` that the schedule falls due.

        ``None`` when the schedule does not fall due on or after ``after`` (to the end of
        the calendar). A thing due today is due next today.

        >>> Schedule.monthly(dt.date(2024, 1, 31)).next_due(dt.date(2024, 2, 1))
        datetime.date(2024, 2, 29)
        """
        return days_of(self.start, self.rule).next(_check_day(after, "after"))

    def last_due(self, before: dt.date) -> dt.date | None:
        """The last day on or before ``before`` that the schedule fell due.

        ``None`` when it had not yet fallen due. Milliseconds, whatever the rule, the start
        and the day asked about.

        >>> Schedule.monthly(dt.date(2024, 1, 31)).last_due(dt.date(2024, 3, 30))
        datetime.date(2024, 2, 29)
        """
        return days_of(self.start, self.rule).last(_check_day(before, "before"))

    def count_due(self, start: dt.date, end: dt.date) -> int:
        """How many times the schedule falls due from ``start`` to ``end``, both included.

        Milliseconds over any range: whole spans of the rule are counted by multiplication.

        >>> weekly = Schedule.weekly(dt.date(2024, 1, 1))
        >>> weekly.count_due(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
        53
        """
        first, last = _check_day(start, "start"), _check_day(end, "end")
        return days_of(self.start, self.rule).count(first, last)

    # -- describing -----------------------------------------------------------------------

    def _is_plain(self, fields: Mapping[str, str]) -> bool:
        """Whether the rule only repeats the start date (with month-end clamping)."""
        extra = {key: value for key, value in fields.items() if key not in _END_KEYS}
        extra.pop("FREQ", None)
        extra.pop("INTERVAL", None)
        if not extra:
            return True
        clamp = {"BYMONTHDAY": f"{self.start.day},-1", "BYSETPOS": "1"}
        if fields.get("FREQ") == "YEARLY":
            clamp["BYMONTH"] = str(self.start.month)
        return extra == clamp

    def _describe_period(self, locale: str | None) -> str:
        fields = self._fields
        frequency, n = self.frequency, self.interval
        if frequency is Frequency.YEARLY and {
            key: value for key, value in fields.items() if key not in _END_KEYS
        } == _parts(_CALENDAR_TERTIALS):
            return gettext(
                "at the end of each tertial (30 April, 31 August, 31 December)", locale=locale
            )
        if frequency is Frequency.MONTHLY and n == 4:
            text = gettext("every tertial", locale=locale)
        elif frequency is Frequency.MONTHLY and n == 6:
            text = gettext("twice a year", locale=locale)
        elif frequency is Frequency.MONTHLY and n % 12 == 0:
            years = n // 12
            text = ngettext("every year", "every {n} years", years, locale=locale).format(n=years)
        elif frequency is Frequency.DAILY:
            text = ngettext("every day", "every {n} days", n, locale=locale).format(n=n)
        elif frequency is Frequency.WEEKLY:
            text = ngettext("every week", "every {n} weeks", n, locale=locale).format(n=n)
        elif frequency is Frequency.MONTHLY:
            text = ngettext("every month", "every {n} months", n, locale=locale).format(n=n)
        else:
            text = ngettext("every year", "every {n} years", n, locale=locale).format(n=n)
        if self._is_plain(fields):
            return text
        extra = {key: value for key, value in fields.items() if key not in _PERIOD_KEYS}
        days = extra.get("BYDAY", "").split(",")
        if frequency is Frequency.WEEKLY and set(extra) == {"BYDAY"} and set(days) <= set(_DAYS):
            named = _list_days(days, locale)
            if n == 1:
                return gettext("every {days}", locale=locale).format(days=named)
            if n == 2:
                return gettext("every other {days}", locale=locale).format(days=named)
            on_days = gettext("{schedule} on {days}", locale=locale)
            return on_days.format(schedule=text, days=named)
        if frequency is Frequency.MONTHLY and extra == {"BYMONTHDAY": "-1"}:
            return gettext("{schedule}, on the last day of the month", locale=locale).format(
                schedule=text
            )
        return gettext("{schedule}, on set days", locale=locale).format(schedule=text)

    def describe(self, *, locale: str | None = None, since: bool = False) -> str:
        """How often the schedule falls due, in words, in ``locale``; ``since`` adds from when.

        >>> Schedule.every_tertial(dt.date(2024, 1, 1)).describe(locale="en")
        'every tertial'
        >>> Schedule.weekly(dt.date(2024, 1, 1), interval=2, count=5).describe(locale="en")
        'every 2 weeks, 5 times'
        >>> weekend = "FREQ=WEEKLY;BYDAY=FR,SA;UNTIL=20241231"
        >>> Schedule(start=dt.date(2024, 3, 1), rule=weekend).describe(locale="nb", since=True)
        'hver fredag og lørdag fra 1. mars til og med 31. desember 2024'
        """
        from tiltak._formatting import babel_locale, format_date  # deferred: Babel

        text = self._describe_period(locale)
        count, until = self.count, self.until
        if since:
            start = self.start
            if until is not None and until.year == start.year:
                from babel import dates

                from tiltak._locale import resolve_locale

                where = babel_locale(resolve_locale(locale))
                shown = dates.format_skeleton("MMMMd", start, locale=where)
            else:
                shown = format_date(start, format="long", locale=locale)
            text = gettext("{schedule} from {start}", locale=locale).format(
                schedule=text, start=shown
            )
        if until is not None:
            return gettext("{schedule} until {date}", locale=locale).format(
                schedule=text, date=format_date(until, format="long", locale=locale)
            )
        if count is not None:
            return ngettext(
                "{schedule}, once", "{schedule}, {count} times", count, locale=locale
            ).format(schedule=text, count=count)
        return text
