import datetime as dt
import hashlib
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from typing import TypeVar

import attrs
import pytest
from dateutil.rrule import rrulestr

import tiltak
from tiltak import (
    AbsenceDegree,
    FollowUpRoutine,
    Goal,
    GoalOrigin,
    Jurisdiction,
    PartialDate,
    Participant,
    Party,
    Period,
    Plan,
    PlanKind,
    Responsible,
    ResultsPart,
    StatusColour,
    Subject,
    TiltakError,
    examples,
)
from tiltak.examples import UnknownExampleError

T = TypeVar("T")


def present(value: T | None) -> T:
    """``value``, failing the test where it is missing."""
    assert value is not None
    return value


KINDS = {
    "action_plan_bra": PlanKind.ACTION_PLAN,
    "action_plan_nursing_home": PlanKind.ACTION_PLAN,
    "coordinated_plan": PlanKind.COORDINATED_PLAN,
    "implementation_plan_home_care": PlanKind.IMPLEMENTATION_PLAN,
    "individual_plan": PlanKind.INDIVIDUAL_PLAN,
    "operational_plan": PlanKind.OPERATIONAL_PLAN,
    "results_plan": PlanKind.RESULTS_PLAN,
    "return_to_work_plan": PlanKind.RETURN_TO_WORK_PLAN,
    "return_to_work_plan_se": PlanKind.RETURN_TO_WORK_PLAN,
}
LANGUAGES = {
    "action_plan_bra": "sv",
    "action_plan_nursing_home": "nb",
    "coordinated_plan": "sv",
    "implementation_plan_home_care": "sv",
    "individual_plan": "nb",
    "operational_plan": "nb",
    "results_plan": "nb",
    "return_to_work_plan": "nb",
    "return_to_work_plan_se": "sv",
}
# The day each example stands on: everything due by then is recorded.
AS_OF = {
    "action_plan_bra": dt.date(2024, 10, 1),
    "action_plan_nursing_home": dt.date(2024, 10, 15),
    "coordinated_plan": dt.date(2024, 10, 15),
    "implementation_plan_home_care": dt.date(2024, 10, 15),
    "individual_plan": dt.date(2024, 10, 15),
    "results_plan": dt.date(2020, 10, 15),
    "return_to_work_plan": dt.date(2024, 6, 25),
    "return_to_work_plan_se": dt.date(2024, 11, 15),
}
NAMES = tuple(sorted(KINDS))
# Examples that carry measures (the virksomhetsplan's live in a separate action plan).
WITH_MEASURES = tuple(name for name in NAMES if name != "operational_plan")

PHONE = re.compile(r"\+4[67](?: \d{2,3})+")
EMAIL = re.compile(r"[a-z.]+@example\.(?:no|se)")


def dated_elements(plan: Plan) -> Iterator[tuple[str, Period | PartialDate | dt.date | None]]:
    """Every date the plan gives, with where it is, except the goal areas' own periods."""
    for i, measure in enumerate(plan.measures):
        if measure.deadline is not None:
            yield f"measures[{i}].deadline", measure.deadline
        if measure.period is not None:
            yield f"measures[{i}].period", measure.period
        if measure.schedule is not None:
            yield f"measures[{i}].schedule", measure.schedule.start
        for j, follow_up in enumerate(measure.follow_ups):
            yield f"measures[{i}].follow_ups[{j}]", follow_up.date
    for i, goal in enumerate(plan.goals):
        if goal.target is not None and goal.target.due is not None:
            yield f"goals[{i}].target.due", goal.target.due
    for i, revision in enumerate(plan.revisions):
        yield f"revisions[{i}].due", revision.due
    for i, follow_up in enumerate(plan.follow_ups):
        yield f"follow_ups[{i}]", follow_up.date
    if plan.follow_up is not None:
        if plan.follow_up.schedule is not None:
            yield "follow_up.schedule", plan.follow_up.schedule.start
        for i, day in enumerate(plan.follow_up.dates):
            yield f"follow_up.dates[{i}]", day


def due_dates(routine: FollowUpRoutine, before: dt.date) -> list[dt.date]:
    """The days a follow-up routine falls due before ``before``."""
    days = {d.last_day for d in routine.dates}
    if routine.schedule is not None:
        start = dt.datetime.combine(routine.schedule.start, dt.time())
        rule = rrulestr(routine.schedule.rule, dtstart=start)
        days |= {d.date() for d in rule.between(start, dt.datetime.combine(before, dt.time()))}
        days.add(routine.schedule.start)
    return sorted(d for d in days if d < before)


def inside(period: Period, value: Period | PartialDate | dt.date | None) -> bool:
    assert value is not None
    if isinstance(value, Period | PartialDate):
        return period.covers(value)
    return period.contains(value)


class TestNames:
    def test_lists_every_example_sorted(self) -> None:
        """names() lists all nine examples, sorted."""
        assert NAMES == examples.names()

    def test_stable(self) -> None:
        """names() answers the same on every call."""
        assert examples.names() == examples.names()

    def test_one_example_of_every_kind(self) -> None:
        """Together the examples cover every plan kind."""
        assert set(PlanKind) == {examples.load(name).kind for name in examples.names()}


