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

__all__ = ["MAX_RULE_LENGTH", "Rule", "filled_rule", "known_valid"]

MAX_RULE_LENGTH = 1000
"""The longest rule text a schedule takes: room for long lists of days, and a bound on the
work of refusing a text that is no rule."""

_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_FREQUENCIES = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY")
_SHAPE = re.compile(r"[A-Z]+=[A-Z0-9,+-]+(?:;[A-Z]+=[A-Z0-9,+-]+)*").fullmatch
_COUNTER = re.compile(r"[1-9][0-9]{0,3}").fullmatch
_UNTIL = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})(?:T[0-9]{6}Z?)?").fullmatch
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
    parts: dict[str, str] = {}
    for item in rule.split(";"):
        name, _, value = item.partition("=")
        if name in parts:
            return None
        parts[name] = value
    frequency = parts.pop("FREQ", None)
    if frequency not in _FREQUENCIES:
        return None
    if {"COUNT", "UNTIL"} <= parts.keys():  # refused: RFC 5545 allows one of them
        return None
    counters = {}
    for name in ("INTERVAL", "COUNT"):
        if name in parts:
            text = parts.pop(name)
            if _COUNTER(text) is None:
                return None
            counters[name] = int(text)
    until = None
    if "UNTIL" in parts:
        until = _date(parts.pop("UNTIL"))
        if until is None:
            return None
    wkst = None
    if "WKST" in parts:
        wkst = _WEEKDAYS.get(parts.pop("WKST"))
        if wkst is None:
            return None
    numbers: dict[str, frozenset[int]] = {}
    for name, limit in _LIMITS.items():
        if name in parts:
            values = _numbers(parts.pop(name), limit)
            if values is None or (name == "BYMONTH" and min(values) < 0):
                return None
            numbers[name] = values
    weekdays: set[int] = set()
    nth: set[tuple[int, int]] = set()
    if "BYDAY" in parts:
        for item in parts.pop("BYDAY").split(","):
            if item in _WEEKDAYS:  # the usual day without a number, known at once
                weekdays.add(_WEEKDAYS[item])
                continue
            match = _DAY(item)
            if match is None:
                return None
            n, day = match.groups()
            if n is None:
                weekdays.add(_WEEKDAYS[day])
            elif _FREQUENCIES.index(frequency) > 1:  # dateutil ignores n: leave it careful
                return None
            else:
                nth.add((_WEEKDAYS[day], int(n)))
    if parts:  # a part this module does not read
        return None
    empty: frozenset[int] = frozenset()
    return Rule(  # by position: a third quicker than by keyword, on every rule read
        _FREQUENCIES.index(frequency),  # frequency
        numbers.get("BYMONTH", empty),  # months
        numbers.get("BYMONTHDAY", empty),  # month_days
        numbers.get("BYYEARDAY", empty),  # year_days
        numbers.get("BYWEEKNO", empty),  # weeks
        frozenset(weekdays),  # weekdays
        frozenset(nth),  # nth_weekdays
        numbers.get("BYSETPOS", empty),  # positions
        counters.get("INTERVAL", 1),  # interval
        counters.get("COUNT"),  # total
        until,
        wkst,
    )


def _date(text: str) -> dt.date | None:
    match = _UNTIL(text)
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
        return rule._replace(months=months, month_days=frozenset((start.day,)))
    if rule.frequency == 1:
        return rule._replace(month_days=frozenset((start.day,)))
    if rule.frequency == 2:
        return rule._replace(weekdays=frozenset((start.weekday(),)))
    return rule


def _falls_due(rule: Rule) -> bool:
    """The careful check's range and "never due" checks, on the filled parts."""
    in_month = rule.frequency == 1 or bool(rule.months)
    largest = 5 if in_month else 53
    if not all(1 <= abs(n) <= largest for _, n in rule.nth_weekdays):
        return False
    months = rule.months or range(1, 13)
    if rule.month_days and not any(
        abs(day) <= _LONGEST_MONTHS[month - 1] for month in months for day in rule.month_days
    ):
        return False
    if rule.year_days and rule.months:
        return False  # rare: the careful check works out which months the days fall in
    return not rule.positions or any(abs(p) <= _most_per_period(rule) for p in rule.positions)


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
