"""The pictures: well-formed SVG of known elements, days at their places, words for all."""

from __future__ import annotations

import datetime as dt
import enum
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tiltak
from tiltak import asof, examples, pictures
from tiltak._cli import main
from tiltak._render import _html, _palette, _svg, _svg_indicator, _svg_matrix, _svg_timeline
from tiltak.errors import ModelError, ModelTypeError
from tiltak.pictures import (
    Indicator,
    Mark,
    MatrixRow,
    Reading,
    Tick,
    TimelineItem,
    draw_indicator,
    draw_matrix,
    draw_timeline,
)

SVG = "{http://www.w3.org/2000/svg}"
LOCALES = ("en", "nb", "nn", "sv")
PAYLOADS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "' onmouseover='x",
    "]]><foreignObject><a href='javascript:alert(1)'>x</a></foreignObject>",
    "<!-- --><style>*{display:none}</style>&amp; &lt;b&gt; &#x3C;",
    "<?xml-stylesheet href='evil.css'?><!DOCTYPE x [<!ENTITY e 'x'>]>&e;",
    "\x00\x0b\ufffe bidi \u202e evil",
)

# What the pictures write themselves, and nothing else.
TAGS = {"circle", "desc", "g", "line", "polygon", "polyline", "rect", "style", "svg", "text"}
TAGS |= {"title"}
CLASSES = {
    "tiltak-picture",
    "tiltak-pic-asof",
    "tiltak-pic-axis",
    "tiltak-pic-band",
    "tiltak-pic-bar",
    "tiltak-pic-base",
    "tiltak-pic-bg",
    "tiltak-pic-empty",
    "tiltak-pic-goal",
    "tiltak-pic-green",
    "tiltak-pic-grid",
    "tiltak-pic-line",
    "tiltak-pic-muted",
    "tiltak-pic-none",
    "tiltak-pic-open",
    "tiltak-pic-point",
    "tiltak-pic-red",
    "tiltak-pic-small",
    "tiltak-pic-target",
    "tiltak-pic-text",
    "tiltak-pic-tick",
    "tiltak-pic-title",
    "tiltak-pic-yellow",
}
NUMBER = re.compile(r"-?\d+(\.\d)?")
POINTS = re.compile(r"-?\d+(\.\d)?,-?\d+(\.\d)?( -?\d+(\.\d)?,-?\d+(\.\d)?)*")
NUMERIC = {"x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height"}


def parse(svg: str) -> ET.Element:
    """The picture's root element, which must be ``<svg>`` in the SVG namespace."""
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return root


def tag(element: ET.Element) -> str:
    assert element.tag.startswith(SVG), element.tag
    return element.tag.removeprefix(SVG)


def assert_allowed(svg: str) -> ET.Element:
    """Every element and attribute of the picture is one the pictures write, with a fixed value."""
    root = parse(svg)
    for element in root.iter():
        assert tag(element) in TAGS
        for name, value in element.attrib.items():
            if name in NUMERIC:
                assert NUMBER.fullmatch(value), (name, value)
            elif name == "class":
                assert set(value.split()) <= CLASSES, value
            elif name == "points":
                assert POINTS.fullmatch(value), value
            elif name == "viewBox":
                assert re.fullmatch(r"0 0 \d+(\.\d)? \d+(\.\d)?", value)
            else:
                assert (name, value) in {
                    ("role", "img"),
                    ("text-anchor", "middle"),
                    ("text-anchor", "end"),
                    *(("lang", code) for code in LOCALES),
                }, (name, value)
    return root


def texts(root: ET.Element) -> list[str]:
    """Every text the picture shows or names, in order."""
    return [e.text or "" for e in root.iter() if tag(e) in {"text", "title", "desc"}]


def shape(root: ET.Element) -> list[tuple[str, tuple[str, ...]]]:
    """The picture's elements and their attribute names, in order."""
    return [(tag(e), tuple(sorted(e.attrib))) for e in root.iter()]


def group(root: ET.Element, label: str) -> ET.Element:
    """The ``<g>`` whose hint starts with ``label``."""
    for element in root.iter(f"{SVG}g"):
        title = element.find(f"{SVG}title")
        if title is not None and (title.text or "").startswith(label):
            return element
    raise AssertionError(f"no group for {label!r}")


def by_class(root: ET.Element, css: str) -> list[ET.Element]:
    return [e for e in root.iter() if css in e.get("class", "").split()]


def x_on_axis(
    day: dt.date, first: dt.date, last_excluded: dt.date, left: float, width: float
) -> float:
    """The middle of ``day`` on an axis of whole days from ``first`` to ``last_excluded``."""
    days = (last_excluded - first).days
    return left + ((day - first).days + 0.5) * width / days


def near(value: str | None, expected: float) -> bool:
    return value is not None and abs(float(value) - expected) <= 0.051


COLOURS = (
    tiltak.StatusColour.GREEN,
    tiltak.StatusColour.YELLOW,
    tiltak.StatusColour.RED,
    None,
)


def some_items() -> list[TimelineItem]:
    return [
        TimelineItem(label="A lights", end=dt.date(2024, 4, 30), colour="green"),
        TimelineItem(
            label="B graffiti",
            start=dt.date(2024, 3, 1),
            end=dt.date(2024, 12, 31),
            colour="yellow",
        ),
        TimelineItem(label="C youth club", start=dt.date(2024, 8, 16), colour="red"),
        TimelineItem(label="D patrols", end=dt.date(2024, 6, 30), completed=dt.date(2024, 6, 20)),
        TimelineItem(label="E undated", colour="green"),
    ]