class TestLoad:
    @pytest.mark.parametrize("name", NAMES)
    def test_kind(self, name: str) -> None:
        """Each example is a Plan of its kind, identified by its name."""
        plan = examples.load(name)
        assert isinstance(plan, Plan)
        assert KINDS[name] == plan.kind
        assert name == plan.id

    @pytest.mark.parametrize("name", NAMES)
    def test_same_plan_every_time(self, name: str) -> None:
        """Loading an example twice gives equal plans."""
        assert examples.load(name) == examples.load(name)

    @pytest.mark.parametrize("name", NAMES)
    def test_language(self, name: str) -> None:
        """Each example names the language of its text."""
        assert LANGUAGES[name] == examples.language(name)

    def test_public_names(self) -> None:
        """The module exports exactly its five public names."""
        assert ["UnknownExampleError", "as_of", "language", "load", "names"] == examples.__all__

    @pytest.mark.parametrize("name", NAMES)
    def test_as_of_is_a_quiet_day(self, name: str) -> None:
        """On the day it stands on, each example has nothing overdue and no missed follow-up."""
        plan, day = examples.load(name), examples.as_of(name)
        if name in AS_OF:
            assert AS_OF[name] == day
        assert () == tiltak.asof.overdue_measures(plan, as_of=day)
        assert () == tiltak.asof.missed_follow_ups(plan, as_of=day)
        assert () == tiltak.asof.missed_reports(plan, as_of=day)

    def test_tertials_end_with_their_months(self) -> None:
        """Reporting "every tertial" falls due at the tertials' ends, not every fourth month."""
        routine = examples.load("results_plan").follow_up
        assert routine is not None
        assert routine.schedule is not None
        days = tuple(routine.schedule.iter_occurrences(dt.date(2020, 1, 1), dt.date(2020, 12, 31)))
        assert days == (dt.date(2020, 4, 30), dt.date(2020, 8, 31), dt.date(2020, 12, 31))

    def test_imported_only_when_asked_for(self) -> None:
        """import tiltak leaves the examples alone, and load() imports only the one it builds."""
        code = (
            "import sys, tiltak\n"
            "assert 'tiltak.examples' not in sys.modules\n"
            "from tiltak import examples\n"
            "examples.load('individual_plan')\n"
            "print(sorted(m for m in sys.modules if m.startswith('tiltak.examples.')))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "['tiltak.examples._individual_plan', 'tiltak.examples._registry']\n" == (
            result.stdout
        )


class TestUnknownExample:
    def test_raises_a_tiltak_lookup_error(self) -> None:
        """An unknown name raises UnknownExampleError, a TiltakError and a LookupError."""
        with pytest.raises(UnknownExampleError) as info:
            examples.load("no_such_plan")
        assert isinstance(info.value, TiltakError)
        assert isinstance(info.value, LookupError)
        assert not isinstance(info.value, KeyError)

    def test_message_names_every_known_example(self) -> None:
        """The message names the unknown name and every example there is."""
        with pytest.raises(UnknownExampleError) as info:
            examples.load("no_such_plan")
        message = str(info.value)
        assert "'no_such_plan'" in message
        for name in NAMES:
            assert name in message
        assert NAMES == info.value.known
        assert "no_such_plan" == info.value.name

    def test_language_of_unknown(self) -> None:
        """language() refuses an unknown name the same way."""
        with pytest.raises(UnknownExampleError):
            examples.language("nope")

    @pytest.mark.parametrize("name", [None, 3, ["individual_plan"], b"individual_plan"])
    def test_not_a_string(self, name: object) -> None:
        """A name that is not a str raises UnknownExampleError, never a TypeError."""
        with pytest.raises(UnknownExampleError, match="the examples are"):
            examples.load(name)  # type: ignore[arg-type]

    def test_long_name_is_shortened(self) -> None:
        """A very long name is cut short in the message."""
        with pytest.raises(UnknownExampleError) as info:
            examples.load("x" * 10_000)
        assert len(str(info.value)) < 400


