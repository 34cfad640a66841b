"""The days a rule picks in a year, as dateutil picks them, without walking period by period.

dateutil judges the days of each period (a year, month, week or day) by masks built for the
year the period begins in: month, day of the month, weekday, day of the year, week number,
n-th weekday; then it picks the ``BYSETPOS`` positions among the days that pass. The masks
depend only on the kind of year: the weekday of 1 January, its length, and (for week numbers,
and a weekly period running into January) the lengths of the years either side. So what a
rule picks is worked out once per rule and kind of year, with set operations on day offsets
(0 is 1 January; a weekly period may run on to offset ``length + 6``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Sequence

    from dateutil.rrule import rrule

__all__ = [
    "DAILY",
    "MONTHLY",
    "WEEKLY",
    "YEARLY",
    "Kind",
    "Parts",
    "cut_week",
    "kind_of",
    "periods",
]

YEARLY, MONTHLY, WEEKLY, DAILY = 0, 1, 2, 3
"""dateutil's numbering of ``FREQ``."""

_STARTS = {
    365: (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365),
    366: (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366),
}
"""The offset of the first day of each month, and the year's length, by length."""


class Parts(NamedTuple):
    """The parts of a rule dateutil judges days by, after filling them in from the start."""

    frequency: int
    interval: int
    wkst: int
    months: tuple[int, ...]
    month_days: tuple[int, ...]
    last_month_days: tuple[int, ...]
    """Negative days of the month: -1 is the last."""
    year_days: tuple[int, ...]
    weeks: tuple[int, ...]
    weekdays: tuple[int, ...]
    nth_weekdays: tuple[tuple[int, int], ...]
    """``(weekday, n)``; dateutil keeps them for yearly and monthly rules only."""
    positions: tuple[int, ...]

    @classmethod
    def of(cls, rule: rrule) -> Parts:
        """The parts of a dateutil rule (dateutil keeps them in private attributes)."""

        def part(name: str) -> tuple[Any, ...]:  # a part given twice picks the same days
            return tuple(sorted(set(getattr(rule, f"_by{name}") or ())))

        return cls(
            frequency=getattr(rule, "_freq"),  # noqa: B009
            interval=getattr(rule, "_interval"),  # noqa: B009
            wkst=getattr(rule, "_wkst"),  # noqa: B009
            months=part("month"),
            month_days=part("monthday"),
            last_month_days=part("nmonthday"),
            year_days=part("yearday"),
            weeks=part("weekno"),
            weekdays=part("weekday"),
            nth_weekdays=part("nweekday"),
            positions=part("setpos"),
        )


class Kind(NamedTuple):
    """What a year's masks depend on."""

    weekday: int
    """The weekday of 1 January, 0 for Monday."""
    length: int
    previous: int
    """The length of the year before."""
    following: int
    """The length of the year after."""


