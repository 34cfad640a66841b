import copy
import json
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from fhir.resources.R4B.bundle import Bundle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tiltak
from tiltak import FollowUp, Goal, Measure, Plan, PlanFormatError, PlanKind, Responsible, Target
from tiltak.errors import ModelTypeError
from tiltak.fhir import (
    DOCUMENT_EXTENSION,
    PLAN_KIND_SYSTEM,
    SE_PLAN_TYPE_SYSTEM,
    FhirImport,
    check_fhir,
    from_fhir,
    read_fhir,
    to_fhir,
)
from tiltak.testing import plans


def _care_plan(bundle: dict[str, Any]) -> Any:
    return bundle["entry"][0]["resource"]


def _goals(bundle: dict[str, Any]) -> list[Any]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Goal"]


class TestExport:
    def test_validates_as_r4(self, plan: Plan) -> None:
        """Every plan's export is a structurally valid FHIR R4 Bundle."""
        bundle = to_fhir(plan)
        assert "collection" == Bundle.model_validate(bundle).type

    def test_passes_own_checks(self, plan: Plan) -> None:
        """Every code tiltak emits is in its value set, and cpl-3 and gol-1 hold."""
        assert [] == check_fhir(to_fhir(plan))
        assert [] == check_fhir(to_fhir(plan, lossless=False))

    def test_is_plain_json(self, plan: Plan) -> None:
        """The bundle is plain JSON data and the same plan always gives the same bundle."""
        bundle = to_fhir(plan)
        assert bundle == json.loads(json.dumps(bundle))
        assert json.dumps(to_fhir(plan)) == json.dumps(bundle)

    def test_one_goal_per_goal(self, rich: Plan) -> None:
        """The Bundle holds the CarePlan first, then one Goal per goal, referred to in order."""
        bundle = to_fhir(rich)
        care_plan = _care_plan(bundle)
        assert "CarePlan" == care_plan["resourceType"]
        urls = [e["fullUrl"] for e in bundle["entry"][1:]]
        assert urls == [ref["reference"] for ref in care_plan["goal"]]
        assert ["1", "2", "3"] == [g["identifier"][0]["value"] for g in _goals(bundle)]
        assert len(set(urls)) == len(urls)

    def test_care_plan_elements(self, rich: Plan) -> None:
        """Status, intent, title, description, period, created and notes carry over."""
        care_plan = _care_plan(to_fhir(rich))
        assert "active" == care_plan["status"]
        assert "plan" == care_plan["intent"]
        assert "Individuell plan for Ola" == care_plan["title"]
        assert "Koordinerte tjenester for å bo i egen leilighet" == care_plan["description"]
        assert {"start": "2024-01-15", "end": "2025"} == care_plan["period"]
        assert "2024-01-10" == care_plan["created"]
        assert ["Ola har cerebral parese.", "Familien bor i nærheten.", "Hjelp til måltider."] == [
            note["text"] for note in care_plan["note"]
        ]

    def test_subject_names_no_one_by_default(self, rich: Plan) -> None:
        """Without a subject reference the display is neutral: the person's name never shows."""
        bundle = to_fhir(rich, lossless=False)
        assert {"display": "subject"} == _care_plan(bundle)["subject"]
        assert "Ola Nordmann" not in json.dumps(bundle, ensure_ascii=False)

    def test_subject_never_named_in_the_elements(self, plan: Plan) -> None:
        """Wherever the subject appears (care team, performer, author), no name is written."""
        text = json.dumps(to_fhir(plan, lossless=False), ensure_ascii=False)
        if plan.subject is not None and plan.subject.name:
            assert plan.subject.name not in text
        if plan.subject is not None and plan.subject.national_id:
            assert plan.subject.national_id not in text

    def test_subject_as_performer_and_author(self, rich: Plan) -> None:
        """A measure the subject carries out, or a follow-up they wrote, cites the subject."""
        measure = attrs.evolve(
            rich.measures[0],
            responsible=Responsible(name="Ola Nordmann"),
            follow_ups=[FollowUp(by="Ola Nordmann", colour="green")],
        )
        plan = attrs.evolve(rich, measures=[measure])
        ref = {"reference": "Patient/1"}
        activity = _care_plan(to_fhir(plan, subject=ref))["activity"][0]
        assert [ref] == activity["detail"]["performer"]
        assert ref == activity["progress"][0]["authorReference"]
        assert plan == from_fhir(to_fhir(plan, subject=ref))
        skipped = read_fhir(to_fhir(plan, lossless=False)).skipped
        assert [
            "Bundle.entry[0].resource.activity[0].progress[0].authorReference",
            "Bundle.entry[0].resource.activity[0].detail.performer[0]",
        ] == [p.path for p in skipped]

    def test_subject_reference_is_used(self, rich: Plan) -> None:
        """A subject reference given by the caller goes on the CarePlan and every Goal."""
        ref = {"reference": "Patient/123"}
        bundle = to_fhir(rich, subject=ref)
        assert ref == _care_plan(bundle)["subject"]
        assert all(ref == goal["subject"] for goal in _goals(bundle))

    def test_plan_kind_category(self) -> None:
        """The kind is coded in tiltak's code system, with the Swedish code where one applies."""
        for kind, national in [
            (PlanKind.COORDINATED_PLAN, "SIP"),
            (PlanKind.IMPLEMENTATION_PLAN, "GP"),
            (PlanKind.INDIVIDUAL_PLAN, None),
        ]:
            coding = _care_plan(to_fhir(Plan(kind=kind)))["category"][0]["coding"]
            assert {"system": PLAN_KIND_SYSTEM, "code": kind.value} == {
                k: coding[0][k] for k in ("system", "code")
            }
            codes = [c["code"] for c in coding if c["system"] == SE_PLAN_TYPE_SYSTEM]
            assert ([] if national is None else [national]) == codes

    def test_status_mapping(self) -> None:
        """Each plan status maps into request-status; no status is 'unknown'."""
        expected = {
            "draft": "draft",
            "active": "active",
            "completed": "completed",
            "cancelled": "revoked",
            None: "unknown",
        }
        for status, code in expected.items():
            plan = Plan(kind="action_plan", status=status)
            assert code == _care_plan(to_fhir(plan))["status"]

    def test_achievement_from_worst_colour(self, rich: Plan) -> None:
        """A goal's achievementStatus is the worst colour of its measures, or absent."""
        goals = _goals(to_fhir(rich))
        # Goal 1: M1 green, M2 red -> not-achieved; goal 2: M2 red -> not-achieved;
        # goal 3: no measures -> absent.
        codes = [g.get("achievementStatus", {}).get("coding", [{}])[0].get("code") for g in goals]
        assert ["not-achieved", "not-achieved", None] == codes
        plan = Plan(
            kind="action_plan",
            goals=[Goal(id="g")],
            measures=[
                Measure(id="a", goals=["g"], follow_ups=[FollowUp(colour="green")]),
                Measure(id="b", goals=["g"], follow_ups=[FollowUp(colour="yellow")]),
                Measure(id="c", goals=["g"]),
            ],
        )
        goal = _goals(to_fhir(plan))[0]
        assert "in-progress" == goal["achievementStatus"]["coding"][0]["code"]
        plan = attrs.evolve(plan, measures=plan.measures[:1])
        assert "achieved" == _goals(to_fhir(plan))[0]["achievementStatus"]["coding"][0]["code"]

    def test_achievement_at_first_holder_of_repeated_id(self) -> None:
        """Measures serve the first goal holding an id: only it has their colour."""
        plan = Plan(
            kind="action_plan",
            goals=[Goal(id="g", text="first"), Goal(id="g", text="second")],
            measures=[Measure(id="a", goals=["g"], follow_ups=[FollowUp(colour="red")])],
        )
        bundle = to_fhir(plan)
        goals = _goals(bundle)
        assert ["not-achieved", None] == [
            g.get("achievementStatus", {}).get("coding", [{}])[0].get("code") for g in goals
        ]
        [activity] = _care_plan(bundle)["activity"]
        assert [{"reference": f"urn:uuid:{goals[0]['id']}"}] == activity["detail"]["goal"]
        assert () == read_fhir(bundle).skipped

    def test_goal_target(self, rich: Plan) -> None:
        """A target carries its measure, value and partial due date; gol-1 holds without one."""
        goals = _goals(to_fhir(rich))
        assert [
            {
                "measure": {"text": "netter i leiligheten"},
                "detailString": "7 per uke",
                "dueDate": "2024-12",
            }
        ] == goals[0]["target"]
        assert "measure" in goals[1]["target"][0]
        assert "detailString" in goals[1]["target"][0]

    def test_activity_detail(self, rich: Plan) -> None:
        """A measure becomes an activity detail with its schedule, performer and goals."""
        bundle = to_fhir(rich)
        goal_urls = [e["fullUrl"] for e in bundle["entry"][1:]]
        first, second, third = (a["detail"] for a in _care_plan(bundle)["activity"])
        assert "in-progress" == first["status"]
        assert {"end": "2024-06"} == first["scheduledPeriod"]
        assert [{"display": "Kari Hansen"}] == first["performer"]
        assert [{"reference": goal_urls[0]}] == first["goal"]
        assert "DTSTART;VALUE=DATE:20240131\nRRULE:FREQ=MONTHLY" == second["scheduledString"]
        assert "completed" == third["status"]
        assert {"start": "2024-03-01", "end": "2024-09-30"} == third["scheduledPeriod"]

    def test_follow_ups_are_progress(self, rich: Plan) -> None:
        """Follow-ups become progress annotations with date, author, note and colour."""
        activity = _care_plan(to_fhir(rich))["activity"][0]
        first, second = activity["progress"]
        assert ("2024-03-01", "Kari", "Delvis") == (
            first["time"],
            first["authorString"],
            first["text"],
        )
        assert "yellow" == first["extension"][0]["valueCode"]
        assert "text" not in second

    def test_embeds_the_document(self, rich: Plan) -> None:
        """The lossless export carries the tiltak document; the other one does not."""
        plan = rich
        ext = _care_plan(to_fhir(plan))["extension"]
        assert [DOCUMENT_EXTENSION] == [e["url"] for e in ext]
        assert plan == tiltak.loads(ext[0]["valueString"])
        assert "extension" not in _care_plan(to_fhir(plan, lossless=False))

    def test_refuses_what_is_not_a_plan(self) -> None:
        """Exporting something that is not a plan raises a tiltak error."""
        with pytest.raises(ModelTypeError):
            to_fhir({"kind": "action_plan"})  # type: ignore[arg-type]