class TestCommonContent:
    """What the common rules of the catalogue (P001-P019) ask of every example."""

    @pytest.mark.parametrize("name", NAMES)
    def test_title_period_goal(self, name: str) -> None:
        """A title, a period with a start and an end not before it, and at least one goal."""
        plan = examples.load(name)
        assert plan.title
        assert plan.period is not None
        assert plan.period.start is not None
        assert plan.period.end is not None
        assert present(plan.period.first_day) <= present(plan.period.last_day)
        assert plan.goals

    @pytest.mark.parametrize("name", NAMES)
    def test_identifiers_unique(self, name: str) -> None:
        """Goal areas, goals, causes and measures have unique identifiers."""
        plan = examples.load(name)
        for items in (plan.goal_areas, plan.goals, plan.causes, plan.measures):
            ids = [item.id for item in items]
            assert len(set(ids)) == len(ids)

    @pytest.mark.parametrize("name", NAMES)
    def test_references_resolve(self, name: str) -> None:
        """Every link to a goal, cause, area, parent goal or principal resolves."""
        plan = examples.load(name)
        goals = {goal.id for goal in plan.goals}
        causes = {cause.id for cause in plan.causes}
        areas = {area.id for area in plan.goal_areas}
        principals = {principal.id for principal in plan.principals}
        for measure in plan.measures:
            assert set(measure.goals) <= goals
            assert set(measure.causes) <= causes
            assert measure.principal is None or measure.principal in principals
        for goal in plan.goals:
            assert goal.area is None or goal.area in areas
            assert goal.parent is None or goal.parent in goals

    @pytest.mark.parametrize("name", WITH_MEASURES)
    def test_every_measure_complete(self, name: str) -> None:
        """Every measure has a reachable responsible, says when, and serves a goal."""
        plan = examples.load(name)
        assert plan.measures
        for measure in plan.measures:
            assert measure.responsible is not None
            assert measure.responsible.phone or measure.responsible.email
            assert any(
                when is not None for when in (measure.deadline, measure.period, measure.schedule)
            )
            assert measure.goals

    @pytest.mark.parametrize("name", WITH_MEASURES)
    def test_every_goal_has_a_measure_and_a_target(self, name: str) -> None:
        """Every goal is served by a measure and is measurable (a target with a date)."""
        plan = examples.load(name)
        served = {goal for measure in plan.measures for goal in measure.goals}
        for goal in plan.goals:
            assert goal.id in served
            assert goal.target is not None
            assert goal.target.value
            assert goal.target.due is not None

    @pytest.mark.parametrize("name", NAMES)
    def test_follow_up_routine(self, name: str) -> None:
        """The plan says when (a schedule or dates) and how it is followed up."""
        routine = examples.load(name).follow_up
        assert routine is not None
        assert routine.schedule is not None or routine.dates
        assert routine.method

    @pytest.mark.parametrize("name", NAMES)
    def test_dates_inside_the_period(self, name: str) -> None:
        """Every deadline, period, schedule, follow-up and revision lies inside the period."""
        plan = examples.load(name)
        outside = [
            where
            for where, value in dated_elements(plan)
            if not inside(present(plan.period), value)
        ]
        assert [] == outside

    @pytest.mark.parametrize("name", NAMES)
    def test_recorded_follow_ups_have_a_colour(self, name: str) -> None:
        """Every recorded follow-up has a date and a status colour."""
        plan = examples.load(name)
        recorded = [*plan.follow_ups, *(f for m in plan.measures for f in m.follow_ups)]
        for follow_up in recorded:
            assert follow_up.date is not None
            assert follow_up.colour is not None

    @pytest.mark.parametrize("name", NAMES)
    def test_contact_details_well_formed(self, name: str) -> None:
        """Phone numbers and e-mail addresses are well-formed and fictitious."""
        plan = examples.load(name)
        people: list[Responsible | Participant | Subject] = [
            *(m.responsible for m in plan.measures if m.responsible is not None),
            *plan.participants,
            *([plan.coordinator] if plan.coordinator is not None else []),
            *([plan.subject] if plan.subject is not None else []),
        ]
        for person in people:
            assert person.phone is None or PHONE.fullmatch(person.phone)
            assert person.email is None or EMAIL.fullmatch(person.email)

    @pytest.mark.parametrize("name", NAMES)
    def test_no_identity_numbers(self, name: str) -> None:
        """No example holds an identity number."""
        plan = examples.load(name)
        assert plan.subject is None or plan.subject.national_id is None

    @pytest.mark.parametrize("name", WITH_MEASURES)
    def test_no_repeated_texts(self, name: str) -> None:
        """No goal or measure text appears twice."""
        plan = examples.load(name)
        for texts in ([g.text for g in plan.goals], [m.title for m in plan.measures]):
            folded = [" ".join(present(text).casefold().split()) for text in texts]
            assert len(set(folded)) == len(folded)