def _length(year: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 366 if leap else 365


def kind_of(year: int) -> Kind:
    """The kind of ``year`` (any year: the calendar repeats every 400 years)."""
    weekday = dt.date(2000 + year % 400, 1, 1).weekday()
    return Kind(weekday, _length(year), _length(year - 1), _length(year + 1))


def _relevant(parts: Parts, kind: Kind) -> Kind:
    """``kind`` with what the rule does not look at made the same, to share the work."""
    previous = kind.previous if parts.weeks else 365
    weekly = parts.frequency == WEEKLY
    following = kind.following if weekly and parts.year_days else 365
    return Kind(kind.weekday, kind.length, previous, following)


def _passing(parts: Parts, kind: Kind) -> tuple[int, ...]:
    """The offsets of the days of a year of ``kind`` (and 7 more) that pass every BY-part.

    Ascending.
    """
    weekday, length, _, following = kind
    size = length + 7
    starts = _STARTS[length]
    masks: list[set[int]] = []
    if parts.months:
        keep = {day for month in parts.months for day in range(starts[month - 1], starts[month])}
        if 1 in parts.months:  # the 7 days after the year are in January
            keep.update(range(length, size))
        masks.append(keep)
    if parts.weeks:
        masks.append(_week_numbers(parts, kind))
    if parts.weekdays:
        keep = set()
        for wday in parts.weekdays:
            keep.update(range((wday - weekday) % 7, size, 7))
        masks.append(keep)
    if parts.nth_weekdays and parts.frequency in (YEARLY, MONTHLY):
        masks.append(_nth_weekdays(parts, kind))
    if parts.month_days or parts.last_month_days:
        keep = {
            first + d - 1
            for first, end in itertools.pairwise(starts)
            for d in parts.month_days
            if d <= end - first
        }
        keep.update(
            end + d
            for first, end in itertools.pairwise(starts)
            for d in parts.last_month_days
            if -d <= end - first
        )
        # The 7 days after the year are 1 to 7 January (-31 to -25).
        keep.update(length + d - 1 for d in parts.month_days if d <= 7)
        keep.update(length + 31 + d for d in parts.last_month_days if d <= -25)
        masks.append(keep)
    if parts.year_days:
        keep = set()
        for d in parts.year_days:
            if d > 0:
                if d <= length:
                    keep.add(d - 1)
                if d <= 7:  # the day after the year is its day 1
                    keep.add(length + d - 1)
            else:
                keep.update(i for i in (length + d,) if i >= 0)
                if 0 <= following + d < 7:
                    keep.add(length + following + d)
        masks.append(keep)
    if not masks:
        return tuple(range(size))
    # The smallest mask first: intersecting costs what the left side holds.
    masks.sort(key=len)
    days = tuple(sorted(masks[0].intersection(*masks[1:])))
    return days[bisect.bisect_left(days, 0) : bisect.bisect_left(days, size)]


def _week_numbers(parts: Parts, kind: Kind) -> set[int]:
    """The days dateutil's week-number mask holds: its ``rebuild``, step by step."""
    weekday, length, previous, _ = kind
    wkst = parts.wkst
    mask = [False] * (length + 7)

    def week_from(i: int) -> None:
        for _ in range(7):
            mask[i] = True
            i += 1
            if (weekday + i) % 7 == wkst:
                break

    no1wkst = firstwkst = (7 - weekday + wkst) % 7
    if no1wkst >= 4:
        no1wkst = 0
        wyearlen = length + (weekday - wkst) % 7
    else:
        wyearlen = length - no1wkst
    div, mod = divmod(wyearlen, 7)
    numweeks = div + mod // 4
    for week in parts.weeks:
        n = week + numweeks + 1 if week < 0 else week
        if not 0 < n <= numweeks:
            continue
        i = no1wkst + (n - 1) * 7 if n > 1 else no1wkst
        if n > 1 and no1wkst != firstwkst:
            i -= 7 - firstwkst
        week_from(i)
    if 1 in parts.weeks:
        i = no1wkst + numweeks * 7
        if no1wkst != firstwkst:
            i -= 7 - firstwkst
        if i < length:
            week_from(i)
    if no1wkst:
        if -1 not in parts.weeks:
            lweekday = (weekday - previous) % 7
            lno1wkst = (7 - lweekday + wkst) % 7
            if lno1wkst >= 4:
                lnumweeks = 52 + (previous + (lweekday - wkst) % 7) % 7 // 4
            else:
                lnumweeks = 52 + (length - no1wkst) % 7 // 4
        else:
            lnumweeks = -1
        if lnumweeks in parts.weeks:
            mask[:no1wkst] = [True] * no1wkst
    return {i for i, on in enumerate(mask) if on}


def _nth_weekdays(parts: Parts, kind: Kind) -> set[int]:
    """The days dateutil's n-th weekday mask holds, for every month a monthly rule meets."""
    weekday, length, _, _ = kind
    starts = _STARTS[length]
    if parts.frequency == YEARLY:
        months = parts.months
        ranges = [(starts[m - 1], starts[m]) for m in months] if months else [(0, length)]
    else:
        ranges = [(starts[m], starts[m + 1]) for m in range(12)]
    keep: set[int] = set()
    for first, end in ranges:
        last = end - 1
        for wday, n in parts.nth_weekdays:
            if n < 0:
                i = last + (n + 1) * 7
                i -= ((weekday + i) % 7 - wday) % 7
            else:
                i = first + (n - 1) * 7
                i += (7 - (weekday + i) % 7 + wday) % 7
            if first <= i <= last:
                keep.add(i)
    return keep


def _pick(days: tuple[int, ...], positions: tuple[int, ...]) -> tuple[int, ...]:
    """The days at ``positions`` (from 1, or from -1 at the end) among ``days``."""
    if not positions:
        return days
    chosen = {days[p if p < 0 else p - 1] for p in positions if -len(days) <= p <= len(days)}
    return tuple(sorted(chosen))


@lru_cache(maxsize=4096)
def _periods(parts: Parts, kind: Kind) -> tuple[tuple[int, tuple[int, ...]], ...]:
    passing = _passing(parts, kind)
    length = kind.length
    frequency, positions = parts.frequency, parts.positions
    if frequency == DAILY:
        if positions and 1 not in positions and -1 not in positions:
            return ()
        return tuple((i, (i,)) for i in passing if i < length)
    # The first day of each period beginning in the year, and the day after the last one.
    if frequency == YEARLY:
        bounds: Sequence[int] = (0, length)
    elif frequency == MONTHLY:
        bounds = _STARTS[length]
    else:  # weekly: the weeks that begin in the year, the last one running into the next
        # (the range ends at the first week's start past the year: each pair begins in it)
        bounds = range((parts.wkst - kind.weekday) % 7, length + 7, 7)
    out = []
    find = bisect.bisect_left
    lo = find(passing, bounds[0])
    for start, end in itertools.pairwise(bounds):
        hi = find(passing, end, lo)
        if hi > lo:
            days = _pick(passing[lo:hi], positions)
            if days:
                out.append((start, days))
            lo = hi
    return tuple(out)


def periods(parts: Parts, kind: Kind) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """Each period beginning in a year of ``kind`` that picks days: its first day and the days.

    Offsets from 1 January, ascending. ``INTERVAL`` aside: every period is listed.
    """
    return _periods(parts, _relevant(parts, kind))


def cut_week(parts: Parts, kind: Kind, first: int) -> tuple[int, ...]:
    """The days a weekly rule picks in the week it starts in, from offset ``first`` on.

    dateutil's first week runs from the start (not the week's first day) to the week's end,
    judged by the masks of the start's year, and ``BYSETPOS`` counts among its days only.
    """
    passing = _passing(parts, _relevant(parts, kind))
    end = first + ((parts.wkst - (kind.weekday + first)) % 7 or 7)
    lo = bisect.bisect_left(passing, first)
    return _pick(passing[lo : bisect.bisect_left(passing, end, lo)], parts.positions)
