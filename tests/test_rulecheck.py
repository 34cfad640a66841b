"""Knowing a schedule rule valid without dateutil agrees with the careful check."""

from __future__ import annotations

import calendar
import datetime as dt
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tiltak import Schedule
from tiltak._time import _reckon, _rulecheck
from tiltak._time._rrule import _outcome, _parse
from tiltak._time._rulecheck import filled_rule, known_valid
from tiltak._time._yeardays import Parts
from tiltak.errors import ModelError

COMMON_RULES = (
    "FREQ=WEEKLY;BYDAY=MO,TH",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
    "FREQ=WEEKLY;BYDAY=WE;COUNT=12",
    "FREQ=WEEKLY;INTERVAL=2;UNTIL=20240831",
    "FREQ=MONTHLY;BYMONTHDAY=-1",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "FREQ=MONTHLY;BYDAY=1WE",
    "FREQ=MONTHLY;BYMONTHDAY=31,-1;BYSETPOS=1",
    "FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1",
    "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15",
    "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
)

NAMES = (
    "FREQ",
    "INTERVAL",
    "COUNT",
    "UNTIL",
    "BYMONTH",
    "BYMONTHDAY",
    "BYYEARDAY",
    "BYWEEKNO",
    "BYDAY",
    "BYSETPOS",
    "WKST",
    "BYHOUR",
    "BYEASTER",
)
WORDS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY", "HOURLY", "MO", "SU", "XX", "")


def _value() -> st.SearchStrategy[str]:
    number = st.integers(-400, 400).map(str) | st.sampled_from(
        ("+1", "+2", "01", "001", "0", "+0", "-0", "\u0663", "1_0")
    )
    day = st.tuples(
        st.sampled_from(("", "1", "-1", "+2", "5", "-5", "6", "53", "54", "0")),
        st.sampled_from(("MO", "TU", "WE", "TH", "FR", "SA", "SU")),
    ).map("".join)
    date = st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(lambda d: f"{d:%Y%m%d}")
    times = ("T000000Z", "T235960", "T240000Z", "T126000", "T000000ZZ")
    date_time = st.tuples(date, st.sampled_from(times)).map("".join)
    odd_dates = st.sampled_from(("20240230", "2024-01-05", "01/05/2024"))
    item = number | day | st.sampled_from(WORDS) | date | date_time | odd_dates
    return st.lists(item, min_size=1, max_size=4).map(",".join)


RULES = st.lists(
    st.tuples(st.sampled_from(NAMES), _value()).map("=".join), min_size=1, max_size=5
).map(";".join)
FREQUENCIES = st.sampled_from(("FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY"))


def _numbers(low: int, high: int) -> st.SearchStrategy[str]:
    value = st.integers(low, high).filter(bool).map(str)
    return st.lists(value, min_size=1, max_size=3).map(",".join)


_DAYS = st.tuples(
    st.sampled_from(("", "", "1", "-1", "2", "4", "5", "-5", "6")),
    st.sampled_from(("MO", "TU", "WE", "TH", "FR", "SA", "SU")),
).map("".join)
WELL_FORMED_PARTS = {
    "INTERVAL": st.integers(1, 12).map(str),
    "COUNT": st.integers(1, 30).map(str),
    "UNTIL": st.tuples(
        st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)).map(lambda d: f"{d:%Y%m%d}"),
        st.sampled_from(("", "", "T000000Z", "T235960Z", "T120000")),
    ).map("".join),
    "BYMONTH": _numbers(1, 12),
    "BYMONTHDAY": _numbers(-31, 31),
    "BYYEARDAY": _numbers(-366, 366),
    "BYWEEKNO": _numbers(-53, 53),
    "BYDAY": st.lists(_DAYS, min_size=1, max_size=3).map(",".join),
    "BYSETPOS": _numbers(-8, 8),
    "WKST": st.sampled_from(("MO", "SU")),
}
WELL_FORMED = st.tuples(
    FREQUENCIES,
    st.lists(st.sampled_from(sorted(WELL_FORMED_PARTS)), unique=True, max_size=4).flatmap(
        lambda names: st.tuples(*(WELL_FORMED_PARTS[n].map(f"{n}=".__add__) for n in names))
    ),
).map(lambda parts: ";".join((parts[0], *parts[1])))
STARTS = st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)) | st.sampled_from(
    (dt.date(2024, 1, 31), dt.date(2024, 1, 30), dt.date(2024, 2, 29), dt.date(1, 3, 1))
)


def _careful(start: dt.date, rule: str) -> bool:
    try:
        Schedule(start=start, rule=rule)
    except ModelError:
        return False
    return True


