"""The rule engine: options, custom rules, rule sets, ordering, capping, reports, many plans."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import tiltak
from tiltak import (
    Finding,
    Goal,
    Measure,
    Period,
    Plan,
    PlanInvalidError,
    PlanKind,
    Report,
    Severity,
    Subject,
    examples,
    rules,
)
from tiltak._i18n import NP_
from tiltak._rules import _engine
from tiltak.errors import RuleConfigError
from tiltak.rules import RuleContext

AS_OF = dt.date(2024, 6, 1)
ROOT = Path(__file__).resolve().parent.parent


def bare(kind: str = "action_plan", **kw: Any) -> Plan:
    """A plan with only what a test gives it."""
    return Plan(kind=kind, **kw)


class TestSeverity:
    def test_order(self) -> None:
        """Severities order info < warning < error."""
        assert sorted(Severity) == [Severity.INFO, Severity.WARNING, Severity.ERROR]

    def test_values(self) -> None:
        """The values are the lower-case names."""
        assert [s.value for s in Severity] == ["error", "warning", "info"]

    def test_comparison_with_other_types(self) -> None:
        """Comparing with a non-severity is a TypeError, not a silent answer."""
        with pytest.raises(TypeError):
            _ = Severity.ERROR < 1


class TestFinding:
    def test_message_renders_params(self) -> None:
        """The message is the template filled with the params."""
        finding = Finding(
            code="X1", severity="info", path="$", message_id="{n} left", params={"n": 3}
        )
        assert finding.message() == "3 left"
        assert finding.message(locale="en") == "3 left"

    def test_params_are_read_only(self) -> None:
        """The params cannot be changed after the fact."""
        finding = Finding(code="X1", severity="info", path="$", message_id="m", params={"n": 1})
        with pytest.raises(TypeError):
            finding.params["n"] = 2  # type: ignore[index]

    @pytest.mark.parametrize("value", [1.5, None, True, ["a"]])
    def test_params_hold_str_or_int(self, value: object) -> None:
        """A param that is neither str nor int is refused."""
        with pytest.raises(tiltak.errors.ModelTypeError):
            Finding(code="X1", severity="info", path="$", message_id="m", params={"v": value})

    def test_unknown_severity(self) -> None:
        """An unknown severity is a RuleConfigError naming the allowed values."""
        with pytest.raises(RuleConfigError, match="'error', 'warning', 'info'"):
            Finding(code="X1", severity="fatal", path="$", message_id="m")

    def test_equal_and_hashable(self) -> None:
        """Findings compare by value and can be put in a set."""
        one = Finding(code="X1", severity="info", path="$", message_id="m", params={"a": 1})
        two = Finding(code="X1", severity=Severity.INFO, path="$", message_id="m", params={"a": 1})
        assert one == two
        assert len({one, two}) == 1

    @pytest.mark.parametrize("severity", ["error", Severity.INFO])
    @pytest.mark.parametrize("plural", [False, True])
    def test_a_rule_context_builds_what_the_constructor_builds(
        self, severity: Severity | str, plural: bool
    ) -> None:
        """ctx.finding converts and checks as Finding(...) does, and knows its element."""
        ctx = RuleContext(kind=PlanKind.ACTION_PLAN, code="X1", severity=severity)  # type: ignore[arg-type]
        message: Any = NP_("{n} day", "{n} days", "n") if plural else "{n} left"
        built = ctx.finding("$.measures[0].title", message, n=2, day=dt.date(2024, 5, 1))
        expected = Finding(
            code="X1",
            severity=severity,
            path="$.measures[0].title",
            message_id=message.singular if plural else message,
            plural_id=message.plural if plural else None,
            count="n" if plural else None,
            params={"n": 2, "day": dt.date(2024, 5, 1)},
        )
        assert built == expected
        assert attrs.asdict(built, recurse=False) == attrs.asdict(expected, recurse=False)
        assert type(built.severity) is Severity
        with pytest.raises(tiltak.errors.ModelTypeError, match="params"):
            ctx.finding("$", "m", flag=True)

    def test_a_rule_context_checks_params_as_the_constructor_does(self) -> None:
        """Params of another type than str, int or a date are refused; subclasses are looked at."""

        class Code(str):
            pass

        ctx = RuleContext(kind=PlanKind.ACTION_PLAN, code="X1", severity=Severity.INFO)
        built = ctx.finding("$", "{code}", code=Code("M1"))
        assert built.params == {"code": "M1"}
        with pytest.raises(tiltak.errors.ModelTypeError, match="params"):
            ctx.finding("$", "{at}", at=dt.datetime(2024, 5, 1, 12))

    def test_every_builtin_message_renders(self) -> None:
        """Every finding of the built-in rules renders without a missing field."""
        plan = bare(
            goals=(Goal(id="G", text="a"), Goal(id="G", text="A!")),
            measures=(Measure(id="M", deadline="2020"),) * 2,
            period=Period(start="2021"),
        )
        for kind in PlanKind:
            report = tiltak.validate(attrs.evolve(plan, kind=kind), as_of=AS_OF)
            assert all(f.message() for f in report)


class TestPersonalData:
    def test_no_plan_text_in_findings(self) -> None:
        """No finding, message or error text repeats a name, contact or free text of the plan."""
        secret = "Hemmelig Person"
        person = tiltak.Responsible(name=secret, email=f"{secret}@x", phone=secret)
        plan = bare(
            title=secret,
            subject=Subject(name=secret, national_id=secret, email=secret, phone=secret),
            goals=(Goal(id="G", text=secret * 3), Goal(id="H", text=secret * 3)),
            measures=(Measure(id="M", title=secret, responsible=person, how=secret),) * 2,
            coordinator=person,
        )
        for kind in PlanKind:
            report = tiltak.validate(attrs.evolve(plan, kind=kind), as_of=AS_OF)
            texts = [str(f) + repr(f) + repr(dict(f.params)) for f in report]
            with pytest.raises(PlanInvalidError) as info:
                report.raise_for_errors()
            assert [] == [t for t in [*texts, str(info.value)] if "hemmelig" in t.casefold()]


def _report() -> Report:
    def make(code: str, severity: str, path: str) -> Finding:
        return Finding(code=code, severity=severity, path=path, message_id=code)

    return Report(
        findings=(
            make("P001", "error", "$.title"),
            make("P013", "info", "$.measures[2].responsible"),
            make("P019", "warning", "$.measures[2].responsible.email"),
            make("A003", "error", "$.measures[20].description"),
        )
    )


class TestReport:
    def test_iterable_and_sized(self) -> None:
        """A report iterates over its findings and has their number as length."""
        report = _report()
        assert len(report) == 4
        assert [f.code for f in report] == ["P001", "P013", "P019", "A003"]
        assert report[1].code == "P013"

    def test_severity_groups(self) -> None:
        """Errors, warnings and infos split the findings by severity."""
        report = _report()
        assert [f.code for f in report.errors] == ["P001", "A003"]
        assert [f.code for f in report.warnings] == ["P019"]
        assert [f.code for f in report.infos] == ["P013"]
        assert [f.code for f in report.at_least("warning")] == ["P001", "P019", "A003"]

    def test_ok(self) -> None:
        """A report is ok when no finding is an error."""
        assert not _report().ok
        assert _report().by_code("P013", "P019").ok
        assert Report().ok

    def test_by_code_takes_prefixes(self) -> None:
        """by_code keeps the findings whose code is or starts with one given."""
        assert [f.code for f in _report().by_code("P")] == ["P001", "P013", "P019"]
        assert [f.code for f in _report().by_code("P013", "A0")] == ["P013", "A003"]

    def test_under_stops_at_the_segment(self) -> None:
        """under keeps a path and what is inside it, not a sibling with a longer index."""
        assert [f.code for f in _report().under("$.measures[2]")] == ["P013", "P019"]
        assert [f.code for f in _report().under("$.measures")] == ["P013", "P019", "A003"]
        assert len(_report().under("$")) == 4

    def test_codes(self) -> None:
        """codes lists the distinct codes, sorted."""
        assert _report().codes == ("A003", "P001", "P013", "P019")

    def test_raise_for_errors(self) -> None:
        """raise_for_errors raises PlanInvalidError carrying the report, naming codes and paths."""
        report = _report()
        with pytest.raises(PlanInvalidError) as info:
            report.raise_for_errors()
        assert report is info.value.report
        assert isinstance(info.value, ValueError)
        assert "P001 @ $.title" in str(info.value)

    def test_raise_for_errors_when_ok(self) -> None:
        """raise_for_errors returns the report itself when it is ok."""
        report = _report().by_code("P013")
        assert report is report.raise_for_errors()

    def test_repr_holds_no_plan_text(self) -> None:
        """The repr gives counts only."""
        assert repr(_report()) == "<Report: 2 errors, 1 warning, 1 note>"


class TestValidateOptions:
    def test_select_and_ignore_by_prefix(self) -> None:
        """select keeps codes and prefixes, ignore drops them."""
        plan = bare()
        assert {"P001", "P002", "P003", "P004", "A009"} == set(
            tiltak.validate(plan, select=["P00", "A009"], ignore=["P005"]).codes
        ) - {"P012"}
        assert "A009" not in tiltak.validate(plan, ignore="A").codes
        assert tiltak.validate(plan, select="P001").codes == ("P001",)

    @pytest.mark.parametrize(
        "options",
        [
            {"select": ["Q"]},
            {"ignore": ["P999"]},
            {"severity": {"P999": "error"}},
            {"severity": {"P014": "fatal"}},
            {"select": [""]},
            {"select": [1]},
            {"severity": ["P014"]},
            {"rules": [42]},
            {"rules": "P001"},
        ],
    )
    def test_bad_options_raise(self, options: dict[str, Any]) -> None:
        """An unknown code, prefix or severity, or a malformed rule, is a RuleConfigError."""
        with pytest.raises(RuleConfigError):
            tiltak.validate(bare(), **options)

    def test_regrade(self) -> None:
        """severity re-grades a rule, from an enum member or its value."""
        plan = bare(goals=(Goal(id="G"),))
        assert [
            f.severity for f in tiltak.validate(plan, select="P014", severity={"P014": "error"})
        ] == [Severity.ERROR]
        assert [
            f.severity
            for f in tiltak.validate(plan, select="P014", severity={"P014": Severity.INFO})
        ] == [Severity.INFO]

    def test_kind_default_severity(self) -> None:
        """P014 is a warning for an action plan and advice for an individuell plan."""
        plan = bare(goals=(Goal(id="G"),))
        assert tiltak.validate(plan, select="P014")[0].severity == Severity.WARNING
        individual = attrs.evolve(plan, kind=PlanKind.INDIVIDUAL_PLAN)
        assert tiltak.validate(individual, select="P014")[0].severity == Severity.INFO

    def test_plan_must_be_a_plan(self) -> None:
        """Validating something that is not a Plan is a ModelTypeError."""
        with pytest.raises(tiltak.errors.ModelTypeError):
            tiltak.validate({"kind": "action_plan"})  # type: ignore[arg-type]

    def test_as_of_must_be_a_date(self) -> None:
        """as_of is a date or an ISO day, not a datetime, a month or another spelling."""
        with pytest.raises(tiltak.errors.ModelTypeError):
            tiltak.validate(bare(), as_of=dt.datetime(2024, 1, 1))
        for wrong in ("2024-01", "1.1.2024"):
            with pytest.raises(tiltak.errors.ModelError, match="as_of must be"):
                tiltak.validate(bare(), as_of=wrong)

    def test_as_of_as_iso_text(self) -> None:
        """An ISO day is read as the constructors read one, for one plan and for many."""
        plan = bare(measures=(Measure(id="M", deadline="2000"),))
        assert tiltak.validate(plan, as_of=dt.date(2024, 1, 1)) == tiltak.validate(
            plan, as_of="2024-01-01"
        )
        assert dt.date(2024, 1, 1) == tiltak.validate_many([plan], as_of="2024-01-01").across.as_of
        assert tiltak.is_valid(plan, as_of="2024-01-01") is tiltak.is_valid(
            plan, as_of=dt.date(2024, 1, 1)
        )

    def test_as_of_gates_rules(self) -> None:
        """P016, P017, G008, O011, F001 and F002 run only with as_of; never from the wall clock."""
        plan = bare(measures=(Measure(id="M", deadline="2000"),))
        assert tiltak.validate(plan, select="P016").codes == ()
        assert tiltak.validate(plan, select="P016", as_of=AS_OF).codes == ("P016",)
        needing = {r.code for r in rules.all_rules() if r.needs_as_of}
        assert {"P016", "P017", "G008", "O011", "F001", "F002"} == needing

    def test_report_keeps_as_of(self) -> None:
        """The report says which date the as-of rules ran against."""
        assert tiltak.validate(bare(), as_of=AS_OF).as_of == AS_OF
        assert tiltak.validate(bare()).as_of is None

    def test_is_valid(self) -> None:
        """is_valid answers whether there are no errors, with the same options."""
        assert not tiltak.is_valid(bare())
        assert tiltak.is_valid(bare(), select=["A009"])
        assert tiltak.is_valid(bare(title="T"), select="P001")


def _owner_rule(plan: Plan, context: RuleContext) -> Iterator[Finding]:
    if plan.owner is None:
        yield context.finding("$.owner", "The plan names no owner.")


@attrs.frozen
class OwnerObject:
    """A rule object in the integrator's own shape."""

    code: str = "X100"
    severity: str = "error"
    kinds: tuple[str, ...] = ("action_plan",)

    def check(self, plan: Plan, context: RuleContext) -> Iterator[Finding]:
        if plan.owner is None:
            yield context.finding("$.owner", "No owner.")


