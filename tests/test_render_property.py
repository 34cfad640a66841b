"""Any plan the model accepts renders in every output, and its HTML stays the renderer's own."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tiltak
from tiltak import Goal, Measure, Plan
from tiltak.testing import goals, measures, plans

TAGS = {
    "br", "caption", "details", "div", "p", "pre", "span", "strong", "style", "summary",
    "table", "tbody", "td", "th", "thead", "tr", "wbr",
    # a figure, and the picture in it
    "figure", "figcaption", "svg", "title", "desc", "g", "text", "line", "rect", "circle",
    "polygon", "polyline",
}  # fmt: skip
ATTRIBUTES = {"aria-hidden", "class", "lang", "open", "scope", "style"}
ATTRIBUTES |= {
    "xmlns", "role", "width", "height", "viewbox", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy",
    "r", "points", "text-anchor",
}  # fmt: skip


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.text: list[str] = []
        self._in_pre = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes |= {name for name, _ in attrs}
        self._in_pre = self._in_pre or tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._in_pre = False

    def handle_data(self, data: str) -> None:
        if self._in_pre:
            self.text.append(data)


LOCALES = st.sampled_from(["en", "nb", "nn", "sv"])


class TestAnyPlan:
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(plan=plans(valid=False), locale=LOCALES)
    def test_every_output_renders(self, plan: Plan, locale: str) -> None:
        """Every generated plan renders as text, Markdown and HTML without an error."""
        text = tiltak.to_text(plan, locale=locale)
        markdown = tiltak.to_markdown(plan, locale=locale)
        parser = _Tags()
        parser.feed(tiltak.to_html(plan, locale=locale))
        parser.close()

        assert parser.tags <= TAGS
        assert parser.attributes <= ATTRIBUTES
        assert text == "".join(parser.text)
        assert markdown.replace("<br>", "").count("<") == 0

    @settings(max_examples=40, deadline=None)
    @given(obj=st.one_of(goals(), measures()), locale=LOCALES)
    def test_goals_and_measures_render(self, obj: Goal | Measure, locale: str) -> None:
        """A generated goal or measure renders on its own in every output."""
        assert tiltak.to_text(obj, locale=locale)
        assert tiltak.to_markdown(obj, locale=locale).startswith("## ")
        assert tiltak.to_html(obj, locale=locale, full_page=True).startswith("<!DOCTYPE html>")
