"""tiltak.to_html and the Jupyter HTML display of plans, goals, measures and reports."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
import sys
from html.parser import HTMLParser

import attrs
import pytest

import tiltak
from tiltak import Goal, Measure, Plan, _names, examples
from tiltak._redact import safe_repr
from tiltak.errors import ModelTypeError

LOCALES = ("en", "nb", "nn", "sv")
NAMES = examples.names()
WITH_MEASURES = tuple(name for name in NAMES if examples.load(name).measures)

# Labels every rendering of a plan with measures shows, in each language.
# A genomförandeplan calls its measures activities, as the sector does.
ACTIVITY = {"en": "Activit", "nb": "Aktivitet", "nn": "Aktivitet", "sv": "Aktivitet"}
MEASURE_LABELS = {
    "en": ("Measure", "Responsible", "When", "About the plan"),
    "nb": ("Tiltak", "Ansvarlig", "Når", "Om planen"),
    "nn": ("Tiltak", "Ansvarleg", "Når", "Om planen"),
    "sv": ("Åtgärd", "Ansvarig", "När", "Om planen"),
}


def _measure_words(plan: Plan, locale: str) -> tuple[str, ...]:
    """The measure labels expected for ``plan``: a genomförandeplan has activities."""
    words = MEASURE_LABELS[locale]
    if plan.kind is tiltak.PlanKind.IMPLEMENTATION_PLAN:
        return (ACTIVITY[locale], *words[1:])
    return words


PLAN_LABELS = {
    "en": ("Plan period", "Owner (unit)"),
    "nb": ("Planperiode", "Ansvarlig enhet"),
    "nn": ("Planperiode", "Ansvarleg eining"),
    "sv": ("Planperiod", "Ansvarig enhet"),
}
# English words that would mean an untranslated label leaked into nb, nn or sv output.
ENGLISH_ONLY = ("About the plan", "Responsible", "Status colour", ">When<", ">No.<")


class _Elements(HTMLParser):
    """The HTML elements of a rendering; what is inside a picture's ``<svg>`` is left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.text_in: dict[str, list[str]] = {}
        self.in_svg = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "svg":
            self.in_svg += 1
        if self.in_svg:
            return
        self.starts.append((tag, dict(attrs)))
        if tag not in {"br", "meta"}:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.in_svg:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.in_svg:
            self.in_svg -= tag == "svg"
            return
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.in_svg:
            return
        for tag in set(self.stack):
            self.text_in.setdefault(tag, []).append(data)

    def count(self, tag: str) -> int:
        return sum(1 for name, _ in self.starts if name == tag)

    def text(self, tag: str) -> str:
        return "".join(self.text_in.get(tag, []))


def elements(markup: str) -> _Elements:
    parser = _Elements()
    parser.feed(markup)
    parser.close()
    return parser


class TestToHtmlLocales:
    @pytest.mark.parametrize("locale", LOCALES)
    @pytest.mark.parametrize("name", NAMES)
    def test_every_example_in_every_locale(self, name: str, locale: str) -> None:
        """Every example renders with the plan's labels and kind name in the chosen language."""
        plan = examples.load(name)
        markup = tiltak.to_html(plan, locale=locale)

        for word in PLAN_LABELS[locale]:
            assert html.escape(word) in markup
        assert _names.kind_name(plan.kind, locale=locale) in markup
        if name in WITH_MEASURES:
            for word in _measure_words(plan, locale):
                assert word in markup
        if locale != "en":
            for word in ENGLISH_ONLY:
                assert word not in markup

    def test_context_locale_is_the_default(self) -> None:
        """Without locale=, the locale set with use_locale applies to a plan of no language."""
        plan = attrs.evolve(examples.load("action_plan_bra"), language=None)
        with tiltak.i18n.use_locale("nn"):
            markup = tiltak.to_html(plan)

        assert tiltak.to_html(plan, locale="nn") == markup

    def test_a_plan_speaks_its_own_language(self) -> None:
        """Without locale=, a plan that states its language is shown in it, in any context."""
        plan = examples.load("action_plan_bra")
        assert tiltak.Language.SV == plan.language
        with tiltak.i18n.use_locale("nn"):
            markup = tiltak.to_html(plan)
        assert tiltak.to_html(plan, locale="sv") == markup
        assert tiltak.to_html(plan, locale="en") != markup

    def test_unknown_locale_raises(self) -> None:
        """An unknown locale is an error that names the supported ones, never a silent fallback."""
        with pytest.raises(tiltak.errors.UnknownLocaleError, match="nb"):
            tiltak.to_html(examples.load("action_plan_bra"), locale="de")