def some_ticks() -> list[Tick]:
    return [
        Tick(date=dt.date(2024, 9, 13), kind="follow-up"),
        Tick(date=dt.date(2024, 6, 14), kind="follow-up"),
        Tick(date=dt.date(2024, 6, 14), kind="follow-up"),
        Tick(date=dt.date(2024, 11, 1), kind="revision"),
    ]


class TestTimeline:
    def test_days_fall_at_their_places(self) -> None:
        """Points, bars, ticks and the as-of line sit where the axis puts their days."""
        picture = draw_timeline(
            some_items(), ticks=some_ticks(), as_of=dt.date(2024, 10, 1), locale="en"
        )
        root = assert_allowed(picture.svg)
        left, width = _svg_timeline._PLOT_LEFT, _svg_timeline._PLOT_WIDTH

        def x(day: dt.date) -> float:
            # The axis runs over whole months: March 2024 to December 2024.
            return x_on_axis(day, dt.date(2024, 3, 1), dt.date(2025, 1, 1), left, width)

        point = [e for e in group(root, "A lights") if tag(e) == "circle"]
        assert [near(e.get("cx"), x(dt.date(2024, 4, 30))) for e in point] == [False, True]
        bar = by_class(group(root, "B graffiti"), "tiltak-pic-bar")[0]
        half = width / (dt.date(2025, 1, 1) - dt.date(2024, 3, 1)).days / 2
        assert near(bar.get("x"), x(dt.date(2024, 3, 1)) - half)
        right = float(bar.get("x", "")) + float(bar.get("width", ""))
        assert abs(right - (x(dt.date(2024, 12, 31)) + half)) < 0.11
        open_bar = by_class(group(root, "C youth club"), "tiltak-pic-bar")[0]
        assert "tiltak-pic-open" in open_bar.get("class", "")
        assert near(open_bar.get("x"), x(dt.date(2024, 8, 16)) - half)
        ticks = by_class(root, "tiltak-pic-tick")
        expected = [dt.date(2024, 6, 14), dt.date(2024, 9, 13), dt.date(2024, 11, 1)]
        assert len(ticks) == len(expected)
        for element, day in zip(ticks, expected, strict=True):
            assert near(element.get("x1"), x(day))
        (line,) = by_class(root, "tiltak-pic-asof")
        assert near(line.get("x1"), x(dt.date(2024, 10, 1)))

    def test_the_axis_labels_its_months(self) -> None:
        """The axis names months in the locale, at the first day of each."""
        picture = draw_timeline(some_items(), locale="nb")
        root = parse(picture.svg)
        shown = texts(root)
        assert "mars 2024" in shown
        assert "mai" in shown
        assert "jan. 2025" not in shown

    def test_text_names_every_item(self) -> None:
        """The text equivalent names each item with its status, its days and the ticks."""
        picture = draw_timeline(
            some_items(), ticks=some_ticks(), as_of=dt.date(2024, 10, 1), locale="en"
        )
        assert picture.text.splitlines() == [
            "Timeline",
            "as of 1 Oct 2024",
            "A lights: ● green; deadline 30 Apr 2024",
            "B graffiti: ▲ yellow; 1 Mar 2024 \u2013 31 Dec 2024",
            "C youth club: ■ red; from 16 Aug 2024",
            "D patrols: ○ not assessed; deadline 30 Jun 2024; completed 20 Jun 2024",
            "follow-ups: 14 Jun 2024; 13 Sept 2024",
            "revisions: 1 Nov 2024",
            "without a date: E undated",
        ]
        assert "1 without a date" in texts(parse(picture.svg))

    def test_each_status_has_its_symbol(self) -> None:
        """Green is a circle, yellow a triangle, red a square, not assessed a ring."""
        items = [
            TimelineItem(label=f"item {i}", end=dt.date(2024, 5, i + 1), colour=colour)
            for i, colour in enumerate(COLOURS)
        ]
        root = parse(draw_timeline(items, locale="en").svg)
        shapes = {"green": "circle", "yellow": "polygon", "red": "rect", "none": "circle"}
        for i, key in enumerate(shapes):
            drawn = [tag(e) for e in by_class(group(root, f"item {i}"), f"tiltak-pic-{key}")]
            assert drawn == [shapes[key]] * 2
        legend = texts(root)
        assert {"green", "yellow", "red", "not assessed"} <= set(legend)

    def test_a_period_and_a_deadline_alike(self) -> None:
        """An item whose start is its end is a point; a start after the end still a bar."""
        root = parse(
            draw_timeline(
                [
                    TimelineItem(label="one", start=dt.date(2024, 5, 2), end=dt.date(2024, 5, 2)),
                    TimelineItem(label="two", start=dt.date(2024, 6, 9), end=dt.date(2024, 5, 2)),
                ]
            ).svg
        )
        assert not by_class(group(root, "one"), "tiltak-pic-bar")
        assert by_class(group(root, "two"), "tiltak-pic-bar")

    def test_nothing_dated(self) -> None:
        """With no dated item the picture is small and says so; undated items are named."""
        for picture in (
            draw_timeline([], locale="nb"),
            draw_timeline([TimelineItem(label="uten dato")], locale="nb"),
        ):
            root = assert_allowed(picture.svg)
            assert "Ingenting å vise." in texts(root)
            assert float(root.get("height", "")) < 120
            assert "Ingenting å vise." in picture.text
        assert "uten dato: x" in draw_timeline([TimelineItem(label="x")], locale="nb").text

    def test_many_items_are_counted(self) -> None:
        """Past MAX_ITEMS, the rest are counted in the picture and in the text."""
        items = [
            TimelineItem(label=f"measure {i}", end=dt.date(2024, 1, 1) + dt.timedelta(days=i))
            for i in range(pictures.MAX_ITEMS + 5)
        ]
        picture = draw_timeline(items, locale="en")
        root = parse(picture.svg)
        hinted = [t for t in texts(root) if t.startswith("measure ")]
        assert len(hinted) == 2 * pictures.MAX_ITEMS  # a label and a hint each
        assert "… and 5 more" in texts(root)
        assert "… and 5 more" in picture.text.splitlines()
        assert "measure 40" not in picture.text

    def test_the_days_at_the_ends_of_time(self) -> None:
        """The first and the last day a date can hold are drawn like any other."""
        items = [
            TimelineItem(label="first", end=dt.date.min),
            TimelineItem(label="last", start=dt.date(9999, 12, 1), end=dt.date.max),
        ]
        root = assert_allowed(draw_timeline(items, as_of=dt.date.max).svg)
        (line,) = by_class(root, "tiltak-pic-asof")
        assert float(line.get("x1", "")) <= _svg_timeline._PLOT_LEFT + _svg_timeline._PLOT_WIDTH

    def test_as_of_as_text(self) -> None:
        """as_of may be an ISO day, as elsewhere in tiltak."""
        assert (
            draw_timeline(some_items(), as_of="2024-10-01").svg
            == draw_timeline(some_items(), as_of=dt.date(2024, 10, 1)).svg
        )


