"""How the built-in rules are declared, and the small helpers their checks share."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping

from tiltak._enums import PlanKind, PlanStatus
from tiltak._model import Plan
from tiltak._report import Severity
from tiltak._time._schedule import Schedule

from ._core import Check, Rule

__all__ = [
    "BUILTIN",
    "E",
    "I",
    "W",
    "add_months",
    "blank",
    "closed",
    "missed_days",
    "rule",
    "trailing_number",
]

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741 - the catalogue's own letters

BUILTIN: dict[str, Rule] = {}
"""Every built-in rule by code, filled as the rule modules are imported."""


def rule(
    code: str,
    severity: Severity,
    title: str,
    *,
    source: str,
    quote: str,
    rationale: str,
    kinds: Iterable[PlanKind] | None = None,
    needs_as_of: bool = False,
    kind_severity: Mapping[PlanKind, Severity] | None = None,
) -> Callable[[Check], Check]:
    """Declare the decorated check as the built-in rule ``code``."""

    def declare(check: Check) -> Check:
        assert code not in BUILTIN, code
        BUILTIN[code] = Rule(
            code=code,
            severity=severity,
            title=title,
            check=check,
            kinds=frozenset(kinds) if kinds is not None else None,
            source=source,
            quote=quote,
            rationale=rationale,
            needs_as_of=needs_as_of,
            kind_severity=kind_severity,
        )
        return check

    return declare


def blank(text: str | None) -> bool:
    """Whether ``text`` is missing or only white space."""
    return text is None or not text or text.isspace()


def closed(plan: Plan) -> bool:
    """Whether ``plan`` is completed or cancelled: nothing more falls due in it."""
    return plan.status in (PlanStatus.COMPLETED, PlanStatus.CANCELLED)


def missed_days(schedule: Schedule, first: dt.date, last: dt.date) -> tuple[int, dt.date | None]:
    """How many times ``schedule`` fell due from ``first`` to ``last``, and the latest."""
    count = schedule.count_due(first, last)
    return count, schedule.last_due(last) if count else None


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` on, clamped to the month's last day (31 Jan + 1 = 28/29 Feb).

    Held inside the calendar: past year 9999 is its last day, before year 1 its first.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if year < dt.MINYEAR:
        return dt.date.min
    if year > dt.MAXYEAR:
        return dt.date.max
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


_NUMBER = re.compile(r"(\d+)((?:\.\d+)+)\s*$")
_AREA_NUMBER = re.compile(r"(\d+)\s*$")


def trailing_number(text: str) -> tuple[int, ...] | None:
    """The trailing dotted number of a goal id: ``"TT 1.2"`` → ``(1, 2)``; else ``None``."""
    match = _NUMBER.search(text)
    if match is None:
        return None
    return (int(match.group(1)), *(int(p) for p in match.group(2)[1:].split(".")))


def trailing_integer(text: str) -> int | None:
    """The trailing whole number of a goal area id: ``"MO 3"`` → ``3``; else ``None``."""
    match = _AREA_NUMBER.search(text)
    return None if match is None else int(match.group(1))
