"""The example plans validate as their sources warrant: only the seed's own faults show."""

from __future__ import annotations

import pytest

import tiltak
from tiltak import examples


class TestExamples:
    @pytest.mark.parametrize("name", examples.names())
    def test_no_errors(self, name: str) -> None:
        """Every example validates without an error."""
        report = tiltak.validate(examples.load(name))
        assert [str(f) for f in report.errors] == []

    @pytest.mark.parametrize("name", [n for n in examples.names() if n != "operational_plan"])
    def test_no_findings(self, name: str) -> None:
        """Every example but the virksomhetsplan gives no finding at all."""
        assert [str(f) for f in tiltak.validate(examples.load(name))] == []

    def test_operational_plan_shows_the_seed_faults(self) -> None:
        """The virksomhetsplan gives P011 for its 2016-2020 sections and P015 for TT 1.5/5.1."""
        plan = examples.load("operational_plan")
        report = tiltak.validate(plan)
        dated = report.by_code("P011")
        assert ["$.sections[0].period", "$.sections[1].period"] == [f.path for f in dated]
        [repeat] = report.by_code("P015")
        assert repeat.subject is not None
        assert (repeat.subject.kind, repeat.subject.id, repeat.params["other"]) == (
            "goal",
            "TT-5.1",
            "TT-1.5",
        )

    def test_operational_plan_report_is_short_and_names_the_faults(self) -> None:
        """In bokmål the report fits in 30 lines and names both seed faults by identifier."""
        name = "operational_plan"
        report = tiltak.validate(examples.load(name), as_of=examples.as_of(name))
        text = tiltak.to_text(report, locale="nb")
        lines = text.splitlines()
        assert len(lines) <= 30, text
        dated = next(i for i, line in enumerate(lines) if line.strip().startswith("P011"))
        outside = "Perioden, 2016 til 2020, går utenfor planperioden 2019 til 2023."
        assert outside in lines[dated]
        assert "Hvor: avsnitt 4, 5.2" in lines[dated + 1]
        repeat = next(i for i, line in enumerate(lines) if line.strip().startswith("P015"))
        assert "Målet gjentar teksten i mål TT-1.5." in lines[repeat]
        assert "Hvor: mål TT-5.1 «Ferdigstille ansettelsesprosessen.»" in lines[repeat + 1]
        assert "P014  Målet har ingen målbar målverdi. (84)" in text
        assert "og 79 til" in text

    def test_operational_plan_other_findings(self) -> None:
        """Besides the seed faults, only true warnings: goals without targets, no measures."""
        report = tiltak.validate(examples.load("operational_plan"))
        assert {"P004", "P011", "P014", "P015"} >= set(report.codes)