class TestRoundTrip:
    def test_lossless(self, plan: Plan) -> None:
        """from_fhir(to_fhir(p)) == p for every plan."""
        assert plan == from_fhir(to_fhir(plan))

    def test_lossless_with_subject(self, plan: Plan) -> None:
        """A caller's subject reference does not stand in the way of the round trip."""
        result = read_fhir(to_fhir(plan, subject={"reference": "Patient/1"}))
        assert FhirImport(plan=plan, skipped=(), lossless=True) == result

    def test_care_plan_alone(self, plan: Plan) -> None:
        """The CarePlan taken out of the Bundle still gives the whole plan back."""
        assert FhirImport(plan=plan, skipped=(), lossless=True) == read_fhir(
            _care_plan(to_fhir(plan))
        )
        # Without the document, the Goals it cites outside itself are reported.
        skipped = read_fhir(_care_plan(to_fhir(plan, lossless=False))).skipped
        assert [f"CarePlan.goal[{i}]" for i in range(len(plan.goals))] == [
            p.path for p in skipped if p.path.startswith("CarePlan.goal")
        ]

    def test_elements_alone(self, rich: Plan) -> None:
        """Without the document the mapped elements still give the plan's core back."""
        plan = rich
        result = read_fhir(to_fhir(plan, lossless=False))
        back = result.plan
        assert (plan.kind, plan.id, plan.title, plan.status, plan.period, plan.created) == (
            back.kind,
            back.id,
            back.title,
            back.status,
            back.period,
            back.created,
        )
        assert [g.id for g in plan.goals] == [g.id for g in back.goals]
        assert [g.target for g in plan.goals] == [g.target for g in back.goals]
        assert [m.id for m in plan.measures] == [m.id for m in back.measures]
        assert [m.follow_ups for m in plan.measures] == [m.follow_ups for m in back.measures]
        assert plan.measures[1].schedule == back.measures[1].schedule
        assert plan.coordinator is not None
        assert Responsible(name="Per Berg", role="koordinator") == back.coordinator
        assert (plan.background, plan.resources, plan.needs) == (
            back.background,
            back.resources,
            back.needs,
        )
        # The completed measure's date has no element: reported, not dropped.
        assert ["Bundle.entry[0].resource.activity[2].detail.status"] == [
            p.path for p in result.skipped
        ]
        assert not result.lossless

    def test_edited_resource_wins(self, rich: Plan) -> None:
        """When another system changed a mapped element, the elements win and it is said."""
        bundle = to_fhir(rich)
        _care_plan(bundle)["title"] = "Ny tittel"
        result = read_fhir(bundle)
        assert "Ny tittel" == result.plan.title
        assert not result.lossless
        assert "Bundle.entry[0].resource.extension[0]" == result.skipped[0].path

    def test_server_additions_are_reported(self, rich: Plan) -> None:
        """Elements a server adds are listed, and the embedded plan is still used."""
        plan = rich
        bundle = to_fhir(plan)
        _care_plan(bundle)["meta"] = {"versionId": "2"}
        result = read_fhir(bundle)
        assert result.lossless
        assert plan == result.plan
        assert ["Bundle.entry[0].resource.meta"] == [p.path for p in result.skipped]
        with pytest.raises(PlanFormatError) as info:
            from_fhir(bundle)
        assert ["Bundle.entry[0].resource.meta"] == [p.path for p in info.value.problems]

    def test_unreadable_document_falls_back(self, rich: Plan) -> None:
        """A broken embedded document is reported and the elements are read instead."""
        bundle = to_fhir(rich)
        _care_plan(bundle)["extension"][0]["valueString"] = "{"
        result = read_fhir(bundle)
        assert "Individuell plan for Ola" == result.plan.title
        assert "not a readable tiltak document" == result.skipped[0].message()


