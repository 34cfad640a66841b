"""Errors travel whole (pickle, copy, a process pool) and tell nothing personal."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

import pytest

import tiltak
from tiltak import Plan, PlanFormatError, PlanInvalidError, Schedule, TiltakError, from_dict, loads
from tiltak._cli._common import PlanFileError, UsageError
from tiltak.errors import (
    CatalogError,
    DateParseError,
    ModelError,
    ModelTypeError,
    Problem,
    RuleConfigError,
    UnknownLocaleError,
)
from tiltak.examples import UnknownExampleError
from tiltak.i18n import parse_date

FNR = "01017012345"
NAME = "Kari Nordmann-Testesen"
PHONE = "+47 912 34 567"
EMAIL = "kari@example.no"
SECRETS = (FNR, NAME, PHONE, EMAIL, "Kari", "Nordmann", "912", "example")


def _format_error() -> PlanFormatError:
    return PlanFormatError(
        [
            Problem(path="$.title", message_id="expected a string"),
            Problem(path="$", message_id="x"),
        ]
    )


def _invalid_error() -> PlanInvalidError:
    report = tiltak.validate(Plan(kind="individual_plan"))
    return PlanInvalidError(report)


ERRORS: dict[str, Callable[[], TiltakError]] = {
    "TiltakError": lambda: TiltakError("root"),
    "PlanFormatError": _format_error,
    "PlanInvalidError": _invalid_error,
    "RuleConfigError": lambda: RuleConfigError("a rule"),
    "ModelError": lambda: ModelError("a model"),
    "ModelTypeError": lambda: ModelTypeError("a type"),
    "UnknownLocaleError": lambda: UnknownLocaleError("a locale"),
    "CatalogError": lambda: CatalogError("a catalog"),
    "DateParseError": lambda: DateParseError("a date"),
    "UnknownExampleError": lambda: UnknownExampleError("nothing"),
    "UsageError": lambda: UsageError("the key file must hold at least {count} bytes", count=16),
    "PlanFileError": lambda: PlanFileError("plan.json", _format_error()),
}


def _same(a: BaseException, b: BaseException) -> None:
    assert type(a) is type(b)
    assert str(a) == str(b)
    assert a.args == b.args
    for name in ("problems", "report", "known", "name", "message_id", "params"):
        if hasattr(a, name):
            assert getattr(a, name) == getattr(b, name)
    if isinstance(a, PlanFileError):
        assert isinstance(b, PlanFileError)
        assert a.error.problems == b.error.problems


@pytest.mark.parametrize("make", ERRORS.values(), ids=ERRORS.keys())
class TestTravel:
    def test_pickle(self, make: Callable[[], TiltakError]) -> None:
        """Every tiltak error pickles with its attributes and message."""
        error = make()
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            _same(error, pickle.loads(pickle.dumps(error, protocol)))

    def test_copy(self, make: Callable[[], TiltakError]) -> None:
        """copy.copy and copy.deepcopy keep its attributes and message."""
        error = make()
        _same(error, copy.copy(error))
        _same(error, copy.deepcopy(error))

    def test_problems_stay_problems(self, make: Callable[[], TiltakError]) -> None:
        """A copied PlanFormatError has its problems, not one per character of its message."""
        error = make()
        if isinstance(error, PlanFormatError):
            assert 2 == len(copy.copy(error).problems)
            assert str(error).count("\n") == str(copy.copy(error)).count("\n")


def _raise_invalid() -> None:
    raise _invalid_error()


def _raise_format() -> None:
    loads('{"format": "tiltak/1", "kind": 3}')


@pytest.mark.parametrize("function", [_raise_invalid, _raise_format])
def test_through_a_process_pool(function: Callable[[], None]) -> None:
    """An error raised in a worker arrives in the parent as itself, not BrokenProcessPool."""
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(function)
        error = future.exception(timeout=120)
    assert isinstance(error, PlanInvalidError | PlanFormatError)
    if isinstance(error, PlanInvalidError):
        assert error.report.errors
    else:
        assert [("$.kind", "expected one of")] == [
            (p.path, p.message()[:15]) for p in error.problems
        ]


def _chain(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in found:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def _texts(error: BaseException) -> str:
    """Everything an error and those it holds could show: messages, args, attributes."""
    parts = []
    for item in _chain(error):
        parts.append(str(item))
        parts.append(repr(item.args))
        for name in ("doc", "object", "problems"):
            value = getattr(item, name, None)
            if value is not None:
                parts.append(repr(value))
    return "\n".join(parts)


CONTEXT_CASES: dict[str, Callable[[], object]] = {
    "invalid JSON": lambda: loads('{"title": "' + NAME + " " + FNR + '" oops}'),
    "bad UTF-8": lambda: loads(b'{"title": "' + NAME.encode() + b'\xff"}'),
    "bad enum in a constructor": lambda: Plan(kind=NAME),
    "bad enum in a document": lambda: from_dict({"format": "tiltak/1", "kind": NAME}),
    "a date": lambda: parse_date(f"{NAME} {FNR}"),
    "a short-year date": lambda: parse_date("1.2.70"),
    "a rule": lambda: Schedule(start=dt.date(2024, 1, 1), rule=f"FREQ=DAILY;X-NAME={NAME}"),
    "an RRULE text": lambda: Schedule.from_rrule(f"DTSTART:{FNR}\nRRULE:FREQ=DAILY"),
    "an unknown locale": lambda: tiltak.labels.label(tiltak.PlanKind.ACTION_PLAN, locale=FNR),
}


@pytest.mark.parametrize("case", CONTEXT_CASES.values(), ids=CONTEXT_CASES.keys())
def test_no_input_in_the_chain(case: Callable[[], object]) -> None:
    """No error in the chain (``__cause__``, ``__context__``) holds the input."""
    with pytest.raises(TiltakError) as info:
        case()
    shown = _texts(info.value)
    for secret in (FNR, NAME, "Nordmann"):
        assert secret not in shown
    if info.value.__suppress_context__:
        assert info.value.__context__ is None


class TestRedaction:
    def test_extension_key_in_a_model_error(self) -> None:
        """A ModelError about an extension names its key only by shape."""
        for key in (FNR, NAME, EMAIL, PHONE, "\u202eevil"):
            with pytest.raises(ModelError) as info:
                Plan(kind="action_plan", extensions={key: float("nan")})
            assert key not in str(info.value)
            assert "\u202e" not in str(info.value)

    def test_paths_of_plan_format_errors(self) -> None:
        """Unknown and extension keys in paths show their shape, never their text."""
        for key in (FNR, NAME, EMAIL, PHONE, "x\u202e\u0000y"):
            data = {
                "format": "tiltak/1",
                "kind": "action_plan",
                key: 1,
                "measures": [{"id": "1", key: 1}],
                "extensions": {key: float("inf")},
            }
            with pytest.raises(PlanFormatError) as info:
                from_dict(data)
            assert 3 == len(info.value.problems)
            text = str(info.value)
            assert key not in text
            assert "\u202e" not in text
            assert "\x00" not in text

    def test_fhir_import_paths(self) -> None:
        """Keys that are no FHIR element name are shown by shape in what read_fhir skips."""
        from tiltak.fhir import read_fhir

        care_plan = {
            "resourceType": "CarePlan",
            "status": "active",
            "intent": "plan",
            "subject": {"display": "subject"},
            FNR: 1,
            EMAIL: {"a": 1},
            "x\u202e": 2,
        }
        found = " ".join(str(p) for p in read_fhir(care_plan, kind="action_plan").skipped)
        assert FNR not in found
        assert EMAIL not in found
        assert "\u202e" not in found
        assert "<11 characters: digits>" in found

    def test_check_fhir_codes(self) -> None:
        """check_fhir names a wrong code by shape, not by its value."""
        from tiltak.fhir import check_fhir

        care_plan = {
            "resourceType": "CarePlan",
            "status": FNR,
            "intent": NAME,
            "subject": {"display": "subject"},
        }
        found = " ".join(check_fhir(care_plan))
        assert FNR not in found
        assert NAME not in found
        assert "<11 characters: digits>" in found

    @pytest.mark.parametrize("text", [FNR, f"{NAME}, {PHONE}", "\u202e2024-13-45"])
    def test_parse_date(self, text: str) -> None:
        """A text that is no date is shown by its shape: letters a, digits 9."""
        with pytest.raises(DateParseError) as info:
            parse_date(text)
        message = str(info.value)
        assert text not in message
        assert "912" not in message
        assert "\u202e" not in message

    def test_as_of(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The command line's --as-of does not echo an identity number."""
        from tiltak._cli import main

        assert 2 == main(["demo", "--as-of", FNR])
        err = capsys.readouterr().err
        assert FNR not in err
        assert "99999999999" in err