class TestUpToDate:
    """Each example, on its day, has recorded everything that had fallen due."""

    @pytest.mark.parametrize("name", sorted(AS_OF))
    def test_no_measure_overdue(self, name: str) -> None:
        """No measure is past its deadline without completion or a green follow-up."""
        plan, as_of = examples.load(name), AS_OF[name]
        overdue = [
            m.id
            for m in plan.measures
            if m.deadline is not None
            and m.deadline.last_day < as_of
            and m.completed is None
            and m.colour is not StatusColour.GREEN
        ]
        assert [] == overdue

    @pytest.mark.parametrize("name", sorted(AS_OF))
    def test_revisions_done(self, name: str) -> None:
        """Every revision due before the day is recorded as done."""
        plan, as_of = examples.load(name), AS_OF[name]
        missing = [
            r.due for r in plan.revisions if present(r.due).last_day < as_of and r.done is None
        ]
        assert [] == missing

    @pytest.mark.parametrize("name", sorted(AS_OF))
    def test_latest_follow_up_recorded(self, name: str) -> None:
        """The plan's latest follow-up that fell due is recorded, on or after the one before."""
        plan, as_of = examples.load(name), AS_OF[name]
        due = due_dates(present(plan.follow_up), as_of)
        assert due
        previous = due[-2] if len(due) > 1 else dt.date.min
        recorded = [f.date for f in plan.follow_ups if previous < present(f.date) <= as_of]
        assert recorded

    @pytest.mark.parametrize("name", sorted(AS_OF))
    def test_nothing_recorded_in_the_future(self, name: str) -> None:
        """Nothing is recorded as done after the day the plan stands on."""
        plan, as_of = examples.load(name), AS_OF[name]
        done = [
            *(f.date for f in plan.follow_ups),
            *(f.date for m in plan.measures for f in m.follow_ups),
            *(m.completed for m in plan.measures if m.completed is not None),
            *(r.done for r in plan.revisions if r.done is not None),
        ]
        assert all(present(day) <= as_of for day in done)

    def test_every_example_but_the_seed_plan_has_a_day(self) -> None:
        """Every example except the transcribed virksomhetsplan stands on a given day."""
        assert set(NAMES) - {"operational_plan"} == set(AS_OF)


class TestIndividualPlan:
    plan = examples.load("individual_plan")

    def test_subject_is_fictitious_22_year_old(self) -> None:
        """The plan is about the fictitious Ola Nordmann, 22 when the plan was made."""
        subject = present(self.plan.subject)
        assert "Ola Nordmann" == subject.name
        age = (present(self.plan.created) - present(subject.birth_date)).days // 365
        assert 22 == age

    def test_consent(self) -> None:
        """Consent is given, dated, and covers sharing confidential information."""
        consent = present(self.plan.consent)
        assert consent.given
        assert dt.date(2024, 1, 15) == consent.date
        assert consent.information_sharing is True

    def test_coordinator(self) -> None:
        """A coordinator is named, with contact details."""
        coordinator = present(self.plan.coordinator)
        assert "Koordinator" == coordinator.role
        assert coordinator.name
        assert coordinator.phone
        assert coordinator.email

    def test_own_goals(self) -> None:
        """Every goal is his own, the first his long-term goal from the source."""
        assert {GoalOrigin.USER} == {goal.origin for goal in self.plan.goals}
        assert "ha et godt liv og fungere mest mulig selvstendig" in present(
            self.plan.goals[0].text
        )

    def test_needs_and_resources(self) -> None:
        """His needs and resources are described."""
        for need in ("stå opp", "måltider", "personlig hygiene", "legge seg", "NAV"):
            assert need in present(self.plan.needs)
        assert "ressurspersoner" in present(self.plan.resources)

    def test_measures_from_the_source(self) -> None:
        """The measures are the source's: daily help, support contact, physio, speech, NAV."""
        assert [
            "Hjelp til å stå opp",
            "Hjelp med måltider",
            "Personlig hygiene",
            "Hjelp til å legge seg",
            "Støttekontakt",
            "Tilrettelagt trening med fysioterapeut",
            "Logoped",
            "Vurdere voksenopplæring",
            "Tilpasset jobb",
        ] == [m.title for m in self.plan.measures]

    def test_every_measure_says_how_and_how_much(self) -> None:
        """Every measure says how it is carried out, its scope, and who answers for it."""
        for measure in self.plan.measures:
            assert measure.how
            assert measure.scope
            assert present(measure.responsible).role
            assert present(measure.responsible).organisation

    def test_nav_is_an_authority(self) -> None:
        """The measure by NAV is marked as provided by an authority."""
        nav = [
            m for m in self.plan.measures if present(m.responsible).organisation == "NAV Eksempel"
        ]
        assert [Party.AUTHORITY] == [m.party for m in nav]

    def test_participants_and_contributions(self) -> None:
        """The user, his parents and every provider take part, each with a contribution."""
        parties = [p.party for p in self.plan.participants]
        assert Party.USER in parties
        assert Party.NEXT_OF_KIN in parties
        assert Party.AUTHORITY in parties
        roles = {p.role for p in self.plan.participants}
        assert {"Fysioterapeut", "Logoped", "Støttekontakt", "Veileder"} <= roles
        for participant in self.plan.participants:
            assert participant.contribution
        parents = next(p for p in self.plan.participants if p.party is Party.NEXT_OF_KIN)
        assert "så langt han er enig" in present(parents.contribution)

    def test_participation_cooperation_revision(self) -> None:
        """His participation, the cooperation and a revision date are recorded."""
        assert present(self.plan.participation).took_part is True
        assert present(self.plan.participation).how
        assert present(self.plan.cooperation).description
        assert [PartialDate.parse("2024-08-15"), PartialDate.parse("2025-01-15")] == [
            r.due for r in self.plan.revisions
        ]


