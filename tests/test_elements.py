"""Findings name the element they are about as people name it, and reports group repeats."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tiltak
from tiltak import (
    ElementRef,
    Finding,
    Goal,
    GoalArea,
    Measure,
    Participant,
    Plan,
    Principal,
    Report,
    examples,
)
from tiltak._elements import EXCERPT_MAX, Subjects, element_at, excerpt, place

LOCALES = ("nb", "nn", "sv", "en")
PATH = re.compile(r"\$[.\[]")


class TestExcerpt:
    @given(st.text())
    def test_never_longer_than_the_limit(self, text: str) -> None:
        """An excerpt is at most 40 characters and on one line."""
        cut = excerpt(text)
        assert cut is None or (len(cut) <= EXCERPT_MAX and "\n" not in cut and cut)

    @given(st.text(st.sampled_from("ab \t\n\xa0\u2028.\u2013\xe5")) | st.text())
    def test_single_spaced_text_is_flattened_as_any_other(self, text: str) -> None:
        """The quick way for a text already on one line gives what splitting at spaces does."""
        expected = excerpt("\n" + text)  # a newline: always flattened by splitting
        assert expected == excerpt(text)

    def test_cuts_at_a_word(self) -> None:
        """A long text is cut after a whole word and ends with an ellipsis."""
        cut = excerpt("Brukerne opplever at tjenestene er trygge og gode å bruke hver dag")
        assert cut == "Brukerne opplever at tjenestene er …"


PATH_PIECES = st.sampled_from(
    [
        ".goals",
        ".measures",
        ".goal_areas",
        ".participants",
        ".return_to_work",
        ".dialogue_meetings",
        ".title",
        "[0]",
        "[1]",
        "[7]",
        "]",
        "[",
        ".",
    ]
)
PATHS = st.builds(
    lambda head, pieces: head + "".join(pieces),
    st.sampled_from(["$", "$[0]", "x"]),
    st.lists(PATH_PIECES, max_size=5),
)


class TestSubjects:
    @pytest.mark.parametrize("name", ["operational_plan", "return_to_work_plan"])
    @given(paths=st.lists(PATHS, max_size=12))
    def test_each_path_names_what_element_at_names(self, name: str, paths: list[str]) -> None:
        """One plan's shared cache answers every path as :func:`element_at` does alone."""
        plan = examples.load(name)
        subjects = Subjects(plan)
        for path in paths:
            assert element_at(plan, path) == subjects(path), path


class TestElementAt:
    PLAN = Plan(
        kind="operational_plan",
        goal_areas=[GoalArea(id="2", title="Kompetanse")],
        goals=[Goal(id="TT-1.5", text="Brukerne opplever trygghet i hverdagen og gode tjenester")],
        measures=[Measure(id="3", title="Vuxennärvaro")],
        participants=[Participant(name="Kari Nordmann", role="mor")],
    )

    @pytest.mark.parametrize(
        ("path", "locale", "text"),
        [
            ("$.goals[0].target", "nb", "mål TT-1.5 «Brukerne opplever trygghet i hverdagen …»"),
            ("$.measures[0].responsible", "sv", "åtgärd 3 ”Vuxennärvaro”"),
            ("$.goal_areas[0].period", "nb", "målområde 2 «Kompetanse»"),
            ("$.title", "nb", "planen"),
            ("$.follow_up.schedule", "nn", "planen"),
            ("$.goals[0]", "en", "goal TT-1.5 “Brukerne opplever trygghet i hverdagen …”"),
            ("$.measures[7]", "nb", "planen"),
        ],
    )
    def test_named_as_people_name_it(self, path: str, locale: str, text: str) -> None:
        """Kind, identifier and a short quote of the element's own title or text."""
        assert element_at(self.PLAN, path).text(locale=locale) == text

    def test_a_person_is_never_quoted(self) -> None:
        """A participant is known by its place in the list, never by name or role."""
        ref = element_at(self.PLAN, "$.participants[0].contribution")
        assert (ref.kind, ref.id, ref.label) == ("participant", "1", None)
        assert "Kari" not in ref.text(locale="nb")

    def test_an_implementation_plan_has_activities(self) -> None:
        """The measures of a genomförandeplan are activities."""
        plan = Plan(kind="implementation_plan", measures=[Measure(id="A1", title="Promenad")])
        assert element_at(plan, "$.measures[0].how").text(locale="sv") == "aktivitet A1"

    @pytest.mark.parametrize(
        "kind",
        ["individual_plan", "coordinated_plan", "implementation_plan", "return_to_work_plan"],
    )
    def test_a_plan_about_a_person_quotes_nothing(self, kind: str) -> None:
        """The goals of a plan about one person may name them: no label is quoted."""
        plan = Plan(kind=kind, goals=[Goal(id="1", text="Kari går til butikken selv")])
        assert element_at(plan, "$.goals[0]").text(locale="nb") == "mål 1"

    def test_a_principal_is_named_in_a_sip(self) -> None:
        """A principal is a municipality or a region: named by its name, in a SIP too."""
        plan = Plan(
            kind="coordinated_plan",
            principals=[
                Principal(id="K", name="Malmö stad", overall_responsibility=True),
                Principal(id="R", name="Region Skåne", overall_responsibility=True),
            ],
        )
        ref = element_at(plan, "$.principals[1].overall_responsibility")
        assert ref.text(locale="sv") == "huvudman R \u201dRegion Skåne\u201d"
        (finding,) = tiltak.validate(plan, select="S003")
        assert finding.message(locale="sv") == (
            "Huvudman Malmö stad har redan det övergripande ansvaret."
        )

    def test_place_without_the_plan(self) -> None:
        """A summary names its events' elements by kind and place."""
        assert place("$.revisions[0]").text(locale="nb") == "revisjon 1"
        assert place("$.follow_up.dates[2]").text(locale="en") == "the plan's follow-up"


