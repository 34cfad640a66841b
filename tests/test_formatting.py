"""Dates and deadline phrases in each language."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tiltak
from tiltak import PartialDate
from tiltak._time._formatting import DateFormat
from tiltak.errors import ModelError, ModelTypeError
from tiltak.i18n import deadline_phrase, format_date

DAY = dt.date(2024, 12, 15)
MONTH = PartialDate(year=2024, month=12)
YEAR = PartialDate(year=2020)


class TestFormatDate:
    @pytest.mark.parametrize(
        ("code", "style", "expected"),
        [
            ("nb", "short", "15.12.2024"),
            ("nb", "medium", "15. des. 2024"),
            ("nb", "long", "15. desember 2024"),
            ("nb", "full", "søndag 15. desember 2024"),
            ("nn", "long", "15. desember 2024"),
            ("nn", "full", "søndag 15. desember 2024"),
            ("sv", "short", "2024-12-15"),
            ("sv", "medium", "15 dec. 2024"),
            ("sv", "long", "15 december 2024"),
            ("en", "short", "15/12/2024"),
            ("en", "medium", "15 Dec 2024"),
            ("en", "long", "15 December 2024"),
        ],
    )
    def test_day(self, code: str, style: DateFormat, expected: str) -> None:
        """A whole date formats in each locale's short, medium, long and full style."""
        assert expected == format_date(DAY, format=style, locale=code)
        assert expected == format_date(PartialDate.from_date(DAY), format=style, locale=code)

    @pytest.mark.parametrize(
        ("code", "expected"),
        [
            ("nb", "desember 2024"),
            ("nn", "desember 2024"),
            ("sv", "december 2024"),
            ("en", "December 2024"),
        ],
    )
    @pytest.mark.parametrize("style", ["medium", "long", "full"])
    def test_month(self, code: str, expected: str, style: DateFormat) -> None:
        """A month-precision date shows the month's name and the year, nothing more."""
        assert expected == format_date(MONTH, format=style, locale=code)

    @pytest.mark.parametrize(
        ("code", "expected"),
        [("nb", "12.2024"), ("nn", "12.2024"), ("sv", "2024-12"), ("en", "12/2024")],
    )
    def test_month_short(self, code: str, expected: str) -> None:
        """A month-precision date in the short style is numeric."""
        assert expected == format_date(MONTH, format="short", locale=code)

    @pytest.mark.parametrize("code", ["nb", "nn", "sv", "en"])
    @pytest.mark.parametrize("style", ["short", "medium", "long", "full"])
    def test_year(self, code: str, style: DateFormat) -> None:
        """A year-precision date is the year alone, in every style and locale."""
        assert "2020" == format_date(YEAR, format=style, locale=code)

    def test_default_style_and_context_locale(self) -> None:
        """Without arguments the medium style and the context locale apply."""
        with tiltak.i18n.use_locale("sv_FI"):
            assert "15 dec. 2024" == format_date(DAY)
            assert "december 2024" == format_date(MONTH)
        assert "15 Dec 2024" == format_date(DAY)

    def test_rejects_datetime(self) -> None:
        """A datetime is refused: a plan's dates carry no time."""
        with pytest.raises(ModelTypeError, match="datetime"):
            format_date(dt.datetime(2024, 12, 15, 10, 0))
        with pytest.raises(ModelTypeError, match="str"):
            format_date("2024-12-15")  # type: ignore[arg-type]

    def test_rejects_unknown_style(self) -> None:
        """A style other than short, medium, long or full raises ModelError."""
        with pytest.raises(ModelError, match="short, medium, long, full"):
            format_date(DAY, format="dd.MM.yyyy")  # type: ignore[arg-type]

    def test_unknown_locale(self) -> None:
        """An unknown locale raises UnknownLocaleError."""
        with pytest.raises(tiltak.errors.UnknownLocaleError):
            format_date(DAY, locale="de")


DEADLINE = dt.date(2024, 3, 15)
PHRASES = {
    # days from as_of to the deadline: en, nb, nn, sv
    3: ("due in 3 days", "forfaller om 3 dager", "forfell om 3 dagar", "förfaller om 3 dagar"),
    1: ("due in 1 day", "forfaller om 1 dag", "forfell om 1 dag", "förfaller om 1 dag"),
    0: ("due today", "forfaller i dag", "forfell i dag", "förfaller i dag"),
    -1: ("1 day overdue", "1 dag forsinket", "1 dag forseinka", "1 dag försenad"),
    -2: ("2 days overdue", "2 dager forsinket", "2 dagar forseinka", "2 dagar försenad"),
    -10: ("10 days overdue", "10 dager forsinket", "10 dagar forseinka", "10 dagar försenad"),
}
LOCALES = ("en", "nb", "nn", "sv")


class TestDeadlinePhrase:
    @pytest.mark.parametrize(("days", "phrases"), PHRASES.items())
    def test_before_on_and_after(self, days: int, phrases: tuple[str, ...]) -> None:
        """Just before, on and after a deadline the phrase says so in each language."""
        as_of = DEADLINE - dt.timedelta(days=days)
        assert phrases == tuple(
            deadline_phrase(DEADLINE, as_of=as_of, locale=code) for code in LOCALES
        )

    @pytest.mark.parametrize(
        ("deadline", "as_of", "expected"),
        [
            (PartialDate(year=2024, month=2), dt.date(2024, 2, 1), "forfaller om 28 dager"),
            (PartialDate(year=2024, month=2), dt.date(2024, 2, 29), "forfaller i dag"),
            (PartialDate(year=2024, month=2), dt.date(2024, 3, 1), "1 dag forsinket"),
            (PartialDate(year=2020), dt.date(2020, 12, 30), "forfaller om 1 dag"),
            (PartialDate(year=2020), dt.date(2021, 1, 2), "2 dager forsinket"),
        ],
    )
    def test_partial_deadline_falls_due_on_its_last_day(
        self, deadline: PartialDate, as_of: dt.date, expected: str
    ) -> None:
        """A deadline given to the month or year falls due on the last day it covers."""
        assert expected == deadline_phrase(deadline, as_of=as_of, locale="nb")

    def test_context_locale(self) -> None:
        """Without locale= the context locale applies."""
        with tiltak.i18n.use_locale("nn"):
            assert "forfell i dag" == deadline_phrase(DEADLINE, as_of=DEADLINE)
        assert "due today" == deadline_phrase(DEADLINE, as_of=DEADLINE)

    def test_rejects_bad_arguments(self) -> None:
        """A datetime or a non-date is refused with a tiltak error."""
        with pytest.raises(ModelTypeError, match="as_of"):
            deadline_phrase(DEADLINE, as_of=dt.datetime(2024, 3, 1, 12))
        with pytest.raises(ModelTypeError, match="deadline"):
            deadline_phrase("2024-03-15", as_of=DEADLINE)  # type: ignore[arg-type]

    @given(days=st.integers(min_value=-5000, max_value=5000))
    def test_counts_days_exactly(self, days: int) -> None:
        """The phrase states the exact number of days, never rounded to weeks or months."""
        as_of = DEADLINE - dt.timedelta(days=days)
        for code in LOCALES:
            phrase = deadline_phrase(DEADLINE, as_of=as_of, locale=code)
            if days:
                assert str(abs(days)) in phrase.split()
            else:
                assert not any(ch.isdigit() for ch in phrase)