class TestSubjectName:
    @pytest.mark.parametrize(
        "spelling",
        [
            NAME,
            NAME.lower(),
            NAME.upper(),
            f" {NAME} ",
            NAME.replace(" ", "  "),
            NAME.replace("-", " "),
            NAME.replace("-", "\u2010"),
            "Kari Nordmann-Testesen".replace("a", "a\u0301").replace("a\u0301", "á", 0),
            "Nordmann-Testesen, Kari",
            "NORDMANN-TESTESEN Kari",
            "K\u0430ri Nordmann-Testesen",  # a Cyrillic a
            "Kari Nordm\u03b1nn-Testesen",  # a Greek alpha
            "Kari Nordmann-Testesen (bruker)",
            "Kari Nordmann-Testesen, mor til Ola",
            "Kari Nordmannn-Testesen",
            "Kari Nordman-Testesen",
        ],
    )
    def test_no_spelling_of_the_subject_is_exported(self, spelling: str) -> None:
        """to_fhir(lossless=False) never exports a name that folds to the subject's."""
        from tiltak.fhir import to_fhir

        plan = Plan(
            kind="individual_plan",
            subject=tiltak.Subject(name=NAME),
            participants=(tiltak.Participant(name=spelling, role="mor"),),
            measures=(
                tiltak.Measure(
                    id="1",
                    responsible=tiltak.Responsible(name=spelling),
                    follow_ups=(tiltak.FollowUp(by=spelling, date=dt.date(2024, 1, 1)),),
                ),
            ),
        )
        text = json.dumps(to_fhir(plan, lossless=False), ensure_ascii=False).casefold()
        assert "nordmann" not in text
        assert "testesen" not in text

    @pytest.mark.parametrize("other", ["Ola Nordmann", "Kari Hansen", "Kari Nordmo-Testesen"])
    def test_another_name_is_exported(self, other: str) -> None:
        """A name that is not the subject's is still exported."""
        from tiltak.fhir import to_fhir

        plan = Plan(
            kind="individual_plan",
            subject=tiltak.Subject(name=NAME),
            participants=(tiltak.Participant(name=other, role="far"),),
        )
        assert other in json.dumps(to_fhir(plan, lossless=False), ensure_ascii=False)