def _function_rule(plan: Plan, context: RuleContext) -> Iterator[Finding]:
    yield Finding(code="X200", severity="info", path="$.title", message_id="Look at the title.")


class TestCustomRules:
    def test_rule_object(self) -> None:
        """A tiltak.rules.Rule added with rules= runs, with its code and severity."""
        owner = rules.Rule(code="X001", severity="warning", title="Owner", check=_owner_rule)
        report = tiltak.validate(bare(), rules=[owner], select="X")
        assert [(f.code, f.severity, f.path) for f in report] == [
            ("X001", Severity.WARNING, "$.owner")
        ]

    def test_plain_object_with_kinds(self) -> None:
        """An object with code, severity, kinds and check runs only on its kinds."""
        assert tiltak.validate(bare(), rules=[OwnerObject()], select="X").codes == ("X100",)
        other = bare("individual_plan")
        assert tiltak.validate(other, rules=[OwnerObject()], select="X").codes == ()

    def test_function(self) -> None:
        """A plain function yields its own findings, and can be re-graded by code."""
        report = tiltak.validate(bare(), rules=[_function_rule], ignore="P")
        assert report.by_code("X").codes == ("X200",)
        assert report.by_code("X")[0].severity == Severity.INFO

    def test_rule_with_a_builtin_code_replaces_it(self) -> None:
        """A rule given with the code of a built-in rule runs instead of it."""
        mine = tiltak.rules.Rule(code="P001", severity="info", title="Title", check=_owner_rule)
        report = tiltak.validate(bare(), rules=[mine], select="P001")
        assert [("P001", Severity.INFO, "$.owner")] == [
            (f.code, f.severity, f.path) for f in report
        ]

    def test_function_findings_filtered_by_select(self) -> None:
        """select drops a function's findings whose code it does not keep."""
        report = tiltak.validate(bare(), rules=[_function_rule], select="P001")
        assert report.codes == ("P001",)

    def test_rule_giving_a_non_finding(self) -> None:
        """A rule that yields something else than a Finding is a RuleConfigError."""

        def broken(plan: Plan, context: RuleContext) -> Iterator[Any]:
            yield "oops"

        with pytest.raises(RuleConfigError, match=r"not a tiltak\.Finding"):
            tiltak.validate(bare(), rules=[broken])

    def test_context_carries_kind_and_as_of(self) -> None:
        """The context tells the rule the plan's kind, as_of and its resolved severity."""
        seen: list[RuleContext] = []

        def spy(plan: Plan, context: RuleContext) -> Iterator[Finding]:
            seen.append(context)
            return iter(())

        rule = tiltak.rules.Rule(code="X9", severity="info", title="spy", check=spy)
        tiltak.validate(bare(), as_of=AS_OF, rules=[rule], severity={"X9": "error"})
        assert (
            seen[0].kind,
            seen[0].as_of,
            seen[0].code,
            seen[0].severity,
        ) == (PlanKind.ACTION_PLAN, AS_OF, "X9", Severity.ERROR)
        assert seen[0].severities["P001"] == Severity.ERROR

    def test_bad_rule_code(self) -> None:
        """A rule code must be a short identifier."""
        with pytest.raises(RuleConfigError):
            tiltak.rules.Rule(code="no spaces", severity="info", title="t", check=_owner_rule)


