"""A plan whose every text is an attack renders as text, never as markup, in every output."""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from html.parser import HTMLParser

import attrs
import pytest

import tiltak
from tiltak import Goal, Measure, PartialDate, Period, Plan, PlanKind, Schedule, StatusColour
from tiltak._render import Showable

PAYLOADS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "' onmouseover='x",
    "[click](javascript:alert(1)) ![x](http://evil.example/x.png) <http://evil.example>",
    "</pre></td></table><style>*{display:none}</style>| --- |\n# heading\n- item",
    "www.evil.example https://evil.example &lt;b&gt; &amp; `code` *em* _em_ {{x}}",
)
LOCALES = ("en", "nb", "nn", "sv")

# What the HTML renderer itself writes, and nothing else.
TAGS = {
    "br",
    "caption",
    "details",
    "div",
    "p",
    "pre",
    "span",
    "strong",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "wbr",
}
# A figure, and the picture in it.
TAGS |= {"figcaption", "figure"}
TAGS |= {"circle", "desc", "g", "line", "polygon", "polyline", "rect", "svg", "text", "title"}
PAGE_TAGS = {"body", "head", "html", "meta", "title"}
CLASSES = {
    "hidden",
    "lm-Widget",
    "lm-mod-hidden",
    "tiltak-badge",
    "tiltak-error",
    "tiltak-facts",
    "tiltak-green",
    "tiltak-info",
    "tiltak-item",
    "tiltak-main",
    "tiltak-none",
    "tiltak-note",
    "tiltak-page",
    "tiltak-quiet",
    "tiltak-red",
    "tiltak-scroll",
    "tiltak-section",
    "tiltak-subtitle",
    "tiltak-symbol",
    "tiltak-table",
    "tiltak-text-fallback",
    "tiltak-title",
    "tiltak-warning",
    "tiltak-wrap",
    "tiltak-yellow",
    "tiltak-figure",
    "tiltak-picture",
    *(
        f"tiltak-pic-{name}"
        for name in [
            "asof",
            "axis",
            "band",
            "bar",
            "base",
            "bg",
            "empty",
            "goal",
            "green",
            "grid",
            "line",
            "muted",
            "none",
            "open",
            "point",
            "red",
            "small",
            "target",
            "text",
            "tick",
            "title",
            "yellow",
        ]
    ),
}
NUMBER = re.compile(r"-?\d+(\.\d)?")
POINTS = re.compile(r"-?\d+(\.\d)?,-?\d+(\.\d)?( -?\d+(\.\d)?,-?\d+(\.\d)?)*")
PATTERNS = {
    **dict.fromkeys(
        ("x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height"), NUMBER
    ),
    "points": POINTS,
    "viewbox": re.compile(r"0 0 \d+(\.\d)? \d+(\.\d)?"),
}
"""The attributes of a picture whose values are numbers, checked by their pattern."""
ATTRIBUTE_VALUES: dict[str, set[str | None]] = {
    "aria-hidden": {"true"},
    "class": set(),  # checked token by token against CLASSES
    "lang": set(LOCALES),
    "open": {None},
    "scope": {"row", "col"},
    "style": {"display:none"},
    "charset": {"utf-8"},
    "name": {"viewport", "color-scheme"},
    "content": {"width=device-width, initial-scale=1", "light dark"},
    "xmlns": {"http://www.w3.org/2000/svg"},
    "role": {"img"},
    "text-anchor": {"middle", "end"},
}


