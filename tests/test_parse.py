"""Tests for tiltak.i18n.parse_date: the forms people write, in nb, nn, sv and en."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tiltak
from tiltak import PartialDate, TiltakError
from tiltak.errors import DateParseError, UnknownLocaleError
from tiltak.i18n import parse_date

D = dt.date

# (locale, text, expected): every written form in every language.
FORMS = [
    # day month year
    ("nb", "15. mars 2024", D(2024, 3, 15)),
    ("nn", "15. mars 2024", D(2024, 3, 15)),
    ("sv", "15 mars 2024", D(2024, 3, 15)),
    ("en", "15 March 2024", D(2024, 3, 15)),
    ("nb", "1 juni 2024", D(2024, 6, 1)),
    ("nn", "1 juni 2024", D(2024, 6, 1)),
    ("sv", "1 juni 2024", D(2024, 6, 1)),
    ("en", "1 June 2024", D(2024, 6, 1)),
    ("nb", "1. mai 2024", D(2024, 5, 1)),
    ("sv", "1 maj 2024", D(2024, 5, 1)),
    ("sv", "3 augusti 2024", D(2024, 8, 3)),
    ("en", "December 3, 2024", D(2024, 12, 3)),
    # weekday, "den", abbreviations with dots
    ("sv", "tisdag den 3 december 2024", D(2024, 12, 3)),
    ("nb", "tirsdag 3. desember 2024", D(2024, 12, 3)),
    ("nn", "tysdag 3. desember 2024", D(2024, 12, 3)),
    ("en", "Tuesday 3 December 2024", D(2024, 12, 3)),
    ("nb", "søndag 1. des. 2024", D(2024, 12, 1)),
    ("nn", "søndag 1. des. 2024", D(2024, 12, 1)),
    ("sv", "söndag 1 dec. 2024", D(2024, 12, 1)),
    ("en", "Sun 1 Dec 2024", D(2024, 12, 1)),
    ("nn", "laurdag 7. desember 2024", D(2024, 12, 7)),
    ("sv", "lör 7 dec 2024", D(2024, 12, 7)),
    ("sv", "den 3:e december 2024", D(2024, 12, 3)),
    ("sv", "1:a maj 2024", D(2024, 5, 1)),
    ("en", "Dec 3rd, 2024", D(2024, 12, 3)),
    # numeric, day first
    ("nb", "15.03.2024", D(2024, 3, 15)),
    ("nn", "15.03.2024", D(2024, 3, 15)),
    ("sv", "15/03/2024", D(2024, 3, 15)),
    ("en", "15/03/2024", D(2024, 3, 15)),
    ("nb", "8.1.2024", D(2024, 1, 8)),
    # ISO, year first
    ("nb", "2024-03-15", D(2024, 3, 15)),
    ("nn", "2024-03-15", D(2024, 3, 15)),
    ("sv", "2024-03-15", D(2024, 3, 15)),
    ("en", "2024-03-15", D(2024, 3, 15)),
    # partial dates
    ("nb", "desember 2024", PartialDate(year=2024, month=12)),
    ("nn", "desember 2024", PartialDate(year=2024, month=12)),
    ("sv", "december 2024", PartialDate(year=2024, month=12)),
    ("en", "December 2024", PartialDate(year=2024, month=12)),
    ("sv", "2024-12", PartialDate(year=2024, month=12)),
    ("nb", "2020", PartialDate(year=2020)),
    ("nn", "2020", PartialDate(year=2020)),
    ("sv", "2020", PartialDate(year=2020)),
    ("en", "2020", PartialDate(year=2020)),
    # a time of day after the date is dropped
    ("nb", "15. mars 2024 kl. 14.30", D(2024, 3, 15)),
    ("nn", "3. desember 2024 klokka 10:00", D(2024, 12, 3)),
    ("sv", "tisdag den 3 december 2024 klockan 09.15", D(2024, 12, 3)),
    ("en", "3 December 2024 at 9:15", D(2024, 12, 3)),
]


class TestForms:
    @pytest.mark.parametrize(("locale", "text", "expected"), FORMS)
    def test_with_locale(self, locale: str, text: str, expected: dt.date) -> None:
        """Each written form reads in its own language."""
        assert expected == parse_date(text, locale=locale)

    @pytest.mark.parametrize(("locale", "text", "expected"), FORMS)
    def test_without_locale(self, locale: str, text: str, expected: dt.date) -> None:
        """Without a locale, the names of all four languages are read."""
        assert expected == parse_date(text)

    def test_full_date_is_a_date(self) -> None:
        """A date given to the day comes back as a plain date."""
        assert dt.date is type(parse_date("15. mars 2024"))

    def test_case_and_space(self) -> None:
        """Case and surrounding space do not matter."""
        assert D(2024, 3, 15) == parse_date("  15. MARS 2024 ")

    def test_locale_narrows_names(self) -> None:
        """With a locale, another language's month names are not read."""
        with pytest.raises(DateParseError):
            parse_date("3 desember 2024", locale="sv")
        with pytest.raises(DateParseError):
            parse_date("1 maj 2024", locale="nb")