class MutableOwner:
    """A rule object whose severity its owner changes between calls."""

    code = "X300"
    kinds = ("action_plan",)

    def __init__(self) -> None:
        self.severity = "info"

    def check(self, plan: Plan, context: RuleContext) -> Iterator[Finding]:
        yield context.finding("$.owner", "No owner.")


class TestConfigurations:
    def test_the_same_options_build_once(self) -> None:
        """A rule set with the same options is configured once, and answers alike."""
        ruleset = rules.default()
        first = _engine._Config.build(
            ruleset, select=["P"], ignore="P013", severity={"P014": "error"}, rules=None
        )
        again = _engine._Config.build(
            ruleset, select=("P",), ignore=["P013"], severity={"P014": "error"}, rules=None
        )
        other = _engine._Config.build(
            ruleset, select=["P"], ignore="P013", severity={"P014": "info"}, rules=None
        )
        assert first is again
        assert other is not first
        plan = examples.load("operational_plan")
        options: dict[str, Any] = {
            "select": ["P"],
            "ignore": "P013",
            "severity": {"P014": "error"},
        }
        assert tiltak.validate(plan, **options) == tiltak.validate(plan, **options)
        assert {f.severity for f in tiltak.validate(plan, **options) if f.code == "P014"} == {
            Severity.ERROR
        }

    def test_a_changing_rule_object_is_read_each_call(self) -> None:
        """A set holding a rule object of one's own is adapted anew: its changes are seen."""
        owner = MutableOwner()
        ruleset = rules.RuleSet(rules=[owner])
        before = ruleset.validate(bare(), select="X")
        owner.severity = "error"
        after = ruleset.validate(bare(), select="X")
        assert [f.severity.value for f in (*before, *after)] == ["info", "error"]

    def test_a_function_with_rule_attributes_is_read_each_call(self) -> None:
        """A function made a rule object by its attributes may change them too."""

        def owner(plan: Plan, context: RuleContext) -> Iterator[Finding]:
            yield context.finding("$.owner", "No owner.")

        owner.code = "X400"  # type: ignore[attr-defined]
        owner.check = owner  # type: ignore[attr-defined]
        owner.severity = "warning"  # type: ignore[attr-defined]
        ruleset = rules.RuleSet(rules=[owner])
        before = ruleset.validate(bare())
        owner.severity = "error"  # type: ignore[attr-defined]
        after = ruleset.validate(bare())
        assert [f.severity.value for f in (*before, *after)] == ["warning", "error"]

    @pytest.mark.parametrize(
        ("options", "message"),
        [
            ({"severity": 5, "rules": 5}, "rules= takes"),
            ({"ignore": [1], "rules": [object()]}, "a rule must be"),
            ({"select": ["ZZZ"], "severity": 5}, "no rule has the code or prefix 'ZZZ'"),
            ({"select": ["P"], "severity": 5}, "severity= takes a mapping"),
            ({"select": [3]}, "select: codes and prefixes"),
        ],
    )
    def test_the_first_problem_of_the_options_is_named(
        self, options: dict[str, Any], message: str
    ) -> None:
        """Options are checked in one order, kept or not: rules, then selectors, then grades."""
        for _ in range(2):
            with pytest.raises(RuleConfigError, match=re.escape(message)):
                tiltak.validate(bare(), **options)

    def test_kept_configurations_are_few(self) -> None:
        """However many option sets a program uses, few configurations are kept."""
        ruleset = rules.default()
        codes = ruleset.codes
        for code in codes[:100]:
            _engine._Config.build(ruleset, select=code, ignore=None, severity=None, rules=None)
        assert len(_engine._BUILT) <= _engine._BUILT_MOST < 100


