"""Tests for tiltak's Schedule: constructors, clamping, occurrences, RRULE text, words."""

from __future__ import annotations

import datetime as dt
import itertools
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tiltak import Frequency, Schedule
from tiltak._time._reckon import _PER_SPAN, days_of
from tiltak._time._rrule import PLAIN_RULE, _parse_once
from tiltak._time._schedule import MAX_OCCURRENCES
from tiltak.errors import ModelError, ModelTypeError

D = dt.date

CONSTRUCTORS = {
    "weekly": Schedule.weekly,
    "monthly": Schedule.monthly,
    "every_tertial": Schedule.every_tertial,
    "twice_a_year": Schedule.twice_a_year,
    "yearly": Schedule.yearly,
    "calendar_tertials": Schedule.calendar_tertials,
}


class TestConstructors:
    def test_weekly(self) -> None:
        """Weekly falls on the start's weekday, every week."""
        s = Schedule.weekly(D(2024, 1, 3))
        assert "FREQ=WEEKLY" == s.rule
        assert (D(2024, 1, 3), D(2024, 1, 10), D(2024, 1, 17)) == s.occurrences(
            D(2024, 1, 1), D(2024, 1, 20)
        )

    def test_weekly_interval(self) -> None:
        """An interval of two weeks skips every other week."""
        s = Schedule.weekly(D(2024, 1, 3), interval=2)
        assert "FREQ=WEEKLY;INTERVAL=2" == s.rule
        assert (D(2024, 1, 3), D(2024, 1, 17), D(2024, 1, 31)) == s.occurrences(
            D(2024, 1, 1), D(2024, 2, 6)
        )

    def test_monthly_plain(self) -> None:
        """Monthly from a day up to the 28th needs no clamping."""
        s = Schedule.monthly(D(2024, 1, 15))
        assert "FREQ=MONTHLY" == s.rule
        assert (D(2024, 1, 15), D(2024, 2, 15), D(2024, 3, 15)) == s.occurrences(
            D(2024, 1, 1), D(2024, 3, 31)
        )

    def test_every_tertial(self) -> None:
        """Every tertial is every four months."""
        s = Schedule.every_tertial(D(2024, 1, 10))
        assert "FREQ=MONTHLY;INTERVAL=4" == s.rule
        assert (D(2024, 1, 10), D(2024, 5, 10), D(2024, 9, 10), D(2025, 1, 10)) == (
            s.occurrences(D(2024, 1, 1), D(2025, 1, 31))
        )

    def test_twice_a_year(self) -> None:
        """Twice a year is every six months."""
        s = Schedule.twice_a_year(D(2024, 3, 1))
        assert "FREQ=MONTHLY;INTERVAL=6" == s.rule
        assert (D(2024, 3, 1), D(2024, 9, 1), D(2025, 3, 1)) == s.occurrences(
            D(2024, 1, 1), D(2025, 3, 1)
        )

    def test_yearly(self) -> None:
        """Yearly falls on the start's date each year."""
        s = Schedule.yearly(D(2024, 6, 30))
        assert "FREQ=YEARLY" == s.rule
        assert (D(2024, 6, 30), D(2025, 6, 30)) == s.occurrences(D(2024, 1, 1), D(2025, 12, 31))

    def test_calendar_tertials(self) -> None:
        """Calendar tertials end on 30 April, 31 August and 31 December."""
        s = Schedule.calendar_tertials(D(2024, 1, 1))
        assert "FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1" == s.rule
        assert (D(2024, 4, 30), D(2024, 8, 31), D(2024, 12, 31), D(2025, 4, 30)) == (
            s.occurrences(D(2024, 1, 1), D(2025, 5, 1))
        )

    def test_calendar_tertials_start_mid_tertial(self) -> None:
        """A start inside a tertial first falls due at that tertial's end."""
        s = Schedule.calendar_tertials(D(2024, 5, 15))
        assert D(2024, 8, 31) == s.next_due(D(2024, 5, 15))

    @pytest.mark.parametrize("name", sorted(CONSTRUCTORS))
    def test_until(self, name: str) -> None:
        """Every constructor can end by a date, which is included."""
        s = CONSTRUCTORS[name](D(2024, 1, 1), until=D(2024, 12, 31))
        assert D(2024, 12, 31) == s.until
        days = s.occurrences(D(2024, 1, 1), D(2026, 1, 1))
        assert days
        assert max(days) <= D(2024, 12, 31)
        assert None is s.next_due(D(2025, 1, 1))

    @pytest.mark.parametrize("name", sorted(CONSTRUCTORS))
    def test_count(self, name: str) -> None:
        """Every constructor can end after a number of occurrences."""
        s = CONSTRUCTORS[name](D(2024, 1, 1), count=3)
        assert 3 == s.count
        assert 3 == len(s.occurrences(D(2024, 1, 1), D(2030, 1, 1)))

    def test_until_and_count_refused(self) -> None:
        """A schedule cannot end both by a date and by a count."""
        with pytest.raises(ModelError):
            Schedule.monthly(D(2024, 1, 1), until=D(2024, 6, 1), count=3)

    @pytest.mark.parametrize("interval", [0, -1])
    def test_bad_interval(self, interval: int) -> None:
        """An interval below one is refused."""
        with pytest.raises(ModelError):
            Schedule.weekly(D(2024, 1, 1), interval=interval)

    def test_datetime_start_refused(self) -> None:
        """A datetime is not a date."""
        with pytest.raises(ModelTypeError):
            Schedule.monthly(dt.datetime(2024, 1, 1))


class TestValidation:
    @pytest.mark.parametrize(
        "rule",
        [
            "",
            "RRULE:FREQ=MONTHLY",
            "FREQ=SOMETIMES",
            "FREQ=MONTHLY\nFREQ=WEEKLY",
            "FREQ=HOURLY",
            "FREQ=MONTHLY;INTERVAL=0",
            "FREQ=DAILY;INTERVAL=-1",
        ],
    )
    def test_bad_rule(self, rule: str) -> None:
        """A rule that is not one RRULE value repeating at most daily is refused."""
        with pytest.raises(ModelError):
            Schedule(start=D(2024, 1, 1), rule=rule)

    def test_until_in_utc_accepted(self) -> None:
        """An UNTIL given as a UTC date-time, as calendars write it, ends on its date."""
        s = Schedule(start=D(2024, 1, 1), rule="FREQ=MONTHLY;UNTIL=20240301T000000Z")
        assert D(2024, 3, 1) == s.until
        assert (D(2024, 1, 1), D(2024, 2, 1), D(2024, 3, 1)) == s.occurrences(
            D(2024, 1, 1), D(2025, 1, 1)
        )