class TestToHtmlStructure:
    def test_style_once_then_content_then_fallback(self) -> None:
        """One stylesheet leads, then the hidden-until-styled content, then the text fallback."""
        markup = tiltak.to_html(examples.load("individual_plan"), locale="nb")
        parsed = elements(markup)

        assert 1 == parsed.count("style")
        assert markup.startswith('<div class="lm-Widget lm-mod-hidden hidden"><style><!--\n')
        assert markup.index("<style>") < markup.index('class="tiltak-wrap"') < markup.index("<pre")
        assert ("div", {"class": "tiltak-wrap", "lang": "nb", "style": "display:none"}) in (
            parsed.starts
        )
        assert markup.rstrip().endswith("</pre>")

    def test_a_page_has_its_stylesheet_in_the_head(self) -> None:
        """A full page needs no comment for sanitisers: its stylesheet is plain, in the head."""
        markup = tiltak.to_html(examples.load("individual_plan"), locale="nb", full_page=True)

        assert "<!--" not in markup
        assert "lm-Widget" not in markup
        content = markup.index('class="tiltak-wrap"')
        assert markup.index("<style>") < markup.index("</head>") < content < markup.index("<pre")

    def test_fallback_is_the_plain_text(self) -> None:
        """The <pre> holds exactly what to_text gives, and the stylesheet hides it."""
        plan = examples.load("return_to_work_plan")
        parsed = elements(tiltak.to_html(plan, locale="nb"))

        assert tiltak.to_text(plan, locale="nb") == parsed.text("pre")
        assert re.search(r"\.tiltak-text-fallback\s*\{\s*display:\s*none", parsed.text("style"))
        assert re.search(
            r"\.tiltak-wrap\s*\{[^}]*display:\s*block !important", parsed.text("style")
        )

    def test_every_table_has_a_caption_and_scoped_headers(self) -> None:
        """Each table has a caption; column headers have scope=col and row headers scope=row."""
        parsed = elements(tiltak.to_html(examples.load("coordinated_plan"), locale="sv"))
        headers = [attrs for tag, attrs in parsed.starts if tag == "th"]

        assert parsed.count("table") == parsed.count("caption") > 5
        assert all(attrs.get("scope") in {"row", "col"} for attrs in headers)
        assert {"row", "col"} == {attrs["scope"] for attrs in headers}
        assert parsed.count("thead") == parsed.count("table") - sum(
            1
            for tag, attrs in parsed.starts
            if tag == "table" and attrs["class"] == "tiltak-facts"
        )

    def test_goal_areas_and_goals_are_collapsible(self) -> None:
        """Each goal area and each goal is a <details> with a <summary>."""
        plan = examples.load("operational_plan")
        parsed = elements(tiltak.to_html(plan, locale="nb"))

        assert parsed.count("details") == parsed.count("summary")
        assert parsed.count("details") >= len(plan.goal_areas) + len(plan.goals)
        summaries = parsed.text("summary")
        for area in plan.goal_areas:
            assert f"{area.id} {area.title}" in summaries

    def test_status_is_colour_symbol_and_word(self) -> None:
        """Each status colour shows as a coloured class, a symbol of its own shape, and a word."""
        markup = tiltak.to_html(examples.load("action_plan_bra"), locale="nb")

        for key, symbol, word in (
            ("green", "\u25cf", "grønn"),
            ("yellow", "\u25b2", "gul"),
            ("red", "\u25a0", "rød"),
        ):
            assert (
                f'<span class="tiltak-badge tiltak-{key}"><span class="tiltak-symbol" '
                f'aria-hidden="true">{symbol}</span>{word}</span>'
            ) in markup

    def test_not_assessed_has_its_own_symbol(self) -> None:
        """A measure with no colour yet shows the hollow circle and "ikke vurdert"."""
        markup = tiltak.to_html(Measure(id="M1", title="Ny rutine"), locale="nb")

        assert 'tiltak-none"><span class="tiltak-symbol" aria-hidden="true">\u25cb' in markup
        assert "ikke vurdert" in markup

    def test_light_and_dark_themes(self) -> None:
        """The stylesheet uses JupyterLab's variables and has dark-theme selectors."""
        style = elements(tiltak.to_html(examples.load("action_plan_bra"))).text("style")

        for needle in (
            "var(--jp-layout-color0",
            "var(--jp-content-font-color0",
            "var(--jp-border-color2",
            'body[data-jp-theme-light="false"] .tiltak-wrap',
            "@media (prefers-color-scheme: dark)",
        ):
            assert needle in style

    def test_no_javascript(self) -> None:
        """No script element, no event-handler attribute, no javascript: URL."""
        for name in NAMES:
            for full_page in (False, True):
                markup = tiltak.to_html(examples.load(name), full_page=full_page)
                parsed = elements(markup)

                assert 0 == parsed.count("script")
                assert not any(
                    attr.startswith("on") for _tag, attrs in parsed.starts for attr in attrs
                )
                assert "javascript:" not in markup

    def test_full_page(self) -> None:
        """full_page gives an HTML5 document with a charset, a title and the locale's lang."""
        plan = examples.load("implementation_plan_home_care")
        markup = tiltak.to_html(plan, locale="sv", full_page=True)
        parsed = elements(markup)

        assert markup.startswith("<!DOCTYPE html>\n")
        assert ("html", {"lang": "sv"}) == parsed.starts[0]
        assert ("meta", {"charset": "utf-8"}) in parsed.starts
        assert plan.title == parsed.text("title")
        assert 1 == parsed.count("style")
        assert markup.rstrip().endswith("</html>")

    def test_full_page_must_be_a_bool(self) -> None:
        """full_page takes a bool; anything else is a ModelTypeError."""
        with pytest.raises(ModelTypeError, match="full_page"):
            tiltak.to_html(examples.load("action_plan_bra"), full_page="yes")  # type: ignore[arg-type]

    def test_measures_in_their_order(self) -> None:
        """Measures with an order are listed by it, whatever their place in the plan."""
        plan = Plan(
            kind="action_plan",
            title="Ordning",
            measures=[
                Measure(id="B", title="second", order=2),
                Measure(id="A", title="first", order=1),
            ],
        )
        markup = tiltak.to_html(plan, locale="en")

        assert markup.index(">first<") < markup.index(">second<")

    def test_national_id_is_never_shown(self) -> None:
        """A subject's national identity number and contact details stay out of the display."""
        plan = Plan(
            kind="individual_plan",
            title="Plan",
            subject=tiltak.Subject(
                name="Ola", national_id="01017012345", email="ola@example.no", phone="+47 1"
            ),
        )
        markup = tiltak.to_html(plan, locale="nb", full_page=True)

        assert "Ola" in markup
        for secret in ("01017012345", "ola@example.no", "+47 1"):
            assert secret not in markup


