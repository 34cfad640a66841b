"""The faster ways P007, P011, P013, P015 and P019 find things agree with the plain ones.

Each shortcut is checked against the definition it replaces: folding many texts at once
against folding each, the pairing of repeated texts against a quadratic search, phone
numbers judged together against judging each, and the rules' findings on small random plans
against the rules written out plainly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

import tiltak
from tiltak import FollowUp, Goal, Measure, PartialDate, Period, Plan, Responsible, Target
from tiltak._rules._define import blank
from tiltak._rules.common import (
    _malformed,
    _malformed_phones,
    _nobody,
    _whole_years_inside,
    fold,
    fold_all,
    phone_ok,
    repeats,
)
from tiltak._time._daynumbers import Window

# Pieces that fold in unusual ways: combining marks (alone at a text's start, too), Hangul
# jamo that compose, ligatures and width forms NFKC spreads out, case folding that grows,
# white space other than a space, the joint fold_all uses, and the common marks.
pieces = st.sampled_from(
    ["Ord", "ÆØÅ", "ß", "ﬁ", "²", "½", "\uff26\uff55\uff4c\uff4c", "Σ", "İ", "ǅ", " ", "  ",
     "\t", "\n", "\x00", "\u0301", "\u0308", "\u1100", "\u1161", "\u11a8", "x\u0338", "-",
     "_", ".", "(", "«", ""]
)  # fmt: skip
texts = st.one_of(st.text(max_size=12), st.lists(pieces, max_size=8).map("".join))


class TestFoldAll:
    @settings(max_examples=500)
    @given(st.lists(texts, max_size=6))
    @example([])
    @example(["", " ", "a\x00b"])
    @example(["\u0301a", "a", "\u0308"])
    @example(["Trygg skolevei.", " trygg  SKOLEVEI ", "ferdig"])
    def test_as_each_alone(self, items: list[str]) -> None:
        """Texts folded together fold as each does alone."""
        assert [fold(text) for text in items] == fold_all(items)


def quadratic_repeats(texts: Sequence[str | None]) -> dict[int, int]:
    """P015's pairing, searched for plainly: each text folded, each prefix looked for."""
    folded = {i: f for i, t in enumerate(texts) if t is not None and (f := fold(t))}
    out: dict[int, int] = {}
    first_of: dict[str, int] = {}
    for index, text in folded.items():
        first = first_of.setdefault(text, index)
        if first != index:
            out[index] = first
    distinct = sorted(first_of)
    for n, text in enumerate(distinct):
        prefixes = [other for other in distinct[:n] if text.startswith(other)]
        longest = max(prefixes, key=len, default="")
        if len(longest) >= 25:
            index, other = first_of[text], first_of[longest]
            out.setdefault(max(index, other), min(index, other))
    return out


long_texts = st.sampled_from(
    [
        "Ferdigstille ansettelsesprosessen.",
        "ferdigstille  ANSETTELSESPROSESSEN",
        "Ferdigstille ansettelsesprosessen og beholde kompetanse.",
        "Ferdigstille ansettelsesprosessen og beholde kompetanse i hele virksomheten",
        "Ferdigstille ansettelsesprosessen, og",
        "Ferdigstille",
        "Trygg skolevei",
    ]
)


class TestRepeats:
    @settings(max_examples=500)
    @given(st.lists(st.none() | long_texts | texts, max_size=12))
    def test_as_searched_plainly(self, items: list[str | None]) -> None:
        """Folding each distinct text once pairs the texts as a plain search does."""
        assert quadratic_repeats(items) == repeats(items)


phone_pieces = st.sampled_from(
    ["0", "1", "22", "4722334455", " ", "  ", "+", "++", "00", "\n", "\t", "\xa0", "-", "(",
     ")", ".", "٣", "²", "x", "\x1c"]
)  # fmt: skip
phones = st.none() | st.text(max_size=16) | st.lists(phone_pieces, max_size=10).map("".join)


class TestMalformedPhones:
    @settings(max_examples=500)
    @given(st.sets(phones, max_size=6))
    @example(set())
    @example({None, "", "   "})
    @example({"+", " + ", "+47 22 33 44 55", "1234", "1234567890123456"})
    @example({"1234", "+47 22 33 44 55"})
    @example({"12345", "+47 22 33 44 55 66 77 88"})
    @example({"+47 22 33 44 55", "4722\n334455"})
    @example({"+47 22 33 44 55", "47 +22 33 44 55"})
    def test_as_each_alone(self, items: set[str | None]) -> None:
        """Phone numbers judged together are malformed as each judged alone is."""
        assert _malformed(items, phone_ok) == _malformed_phones(items)


years = st.integers(2020, 2030)
days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
partial_dates = st.one_of(
    days.map(PartialDate.from_date),
    st.builds(PartialDate, year=years),
    st.builds(PartialDate, year=years, month=st.integers(1, 12)),
)
periods = st.builds(Period, start=st.none() | partial_dates, end=st.none() | partial_dates)