class TestRfcSyntax:
    """Only RFC 5545's RRULE grammar is a rule: dateutil's laxer reading is not."""

    @pytest.mark.parametrize(
        ("rule", "message"),
        [
            ("FREQ=MONTHLY;BYMONTHDAY=0", "has a BY-part outside the range RFC 5545 allows"),
            ("FREQ=MONTHLY;BYMONTHDAY=-0", "has a BY-part outside the range"),
            ("FREQ=MONTHLY;BYMONTHDAY=+0", "has a BY-part outside the range"),
            ("FREQ=MONTHLY;BYMONTHDAY=15,0", "has a BY-part outside the range"),
            ("FREQ=MONTHLY;BYMONTHDAY=00", "has a BY-part outside the range"),
            ("FREQ=YEARLY;BYYEARDAY=-0", "has a BY-part outside the range"),
            ("FREQ=MONTHLY;BYDAY=0MO", "has a BY-part outside the range"),
            ("FREQ=DAILY;UNTIL=2024-01-05", "UNTIL must be a date that exists, YYYYMMDD, or"),
            ("FREQ=DAILY;UNTIL=01/05/2024", "UNTIL must be a date"),
            ("FREQ=DAILY;UNTIL=20240230", "UNTIL must be a date that exists"),
            ("FREQ=DAILY;UNTIL=20240105T240000Z", "UNTIL must be a date"),
            ("FREQ=DAILY;UNTIL=20240105T000000+0100", "UNTIL must be a date"),
            ("FREQ=DAILY;UNTIL=\u0662\u06600240105", "UNTIL must be a date"),
            (
                "FREQ=YEARLY;BYMONTH=+2",
                "BYMONTH must be numbers of one or two digits 0 to 9, with",
            ),
            ("FREQ=YEARLY;BYMONTH=002", "BYMONTH must be numbers"),
            ("FREQ=DAILY;INTERVAL=\u0661", "INTERVAL must be from 1 to 2147483647, in the digits"),
            ("FREQ=DAILY;INTERVAL=+2", "INTERVAL must be from 1"),
            ("FREQ=DAILY;INTERVAL=1_0", "INTERVAL must be from 1"),
            ("FREQ=DAILY;COUNT=\u0663", "COUNT must be from 1"),
            ("FREQ=MONTHLY;BYMONTHDAY=\u0663\u0661", "BYMONTHDAY must be numbers of one or two"),
            ("FREQ=MONTHLY;BYMONTHDAY=031", "BYMONTHDAY must be numbers"),
            ("FREQ=MONTHLY;BYMONTHDAY=+010", "BYMONTHDAY must be numbers"),
            ("FREQ=YEARLY;BYYEARDAY=0001", "BYYEARDAY must be numbers of one to three digits"),
            ("FREQ=MONTHLY;BYDAY=MO(+1)", "BYDAY must be weekdays, MO to SU"),
            ("FREQ=MONTHLY;BYDAY=+MO", "BYDAY must be weekdays"),
            ("FREQ=WEEKLY;WKST=\u017fU", "WKST must be a weekday"),  # long s: "S" in upper case
            ("FREQ=DAILY;FREQ=WEEKLY", "FREQ is given more than once"),
            ("FREQ=MONTHLY;BYMONTHDAY=1;bymonthday=2", "BYMONTHDAY is given more than once"),
            ("INTERVAL=2", "FREQ is missing"),
            ("FREQ=WEEKLY;BYWEEKDAY=MO", "is not a valid RFC 5545 RRULE$"),  # dateutil's own
        ],
    )
    def test_refused(self, rule: str, message: str) -> None:
        """A rule off the grammar is refused, saying which part is wrong and how."""
        with pytest.raises(ModelError, match=message) as info:
            Schedule(start=D(2024, 1, 10), rule=rule)
        assert str(info.value).startswith("Schedule.rule ")

    @pytest.mark.parametrize(
        ("rule", "days"),
        [
            ("freq=monthly;bymonthday=10;count=2", (D(2024, 1, 10), D(2024, 2, 10))),
            ("FREQ=YEARLY;BYMONTH=01;BYMONTHDAY=10;COUNT=2", (D(2024, 1, 10), D(2025, 1, 10))),
            ("FREQ=MONTHLY;BYDAY=+02WE;COUNT=2", (D(2024, 1, 10), D(2024, 2, 14))),
            ("FREQ=DAILY;COUNT=002", (D(2024, 1, 10), D(2024, 1, 11))),
            ("FREQ=DAILY;UNTIL=20240111T235960Z", (D(2024, 1, 10), D(2024, 1, 11))),
            ("FREQ=DAILY;UNTIL=20240111t120000z", (D(2024, 1, 10), D(2024, 1, 11))),
        ],
    )
    def test_accepted_as_rfc_5545_writes_it(self, rule: str, days: tuple[dt.date, ...]) -> None:
        """Names and words in any case, numbers with leading zeros and a sign where the
        grammar has them, and UNTIL's time to a leap second are RFC 5545 and read so."""
        s = Schedule(start=D(2024, 1, 10), rule=rule)
        assert days == s.occurrences(D(2024, 1, 1), D(2025, 12, 31))