class TestMatrix:
    ROWS = (
        MatrixRow(
            label="TT-1.5 Fewer falls",
            marks=[
                Mark(date=dt.date(2024, 6, 14), colour="yellow"),
                Mark(date=dt.date(2024, 9, 13), colour="green"),
            ],
        ),
        MatrixRow(label="TT-1.6 More staff", marks=[Mark(date=dt.date(2024, 9, 13))]),
        MatrixRow(
            label="TT-2.1 Less waiting", marks=[Mark(date=dt.date(2024, 6, 14), colour="red")]
        ),
    )

    def test_cells_in_their_rounds(self) -> None:
        """Each mark is drawn in its round's column; a round without one is a dash."""
        picture = draw_matrix(self.ROWS, locale="en")
        root = assert_allowed(picture.svg)
        first, second = _svg_matrix._FIRST, _svg_matrix._FIRST + _svg_matrix._COLUMN
        falls = group(root, "TT-1.5")
        (yellow,) = by_class(falls, "tiltak-pic-yellow")
        (green,) = by_class(falls, "tiltak-pic-green")
        assert tag(yellow) == "polygon"
        assert yellow.get("points", "").startswith(f"{first},")
        assert near(green.get("cx"), second)
        (dash,) = by_class(group(root, "TT-2.1"), "tiltak-pic-empty")
        assert near(dash.get("x1"), second - 5)
        (ring,) = by_class(group(root, "TT-1.6"), "tiltak-pic-none")
        assert near(ring.get("cx"), second)
        heads = [t for t in texts(root) if re.fullmatch(r"\d\d/\d\d/\d{4}", t)]
        assert heads == ["14/06/2024", "13/09/2024"]

    def test_text_names_every_cell(self) -> None:
        """The text equivalent gives every row's status in every round."""
        assert draw_matrix(self.ROWS, locale="nn").text.splitlines() == [
            "Status per rapporteringsrunde",
            "rundar: 14. juni 2024; 13. sep. 2024",
            "TT-1.5 Fewer falls: 14. juni 2024 ▲ gul; 13. sep. 2024 ● grøn",
            "TT-1.6 More staff: 14. juni 2024 \u2013 inga oppfølging;"
            " 13. sep. 2024 ○ ikkje vurdert",
            "TT-2.1 Less waiting: 14. juni 2024 ■ raud; 13. sep. 2024 \u2013 inga oppfølging",
        ]

    def test_given_rounds_hold_the_latest_mark_since_the_round_before(self) -> None:
        """A round ends on its day; a later mark in it wins; a mark after the last is left out."""
        row = MatrixRow(
            label="goal",
            marks=[
                Mark(date=dt.date(2024, 5, 2), colour="red"),
                Mark(date=dt.date(2024, 4, 20), colour="green"),
                Mark(date=dt.date(2024, 8, 31), colour="yellow"),
                Mark(date=dt.date(2025, 1, 2), colour="green"),
            ],
        )
        rounds = [dt.date(2024, 8, 31), dt.date(2024, 4, 30), dt.date(2024, 12, 31)]
        text = draw_matrix([row], rounds=rounds, locale="en").text
        assert text.splitlines()[-1] == (
            "goal: 30 Apr 2024 ● green; 31 Aug 2024 ▲ yellow; 31 Dec 2024 \u2013 no follow-up"
        )

    def test_many_rounds_and_rows_are_counted(self) -> None:
        """The latest MAX_ROUNDS rounds and the first MAX_ROWS rows are drawn; the rest counted."""
        days = [dt.date(2020, 1, 1) + dt.timedelta(days=30 * i) for i in range(15)]
        rows = [
            MatrixRow(label=f"row {i}", marks=[Mark(date=day, colour="green") for day in days])
            for i in range(pictures.MAX_ROWS + 2)
        ]
        picture = draw_matrix(rows, locale="en")
        root = assert_allowed(picture.svg)
        assert len(by_class(group(root, "row 0"), "tiltak-pic-green")) == pictures.MAX_ROUNDS
        assert "… and 2 more · 3 earlier rounds left out" in texts(root)
        assert picture.text.splitlines()[-2:] == ["… and 2 more", "3 earlier rounds left out"]
        assert "row 40" not in picture.text

    def test_nothing_to_show(self) -> None:
        """No rows, or rows with no marks, make a small picture that says so."""
        for picture in (draw_matrix([]), draw_matrix([MatrixRow(label="x")])):
            root = assert_allowed(picture.svg)
            assert "Nothing to show." in texts(root)
            assert picture.text == "Status by reporting round\nNothing to show.\n"


