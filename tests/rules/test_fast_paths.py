"""The shortcuts the common rules take agree with the plain definitions they replace."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

import tiltak
from tiltak import FollowUp, Goal, Measure, PartialDate, Period, Plan, rules
from tiltak._rules.common import _fold_latin1, fold_all, repeats
from tiltak._time._daynumbers import Window, day_number, span

days = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
near_days = st.dates(min_value=dt.date(2023, 11, 1), max_value=dt.date(2025, 2, 28))
partial_dates = st.one_of(
    days.map(PartialDate.from_date),
    near_days.map(PartialDate.from_date),
    st.builds(PartialDate, year=st.integers(1, 9999)),
    st.builds(PartialDate, year=st.integers(2023, 2025), month=st.integers(1, 12)),
    st.builds(PartialDate, year=st.integers(1, 9999), month=st.integers(1, 12)),
)
periods = st.builds(Period, start=st.none() | partial_dates, end=st.none() | partial_dates)


def outside_date(period: Period, date: PartialDate | dt.date) -> bool:
    """P011's plain definition for a date."""
    first, last = (date, date) if isinstance(date, dt.date) else (date.first_day, date.last_day)
    return (period.first_day is not None and last < period.first_day) or (
        period.last_day is not None and first > period.last_day
    )


def outside_period(period: Period, inner: Period) -> bool:
    """P011's plain definition for a period."""
    return (
        period.first_day is not None
        and inner.start is not None
        and inner.start.last_day < period.first_day
    ) or (
        period.last_day is not None
        and inner.end is not None
        and inner.end.first_day > period.last_day
    )


class TestSpan:
    @given(partial_dates, days | near_days)
    def test_compares_as_the_days(self, date: PartialDate, day: dt.date) -> None:
        """The numbers of a date's first and last day compare with any day as the days do."""
        first, last = span(date)
        expected = (date.first_day < day, date.first_day > day, date.last_day < day)
        assert expected == (
            first < day_number(day),
            first > day_number(day),
            last < day_number(day),
        )
        assert (date.last_day > day) == (last > day_number(day))


class TestWindow:
    @given(periods, partial_dates)
    def test_outside_date(self, period: Period, date: PartialDate) -> None:
        """A partial date is outside exactly when the plain definition says so."""
        assert outside_date(period, date) == Window.of(period).outside_date(date)

    @given(periods, days | near_days)
    def test_outside_day(self, period: Period, day: dt.date) -> None:
        """A day is outside exactly when the plain definition says so."""
        assert outside_date(period, day) == Window.of(period).outside_day(day)

    @given(periods, periods)
    def test_outside_period(self, period: Period, inner: Period) -> None:
        """A period is outside exactly when the plain definition says so."""
        assert outside_period(period, inner) == Window.of(period).outside_period(inner)


_PHONE = re.compile(r"(?:\+|00)?[\d\s().-]+")
_FOLD = re.compile(r"[\W_]+")


def phone_ok(text: str) -> bool:
    """The phone rule as first written: the pattern, then 5 to 15 digits counted."""
    stripped = text.strip()
    digits = sum(c.isdigit() for c in stripped)
    return _PHONE.fullmatch(stripped) is not None and 5 <= digits <= 15


def fold(text: str) -> str:
    """Folding as first written: one pattern over the normalised, case-folded text."""
    return _FOLD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def plain_repeats(texts: Sequence[str | None]) -> dict[int, int]:
    """P015's pairing as first written: every folded text sorted with its index."""
    folded = sorted((f, i) for i, t in enumerate(texts) if t is not None and (f := fold(t)))
    out: dict[int, int] = {}
    first_of: dict[str, int] = {}
    for text, index in folded:
        first_of.setdefault(text, index)
    stack: list[str] = []
    for text, index in folded:
        first = first_of[text]
        if first != index:
            out[index] = first
            continue
        while stack and not text.startswith(stack[-1]):
            stack.pop()
        if stack and len(stack[-1]) >= 25:
            other = first_of[stack[-1]]
            out.setdefault(max(index, other), min(index, other))
        stack.append(text)
    return out


phone_like = st.text(alphabet="0123456789 +-.()x\u00a0\u2007\t\n²٣_", max_size=30)
words = st.sampled_from(
    [
        "Trygg skolevei for alle barn i kommunen",
        "trygg SKOLEVEI!",
        "Trygg skolevei for alle barn i kommunen, også om vinteren",
        "Ferdigstille ansettelsesprosessen.",
        "ferdigstille  ansettelses-prosessen",
        "\uff26\uff55\uff4c\uff4c width",  # full-width letters
        "Straße_und Weg",
        " ",
        "",
    ]
)


class TestPhoneOk:
    @settings(max_examples=500)
    @given(phone_like)
    @example("+ 47 22 33 44 55")
    @example("++4722334455")
    @example("0047 22 33 44 55 66 77")
    @example("+47 ٣٣ 44 55")
    @example("+")
    def test_as_first_written(self, text: str) -> None:
        """The pattern that counts the digits itself agrees with counting them after."""
        assert phone_ok(text) == rules.phone_ok(text)

    @given(st.text(max_size=20))
    def test_any_text(self, text: str) -> None:
        """It agrees on any text at all."""
        assert phone_ok(text) == rules.phone_ok(text)