class TestRuleSet:
    def test_default_has_every_rule(self) -> None:
        """The default set holds every built-in rule, named tiltak."""
        default = rules.default()
        assert ("tiltak", len(rules.all_rules())) == (default.name, len(default))

    def test_compose(self) -> None:
        """Sets combine by union and minus, and select or ignore by code or prefix."""
        owner = rules.Rule(code="X001", severity="warning", title="Owner", check=_owner_rule)
        mine = (rules.default() | [owner]).named("Bygdeby") - ["P013"]
        assert "X001" in mine
        assert "P013" not in mine
        assert mine.select("P00").select("P001", "P002").codes == ("P001", "P002")
        assert "A" not in "".join(mine.ignore("A").codes)
        assert mine.name == "Bygdeby"

    def test_union_replaces_by_code(self) -> None:
        """A rule of the right-hand set replaces the left's rule with the same code."""
        stricter = attrs.evolve(rules.get("P013"), severity=Severity.ERROR)
        combined = rules.default() | tiltak.rules.RuleSet(rules=[stricter])
        assert combined.get("P013").severity == Severity.ERROR
        assert len(rules.default()) == len(combined)

    def test_regrade(self) -> None:
        """regrade gives rules a new default severity for every kind."""
        graded = rules.default().regrade({"P004": "info"})
        plan = bare("operational_plan")
        assert [f.severity for f in graded.validate(plan, select="P004")] == [Severity.INFO]
        with pytest.raises(RuleConfigError):
            rules.default().regrade({"Z1": "info"})

    def test_for_kind(self) -> None:
        """A kind's set is the common rules and the follow-up cycle's, plus its own."""
        codes = rules.default().for_kind("coordinated_plan").codes
        assert {c[0] for c in codes} == {"P", "F", "S"}
        assert "F001" not in codes  # a virksomhetsplan's rule
        assert [r.code for r in rules.for_kind(PlanKind.COORDINATED_PLAN)] == list(codes)

    def test_validate_with_set(self) -> None:
        """A set validates with only its rules."""
        report = rules.default().select("A").validate(bare())
        assert {c[0] for c in report.codes} == {"A"}

    def test_get_unknown(self) -> None:
        """Asking a set or the catalogue for an unknown code is a RuleConfigError."""
        with pytest.raises(RuleConfigError):
            rules.default().get("Z9")
        with pytest.raises(RuleConfigError):
            rules.get("Z9")


