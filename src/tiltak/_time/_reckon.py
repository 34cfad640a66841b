"""A schedule's days found and counted across the whole calendar, in bounded time.

The days a rule picks in a year depend only on the kind of year (:mod:`._yeardays`), and a
rule of ``INTERVAL=n`` comes to the periods (years, months, weeks, days) of one class modulo
``n``. So the days are read year by year: each year is one look-up of the days its periods
of that class pick, and a year with no period of the class is stepped over by arithmetic.
No question walks more than the 8,000 years of the calendar; a count over more than one
span of the rule (``400 * n / gcd(n, periods in 400 years)`` years, after which the days
repeat, moved on) counts whole spans by multiplication.

dateutil's first weekly period is the odd one: it runs from the start to the week's end, and
``BYSETPOS`` counts among those days only. It is worked out on its own (the *head*); every
later period is a whole one.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Iterator
from functools import lru_cache

from ._rrule import _parse
from ._rulecheck import Rule, filled_rule
from ._yeardays import DAILY, MONTHLY, WEEKLY, YEARLY, Kind, Parts, cut_week, kind_of, periods

__all__ = ["Days", "days_of"]

_CYCLE = {YEARLY: 400, MONTHLY: 4_800, WEEKLY: 20_871, DAILY: 146_097}
"""How many periods of each frequency 400 years hold: the calendar then repeats."""
_CYCLE_DAYS = 146_097
_LAST = dt.date.max.toordinal()
_SPAN_LIMIT = 10_400
"""Spans longer than this many years are never whole within the calendar: not counted so."""
_MONTH_STARTS = {
    365: (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334),
    366: (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335),
}
_KINDS = tuple(kind_of(year) for year in range(400))
"""The kind of each year, by its place in the 400-year cycle."""
_DISTINCT_KINDS = frozenset(_KINDS)
_PER_SPAN: dict[tuple[Parts, int], int] = {}
"""How many days a rule picks in one span, by rule and class of start."""


def _jan1(year: int) -> int:
    """The ordinal of 1 January of ``year`` (any year from 1; 10000 is one past the end)."""
    y = year - 1
    return 365 * y + y // 4 - y // 100 + y // 400 + 1


def _year(ordinal: int) -> int:
    return dt.date.fromordinal(ordinal).year


def _grouped(parts: Parts, kind: Kind) -> dict[int, tuple[int, ...]]:
    """The days a year of ``kind`` picks, by the class (modulo ``INTERVAL``) of their period.

    The key is what :meth:`Days._visited` computes for a year: the month's number, or the
    offset of the period's first day, modulo the interval (a week's: modulo 7 times it).
    """
    n, frequency = parts.interval, parts.frequency
    found: dict[int, list[int]] = {}
    for first, days in periods(parts, kind):
        if frequency == YEARLY:
            key = 0
        elif frequency == MONTHLY:
            key = _MONTH_STARTS[kind.length].index(first) % n
        elif frequency == WEEKLY:
            key = first % (7 * n)
        else:
            key = first % n
        found.setdefault(key, []).extend(days)
    return {key: tuple(days) for key, days in found.items()}


class Days:
    """The days a schedule falls due, as day ordinals: found, counted, stepped through."""

    def __init__(
        self, start: dt.date, parts: Parts, until: dt.date | None, count: int | None
    ) -> None:
        self.parts = parts
        frequency, n = parts.frequency, parts.interval
        self.start = start.toordinal()
        # A kind of year's table is made when a question first reaches such a year: an
        # as-of question looks at a year or two, not at every kind of year in the cycle.
        self._tables: dict[Kind, dict[int, tuple[int, ...]]] = {}
        self._none: bool | None = None
        # The number of the start's period, and the first day of the period after it.
        if frequency == YEARLY:
            self._origin = start.year
            self._lower = _jan1(start.year + 1)
        elif frequency == MONTHLY:
            self._origin = 12 * start.year + start.month - 1
            year, month = divmod(self._origin + 1, 12)
            self._lower = _jan1(year) + _MONTH_STARTS[kind_of(year).length][month]
        elif frequency == WEEKLY:
            self._origin = self.start - (start.weekday() - parts.wkst) % 7
            self._lower = self._origin + 7
        else:
            self._origin = self.start
            self._lower = self.start + 1
        if frequency == WEEKLY:
            base = _jan1(start.year)
            picked = cut_week(parts, kind_of(start.year), self.start - base)
            self._head = tuple(base + day for day in picked if base + day <= _LAST)
        else:  # the start's period is a whole one: its days from the start on
            self._head = tuple(self._table(self.start, self._lower - 1))
        number = self._origin // 7 if frequency == WEEKLY else self._origin
        step = math.gcd(n, _CYCLE[frequency])
        self._class = (parts, number % step)
        span = 400 * n // step
        self._span = span // 400 * _CYCLE_DAYS if span <= _SPAN_LIMIT else 0
        self.end = _LAST if until is None else min(_LAST, until.toordinal())
        if count is not None:
            nth = self._nth(count)
            if nth is not None:
                self.end = min(self.end, nth)
        self.first = self._first()

    # -- the periods of the start's class ------------------------------------------------

    def _visited(self, year: int) -> tuple[int, ...]:
        """The days (from 1 January) the periods of the class beginning in ``year`` pick."""
        frequency, n, origin = self.parts.frequency, self.parts.interval, self._origin
        if frequency == YEARLY:
            key = 0 if (year - origin) % n == 0 else -1
        elif frequency == MONTHLY:
            key = (origin - 12 * year) % n
        elif frequency == WEEKLY:
            key = (origin - _jan1(year)) % (7 * n)
        else:
            key = (origin - _jan1(year)) % n
        return self._table_of(_KINDS[year % 400]).get(key, ())

    def _table_of(self, kind: Kind) -> dict[int, tuple[int, ...]]:
        table = self._tables.get(kind)
        if table is None:
            table = self._tables[kind] = _grouped(self.parts, kind)
        return table

    def _never(self) -> bool:
        """Whether no year of any kind picks a day: the rule never falls due after its head."""
        if self._none is None:
            self._none = not any(self._table_of(kind) for kind in _DISTINCT_KINDS)
        return self._none

    def _next_year(self, year: int) -> int | None:
        """The first year from ``year`` on in which a period of the class begins."""
        frequency, n, origin = self.parts.frequency, self.parts.interval, self._origin
        if frequency == YEARLY:
            found = year + (origin - year) % n
            return found if found <= dt.MAXYEAR else None
        if frequency == MONTHLY:
            found = (12 * year + (origin - 12 * year) % n) // 12
            return found if found <= dt.MAXYEAR else None
        days = 7 * n if frequency == WEEKLY else n
        first = _jan1(year)
        ordinal = first + (origin - first) % days
        return _year(ordinal) if ordinal <= _LAST else None

    def _previous_year(self, year: int) -> int | None:
        """The last year up to ``year`` in which a period of the class begins."""
        frequency, n, origin = self.parts.frequency, self.parts.interval, self._origin
        if frequency == YEARLY:
            found = year - (year - origin) % n
        elif frequency == MONTHLY:
            last = 12 * year + 11
            found = (last - (last - origin) % n) // 12
        else:
            days = 7 * n if frequency == WEEKLY else n
            last = _jan1(year + 1) - 1
            ordinal = last - (last - origin) % days
            found = _year(ordinal) if ordinal >= 1 else 0
        return found if found >= 1 else None

    def _first_year(self, ordinal: int) -> int:
        """The first year whose periods can pick the day ``ordinal``."""
        year = _year(ordinal)
        return year - 1 if self.parts.frequency == WEEKLY and year > 1 else year

    # -- the days after the start's period ------------------------------------------------

    def _table(self, lo: int, hi: int) -> Iterator[int]:
        """The days from ``lo`` to ``hi`` the periods of the class pick, ascending."""
        hi = min(hi, _LAST)
        if lo > hi or self._none:
            return
        year: int | None = self._first_year(lo)
        while year is not None and (year := self._next_year(year)) is not None:
            base = _jan1(year)
            if base > hi:
                return
            days = self._visited(year)
            if not days and self._never():
                return
            for day in days[bisect.bisect_left(days, lo - base) :]:
                if base + day > hi:
                    return
                yield base + day
            year += 1

    def _table_back(self, lo: int, hi: int) -> Iterator[int]:
        """The days from ``hi`` back to ``lo`` of the periods after the start's."""
        lo, hi = max(lo, self._lower), min(hi, _LAST)
        if lo > hi or self._none:
            return
        year: int | None = _year(hi)
        while year is not None and (year := self._previous_year(year)) is not None:
            base = _jan1(year)
            if base + 372 < lo:
                return
            days = self._visited(year)
            if not days and self._never():
                return
            for day in reversed(days[: bisect.bisect_right(days, hi - base)]):
                if base + day < lo:
                    return
                yield base + day
            year -= 1

    def _scan(self, lo: int, hi: int) -> int:
        """How many days from ``lo`` to ``hi`` the periods after the start's pick, year by year."""
        total = 0
        year: int | None = self._first_year(lo)
        while year is not None and (year := self._next_year(year)) is not None:
            base = _jan1(year)
            if base > hi:
                break
            days = self._visited(year)
            if not days and self._never():
                break
            if days:
                if base + days[0] >= lo and base + days[-1] <= hi:
                    total += len(days)
                else:
                    right = bisect.bisect_right(days, hi - base)
                    total += right - bisect.bisect_left(days, lo - base)
            year += 1
        return total

    def _per_span(self, lo: int) -> int:
        """How many days one span picks, counted from ``lo`` (every span picks as many)."""
        found = _PER_SPAN.get(self._class)
        if found is None:
            found = self._scan(lo, lo + self._span - 1)
            if len(_PER_SPAN) >= 1024:
                _PER_SPAN.clear()
            _PER_SPAN[self._class] = found
        return found

    def _count_table(self, lo: int, hi: int) -> int:
        lo, hi = max(lo, self._lower), min(hi, _LAST)
        if lo > hi or self._none:
            return 0
        total = 0
        if self._span and hi - lo + 1 >= self._span:
            spans = (hi - lo + 1) // self._span
            total = spans * self._per_span(lo)
            lo += spans * self._span
        return total + self._scan(lo, hi)

    def _never_after_head(self) -> bool:
        """Whether no period after the start's picks a day (known without a long search)."""
        if self._never():
            return True
        fits = self._span and self._lower + self._span - 1 <= _LAST
        return bool(fits) and self._per_span(self._lower) == 0

    def _nth(self, n: int) -> int | None:
        """The ``n``-th day (from 1) the rule picks from its start, ``COUNT`` aside."""
        if n <= len(self._head):
            return self._head[n - 1]
        n -= len(self._head)
        if self._lower > _LAST or self._never_after_head():
            return None
        lo = self._lower
        if self._span and lo + self._span - 1 <= _LAST:
            per_span = self._per_span(lo)
            spans = (n - 1) // per_span
            lo += spans * self._span
            n -= spans * per_span
            if lo > _LAST:
                return None
        year: int | None = self._first_year(lo)
        while year is not None and (year := self._next_year(year)) is not None:
            base = _jan1(year)
            days = self._visited(year)
            left = bisect.bisect_left(days, lo - base)
            if n <= len(days) - left:
                found = base + days[left + n - 1]
                return found if found <= _LAST else None
            n -= len(days) - left
            year += 1
        return None

    def _first(self) -> int | None:
        if self._head:
            return self._head[0]
        if self._never_after_head():
            return None
        return next(self._table(self._lower, self.end), None)

    # -- questions, in days ---------------------------------------------------------------

    def between(self, first: dt.date, last: dt.date | None) -> Iterator[dt.date]:
        """The days from ``first`` to ``last`` (or the end), ascending."""
        lo = max(first.toordinal(), self.start)
        hi = self.end if last is None else min(last.toordinal(), self.end)
        if self.first is None or lo > hi:
            return
        for day in self._head:
            if lo <= day <= hi:
                yield dt.date.fromordinal(day)
        for day in self._table(max(lo, self._lower), hi):
            yield dt.date.fromordinal(day)

    def next(self, after: dt.date) -> dt.date | None:
        """The first day on or after ``after``."""
        if self.first is not None and after.toordinal() <= self.first:
            return dt.date.fromordinal(self.first) if self.first <= self.end else None
        return next(self.between(after, None), None)

    def last(self, before: dt.date) -> dt.date | None:
        """The last day on or before ``before``."""
        hi = min(before.toordinal(), self.end)
        if self.first is None or hi < self.first:
            return None
        found = next(self._table_back(self.start, hi), None)
        if found is None:
            found = next((day for day in reversed(self._head) if day <= hi), None)
        return None if found is None else dt.date.fromordinal(found)

    def count(self, first: dt.date, last: dt.date) -> int:
        """How many days from ``first`` to ``last``, both included."""
        lo = max(first.toordinal(), self.start)
        hi = min(last.toordinal(), self.end)
        if self.first is None or lo > hi:
            return 0
        head = sum(1 for day in self._head if lo <= day <= hi)
        return head + self._count_table(lo, hi)