class TestToHtmlObjects:
    def test_goal_on_its_own(self) -> None:
        """A goal renders with its identifier, text and target."""
        goal = examples.load("action_plan_bra").goals[0]
        markup = tiltak.to_html(goal, locale="sv")

        assert goal.text is not None
        assert goal.target is not None
        assert goal.target.value is not None
        assert html.escape(goal.text) in markup
        assert html.escape(goal.target.value) in markup
        assert "Målvärde" in markup

    def test_measure_on_its_own(self) -> None:
        """A measure renders with its responsible, its deadline and its follow-ups."""
        measure = examples.load("action_plan_bra").measures[0]
        markup = tiltak.to_html(measure, locale="sv")

        assert "30 apr. 2024" in markup
        assert "Anders Exempel" in markup
        assert "Uppföljningar" in markup

    def test_other_objects_are_refused(self) -> None:
        """Anything but a plan, goal, measure or report raises ModelTypeError naming its type."""
        with pytest.raises(ModelTypeError, match="not dict"):
            tiltak.to_html({"kind": "action_plan"})  # type: ignore[arg-type]


class TestReprHtml:
    @pytest.mark.parametrize(
        "obj",
        [
            attrs.evolve(examples.load("action_plan_bra"), language=None),
            examples.load("action_plan_bra").goals[0],
            examples.load("action_plan_bra").measures[0],
        ],
        ids=["plan", "goal", "measure"],
    )
    def test_repr_html_in_the_context_locale(self, obj: Plan | Goal | Measure) -> None:
        """_repr_html_ is to_html in the locale of the current context."""
        with tiltak.i18n.use_locale("sv"):
            shown = obj._repr_html_()

        assert tiltak.to_html(obj, locale="sv") == shown
        assert tiltak.to_html(obj, locale="en") == obj._repr_html_()

    def test_repr_stays_redacted(self) -> None:
        """The terminal repr stays the redacting one: no personal data, no rendering."""
        plan = examples.load("individual_plan")

        assert plan.subject is not None
        assert plan.subject.name is not None
        assert plan.coordinator is not None
        assert plan.coordinator.name is not None
        assert safe_repr(plan) == repr(plan)
        assert plan.subject.name not in repr(plan)
        assert plan.coordinator.name not in repr(plan)

    def test_rendering_is_not_imported_with_tiltak(self) -> None:
        """import tiltak loads none of the renderers, nor Babel's date machinery."""
        code = (
            "import sys, tiltak; "
            "print(sorted(m for m in sys.modules if m.startswith(('tiltak._render.', 'babel'))))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout

        assert "[]" == out.strip()


class TestReportHtml:
    def test_findings_grouped_by_severity(self) -> None:
        """A report shows its findings worst first, each with code, path and localised message."""
        plan = Plan(kind="action_plan", measures=[Measure(id="M1")])
        report = tiltak.validate(plan)
        markup = tiltak.to_html(report, locale="nb")
        parsed = elements(markup)

        summaries = parsed.text("summary")
        assert "Feil" in summaries
        assert summaries.index("Feil") < summaries.index("Advarsel")
        for finding in report:
            assert html.escape(finding.message(locale="nb"), quote=True) in markup
            assert finding.code in markup
            assert html.escape(finding.path) in markup

    def test_empty_report(self) -> None:
        """A report with no findings says so."""
        report = tiltak.validate(examples.load("action_plan_bra"), as_of=dt.date(2024, 10, 1))
        markup = tiltak.to_html(report, locale="sv")

        assert 0 == len(report)
        assert "Inga anmärkningar." in markup

    def test_repr_html_of_a_report(self) -> None:
        """A report displays in Jupyter in the context locale."""
        report = tiltak.validate(Plan(kind="action_plan"))
        with tiltak.i18n.use_locale("nn"):
            shown = report._repr_html_()

        assert tiltak.to_html(report, locale="nn") == shown


class TestKindWords:
    def test_a_genomforandeplan_has_activities(self) -> None:
        """A genomförandeplan lists activities (aktiviteter), not åtgärder."""
        plan = examples.load("implementation_plan_home_care")
        markup = tiltak.to_html(plan, locale="sv")

        assert "<summary>Aktiviteter</summary>" in markup
        assert '<th scope="col">Aktivitet</th>' in markup
        assert "Åtgärd" not in markup

    def test_other_kinds_have_measures(self) -> None:
        """Every other kind lists its measures by the field's own label."""
        markup = tiltak.to_html(examples.load("coordinated_plan"), locale="sv")

        assert "<summary>Åtgärder</summary>" in markup


class TestInIPython:
    def test_display_formatter_finds_every_format(self) -> None:
        """IPython's display machinery finds HTML, Markdown and the redacted plain text."""
        formatters = pytest.importorskip("IPython.core.formatters")
        plan = attrs.evolve(examples.load("individual_plan"), language=None)
        with tiltak.i18n.use_locale("nn"):
            data, _metadata = formatters.DisplayFormatter().format(plan)

        assert {"text/plain", "text/html", "text/markdown"} <= set(data)
        assert repr(plan) == data["text/plain"]
        assert tiltak.to_html(plan, locale="nn") == data["text/html"]
        assert tiltak.to_markdown(plan, locale="nn") == data["text/markdown"]


class TestPictures:
    """A plan shows its timeline and its goals by round; a summary its goals and indicators."""

    PLAN = examples.load("operational_plan")
    DAY = examples.as_of("operational_plan")

    @staticmethod
    def titles(markup: str) -> list[str]:
        """The title of each picture, in order."""
        return re.findall(r'<svg xmlns="[^"]+" class="tiltak-picture"[^>]*><title>([^<]*)', markup)

    def test_a_plan_shows_its_timeline_and_goals(self) -> None:
        """The timeline follows the table of the measures; the goals by round, the follow-up."""
        bra = tiltak.to_html(examples.load("action_plan_bra"), locale="en")
        assert self.titles(bra) == ["Timeline of the measures", "Status of the goals by round"]
        assert bra.index("<table", bra.index("tiltak-section")) < bra.index("<figure")
        markup = tiltak.to_html(self.PLAN, locale="nb", full_page=True)
        assert self.titles(markup) == ["Status for målene per runde"]
        assert "TT-1.2 Øke andelen treårige ved interne og …: 30. apr. 2019 ■ rød" in markup
        assert markup.count('<figure class="tiltak-figure">') == 1
        assert markup.count("<figcaption><details><summary>Bildet i tekst</summary>") == 1

    def test_a_plan_without_days_or_follow_ups_shows_none(self) -> None:
        """Nothing dated and no goal followed up: no picture, and no empty one."""
        plan = Plan(kind="action_plan", goals=[Goal(id="1")], measures=[Measure(id="1")])
        assert "<svg" not in tiltak.to_html(plan)

    def test_a_summary_shows_its_goals_and_indicators(self) -> None:
        """The goals by the plan's rounds, then TT-1.2's chart, after the table of goals."""
        summary = tiltak.summarise(self.PLAN, as_of=self.DAY)
        markup = tiltak.to_html(summary, locale="nb")
        assert self.titles(markup) == ["Status for målene per runde", "mål TT-1.2"]
        assert summary.rounds == tiltak.asof.round_days(self.PLAN, as_of=self.DAY)
        assert "TT-3.1: 30. apr. 2019 ▲ gul; 31. aug. 2019 ■ rød; 31. des. 2019 ▲ gul" in markup
        assert "31. des. 2019: 33 %" in markup
        assert summary._repr_html_() == markup
        early = tiltak.to_html(tiltak.summarise(self.PLAN, as_of="2019-05-15"), locale="en")
        assert "runder" not in early
        assert "rounds: 30 Apr 2019<" in early

    def test_a_round_in_progress(self) -> None:
        """Goals followed up after the plan's last round make a round ending on the day."""
        goal = self.PLAN.goals[0]
        late = tiltak.FollowUp(date=dt.date(2020, 1, 10), colour="red")
        plan = attrs.evolve(
            self.PLAN, goals=[attrs.evolve(goal, follow_ups=[*goal.follow_ups, late])]
        )
        markup = tiltak.to_html(tiltak.summarise(plan, as_of="2020-01-15"), locale="en")
        assert "15 Jan 2020 ■ red" in markup

    def test_text_and_markdown_leave_pictures_out(self) -> None:
        """Text and Markdown stay text: the tables say in words what the pictures show."""
        summary = tiltak.summarise(self.PLAN, as_of=self.DAY)
        for obj in (self.PLAN, summary, examples.load("action_plan_bra")):
            for render in (tiltak.to_text, tiltak.to_markdown):
                shown = render(obj, locale="en")
                assert "<svg" not in shown
                assert "by round" not in shown
                assert "Timeline" not in shown

    @staticmethod
    def pictures_of(size: int) -> tuple[str, str]:
        """The pictures of a plan of ``size`` goals and measures, and of its summary."""
        follow_ups = [
            tiltak.FollowUp(date=dt.date(2024, month, 28), colour="green", value=str(month))
            for month in range(1, 13)
        ]
        target = tiltak.Target(value="20", baseline=tiltak.Baseline(value="0"))
        plan = Plan(
            kind="action_plan",
            goals=[Goal(id=f"G{i:03}", follow_ups=follow_ups, target=target) for i in range(size)],
            measures=[Measure(id=f"M{i:03}", deadline="2024-06") for i in range(size)],
        )
        summary = tiltak.summarise(plan, as_of="2025-01-01")
        return tiltak.to_html(plan, locale="en"), tiltak.to_html(summary, locale="en")

    def test_the_pictures_are_bounded(self) -> None:
        """Two pictures for a plan, at most seven for a summary, of the same size however large."""
        plan, summary = self.pictures_of(200)
        assert plan.count("<svg ") == 2
        assert summary.count("<svg ") == 1 + 6
        assert "… and 194 more" in summary
        larger = self.pictures_of(800)
        svg = [
            sum(map(len, re.findall(r"<svg .*?</svg>", markup, flags=re.S)))
            for markup in (plan, summary, *larger)
        ]
        assert svg[:2] == svg[2:]
        assert sum(svg[:2]) < 200_000