class TestIso:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2024-01-08", D(2024, 1, 8)),
            ("2024-02-03", D(2024, 2, 3)),
            ("2024-1-8", D(2024, 1, 8)),
            ("20240108", D(2024, 1, 8)),
            ("2024.1.8", D(2024, 1, 8)),
            ("2024/01/08", D(2024, 1, 8)),
        ],
    )
    def test_never_day_first(self, text: str, expected: dt.date) -> None:
        """ISO dates read year, month, day: 2024-01-08 is 8 January, not 1 August."""
        assert expected == parse_date(text)
        assert expected == parse_date(text, locale="nb")

    @given(st.dates(min_value=D(1000, 1, 1), max_value=D(9999, 12, 31)))
    def test_every_iso_date(self, day: dt.date) -> None:
        """Every ISO date reads back as itself."""
        assert day == parse_date(day.isoformat())

    @given(st.dates(min_value=D(1000, 1, 1), max_value=D(9999, 12, 31)))
    def test_every_dotted_date(self, day: dt.date) -> None:
        """Every day.month.year date reads back as itself, day first."""
        assert day == parse_date(f"{day.day}.{day.month:02d}.{day.year}")

    @pytest.mark.parametrize(
        "text", ["12.2024", "12/2024", "12-2024", "2024.12", "2024/12", "2024,12", "12, 2024"]
    )
    def test_month_of_year(self, text: str) -> None:
        """A month as spreadsheets write it is that month, never the year alone."""
        assert parse_date(text, locale="nb") == PartialDate(year=2024, month=12)

    @given(st.integers(1000, 9999), st.integers(1, 12))
    def test_every_month_of_year(self, year: int, month: int) -> None:
        expected = PartialDate(year=year, month=month)
        assert parse_date(f"{month}.{year}") == expected
        assert parse_date(f"{year}.{month:02d}") == expected

    @pytest.mark.parametrize(
        "text", ["13.2024", "00.2024", "2024.13", "\u0661\u0665.\u0660\u0663.2024", "\uff12024"]
    )
    def test_no_month_of_year(self, text: str) -> None:
        """No 13th month, and no digits of another script."""
        with pytest.raises(DateParseError, match="does not read as a date"):
            parse_date(text, locale="en")

    @pytest.mark.parametrize(
        "text",
        ["2024,2025", "2024,12,1", "12,5,2024", "15.03.2024, 2025", "2025-04-30, 2025-05-30"],
    )
    def test_numbers_split_by_commas_are_no_one_date(self, text: str) -> None:
        """No part of them is read as the date with the rest dropped."""
        with pytest.raises(DateParseError, match="does not read as a date"):
            parse_date(text, locale="en")

    @pytest.mark.parametrize("text", ["30.04.2025,", "2025-04-30,", "30.04.2025;"])
    def test_trailing_comma(self, text: str) -> None:
        """A comma left after a date, as in a hand-made sheet, is no reason to refuse it."""
        assert parse_date(text) == D(2025, 4, 30)

    def test_impossible_iso(self) -> None:
        """An impossible ISO date is refused, not read another way round."""
        with pytest.raises(DateParseError):
            parse_date("2024-13-01")


