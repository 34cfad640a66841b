"""The words the renderers add around a plan's own text, and the status badges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

from tiltak._enums import StatusColour
from tiltak._i18n import gettext
from tiltak._names import colour_name, severity_name
from tiltak._time._dates import PartialDate, Period
from tiltak._time._formatting import format_date
from tiltak._time._schedule import Schedule
from tiltak._words import DISPLAY, word

from ._view import Badge

__all__ = [
    "BADGE_KEYS",
    "as_of_text",
    "capitalised",
    "colour_badge",
    "date_text",
    "label",
    "period_text",
    "schedule_text",
    "severity_badge",
    "yes_no",
]


BADGE_KEYS = frozenset({"green", "yellow", "red", "none", "error", "warning", "info"})
"""The only words from a document a renderer may write into markup (as class names)."""

# Each status has a symbol of its own shape, so that no one has to tell colours apart.
_COLOUR_SYMBOLS: Mapping[StatusColour | None, tuple[str, str]] = MappingProxyType(
    {
        StatusColour.GREEN: ("green", "\u25cf"),  # ● black circle
        StatusColour.YELLOW: ("yellow", "\u25b2"),  # ▲ black up-pointing triangle
        StatusColour.RED: ("red", "\u25a0"),  # ■ black square
        None: ("none", "\u25cb"),  # ○ white circle
    }
)
_SEVERITY_SYMBOLS: Mapping[str, str] = MappingProxyType(
    {
        "error": "\u2716",  # ✖ heavy multiplication x
        "warning": "\u25b2",  # ▲
        "info": "\u25c6",  # ◆ black diamond
    }
)


def label(key: str, *, locale: str) -> str:
    """The display word ``key`` (a key of the table above) in ``locale``."""
    return word(DISPLAY, key, locale=locale)


def capitalised(text: str) -> str:
    """``text`` with its first letter upper-cased, the rest untouched (for headings)."""
    return text[:1].upper() + text[1:]


def yes_no(value: bool, *, locale: str) -> str:
    """The word for yes or no in ``locale``."""
    return label("yes" if value else "no_answer", locale=locale)


def colour_badge(colour: StatusColour | None, *, locale: str) -> Badge:
    """The badge of a status colour; ``None`` is "not assessed"."""
    key, symbol = _COLOUR_SYMBOLS[colour]
    return Badge(key=key, symbol=symbol, label=colour_name(colour, locale=locale))


def severity_badge(severity: str, *, locale: str) -> Badge:
    """The badge of a finding's severity (``"error"``, ``"warning"`` or ``"info"``)."""
    key = severity if severity in _SEVERITY_SYMBOLS else "info"
    return Badge(
        key=key, symbol=_SEVERITY_SYMBOLS[key], label=severity_name(severity, locale=locale)
    )


def date_text(value: dt.date | PartialDate, *, locale: str) -> str:
    """A date, or a date known to the month or year, as people read it in ``locale``."""
    return format_date(value, locale=locale)


def as_of_text(day: dt.date, *, locale: str) -> str:
    """The words for "as of" a day, under the title of a summary or a report."""
    return gettext("as of {date}", locale=locale).format(date=date_text(day, locale=locale))


def period_text(period: Period, *, locale: str) -> str:
    """A period as "start to end", "from start" or "until end"; empty when fully open."""
    start = None if period.start is None else date_text(period.start, locale=locale)
    end = None if period.end is None else date_text(period.end, locale=locale)
    if start is not None and end is not None:
        return f"{start} \u2013 {end}"
    if start is not None:
        return gettext("from {start}", locale=locale).format(start=start)
    if end is not None:
        return gettext("until {end}", locale=locale).format(end=end)
    return ""


def schedule_text(schedule: Schedule, *, locale: str) -> str:
    """How often a schedule falls due, and from when, as one phrase."""
    return schedule.describe(locale=locale, since=True)