class TestFhirSkipped:
    def test_reference_activity_lists_its_progress_and_extensions(self) -> None:
        """An activity given as a reference is listed with its progress and extensions."""
        from tiltak.fhir import read_fhir

        care_plan = {
            "resourceType": "CarePlan",
            "status": "active",
            "intent": "plan",
            "subject": {"display": "subject"},
            "activity": [
                {
                    "reference": {"reference": "ServiceRequest/1"},
                    "progress": [{"text": "Going well", "time": "2024-03-01"}],
                    "extension": [{"url": "http://example.org/x", "valueString": "y"}],
                }
            ],
        }
        paths = [p.path for p in read_fhir(care_plan, kind="action_plan").skipped]
        for key in ("reference", "progress", "extension"):
            assert f"CarePlan.activity[0].{key}" in paths

    @pytest.mark.parametrize(
        ("where", "path"),
        [
            ({"created": "2024-01-10T08:30:00+01:00"}, "CarePlan.created"),
            ({"period": {"start": "2024-01-10T08:30:00Z"}}, "CarePlan.period.start"),
            ({"period": {"end": "2024-12-31T23:59:59Z"}}, "CarePlan.period.end"),
        ],
    )
    def test_time_of_day_is_listed(self, where: dict[str, object], path: str) -> None:
        """A dateTime cut to its date says so in ``skipped``."""
        from tiltak.fhir import read_fhir

        care_plan = {
            "resourceType": "CarePlan",
            "status": "active",
            "intent": "plan",
            "subject": {"display": "subject"},
            **where,
        }
        skipped = read_fhir(care_plan, kind="action_plan").skipped
        assert any(p.path == path and "time of day" in p.message() for p in skipped)

    def test_a_date_alone_is_not_listed(self) -> None:
        """A dateTime that is only a date loses nothing and is not listed."""
        from tiltak.fhir import read_fhir

        care_plan = {
            "resourceType": "CarePlan",
            "status": "active",
            "intent": "plan",
            "subject": {"display": "subject"},
            "created": "2024-01-10",
        }
        assert () == read_fhir(care_plan, kind="action_plan").skipped
