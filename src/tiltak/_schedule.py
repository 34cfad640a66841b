"""Recurrence: when something falls due again, as an RFC 5545 RRULE anchored at a date."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ._checks import is_
from ._errors import ModelError

__all__ = ["Schedule"]


def _check_rule(inst: Schedule, _attr: Any, rule: str) -> None:
    from dateutil.rrule import rrulestr  # deferred: dateutil is not needed to import tiltak

    text = rule.strip()
    if not text or text.upper().startswith(("RRULE:", "DTSTART")) or "\n" in text:
        raise ModelError("Schedule.rule must be the value of one RRULE, such as FREQ=MONTHLY")
    try:
        rrulestr(text, dtstart=dt.datetime.combine(inst.start, dt.time()))
    except (ValueError, TypeError, KeyError, AttributeError, IndexError):
        raise ModelError("Schedule.rule is not a valid RFC 5545 RRULE") from None


@attrs.frozen(kw_only=True)
class Schedule:
    """A recurrence anchored at ``start``: the ``rule`` is an RRULE value (``FREQ=MONTHLY``)."""

    start: dt.date = attrs.field(validator=is_(dt.date))
    rule: str = attrs.field(validator=[is_(str), _check_rule])
