"""A plan's notebook display under a sanitising viewer: nbconvert's ``sanitize_html``."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import attrs
import pytest

import tiltak
from tiltak import examples
from tiltak._render import Showable
from tiltak._render._html import CSS
from tiltak._render._svg import CSS as PICTURE_CSS

nbformat = pytest.importorskip("nbformat")
exporters = pytest.importorskip("nbconvert.exporters")

# The classes that nbconvert's lab and classic page styles hide, and the rule that does it.
PAGE_HIDING = {
    "lab": ({"lm-Widget", "lm-mod-hidden"}, r"\.lm-Widget\.lm-mod-hidden"),
    "classic": ({"hidden"}, r"\.hidden"),
}
HOSTILE = "--> <b>bold</b> --!> <!-- <style>*{display:none}</style> </pre>"


def _objects() -> list[Showable]:
    """Everything that displays: a plan, its parts, a report, a summary and a revision."""
    plan = examples.load("individual_plan")
    return [
        plan,
        plan.goals[0],
        plan.measures[0],
        tiltak.validate(attrs.evolve(plan, period=None)),
        tiltak.summarise(plan, as_of=dt.date(2024, 6, 1)),
        tiltak.diff(plan, attrs.evolve(plan, measures=plan.measures[:1])),
    ]


def _hostile_plan() -> tiltak.Plan:
    plan = examples.load("action_plan_bra")
    return attrs.evolve(
        plan,
        title=HOSTILE,
        goals=[attrs.evolve(plan.goals[0], text=HOSTILE)],
        measures=[attrs.evolve(plan.measures[0], title=HOSTILE)],
    )


def _page(objects: list[Showable], *, sanitise: bool, template: str = "lab") -> str:
    """The HTML page nbconvert makes of a notebook whose cells display ``objects``."""
    cells = [
        nbformat.v4.new_code_cell(
            "obj",
            outputs=[
                nbformat.v4.new_output(
                    "display_data", data={"text/html": obj._repr_html_(), "text/plain": "obj"}
                )
            ],
        )
        for obj in objects
    ]
    exporter = exporters.HTMLExporter(sanitize_html=sanitise, template_name=template)
    body, _resources = exporter.from_notebook_node(nbformat.v4.new_notebook(cells=cells))
    return str(body)


class _Outputs(HTMLParser):
    """The HTML outputs of a page: each one's markup, and the text a reader sees of it."""

    VOID = frozenset({"br", "wbr", "img", "meta", "link", "input", "hr"})

    def __init__(self, hidden: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden = hidden
        self.depth = 0  # open elements inside the current output; 0 when outside one
        self.hidden_at: int | None = None
        self.visible: list[str] = []
        self.tags: list[set[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        classes = set((values.get("class") or "").split())
        if tag in self.VOID:
            if self.depth:
                self.tags[-1].add(tag)
            return
        if self.depth:
            self.depth += 1
            self.tags[-1].add(tag)
            if self.hidden_at is None and self.hidden <= classes:
                self.hidden_at = self.depth
        elif values.get("data-mime-type") == "text/html" or "output_html" in classes:
            self.depth = 1
            self.visible.append("")
            self.tags.append(set())

    def handle_endtag(self, tag: str) -> None:
        if not self.depth or tag in self.VOID:
            return
        if self.hidden_at == self.depth:
            self.hidden_at = None
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and self.hidden_at is None:
            self.visible[-1] += data


def _outputs(page: str, template: str) -> _Outputs:
    parser = _Outputs(PAGE_HIDING[template][0])
    parser.feed(page)
    parser.close()
    return parser


@pytest.mark.parametrize("template", sorted(PAGE_HIDING))
class TestSanitisingViewer:
    def test_only_one_readable_copy_shows(self, template: str) -> None:
        """Of each display, the reader sees the plain text once: no stylesheet, no table."""
        objects = _objects()
        page = _page(objects, sanitise=True, template=template)
        outputs = _outputs(page, template)

        assert re.search(PAGE_HIDING[template][1] + r"\s*\{\s*display:\s*none\s*!important", page)
        assert len(objects) == len(outputs.visible)
        for obj, seen, tags in zip(objects, outputs.visible, outputs.tags, strict=True):
            assert tiltak.to_text(obj).strip() == seen.strip()
            assert {"div", "pre"} == tags
        assert 1 == outputs.visible[0].count(examples.load("individual_plan").title or "-")
        assert "tiltak-wrap" not in page
        assert "--tiltak-fg" not in page
        assert "<svg" not in page
        assert "tiltak-pic" not in page

    def test_plan_text_stays_text(self, template: str) -> None:
        """Text that would end a comment or open markup shows as written, once, and stays dead."""
        plan = _hostile_plan()
        page = _page([plan], sanitise=True, template=template)
        outputs = _outputs(page, template)

        assert [tiltak.to_text(plan).strip()] == [seen.strip() for seen in outputs.visible]
        assert [{"div", "pre"}] == outputs.tags
        assert "<b>" not in page


class TestTrustedNotebook:
    def test_the_rich_display_is_whole(self) -> None:
        """Unsanitised, the stylesheet, the tables and the hidden fallback all reach the page."""
        plan = examples.load("individual_plan")
        page = _page([plan], sanitise=False)

        start = page.index('<div class="lm-Widget lm-mod-hidden hidden"><style><!--\n.tiltak-')
        end = page.index("</pre>", start)

        assert start < page.index("<!-- --></div>", start) < end
        # One stylesheet for the display, and one in each of its pictures.
        assert 1 == page.count("<style>", start, end) - page.count("<svg ", start, end)
        assert 0 < page.count('<table class="tiltak-table">', start, end)
        assert 1 == page.count('<pre class="tiltak-text-fallback">', start, end)
        pictures = page.index("<svg ", start)
        assert pictures < page.rindex("</svg>", start, end) < page.index("<!-- --></div>", start)

    def test_pictures_sit_inside_the_comment(self) -> None:
        """Every picture, its stylesheet included, is in the part a sanitiser drops whole."""
        assert "-->" not in PICTURE_CSS
        assert "--!>" not in PICTURE_CSS
        bra = _hostile_plan()
        summary = tiltak.summarise(examples.load("operational_plan"), as_of="2020-01-15")
        for markup in (tiltak.to_html(bra), tiltak.to_html(summary)):
            opened, closed = markup.index("<!--"), markup.index("-->")
            assert 0 < markup.count("<svg ")
            assert opened < markup.index("<svg ") < markup.rindex("</svg>") < closed
        page = _page([bra, summary], sanitise=True)
        outputs = _outputs(page, "lab")
        assert [tiltak.to_text(bra).strip(), tiltak.to_text(summary).strip()] == [
            seen.strip() for seen in outputs.visible
        ]
        assert "<svg" not in page
        assert "tiltak-pic" not in page

    def test_the_comment_ends_after_the_content(self) -> None:
        """The one ``-->`` closes the content: CSS and plan text cannot end the comment early."""
        objects = [*_objects(), examples.load("operational_plan")]
        for markup in (tiltak.to_html(_hostile_plan()), *map(tiltak.to_html, objects)):
            assert 1 == markup.count("-->")
            assert "--!>" not in markup
            comment = markup.index("<!--")
            assert comment < markup.index("</table>") < markup.index("-->") < markup.index("<pre")
            assert markup[markup.index("-->") :].startswith('--></div>\n<pre class="tiltak-')

    def test_a_css_parser_reads_every_rule(self) -> None:
        """To CSS the ``<!--`` before the stylesheet is nothing: every rule still parses."""
        tinycss2 = pytest.importorskip("tinycss2")
        markup = tiltak.to_html(examples.load("individual_plan"))
        style = markup[markup.index("<style>") + len("<style>") : markup.index("</style>")]

        def rules(css: str) -> list[str]:
            parsed = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
            assert not [rule for rule in parsed if rule.type == "error"]
            return [tinycss2.serialize(rule.prelude).strip() for rule in parsed]

        assert style.startswith("<!--")
        assert rules(CSS) == rules(style)
        assert len(rules(style)) > 30


def test_to_html_is_what_is_displayed() -> None:
    """The display's HTML is to_html in the plan's language."""
    plan = examples.load("individual_plan")
    assert tiltak.to_html(plan) == plan._repr_html_()
