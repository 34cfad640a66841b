import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiltak import PartialDate, Period, Precision
from tiltak.errors import ModelError, ModelTypeError


class TestPartialDate:
    def test_parse_keeps_precision(self) -> None:
        """Each ISO form keeps exactly the precision it was written with."""
        assert PartialDate.parse("2020").precision == Precision.YEAR
        assert PartialDate.parse("2024-12").precision == Precision.MONTH
        assert PartialDate.parse("2024-12-15").precision == Precision.DAY

    def test_isoformat_round_trips(self) -> None:
        """The ISO text of a partial date parses back to the same value."""
        for text in ("2020", "2024-02", "2024-02-29", "0001", "9999-12-31"):
            assert text == PartialDate.parse(text).isoformat()

    def test_last_day_of_month_and_year(self) -> None:
        """A month or a year covers up to its last day, leap years included."""
        assert dt.date(2024, 2, 29) == PartialDate.parse("2024-02").last_day
        assert dt.date(2023, 2, 28) == PartialDate.parse("2023-02").last_day
        assert dt.date(2020, 12, 31) == PartialDate.parse("2020").last_day
        assert dt.date(2020, 1, 1) == PartialDate.parse("2020").first_day

    def test_compares_by_last_day(self) -> None:
        """A deadline of a month falls after a day inside that month."""
        assert PartialDate.parse("2024-12-15") < PartialDate.parse("2024-12")
        assert PartialDate.parse("2024-11") < PartialDate.parse("2024-12-01")
        assert PartialDate.parse("2024") < PartialDate.parse("2025-01-01")

    def test_ties_on_last_day_break_by_first_day(self) -> None:
        """Dates ending on the same day sort the wider first, keeping the order total."""
        shuffled = [PartialDate.parse(t) for t in ("2024-12-31", "2024", "2024-12")]
        assert ["2024", "2024-12", "2024-12-31"] == [d.isoformat() for d in sorted(shuffled)]

    def test_equality_keeps_precision(self) -> None:
        """December 2024 is not the same value as its last day."""
        assert PartialDate.parse("2024-12") != PartialDate.parse("2024-12-31")
        assert PartialDate(year=2024, month=12) == PartialDate.parse("2024-12")

    def test_contains(self) -> None:
        """A partial date contains every day it covers and no other."""
        december = PartialDate.parse("2024-12")
        assert dt.date(2024, 12, 1) in december
        assert dt.date(2025, 1, 1) not in december

    @pytest.mark.parametrize(
        "text",
        [
            "24",
            "2024-1",
            "2024-13",
            "2024-02-30",
            "2024/12",
            "2024-12-01T00",
            " 2024",
            "",
            "\uff12\uff10\uff12\uff14",  # full-width digits
            "\u0661\u0669\u0669\u0660-\u0660\u0661-\u0660\u0661",  # Arabic-Indic digits
        ],
    )
    def test_parse_refuses_malformed(self, text: str) -> None:
        """Anything but YYYY, YYYY-MM or YYYY-MM-DD of a real day is refused."""
        with pytest.raises(ModelError):
            PartialDate.parse(text)

    def test_refuses_day_without_month(self) -> None:
        """A day cannot be known without its month."""
        with pytest.raises(ModelError, match="needs a month"):
            PartialDate(year=2024, day=3)

    def test_refuses_wrong_types(self) -> None:
        """Types are checked, and a bool is not an int."""
        with pytest.raises(ModelTypeError):
            PartialDate(year="2024")  # type: ignore[arg-type]
        with pytest.raises(ModelTypeError):
            PartialDate(year=2024, month=True)
        with pytest.raises(ModelTypeError):
            PartialDate.parse(2024)  # type: ignore[arg-type]

    @given(st.dates())
    def test_from_date_is_exact(self, day: dt.date) -> None:
        """A whole date becomes a day-precision partial date covering only that day."""
        partial = PartialDate.from_date(day)
        assert (day, day) == (partial.first_day, partial.last_day)
        assert partial == PartialDate.parse(day.isoformat())


class TestPeriod:
    def test_converts_dates_and_text(self) -> None:
        """A period accepts dates, ISO text and partial dates for its ends."""
        period = Period(start=dt.date(2019, 1, 1), end="2023")
        assert PartialDate.parse("2019-01-01") == period.start
        assert dt.date(2023, 12, 31) == period.last_day

    def test_contains_with_open_ends(self) -> None:
        """An open end contains everything on that side."""
        assert Period(start="2020").contains(dt.date(2999, 1, 1))
        assert not Period(start="2020").contains(dt.date(2019, 12, 31))
        assert Period(end="2020").contains(dt.date(1, 1, 1))

    def test_covers(self) -> None:
        """A period covers a partial date or a period only when all of it lies inside."""
        plan = Period(start="2019", end="2023")
        assert plan.covers(PartialDate.parse("2020"))
        assert not plan.covers(Period(start="2016", end="2020"))
        assert plan.covers(Period(start="2019-03", end="2023-12-31"))

    def test_refuses_datetime(self) -> None:
        """A datetime is not a date for a period's end."""
        with pytest.raises(ModelTypeError):
            Period(start=dt.datetime(2020, 1, 1))