def _value(hint: object, payload: str, depth: int) -> object:
    """A value of type ``hint`` with every text in it set to ``payload``."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        for option in options:
            if option is str:
                return payload
        return _value(options[0], payload, depth)
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_value(item, payload, depth) for _ in range(2))
    if origin is not None and issubclass(origin, Mapping):
        return {payload: payload}
    if hint is str:
        return payload
    if hint is bool:
        return True
    if hint is int:
        return 1
    if hint is dt.date:
        return dt.date(2024, 3, 1)
    if hint is PartialDate:
        return PartialDate(year=2024, month=6)
    if hint is Period:
        return Period(start="2024-01", end="2024-12-31")
    if hint is Schedule:
        return Schedule(start=dt.date(2024, 1, 31), rule="FREQ=MONTHLY;INTERVAL=4")
    if hint is StatusColour:
        return StatusColour.RED
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    if isinstance(hint, type) and attrs.has(hint):
        return hostile(hint, payload, depth + 1)
    raise AssertionError(f"no hostile value for {hint!r}")


def hostile(cls: type, payload: str, depth: int = 0) -> typing.Any:
    """An instance of the model class ``cls`` with ``payload`` in every str field, ids too."""
    hints = typing.get_type_hints(cls)
    kwargs = {field.name: _value(hints[field.name], payload, depth) for field in attrs.fields(cls)}
    if cls is Plan:
        kwargs["kind"] = PlanKind.ACTION_PLAN
    return cls(**kwargs)


def _every_str(obj: object) -> list[str]:
    """Every str value reachable in an attrs value (to prove the filler left none out)."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, tuple):
        return [s for item in obj for s in _every_str(item)]
    if isinstance(obj, Mapping):
        return [s for k, v in obj.items() for s in (*_every_str(k), *_every_str(v))]
    if attrs.has(cls := type(obj)) and not isinstance(obj, Schedule | PartialDate | Period):
        return [s for f in attrs.fields(cls) for s in _every_str(getattr(obj, f.name))]
    return []


def hostile_objects(payload: str) -> list[Showable]:
    """A hostile plan of each kind, and a hostile goal and measure on their own."""
    plans = [
        attrs.evolve(hostile(Plan, payload), kind=kind) for kind in (PlanKind.ACTION_PLAN,)
    ] + [attrs.evolve(hostile(Plan, payload), kind=PlanKind.RETURN_TO_WORK_PLAN)]
    return [*plans, hostile(Goal, payload), hostile(Measure, payload)]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes += [(tag, name, value) for name, value in attrs]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(markup: str) -> _Collector:
    collector = _Collector()
    collector.feed(markup)
    collector.close()
    return collector


class TestHostilePlan:
    def test_every_text_field_is_filled(self) -> None:
        """The hostile plan has the payload in every str field the model has (ids included)."""
        plan = hostile(Plan, PAYLOADS[0])
        texts = _every_str(plan)

        assert set(texts) == {PAYLOADS[0]}
        assert plan.id == PAYLOADS[0]
        assert plan.measures[0].responsible.email == PAYLOADS[0]
        assert plan.goal_areas[0].expectations == (PAYLOADS[0], PAYLOADS[0])


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("full_page", [False, True])
class TestHTMLInjection:
    def test_only_the_renderers_own_tags_and_attributes(
        self, payload: str, full_page: bool
    ) -> None:
        """Every tag and attribute in the output is one the renderer writes itself."""
        allowed_tags = TAGS | PAGE_TAGS if full_page else TAGS
        for obj in hostile_objects(payload):
            for locale in LOCALES:
                parsed = parse(tiltak.to_html(obj, locale=locale, full_page=full_page))

                assert parsed.tags <= allowed_tags
                for _tag, name, value in parsed.attributes:
                    assert name in ATTRIBUTE_VALUES or name in PATTERNS
                    if name == "class":
                        assert set((value or "").split()) <= CLASSES
                    elif name in PATTERNS:
                        assert PATTERNS[name].fullmatch(value or ""), (name, value)
                    else:
                        assert value in ATTRIBUTE_VALUES[name]

    def test_no_attribute_value_holds_plan_text(self, payload: str, full_page: bool) -> None:
        """No attribute value contains any part of the payload."""
        fragments = {"alert", "onerror", "onmouseover", "javascript", "evil", "img"}
        for obj in hostile_objects(payload):
            parsed = parse(tiltak.to_html(obj, locale="nb", full_page=full_page))

            for _tag, name, value in parsed.attributes:
                if (name, value) == ("role", "img"):  # the picture's own role
                    continue
                assert not any(fragment in (value or "") for fragment in fragments)

    def test_the_payload_shows_as_text(self, payload: str, full_page: bool) -> None:
        """The payload shows as text for the reader, in the rich part and in the fallback."""
        markup = tiltak.to_html(hostile(Plan, payload), locale="sv", full_page=full_page)
        text = "".join(parse(markup).text)
        first_line = payload.split("\n", maxsplit=1)[0]

        assert text.count(first_line) >= 2
        assert "<script" not in markup.lower().replace("<style", "")


def _pictures(markup: str) -> list[ET.Element]:
    """Each ``<svg>`` in the markup, parsed as XML."""
    return [ET.fromstring(svg) for svg in re.findall(r"<svg .*?</svg>", markup, flags=re.S)]


