"""tiltak.to_text: plans, goals, measures and reports as plain text for a terminal."""

from __future__ import annotations

import pytest

import tiltak
from tiltak import Measure, Plan, _names, examples
from tiltak._render._text import WIDTH

LOCALES = ("en", "nb", "nn", "sv")
NAMES = examples.names()
# A genomförandeplan calls its measures activities, as the sector does.
ACTIVITY = {"en": "Activit", "nb": "Aktivitet", "nn": "Aktivitet", "sv": "Aktivitet"}
MEASURE_LABELS = {
    "en": ("Measure", "Responsible:", "When:"),
    "nb": ("Tiltak", "Ansvarlig:", "Når:"),
    "nn": ("Tiltak", "Ansvarleg:", "Når:"),
    "sv": ("Åtgärd", "Ansvarig:", "När:"),
}


def _measure_words(plan: Plan, locale: str) -> tuple[str, ...]:
    """The measure labels expected for ``plan``: a genomförandeplan has activities."""
    words = MEASURE_LABELS[locale]
    if plan.kind is tiltak.PlanKind.IMPLEMENTATION_PLAN:
        return (ACTIVITY[locale], *words[1:])
    return words


PERIOD = {"en": "Plan period", "nb": "Planperiode", "nn": "Planperiode", "sv": "Planperiod"}


class TestToText:
    @pytest.mark.parametrize("locale", LOCALES)
    @pytest.mark.parametrize("name", NAMES)
    def test_every_example_in_every_locale(self, name: str, locale: str) -> None:
        """Every example renders with its title underlined and localised labels."""
        plan = examples.load(name)
        text = tiltak.to_text(plan, locale=locale)
        lines = text.splitlines()

        assert plan.title == lines[0]
        assert set(lines[1]) == {"="}
        assert _names.kind_name(plan.kind, locale=locale) in lines[2]
        assert any(line.strip().startswith(PERIOD[locale]) for line in lines)
        if plan.measures:
            for word in _measure_words(plan, locale):
                assert word in text

    @pytest.mark.parametrize("name", NAMES)
    def test_lines_fit_a_terminal(self, name: str) -> None:
        """No line is wider than WIDTH unless one word alone is, and none ends in a space."""
        for line in tiltak.to_text(examples.load(name), locale="nb").splitlines():
            assert line == line.rstrip()
            assert len(line) <= WIDTH or " " not in line.strip()

    def test_status_has_symbol_and_word(self) -> None:
        """The status shows as its symbol and its word."""
        text = tiltak.to_text(examples.load("action_plan_bra"), locale="sv")

        assert "\u25cf grön" in text
        assert "\u25b2 gul" in text
        assert "\u25a0 röd" in text

    def test_measure_record(self) -> None:
        """A measure in a plan is one record: number and title, then labelled lines."""
        plan = Plan(
            kind="action_plan",
            title="Plan",
            measures=[
                Measure(
                    id="M1",
                    title="Bedre belysning",
                    deadline="2024-05",
                    responsible=tiltak.Responsible(name="Kari", role="Vaktmester"),
                )
            ],
        )
        text = tiltak.to_text(plan, locale="nb")

        assert (
            "  M1  Bedre belysning\n"
            "      Ansvarlig: Kari, Vaktmester\n"
            "      Når: mai 2024\n"
            "      Statusfarge: \u25cb ikke vurdert"
        ) in text

    def test_untitled_plan(self) -> None:
        """A plan without a title is shown as untitled, in the locale."""
        assert tiltak.to_text(Plan(kind="action_plan"), locale="nn").startswith("(utan tittel)\n")


class TestReportText:
    def test_findings_with_code_message_and_element(self) -> None:
        """Each finding shows its code, its localised message and the element it is about."""
        report = tiltak.validate(Plan(kind="action_plan", measures=[Measure(id="M1")]))
        text = tiltak.to_text(report, locale="nb")
        flat = " ".join(text.split())

        assert text.startswith("Valideringsrapport\n")
        for finding in report:
            assert f"{finding.code} {' '.join(finding.message(locale='nb').split())}" in flat
            assert finding.where(locale="nb") in text
            assert finding.path not in text
        assert text.index("\u2716 Feil") < text.index("\u25b2 Advarsel")