class TestActionPlanBra:
    plan = examples.load("action_plan_bra")

    def test_numbered_causes(self) -> None:
        """The causes are numbered 1, 2, 3."""
        assert ["1", "2", "3"] == [cause.id for cause in self.plan.causes]

    def test_every_measure_links_to_an_existing_cause(self) -> None:
        """Every measure addresses at least one cause, and every cause has a measure."""
        causes = {cause.id for cause in self.plan.causes}
        for measure in self.plan.measures:
            assert measure.causes
            assert set(measure.causes) <= causes
        assert causes == {c for m in self.plan.measures for c in m.causes}

    def test_template_columns(self) -> None:
        """Every measure has an operational goal, a description, an order and an effort."""
        for measure in self.plan.measures:
            assert measure.operational_goal
            assert measure.description
            assert measure.effort is not None
        assert [1, 2, 3, 4, 5, 6] == [m.order for m in self.plan.measures]

    def test_responsible_with_contact_details(self) -> None:
        """Every measure names who is responsible, with phone and e-mail (Vem)."""
        for measure in self.plan.measures:
            assert present(measure.responsible).name
            assert present(measure.responsible).phone
            assert present(measure.responsible).email

    def test_situational_measures_first(self) -> None:
        """The situational measures on the first cause come first, the social ones later."""
        first_cause = [present(m.order) for m in self.plan.measures if "1" in m.causes]
        social = [
            present(m.order) for m in self.plan.measures if "parallellt" in present(m.description)
        ]
        assert max(first_cause) < min(social)

    def test_follow_up_colours(self) -> None:
        """Follow-ups use all three colours, each with a note."""
        follow_ups = [f for m in self.plan.measures for f in m.follow_ups]
        assert set(StatusColour) == {f.colour for f in follow_ups}
        assert all(f.note for f in follow_ups)
        assert StatusColour.RED == self.plan.measures[5].colour

    def test_adopted_by_the_steering_group(self) -> None:
        """The plan was adopted by the steering group, with a date."""
        assert dt.date(2024, 2, 20) == present(self.plan.adoption).date
        assert present(present(self.plan.adoption).by).startswith("Styrgruppen")

    def test_background_resources_goal(self) -> None:
        """Background, resources and a goal are given."""
        assert self.plan.background
        assert self.plan.resources
        assert self.plan.goals


class TestActionPlanNursingHome:
    plan = examples.load("action_plan_nursing_home")

    def test_goal_from_the_source(self) -> None:
        """The goal is the source's: the resident carries out daily activities on her own."""
        assert (
            "Beboeren skal kunne utføre dagligdagse aktiviteter på egen hånd."
            == self.plan.goals[0].text
        )

    def test_four_parts(self) -> None:
        """Background, resources, the goal, and a description of every measure."""
        assert self.plan.background
        assert self.plan.resources
        assert self.plan.goals
        assert all(measure.description for measure in self.plan.measures)

    def test_measures(self) -> None:
        """Physiotherapy and strength training are among the measures, in order."""
        titles = [m.title for m in self.plan.measures]
        assert "Fysioterapi" in titles
        assert "Styrketrening i gruppe" in titles
        assert [1, 2, 3, 4, 5] == [m.order for m in self.plan.measures]
        assert all(m.effort is not None for m in self.plan.measures)

    def test_causes_and_adoption(self) -> None:
        """Every measure addresses a cause, and the plan was adopted."""
        assert all(m.causes for m in self.plan.measures)
        assert present(self.plan.adoption).date is not None
        assert present(self.plan.adoption).by


class TestImplementationPlan:
    plan = examples.load("implementation_plan_home_care")

    def test_decision(self) -> None:
        """The plan refers to the committee's decision, with reference, date and committee."""
        decision = present(self.plan.decision)
        assert decision.reference
        assert dt.date(2024, 3, 5) == decision.date
        assert "nämnden" in present(decision.by)
        assert "socialtjänstlagen" in present(decision.description)

    def test_goals_from_the_decision(self) -> None:
        """Goals come from the decision, and the user adds one of his own."""
        origins = [goal.origin for goal in self.plan.goals]
        assert [GoalOrigin.DECISION, GoalOrigin.DECISION, GoalOrigin.USER] == origins

    def test_activities(self) -> None:
        """Every activity says who at the provider answers for it, when and how."""
        for activity in self.plan.measures:
            assert present(present(activity.responsible).organisation).startswith("Hemtjänsten")
            assert activity.how
            assert activity.schedule is not None or activity.period is not None
            assert Party.PROVIDER == activity.party

    def test_cooperation_participation_adoption(self) -> None:
        """Cooperation, the user's participation, others who took part, and the adoption."""
        assert "nämnden" in present(present(self.plan.cooperation).description)
        assert present(self.plan.participation).took_part is True
        assert "önskemål" in present(present(self.plan.participation).how)
        assert {Party.USER, Party.NEXT_OF_KIN, Party.PROVIDER} == {
            p.party for p in self.plan.participants
        }
        assert dt.date(2024, 3, 18) == present(self.plan.adoption).date

    def test_follow_up(self) -> None:
        """The plan is followed up every six months, and was followed up in September."""
        assert "INTERVAL=6" in present(present(self.plan.follow_up).schedule).rule
        assert [dt.date(2024, 9, 18)] == [f.date for f in self.plan.follow_ups]