class TestIndicator:
    INDICATOR = Indicator(
        label="Share who feel safe",
        unit="%",
        direction="higher",
        baseline=34,
        baseline_date=dt.date(2019, 1, 1),
        readings=[
            Reading(date=dt.date(2022, 1, 1), value=39),
            Reading(date=dt.date(2020, 1, 1), value=36.5),
        ],
        target=50,
        target_date=dt.date(2023, 12, 31),
    )

    def test_points_at_their_days_and_values(self) -> None:
        """Baseline, values and target sit at their days and values on the chart's scales."""
        root = assert_allowed(draw_indicator(self.INDICATOR, locale="en").svg)
        left, width = _svg_indicator._PLOT_LEFT, _svg_indicator._PLOT_WIDTH
        top, height = _svg_indicator._PLOT_TOP, _svg_indicator._PLOT_HEIGHT

        def x(day: dt.date) -> float:
            return x_on_axis(day, dt.date(2019, 1, 1), dt.date(2024, 1, 1), left, width)

        def y(value: float) -> float:  # the scale runs from 30 to 50 in steps of 5
            return top + height * (1 - (value - 30) / 20)

        (base,) = by_class(root, "tiltak-pic-base")
        assert near(base.get("cx"), x(dt.date(2019, 1, 1)))
        assert near(base.get("cy"), y(34))
        value = group(root, "1 Jan 2020").find(f"{SVG}circle")
        assert value is not None
        assert near(value.get("cx"), x(dt.date(2020, 1, 1)))
        assert near(value.get("cy"), y(36.5))
        (goal,) = by_class(root, "tiltak-pic-goal")
        assert near(goal.get("cx"), x(dt.date(2023, 12, 31)))
        assert near(goal.get("cy"), y(50))
        (line,) = by_class(root, "tiltak-pic-line")
        assert len(line.get("points", "").split()) == 3

    def test_text_in_order(self) -> None:
        """The text gives the direction, the baseline, the values by day, and the target."""
        assert draw_indicator(self.INDICATOR, locale="sv").text.splitlines() == [
            "Share who feel safe",
            "högre är bättre",
            "utgångsvärde: 34 % (1 jan. 2019)",
            "1 jan. 2020: 36,5 %",
            "1 jan. 2022: 39 %",
            "målvärde: 50 % senast 31 dec. 2023",
        ]

    def test_undated_ends(self) -> None:
        """An undated baseline sits at the left edge, an undated target at the right."""
        indicator = Indicator(label="x", baseline=10, target=5, direction="lower")
        root = assert_allowed(draw_indicator(indicator).svg)
        (base,) = by_class(root, "tiltak-pic-base")
        (goal,) = by_class(root, "tiltak-pic-goal")
        assert near(base.get("cx"), _svg_indicator._PLOT_LEFT)
        assert near(goal.get("cx"), _svg_indicator._PLOT_LEFT + _svg_indicator._PLOT_WIDTH)

    def test_nothing_to_show(self) -> None:
        picture = draw_indicator(Indicator(label="empty"), locale="nb")
        assert "Ingenting å vise." in texts(assert_allowed(picture.svg))

    def test_many_values_are_counted(self) -> None:
        readings = [
            Reading(date=dt.date(2000, 1, 1) + dt.timedelta(days=i), value=i)
            for i in range(pictures.MAX_READINGS + 4)
        ]
        picture = draw_indicator(Indicator(label="x", readings=readings), locale="en")
        assert picture.text.splitlines()[-1] == "4 earlier values left out"
        assert len(by_class(parse(picture.svg), "tiltak-pic-point")) == pictures.MAX_READINGS

    def test_one_value_and_extremes(self) -> None:
        """One value, equal values, and the largest values all make a chart."""
        for indicator in (
            Indicator(label="x", readings=[Reading(date=dt.date(2024, 1, 1), value=0)]),
            Indicator(label="x", baseline=3, target=3),
            Indicator(label="x", baseline=-pictures.MAX_VALUE, target=pictures.MAX_VALUE),
            Indicator(label="x", baseline=1e-300, target=0),
        ):
            assert_allowed(draw_indicator(indicator).svg)

    def test_a_direction_from_an_enum(self) -> None:
        """A direction may be given as an enum member whose value is 'higher' or 'lower'."""

        class Direction(enum.Enum):
            HIGHER = "higher"

        assert Indicator(label="x", direction=Direction.HIGHER).direction == "higher"


class TestRecords:
    def test_wrong_values_are_refused(self) -> None:
        """The records check what they are given, as the model does."""
        with pytest.raises(ModelTypeError):
            TimelineItem(label=1)  # type: ignore[arg-type]
        with pytest.raises(ModelTypeError):
            TimelineItem(label="x", end=dt.datetime(2024, 1, 1, 12))
        with pytest.raises(ModelTypeError):
            Tick(date=dt.date(2024, 1, 1), kind="meeting")  # type: ignore[arg-type]
        with pytest.raises(ModelError):
            Reading(date=dt.date(2024, 1, 1), value=float("nan"))
        with pytest.raises(ModelError):
            Indicator(label="x", target=1e16)
        with pytest.raises(ModelTypeError):
            Indicator(label="x", direction="up")
        with pytest.raises(ModelTypeError):
            MatrixRow(label="x", marks=[dt.date(2024, 1, 1)])  # type: ignore[list-item]
        with pytest.raises(ModelTypeError):
            draw_timeline("items")  # type: ignore[arg-type]
        with pytest.raises(ModelTypeError):
            draw_matrix([], title=3)  # type: ignore[arg-type]
        with pytest.raises(ModelTypeError):
            draw_indicator("x")  # type: ignore[arg-type]
        with pytest.raises(ModelTypeError):
            pictures.timeline("plan")  # type: ignore[arg-type]


