"""Status summaries and plan revisions, displayed like a plan."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import tiltak
from tiltak import examples

LOCALES = ("en", "nb", "nn", "sv")
TITLES = {
    "en": "Status summary",
    "nb": "Statussammendrag",
    "nn": "Statussamandrag",
    "sv": "Statussammanfattning",
}


class TestSummaryDisplay:
    @pytest.mark.parametrize("locale", LOCALES)
    @pytest.mark.parametrize("name", examples.names())
    def test_every_example_in_every_locale(self, name: str, locale: str) -> None:
        """A summary of every example renders in every output, with its localised title."""
        summary = tiltak.summarise(examples.load(name), as_of=dt.date(2024, 10, 15))

        assert tiltak.to_text(summary, locale=locale).startswith(TITLES[locale] + "\n")
        assert tiltak.to_markdown(summary, locale=locale).startswith(f"## {TITLES[locale]}\n")
        assert f'<div class="tiltak-title">{TITLES[locale]}</div>' in tiltak.to_html(
            summary, locale=locale
        )

    def test_colours_completion_and_overdue(self) -> None:
        """The roll-up colour, the share completed and an overdue measure all show."""
        plan = tiltak.Plan(
            kind="action_plan",
            title="T",
            measures=[
                tiltak.Measure(id="M1", deadline="2024-03-01", completed=dt.date(2024, 2, 1)),
                tiltak.Measure(
                    id="M2",
                    deadline="2024-03-15",
                    follow_ups=[tiltak.FollowUp(date=dt.date(2024, 3, 1), colour="red")],
                ),
            ],
        )
        text = tiltak.to_text(tiltak.summarise(plan, as_of=dt.date(2024, 3, 18)), locale="nb")

        assert "Statusfarge  \u25a0 rød" in text
        assert "1 av 2 tiltak (50 %)" in text
        assert "Forsinkede tiltak" in text
        assert "Tiltak M2  15. mars 2024 (3 dager forsinket)" in text

    def test_areas_and_reporting_lines_are_named(self) -> None:
        """Goal areas by number and title, reporting lines by who reports to whom."""
        plan = examples.load("operational_plan")
        summary = tiltak.summarise(plan, as_of=examples.as_of("operational_plan"))
        text = tiltak.to_text(summary, locale="nb")

        assert "  1 Kompetanseheving og rekruttering  \u25b2 gul" in text
        assert "  Rapporteringslinje 1  Teamledere \u2192 Avdelingsledere\n" in text
        assert "Siste frist: 31. des. 2019" in text
        markdown = tiltak.to_markdown(summary, locale="nn")
        assert "| Kven rapporterer til kven |" in markdown
        assert "| 1 Kompetanseheving og rekruttering |" in markdown
        html = tiltak.to_html(summary, locale="sv")
        assert "Teamledere \u2192 Avdelingsledere" in html
        assert all(len(area.label or "") <= 40 for area in summary.areas)

    def test_a_plan_about_a_person_names_no_one(self) -> None:
        """In a plan about one person no area title or reporting role is quoted."""
        line = tiltak.ReportingLine(
            reporter="Kari Nordmann",
            recipient="Ola Nordmann",
            schedule=tiltak.Schedule.monthly(dt.date(2024, 1, 31)),
        )
        area = tiltak.GoalArea(id="1", title="Kari skal bo hjemme")
        for kind in ("individual_plan", "operational_plan"):
            plan = tiltak.Plan(kind=kind, goal_areas=[area], reporting=[line])
            summary = tiltak.summarise(plan, as_of=dt.date(2024, 3, 1))
            text = tiltak.to_text(summary, locale="nb")
            assert ("Kari" in text) is (kind == "operational_plan")

    def test_repr_html_in_the_context_locale(self) -> None:
        """A summary displays in Jupyter in the context locale."""
        summary = tiltak.summarise(examples.load("action_plan_bra"), as_of=dt.date(2024, 10, 1))
        with tiltak.i18n.use_locale("sv"):
            shown = summary._repr_html_(), summary._repr_markdown_()

        expected = tiltak.to_html(summary, locale="sv"), tiltak.to_markdown(summary, locale="sv")
        assert expected == shown


class TestDiffDisplay:
    def test_changes_grouped_by_kind(self) -> None:
        """Removed and changed elements are listed under their own headings, with paths."""
        old = examples.load("action_plan_bra")
        new = attrs.evolve(old, measures=old.measures[1:], title="Ny tittel")
        markdown = tiltak.to_markdown(tiltak.diff(old, new), locale="nb")

        assert markdown.startswith("## Endringer\n")
        assert "### Fjernet (1)" in markdown
        assert "### Endret (1)" in markdown
        for line in tiltak.diff(old, new).describe(locale="nb"):
            assert line.split()[0] in markdown

    def test_no_changes(self) -> None:
        """diff(p, p) renders as "no changes"."""
        plan = examples.load("individual_plan")

        assert "Ingen endringar." in tiltak.to_text(tiltak.diff(plan, plan), locale="nn")

    def test_repr_html_in_the_context_locale(self) -> None:
        """A diff displays in Jupyter in the context locale."""
        plan = examples.load("individual_plan")
        changes = tiltak.diff(plan, attrs.evolve(plan, title="Ny"))
        with tiltak.i18n.use_locale("nb"):
            shown = changes._repr_html_(), changes._repr_markdown_()

        expected = tiltak.to_html(changes, locale="nb"), tiltak.to_markdown(changes, locale="nb")
        assert expected == shown


class TestStatusEscaping:
    def test_identifiers_stay_text(self) -> None:
        """Identifiers from the plan, shown in summaries and diffs, are escaped."""
        payload = '"><script>alert(1)</script>'
        plan = tiltak.Plan(
            kind="action_plan",
            id=payload,
            goals=[tiltak.Goal(id=payload, text=payload)],
            measures=[tiltak.Measure(id=payload, goals=[payload], deadline="2024-01")],
        )
        summary = tiltak.summarise(plan, as_of=dt.date(2024, 3, 1))
        changes = tiltak.diff(plan, attrs.evolve(plan, measures=()))
        for obj in (summary, changes):
            markup = tiltak.to_html(obj, locale="en", full_page=True)
            markdown = tiltak.to_markdown(obj, locale="en")

            assert "<script" not in markup
            assert "&lt;script&gt;" in markup
            assert "<script" not in markdown