CATALOGUE = {
    "P001": "E", "P002": "E", "P003": "E", "P004": "E", "P005": "E", "P006": "E",
    "P007": "E", "P008": "E", "P009": "W", "P010": "W", "P011": "W", "P012": "E",
    "P013": "I", "P014": "W", "P015": "W", "P016": "W", "P017": "W", "P018": "I",
    "P019": "W", "P020": "E", "P021": "W",
    "F001": "W", "F002": "W",
    "A001": "W", "A002": "W", "A003": "W", "A004": "E", "A005": "W", "A006": "W",
    "A007": "I", "A008": "W", "A009": "I", "A010": "W",
    "G001": "E", "G002": "E", "G003": "E", "G004": "E", "G005": "E", "G006": "W",
    "G007": "W", "G008": "W",
    "I001": "E", "I002": "E", "I003": "E", "I004": "E", "I005": "E", "I006": "E",
    "I007": "E", "I008": "E", "I009": "E", "I010": "W", "I011": "E", "I012": "E",
    "I013": "W", "I014": "E", "I015": "I",
    "S001": "E", "S002": "E", "S003": "E", "S004": "E",
    "V001": "E", "V002": "E", "V003": "W", "V004": "W", "V005": "W",
    "O001": "E", "O002": "E", "O003": "E", "O004": "E", "O005": "W", "O006": "E",
    "O007": "E", "O008": "W", "O009": "E", "O010": "I", "O011": "W",
    "R001": "E", "R002": "E", "R003": "E", "R004": "E", "R005": "E",
}  # fmt: skip

