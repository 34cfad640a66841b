"""No error, finding, repr or log line carries personal data beyond the allowed excerpt."""

import datetime as dt
import json
import logging
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import tiltak
import tiltak.examples
from tiltak import Plan, PlanFormatError, Report
from tiltak._elements import EXCERPT_MAX
from tiltak._redact import EXCERPT_LENGTH

MARKER = "SECRETMARKER"
# Longer than any allowed excerpt (of a personal value, or of a goal's or measure's own text
# naming it in a finding), so the marker can only show if a whole value leaks.
PADDED = "p" * (max(EXCERPT_LENGTH, EXCERPT_MAX) + 5) + MARKER
LOCALES = ("en", "nb", "nn", "sv")


def _plant(value: Any) -> Any:
    """``value`` with every text field but identifiers replaced by a padded marker."""
    if isinstance(value, tuple):
        return tuple(_plant(item) for item in value)
    if not attrs.has(type(value)) or type(value).__name__ in {"PartialDate", "Period"}:
        return value
    if type(value).__name__ == "Schedule":
        return value
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name)
        if field.name in {"id", "area", "parent", "principal", "goals", "causes"}:
            continue
        if isinstance(current, str) or (current is None and field.type in ("str | None",)):
            changes[field.name] = PADDED
        elif isinstance(current, tuple) and current and isinstance(current[0], str):
            changes[field.name] = tuple(PADDED for _ in current)
        else:
            changes[field.name] = _plant(current)
    return attrs.evolve(value, **changes)


def _marked_plans() -> Iterator[tuple[str, Plan]]:
    for name in tiltak.examples.names():
        yield name, _plant(tiltak.examples.load(name))


def _rendered(report: Report, locale: str) -> Iterator[str]:
    yield repr(report)
    for finding in report:
        yield repr(finding)
        yield str(finding)
        yield finding.message(locale=locale)
        yield finding.where(locale=locale)
    yield tiltak.to_text(report, locale=locale)


class TestFindings:
    @pytest.mark.parametrize(("name", "plan"), list(_marked_plans()))
    def test_no_marker_in_any_finding(self, name: str, plan: Plan) -> None:
        """Every finding on a plan full of markers, in every language, shows none of them."""
        assert PADDED in tiltak.dumps(plan)  # the marker really is in the plan
        report = tiltak.validate(plan, as_of=dt.date(2030, 1, 1))
        assert len(report) > 0
        for locale in LOCALES:
            for text in _rendered(report, locale):
                assert MARKER not in text

    @pytest.mark.parametrize(("name", "plan"), list(_marked_plans()))
    def test_no_marker_in_any_repr(self, name: str, plan: Plan) -> None:
        """The plan's repr and every part's repr shows no marker."""
        stack = [plan]
        while stack:
            value = stack.pop()
            if isinstance(value, tuple):
                stack.extend(value)
            elif attrs.has(type(value)):
                assert MARKER not in repr(value)
                stack.extend(getattr(value, f.name) for f in attrs.fields(type(value)))

    def test_bad_contact_details_are_not_echoed(self) -> None:
        """Malformed e-mails and phones (P019) and identity numbers (P020) are not repeated."""
        plan = tiltak.Plan(
            kind="individual_plan",
            subject=tiltak.Subject(national_id=MARKER, email=MARKER, phone=MARKER),
            coordinator=tiltak.Responsible(email=MARKER + "@", phone=MARKER),
        )
        report = tiltak.validate(plan)
        assert {"P019", "P020"} <= set(report.codes)
        for locale in LOCALES:
            assert not any(MARKER in text for text in _rendered(report, locale))


class TestReprs:
    def test_extensions_show_their_shape(self) -> None:
        """An integrator's extensions show how many keys they hold, as the plan's repr does."""
        plan = tiltak.loads(
            json.dumps(
                {
                    "format": "tiltak/1",
                    "kind": "action_plan",
                    "extensions": {"x-fnr": "01017012345", MARKER: {"x-name": MARKER}},
                }
            )
        )
        assert "FrozenDict(<2 keys>)" == repr(plan.extensions)
        assert "Plan(kind=action_plan, extensions=<2 keys>)" == repr(plan)
        for text in (repr(plan.extensions), str(plan.extensions), repr(plan)):
            assert "01017012345" not in text
            assert MARKER not in text

    def test_finding_params_show_their_shape(self) -> None:
        """A finding's params read as every other mapping in a repr: by their number."""
        finding = tiltak.Finding(
            code="P007",
            severity="error",
            path="$.measures[0]",
            message_id="Measure {measure} has no responsible.",
            params={"measure": "M1"},
        )
        assert "FrozenDict(<1 keys>)" == repr(finding.params)
        plain = tiltak.Finding(code="P001", severity="error", path="$", message_id="x")
        assert "FrozenDict(<0 keys>)" == repr(plain.params)

    def test_birth_date_is_hidden(self) -> None:
        """A birth date, the start of a national identity number, shows only as a date."""
        subject = tiltak.Subject(name="Kari", birth_date=dt.date(1970, 1, 1))
        assert "Subject(name=<str>, birth_date=<date>)" == repr(subject)
        plan = tiltak.Plan(kind="individual_plan", subject=subject)
        for text in (repr(subject), repr(plan)):
            assert "1970" not in text
            assert "010170" not in text


class TestFormatErrors:
    def test_values_in_wrong_places_are_not_echoed(self) -> None:
        """A marker where a date, an enum, a number or a bool belongs is never repeated."""
        document = json.loads(tiltak.dumps(tiltak.examples.load("individual_plan")))
        document["created"] = MARKER
        document["status"] = MARKER
        document["subject"]["birth_date"] = MARKER
        document["measures"][0]["order"] = MARKER
        document["measures"][0]["deadline"] = MARKER
        document["consent"]["given"] = MARKER
        document["period"] = {"start": MARKER}
        document["unknown"] = MARKER
        document["measures"][1]["responsible"]["name"] = [MARKER]
        with pytest.raises(PlanFormatError) as info:
            tiltak.from_dict(document)
        assert len(info.value.problems) >= 9
        assert MARKER not in str(info.value)
        assert MARKER not in repr(info.value)
        assert not any(MARKER in repr(problem) for problem in info.value.problems)

    def test_broken_json_is_not_echoed(self) -> None:
        """The text around a JSON syntax error is not quoted back."""
        with pytest.raises(PlanFormatError) as info:
            tiltak.loads('{"format": "tiltak/1", "kind": "action_plan", "title": "' + MARKER)
        assert MARKER not in str(info.value)

    def test_logging_an_error_and_a_report_is_safe(self, caplog: pytest.LogCaptureFixture) -> None:
        """Logging a PlanFormatError with its traceback, and a Report, leaks no marker."""
        logger = logging.getLogger("integrator")
        plan = _plant(tiltak.examples.load("return_to_work_plan"))
        with caplog.at_level(logging.INFO):
            try:
                tiltak.loads(json.dumps({"format": "tiltak/1", "kind": MARKER, "title": 3}))
            except PlanFormatError:
                logger.exception("could not load a plan")
            logger.info("report: %r", tiltak.validate(plan))
            logger.info("findings: %s", [str(f) for f in tiltak.validate(plan)])
        assert "could not load a plan" in caplog.text
        assert MARKER not in caplog.text