@lru_cache(maxsize=512)
def days_of(start: dt.date, rule: str) -> Days:
    """The days of the schedule ``(start, rule)``, worked out once per start and rule.

    A rule written in the plain form :mod:`._rulecheck` reads is read there, without
    dateutil; dateutil reads any other.
    """
    own = filled_rule(start, rule)
    if own is not None:
        return Days(start, _parts(own), own.until, own.total)
    parsed = _parse(start, rule)
    until = None if parsed.until is None else parsed.until.date()
    return Days(start, Parts.of(parsed.rule), until, parsed.total)


def _parts(rule: Rule) -> Parts:
    """The parts of a rule read without dateutil, as :meth:`Parts.of` gives dateutil's."""
    return Parts(
        frequency=rule.frequency,
        interval=rule.interval,
        wkst=0 if rule.wkst is None else rule.wkst,  # RFC 5545: weeks begin on Monday
        months=tuple(sorted(rule.months)),
        month_days=tuple(sorted(d for d in rule.month_days if d > 0)),
        last_month_days=tuple(sorted(d for d in rule.month_days if d < 0)),
        year_days=tuple(sorted(rule.year_days)),
        weeks=tuple(sorted(rule.weeks)),
        weekdays=tuple(sorted(rule.weekdays)),
        nth_weekdays=tuple(sorted(rule.nth_weekdays)),
        positions=tuple(sorted(rule.positions)),
    )
