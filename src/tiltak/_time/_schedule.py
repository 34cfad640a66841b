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
import itertools
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from tiltak._checks import is_
from tiltak._errors import ModelError, ModelTypeError, drop_context
from tiltak._i18n import N_, gettext, ngettext
from tiltak._time._reckon import days_of
from tiltak._time._rulecheck import known_valid

from ._formatting import format_date, format_skeleton
from ._rrule import (
    MAX_RULE_LENGTH,
    PLAIN_RULE,
    Frequency,
    _parse,
    _Parsed,
    _parts,
)

if TYPE_CHECKING:
    pass

__all__ = ["MAX_RULE_LENGTH", "Frequency", "Schedule"]

MAX_OCCURRENCES = 10_000
"""The most occurrences :meth:`Schedule.occurrences` returns (its ``limit`` by default)."""

_CALENDAR_TERTIALS = "FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1"

_DTSTART = re.compile(r"(?i)DTSTART(?:;[^:]*)?:(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?")

_END_KEYS = frozenset({"UNTIL", "COUNT", "WKST"})

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


def _basic(day: dt.date) -> str:
    """The day as RFC 5545 writes it, ``20240131``; ``%Y`` writes the year 500 as ``500``."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _check_rule(inst: Schedule, _attr: Any, rule: str) -> None:
    # The common rules need no parse by dateutil until their days are asked for.
    if PLAIN_RULE.fullmatch(rule) is None and not known_valid(inst.start, rule):
        _parse(inst.start, rule)


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


@attrs.frozen(kw_only=True, weakref_slot=False)
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
        """Every four months from ``start``, on its day (as :meth:`monthly` clamps it).

        From 30 April: 30 August, 30 December. For the ends of the calendar's tertials (30
        April, 31 August, 31 December), as municipal reporting falls due, see
        :meth:`calendar_tertials`.
        """
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

        At most ``limit`` of them (1 to 10 000, the default); a range that holds more raises
        :class:`~tiltak.errors.ModelError`. Page through a longer one with
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
        text = self._describe_period(locale)
        count, until = self.count, self.until
        if since:
            start = self.start
            if until is not None and until.year == start.year:
                shown = format_skeleton("MMMMd", start, locale=locale)
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