class TestAccessible:
    @pytest.mark.parametrize("locale", LOCALES)
    def test_title_and_desc_first(self, locale: str) -> None:
        """Every picture opens with its title and its description, in the locale."""
        plan = examples.load("action_plan_bra")
        for picture in (
            pictures.timeline(plan, as_of="2024-10-01", locale=locale),
            pictures.matrix(plan, locale=locale),
            draw_indicator(TestIndicator.INDICATOR, locale=locale),
            draw_timeline([], locale=locale),
        ):
            root = assert_allowed(picture.svg)
            first, second = list(root)[:2]
            assert (tag(first), tag(second)) == ("title", "desc")
            assert first.text
            assert second.text
            assert root.get("role") == "img"
            assert root.get("lang") == locale
            assert picture.locale == locale
            assert picture.text.splitlines()[0] == first.text

    def test_words_in_each_language(self) -> None:
        """The pictures' own words come from the catalogs; nynorsk is not bokmål."""
        plan = examples.load("action_plan_bra")
        titles = {
            code: pictures.timeline(plan, locale=code).text.split("\n")[0] for code in LOCALES
        }
        assert titles == {
            "en": "Timeline of the measures",
            "nb": "Tidslinje for tiltakene",
            "nn": "Tidslinje for tiltaka",
            "sv": "Tidslinje för åtgärderna",
        }

    def test_light_and_dark(self) -> None:
        """The stylesheet has the HTML renderer's palette, light and dark, and a dark scheme."""
        css = _svg.CSS
        for line in _palette.LIGHT.splitlines():
            assert line in _html.CSS
            assert line in css
        for line in _palette.DARK.splitlines():
            assert line in _html.CSS
            assert line in css
        assert "@media (prefers-color-scheme: dark)" in css
        assert "svg.tiltak-picture:root" in css
        assert "-->" not in css
        assert "<" not in css

    def test_colours_without_custom_properties(self) -> None:
        """Each colour from the palette is also given plainly, for renderers without var()."""
        for match in re.finditer(r"(fill|stroke): var\(--tiltak-([\w-]+)\);", _svg.CSS):
            before = _svg.CSS[: match.start()].rstrip()
            assert re.search(rf"{match[1]}: #[0-9a-f]{{6}};$", before), match[0]


class TestHostileText:
    @pytest.mark.parametrize("payload", PAYLOADS)
    def test_text_never_becomes_markup(self, payload: str) -> None:
        """Plan text in labels, units and titles is text: the same elements as a plain word."""
        draws: tuple[Callable[[str], pictures.Picture], ...] = (
            lambda label: draw_timeline(
                [TimelineItem(label=label, end=dt.date(2024, 1, 1), colour="red")],
                ticks=some_ticks(),
                title=label,
                as_of=dt.date(2024, 6, 1),
            ),
            lambda label: draw_matrix(
                [MatrixRow(label=label, marks=[Mark(date=dt.date(2024, 1, 1))])], title=label
            ),
            lambda label: draw_indicator(
                Indicator(
                    label=label,
                    unit=label,
                    baseline=1,
                    readings=[Reading(date=dt.date(2024, 1, 1), value=2)],
                    target=3,
                )
            ),
        )
        for draw in draws:
            hostile, plain = draw(payload), draw("plain")
            root = assert_allowed(hostile.svg)
            assert shape(root) == shape(parse(plain.svg))
            for element in root.iter():
                for value in element.attrib.values():
                    assert not {"alert", "script", "evil", "href", "on"} & set(
                        re.findall(r"[a-z]+", value)
                    )
            shown = " ".join(texts(root))
            assert _svg.clean(payload)[:20] in shown or _svg.clean(payload)[:20] in hostile.text

    @pytest.mark.parametrize("payload", PAYLOADS)
    def test_a_hostile_plan(self, payload: str) -> None:
        """A plan whose every text is an attack makes the same pictures as a plain one."""

        def plan(text: str) -> tiltak.Plan:
            bra = examples.load("action_plan_bra")
            measures = [
                m.__class__(
                    id=text,
                    title=text,
                    deadline=m.deadline,
                    period=m.period,
                    follow_ups=[
                        tiltak.FollowUp(date=f.date, colour=f.colour, note=text, by=text)
                        for f in m.follow_ups
                    ],
                )
                for m in bra.measures
            ]
            return tiltak.Plan(kind="action_plan", title=text, measures=measures)

        for draw in (pictures.timeline, pictures.matrix):
            hostile = assert_allowed(draw(plan(payload), locale="en").svg)
            plain = parse(draw(plan("plain"), locale="en").svg)
            assert shape(hostile) == shape(plain)


class TestProperties:
    @settings(max_examples=60, deadline=None)
    @given(
        labels=st.lists(st.text(max_size=60), min_size=1, max_size=6),
        days=st.lists(st.dates(), min_size=2, max_size=12),
        locale=st.sampled_from(LOCALES),
    )
    def test_any_labels_and_days(
        self, labels: list[str], days: list[dt.date], locale: str
    ) -> None:
        """Any labels and days make well-formed pictures with the elements of plain ones."""

        def items(label: str) -> list[TimelineItem]:
            return [
                TimelineItem(label=label or text, start=days[i % len(days)], end=days[-1 - i % 2])
                for i, text in enumerate(labels)
            ]

        def rows(label: str) -> list[MatrixRow]:
            marks = [Mark(date=day, colour=COLOURS[i % 4]) for i, day in enumerate(days)]
            return [MatrixRow(label=label or text, marks=marks) for text in labels]

        ticks = [Tick(date=day, kind="revision") for day in days[:3]]
        for label in labels:
            for hostile, plain in (
                (
                    draw_timeline(items(label), ticks=ticks, as_of=days[0], locale=locale),
                    draw_timeline(items("x"), ticks=ticks, as_of=days[0], locale=locale),
                ),
                (draw_matrix(rows(label), locale=locale), draw_matrix(rows("x"), locale=locale)),
                (
                    draw_indicator(
                        Indicator(label=label, unit=label, readings=_readings(days)), locale=locale
                    ),
                    draw_indicator(
                        Indicator(label="x", unit="x", readings=_readings(days)), locale=locale
                    ),
                ),
            ):
                assert shape(assert_allowed(hostile.svg)) == shape(parse(plain.svg))

    @settings(max_examples=30, deadline=None)
    @given(days=st.lists(st.dates(), min_size=1, max_size=8), shift=st.integers(0, 7))
    def test_same_input_same_bytes(self, days: list[dt.date], shift: int) -> None:
        """A picture is the same bytes for the same input, whatever the order of the ticks."""
        ticks = [Tick(date=day, kind="follow-up") for day in days]
        turned = ticks[shift % len(ticks) :] + ticks[: shift % len(ticks)]
        items = [TimelineItem(label="x", end=days[0])]
        assert draw_timeline(items, ticks=ticks).svg == draw_timeline(items, ticks=turned).svg