FOREIGN: dict[str, Any] = {
    "resourceType": "CarePlan",
    "id": "cp1",
    "meta": {"lastUpdated": "2024-03-01T10:00:00Z"},
    "contained": [
        {
            "resourceType": "Goal",
            "id": "g1",
            "lifecycleStatus": "active",
            "description": {"text": "Walk without support"},
            "subject": {"reference": "Patient/p1"},
            "target": [
                {
                    "measure": {"text": "metres"},
                    "detailQuantity": {"value": 100},
                    "dueDate": "2024-09-30",
                }
            ],
            "priority": {"text": "high"},
        }
    ],
    "identifier": [{"system": "urn:oid:1.2.3", "value": "A-17"}],
    "status": "on-hold",
    "intent": "plan",
    "category": [{"coding": [{"system": "http://snomed.info/sct", "code": "734163000"}]}],
    "title": "Rehabilitation",
    "description": "After the fall",
    "subject": {"reference": "Patient/p1"},
    "period": {"start": "2024-01-15T08:00:00+01:00", "end": "2024-12-31"},
    "created": "2024-01-10",
    "goal": [{"reference": "#g1"}],
    "activity": [
        {
            "detail": {
                "kind": "ServiceRequest",
                "code": {"coding": [{"system": "http://snomed.info/sct", "display": "Physio"}]},
                "status": "scheduled",
                "goal": [{"reference": "#g1"}],
                "scheduledPeriod": {"start": "2024-02-01", "end": "2024-06-30"},
                "performer": [{"display": "Physiotherapist"}, {"display": "Assistant"}],
                "description": "Twice a week",
            },
            "progress": [{"time": "2024-03-01T12:00:00Z", "text": "Going well"}],
        },
        {"reference": {"reference": "ServiceRequest/sr9"}},
    ],
    "note": [{"text": "Lives alone"}, {"text": "Uses a walker", "time": "2024-01-10"}],
}