class TestFold:
    @settings(max_examples=500)
    @given(st.text(max_size=40))
    def test_as_first_written(self, text: str) -> None:
        """Folding without the pattern, when it can, gives what the pattern gives."""
        assert fold(text) == rules.fold(text)

    @given(st.lists(st.sampled_from(["Ord", "ÆØÅ", "ß", " ", "\t", "-", "_", ".", "ﬁ", "²"])))
    def test_words_and_marks(self, parts: list[str]) -> None:
        """Letters, space and marks in any mix fold as with the pattern."""
        text = "".join(parts)
        assert fold(text) == rules.fold(text)


def _one_latin1(char: str) -> bool:
    """Whether ``char`` folds alone to one Latin-1 character: the table's condition."""
    folded = unicodedata.normalize("NFKC", char).casefold()
    return len(folded) == 1 and ord(folded) < 256


BY_TABLE = [chr(b) for b in range(1, 256) if _one_latin1(chr(b))]
CAREFUL = [chr(b) for b in range(1, 256) if not _one_latin1(chr(b))]
latin1 = st.text(st.sampled_from(BY_TABLE), max_size=16)


class TestFoldLatin1:
    """Texts of Latin-1 characters, which fold a byte at a time by a table."""

    @settings(max_examples=500)
    @given(st.lists(latin1, max_size=6))
    @example(["Ærlig  ÅPEN\tøkonomi", "«Trygg» skolevei_2024", "", "Q. Ó¹ ª² ÿ\xd7\xf7"])
    @example(["  ", "a   .  ,  b", "\xa0Å\xa0", "\x85\xad-"])
    def test_as_each_alone(self, items: list[str]) -> None:
        """Texts the table folds fold as by the definition, together and alone."""
        expected = [fold(text) for text in items]
        if items:
            assert _fold_latin1("\x00".join(items)) == expected
        assert fold_all(items) == expected

    def test_every_character(self) -> None:
        """Each character the table folds, alone and beside others, as by the definition."""
        assert len(BY_TABLE) == 246
        for char in BY_TABLE:
            for text in (char, f"a{char}b", f"{char}  Å", f"Q{char}{char}"):
                assert _fold_latin1(text) == [fold(text)], repr(text)

    def test_careful_characters(self) -> None:
        """A character that folds to more, or beyond Latin-1, sends its texts the careful way."""
        assert "".join(CAREFUL) == "\xa8\xaf\xb4\xb5\xb8\xbc\xbd\xbe\xdf"  # diaeresis to sharp s
        for char in CAREFUL:
            assert _fold_latin1(f"Tiltak{char}") is None
            assert fold_all(["Tiltak", f"a{char}b"]) == ["tiltak", fold(f"a{char}b")]
        assert _fold_latin1("Tiltak \u2013 nytt") is None  # not Latin-1

    def test_by_the_table(self) -> None:
        """Norwegian and Swedish texts, with the joint between them, take the table."""
        assert _fold_latin1("Pårørende FÅR  svar.\x00«Brukarna» upplever") == [
            "pårørende får svar",
            "brukarna upplever",
        ]


class TestRepeats:
    @given(st.lists(st.none() | words | st.text(alphabet="ab .", max_size=30), max_size=12))
    def test_as_first_written(self, texts: list[str | None]) -> None:
        """Folding each text once and sorting only the distinct ones pairs texts as before."""
        assert plain_repeats(texts) == repeats(texts)


class TestCapAtOnce:
    def test_repeated_measures(self) -> None:
        """A rule that counts its extra findings at once reports how many it left out."""
        measures = [Measure(id=f"M{i}", title="Samme tiltak") for i in range(250)]
        report = tiltak.validate(Plan(kind="action_plan", measures=measures), select="P015")
        expected = ["$.measures[1].title", "$.measures[100].title", "$"]
        actual = [f.path for f in report.findings]
        assert expected == [actual[0], actual[99], actual[100]]
        assert 101 == len(actual)
        assert {"count": 149, "code": "P015"} == report.findings[-1].params

    def test_overdue_measures(self) -> None:
        """P016 keeps the first hundred overdue measures in plan order and counts the rest."""
        measures = [
            Measure(id=f"M{i}", deadline="2020-01", follow_ups=[FollowUp(colour="green")])
            if i % 2
            else Measure(id=f"M{i}", deadline="2020-01")
            for i in range(400)
        ]
        plan = Plan(kind="action_plan", measures=measures, goals=[Goal(id="G", text="Mål")])
        report = tiltak.validate(plan, select="P016", as_of=dt.date(2024, 1, 1))
        kept = [f.path for f in report.findings[:-1]]
        assert [f"$.measures[{i}].deadline" for i in range(0, 200, 2)] == kept
        assert {"count": 100, "code": "P016"} == report.findings[-1].params

    def test_goals_then_measures(self) -> None:
        """P015's share is spent on goals first; the measures get what is left of it."""
        goals = [Goal(id=f"G{i}", text="Samme mål") for i in range(60)]
        measures = [Measure(id=f"M{i}", title="Samme tiltak") for i in range(80)]
        plan = Plan(kind="action_plan", goals=goals, measures=measures)
        report = tiltak.validate(plan, select="P015")
        paths = [f.path for f in report.findings[:-1]]
        expected = [f"$.goals[{i}].text" for i in range(1, 60)]
        expected += [f"$.measures[{i}].title" for i in range(1, 42)]
        assert expected == paths
        assert {"count": 38, "code": "P015"} == report.findings[-1].params