class TestKnownValid:
    @pytest.mark.parametrize("rule", COMMON_RULES)
    def test_common_rules_need_no_dateutil(self, rule: str) -> None:
        """The rules plans use are known valid from their text alone."""
        assert known_valid(dt.date(2024, 3, 14), rule) is True

    @given(start=STARTS, rule=RULES)
    @example(start=dt.date(2024, 1, 30), rule="FREQ=YEARLY;BYMONTH=2")
    @example(start=dt.date(1, 1, 1), rule="FREQ=YEARLY;BYWEEKNO=1")
    @example(start=dt.date(2024, 1, 1), rule="FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6")
    @example(start=dt.date(2024, 1, 1), rule="FREQ=WEEKLY;COUNT=2;UNTIL=20250101")
    @example(start=dt.date(2024, 1, 1), rule="FREQ=YEARLY;BYMONTH=+2")
    @example(start=dt.date(2024, 1, 1), rule="FREQ=DAILY;UNTIL=20240105T990000Z")
    def test_never_accepts_what_the_careful_check_refuses(self, start: dt.date, rule: str) -> None:
        """Whatever it knows valid, the careful check accepts too."""
        if known_valid(start, rule):
            assert _careful(start, rule)

    @given(start=STARTS, frequency=FREQUENCIES, rest=RULES)
    def test_never_accepts_what_the_careful_check_refuses_with_a_frequency(
        self, start: dt.date, frequency: str, rest: str
    ) -> None:
        """The same, for rules that begin with a frequency as most do."""
        rule = f"{frequency};{rest}"
        if known_valid(start, rule):
            assert _careful(start, rule)

    @pytest.mark.parametrize(
        ("start", "rule"),
        [
            (dt.date(2024, 1, 30), "FREQ=YEARLY;BYMONTH=2"),
            (dt.date(2024, 1, 1), "FREQ=MONTHLY;BYMONTHDAY=30;BYMONTH=2"),
            (dt.date(2024, 1, 1), "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6"),
            (dt.date(2024, 1, 1), "FREQ=MONTHLY;BYDAY=6MO"),
            (dt.date(2024, 1, 1), "FREQ=WEEKLY;COUNT=2;UNTIL=20250101"),
            (dt.date(2024, 1, 1), "FREQ=WEEKLY;BYHOUR=9"),
            (dt.date(2024, 1, 1), "FREQ=HOURLY"),
            (dt.date(2024, 1, 1), "FREQ=WEEKLY;INTERVAL=0"),
            (dt.date(1, 1, 1), "FREQ=YEARLY;BYWEEKNO=1"),
            (dt.date(2024, 1, 15), "FREQ=YEARLY;BYMONTH=-1"),  # no month counts back
            (dt.date(2024, 1, 15), "FREQ=DAILY;BYMONTH=-3"),
            (dt.date(2024, 1, 15), "FREQ=YEARLY;BYMONTH=+2"),  # nor one with a plus
            (dt.date(2024, 1, 15), "FREQ=DAILY;UNTIL=20240105T240000Z"),  # no hour 24
            (dt.date(2024, 1, 15), "FREQ=DAILY;UNTIL=20240105T236000Z"),
            (dt.date(2024, 1, 15), "FREQ=MONTHLY;BYMONTHDAY=0"),
            (dt.date(2024, 1, 15), "FREQ=DAILY;FREQ=WEEKLY"),
        ],
    )
    def test_leaves_refused_rules_to_the_careful_check(self, start: dt.date, rule: str) -> None:
        """A rule the careful check refuses is never known valid."""
        assert known_valid(start, rule) is False
        assert not _careful(start, rule)

    @pytest.mark.parametrize(
        ("start", "rule"),
        [
            (dt.date(2024, 2, 1), "FREQ=YEARLY;BYMONTH=2,3;BYMONTHDAY=31"),  # March has one
            (dt.date(2024, 2, 1), "FREQ=MONTHLY;BYMONTH=2,4;BYMONTHDAY=-30"),
            (dt.date(2024, 1, 1), "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1,9"),  # the first Monday
            (dt.date(2024, 1, 1), "FREQ=MONTHLY;BYDAY=-5FR,1MO"),
            (dt.date(2024, 1, 1), "FREQ=YEARLY;BYDAY=53MO,1TU"),
            (dt.date(2024, 1, 31), "FREQ=YEARLY"),
            (dt.date(2024, 2, 29), "FREQ=WEEKLY;INTERVAL=3;BYSETPOS=1"),
        ],
    )
    def test_knows_valid_rules_some_part_of_which_never_falls(
        self, start: dt.date, rule: str
    ) -> None:
        """A rule with a day, position or month that never falls is known valid by the rest."""
        assert known_valid(start, rule) is True
        assert _careful(start, rule)

    @given(start=STARTS, rule=WELL_FORMED)
    def test_agrees_on_well_formed_rules(self, start: dt.date, rule: str) -> None:
        """On rules of in-range parts, known valid implies accepted by the careful check."""
        if known_valid(start, rule):
            assert _careful(start, rule)


