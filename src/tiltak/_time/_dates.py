"""Dates a plan gives to the day, the month or only the year, and periods between them."""

from __future__ import annotations

import datetime as dt
import enum
import re
from functools import total_ordering
from typing import Any

import attrs

from tiltak._checks import is_, opt
from tiltak._errors import ModelError, ModelTypeError

__all__ = ["PartialDate", "Period", "Precision", "shifted", "to_day", "to_partial_date"]


def shifted(day: dt.date, days: int) -> dt.date:
    """``day`` moved ``days`` on (back, when negative), held inside the calendar.

    Deadlines counted from a day near year 1 or 9999 end at its first or last day, where
    :class:`datetime.date` arithmetic would raise.

    >>> shifted(dt.date(9999, 12, 30), 7), shifted(dt.date(1, 1, 2), -7)
    (datetime.date(9999, 12, 31), datetime.date(1, 1, 1))
    """
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
r"""ASCII digits only, as the format reads them: ``\d`` would read full-width digits too."""


class Precision(enum.Enum):
    """How much of a date is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The number of days in ``month`` of ``year`` (``calendar.monthrange`` without the weekday).

    >>> days_in_month(2024, 2), days_in_month(2100, 2), days_in_month(2000, 2)
    (29, 28, 29)
    """
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


def _check_parts(inst: PartialDate, _attr: Any, _value: Any) -> None:
    if not 1 <= inst.year <= 9999:
        raise ModelError("PartialDate.year must be between 1 and 9999")
    if inst.month is None:
        if inst.day is not None:
            raise ModelError("PartialDate.day needs a month")
        return
    if not 1 <= inst.month <= 12:
        raise ModelError("PartialDate.month must be between 1 and 12")
    if inst.day is not None and not 1 <= inst.day <= days_in_month(inst.year, inst.month):
        raise ModelError("PartialDate.day is not a day of that month")


@total_ordering
@attrs.frozen(kw_only=True, order=False, weakref_slot=False)
class PartialDate:
    """A date known to the day, the month or the year ("innen utgangen av 2020").

    Partial dates compare by the last day they cover, so a deadline of ``2024-12`` falls
    after ``2024-12-15``:

    >>> PartialDate.parse("2024-12") > PartialDate.parse("2024-12-15")
    True
    >>> PartialDate.parse("2020").last_day
    datetime.date(2020, 12, 31)
    """

    year: int = attrs.field(validator=is_(int))
    month: int | None = attrs.field(default=None, validator=opt(int))
    day: int | None = attrs.field(default=None, validator=[opt(int), _check_parts])

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Anything else, digits other than 0-9 included, raises :class:`~tiltak.errors.ModelError`.
        """
        if not isinstance(text, str):
            raise ModelTypeError(f"a partial date must be a str, not {type(text).__name__}")
        match = _ISO.fullmatch(text)
        if match is None:
            raise ModelError("a partial date must be YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (None if part is None else int(part) for part in match.groups())
        assert year is not None
        return cls(year=year, month=month, day=day)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """The partial date of a whole date."""
        return cls(year=value.year, month=value.month, day=value.day)

    @property
    def precision(self) -> Precision:
        """How much of the date is known."""
        if self.day is not None:
            return Precision.DAY
        return Precision.YEAR if self.month is None else Precision.MONTH

    @property
    def first_day(self) -> dt.date:
        """The first day the date covers."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        """The last day the date covers: deadlines fall due at its end."""
        if self.day is not None:
            assert self.month is not None
            return dt.date(self.year, self.month, self.day)
        month = self.month or 12
        return dt.date(self.year, month, days_in_month(self.year, month))

    def __contains__(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day

    def isoformat(self) -> str:
        """The ISO 8601 text: ``2024``, ``2024-12`` or ``2024-12-15``."""
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    __str__ = isoformat

    def _key(self) -> tuple[dt.date, dt.date]:
        return (self.last_day, self.first_day)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()


def to_partial_date(value: PartialDate | dt.date | str) -> PartialDate:
    """Accept a :class:`PartialDate`, a ``date`` or an ISO text."""
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.datetime):
        raise ModelTypeError("a partial date must be a date, not a datetime")
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    return PartialDate.parse(value)


def to_day(value: object, name: str = "as_of") -> dt.date:
    """A whole day, given as a ``date`` or an ISO text (``"2024-03-31"``); not a datetime.

    >>> to_day("2024-03-31"), to_day(dt.date(2024, 3, 31))
    (datetime.date(2024, 3, 31), datetime.date(2024, 3, 31))
    """
    if isinstance(value, str):
        try:
            partial = PartialDate.parse(value)
        except ModelError:
            raise ModelError(f"{name} must be a day as YYYY-MM-DD") from None
        if partial.precision is not Precision.DAY:
            raise ModelError(f"{name} must be a whole day as YYYY-MM-DD, not a month or a year")
        return partial.first_day
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ModelTypeError(f"{name} must be a date or an ISO text, not {type(value).__name__}")
    return value


def to_opt_partial_date(value: PartialDate | dt.date | str | None) -> PartialDate | None:
    """Like :func:`to_partial_date`, and ``None`` is kept."""
    return None if value is None else to_partial_date(value)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Period:
    """A span of time from ``start`` to ``end`` (both included, either may be open).

    >>> Period(start="2019", end="2023").contains(dt.date(2023, 12, 31))
    True
    """

    start: PartialDate | None = attrs.field(default=None, converter=to_opt_partial_date)
    end: PartialDate | None = attrs.field(default=None, converter=to_opt_partial_date)

    @property
    def first_day(self) -> dt.date | None:
        """The first day of the period, if it has a start."""
        return None if self.start is None else self.start.first_day

    @property
    def last_day(self) -> dt.date | None:
        """The last day of the period, if it has an end."""
        return None if self.end is None else self.end.last_day

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` falls inside the period (an open end contains everything that way)."""
        first, last = self.first_day, self.last_day
        return (first is None or first <= day) and (last is None or day <= last)

    def covers(self, other: PartialDate | Period) -> bool:
        """Whether the whole of ``other`` lies inside this period."""
        if isinstance(other, PartialDate):
            return self.contains(other.first_day) and self.contains(other.last_day)
        return all(day is None or self.contains(day) for day in (other.first_day, other.last_day))