def _readings(days: list[dt.date]) -> list[Reading]:
    return [Reading(date=day, value=(i * 37) % 11 - 5.5) for i, day in enumerate(days)]


class TestPlans:
    @pytest.mark.parametrize("name", examples.names())
    def test_every_example(self, name: str) -> None:
        """Every example plan makes every picture, in its own language by default."""
        plan = examples.load(name)
        day = examples.as_of(name)
        drawn = [
            pictures.timeline(plan, as_of=day),
            *(pictures.matrix(plan, as_of=day, by=by) for by in ("measures", "goals")),
            pictures.matrix(plan, as_of=day, by="goal_areas"),
            *pictures.indicators(plan, as_of=day),
        ]
        for picture in drawn:
            assert_allowed(picture.svg)
            own = plan.language.value if plan.language else "en"
            assert picture.locale == own

    def test_the_bra_timeline(self) -> None:
        """The Brå plan: six measures, two of them scheduled, its follow-ups as ticks."""
        plan = examples.load("action_plan_bra")
        picture = pictures.timeline(plan, as_of="2024-10-01", locale="en")
        lines = picture.text.splitlines()
        assert lines[:2] == ["Timeline of the measures", "as of 1 Oct 2024"]
        assert len([line for line in lines if line[:2] in {"1 ", "2 ", "3 ", "6 "}]) == 4
        assert lines[-1] == "follow-ups: 14 Jun 2024; 13 Sept 2024; 13 Dec 2024"
        assert not any(line.startswith("without a date") for line in lines)
        police = "4 Synlig polisnärvaro fredag och lördag kväll"
        assert f"{police}: ▲ yellow; 1 Mar 2024 \u2013 31 Dec 2024" in lines
        assert (
            "6 Fritidsgården öppen sent på helgerna: ■ red; 16 Aug 2024 \u2013 31 Dec 2024"
            in lines
        )

    def test_scheduled_measures_are_bars(self) -> None:
        """A scheduled measure runs from its start to its UNTIL, its last COUNT, or on."""
        plan = examples.load("implementation_plan_home_care")
        lines = pictures.timeline(plan, as_of="2024-10-15", locale="en").text.splitlines()
        assert not any("without a date" in line for line in lines)
        assert lines[2] == "1 Morgonhjälp: ○ not assessed; 18 Mar 2024 \u2013 31 Mar 2025"
        first = plan.measures[0]
        start = dt.date(2024, 3, 6)
        counted = tiltak.Schedule.from_rrule("FREQ=WEEKLY;COUNT=20", start=start)
        endless = tiltak.Schedule.from_rrule("FREQ=WEEKLY", start=start)
        june = tiltak.PartialDate(year=2024, month=6)
        due = attrs.evolve(first, schedule=endless, deadline=june)
        measures = [
            attrs.evolve(first, schedule=counted),
            attrs.evolve(first, schedule=endless),
            due,
        ]
        items = pictures.timeline_items(attrs.evolve(plan, measures=measures))
        assert [(item.start, item.end) for item in items] == [
            (start, dt.date(2024, 7, 17)),
            (start, None),
            (start, dt.date(2024, 6, 30)),
        ]
        root = assert_allowed(draw_timeline(items[1:2], locale="en").svg)
        assert any("tiltak-pic-open" in (e.get("class") or "") for e in root.iter())

    def test_as_of_counts_only_earlier_follow_ups(self) -> None:
        """As of a day between rounds, a measure shows the colour it had then."""
        plan = examples.load("action_plan_bra")
        june = pictures.timeline(plan, as_of="2024-07-01", locale="en").text
        assert "3 Snabb sanering av klotter och skadegörelse: ▲ yellow" in june
        matrix = pictures.matrix(plan, as_of="2024-07-01", locale="en").text
        assert "13 Sept 2024" not in matrix

    def test_figure(self) -> None:
        """The figure holds the svg and the text in a closed <details>, all escaped."""
        picture = draw_timeline(
            [TimelineItem(label=PAYLOADS[0], end=dt.date(2024, 1, 1))], locale="nn"
        )
        markup = pictures.figure(picture)

        class Tags(HTMLParser):
            def __init__(self) -> None:
                super().__init__()
                self.found: set[str] = set()

            def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
                self.found.add(tag)

        parser = Tags()
        parser.feed(markup)
        assert parser.found <= _svg.FIGURE_TAGS | TAGS
        assert "<summary>Biletet i tekst</summary>" in markup
        assert "&lt;script&gt;alert(1)&lt;/script&gt;: ○ ikkje vurdert" in markup
        assert picture._repr_html_() == markup


