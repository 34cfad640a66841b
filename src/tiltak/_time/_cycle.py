"""The 400-year cycle: the Gregorian calendar repeats, so a rule's days repeat too.

A rule comes to the same places in the cycle from every start of one class (its period
modulo a step), so what is known of one start holds for the others, moved: whether the
rule ever falls due, how often it does in a span, and where dateutil may start walking
instead of the rule's own start centuries ago.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from ._rrule import PLAIN_RULE, Frequency, _midnight, _moments, _parse, _Parsed, _part, _wkst

if TYPE_CHECKING:
    from dateutil.rrule import rrule


_CYCLE = {"YEARLY": 400, "MONTHLY": 4_800, "WEEKLY": 20_871, "DAILY": 146_097}
"""How many periods of each frequency the Gregorian calendar takes to repeat (400 years)."""

_LAST_CYCLE = dt.MAXYEAR - 401
"""The last year from which 400 years and one period more end before dateutil stops."""


@lru_cache(maxsize=512)
def _first_due(start: dt.date, rule: str) -> dt.date | None:
    """The first day a schedule falls due, or ``None`` when it never does."""
    if PLAIN_RULE.fullmatch(rule) is not None:
        return start
    parsed = _parse(start, rule)
    if _never_due_from(parsed, start):
        return None
    first = next(_moments(parsed.rule), None)
    return None if first is None else first.date()


def _never_due_from(parsed: _Parsed, start: dt.date) -> bool:
    """Whether the rule, ``COUNT`` and ``UNTIL`` aside, never falls due from ``start`` on.

    dateutil checks ``UNTIL`` only against days that match, so for a rule that never
    matches it searches to the year 9999: seconds for a daily rule. The calendar repeats
    every 400 years, so a rule of ``INTERVAL=n`` comes, in time, to every period of the
    start's class modulo ``g``, the greatest common divisor of ``n`` and the periods in 400
    years; and the rule with ``INTERVAL=g`` comes to each of them in 400 years (and one
    period more: the first is cut at the start). That rule is asked from the start moved
    on by whole 400-year cycles, as late as leaves 400 years and a period before dateutil
    stops (the year 9598 at the latest), so that its search is short.
    """
    if start.year > _LAST_CYCLE:
        return False  # dateutil's own search ends within 400 years
    step = _step(parsed)
    # Not for weekly rules: dateutil judges the days of a week across New Year by the week
    # numbers of the year it began in.
    if parsed.frequency is Frequency.DAILY and step == 1 and not _part(parsed.rule, "setpos"):
        return _never_on_any_day(parsed.rule)

    def search() -> bool:
        later = start.replace(year=start.year + (_LAST_CYCLE - start.year) // 400 * 400)
        probe = parsed.rule.replace(
            dtstart=_midnight(later), interval=step, count=None, until=None
        )
        return next(_moments(probe), None) is None

    return _by_class(_CLASS_ANSWERS, _class_of(parsed, start), search)


def _step(parsed: _Parsed) -> int:
    """``g``: the greatest common divisor of ``INTERVAL`` and the periods in 400 years."""
    return math.gcd(parsed.interval, _CYCLE[parsed.frequency.name])


def _class_of(parsed: _Parsed, start: dt.date) -> tuple[Any, ...]:
    """What the rule's days depend on, as a key: its parts and the class of ``start``.

    A rule of ``INTERVAL=n`` comes to the periods of one class modulo ``g`` (see
    :func:`_never_due_from`); the first period, cut at the start, comes round again whole.
    So every start whose period is in the same class gives the same days, moved.
    """
    step = _step(parsed)
    wkst = _wkst(parsed.rule)
    phase = _period(start, parsed.frequency, wkst) % step
    return (parsed.frequency, step, phase, wkst, *(_part(parsed.rule, n) for n in _BY_PARTS))


_T = TypeVar("_T")


def _by_class(
    answers: dict[tuple[Any, ...], _T], key: tuple[Any, ...], find: Callable[[], _T]
) -> _T:
    """The answer for a class of starts: remembered, or found once (at most 512 kept)."""
    answer = answers.get(key)
    if answer is None:
        answer = find()
        if len(answers) >= 512:
            answers.clear()
        answers[key] = answer
    return answer


_BY_PARTS = (
    "month",
    "monthday",
    "nmonthday",
    "yearday",
    "weekno",
    "weekday",
    "nweekday",
    "setpos",
)

_CLASS_ANSWERS: dict[tuple[Any, ...], bool] = {}
""":func:`_never_due_from`'s answers by rule and class of start."""

_SPAN_COUNTS: dict[tuple[Any, ...], int] = {}
""":func:`_per_span`'s answers by rule and class of start."""


def _period(day: dt.date, frequency: Frequency, wkst: int) -> int:
    """The number of the day's period (day, week from ``wkst``, month, year) in a count."""
    if frequency is Frequency.DAILY:
        return day.toordinal()
    if frequency is Frequency.WEEKLY:
        return (day.toordinal() - (day.weekday() - wkst) % 7) // 7
    if frequency is Frequency.MONTHLY:
        return day.year * 12 + day.month
    return day.year


def _span_years(parsed: _Parsed) -> int:
    """How many years a rule's days take to repeat: 400 times ``INTERVAL`` over ``g``.

    The rule's periods from ``INTERVAL`` to ``INTERVAL`` come back to the same places in
    the calendar's 400-year cycle after that many years (see :func:`_never_due_from`).
    """
    return 400 * parsed.interval // _step(parsed)


def _years_on(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years)  # whole 400-year cycles: 29 February stays