_LETTER = {"E": Severity.ERROR, "W": Severity.WARNING, "I": Severity.INFO}
_KIND_OF = {
    "A": PlanKind.ACTION_PLAN,
    "G": PlanKind.IMPLEMENTATION_PLAN,
    "I": PlanKind.INDIVIDUAL_PLAN,
    "S": PlanKind.COORDINATED_PLAN,
    "V": PlanKind.OPERATIONAL_PLAN,
    "O": PlanKind.RETURN_TO_WORK_PLAN,
    "R": PlanKind.RESULTS_PLAN,
    "F": PlanKind.OPERATIONAL_PLAN,
}


class TestCatalogueData:
    def test_rules_module_on_attribute_access(self) -> None:
        """tiltak.rules is reachable after a plain import tiltak."""
        import subprocess
        import sys

        code = (
            "import sys, tiltak; assert 'tiltak.rules' not in sys.modules; "
            "print(len(tiltak.rules.all_rules()))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        assert str(len(rules.all_rules())) == out.strip()

    def test_codes_and_severities(self) -> None:
        """The built-in rules are exactly the catalogue's, with its default severities."""
        assert {r.code: r.severity.name[0] for r in rules.all_rules()} == CATALOGUE

    def test_kinds(self) -> None:
        """Common rules and F002 apply to every kind; the others to their own kind only."""
        for rule in rules.all_rules():
            expected = (
                frozenset(PlanKind)
                if rule.code[0] == "P" or rule.code == "F002"
                else frozenset({_KIND_OF[rule.code[0]]})
            )
            assert (rule.code, expected) == (rule.code, rule.kinds)

    def test_kind_severities(self) -> None:
        """P004 and P008 are warnings for an operational plan; P014 advice for user goals."""
        assert rules.get("P004").severity_for(PlanKind.OPERATIONAL_PLAN) == Severity.WARNING
        assert rules.get("P008").severity_for(PlanKind.OPERATIONAL_PLAN) == Severity.WARNING
        assert rules.get("P014").severity_for(PlanKind.INDIVIDUAL_PLAN) == Severity.INFO
        assert rules.get("P014").severity_for(PlanKind.COORDINATED_PLAN) == Severity.INFO
        assert rules.get("P014").severity_for(PlanKind.ACTION_PLAN) == Severity.WARNING

    def test_severities_follow_the_sources_words(self) -> None:
        """A source's 'skal'/'ska' is an error, its 'bør'/'gärna' a warning."""
        assert rules.get("P003").severity_for(PlanKind.ACTION_PLAN) == Severity.WARNING
        assert rules.get("P003").severity_for(PlanKind.IMPLEMENTATION_PLAN) == Severity.ERROR
        assert rules.get("P003").severity_for(PlanKind.INDIVIDUAL_PLAN) == Severity.ERROR
        assert rules.get("A003").severity == Severity.WARNING
        for code in ("I006", "I009", "S004", "O006", "O007"):
            assert (code, rules.get(code).severity) == (code, Severity.ERROR)
        assert rules.get("O005").severity == Severity.WARNING

    def test_every_rule_is_documented(self) -> None:
        """Every rule has a title, a source and a rationale."""
        assert [
            r.code for r in rules.all_rules() if not (r.title and r.source and r.rationale)
        ] == []

    def test_every_rule_quotes_its_source(self) -> None:
        """Every rule has a source and the source's own quoted words.

        Only a rule marked as good practice or as tiltak's own check of the data may go
        without words, and then it is no error unless it checks the data itself.
        """
        unquoted = [
            r.code
            for r in rules.all_rules()
            if not r.source
            or not (r.quote or r.source.startswith(("good practice", "tiltak")))
            or (r.quote and "«" not in r.quote)
        ]
        assert unquoted == []
        good_practice_errors = [
            r.code
            for r in rules.all_rules()
            if not r.quote
            and r.source.startswith("good practice")
            and Severity.ERROR in (r.severity, *r.kind_severity.values())
        ]
        assert good_practice_errors == []

    def test_docs_page_quotes_every_rule(self) -> None:
        """The page gives each rule's source and words in a column of their own."""
        page = rules.markdown()
        assert "| source | source's words |" in page
        for rule in rules.all_rules():
            line = next(x for x in page.splitlines() if x.startswith(f"| {rule.code} |"))
            assert rule.quote.replace("|", "\\|") in line, rule.code
            assert rule.quote or "— (" in line, rule.code

    def test_docs_page_is_generated(self) -> None:
        """docs/rules.md is what docs/_generate_rules.py writes today."""
        page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
        assert rules.markdown() == page, "run: python docs/_generate_rules.py"

    def test_docs_page_lists_every_rule(self) -> None:
        """Every code appears in the page."""
        page = rules.markdown()
        assert [r.code for r in rules.all_rules() if f"| {r.code} |" not in page] == []


class TestOrder:
    def test_document_order(self) -> None:
        """Findings follow the plan's field order, then items by index, then code."""
        plan = bare(
            title=None,
            measures=(
                Measure(id="M"),
                Measure(id="M", description="d"),
                *(Measure(id=f"N{i}") for i in range(11)),
            ),
        )
        report = tiltak.validate(plan, select=["P001", "P005", "P007", "A003"])
        assert [(f.code, f.path) for f in report][:6] == [
            ("P001", "$.title"),
            ("A003", "$.measures[0].description"),
            ("P007", "$.measures[0].responsible"),
            ("P005", "$.measures[1].id"),
            ("P007", "$.measures[1].responsible"),
            ("A003", "$.measures[2].description"),
        ]
        paths = [f.path for f in report]
        assert paths.index("$.measures[9].description") < paths.index("$.measures[10].description")

    def test_stable(self) -> None:
        """The same plan gives the same findings in the same order, every time."""
        plan = bare(goals=(Goal(id="a"), Goal(id="a")), measures=(Measure(id="m"),) * 3)
        first = list(tiltak.validate(plan, as_of=AS_OF))
        assert first == list(tiltak.validate(attrs.evolve(plan), as_of=AS_OF))


class TestCapping:
    def test_many_findings_of_one_rule(self) -> None:
        """One rule gives at most 100 findings on a plan, then one summary with the count."""
        plan = bare(measures=[Measure(id="same")] * 20_000)
        report = tiltak.validate(plan, select="P005")
        assert len(report) == 101
        summary = report[-1]
        assert (summary.code, summary.path, summary.params["count"]) == ("P005", "$", 19_999 - 100)
        assert summary.message() == "19899 more findings of rule P005 were left out."
        assert summary.severity == Severity.ERROR

    def test_summary_follows_the_kept_findings(self) -> None:
        """The summary sorts right after the last finding it follows, not at the top."""
        plan = bare(title=None, measures=[Measure(id="same")] * 300)
        report = tiltak.validate(plan, select=["P001", "P005"])
        assert ["P001", *["P005"] * 101] == [f.code for f in report]
        assert report[-2].path == "$.measures[100].id"


class TestRepeats:
    def test_fold(self) -> None:
        """Folding drops case, punctuation and extra space."""
        assert rules.fold(" Ferdigstille  HOL-samarbeidet. ") == "ferdigstille hol samarbeidet"

    def test_seed_goals(self) -> None:
        """Seed 004's TT 1.5 and TT 5.1 repeat: one begins with the whole of the other."""
        plan = bare(
            "operational_plan",
            goals=(
                Goal(id="TT 1.5", text="Ferdigstille ansettelsesprosessen og beholde kompetanse."),
                Goal(id="TT 2.1", text="Videreutvikle HOL-samarbeidet"),
                Goal(id="TT 5.1", text="Ferdigstille ansettelsesprosessen."),
            ),
        )
        report = tiltak.validate(plan, select="P015")
        assert [(f.path, f.params["other"]) for f in report] == [("$.goals[2].text", "TT 1.5")]
        assert report[0].message(locale="nb") == "Målet gjentar teksten i mål TT 1.5."
        assert report[0].where(locale="nb") == "mål TT 5.1 «Ferdigstille ansettelsesprosessen.»"

    def test_longest_prefix_is_found_past_a_sibling(self) -> None:
        """A prefix is found even when another text sorts between it and its extension."""
        base = "Kartlegge bruken av velferdsteknologi"
        texts = [base, base + "ske midler internt", base + " i avdelingene"]
        plan = bare(goals=tuple(Goal(id=str(i), text=t) for i, t in enumerate(texts)))
        report = tiltak.validate(plan, select="P015")
        assert [f.path for f in report] == ["$.goals[1].text", "$.goals[2].text"]

    def test_large_plan(self) -> None:
        """Fifty thousand distinct measures and one repeat give exactly one finding."""
        measures = [
            Measure(id=f"M{i}", title=f"Measure number {i} of the plan") for i in range(50_000)
        ]
        measures.append(Measure(id="last", title="MEASURE number 7 of the plan!"))
        report = tiltak.validate(bare(measures=measures), select="P015")
        assert [(f.path, f.params["other"]) for f in report] == [("$.measures[50000].title", "M7")]


class TestContactPatterns:
    @pytest.mark.parametrize(
        "phone",
        ["+47 22 33 44 55", "22334455", "0047 22 33 44 55", "+46 70-123 45 67",
         "08-123 456 78", "+46 (0)70 123 45 67", "112 13"],
    )  # fmt: skip
    def test_good_phone(self, phone: str) -> None:
        """Nordic numbers with spaces, hyphens and country codes are well formed."""
        assert rules.phone_ok(phone)

    @pytest.mark.parametrize(
        "phone", ["ring meg", "1234", "+47 22 33 44 55 66 77 88 99", "22-33x"]
    )
    def test_bad_phone(self, phone: str) -> None:
        """Letters, too few or too many digits are malformed."""
        assert not rules.phone_ok(phone)

    @pytest.mark.parametrize("email", ["kari@kommune.no", "a.b+c@sub.region.se"])
    def test_good_email(self, email: str) -> None:
        """local@domain.tld is well formed."""
        assert rules.email_ok(email)

    @pytest.mark.parametrize("email", ["kari", "kari@kommune", "a b@c.no", "a@@b.no", "@b.no"])
    def test_bad_email(self, email: str) -> None:
        """Without one @, a dotted domain, or with spaces, it is malformed."""
        assert not rules.email_ok(email)


def _individual(national_id: str | None, **kw: Any) -> Plan:
    return bare(
        "individual_plan",
        subject=Subject(national_id=national_id) if national_id is not None else None,
        **kw,
    )


class TestValidateMany:
    def test_one_person_two_active_plans(self) -> None:
        """A second active individuell plan for the same person is an I011 error."""
        plans = [
            _individual("010100 12345", status="active"),
            bare(),
            _individual("01010012345", status="active"),
        ]
        result = tiltak.validate_many(plans)
        assert [(f.code, f.severity, f.path, f.params["first"]) for f in result.across] == [
            ("I011", Severity.ERROR, "$[2]", "#1")
        ]
        assert len(result) == 3
        assert not result.ok
        assert [r.codes for r in result] == [tiltak.validate(p).codes for p in plans]

    def test_passes(self) -> None:
        """Different people, closed plans, other kinds and plans without an id pass."""
        plans = [
            _individual("1", status="active"),
            _individual("2", status="active"),
            _individual("1", status="completed"),
            _individual("1", status="draft"),
            attrs.evolve(_individual("1", status="active"), kind=PlanKind.COORDINATED_PLAN),
            _individual(None, status="active"),
            _individual(None, status="active"),
        ]
        assert list(tiltak.validate_many(plans).across) == []

    def test_active_by_period(self) -> None:
        """Without a status, a plan is active when as_of falls in its period."""
        old = _individual("1", period=Period(start="2020", end="2022"))
        new = _individual("1", period=Period(start="2024", end="2026"))
        assert list(tiltak.validate_many([old, new], as_of=AS_OF).across) == []
        assert [f.path for f in tiltak.validate_many([old, new]).across] == ["$[1]"]

    def test_options_apply(self) -> None:
        """select, ignore and severity apply to the cross-plan rule too."""
        plans = [_individual("1"), _individual("1")]
        assert list(tiltak.validate_many(plans, ignore="I011").across) == []
        graded = tiltak.validate_many(plans, severity={"I011": "warning"}, select="I011")
        assert [f.severity for f in graded.across] == [Severity.WARNING]
        assert graded.ok

    def test_capped(self) -> None:
        """Many plans for one person give at most 100 findings and one summary."""
        plans = [_individual("1", status="active")] * 500
        across = tiltak.validate_many(plans, select="I011").across
        assert len(across) == 101
        assert (across[-1].path, across[-1].params["count"]) == ("$", 399)

    def test_not_a_plan(self) -> None:
        """validate_many checks each item is a Plan."""
        with pytest.raises(tiltak.errors.ModelTypeError):
            tiltak.validate_many([bare(), "plan"])  # type: ignore[list-item]


class TestDoctests:
    @pytest.mark.parametrize(
        "module",
        ["tiltak._report", "tiltak.rules", "tiltak._validate", "tiltak._rules._sets",
         "tiltak._rules.common"],
    )  # fmt: skip
    def test_examples(self, module: str) -> None:
        """The examples in the docstrings run as written."""
        result = doctest.testmod(importlib.import_module(module))
        assert (result.failed, result.attempted > 0) == (0, True)


class TestDocsPage:
    def test_examples_run(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The code in docs/validation.md runs as written, block after block."""
        import re

        text = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8")
        blocks = re.findall(r"```python\n(.*?)```", text, re.S)
        namespace: dict[str, Any] = {}
        for block in blocks:
            exec(compile(block, "docs/validation.md", "exec"), namespace)
        assert len(blocks) == 4
        assert capsys.readouterr().out.startswith("P002 $.period The plan has no period.")


class TestPluralMessages:
    @pytest.mark.parametrize(
        ("days", "locale", "expected"),
        [
            (1, "en", "1 day ago"),
            (4, "en", "4 days ago"),
            (1, "nb", "for 1 dag siden"),
            (4, "nb", "for 4 dager siden"),
            (1, "nn", "for 1 dag sidan"),
            (4, "nn", "for 4 dagar sidan"),
            (1, "sv", "för 1 dag sedan"),
            (4, "sv", "för 4 dagar sedan"),
        ],
    )
    def test_counted_message_takes_the_right_form(
        self, days: int, locale: str, expected: str
    ) -> None:
        """A message that counts days uses the singular for one and the plural otherwise."""
        plan = Plan(kind="action_plan", measures=[Measure(id="1", deadline="2024-01-01")])
        as_of = dt.date(2024, 1, 1) + dt.timedelta(days=days)
        [finding] = tiltak.validate(plan, as_of=as_of, select=["P016"])
        assert expected in finding.message(locale=locale)