class TestGoals:
    PLAN = examples.load("operational_plan")
    DAY = examples.as_of("operational_plan")

    def test_goals_by_the_plans_rounds(self) -> None:
        """A row per goal followed up, named as people name it, a column per tertial."""
        picture = pictures.matrix(self.PLAN, as_of=self.DAY, by="goals", locale="nb")
        lines = picture.text.splitlines()
        root = assert_allowed(picture.svg)

        assert lines[:2] == [
            "Status for målene per runde",
            "runder: 30. apr. 2019; 31. aug. 2019; 31. des. 2019",
        ]
        assert (
            "TT-1.2 Øke andelen treårige ved interne og …: 30. apr. 2019 ■ rød;"
            " 31. aug. 2019 ▲ gul; 31. des. 2019 ● grønn"
        ) in lines
        assert [line.split(" ", 1)[0] for line in lines[2:]] == [
            "TT-1.1", "TT-1.2", "TT-1.5", "TT-2.1", "TT-3.1", "TT-5.1",
        ]  # fmt: skip
        row = group(root, "TT-1.2")
        assert [tag(e) for e in row if tag(e) != "text"][1:] == ["rect", "polygon", "circle"]
        rounds = asof.round_days(self.PLAN, as_of=self.DAY)
        assert pictures.plan_rounds(self.PLAN, as_of=self.DAY) == rounds
        assert picture == pictures.matrix(self.PLAN, by="goals", locale="nb")

    def test_a_round_in_progress(self) -> None:
        """Follow-ups after the last round's day make a last round, ending on the as-of day."""
        goal = self.PLAN.goals[1]
        late = tiltak.FollowUp(date=dt.date(2020, 2, 3), colour="red")
        plan = attrs.evolve(
            self.PLAN,
            goals=[attrs.evolve(goal, follow_ups=[*goal.follow_ups, late])],
        )
        text = pictures.matrix(plan, as_of="2020-02-10", by="goals", locale="en").text
        assert "10 Feb 2020 ■ red" in text
        early = pictures.matrix(plan, as_of="2019-09-15", by="goals", locale="en").text
        assert early.splitlines()[1] == "rounds: 30 Apr 2019; 31 Aug 2019"

    def test_without_rounds_each_day_is_one(self) -> None:
        """A plan that names no rounds has a round per day a goal was followed up on."""
        plan = tiltak.Plan(
            kind="action_plan",
            goals=[
                tiltak.Goal(
                    id="1",
                    text="Trygg skolevei",
                    follow_ups=[tiltak.FollowUp(date=dt.date(2024, 3, 1), colour="green")],
                ),
                tiltak.Goal(id="2", text="Not followed up"),
            ],
        )
        text = pictures.matrix(plan, by="goals", locale="en").text
        assert text.splitlines()[1:] == [
            "rounds: 1 Mar 2024",
            "1 Trygg skolevei: 1 Mar 2024 ● green",
        ]
        assert pictures.plan_rounds(plan) is None

    def test_goal_areas(self) -> None:
        """A goal area's status each round is its goals' colours rolled up."""
        text = pictures.matrix(self.PLAN, as_of=self.DAY, by="goal_areas", locale="sv").text
        lines = text.splitlines()
        assert lines[0] == "Målområdenas status per omgång"
        assert lines[2] == (
            "1 Kompetanseheving og rekruttering: 30 apr. 2019 ■ röd;"
            " 31 aug. 2019 ▲ gul; 31 dec. 2019 ▲ gul"
        )
        assert len(lines) == 6  # the four areas with a goal assessed
        with pytest.raises(ModelTypeError, match="by is"):
            pictures.matrix(self.PLAN, by="areas")  # type: ignore[arg-type]

    def test_the_indicator_of_a_goal(self) -> None:
        """TT-1.2's indicator: its baseline, the values measured up to the day, its target."""
        [chart] = pictures.indicators(self.PLAN, as_of=self.DAY, locale="nb")
        assert chart.text.splitlines() == [
            "TT-1.2 Øke andelen treårige ved interne og …",
            "høyere er bedre",
            "utgangsverdi: 28 % (31. des. 2018)",
            "30. apr. 2019: 29 %",
            "31. aug. 2019: 31 %",
            "31. des. 2019: 33 %",
            "målverdi: 34 %",
        ]
        assert_allowed(chart.svg)
        [summer] = pictures.indicators(self.PLAN, as_of="2019-09-01", locale="en")
        assert "31 Dec 2019" not in summer.text
        assert pictures.indicators(self.PLAN, locale="nb") == (chart,)

    def test_an_indicator_record(self) -> None:
        """Values without a day or beyond the chart's range are left out; nothing gives None."""
        value = asof.IndicatorValue
        found = asof.Indicator(
            path="$.goals[0].target",
            baseline=1e300,
            baseline_date=None,
            value=None,
            measured=None,
            target=None,
            due=None,
            unit=None,
            direction=None,
            values=(
                value(path="$.goals[0].follow_ups[0]", date=None, number=3.0),
                value(path="$.goals[0].follow_ups[1]", date=dt.date(2024, 1, 1), number=None),
            ),
        )
        assert pictures.indicator_record(found, label="x") is None
        dated = value(path="$.goals[0].follow_ups[2]", date=dt.date(2024, 2, 1), number=5.0)
        record = pictures.indicator_record(
            attrs.evolve(found, values=(*found.values, dated)), label="x"
        )
        assert record is not None
        assert record.readings == (Reading(date=dt.date(2024, 2, 1), value=5.0),)
        assert record.baseline is None

    def test_a_stack(self) -> None:
        """Pictures one below the other: each whole at its own height, the texts in turn."""
        one = draw_indicator(TestIndicator.INDICATOR, locale="en")
        two = pictures.timeline(self.PLAN, locale="en")
        stacked = pictures.stack([one, two], title="Both", desc="Two pictures", locale="en")
        root = assert_allowed(stacked.svg)
        inner = [e for e in root if tag(e) == "svg"]
        height = float(parse(one.svg).get("height") or 0)

        assert [e.get("y") for e in inner] == ["0", _svg.number(height + 16)]
        assert stacked.text == f"Both\n\n{one.text}\n{two.text}"
        assert texts(root)[:2] == ["Both", "Two pictures"]
        empty = pictures.stack([], title="None", desc="-", locale="nn")
        assert empty.text == "None\nIngenting å vise.\n"
        with pytest.raises(ModelTypeError):
            pictures.stack(["<svg/>"], title="x", desc="y", locale="en")  # type: ignore[list-item]