@pytest.mark.parametrize("payload", PAYLOADS)
class TestPicturesInHTML:
    def test_plan_text_is_only_text_in_a_picture(self, payload: str) -> None:
        """A plan's and a summary's pictures hold the payload as text, never as markup.

        The plan shows its timeline and its goals by round; the summary its goals by round,
        and an indicator chart per goal whose texts read as a number.
        """
        plan = hostile(Plan, payload)
        summary = tiltak.summarise(plan, as_of=dt.date(2024, 6, 1))
        for obj, count in ((plan, 2), (summary, 1)):
            for full_page in (False, True):
                markup = tiltak.to_html(obj, locale="nn", full_page=full_page)
                found = _pictures(markup)
                assert count <= len(found) == markup.count("<svg ")
                shown = " ".join(
                    e.text or "" for svg in found for e in svg.iter() if e.text is not None
                )
                assert payload.split("\n", maxsplit=1)[0][:30] in " ".join(shown.split())
                for svg in found:
                    for element in svg.iter():
                        assert element.tag.removeprefix("{http://www.w3.org/2000/svg}") in TAGS
                        assert not any(
                            f in value
                            for value in element.attrib.values()
                            for f in ("alert", "evil", "javascript", "onerror")
                        )

    def test_no_picture_in_markdown_or_text(self, payload: str) -> None:
        """Markdown and text leave the pictures out: their tables say the same in words."""
        plan = hostile(Plan, payload)
        for obj in (plan, tiltak.summarise(plan, as_of=dt.date(2024, 6, 1))):
            for render in (tiltak.to_markdown, tiltak.to_text):
                assert "<svg" not in render(obj, locale="sv")


@pytest.mark.parametrize("payload", PAYLOADS)
class TestMarkdownInjection:
    def test_no_raw_html_from_plan_text(self, payload: str) -> None:
        """The only raw HTML in the Markdown is the renderer's own line break."""
        for obj in hostile_objects(payload):
            for locale in LOCALES:
                markdown = tiltak.to_markdown(obj, locale=locale)

                assert "<script" not in markdown
                assert markdown.replace("<br>", "").count("<") == 0

    def test_no_link_syntax_from_plan_text(self, payload: str) -> None:
        """No link, image or autolink can be made of the plan's text."""
        markdown = tiltak.to_markdown(hostile(Plan, payload), locale="en")

        assert "](" not in markdown.replace("\\](", "")
        assert "://" not in markdown
        assert "www." not in markdown
        for i, char in enumerate(markdown):
            if char == "[":
                assert markdown[i - 1] == "\\"

    def test_a_markdown_parser_makes_nothing_live(self, payload: str) -> None:
        """CommonMark with tables and raw HTML on yields only the renderer's own elements."""
        markdown_it = pytest.importorskip("markdown_it")
        md = markdown_it.MarkdownIt("commonmark", {"html": True}).enable("table")
        for obj in hostile_objects(payload):
            parsed = parse(md.render(tiltak.to_markdown(obj, locale="nn")))

            assert parsed.tags <= {
                "h2", "h3", "h4", "h5", "p", "em", "strong", "table", "thead", "tbody",
                "tr", "th", "td", "br",
            }  # fmt: skip
            assert {name for _tag, name, _value in parsed.attributes} <= {"style"}
            assert {value for _tag, _name, value in parsed.attributes} <= {
                "text-align:left",
                "text-align:right",
                "text-align:center",
            }

    def test_table_cells_stay_in_their_row(self, payload: str) -> None:
        """A pipe or a newline in plan text cannot start a new cell or row."""
        markdown = tiltak.to_markdown(hostile(Plan, payload), locale="en")
        tables: list[list[int]] = [[]]
        for line in markdown.splitlines():
            if line.startswith("|"):
                tables[-1].append(len(re.split(r"(?<!\\)\|", line)))
            elif tables[-1]:
                tables.append([])
        tables = [widths for widths in tables if widths]

        assert len(tables) >= 5
        for widths in tables:
            assert [widths[0]] * len(widths) == widths


@pytest.mark.parametrize("payload", PAYLOADS)
class TestTextInjection:
    def test_text_shows_the_payload_as_written(self, payload: str) -> None:
        """Plain text needs no escaping: the payload is shown as it is."""
        text = tiltak.to_text(hostile(Plan, payload), locale="en")

        assert payload.split("\n", maxsplit=1)[0][:20] in text