class TestFindingSubject:
    def test_every_finding_of_validate_has_a_subject(self) -> None:
        """The validator gives each finding the element it is about."""
        for name in examples.names():
            for finding in tiltak.validate(examples.load(name), as_of=examples.as_of(name)):
                assert isinstance(finding.subject, ElementRef)
                assert finding.path.startswith(finding.subject.path)

    def test_subject_does_not_change_equality(self) -> None:
        """Findings compare as before: the subject is derived from the path."""
        plain = Finding(code="P001", severity="error", path="$.title", message_id="x")
        named = Finding(
            code="P001",
            severity="error",
            path="$.title",
            message_id="x",
            subject=ElementRef(kind="plan"),
        )
        assert plain == named
        assert hash(plain) == hash(named)

    def test_where_falls_back_to_the_path(self) -> None:
        """A finding built by hand, without a subject, is placed by its path."""
        finding = Finding(code="X1", severity="info", path="$.goals[0]", message_id="x")
        assert finding.where() == "$.goals[0]"


class TestGrouped:
    def _report(self) -> Report:
        def f(code: str, severity: str, path: str, message: str) -> Finding:
            return Finding(code=code, severity=severity, path=path, message_id=message)

        return Report(
            findings=[
                f("P014", "warning", "$.goals[0].target", "No target."),
                f("P007", "error", "$.measures[0].responsible", "No responsible."),
                f("P014", "warning", "$.goals[1].target", "No target."),
                f("P013", "info", "$.measures[0]", "Advice."),
                f("P014", "warning", "$.goals[1].target.due", "No date."),
                f("P007", "error", "$.measures[1].responsible", "No responsible."),
            ]
        )

    def test_one_group_per_rule_and_message_worst_first(self) -> None:
        """Errors, then warnings, then notes; within each, in order of first finding."""
        groups = self._report().grouped()
        assert [(g.code, g.severity.value, len(g)) for g in groups] == [
            ("P007", "error", 2),
            ("P014", "warning", 2),
            ("P014", "warning", 1),
            ("P013", "info", 1),
        ]
        assert [f.path for f in groups[1]] == ["$.goals[0].target", "$.goals[1].target"]

    def test_grouping_keeps_every_finding(self) -> None:
        """Every finding is in exactly one group."""
        report = tiltak.validate(examples.load("operational_plan"))
        grouped = [f for g in report.grouped() for f in g]
        assert sorted(map(id, grouped)) == sorted(map(id, report))

    def test_a_large_group_names_the_first_few(self) -> None:
        """84 goals without a target: one line naming five and counting the rest."""
        report = tiltak.validate(examples.load("operational_plan"), select="P014")
        text = tiltak.to_text(report, locale="nb")
        assert "Hvor: mål TT-1.1, TT-1.3, TT-1.4, TT-1.5, TT-1.6 og 79 til" in text
        assert tiltak.to_text(report, locale="sv").count("och 79 till") == 1

    def test_html_groups_hold_the_whole_list(self) -> None:
        """In HTML a group opens to every element, each with its path as a detail."""
        report = tiltak.validate(examples.load("operational_plan"), select="P014")
        page = tiltak.to_html(report, locale="nb", full_page=True)
        assert page.count('<details class="tiltak-list">') == len(report.grouped())
        [group] = [g for g in report.grouped() if len(g) == 84]
        for finding in group:
            assert f"{finding.where('nb')} \u00b7 {finding.path}" in page.replace("<wbr>", "")


def _without_details(html: str) -> str:
    """The HTML without the lists a group opens to, where paths stand beside the elements."""
    return re.sub(r'<div class="tiltak-items">.*?</div>', "", html, flags=re.S)


@pytest.mark.parametrize("name", examples.names())
@pytest.mark.parametrize("locale", LOCALES)
def test_no_rendered_report_or_summary_places_by_path_only(name: str, locale: str) -> None:
    """Every report and summary of every example names places as people do, in every locale."""
    plan = examples.load(name)
    day = examples.as_of(name)
    for obj in (tiltak.validate(plan, as_of=day), tiltak.summarise(plan, as_of=day)):
        for rendered in (
            tiltak.to_text(obj, locale=locale),
            tiltak.to_markdown(obj, locale=locale),
            _without_details(tiltak.to_html(obj, locale=locale)),
        ):
            assert not PATH.search(rendered), PATH.search(rendered)
    page = tiltak.to_html(tiltak.validate(plan), locale=locale)
    for items in re.findall(r'<div class="tiltak-items">(.*?)</div>', page):
        for item in items.split("<br>"):
            assert not PATH.match(item), item
