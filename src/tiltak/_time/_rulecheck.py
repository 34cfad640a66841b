"""Knowing a common schedule rule valid without dateutil.

Parsing a rule with dateutil costs about a quarter of a millisecond, which is most of what
loading a small plan costs. The rules plans use are a handful of shapes (``FREQ=WEEKLY;
BYDAY=MO,TH``, ``FREQ=MONTHLY;BYMONTHDAY=-1``, tertial ends), so :func:`known_valid` reads
rules written exactly as RFC 5545 writes them and answers ``True`` only when the careful
check (dateutil's parse and the checks after it) would accept the rule from that start.
Anything else, odd spelling or a rule it would refuse, is left to the careful check, which
alone says what is wrong. The text is read once per distinct rule; what depends on the start
(the parts dateutil fills from it) is a few comparisons.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

__all__ = ["MAX_RULE_LENGTH", "UNTIL_VALUE", "Rule", "filled_rule", "known_valid"]

MAX_RULE_LENGTH = 1000
"""The longest rule text a schedule takes: room for long lists of days, and a bound on the
work of refusing a text that is no rule."""

_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_FREQUENCIES = {"YEARLY": 0, "MONTHLY": 1, "WEEKLY": 2, "DAILY": 3}
_SHAPE = re.compile(r"[A-Z]+=[A-Z0-9,+-]+(?:;[A-Z]+=[A-Z0-9,+-]+)*").fullmatch
_PARTS = re.compile(r"([A-Z]+)=([^;]+)").findall
"""The rule's parts as (name, value) pairs, on a text of the shape above."""
_COUNTER = re.compile(r"[1-9][0-9]{0,3}").fullmatch
UNTIL_VALUE = re.compile(
    "([0-9]{4})([0-9]{2})([0-9]{2})(?:T(?:[01][0-9]|2[0-3])[0-5][0-9](?:[0-5][0-9]|60)Z?)?"
).fullmatch
"""An ``UNTIL`` as RFC 5545 writes it: a date, or a date and a time (second 60 a leap one)."""
_DAY = re.compile(r"([+-]?[1-9][0-9]?)?(MO|TU|WE|TH|FR|SA|SU)").fullmatch
_LONGEST_MONTHS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_LIMITS = {"BYMONTH": 12, "BYMONTHDAY": 31, "BYYEARDAY": 366, "BYWEEKNO": 53, "BYSETPOS": 366}


class Rule(NamedTuple):
    """The parts of a rule as dateutil keeps them, before it fills any from the start."""

    frequency: int
    """0 yearly, 1 monthly, 2 weekly, 3 daily: dateutil's numbering."""
    months: frozenset[int]
    month_days: frozenset[int]
    year_days: frozenset[int]
    weeks: frozenset[int]
    weekdays: frozenset[int]
    nth_weekdays: frozenset[tuple[int, int]]
    positions: frozenset[int]
    interval: int = 1
    total: int | None = None
    """The rule's ``COUNT``."""
    until: dt.date | None = None
    """The day of ``UNTIL``, whatever time of it the rule gives."""
    wkst: int | None = None
    """The week's first day when the rule gives one (0 for Monday)."""


_NONE: frozenset[int] = frozenset()
_PLAIN = tuple(Rule(f, _NONE, _NONE, _NONE, _NONE, _NONE, frozenset(), _NONE) for f in range(4))
"""The rule of each frequency that gives no other part."""


def filled_rule(start: dt.date, rule: str) -> Rule | None:
    """The parts of a valid ``rule`` from ``start``, filled in as dateutil fills them.

    ``None`` when the rule is not written in the plain form this module reads, or when the
    careful check must decide whether it is valid.
    """
    if len(rule) > MAX_RULE_LENGTH:
        return None
    parsed = _read(rule)
    if parsed is None or (parsed.weeks and start.year == 1):
        return None
    filled = _filled(parsed, start)
    return filled if _falls_due(filled) else None


def known_valid(start: dt.date, rule: str) -> bool:
    """Whether the careful check is known to accept ``rule`` from ``start``.

    ``False`` means only that the careful check must decide.

    >>> known_valid(dt.date(2024, 1, 15), "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
    True
    >>> known_valid(dt.date(2024, 1, 30), "FREQ=YEARLY;BYMONTH=2")  # 30 February: never
    False
    """
    if len(rule) > MAX_RULE_LENGTH:  # refused by the careful check
        return False
    parsed = _read(rule)
    if parsed is None:
        return False
    if parsed.weeks and start.year == 1:  # refused: dateutil looks at the year before
        return False
    return _falls_due(_filled(parsed, start))