class TestRefused:
    @pytest.mark.parametrize(
        ("locale", "text"),
        [
            ("nb", "15. mars"),
            ("nn", "3. desember"),
            ("sv", "tisdag den 3 december"),
            ("en", "3 December"),
            ("nb", "mars"),
            ("nb", "15"),
        ],
    )
    def test_missing_year(self, locale: str, text: str) -> None:
        """A date without a year is an error, never this year, said in the reader's language."""
        no_year = {
            "en": "has no year",
            "nb": "har ikke noe årstall",
            "nn": "har ikkje noko årstal",
            "sv": "saknar årtal",
        }
        with pytest.raises(DateParseError, match=no_year[locale]):
            parse_date(text, locale=locale)

    @pytest.mark.parametrize("text", ["15.03.24", "15. mars 24", "1/6/24"])
    def test_two_digit_year(self, text: str) -> None:
        """A two-digit year is refused rather than guessed."""
        with pytest.raises(DateParseError, match="two-digit"):
            parse_date(text)

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "   ",
            "banana",
            "hver måned",
            "31. februar 2024",
            "30.02.2024",
            "03/15/2024",
            "15. mars 2024 banan",
            "snart",
            "2024-00",
            "0000",
            "15159999999999999999999999999h",
            "15 mars 2024 99999999999999",
        ],
    )
    def test_nonsense(self, text: str) -> None:
        """Nonsense raises DateParseError, a TiltakError and a ValueError."""
        with pytest.raises(DateParseError) as info:
            parse_date(text)
        assert isinstance(info.value, TiltakError)
        assert isinstance(info.value, ValueError)

    def test_time_zone_dropped(self) -> None:
        """A time zone after a time of day is dropped quietly (no warning)."""
        assert D(2024, 3, 15) == parse_date("15 March 2024 10 CET", locale="en")

    def test_wrong_weekday(self) -> None:
        """A weekday that does not fall on the date is refused (3 December 2024 is a Tuesday)."""
        with pytest.raises(DateParseError, match="weekday"):
            parse_date("mandag 3. desember 2024")

    def test_day_without_month(self) -> None:
        """A day and a year without a month is refused."""
        with pytest.raises(DateParseError):
            parse_date("15 2024")

    def test_message_does_not_echo_input(self) -> None:
        """The error quotes at most a short excerpt of what was written."""
        secret = "Kari Nordmann ringte om " + "x" * 40
        with pytest.raises(DateParseError) as info:
            parse_date(secret)
        assert "Nordmann ringte" not in str(info.value)
        assert len(str(info.value)) < 80

    def test_long_input_refused(self) -> None:
        """A very long text is refused without being parsed."""
        with pytest.raises(DateParseError, match="too long"):
            parse_date("15. mars 2024 " * 20)

    def test_not_text(self) -> None:
        """Only text is read."""
        with pytest.raises(DateParseError):
            parse_date(20240315)  # type: ignore[arg-type]

    @pytest.mark.parametrize("locale", ["de", "fi", "", "NB"])
    def test_unknown_locale(self, locale: str) -> None:
        """A locale tiltak does not read raises UnknownLocaleError."""
        with pytest.raises(UnknownLocaleError):
            parse_date("15. mars 2024", locale=locale)

    @given(st.text(max_size=40))
    def test_any_text(self, text: str) -> None:
        """Any text gives a date, a partial date or a DateParseError, never another error."""
        try:
            result = parse_date(text)
        except DateParseError:
            return
        assert isinstance(result, dt.date | PartialDate)


class TestNames:
    def test_no_collisions(self) -> None:
        """No word names two different months or weekdays across the four languages."""
        from tiltak._time._parse import LOCALES, _names

        months: dict[str, int] = {}
        days: dict[str, int] = {}
        for locale in LOCALES:
            m, d = _names((locale,))
            for word, month in m.items():
                assert months.setdefault(word, month) == month
            for word, day in d.items():
                assert days.setdefault(word, day) == day
        assert not set(months) & set(days)

    def test_exported(self) -> None:
        """parse_date is public, in tiltak.i18n."""
        assert "parse_date" in tiltak.i18n.__all__
        assert tiltak.i18n.parse_date is parse_date