class TestCommandLine:
    @pytest.fixture
    def plan_file(self, tmp_path: Path) -> Path:
        path = tmp_path / "plan.json"
        path.write_text(tiltak.dumps(examples.load("action_plan_bra")), encoding="utf-8")
        return path

    def test_timeline(self, plan_file: Path, tmp_path: Path) -> None:
        """--to svg writes the plan's timeline, in the plan's own language by default."""
        out = tmp_path / "plan.svg"
        assert 0 == main(["render", str(plan_file), "--to", "svg", "-o", str(out)])
        plan = examples.load("action_plan_bra")
        assert pictures.timeline(plan).svg == out.read_text(encoding="utf-8")

    def test_matrix_as_of(self, plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--picture matrix and --as-of draw the status by round up to that day."""
        argv = ["render", str(plan_file), "--to", "svg", "--picture", "matrix"]
        assert 0 == main([*argv, "--as-of", "2024-07-01", "--locale", "nb"])
        plan = examples.load("action_plan_bra")
        expected = pictures.matrix(plan, as_of="2024-07-01", locale="nb").svg
        assert expected == capsys.readouterr().out

    def test_goals_and_indicators(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--by goals draws the goals by round; --picture indicators stacks every chart."""
        plan = examples.load("operational_plan")
        path = tmp_path / "plan.json"
        path.write_text(tiltak.dumps(plan), encoding="utf-8")
        argv = ["render", str(path), "--to", "svg", "--as-of", "2020-01-15"]
        assert 0 == main([*argv, "--picture", "matrix", "--by", "goals"])
        goals = pictures.matrix(plan, as_of="2020-01-15", by="goals")
        assert goals.svg == capsys.readouterr().out
        assert 0 == main([*argv, "--picture", "indicators"])
        out = capsys.readouterr().out
        charts = pictures.indicators(plan, as_of="2020-01-15")
        assert out.count("<svg ") == 1 + len(charts) == 2
        assert "<title>Indikatorer</title>" in out

    def test_a_plan_without_measures(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A plan without measures whose goals are followed up draws its goals by round."""
        plan = examples.load("operational_plan")
        assert not plan.measures
        path = tmp_path / "plan.json"
        path.write_text(tiltak.dumps(plan), encoding="utf-8")
        argv = ["render", str(path), "--to", "svg", "--as-of", "2020-01-15"]
        assert 0 == main(argv)
        goals = pictures.matrix(plan, as_of="2020-01-15", by="goals")
        assert goals.svg == capsys.readouterr().out
        assert 0 == main([*argv, "--by", "goal_areas"])
        areas = pictures.matrix(plan, as_of="2020-01-15", by="goal_areas")
        assert areas.svg == capsys.readouterr().out
        assert 0 == main([*argv, "--picture", "timeline"])
        assert pictures.timeline(plan, as_of="2020-01-15").svg == capsys.readouterr().out
        assert 0 == main([*argv, "--picture", "matrix"])
        measures = pictures.matrix(plan, as_of="2020-01-15")
        assert measures.svg == capsys.readouterr().out

    def test_bad_day(self, plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert 2 == main(["render", str(plan_file), "--to", "svg", "--as-of", "2024-13"])
        assert "--as-of" in capsys.readouterr().err


def _chromium() -> str | None:
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


class TestBrowser:
    def test_screenshot(self, tmp_path: Path) -> None:
        """Chromium renders a page of the three pictures to a non-trivial PNG."""
        chromium = _chromium()
        if chromium is None:
            pytest.skip("Chromium is not installed (looked for /usr/bin/chromium and chromium)")
        plan = examples.load("action_plan_bra")
        figures = [
            pictures.figure(pictures.timeline(plan, as_of="2024-10-01")),
            pictures.figure(pictures.matrix(plan)),
            pictures.figure(draw_indicator(TestIndicator.INDICATOR)),
        ]
        page = tmp_path / "pictures.html"
        page.write_text(
            '<!DOCTYPE html><html lang="sv"><meta charset="utf-8"><body>'
            + "".join(figures)
            + "</body></html>",
            encoding="utf-8",
        )
        png = tmp_path / "pictures.png"
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                f"--user-data-dir={tmp_path / 'profile'}",
                f"--screenshot={png}",
                "--window-size=900,1200",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert png.exists(), "Chromium wrote no screenshot"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert png.stat().st_size > 20_000


class TestAsOfAsText:
    @pytest.mark.parametrize(
        "rows", ["goal_rows", "measure_rows", "timeline_items", "plan_rounds"]
    )
    def test_an_iso_day_is_a_day(self, rows: str) -> None:
        """Every picture function takes ``as_of`` as a date or as an ISO day, alike."""
        name = "operational_plan" if rows in {"goal_rows", "plan_rounds"} else "action_plan_bra"
        plan = examples.load(name)
        day = examples.as_of(name)
        function = getattr(pictures, rows)
        assert function(plan, as_of=day.isoformat()) == function(plan, as_of=day)