class TestForeign:
    def test_maps_what_it_can(self) -> None:
        """A CarePlan from another system gives its title, period, goals and activities."""
        result = read_fhir(FOREIGN)
        plan = result.plan
        assert ("A-17", "Rehabilitation", "After the fall") == (plan.id, plan.title, plan.purpose)
        assert PlanKind.ACTION_PLAN == plan.kind
        assert tiltak.Period(start="2024-01-15", end="2024-12-31") == plan.period
        expected_goal = Goal(
            id="1", text="Walk without support", target=Target(measure="metres", due="2024-09-30")
        )
        assert (expected_goal,) == plan.goals
        (measure,) = plan.measures
        assert ("Physio", "Twice a week", ("1",)) == (
            measure.title,
            measure.description,
            measure.goals,
        )
        assert Responsible(name="Physiotherapist") == measure.responsible
        assert tiltak.Period(start="2024-02-01", end="2024-06-30") == measure.period
        assert "Going well" == measure.follow_ups[0].note
        assert "Lives alone\n\nUses a walker" == plan.background
        assert not result.lossless

    def test_lists_every_skipped_path(self) -> None:
        """Everything the plan has no place for is listed by path, never silently dropped."""
        paths = [p.path for p in read_fhir(FOREIGN).skipped]
        assert [
            "CarePlan.status",
            "CarePlan.category[0].coding[0]",
            "CarePlan.category",
            "CarePlan.subject",
            "CarePlan.period.start",
            "CarePlan.contained[0].target[0].detailQuantity",
            "CarePlan.contained[0].priority",
            "CarePlan.activity[0].progress[0].time",
            "CarePlan.activity[0].detail.performer[1]",
            "CarePlan.activity[0].detail.kind",
            "CarePlan.activity[0].detail.status",
            "CarePlan.activity[1].reference",
            "CarePlan.note[1].time",
            "CarePlan.meta",
            "CarePlan.contained[0].subject",
        ] == paths

    def test_from_fhir_refuses_losses(self) -> None:
        """from_fhir raises with the skipped paths as problems rather than drop them."""
        with pytest.raises(PlanFormatError) as info:
            from_fhir(FOREIGN)
        assert "CarePlan.activity[1].reference" in [p.path for p in info.value.problems]

    def test_kind_given(self) -> None:
        """The caller can name the kind a foreign CarePlan does not code."""
        result = read_fhir(FOREIGN, kind="individual_plan")
        assert PlanKind.INDIVIDUAL_PLAN == result.plan.kind
        assert "CarePlan.category" not in [p.path for p in result.skipped]

    def test_kind_given_does_not_override_the_category(self, rich: Plan) -> None:
        """kind= applies only where the category names no kind."""
        assert PlanKind.INDIVIDUAL_PLAN == read_fhir(to_fhir(rich), kind="action_plan").plan.kind

    def test_unknown_kind_given(self) -> None:
        """An unknown kind= is a tiltak error naming the kinds."""
        with pytest.raises(tiltak.errors.ModelError, match="action_plan"):
            read_fhir(FOREIGN, kind="plan_b")

    def test_swedish_code_gives_the_kind(self) -> None:
        """A Swedish national plan-type code is enough to know the kind."""
        care_plan = dict(FOREIGN)
        care_plan["category"] = [{"coding": [{"system": SE_PLAN_TYPE_SYSTEM, "code": "SIP"}]}]
        assert PlanKind.COORDINATED_PLAN == read_fhir(care_plan).plan.kind

    def test_not_a_care_plan(self) -> None:
        """What is not a Bundle with one CarePlan, or a CarePlan, is refused with a path."""
        for value, path in [
            ([], "$"),
            ({"resourceType": "Patient"}, "$.resourceType"),
            ({"resourceType": "Bundle", "type": "collection", "entry": []}, "Bundle.entry"),
        ]:
            with pytest.raises(PlanFormatError) as info:
                read_fhir(value)  # type: ignore[arg-type]
            assert [path] == [p.path for p in info.value.problems]

    def test_wrong_types_are_problems(self) -> None:
        """Wrong JSON types inside the CarePlan are problems with paths, not crashes."""
        care_plan = copy.deepcopy(FOREIGN)
        care_plan["title"] = 3
        care_plan["activity"] = {"detail": {}}
        with pytest.raises(PlanFormatError) as info:
            read_fhir(care_plan)
        assert ["CarePlan.title", "CarePlan.activity"] == [p.path for p in info.value.problems]

    def test_lone_surrogate_is_placed_at_its_element(self) -> None:
        """A text no UTF-8 can hold is refused where it is, as loads places it."""
        care_plan = copy.deepcopy(FOREIGN)
        care_plan["title"] = "Plan \ud800"
        care_plan["description"] = "\udfff"
        with pytest.raises(PlanFormatError) as info:
            read_fhir(care_plan)
        problems = [(p.path, p.message()) for p in info.value.problems]
        text = "text that is not valid Unicode (a lone surrogate)"
        assert problems == [("CarePlan.title", text), ("CarePlan.description", text)]

    def test_lone_surrogate_in_an_identifier_is_placed(self, rich: Plan) -> None:
        """The plan's identifier and a measure's id extension are texts like any other."""
        bundle = to_fhir(rich)
        care_plan = _care_plan(bundle)
        care_plan["identifier"][0]["value"] = "id\ud800"
        care_plan["activity"][0]["extension"][0]["valueString"] = "M\ud800"
        with pytest.raises(PlanFormatError) as info:
            read_fhir(bundle)
        assert [p.path for p in info.value.problems] == [
            "Bundle.entry[0].resource.identifier[0].value",
            "Bundle.entry[0].resource.activity[0].extension[0].valueString",
        ]