class TestCoordinatedPlan:
    plan = examples.load("coordinated_plan")

    def test_consent(self) -> None:
        """Consent is recorded with a date before the plan was made."""
        assert present(self.plan.consent).given
        assert present(present(self.plan.consent).date) <= present(self.plan.created)

    def test_exactly_one_principal_with_overall_responsibility(self) -> None:
        """The municipality and the region are principals; the municipality holds it all."""
        assert ["kommun", "region"] == [p.id for p in self.plan.principals]
        assert ["kommun"] == [p.id for p in self.plan.principals if p.overall_responsibility]

    def test_every_measure_names_its_principal_or_is_by_others(self) -> None:
        """Every measure names its principal, except the one marked as by others."""
        by_principals = [m for m in self.plan.measures if m.party is Party.PRINCIPAL]
        by_others = [m for m in self.plan.measures if m.party is not Party.PRINCIPAL]
        assert all(m.principal in {"kommun", "region"} for m in by_principals)
        assert {"kommun", "region"} == {m.principal for m in by_principals}
        assert 1 == len(by_others)
        assert Party.AUTHORITY == by_others[0].party
        assert by_others[0].principal is None
        assert "Försäkringskassan" == present(by_others[0].responsible).organisation

    def test_goals_in_the_users_words(self) -> None:
        """Every goal is the user's own, in the first person."""
        for goal in self.plan.goals:
            assert GoalOrigin.USER == goal.origin
            assert present(goal.text).startswith("Jag vill")

    def test_coordinator_and_follow_up(self) -> None:
        """A coordinator is named and the plan has a follow-up routine."""
        assert present(present(self.plan.coordinator).organisation).startswith("Socialtjänsten")
        assert present(self.plan.follow_up).method


