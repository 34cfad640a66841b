"""Days as whole numbers that compare as the days do, for code that compares many dates.

``2024-03-15`` is numbered ``20240315``. A partial date covers a span of such numbers;
building them costs a few additions where ``PartialDate.first_day`` and ``last_day`` build
``date`` objects.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ._dates import PartialDate, Period

__all__ = ["AFTER_ALL", "BEFORE_ALL", "Window", "day_number", "span"]

BEFORE_ALL = 0
"""A number before every day: the start of a period without one."""
AFTER_ALL = 100_000_000
"""A number after every day: the end of a period without one."""


def day_number(day: dt.date) -> int:
    """The number of ``day``: ``date(2024, 3, 15)`` is ``20240315``."""
    return day.year * 10_000 + day.month * 100 + day.day


def span(date: PartialDate) -> tuple[int, int]:
    """The numbers of the first and the last day ``date`` covers.

    The last day of a month or a year is numbered as day 99 (``2024-02`` ends at
    ``20240299``, ``2024`` at ``20241299``): no real day lies between that number and the
    month's true last day, so it compares with the number of every real day as the true last
    day does.

    >>> span(PartialDate.parse("2024-02")), span(PartialDate.parse("2024-02-29"))
    ((20240201, 20240299), (20240229, 20240229))
    """
    year = date.year * 10_000
    month = date.month
    if month is None:
        return year + 101, year + 1299
    day = date.day
    if day is None:
        return year + month * 100 + 1, year + month * 100 + 99
    number = year + month * 100 + day
    return number, number


@attrs.frozen(kw_only=True)
class Window:
    """A period's first and last day, asked many times whether something falls outside it.

    An open end lets everything through on that side: its number is :data:`BEFORE_ALL` or
    :data:`AFTER_ALL`, its day ``date.min`` or ``date.max``.
    """

    first: int
    last: int
    first_day: dt.date
    last_day: dt.date

    @classmethod
    def of(cls, period: Period) -> Window:
        """The window of ``period``."""
        start, end = period.start, period.end
        return cls(
            first=BEFORE_ALL if start is None else span(start)[0],
            last=AFTER_ALL if end is None else span(end)[1],
            first_day=dt.date.min if start is None else start.first_day,
            last_day=dt.date.max if end is None else end.last_day,
        )

    def outside_day(self, day: dt.date) -> bool:
        """Whether ``day`` falls before the first day or after the last."""
        return day < self.first_day or day > self.last_day

    def outside_date(self, date: PartialDate) -> bool:
        """Whether no day of ``date`` falls inside."""
        first, last = span(date)
        return last < self.first or first > self.last

    def outside_period(self, period: Period) -> bool:
        """Whether ``period``'s start lies before the first day, or its end after the last."""
        start, end = period.start, period.end
        return (start is not None and span(start)[1] < self.first) or (
            end is not None and span(end)[0] > self.last
        )