class TestMonthEnd:
    def test_monthly_from_31_january(self) -> None:
        """Monthly from 31 January clamps to 29 February 2024, 31 March, 30 April."""
        s = Schedule.monthly(D(2024, 1, 31))
        assert "FREQ=MONTHLY;BYMONTHDAY=31,-1;BYSETPOS=1" == s.rule
        assert (D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30)) == (
            s.occurrences(D(2024, 1, 1), D(2024, 4, 30))
        )

    def test_monthly_from_30th_keeps_30th(self) -> None:
        """Monthly from the 30th falls on the 30th in long months, not the 31st."""
        s = Schedule.monthly(D(2023, 1, 30))
        assert (D(2023, 1, 30), D(2023, 2, 28), D(2023, 3, 30)) == s.occurrences(
            D(2023, 1, 1), D(2023, 3, 31)
        )

    def test_tertial_from_31st(self) -> None:
        """Every tertial from 31 May falls on 30 September, then 31 January."""
        s = Schedule.every_tertial(D(2024, 5, 31))
        assert (D(2024, 5, 31), D(2024, 9, 30), D(2025, 1, 31)) == s.occurrences(
            D(2024, 1, 1), D(2025, 2, 1)
        )

    def test_twice_a_year_from_31_august(self) -> None:
        """Twice a year from 31 August falls on 28 February, never skipping it."""
        s = Schedule.twice_a_year(D(2024, 8, 31))
        assert (D(2024, 8, 31), D(2025, 2, 28), D(2025, 8, 31)) == s.occurrences(
            D(2024, 1, 1), D(2025, 12, 1)
        )

    def test_yearly_from_29_february(self) -> None:
        """Yearly from 29 February falls on 28 February in other years."""
        s = Schedule.yearly(D(2024, 2, 29))
        assert (
            D(2024, 2, 29),
            D(2025, 2, 28),
            D(2026, 2, 28),
            D(2027, 2, 28),
            D(2028, 2, 29),
        ) == (s.occurrences(D(2024, 1, 1), D(2028, 12, 31)))

    @given(
        start=st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)),
        interval=st.sampled_from([1, 2, 3, 4, 6, 12]),
    )
    def test_monthly_never_skips(self, start: dt.date, interval: int) -> None:
        """Monthly schedules fall once in every due month, on the start day or the month's end."""
        s = Schedule.monthly(start, interval=interval)
        days = s.occurrences(start, start + dt.timedelta(days=800))
        months = [d.year * 12 + d.month for d in days]
        assert all(interval == b - a for a, b in itertools.pairwise(months))
        for d in days:
            last = (D(d.year + d.month // 12, d.month % 12 + 1, 1) - dt.timedelta(days=1)).day
            assert min(start.day, last) == d.day


class TestOccurrences:
    def test_inclusive(self) -> None:
        """Both ends of the range are included, and dates come back, not datetimes."""
        s = Schedule.monthly(D(2024, 1, 15))
        days = s.occurrences(D(2024, 2, 15), D(2024, 3, 15))
        assert (D(2024, 2, 15), D(2024, 3, 15)) == days
        assert all(type(d) is dt.date for d in days)

    def test_nothing_before_start(self) -> None:
        """A schedule never falls due before its start."""
        s = Schedule.monthly(D(2024, 6, 1))
        assert () == s.occurrences(D(2024, 1, 1), D(2024, 5, 31))

    def test_reversed_range(self) -> None:
        """An end before the start gives no occurrences."""
        s = Schedule.monthly(D(2024, 1, 1))
        assert () == s.occurrences(D(2024, 6, 1), D(2024, 1, 1))

    def test_absurd_range_refused(self) -> None:
        """A range holding more than MAX_OCCURRENCES occurrences is refused, not computed."""
        s = Schedule(start=D(2000, 1, 1), rule="FREQ=DAILY")
        with pytest.raises(ModelError):
            s.occurrences(D(2000, 1, 1), D(9999, 12, 31))
        assert MAX_OCCURRENCES == len(
            s.occurrences(D(2000, 1, 1), D(2000, 1, 1) + dt.timedelta(days=MAX_OCCURRENCES - 1))
        )

    @pytest.mark.parametrize(
        "rule",
        [
            "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
            "FREQ=YEARLY;BYMONTH=4,6;BYMONTHDAY=31,-31",
            "FREQ=DAILY;BYSETPOS=2",
            "FREQ=WEEKLY;BYSETPOS=9",
            "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6",
            "FREQ=MONTHLY;BYSETPOS=-32",
            "FREQ=DAILY;BYYEARDAY=366;BYMONTH=2",
        ],
    )
    def test_never_matching_rule_refused(self, rule: str) -> None:
        """A rule that can never fall due is refused at once, not searched to year 9999."""
        with pytest.raises(ModelError, match="never falls due"):
            Schedule(start=D(2024, 1, 1), rule=rule)

    @pytest.mark.parametrize(
        ("rule", "first"),
        [
            ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=5", D(2024, 1, 29)),
            ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1", D(2024, 1, 29)),
            ("FREQ=YEARLY;BYYEARDAY=366;BYMONTH=12", D(2024, 12, 31)),
            ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", D(2024, 2, 29)),
            ("FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO", D(2026, 12, 28)),
            ("FREQ=MONTHLY;BYMONTHDAY=31", D(2024, 1, 31)),
        ],
    )
    def test_rare_rules_kept(self, rule: str, first: dt.date) -> None:
        """Rules that fall due rarely, or only in some years, are kept."""
        assert first == Schedule(start=D(2024, 1, 1), rule=rule).next_due(D(2024, 1, 1))

    def test_ended_before_range(self) -> None:
        """A schedule whose last occurrence lies before the range gives none."""
        s = Schedule.monthly(D(2024, 1, 1), count=2)
        assert () == s.occurrences(D(2024, 3, 1), D(2030, 1, 1))
        assert None is s.next_due(D(2024, 3, 1))

    def test_datetime_refused(self) -> None:
        """Occurrences are asked for with dates, not datetimes."""
        s = Schedule.monthly(D(2024, 1, 1))
        with pytest.raises(ModelTypeError):
            s.occurrences(dt.datetime(2024, 1, 1), D(2024, 2, 1))

    def test_repeated_iteration(self) -> None:
        """Asking twice gives the same answer (the parsed rule is shared)."""
        s = Schedule.monthly(D(2024, 1, 31))
        first = s.occurrences(D(2024, 1, 1), D(2024, 12, 31))
        assert first == s.occurrences(D(2024, 1, 1), D(2024, 12, 31))
        assert 12 == len(first)


class TestNextDue:
    def test_on_the_day(self) -> None:
        """next_due counts the given day itself."""
        s = Schedule.monthly(D(2024, 1, 15))
        assert D(2024, 2, 15) == s.next_due(D(2024, 2, 15))

    def test_day_after(self) -> None:
        """The day after an occurrence looks to the next one."""
        s = Schedule.monthly(D(2024, 1, 15))
        assert D(2024, 3, 15) == s.next_due(D(2024, 2, 16))

    def test_before_start(self) -> None:
        """Before the start, the start is next due."""
        s = Schedule.monthly(D(2024, 1, 15))
        assert D(2024, 1, 15) == s.next_due(D(2020, 1, 1))

    def test_clamped(self) -> None:
        """next_due clamps at month ends too."""
        s = Schedule.monthly(D(2024, 1, 31))
        assert D(2024, 2, 29) == s.next_due(D(2024, 2, 1))

    def test_ended(self) -> None:
        """An ended schedule is never due again."""
        s = Schedule.monthly(D(2024, 1, 15), count=2)
        assert None is s.next_due(D(2024, 2, 16))


class TestRRuleText:
    @pytest.mark.parametrize("name", sorted(CONSTRUCTORS))
    @pytest.mark.parametrize("start", [D(2024, 1, 15), D(2024, 1, 31), D(2024, 2, 29)])
    def test_round_trip(self, name: str, start: dt.date) -> None:
        """from_rrule reads back what to_rrule writes."""
        s = CONSTRUCTORS[name](start)
        assert s == Schedule.from_rrule(s.to_rrule())

    def test_to_rrule(self) -> None:
        """to_rrule writes DTSTART as a date and the rule on its own line."""
        s = Schedule.every_tertial(D(2024, 1, 15))
        assert "DTSTART;VALUE=DATE:20240115\nRRULE:FREQ=MONTHLY;INTERVAL=4" == s.to_rrule()

    def test_round_trip_through_dateutil(self) -> None:
        """dateutil reads to_rrule's text to the same occurrences."""
        from dateutil.rrule import rrulestr

        s = Schedule.monthly(D(2024, 1, 31), count=4)
        days = tuple(d.date() for d in rrulestr(s.to_rrule()))
        assert s.occurrences(D(2024, 1, 1), D(2025, 1, 1)) == days

    @pytest.mark.parametrize(
        "text",
        [
            "DTSTART:20240115\nRRULE:FREQ=MONTHLY;INTERVAL=4",
            "DTSTART:20240115T090000\nRRULE:FREQ=MONTHLY;INTERVAL=4",
            "DTSTART;VALUE=DATE:20240115\r\nRRULE:FREQ=MONTHLY;INTERVAL=4\r\n",
            "DTSTART;TZID=Europe/Oslo:20240115T090000\nRRULE:FREQ=MONTHLY;INTERVAL=4",
        ],
    )
    def test_dtstart_forms(self, text: str) -> None:
        """DTSTART as a date, a date-time or with parameters gives the anchor's date."""
        assert Schedule(start=D(2024, 1, 15), rule="FREQ=MONTHLY;INTERVAL=4") == (
            Schedule.from_rrule(text)
        )

    @pytest.mark.parametrize("text", ["RRULE:FREQ=WEEKLY", "FREQ=WEEKLY", "  RRULE:FREQ=WEEKLY\n"])
    def test_start_keyword(self, text: str) -> None:
        """Without DTSTART, start= anchors the rule."""
        assert Schedule.weekly(D(2024, 3, 4)) == Schedule.from_rrule(text, start=D(2024, 3, 4))

    @pytest.mark.parametrize(
        ("text", "start"),
        [
            ("RRULE:FREQ=WEEKLY", None),
            ("DTSTART:20240115\nRRULE:FREQ=WEEKLY", D(2024, 1, 16)),
            ("DTSTART:20240115", None),
            ("DTSTART:20240115\nRRULE:FREQ=WEEKLY\nRRULE:FREQ=MONTHLY", None),
            ("DTSTART:20241315\nRRULE:FREQ=WEEKLY", None),
            ("DTSTART:2024\nRRULE:FREQ=WEEKLY", None),
            ("DTSTART:20240115\nEXDATE:20240122\nRRULE:FREQ=WEEKLY", None),
            ("DTSTART:20240115\nRRULE:FREQ=NEVER", None),
        ],
    )
    def test_refused(self, text: str, start: dt.date | None) -> None:
        """Text without one readable rule and one anchor is refused with a ModelError."""
        with pytest.raises(ModelError):
            Schedule.from_rrule(text, start=start)

    def test_not_a_string(self) -> None:
        """Only text is read."""
        with pytest.raises(ModelTypeError):
            Schedule.from_rrule(42)  # type: ignore[arg-type]


class TestDescribe:
    @pytest.mark.parametrize(
        ("schedule", "expected"),
        [
            (Schedule.weekly(D(2024, 1, 1)), "every week"),
            (Schedule.weekly(D(2024, 1, 1), interval=2), "every 2 weeks"),
            (Schedule.monthly(D(2024, 1, 1)), "every month"),
            (Schedule.monthly(D(2024, 1, 31)), "every month"),
            (Schedule.monthly(D(2024, 1, 1), interval=3), "every 3 months"),
            (Schedule.every_tertial(D(2024, 1, 31)), "every tertial"),
            (Schedule.twice_a_year(D(2024, 1, 1)), "twice a year"),
            (Schedule.yearly(D(2024, 1, 1)), "every year"),
            (Schedule.yearly(D(2024, 2, 29)), "every year"),
            (Schedule.yearly(D(2024, 1, 1), interval=2), "every 2 years"),
            (Schedule.monthly(D(2024, 1, 1), interval=24), "every 2 years"),
            (
                Schedule.calendar_tertials(D(2024, 1, 1)),
                "at the end of each tertial (30 April, 31 August, 31 December)",
            ),
            (Schedule(start=D(2024, 1, 1), rule="FREQ=DAILY"), "every day"),
            (
                Schedule(start=D(2024, 1, 1), rule="FREQ=WEEKLY;BYDAY=TH,MO"),
                "every Monday and Thursday",
            ),
            (
                Schedule(start=D(2024, 1, 1), rule="FREQ=WEEKLY;BYDAY=MO,WE,FR;INTERVAL=2"),
                "every other Monday, Wednesday and Friday",
            ),
            (
                Schedule(start=D(2024, 1, 1), rule="FREQ=WEEKLY;BYDAY=SU"),
                "every Sunday",
            ),
            (
                Schedule(start=D(2024, 1, 1), rule="FREQ=MONTHLY;BYMONTHDAY=-1"),
                "every month, on the last day of the month",
            ),
            (
                Schedule(start=D(2024, 1, 1), rule="FREQ=MONTHLY;BYDAY=-1FR"),
                "every month, on set days",
            ),
            (
                Schedule(start=D(2024, 1, 1), rule="FREQ=WEEKLY;BYDAY=TU,FR;UNTIL=20250228"),
                "every Tuesday and Friday until 28 February 2025",
            ),
            (Schedule.monthly(D(2024, 1, 1), count=1), "every month, once"),
            (Schedule.monthly(D(2024, 1, 1), count=6), "every month, 6 times"),
            (
                Schedule.monthly(D(2024, 1, 1), until=D(2024, 12, 31)),
                "every month until 31 December 2024",
            ),
        ],
    )
    def test_english(self, schedule: Schedule, expected: str) -> None:
        """Each kind of schedule has its own English description."""
        assert expected == schedule.describe(locale="en")

    @pytest.mark.parametrize(
        ("rule", "start", "locale", "since", "expected"),
        [
            (
                "FREQ=WEEKLY;BYDAY=FR,SA;UNTIL=20241231",
                D(2024, 3, 1),
                "nb",
                True,
                "hver fredag og lørdag fra 1. mars til og med 31. desember 2024",
            ),
            (
                "FREQ=WEEKLY;BYDAY=FR,SA;UNTIL=20241231",
                D(2024, 3, 1),
                "sv",
                True,
                "varje fredag och lördag från 1 mars till och med 31 december 2024",
            ),
            ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", D(2024, 3, 4), "sv", False, "varannan måndag"),
            ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", D(2024, 3, 4), "nn", False, "annankvar måndag"),
            (
                "FREQ=WEEKLY;BYDAY=TU;UNTIL=20250228",
                D(2024, 9, 3),
                "nb",
                True,
                "hver tirsdag fra 3. september 2024 til og med 28. februar 2025",
            ),
        ],
    )
    def test_as_people_say_it(
        self, rule: str, start: dt.date, locale: str, since: bool, expected: str
    ) -> None:
        """A schedule reads as one phrase, from its start to its end, in the reader's words."""
        assert expected == Schedule(start=start, rule=rule).describe(locale=locale, since=since)

    @pytest.mark.parametrize("name", sorted(CONSTRUCTORS))
    def test_every_constructor_is_described(self, name: str) -> None:
        """Every constructor's schedule has a specific description, not the fallback."""
        text = CONSTRUCTORS[name](D(2024, 1, 31)).describe(locale="en")
        assert text
        assert "set days" not in text


class TestProperties:
    @pytest.mark.parametrize(
        ("schedule", "frequency", "interval"),
        [
            (Schedule.weekly(D(2024, 1, 1)), Frequency.WEEKLY, 1),
            (Schedule.every_tertial(D(2024, 1, 1)), Frequency.MONTHLY, 4),
            (Schedule.twice_a_year(D(2024, 1, 1)), Frequency.MONTHLY, 6),
            (Schedule.calendar_tertials(D(2024, 1, 1)), Frequency.YEARLY, 1),
            (Schedule(start=D(2024, 1, 1), rule="freq=daily;interval=3"), Frequency.DAILY, 3),
        ],
    )
    def test_frequency_and_interval(
        self, schedule: Schedule, frequency: Frequency, interval: int
    ) -> None:
        """frequency and interval read the rule."""
        assert frequency is schedule.frequency
        assert interval == schedule.interval

    def test_open_ended(self) -> None:
        """A rule without UNTIL or COUNT has neither."""
        s = Schedule.monthly(D(2024, 1, 1))
        assert (None, None) == (s.until, s.count)

    def test_cold_import(self) -> None:
        """Importing tiltak does not import dateutil's rrule or parser."""
        import subprocess
        import sys

        code = (
            "import sys, tiltak;"
            "print('dateutil.rrule' in sys.modules, 'dateutil.parser' in sys.modules)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "False False" == out.stdout.strip()


class TestPlainRules:
    @given(
        rule=st.from_regex(PLAIN_RULE, fullmatch=True),
        start=st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    )
    def test_plain_rules_are_valid_from_every_start(self, rule: str, start: dt.date) -> None:
        """A rule the shortcut lets through unparsed is one dateutil reads, and it falls due."""
        _parse_once(start, rule)  # the full check, which raises ModelError otherwise
        assert start == _first(start, rule)

    @pytest.mark.parametrize(
        "rule",
        ["FREQ=HOURLY", "FREQ=MONTHLY;INTERVAL=0", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"],
    )
    def test_other_rules_are_still_checked(self, rule: str) -> None:
        """A rule outside the shortcut is checked in full, and refused when it is wrong."""
        assert PLAIN_RULE.fullmatch(rule) is None
        with pytest.raises(ModelError):
            Schedule(start=dt.date(2024, 1, 31), rule=rule)


class TestRanges:
    @pytest.mark.parametrize(
        "rule",
        [
            "FREQ=DAILY;BYMONTH=13",
            "FREQ=DAILY;BYMONTH=0",
            "FREQ=MONTHLY;BYMONTHDAY=32",
            "FREQ=MONTHLY;BYMONTHDAY=-32",
            "FREQ=YEARLY;BYYEARDAY=367",
            "FREQ=YEARLY;BYWEEKNO=54",
            "FREQ=MONTHLY;BYDAY=6MO",
            "FREQ=YEARLY;BYMONTH=2;BYDAY=53MO",
            "FREQ=YEARLY;BYDAY=54MO",
        ],
    )
    def test_parts_outside_rfc_5545_are_refused(self, rule: str) -> None:
        """A BY-part out of range is a ModelError, not dateutil's IndexError or a long search."""
        with pytest.raises(ModelError, match="outside the range"):
            Schedule(start=D(2024, 6, 7), rule=rule)

    @pytest.mark.parametrize(
        "rule", ["FREQ=YEARLY;BYDAY=53MO", "FREQ=MONTHLY;BYDAY=-5FR", "FREQ=YEARLY;BYYEARDAY=-366"]
    )
    def test_parts_at_the_edge_are_kept(self, rule: str) -> None:
        """The largest values RFC 5545 allows are accepted and give occurrences without error."""
        schedule = Schedule(start=D(2024, 1, 1), rule=rule)
        assert isinstance(schedule.occurrences(D(2024, 1, 1), D(2040, 1, 1)), tuple)

    @given(
        frequency=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
        month=st.sampled_from(["", ";BYMONTH=2", ";BYMONTH=12", ";BYMONTH=13"]),
        day=st.sampled_from(["", ";BYDAY=5TU", ";BYDAY=-1FR", ";BYDAY=53MO", ";BYMONTHDAY=-31"]),
        start=st.dates(min_value=D(1990, 1, 1), max_value=D(2030, 12, 31)),
    )
    def test_only_model_errors_escape(
        self, frequency: str, month: str, day: str, start: dt.date
    ) -> None:
        """Whatever such a rule says, building and reading it raises nothing but ModelError."""
        try:
            schedule = Schedule(start=start, rule=f"FREQ={frequency}{month}{day}")
        except ModelError:
            return
        schedule.occurrences(D(2020, 1, 1), D(2030, 1, 1))
        schedule.next_due(D(2025, 1, 1))


class TestDaysOnly:
    @pytest.mark.parametrize(
        "rule",
        [
            "FREQ=DAILY;BYHOUR=8,12",
            "FREQ=DAILY;BYHOUR=8,12;BYSETPOS=2",
            "FREQ=WEEKLY;byminute=0",
            "FREQ=MONTHLY;BYSECOND=0,30",
        ],
    )
    def test_time_parts_are_refused(self, rule: str) -> None:
        """RFC 5545 forbids them with a date start; each would multiply the days to walk."""
        with pytest.raises(ModelError, match="BYHOUR, BYMINUTE or BYSECOND: days only"):
            Schedule(start=D(2024, 1, 1), rule=rule)

    def test_easter_is_refused(self) -> None:
        """BYEASTER is dateutil's own, not RFC 5545's (and repeats on no 400-year cycle)."""
        with pytest.raises(ModelError, match="BYEASTER"):
            Schedule(start=D(2024, 1, 1), rule="FREQ=YEARLY;BYEASTER=0")


class TestEnds:
    @pytest.mark.parametrize(
        "rule", ["FREQ=DAILY;COUNT=3;UNTIL=20250101", "FREQ=WEEKLY;UNTIL=20250101;COUNT=3"]
    )
    def test_count_and_until_together_are_refused(self, rule: str) -> None:
        """RFC 5545 forbids both; dateutil warned, so a warnings filter decided the outcome."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # as in a program: the rule must still be refused
            with pytest.raises(ModelError, match="not both"):
                Schedule(start=D(2024, 1, 1), rule=rule)

    @pytest.mark.parametrize("rule", ["FREQ=DAILY;COUNT=0", "FREQ=MONTHLY;COUNT=-2"])
    def test_count_below_one_is_refused(self, rule: str) -> None:
        with pytest.raises(ModelError, match="COUNT must be from 1"):
            Schedule(start=D(2024, 1, 1), rule=rule)

    def test_last_due_and_count_due(self) -> None:
        """The last day on or before a day, and how many days fell due in a range."""
        s = Schedule.monthly(D(2024, 1, 31), until=D(2024, 6, 30))
        assert None is s.last_due(D(2024, 1, 30))
        assert D(2024, 1, 31) == s.last_due(D(2024, 1, 31))
        assert D(2024, 2, 29) == s.last_due(D(2024, 3, 30))
        assert D(2024, 6, 30) == s.last_due(D(2030, 1, 1))
        assert 6 == s.count_due(D(2000, 1, 1), D(2030, 1, 1))
        assert 2 == s.count_due(D(2024, 2, 29), D(2024, 3, 31))
        assert 0 == s.count_due(D(2024, 3, 1), D(2024, 2, 1))
        assert 3 == Schedule.weekly(D(2024, 1, 1), count=3).count_due(D(1, 1, 1), D(9999, 12, 31))


def rule_parts(choices: list[str], *, max_size: int) -> st.SearchStrategy[list[str]]:
    """A few of the rule parts ``choices``, each name at most once."""
    return st.lists(
        st.sampled_from(choices), max_size=max_size, unique_by=lambda part: part.split("=")[0]
    )


def _first(start: dt.date, rule: str) -> dt.date | None:
    """The first due day as tiltak finds it, worked out afresh."""
    first = days_of.__wrapped__(start, rule).first
    return None if first is None else dt.date.fromordinal(first)


def _searched(start: dt.date, rule: str) -> dt.date | None:
    """The first due day as dateutil finds it, searching day by day to the year 9999."""
    first = next(iter(_parse_once(start, rule).rule), None)
    return None if first is None else first.date()


class TestNeverDue:
    """Whether a rule never falls due is answered from the kinds of year, not 8,000 years."""

    @pytest.mark.parametrize(
        ("rule", "start", "first"),
        [
            ("FREQ=DAILY;BYYEARDAY=1;BYMONTHDAY=31", D(2024, 1, 1), None),
            ("FREQ=WEEKLY;BYYEARDAY=1;BYMONTHDAY=31", D(2024, 1, 1), None),
            ("FREQ=MONTHLY;BYYEARDAY=1;BYMONTHDAY=31", D(2024, 1, 1), None),
            ("FREQ=YEARLY;BYYEARDAY=1;BYMONTHDAY=31", D(2024, 1, 1), None),
            ("FREQ=DAILY;BYWEEKNO=53;BYMONTH=6", D(2, 1, 1), None),
            ("FREQ=DAILY;INTERVAL=7;BYDAY=MO", D(2024, 1, 2), None),
            ("FREQ=DAILY;INTERVAL=14;BYDAY=MO", D(2024, 1, 8), D(2024, 1, 8)),
            ("FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29", D(2023, 1, 1), None),
            ("FREQ=YEARLY;INTERVAL=100;BYMONTH=2;BYMONTHDAY=29", D(2100, 1, 1), D(2400, 2, 29)),
            ("FREQ=YEARLY;INTERVAL=400;BYMONTH=2;BYMONTHDAY=29", D(2100, 1, 1), None),
            ("FREQ=YEARLY;INTERVAL=400;BYMONTH=2;BYMONTHDAY=29", D(2000, 3, 1), D(2400, 2, 29)),
            # The first week is cut at the start: its Monday comes round again 400 years on.
            ("FREQ=WEEKLY;INTERVAL=20871;BYDAY=MO", D(2024, 1, 2), D(2424, 1, 1)),
            ("FREQ=DAILY;INTERVAL=146097;BYMONTHDAY=1", D(2024, 1, 2), None),
            ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", D(2024, 3, 1), D(2044, 2, 29)),
            ("FREQ=YEARLY;INTERVAL=401;BYMONTH=2;BYMONTHDAY=29", D(2001, 1, 1), D(3204, 2, 29)),
            ("FREQ=MONTHLY;INTERVAL=4801;BYMONTHDAY=1", D(2024, 1, 2), D(2424, 2, 1)),
            ("FREQ=MONTHLY;INTERVAL=4800;BYMONTHDAY=1", D(2024, 1, 2), D(2424, 1, 1)),
            ("FREQ=MONTHLY;INTERVAL=4800;BYMONTH=2", D(2024, 1, 2), None),
            # A week across New Year is judged by the week numbers of the year it began in.
            ("FREQ=WEEKLY;BYWEEKNO=52;BYYEARDAY=-365;BYDAY=SA", D(2024, 1, 1), D(2039, 1, 1)),
            # Week numbers count from WKST.
            ("FREQ=DAILY;WKST=SU;BYWEEKNO=1;BYMONTH=12;BYDAY=SU", D(2024, 1, 1), D(2024, 12, 29)),
            ("FREQ=DAILY;WKST=MO;BYWEEKNO=1;BYMONTH=12;BYDAY=SU", D(2024, 1, 1), None),
            ("FREQ=DAILY;WKST=SU;BYWEEKNO=53;BYMONTH=1;BYDAY=SU", D(2024, 1, 1), None),
            # Positions count within each week: Monday and Tuesday are never both the 1st.
            ("FREQ=WEEKLY;BYDAY=MO,TU;BYMONTHDAY=1;BYSETPOS=2", D(2024, 1, 1), None),
            ("FREQ=WEEKLY;BYDAY=MO,TU;BYMONTHDAY=1,2;BYSETPOS=2", D(2024, 1, 1), D(2024, 1, 2)),
            ("FREQ=DAILY;BYMONTHDAY=-1;BYYEARDAY=1", D(2024, 1, 1), None),
            ("FREQ=DAILY;BYMONTHDAY=-1;BYYEARDAY=-1", D(2024, 1, 1), D(2024, 12, 31)),
            ("FREQ=WEEKLY;INTERVAL=20871;BYDAY=MO;BYMONTH=2", D(2024, 1, 2), None),
            # Ordinal weekdays count within the month, so the days alone do not tell.
            ("FREQ=MONTHLY;BYDAY=-1FR;BYMONTHDAY=1", D(2024, 1, 1), None),
            ("FREQ=MONTHLY;BYDAY=-1FR;BYMONTHDAY=31", D(2024, 1, 1), D(2024, 5, 31)),
            # In the last 400 years dateutil's own search is short enough.
            ("FREQ=DAILY;BYYEARDAY=1;BYMONTHDAY=1", D(9990, 1, 2), D(9991, 1, 1)),
            ("FREQ=DAILY;BYYEARDAY=2;BYMONTHDAY=1", D(9990, 1, 2), None),
        ],
    )
    def test_first_due(self, rule: str, start: dt.date, first: dt.date | None) -> None:
        assert first == _first(start, rule)

    def test_answers_are_shared_by_class_only(self) -> None:
        """Starts day after day, each answered as its own search answers it.

        The answer is remembered for the start's class of periods (modulo the interval's
        divisor): a start in another class, or a rule counting weeks from another WKST,
        must not get it. 9224 has 2024's calendar; dateutil's own search from there is
        short.
        """
        rules = [
            "FREQ=DAILY;INTERVAL=7;BYDAY=MO",
            "FREQ=WEEKLY;INTERVAL=20871;WKST=SU;BYDAY=SU;BYMONTH=1;BYMONTHDAY=7",
            "FREQ=WEEKLY;INTERVAL=20871;BYDAY=SU;BYMONTH=1;BYMONTHDAY=7",
            "FREQ=MONTHLY;INTERVAL=3;BYMONTH=2;BYMONTHDAY=1",
            "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",
            "FREQ=MONTHLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",
        ]
        _PER_SPAN.clear()
        for offset in [*range(14), *range(14, 800, 61)]:
            start = D(9224, 1, 1) + dt.timedelta(days=offset)
            for rule in rules:
                parsed = _parse_once(start, rule)
                never = next(iter(parsed.rule.replace(count=None)), None) is None
                days = days_of.__wrapped__(start, rule)
                assert never == (days.first is None), (rule, start)
                # Every rule here repeats after 400 years: any 400 years hold a span's days.
                end = dt.datetime(start.year + 400, start.month, start.day)
                in_span = sum(1 for _ in itertools.takewhile(end.__gt__, parsed.rule))
                assert in_span == days._per_span(days._lower), (rule, start)

    @settings(deadline=None)  # dateutil's own search, the reference, takes up to a second
    @given(
        frequency=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
        interval=st.sampled_from([1, 2, 3, 4, 7, 12, 13, 53, 100, 401, 773]),
        parts=rule_parts(
            [
                "BYMONTH=1",
                "BYMONTH=2",
                "BYMONTH=6,12",
                "BYMONTHDAY=1",
                "BYMONTHDAY=1,2",
                "BYMONTHDAY=29",
                "BYMONTHDAY=31",
                "BYMONTHDAY=-1",
                "BYYEARDAY=60",
                "BYYEARDAY=366",
                "BYYEARDAY=-1",
                "BYWEEKNO=53",
                "BYWEEKNO=1",
                "BYWEEKNO=-53",
                "BYDAY=MO",
                "BYDAY=MO,TU",
                "BYDAY=SU",
                "BYDAY=-1FR",
                "BYDAY=5TU",
                "BYSETPOS=2",
                "BYSETPOS=-1",
                "WKST=SU",
                "COUNT=3",
            ],
            max_size=5,
        ),
        start=st.dates(min_value=D(8000, 1, 1), max_value=D(9999, 12, 31)),
    )
    def test_agrees_with_dateutils_search(
        self, frequency: str, interval: int, parts: list[str], start: dt.date
    ) -> None:
        """The first day is dateutil's, searching period by period from the start.

        Starts late in the calendar keep dateutil's own search short.
        """
        rule = ";".join([f"FREQ={frequency}", f"INTERVAL={interval}", *parts])
        try:
            _parse_once(start, rule)
        except ModelError:
            return
        assert _searched(start, rule) == _first(start, rule)


class TestLongAgo:
    """A schedule that started centuries ago answers as one from last year, and the same."""

    @staticmethod
    def walked(schedule: Schedule, last: dt.date) -> list[dt.date]:
        """Every day the schedule falls due up to ``last``, dateutil walking from its start."""
        days = []
        for moment in _parse_once(schedule.start, schedule.rule).rule:
            if moment.date() > last:
                break
            days.append(moment.date())
        return days

    @settings(deadline=None, max_examples=60)
    @given(
        frequency=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
        interval=st.sampled_from([1, 2, 3, 7, 12, 401]),
        parts=rule_parts(
            [
                "BYMONTH=2",
                "BYMONTHDAY=29",
                "BYMONTHDAY=-1",
                "BYDAY=MO,FR",
                "BYDAY=-1FR",
                "BYWEEKNO=53",
                "BYSETPOS=-1",
            ],
            max_size=3,
        ),
        end=st.sampled_from(["", "COUNT=3", "COUNT=700", "COUNT=150000", "UNTIL"]),
        start=st.dates(min_value=D(1, 1, 1), max_value=D(2024, 12, 31)),
        years=st.integers(min_value=0, max_value=1_200),
        until=st.integers(min_value=0, max_value=1_200),
        back=st.integers(min_value=0, max_value=3_000),
    )
    def test_as_walked_from_the_start(
        self,
        frequency: str,
        interval: int,
        parts: list[str],
        end: str,
        start: dt.date,
        years: int,
        until: int,
        back: int,
    ) -> None:
        """last_due, count_due and iter_occurrences agree with a walk from the start."""
        if frequency == "DAILY":
            years = years % 450  # the walk is a day at a time: past one span, no further
        if end == "UNTIL":
            end = f"UNTIL={start.year + until:04d}0101"
        rule = ";".join([f"FREQ={frequency}", f"INTERVAL={interval}", *parts, end])
        try:
            schedule = Schedule(start=start, rule=rule.rstrip(";"))
        except ModelError:
            return
        last = start + dt.timedelta(days=int(years * 365.25))
        first = start + dt.timedelta(days=max(0, (last - start).days - back))
        days = self.walked(schedule, last)
        assert (days[-1] if days else None) == schedule.last_due(last)
        within = [day for day in days if day >= first]
        assert len(within) == schedule.count_due(first, last)
        assert within == list(schedule.iter_occurrences(first, last))
        assert len(days) == schedule.count_due(D(1, 1, 1), last)

    @pytest.mark.parametrize(
        "rule",
        [
            "FREQ=MONTHLY;BYDAY=-1FR",
            "FREQ=MONTHLY;INTERVAL=5;BYDAY=1MO,-1SU;BYMONTHDAY=1,2,3,-1",
            "FREQ=MONTHLY;BYMONTHDAY=31,-1;BYSETPOS=1",
            "FREQ=YEARLY",
            "FREQ=YEARLY;INTERVAL=3;BYWEEKNO=53;BYDAY=MO",
            "FREQ=YEARLY;BYMONTH=2;BYDAY=-1MO",
            "FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=SU,MO",
            "FREQ=WEEKLY;INTERVAL=3",
            "FREQ=DAILY;INTERVAL=3;BYMONTH=2;BYMONTHDAY=29",
        ],
    )
    @pytest.mark.parametrize("start", [D(1700, 2, 28), D(1704, 2, 29), D(1751, 12, 31)])
    def test_late_days_of_rules_that_fill_in_from_the_start(
        self, rule: str, start: dt.date
    ) -> None:
        """Restarted late, a rule keeps the day, month and weekday it took from its start."""
        schedule = Schedule(start=start, rule=rule)
        last = D(2024, 3, 1)
        days = self.walked(schedule, last)
        for first in (D(1900, 1, 1), D(2020, 2, 27), D(2024, 1, 1)):
            assert [d for d in days if d >= first] == list(schedule.iter_occurrences(first, last))
            assert sum(1 for d in days if d >= first) == schedule.count_due(first, last)
        assert days[-1] == schedule.last_due(last)

    @pytest.mark.parametrize(
        ("rule", "last", "count"),
        [
            ("FREQ=DAILY", D(2025, 12, 31), 739_616),
            ("FREQ=DAILY;COUNT=300000", D(822, 5, 16), 300_000),
            # Ended 26 years before the day asked about: no span counted after the end.
            ("FREQ=WEEKLY;BYDAY=MO,FR;UNTIL=19991231", D(1999, 12, 31), 208_606),
            ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", D(2024, 2, 29), 491),
        ],
    )
    def test_from_the_year_1(self, rule: str, last: dt.date, count: int) -> None:
        """From 1 January of the year 1: the last day and the count, without walking there."""
        schedule = Schedule(start=D(1, 1, 1), rule=rule)
        assert last == schedule.last_due(D(2025, 12, 31))
        assert count == schedule.count_due(D(1, 1, 1), D(2025, 12, 31))
        assert last == schedule.next_due(last)


class TestCalendarEnds:
    """Schedules near the first and the last day of the calendar answer, or are refused."""

    def test_weekly_past_9999(self) -> None:
        """dateutil fails walking a week into the year 10000; the schedule simply ends."""
        s = Schedule(start=D(9599, 12, 26), rule="FREQ=WEEKLY;BYDAY=SA;COUNT=3")
        assert 3 == s.count_due(s.start, dt.date.max)
        assert D(9600, 1, 15) == s.last_due(dt.date.max)
        assert None is s.next_due(D(9999, 12, 26))
        weekly = Schedule.weekly(D(9999, 12, 20))
        assert (D(9999, 12, 20), D(9999, 12, 27)) == weekly.occurrences(D(9999, 1, 1), dt.date.max)
        assert D(9999, 12, 27) == weekly.last_due(dt.date.max)

    def test_week_numbers_from_the_year_1_are_refused(self) -> None:
        """dateutil numbers the weeks of the year 1 from the year 0, which does not exist."""
        with pytest.raises(ModelError, match="BYWEEKNO"):
            Schedule(start=D(1, 1, 1), rule="FREQ=WEEKLY;BYWEEKNO=1;WKST=TU")
        assert Schedule(start=D(2, 1, 1), rule="FREQ=WEEKLY;BYWEEKNO=1").next_due(D(2, 1, 1))

    def test_years_before_1000_are_written_with_four_digits(self) -> None:
        s = Schedule.monthly(D(100, 1, 1), until=D(500, 1, 1))
        assert "FREQ=MONTHLY;UNTIL=05000101" == s.rule
        assert s == Schedule.from_rrule(s.to_rrule())
        assert D(500, 1, 1) == s.last_due(D(600, 1, 1))


class TestWeeklyPositions:
    def test_first_week_from_mid_week(self) -> None:
        """dateutil picks a weekly rule's positions in its first week among days from the start.

        So the first 400 years hold one day more than the next: they are not counted as
        alike (the walk found 20,874 here, dateutil 20,873).
        """
        s = Schedule(start=D(2024, 1, 3), rule="FREQ=WEEKLY;BYDAY=MO,FR;BYSETPOS=1")
        assert D(2024, 1, 5) == s.next_due(s.start)  # Friday: Monday lies before the start
        assert 20_873 == s.count_due(s.start, D(2424, 1, 10))
        assert D(2424, 1, 8) == s.next_due(D(2424, 1, 3))
        assert D(2424, 1, 1) == s.last_due(D(2424, 1, 6))