class TestOperationalPlan:
    plan = examples.load("operational_plan")

    def goal(self, goal_id: str) -> Goal:
        return next(goal for goal in self.plan.goals if goal.id == goal_id)

    def test_period_to_the_year(self) -> None:
        """The plan runs 2019-2023, given to the year."""
        assert Period(start="2019", end="2023") == self.plan.period

    def test_purpose(self) -> None:
        """The introduction's purpose is kept."""
        assert present(self.plan.purpose).startswith("Hensikten med en virksomhetsplan")

    def test_seven_goal_areas(self) -> None:
        """Seven goal areas 1..7, each with a title, a purpose and expectations."""
        areas = self.plan.goal_areas
        assert ["1", "2", "3", "4", "5", "6", "7"] == [area.id for area in areas]
        for area in areas:
            assert area.title
            assert area.purpose
            assert area.expectations
        assert [3, 5, 5, 5, 7, 7, 5] == [len(area.expectations) for area in areas]
        assert "Velferdsteknologi" == areas[6].title
        assert present(areas[4].purpose).startswith(
            "Bevisstgjøre og effektivisere tilgjengeliggjorte midler"
        )

    def test_goal_counts(self) -> None:
        """All 44 leadership goals and 41 department goals are transcribed."""
        levels = [goal.level for goal in self.plan.goals]
        assert 44 == levels.count("TT")
        assert 41 == levels.count("Avd")
        assert 85 == len(self.plan.goals)

    def test_goals_per_area(self) -> None:
        """Each area holds the seed's number of goals on each level."""
        per_area: dict[tuple[str | None, str | None], int] = {}
        for goal in self.plan.goals:
            per_area.setdefault((goal.level, goal.area), 0)
            per_area[(goal.level, goal.area)] += 1
        assert [8, 6, 4, 3, 9, 9, 5] == [per_area["TT", str(n)] for n in range(1, 8)]
        assert [7, 5, 5, 5, 4, 12, 3] == [per_area["Avd", str(n)] for n in range(1, 8)]

    def test_id_scheme(self) -> None:
        """Identifiers are level-number, and the number belongs to the goal's area."""
        for goal in self.plan.goals:
            level, _, number = goal.id.partition("-")
            assert goal.level == level
            assert goal.area == number.split(".")[0]
            assert goal.parent is None

    def test_texts_exactly_as_printed(self) -> None:
        """Sample goals keep the printed text, spelling included."""
        assert (
            "Øke andelen treårige ved interne og eksterne utlysninger, med fokus på "
            "vernepleiere i tråd med nasjonale føringer på minimum 34 %."
            == self.goal("TT-1.2").text
        )
        assert (
            "Avdelingene følger virksomhetshetens årshjul. Intern evaluering om det er behov "
            "å utarbeide eget årshjul." == self.goal("Avd-4.1").text
        )
        assert "Avdelingene tilrettelegger og følger opp dialogmøte" == self.goal("Avd-4.3").text
        assert "Forbedre språkbruk i profil." == self.goal("Avd-6.10").text
        assert "Hospitere." == self.goal("Avd-2.4").text

    def test_every_text_unchanged(self) -> None:
        """Every goal and expectation is as transcribed, checked against a fingerprint."""
        goals = "\n".join(f"{goal.id}\t{goal.text}" for goal in self.plan.goals)
        expectations = "\n".join(e for area in self.plan.goal_areas for e in area.expectations)
        assert (
            "7fa4620b7b37ead8fc599710c136b537afe26afa5609574eb82fa247e21115c9"
            == hashlib.sha256(goals.encode()).hexdigest()
        )
        assert (
            "8a8db69db6a5484c583a5a6159d074af6e19b818104f95ef235b27416f86f5ab"
            == hashlib.sha256(expectations.encode()).hexdigest()
        )

    def test_repeated_goal_kept(self) -> None:
        """TT. mål 1.5 begins with the whole text of TT. mål 5.1, as in the source."""
        first = self.goal("TT-1.5").text
        second = self.goal("TT-5.1").text
        assert "Ferdigstille ansettelsesprosessen og beholde kompetanse." == first
        assert "Ferdigstille ansettelsesprosessen." == second
        assert first.startswith(second.rstrip("."))

    def test_sections_dated_2016_2020(self) -> None:
        """Only the two sections whose headings say so are dated 2016-2020, not the areas."""
        assert [
            ("4", Period(start="2016", end="2020")),
            ("5.2", Period(start="2016", end="2020")),
        ] == [(s.id, s.period) for s in self.plan.sections]
        assert "utviklingstiltak for 2016-2020" in present(self.plan.sections[0].title)
        assert all(area.period is None for area in self.plan.goal_areas)
        assert {("TT", "4"), ("Avd", "5.2")} == {(g.level, g.section) for g in self.plan.goals}
        report = tiltak.validate(self.plan, select=["P011"])
        assert ["$.sections[0].period", "$.sections[1].period"] == [f.path for f in report]

    def test_main_revision_2020(self) -> None:
        """A main revision is planned in 2020, inside the period."""
        [revision] = self.plan.revisions
        assert revision.main
        assert PartialDate(year=2020) == revision.due
        assert present(self.plan.period).covers(revision.due)

    def test_reporting_lines(self) -> None:
        """Team leaders and department heads report monthly; the unit every tertial."""
        lines = self.plan.reporting
        assert [
            ("Teamledere", "Avdelingsledere"),
            ("Avdelingsledere", "Virksomhetsleder"),
            ("Virksomhetsleder", "Kommunalledelse"),
        ] == [(line.reporter, line.recipient) for line in lines]
        assert present(lines[0].schedule).rule.startswith("FREQ=MONTHLY")
        assert present(lines[1].schedule).rule.startswith("FREQ=MONTHLY")
        assert present(lines[2].schedule).rule.startswith(
            "FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1"
        )

    def test_tertial_dates(self) -> None:
        """The tertial reports fall at the end of April, August and December."""
        from dateutil.rrule import rrulestr

        schedule = self.plan.reporting[2].schedule
        start = dt.datetime.combine(present(schedule).start, dt.time())
        days = [d.date() for d in rrulestr(present(schedule).rule, dtstart=start)]
        assert 15 == len(days)
        assert [dt.date(2019, 4, 30), dt.date(2019, 8, 31), dt.date(2019, 12, 31)] == days[:3]
        assert dt.date(2023, 12, 31) == days[-1]

    def test_no_measures_of_its_own(self) -> None:
        """The plan's activities live in a separate action plan."""
        assert () == self.plan.measures

    def test_prose_kept(self) -> None:
        """The organisation, the framework and the goal-area introductions are kept."""
        assert "Kongsvegen" in present(self.plan.background)
        assert "Totalt – 32" in present(self.plan.resources)  # noqa: RUF001
        introductions = self.plan.extensions["goal_area_introductions"]
        assert isinstance(introductions, Mapping)
        assert {"TT", "Avd"} == set(introductions)
        leaders, departments = introductions["TT"], introductions["Avd"]
        assert isinstance(leaders, Mapping)
        assert isinstance(departments, Mapping)
        assert [str(n) for n in range(1, 8)] == list(leaders)
        area_4 = departments["4"]
        assert isinstance(area_4, str)
        assert area_4.startswith("Målområdet 4 sikter på")


class TestResultsPlan:
    plan = examples.load("results_plan")

    def test_every_part_a_to_e(self) -> None:
        """Goals for each of the seed's parts a) to d), and the rådmann's help as e)."""
        assert set(ResultsPart) == {goal.part for goal in self.plan.goals}
        assert any(m.party is Party.MANAGEMENT for m in self.plan.measures)

    def test_ambitions_are_concrete(self) -> None:
        """Every development area has a target value."""
        for goal in self.plan.goals:
            if goal.part in (ResultsPart.UNIT_DEVELOPMENT, ResultsPart.LEADER_DEVELOPMENT):
                assert goal.target is not None
                assert goal.target.value

    def test_agreed_by_the_end_of_january(self) -> None:
        """The seed: "innen utgangen av januar"."""
        assert self.plan.adoption is not None
        assert dt.date(2020, 1, 31) >= present(self.plan.adoption.date)

    def test_goal_words_from_the_seed(self) -> None:
        """The unit's goals are worded as in its virksomhetsplan (seed 004)."""
        texts = {goal.text for goal in self.plan.goals}
        assert "Gjennomføre brukerundersøkelser." in texts
        assert any("minimum 34 %" in present(text) for text in texts)