class TestCheck:
    def test_strings_beyond_fhirs_limit(self) -> None:
        """A string over 1,048,576 characters is named by its path and length, at any depth."""
        bundle = to_fhir(Plan(kind="action_plan", title="x" * 1_048_577))
        assert [line.split(":")[0] for line in check_fhir(bundle)] == [
            "$.entry[0].resource.extension[0].valueString",
            "$.entry[0].resource.title",
        ]
        assert "1,048,577 characters" in check_fhir(bundle)[1]
        assert check_fhir(to_fhir(Plan(kind="action_plan", title="x" * 1_000_000))) == []
        deep: dict[str, Any] = {}
        node = deep
        for _ in range(100_000):  # deeper than any recursion
            node["n\x1b"] = [{}]
            node = node["n\x1b"][0]
        node["text"] = "x" * 1_048_577
        (line,) = check_fhir({"resourceType": "Goal", "lifecycleStatus": "active", "x": deep})
        assert line.startswith("$.x.[")
        assert "\x1b" not in line

    def test_wrong_codes_are_caught(self, rich: Plan) -> None:
        """Codes outside their required value sets are reported with their paths."""
        bundle = to_fhir(rich, lossless=False)
        care_plan = _care_plan(bundle)
        care_plan["status"] = "finished"
        care_plan["intent"] = "wish"
        care_plan["activity"][0]["detail"]["status"] = "done"
        goal = bundle["entry"][1]["resource"]
        goal["lifecycleStatus"] = "open"
        goal["achievementStatus"]["coding"][0]["code"] = "green"
        care_plan["category"][0]["coding"][0]["code"] = "wish_list"
        bundle["type"] = "pile"
        problems = check_fhir(bundle)
        assert [
            "$.type",
            "$.entry[0].resource.status",
            "$.entry[0].resource.intent",
            "$.entry[0].resource.category[0].coding[0].code",
            "$.entry[0].resource.activity[0].detail.status",
            "$.entry[1].resource.lifecycleStatus",
            "$.entry[1].resource.achievementStatus.coding[0].code",
        ] == [p.split(": ")[0] for p in problems]
        # fhir.resources accepts every one of these: the checks are tiltak's own.
        care_plan["category"][0]["coding"][0]["code"] = "action_plan"
        bundle["type"] = "collection"
        Bundle.model_validate(bundle)

    @pytest.mark.parametrize(
        ("resource", "path"),
        [
            ({}, "$.resourceType"),
            ({"resourceType": 5}, "$.resourceType"),
            ({"resourceType": "Patient"}, "$.resourceType"),
            ({"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {}}]},
             "$.entry[0].resource.resourceType"),
        ],
    )  # fmt: skip
    def test_no_type_is_a_problem(self, resource: dict[str, object], path: str) -> None:
        """A resource without a type, or of a type it does not check, is not passed as sound."""
        assert [p.split(": ")[0] for p in check_fhir(resource)] == [path]

    def test_invariants(self, rich: Plan) -> None:
        """cpl-3 (reference or detail, not both) and gol-1 (detail needs a measure) are checked."""
        bundle = to_fhir(rich, lossless=False)
        activity = _care_plan(bundle)["activity"][0]
        activity["reference"] = {"reference": "ServiceRequest/1"}
        _care_plan(bundle)["activity"].append({"progress": [{"text": "x"}]})
        del bundle["entry"][1]["resource"]["target"][0]["measure"]
        problems = check_fhir(bundle)
        assert [
            "$.entry[0].resource.activity[0]: cpl-3",
            "$.entry[0].resource.activity[3]: cpl-3",
            "$.entry[1].resource.target[0]: gol-1",
        ] == [p.split(": ")[0] + ": " + p.split(": ")[1] for p in problems]

    def test_missing_required_codes(self) -> None:
        """A missing required code is a problem too."""
        assert ["$.status: missing (required, from request-status)"] == check_fhir(
            {"resourceType": "CarePlan", "intent": "plan"}
        )


class TestGenerated:
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(plans(valid=False))
    def test_round_trip_and_checks(self, plan: Plan) -> None:
        """Any plan survives the round trip, and its export passes tiltak's own checks."""
        bundle = to_fhir(plan)
        assert [] == check_fhir(bundle)
        assert FhirImport(plan=plan, skipped=(), lossless=True) == read_fhir(bundle)

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(plans(valid=False))
    def test_elements_alone_never_crash(self, plan: Plan) -> None:
        """Reading the export without the document gives a plan and a list, never a crash."""
        result = read_fhir(to_fhir(plan, lossless=False))
        assert plan.kind == result.plan.kind
        assert len(plan.goals) == len(result.plan.goals)


def _paths(value: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


class TestHostile:
    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(plans(valid=False), st.booleans(), st.data())
    def test_broken_resources(self, plan: Plan, lossless: bool, data: st.DataObject) -> None:
        """Whatever is broken in a resource, reading it gives a result or a PlanFormatError."""
        bundle: Any = to_fhir(plan, lossless=lossless)
        path = data.draw(st.sampled_from(list(_paths(bundle))))
        new: object = data.draw(
            st.sampled_from([None, 3, -1.5, True, "x", "", "2024-13", [], {}, [{}], {"a": []}])
        )
        if path:
            holder = bundle
            for part in path[:-1]:
                holder = holder[part]
            holder[path[-1]] = new
        else:
            bundle = new
        problems: tuple[tiltak.errors.Problem, ...] = ()
        try:
            result = read_fhir(bundle)
        except PlanFormatError as error:
            problems = error.problems
        else:
            assert isinstance(result.plan, Plan)
        assert all(isinstance(p, tiltak.errors.Problem) for p in problems)
        assert isinstance(check_fhir(bundle), list)

    def test_no_shared_objects(self, rich: Plan) -> None:
        """Changing one part of the bundle never changes another."""
        bundle = to_fhir(rich)
        _care_plan(bundle)["subject"]["display"] = "changed"
        assert {"display": "subject"} == _goals(bundle)[0]["subject"]