@lru_cache(maxsize=1024)
def _read(rule: str) -> Rule | None:
    """The rule's parts, when it is written in the plain RFC 5545 form this module reads."""
    if _SHAPE(rule) is None:
        return None
    parts = dict(_PARTS(rule))  # the shape holds no ";" or "=" inside a value
    if len(parts) != rule.count(";") + 1:  # a part given twice
        return None
    frequency = _FREQUENCIES.get(parts.pop("FREQ", ""))
    if frequency is None:
        return None
    if not parts:
        return _PLAIN[frequency]
    interval, total, until, wkst = 1, None, None, None
    months = month_days = year_days = weeks = positions = _NONE
    weekdays: frozenset[int] = _NONE
    nth: frozenset[tuple[int, int]] = frozenset()
    for name, value in parts.items():
        limit = _LIMITS.get(name)
        if limit is not None:
            values = _numbers(value, limit)
            if values is None:
                return None
            if name == "BYMONTHDAY":
                month_days = values
            elif name == "BYMONTH":
                if "-" in value or "+" in value:  # refused: a month has no sign
                    return None
                months = values
            elif name == "BYSETPOS":
                positions = values
            elif name == "BYYEARDAY":
                year_days = values
            else:  # BYWEEKNO, the last name of _LIMITS
                weeks = values
        elif name == "BYDAY":
            days = _days(value, frequency)
            if days is None:
                return None
            weekdays, nth = days
        elif name == "INTERVAL":
            if _COUNTER(value) is None:
                return None
            interval = int(value)
        elif name == "COUNT":
            if _COUNTER(value) is None:
                return None
            total = int(value)
        elif name == "UNTIL":
            until = _date(value)
            if until is None:
                return None
        elif name == "WKST":
            wkst = _WEEKDAYS.get(value)
            if wkst is None:
                return None
        else:  # a part this module does not read
            return None
    if total is not None and until is not None:  # refused: RFC 5545 allows one of them
        return None
    return Rule(  # by position: a third quicker than by keyword, on every rule read
        frequency,
        months,
        month_days,
        year_days,
        weeks,
        weekdays,
        nth,
        positions,
        interval,
        total,
        until,
        wkst,
    )


def _days(text: str, frequency: int) -> tuple[frozenset[int], frozenset[tuple[int, int]]] | None:
    """A ``BYDAY``'s days without a number and numbered ones, as ``(weekday, n)``."""
    weekdays: set[int] = set()
    nth: set[tuple[int, int]] = set()
    for item in text.split(","):
        day = _WEEKDAYS.get(item)
        if day is not None:  # the usual day without a number, known at once
            weekdays.add(day)
            continue
        match = _DAY(item)
        if match is None:
            return None
        n, name = match.groups()
        if n is None:
            weekdays.add(_WEEKDAYS[name])
        elif frequency > 1:  # dateutil ignores n: leave it careful
            return None
        else:
            nth.add((_WEEKDAYS[name], int(n)))
    return frozenset(weekdays), frozenset(nth)


def _date(text: str) -> dt.date | None:
    match = UNTIL_VALUE(text)
    if match is None:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def _numbers(text: str, limit: int) -> frozenset[int] | None:
    """The numbers of a BY-part, each from 1 to ``limit`` either way; ``None`` if any is not.

    ``text`` holds only ASCII letters, digits, commas and signs (the rule's shape says so).
    """
    values = set()
    for item in text.split(","):
        digits = item[1:] if item[:1] in ("+", "-") else item
        # an optional sign, then one to three digits, the first not 0
        if not (digits.isdigit() and len(digits) <= 3 and digits[0] != "0"):
            return None
        value = int(item)
        if not 1 <= abs(value) <= limit:
            return None
        values.add(value)
    return frozenset(values)


def _filled(rule: Rule, start: dt.date) -> Rule:
    """The rule with the parts dateutil fills from the start when it names no day."""
    if rule.weeks or rule.year_days or rule.month_days or rule.weekdays or rule.nth_weekdays:
        return rule
    if rule.frequency == 0:
        months = rule.months or frozenset((start.month,))
        return _day_filled(rule, months, frozenset((start.day,)), _NONE)
    if rule.frequency == 1:
        return _day_filled(rule, rule.months, frozenset((start.day,)), _NONE)
    if rule.frequency == 2:
        return _day_filled(rule, rule.months, _NONE, frozenset((start.weekday(),)))
    return rule


def _day_filled(
    rule: Rule, months: frozenset[int], month_days: frozenset[int], weekdays: frozenset[int]
) -> Rule:
    """``rule``, which names no day, with the day parts given.

    Built by position, not by ``_replace``: a few times quicker, on every schedule loaded.
    """
    return Rule(
        rule.frequency,
        months,
        month_days,
        _NONE,
        _NONE,
        weekdays,
        rule.nth_weekdays,
        rule.positions,
        rule.interval,
        rule.total,
        rule.until,
        rule.wkst,
    )


def _falls_due(rule: Rule) -> bool:
    """The careful check's range and "never due" checks, on the filled parts."""
    if rule.nth_weekdays:
        largest = 5 if rule.frequency == 1 or rule.months else 53
        for _, n in rule.nth_weekdays:
            if not 1 <= abs(n) <= largest:
                return False
    if rule.month_days:
        # some day falls in some month: the nearest day in the longest month
        longest = max([_LONGEST_MONTHS[m - 1] for m in rule.months]) if rule.months else 31
        if min([abs(day) for day in rule.month_days]) > longest:
            return False
    if rule.year_days and rule.months:
        return False  # rare: the careful check works out which months the days fall in
    if not rule.positions:
        return True
    most = _most_per_period(rule)
    return min([abs(p) for p in rule.positions]) <= most


def _most_per_period(rule: Rule) -> int:
    """The careful check's bound on how many occurrences one period holds."""
    days = (366, 31, 7, 1)[rule.frequency]
    weekdays = len(rule.weekdays) + len(rule.nth_weekdays)
    if weekdays:
        days = min(days, {0: 53, 1: 5}.get(rule.frequency, 1) * weekdays)
    month_days = len(rule.month_days)
    if month_days and rule.frequency in (0, 1):
        days = min(days, (12 if rule.frequency == 0 else 1) * month_days)
    for values, width in ((rule.year_days, 1), (rule.months, 31), (rule.weeks, 7)):
        if values and (width == 1 or rule.frequency == 0):
            days = min(days, width * len(values))
    return days