class TestSwedishReturnToWorkPlan:
    plan = examples.load("return_to_work_plan_se")

    def test_swedish_law(self) -> None:
        """A plan för återgång i arbete under Swedish law, made by day 30."""
        facts = present(self.plan.return_to_work)
        assert Jurisdiction.SWEDEN == self.plan.jurisdiction
        assert (present(self.plan.created) - present(facts.first_day_of_absence)).days + 1 <= 30
        assert (present(facts.expected_return) - present(facts.first_day_of_absence)).days >= 60

    def test_checked_by_the_swedish_rule_only(self) -> None:
        """O009 runs on it; the Norwegian O002 and O003 would find it late, and do not run."""
        late = attrs.evolve(self.plan, created=dt.date(2024, 10, 15))
        codes = tiltak.validate(late, select=["O"]).codes
        assert ("O009",) == codes


class TestReturnToWorkPlan:
    plan = examples.load("return_to_work_plan")
    facts = present(plan.return_to_work)

    def days_after_first(self, day: dt.date | None) -> int:
        return (present(day) - present(self.facts.first_day_of_absence)).days

    def test_full_absence(self) -> None:
        """The absence is full, from a Monday in January 2024."""
        assert AbsenceDegree.FULL == self.facts.absence
        assert dt.date(2024, 1, 8) == self.facts.first_day_of_absence

    def test_four_parts(self) -> None:
        """Tasks and capacity, employer's measures, NAV's measures, further follow-up."""
        assert self.facts.tasks_and_capacity
        parties = [m.party for m in self.plan.measures]
        assert Party.EMPLOYER in parties
        assert Party.AUTHORITY in parties
        nav = [m for m in self.plan.measures if m.party is Party.AUTHORITY]
        assert all(present(m.responsible).organisation == "NAV Eksempel" for m in nav)
        assert present(present(self.plan.follow_up).method).startswith("Videre oppfølging")

    def test_made_and_sent_within_four_weeks(self) -> None:
        """The plan was made and sent to the doctor within 4 weeks."""
        assert self.days_after_first(self.plan.created) <= 28
        assert self.days_after_first(self.facts.sent_to_doctor) <= 28
        assert self.facts.exemption is None

    def test_dialogue_meetings(self) -> None:
        """Meeting 1 within 7 weeks; meeting 2 within 26, the plan at NAV a week before."""
        meetings = {m.number: m.date for m in self.facts.dialogue_meetings}
        assert {1, 2} == set(meetings)
        assert self.days_after_first(meetings[1]) <= 7 * 7
        assert self.days_after_first(meetings[2]) <= 26 * 7
        assert (present(meetings[2]) - present(self.facts.sent_to_nav)).days >= 7

    def test_employee_took_part(self) -> None:
        """The employee's participation is recorded."""
        assert present(self.plan.participation).took_part is True
        assert Party.EMPLOYEE in [p.party for p in self.plan.participants]


@pytest.mark.skipif(not hasattr(tiltak, "validate"), reason="the validator has not landed")
class TestValidation:
    @pytest.mark.parametrize("name", NAMES)
    def test_no_errors(self, name: str) -> None:
        """Every example validates without error findings."""
        report = tiltak.validate(examples.load(name))
        assert [] == [(f.code, f.path) for f in report.errors]

    @pytest.mark.parametrize("name", sorted(AS_OF))
    def test_no_warnings_on_its_day(self, name: str) -> None:
        """Checked as of its day, an example has neither errors nor warnings."""
        report = tiltak.validate(examples.load(name), as_of=AS_OF[name])
        assert [] == [(f.code, f.path) for f in [*report.errors, *report.warnings]]

    def test_operational_plan_seed_faults(self) -> None:
        """The virksomhetsplan's findings are its source's faults, and nothing false."""
        plan = examples.load("operational_plan")
        report = tiltak.validate(plan)
        assert [] == list(report.errors)
        p011 = sorted(f.path for f in report if f.code == "P011")
        assert ["$.sections[0].period", "$.sections[1].period"] == p011
        repeated = {plan.goals.index(g) for g in plan.goals if g.id in ("TT-1.5", "TT-5.1")}
        p015 = [f.path for f in report if f.code == "P015"]
        assert 1 == len(p015)
        assert any(f"$.goals[{i}]" in p015[0] for i in repeated)
        # No measures (P004) and goals without targets (P014) are true of the source too.
        assert {f.code for f in report} <= {"P004", "P010", "P011", "P014", "P015"}