def _per_span(start: dt.date, rule: str) -> int:
    """How many times the rule falls due in each span of :func:`_span_years` from ``start``.

    ``COUNT`` and ``UNTIL`` aside: every span holds the same days, moved on by whole spans,
    and so does every start of the same class (:func:`_class_of`).
    """
    parsed = _parse(start, rule)

    def count() -> int:
        end = _midnight(_years_on(start, _span_years(parsed)))
        endless = parsed.rule.replace(count=None, until=None)
        return sum(1 for _ in itertools.takewhile(end.__gt__, _moments(endless)))

    return _by_class(_SPAN_COUNTS, _class_of(parsed, start), count)


def _resumed(parsed: _Parsed, start: dt.date, day: dt.date) -> rrule:
    """The dateutil rule, without ``COUNT``, for the days from ``day`` on: started late.

    It starts at the first day of the last period the rule comes to on or before ``day``
    (so INTERVAL keeps its step), with the parts dateutil fills in from the start (month,
    day of the month, weekday) spelled out as first filled. With no count to keep,
    nothing before it matters.
    """
    rule, frequency, every = parsed.rule, parsed.frequency, parsed.interval
    wkst = _wkst(rule)
    first = _period(start, frequency, wkst)
    skip = (_period(day, frequency, wkst) - first) // every * every
    if skip <= 0:
        return rule
    begin = _period_start(first + skip, frequency, wkst)
    from dateutil.rrule import weekdays  # noqa: PLC0415 - keeps import tiltak light

    ordinals = tuple(weekdays[weekday](n) for weekday, n in _part(rule, "nweekday"))
    return rule.replace(
        dtstart=_midnight(begin),
        bymonth=_part(rule, "month") or None,
        bymonthday=_part(rule, "monthday") + _part(rule, "nmonthday") or None,
        byweekday=_part(rule, "weekday") + ordinals or None,
    )


def _period_start(number: int, frequency: Frequency, wkst: int) -> dt.date:
    """The first day of the period numbered so by :func:`_period`."""
    if frequency is Frequency.DAILY:
        return dt.date.fromordinal(number)
    if frequency is Frequency.WEEKLY:  # the first of 1 January 1 (a Monday) is ordinal 1
        return dt.date.fromordinal(number * 7 + (wkst + 1) % 7)
    if frequency is Frequency.MONTHLY:
        return dt.date((number - 1) // 12, (number - 1) % 12 + 1, 1)
    return dt.date(number, 1, 1)


def _restarted(start: dt.date, rule: str, day: dt.date) -> tuple[rrule | None, int]:
    """The dateutil rule for the days from ``day`` on, and how often it fell due before.

    The rule starts whole spans after ``start``, at the last span beginning on or before
    ``day``: dateutil walks from its start period by period, and should not walk the
    centuries since ``start``. ``None`` when the rule ended by ``COUNT`` before that.
    """
    parsed = _parse(start, rule)
    if parsed.until is not None:  # no span may begin after the rule's end
        day = min(day, parsed.until.date())
    years = _span_years(parsed)
    spans = (day.year - start.year) // years if _spans_repeat(parsed, start) else 0
    if spans > 0 and _years_on(start, spans * years) > day:
        spans -= 1
    if spans <= 0:
        return parsed.rule, 0
    before = spans * _per_span(start, rule)
    if parsed.total is not None and parsed.total <= before:
        return None, parsed.total
    return _after_spans(parsed, start, spans, before), before


def _after_spans(parsed: _Parsed, start: dt.date, spans: int, before: int) -> rrule:
    """The dateutil rule started ``spans`` whole spans on, ``before`` days due counted off."""
    count = None if parsed.total is None else parsed.total - before
    later = _midnight(_years_on(start, spans * _span_years(parsed)))
    return parsed.rule.replace(dtstart=later, count=count)


def _spans_repeat(parsed: _Parsed, start: dt.date) -> bool:
    """Whether every span from ``start`` holds the same days, moved on.

    Not so for a weekly rule with BYSETPOS from a day after the week's first: dateutil
    picks the positions of its first week among the days from the start only.
    """
    if parsed.frequency is not Frequency.WEEKLY or not _part(parsed.rule, "setpos"):
        return True
    return start.weekday() == _wkst(parsed.rule)


def _never_on_any_day(parsed: rrule) -> bool:
    """Whether no day passes every BY-part of a daily rule that comes to every day.

    Which days pass repeats every 400 years, and such a rule comes to every day from its
    start on: so the answer is the same from every start (and remembered by the parts),
    whether a day passes in the last 400 years of the calendar, searched year by year.
    """
    names = ("month", "monthday", "nmonthday", "yearday", "weekno", "weekday")
    parts = tuple(_part(parsed, name) for name in names)
    if not any(parts[1:]):
        return False  # only months (or nothing) to pass: some day of the year does
    return _no_day_passes(parts, _wkst(parsed))


@lru_cache(maxsize=512)
def _no_day_passes(parts: tuple[tuple[int, ...], ...], wkst: int) -> bool:
    from dateutil.rrule import YEARLY, rrule  # noqa: PLC0415 - keeps import tiltak light

    months, month_days, last_month_days, year_days, weeks, weekdays = parts
    every_year = rrule(
        YEARLY,
        dtstart=dt.datetime(_LAST_CYCLE, 1, 1),
        wkst=wkst,
        bymonth=months or None,
        bymonthday=month_days + last_month_days or None,
        byyearday=year_days or None,
        byweekno=weeks or None,
        byweekday=weekdays or None,
        cache=False,
    )
    return next(_moments(every_year), None) is None
