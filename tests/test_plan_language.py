"""A plan states its own language, and text about the plan defaults to it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import attrs
import pytest

import tiltak
from tiltak import Language, Plan, PlanKind, examples
from tiltak._cli import main

SWEDISH = attrs.evolve(examples.load("action_plan_bra"), language="sv")


class TestModel:
    def test_optional(self) -> None:
        """A plan need not state a language."""
        assert Plan(kind=PlanKind.ACTION_PLAN).language is None

    @pytest.mark.parametrize(
        ("given", "expected"),
        [("sv", Language.SV), ("nb-NO", Language.NB), ("nn_NO", Language.NN), ("no", Language.NB)],
    )
    def test_codes(self, given: str, expected: Language) -> None:
        """The constructor takes the member or a language code, with a region or not."""
        assert expected == Plan(kind="action_plan", language=given).language

    def test_unknown(self) -> None:
        """A language tiltak does not speak is a ModelError naming the ones a plan can state."""
        with pytest.raises(tiltak.errors.ModelError, match="'nb', 'nn', 'sv', 'en'"):
            Plan(kind="action_plan", language="de")

    def test_examples_state_theirs(self) -> None:
        """Each example states the language it is written in."""
        for name in examples.names():
            language = examples.load(name).language
            assert language is not None
            assert examples.language(name) == language.value


class TestFormat:
    def test_round_trip(self) -> None:
        """The language is written after the status and read back."""
        plan = Plan(kind="action_plan", status="active", language="nn")
        text = tiltak.dumps(plan)
        assert '"status":"active","language":"nn"' in text
        assert plan == tiltak.loads(text) == tiltak.from_dict(json.loads(text))

    def test_unknown_is_a_problem(self) -> None:
        """An unknown language is a problem at its path, rendered in each locale."""
        with pytest.raises(tiltak.PlanFormatError) as info:
            tiltak.loads('{"format": "tiltak/1", "kind": "action_plan", "language": "de"}')
        (problem,) = info.value.problems
        assert "$.language" == problem.path
        assert "expected one of 'nb', 'nn', 'sv', 'en'" == problem.message()
        assert "forventet en av 'nb', 'nn', 'sv', 'en'" == problem.message("nb")

    def test_schema(self) -> None:
        """The JSON Schema lists the languages."""
        schema = tiltak.json_schema()
        assert ["nb", "nn", "sv", "en"] == schema["$defs"]["Language"]["enum"]


class TestDefaults:
    def test_render(self) -> None:
        """Without a locale, a plan is rendered in its own language, whatever the context."""
        with tiltak.i18n.use_locale("nb"):
            text = tiltak.to_text(SWEDISH)
            markdown = tiltak.to_markdown(SWEDISH)
        assert tiltak.to_text(SWEDISH, locale="sv") == text
        assert tiltak.to_markdown(SWEDISH, locale="sv") == markdown
        assert tiltak.to_text(SWEDISH, locale="en") != text

    def test_no_language_follows_the_context(self) -> None:
        """A plan without a language follows use_locale, and English outside one."""
        plan = attrs.evolve(SWEDISH, language=None)
        with tiltak.i18n.use_locale("nn"):
            assert tiltak.to_text(plan, locale="nn") == tiltak.to_text(plan)
        assert tiltak.to_text(plan, locale="en") == tiltak.to_text(plan)

    def test_summary(self) -> None:
        """A summary remembers the plan's language and is shown in it."""
        summary = tiltak.summarise(SWEDISH, as_of=examples.as_of("action_plan_bra"))
        assert Language.SV == summary.language
        assert tiltak.to_text(summary, locale="sv") == tiltak.to_text(summary)

    def test_ical(self) -> None:
        """The calendar's summaries are in the plan's language without a locale."""
        pytest.importorskip("icalendar")
        assert tiltak.exports.to_ical(SWEDISH, locale="sv") == tiltak.exports.to_ical(SWEDISH)

    def test_xlsx(self) -> None:
        """The workbook's sheets are named in the plan's language without a locale."""
        openpyxl = pytest.importorskip("openpyxl")
        out = io.BytesIO()
        tiltak.exports.to_xlsx(SWEDISH, out)
        out.seek(0)
        assert "Åtgärder" in openpyxl.load_workbook(out).sheetnames[0]


class TestFhir:
    def test_round_trip(self) -> None:
        """CarePlan.language carries the plan's language both ways."""
        from tiltak.fhir import from_fhir, read_fhir, to_fhir

        bundle = to_fhir(SWEDISH)
        care_plan = bundle["entry"][0]["resource"]
        assert "sv" == care_plan["language"]
        assert Language.SV == from_fhir(bundle).language
        other = {k: v for k, v in care_plan.items() if k != "extension"}
        other["language"] = "sv-SE"
        assert Language.SV == read_fhir(other).plan.language
        other["language"] = "de"
        result = read_fhir(other)
        assert result.plan.language is None
        assert "CarePlan.language" in {problem.path for problem in result.skipped}


class TestCommandLine:
    def test_render_in_the_plans_language(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """render shows a plan in its own language unless --locale is given."""
        monkeypatch.setenv("LANG", "nb_NO.UTF-8")
        path = tmp_path / "plan.json"
        path.write_text(tiltak.dumps(SWEDISH), encoding="utf-8")
        assert 0 == main(["render", str(path), "--to", "text"])
        assert tiltak.to_text(SWEDISH, locale="sv") + "\n" == capsys.readouterr().out
        assert 0 == main(["render", str(path), "--to", "text", "--locale", "en"])
        assert tiltak.to_text(SWEDISH, locale="en") + "\n" == capsys.readouterr().out
