"""tiltak.to_markdown and the Jupyter Markdown display."""

from __future__ import annotations

import pytest

import tiltak
from tiltak import Measure, Plan, _names, examples
from tiltak._render._markdown import escape

LOCALES = ("en", "nb", "nn", "sv")
NAMES = examples.names()
# A genomförandeplan calls its measures activities, as the sector does.
ACTIVITY = {"en": "Activit", "nb": "Aktivitet", "nn": "Aktivitet", "sv": "Aktivitet"}
MEASURE_LABELS = {
    "en": ("Measure", "Responsible", "When"),
    "nb": ("Tiltak", "Ansvarlig", "Når"),
    "nn": ("Tiltak", "Ansvarleg", "Når"),
    "sv": ("Åtgärd", "Ansvarig", "När"),
}


def _measure_words(plan: Plan, locale: str) -> tuple[str, ...]:
    """The measure labels expected for ``plan``: a genomförandeplan has activities."""
    words = MEASURE_LABELS[locale]
    if plan.kind is tiltak.PlanKind.IMPLEMENTATION_PLAN:
        return (ACTIVITY[locale], *words[1:])
    return words


PERIOD = {"en": "Plan period", "nb": "Planperiode", "nn": "Planperiode", "sv": "Planperiod"}


class TestToMarkdown:
    @pytest.mark.parametrize("locale", LOCALES)
    @pytest.mark.parametrize("name", NAMES)
    def test_every_example_in_every_locale(self, name: str, locale: str) -> None:
        """Every example renders with a title heading and localised labels."""
        plan = examples.load(name)
        markdown = tiltak.to_markdown(plan, locale=locale)

        assert plan.title is not None
        assert markdown.startswith(f"## {escape(plan.title)}\n")
        assert f"| {PERIOD[locale]} |" in markdown
        assert _names.kind_name(plan.kind, locale=locale) in markdown
        if plan.measures:
            for word in _measure_words(plan, locale):
                assert f"| {word}" in markdown

    def test_sections_are_headings_and_tables_are_pipe_tables(self) -> None:
        """Sections become ### headings; tables have a header and a delimiter row."""
        markdown = tiltak.to_markdown(examples.load("action_plan_bra"), locale="sv")

        assert "\n### Mål\n" in markdown
        assert "\n### Åtgärder\n" in markdown
        assert "| Nr | Orsak |\n|---|---|\n| 1 |" in markdown

    def test_status_has_symbol_and_word(self) -> None:
        """Markdown cannot colour, so the status is its symbol and its word."""
        markdown = tiltak.to_markdown(examples.load("action_plan_bra"), locale="nn")

        assert "| \u25cf grøn |" in markdown
        assert "| \u25b2 gul |" in markdown
        assert "| \u25a0 raud |" in markdown

    def test_pipes_and_newlines_in_cells(self) -> None:
        """A pipe in plan text is escaped; a newline becomes <br> inside the cell."""
        plan = Plan(
            kind="action_plan",
            title="T",
            measures=[Measure(id="M|1", title="a | b", description="first\nsecond")],
        )
        markdown = tiltak.to_markdown(plan, locale="en")

        assert "| M\\|1 | **a \\| b**<br>first<br>second |" in markdown

    def test_escape(self) -> None:
        """Markdown's punctuation, HTML and autolinks in plan text stay text."""
        assert "\\*bold\\* \\_it\\_ \\`code\\` \\# \\~\\~s\\~\\~" == escape(
            "*bold* _it_ `code` # ~~s~~"
        )
        assert "&lt;b&gt; &amp;amp; https&#58;//x&#46;no www&#46;x&#46;no" == escape(
            "<b> &amp; https://x.no www.x.no"
        )
        assert "\\- item" == escape("- item", block=True)
        assert "- item" == escape("- item")
        assert "Budsjett \\$5 000 til \\$7 000" == escape("Budsjett $5 000 til $7 000")  # no math

    def test_repr_markdown_in_the_context_locale(self) -> None:
        """_repr_markdown_ is to_markdown in the locale of the current context."""
        plan = examples.load("return_to_work_plan")
        with tiltak.i18n.use_locale("nb"):
            shown = plan._repr_markdown_()

        assert tiltak.to_markdown(plan, locale="nb") == shown
        assert (
            tiltak.to_markdown(plan.measures[0], locale="en") == plan.measures[0]._repr_markdown_()
        )
        assert tiltak.to_markdown(plan.goals[0], locale="en") == plan.goals[0]._repr_markdown_()


class TestReportMarkdown:
    def test_findings_by_severity(self) -> None:
        """A report lists its findings under a heading per severity, worst first."""
        report = tiltak.validate(Plan(kind="action_plan", measures=[Measure(id="M1")]))
        markdown = tiltak.to_markdown(report, locale="sv")

        assert markdown.startswith("## Valideringsrapport\n")
        assert markdown.index("### \u2716 Fel") < markdown.index("### \u25b2 Varning")
        for finding in report:
            assert f"| {finding.code} | {escape(finding.message(locale='sv'))} |" in markdown

    def test_repr_markdown_of_a_report(self) -> None:
        """A report displays as Markdown in the context locale."""
        report = tiltak.validate(Plan(kind="action_plan"))
        with tiltak.i18n.use_locale("sv"):
            shown = report._repr_markdown_()

        assert tiltak.to_markdown(report, locale="sv") == shown