class TestWholeYears:
    @given(periods, st.lists(years, min_size=1, max_size=3), partial_dates, periods, days)
    def test_nothing_in_them_is_outside(
        self,
        period: Period,
        some_years: list[int],
        date: PartialDate,
        inner: Period,
        day: dt.date,
    ) -> None:
        """When every day of the years is inside, no date, period or day of them is outside."""
        window = Window.of(period)
        if not _whole_years_inside(window, some_years):
            return
        if date.year in some_years:
            assert not window.outside_date(date)
        if day.year in some_years:
            assert not window.outside_day(day)
        ends = [d.year for d in (inner.start, inner.end) if d is not None]
        if all(year in some_years for year in ends):
            assert not window.outside_period(inner)


def plain_inside(plan: Plan) -> set[str]:
    """Where P011 finds a goal's or a measure's date outside the plan period, plainly."""
    assert plan.period is not None
    window = Window.of(plan.period)
    found = set()
    for i, goal in enumerate(plan.goals):
        due = goal.target.due if goal.target is not None else None
        if due is not None and window.outside_date(due):
            found.add(f"$.goals[{i}].target.due")
        if goal.period is not None and window.outside_period(goal.period):
            found.add(f"$.goals[{i}].period")
    for i, m in enumerate(plan.measures):
        if m.deadline is not None and window.outside_date(m.deadline):
            found.add(f"$.measures[{i}].deadline")
        if m.period is not None and window.outside_period(m.period):
            found.add(f"$.measures[{i}].period")
        for j, follow_up in enumerate(m.follow_ups):
            if follow_up.date is not None and window.outside_day(follow_up.date):
                found.add(f"$.measures[{i}].follow_ups[{j}].date")
    return found


maybe_dates = st.none() | partial_dates
dated_goals = st.builds(
    Goal,
    id=st.just("G"),
    target=st.none() | st.builds(Target, due=maybe_dates),
    period=st.none() | periods,
)
dated_measures = st.builds(
    Measure,
    id=st.just("M"),
    deadline=maybe_dates,
    period=st.none() | periods,
    follow_ups=st.lists(st.builds(FollowUp, date=st.none() | days), max_size=3),
)


class TestInside:
    @settings(max_examples=300)
    @given(
        period=periods.filter(lambda p: p.start is not None or p.end is not None),
        goals=st.lists(dated_goals, max_size=4),
        measures=st.lists(dated_measures, max_size=4),
    )
    def test_as_checked_one_by_one(
        self, period: Period, goals: list[Goal], measures: list[Measure]
    ) -> None:
        """P011 finds what checking each goal's and measure's date on its own finds."""
        plan = Plan(kind="action_plan", period=period, goals=goals, measures=measures)
        report = tiltak.validate(plan, select="P011")
        found = {f.path for f in report if f.path.startswith(("$.goals", "$.measures"))}
        assert plain_inside(plan) == found


words = st.none() | st.sampled_from(["", " ", "\t", "Kari", "kari@kommune.no", "22 33 44 55"])
responsibles = st.none() | st.builds(
    Responsible, name=words, role=words, organisation=words, email=words, phone=words
)


class TestResponsibles:
    @settings(max_examples=300)
    @given(st.lists(responsibles, max_size=5), responsibles)
    def test_p007_and_p013(
        self, people: list[Responsible | None], coordinator: Responsible | None
    ) -> None:
        """P007 and P013 find what asking ``_nobody`` and ``blank`` of each person finds."""
        measures = [Measure(id=f"M{i}", responsible=p) for i, p in enumerate(people)]
        plan = Plan(kind="action_plan", measures=measures, coordinator=coordinator)
        nobody = [f"$.measures[{i}].responsible" for i, p in enumerate(people) if _nobody(p)]
        places = [(f"$.measures[{i}].responsible", p) for i, p in enumerate(people)]
        unreachable = [
            path
            for path, p in [*places, ("$.coordinator", coordinator)]
            if p is not None and blank(p.email) and blank(p.phone) and not _nobody(p)
        ]
        assert nobody == [f.path for f in tiltak.validate(plan, select="P007")]
        assert unreachable == [f.path for f in tiltak.validate(plan, select="P013")]


titles = st.none() | st.sampled_from(["", "  ", "Trygg skolevei", "trygg SKOLEVEI!"])


class TestRepeatedMeasures:
    @settings(max_examples=300)
    @given(st.lists(st.tuples(titles, titles), max_size=6))
    def test_title_or_description(self, pairs: list[tuple[str | None, str | None]]) -> None:
        """P015 compares a measure's title, or its description where the title is blank."""
        measures = [
            Measure(id=f"M{i}", title=title, description=description)
            for i, (title, description) in enumerate(pairs)
        ]
        texts = [d if blank(t) else t for t, d in pairs]
        expected = [
            (f"$.measures[{i}].{'description' if blank(pairs[i][0]) else 'title'}", f"M{first}")
            for i, first in sorted(quadratic_repeats(texts).items())
        ]
        report = tiltak.validate(Plan(kind="action_plan", measures=measures), select="P015")
        assert expected == [(f.path, f.params["other"]) for f in report]