def _dateutil_reading(start: dt.date, rule: str) -> tuple[Parts, dt.date | None, int | None]:
    parsed = _parse(start, rule)
    until = None if parsed.until is None else parsed.until.date()
    return Parts.of(parsed.rule), until, parsed.total


def _own_reading(start: dt.date, rule: str) -> tuple[Parts, dt.date | None, int | None] | None:
    own = filled_rule(start, rule)
    return None if own is None else (_reckon._parts(own), own.until, own.total)


class TestFilledRule:
    """The days of a plainly written rule are found from its own reading, not dateutil's."""

    @pytest.mark.parametrize("rule", COMMON_RULES)
    def test_common_rules_are_read_without_dateutil(self, rule: str) -> None:
        start = dt.date(2024, 3, 14)
        assert _own_reading(start, rule) == _dateutil_reading(start, rule)

    @given(start=STARTS, rule=WELL_FORMED)
    @example(start=dt.date(2024, 1, 31), rule="FREQ=MONTHLY;UNTIL=20250101T120000Z")
    @example(start=dt.date(2024, 2, 29), rule="FREQ=YEARLY;BYWEEKNO=-1;WKST=SU")
    @example(start=dt.date(2024, 1, 31), rule="FREQ=MONTHLY;BYDAY=2TU,-1FR")
    def test_reads_what_dateutil_reads(self, start: dt.date, rule: str) -> None:
        """Filled from the start as dateutil fills them: frequency, interval, week start,
        each BY-part, UNTIL and COUNT, whenever the rule is read at all."""
        own = _own_reading(start, rule)
        if own is not None:
            assert own == _dateutil_reading(start, rule)

    @pytest.mark.parametrize(
        "rule", ["FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU", "FREQ=YEARLY;BYWEEKNO=1"]
    )
    def test_weeks_begin_on_monday_whatever_the_calendar_module_says(self, rule: str) -> None:
        """RFC 5545's default week start, on either reading: not the host's calendar setting."""
        before = calendar.firstweekday()
        calendar.setfirstweekday(calendar.SUNDAY)
        _outcome.cache_clear()
        try:
            start = dt.date(2024, 3, 14)
            own = _own_reading(start, rule)
            assert own is not None
            assert own == _dateutil_reading(start, rule)
            assert own[0].wkst == 0
        finally:
            calendar.setfirstweekday(before)
            _outcome.cache_clear()

    def test_the_schedule_answers_alike(self) -> None:
        """A schedule's days are the same whichever reading found them."""
        start, rule = dt.date(2024, 1, 31), "FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1"
        own = _reckon.days_of(start, rule)
        parts, until, count = _dateutil_reading(start, rule)
        theirs = _reckon.Days(start, parts, until, count)
        first, last = dt.date(2024, 1, 1), dt.date(2030, 12, 31)
        assert list(own.between(first, last)) == list(theirs.between(first, last))
        assert own.count(first, last) == theirs.count(first, last) == 21


class TestNumbers:
    """A BY-part's numbers are read as RFC 5545 writes them: a sign, one to three digits."""

    @given(text=st.text(alphabet="0123456789+-,", max_size=12), limit=st.sampled_from([12, 366]))
    @example(text="", limit=12)
    @example(text="+", limit=12)
    @example(text="-0", limit=12)
    @example(text="012", limit=366)
    @example(text="1,,2", limit=12)
    def test_as_the_pattern_reads_them(self, text: str, limit: int) -> None:
        items = text.split(",")
        plain = all(re.fullmatch(r"[+-]?[1-9][0-9]{0,2}", item) for item in items)
        expected = None
        if plain and all(1 <= abs(int(item)) <= limit for item in items):
            expected = frozenset(int(item) for item in items)
        assert expected == _rulecheck._numbers(text, limit)

    @pytest.mark.parametrize("day", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"])
    def test_plain_and_numbered_days(self, day: str) -> None:
        """A day without a number is any such day; with one, the nth in the month."""
        rule = filled_rule(dt.date(2024, 1, 1), f"FREQ=MONTHLY;BYDAY={day},2{day}")
        assert rule is not None
        number = ("MO", "TU", "WE", "TH", "FR", "SA", "SU").index(day)
        assert (frozenset({number}), frozenset({(number, 2)})) == (
            rule.weekdays,
            rule.nth_weekdays,
        )
