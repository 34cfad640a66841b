"""The fast way through the JSON format reads and writes exactly what the careful way does."""

from __future__ import annotations

import calendar
import copy
import datetime as dt
import gc
import json
import re
import sys
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tiltak._model
from tiltak import (
    FollowUp,
    Goal,
    Measure,
    Plan,
    PlanFormatError,
    _frozen,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from tiltak._frozen import twin
from tiltak._serial import _fastjson, _fastload
from tiltak._serial._converter import DETAILED
from tiltak._time._dates import PartialDate, days_in_month, to_partial_date
from tiltak.errors import ModelTypeError
from tiltak.testing import json_values, plans

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FAST = _fastload.structure_function(Plan)
VARIANTS = {
    f"consume={consume},twins={twins}": _fastload.structure_function(
        Plan, consume=consume, twins=twins
    )
    for consume in (False, True)
    for twins in (True, False)
}
"""Every way the generated code can be written: each must read as ``FAST`` does."""
TEXT = _fastload.text_function(Plan)
COMPACT: dict[str, Any] = {"ensure_ascii": False, "allow_nan": False, "separators": (",", ":")}


def careful_data(plan: Plan) -> dict[str, Any]:
    """The document of ``plan`` as the cattrs converter writes it."""
    return {"format": "tiltak/1", **DETAILED.unstructure(plan, Plan)}


def careful_read(data: dict[str, Any]) -> Plan | None:
    """The plan the detailed cattrs pass reads from ``data``, or ``None`` if it refuses it."""
    body = {key: value for key, value in data.items() if key != "format"}
    try:
        plan: Plan = DETAILED.structure(body, Plan)
    except Exception:
        return None
    return plan


def fast_read(data: dict[str, Any]) -> Plan | None:
    """The plan the generated fast path reads from ``data``, or ``None`` if it falls back.

    Every variant of the generated code reads it alike; those that may not consume the data
    leave it as it was.
    """
    results: dict[str, Plan | None] = {}
    for name, function in VARIANTS.items():
        body = copy.deepcopy({key: value for key, value in data.items() if key != "format"})
        before = copy.deepcopy(body)
        try:
            results[name] = function(body, _fastload.Reading())
        except _fastload.Fallback:
            results[name] = None
        if "consume=False" in name:
            assert body == before
    plan = results.pop("consume=False,twins=True")
    assert all(other == plan for other in results.values()), results
    return plan


def _locations(value: Any, where: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield where
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _locations(item, (*where, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _locations(item, (*where, index))


def _replace(value: Any, where: tuple[Any, ...], new: Any) -> Any:
    if not where:
        return new
    head, *rest = where
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = _replace(value[head], tuple(rest), new)
    return copy


def _delete(value: Any, where: tuple[Any, ...]) -> Any:
    head, *rest = where
    copy = dict(value) if isinstance(value, dict) else list(value)
    if rest:
        copy[head] = _delete(value[head], tuple(rest))
    else:
        del copy[head]
    return copy


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid document with one to three values replaced, keys deleted or keys added."""
    data: Any = careful_data(draw(plans(valid=False)))
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from([w for w in _locations(data) if w[:1] != ("format",)]))
        action = draw(st.sampled_from(("replace", "delete", "add")))
        if action == "delete" and where:
            data = _delete(data, where)
        elif action == "add":
            target: Any = data
            for part in where:
                target = target[part]
            if isinstance(target, dict):
                extra = draw(st.sampled_from(("id", "title", "colour", "surprise", "format")))
                if not where and extra == "format":
                    continue
                data = _replace(data, where, {**target, extra: draw(json_values(max_leaves=3))})
        elif where:
            data = _replace(data, where, draw(json_values(max_leaves=3)))
    assert isinstance(data, dict)
    return data


class TestStructure:
    @SETTINGS
    @given(plan=plans(valid=False))
    def test_reads_every_plan_as_the_careful_pass_does(self, plan: Plan) -> None:
        """A valid document reads on the fast path, to the same plan."""
        data = careful_data(plan)
        assert plan == fast_read(data)
        assert careful_read(data) == fast_read(data)

    @SETTINGS
    @given(data=mutated_documents())
    def test_never_accepts_what_the_careful_pass_refuses(self, data: dict[str, Any]) -> None:
        """What the fast path accepts, the careful pass accepts too, as the same plan."""
        fast = fast_read(data)
        if fast is not None:
            assert careful_read(data) == fast

    @SETTINGS
    @given(data=mutated_documents())
    def test_public_functions_agree_with_the_careful_pass(self, data: dict[str, Any]) -> None:
        """``from_dict`` and ``loads`` read a document or refuse it as the careful pass does."""
        careful = careful_read(data)
        try:
            text = json.dumps(data, ensure_ascii=False)
        except ValueError:  # a float JSON cannot hold
            return
        if careful is None:
            with pytest.raises(PlanFormatError):
                from_dict(data)
            with pytest.raises(PlanFormatError):
                loads(text)
        else:
            assert careful == from_dict(data)
            assert careful == loads(text)

    def test_built_objects_are_equal_and_hash_alike(self) -> None:
        """Objects built without ``__init__`` compare and hash like constructed ones."""
        data = {"format": "tiltak/1", "kind": "action_plan", "measures": [{"id": "1"}]}
        plan = from_dict(data)
        expected = Plan(kind="action_plan", measures=(Measure(id="1"),))
        assert expected == plan
        assert hash(expected) == hash(plan)

    def test_a_class_with_other_checks_is_built_by_init(self) -> None:
        """A class whose validator checks more than a type is built through ``__init__``."""

        def positive(_inst: object, _attr: object, value: int) -> None:
            if value <= 0:
                raise ValueError("must be positive")

        @attrs.frozen(kw_only=True)
        class Count:
            n: int = attrs.field(validator=positive)

        structure = _fastload.structure_function(Count)
        assert Count(n=2) == structure({"n": 2}, _fastload.Reading())
        with pytest.raises(_fastload.Fallback):
            structure({"n": -1}, _fastload.Reading())

    @pytest.mark.parametrize(
        "cls",
        [getattr(tiltak._model, name) for name in tiltak._model.__all__],
        ids=lambda cls: cls.__name__,
    )
    def test_every_model_class_takes_the_fast_path(self, cls: type) -> None:
        """No model class but the named few falls back to ``__init__``: a renamed check shows."""
        assert attrs.has(cls)
        assert _fastload._built_by_init(cls) == (cls in _fastload._INIT_CLASSES)

    def test_every_model_class_is_built_through_a_twin(self) -> None:
        """Each class the fast path builds field by field has a twin on this interpreter."""
        builder = _fastload._Builder(str)
        builder.function_for(Plan)
        built = [cls for cls in builder.names if not _fastload._built_by_init(cls)]
        assert Measure in built
        for cls in [*built, PartialDate]:
            made = twin(cls)
            assert made is not None, cls
            assert made.__slots__ == cls.__slots__  # type: ignore[attr-defined]

    def test_a_class_without_a_twin_is_built_by_its_setters(self) -> None:
        """Where the interpreter will not change an object's class, the slots' setters build."""

        @attrs.frozen(kw_only=True)
        class Pair:
            left: str
            right: str | None = None

        class Mark:
            __slots__ = ()

        class Mixed(Pair, Mark):  # two bases: no twin
            __slots__ = ()

        for cls in (Pair, Mixed):
            for consume in (False, True):
                structure = _fastload.structure_function(cls, consume=consume)
                built = structure({"left": "a"}, _fastload.Reading())
                assert (type(built), built) == (cls, cls(left="a"))
                with pytest.raises(_fastload.Fallback):
                    structure({"left": "a", "middle": 1}, _fastload.Reading())

    def test_a_class_with_an_unknown_converter_is_built_by_init(self) -> None:
        """A converter the generated code does not know sends the class through ``__init__``."""

        def strip(text: str) -> str:
            return text.strip()

        @attrs.frozen(kw_only=True)
        class Name:
            text: str = attrs.field(converter=strip)

        assert _fastload._built_by_init(Name)

    def test_ascii_digits_only(self) -> None:
        """Digits of other scripts are not a date, on the fast path as on the careful one."""
        data = {
            "format": "tiltak/1",
            "kind": "action_plan",
            "created": "\u0662\u0660\u0662\u0664-01-01",
        }
        assert fast_read(data) is None


RULES = (
    "FREQ=MONTHLY",
    "FREQ=MONTHLY;INTERVAL=4",
    "FREQ=YEARLY;BYMONTH=4,8,12;BYMONTHDAY=-1",
    "FREQ=MONTHLY;BYMONTHDAY=31,-1;BYSETPOS=1",
    "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=10",
    "FREQ=DAILY;UNTIL=20300101",
    "FREQ=DAILY;UNTIL=20300101T000000Z",
    "FREQ=HOURLY;BYHOUR=1,2",
    "FREQ=MINUTELY;INTERVAL=7;BYMINUTE=3",
    "FREQ=SECONDLY;INTERVAL=2;BYSECOND=1",
    "FREQ=HOURLY;INTERVAL=24;BYHOUR=5",
    "FREQ=MINUTELY;INTERVAL=60;BYMINUTE=5",
    "FREQ=WEEKLY;BYDAY=XX",
    "FREQ=MONTHLY;BYSETPOS=400",
    "FREQ=FORTNIGHTLY",
    "FREQ=YEARLY;BYEASTER=0",
    "RRULE:FREQ=DAILY",
    "",
    "FREQ=DAILY;WKST=SU;BYWEEKNO=53",
    "FREQ=YEARLY;BYMONTH=2",
    "FREQ=MONTHLY;BYSETPOS=2",
    "FREQ=YEARLY;BYMONTH=+2",
    "FREQ=MONTHLY;BYMONTHDAY=0",
    "FREQ=DAILY;UNTIL=2024-01-05",
    "FREQ=DAILY;UNTIL=20240105T240000Z",
    "FREQ=DAILY;INTERVAL=\u0661",
    "FREQ=DAILY;FREQ=WEEKLY",
)


class TestSchedules:
    @pytest.mark.parametrize("rule", RULES)
    @pytest.mark.parametrize("start", ["2024-01-31", "2024-01-15", "2023-02-28"])
    def test_fast_path_agrees_with_the_careful_one(self, rule: str, start: str) -> None:
        """Each rule reads, or is refused, on the fast path as on the careful one."""
        data = {
            "format": "tiltak/1",
            "kind": "action_plan",
            "follow_up": {"schedule": {"start": start, "rule": rule}},
        }
        assert careful_read(data) == fast_read(data)

    def test_validity_that_depends_on_the_start(self) -> None:
        """A rule valid from one start and never due from another is judged per start."""
        valid = {"start": "2024-01-15", "rule": "FREQ=YEARLY;BYMONTH=2"}
        never_due = {"start": "2024-01-31", "rule": "FREQ=YEARLY;BYMONTH=2"}
        data = {"format": "tiltak/1", "kind": "action_plan", "reporting": [{"schedule": valid}]}
        assert fast_read(data) is not None
        data["reporting"] = [{"schedule": valid}, {"schedule": never_due}]
        assert fast_read(data) is None
        with pytest.raises(PlanFormatError):
            from_dict(data)


class TestUnstructure:
    @SETTINGS
    @given(plan=plans(valid=False))
    def test_writes_what_the_converter_writes(self, plan: Plan) -> None:
        """``to_dict`` writes the cattrs converter's document, key for key, in order."""
        expected = careful_data(plan)
        actual = to_dict(plan)
        assert list(expected) == list(actual)
        assert expected == actual

    @SETTINGS
    @given(plan=plans(valid=False))
    def test_dumps_writes_what_json_dumps_writes(self, plan: Plan) -> None:
        """``dumps`` writes the very text compact ``json.dumps`` writes of that document."""
        try:
            expected = json.dumps(careful_data(plan), **COMPACT)
        except ValueError:
            return
        assert expected == dumps(plan)

    @SETTINGS
    @given(plan=plans(valid=False))
    def test_text_writer_writes_what_json_dumps_writes(self, plan: Plan) -> None:
        """The generated text writer (used without orjson) writes compact ``json.dumps``."""
        try:
            expected = json.dumps(careful_data(plan), **COMPACT)
        except ValueError:
            return
        assert expected == '{"format":"tiltak/1",' + TEXT(plan)[1:]


@pytest.fixture(params=["orjson", "json"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each JSON parser the fast path uses: orjson when installed, else the standard one."""
    if request.param == "orjson":
        pytest.importorskip("orjson")
    else:
        monkeypatch.setitem(sys.modules, "orjson", None)
    monkeypatch.setattr(_fastjson._Functions, "parser", None)
    return str(request.param)


class TestText:
    def test_duplicate_keys_are_refused(self, parser: str) -> None:
        """A key given twice is refused on every parser, though the parsed data hides it."""
        text = (
            '{"format": "tiltak/1", "kind": "action_plan", "measures": [{"id": "1", "id": "2"}]}'
        )
        with pytest.raises(PlanFormatError) as info:
            loads(text)
        assert ["$.measures[0].id"] == [p.path for p in info.value.problems]

    def test_duplicate_keys_with_spaces_and_decoys(self, parser: str) -> None:
        """Spaces before a colon and an escaped quote before a colon cannot hide a repeat."""
        text = '{"format" : "tiltak/1", "kind": "action_plan", "title": "a\\": b", "title" :"c"}'
        with pytest.raises(PlanFormatError) as info:
            loads(text)
        assert ["$.title"] == [p.path for p in info.value.problems]

    @pytest.mark.parametrize("title", ["Merk : viktig", "kl.\\t:10", "a\\n: b", "ingen"])
    def test_space_before_a_colon_in_a_value(self, parser: str, title: str) -> None:
        """A value with space before a colon neither hides a repeated key nor refuses a text."""
        head = '{"format":"tiltak/1","kind":"action_plan",'
        assert json.loads(f'"{title}"') == loads(f'{head}"title":"{title}"}}').title
        with pytest.raises(PlanFormatError) as info:
            loads(f'{head}"title":"{title}","purpose":"x","purpose":"y"}}')
        assert ["$.purpose"] == [p.path for p in info.value.problems]

    @pytest.mark.parametrize("space", [" ", "\t", "\n", "\r", " \r\n\t"])
    @pytest.mark.parametrize("elsewhere", ["", "Merk : viktig"])
    def test_any_json_space_before_a_colon_cannot_hide_a_repeat(
        self, parser: str, space: str, elsewhere: str
    ) -> None:
        """Each kind of JSON whitespace before a repeated key's colon is seen, on every count."""
        text = (
            f'{{"format":"tiltak/1","kind":"action_plan","purpose":"{elsewhere}",'
            f'"title"{space}:"a","title":"b"}}'
        )
        with pytest.raises(PlanFormatError) as info:
            loads(text)
        assert ["$.title"] == [p.path for p in info.value.problems]

    @pytest.mark.parametrize(
        "escaped",
        ['"title": "a\\u003ab"', '"title": "a\\u003Ab"', '"extensions": {"a\\u003ab": 1}'],
    )
    def test_an_escaped_colon_cannot_hide_a_repeat(self, parser: str, escaped: str) -> None:
        """A colon read from an escape is not one the text writes: it cannot stand for a key."""
        text = (
            '{"format": "tiltak/1", "kind": "action_plan", '
            + escaped
            + ', "purpose": "x", "purpose": "y"}'
        )
        with pytest.raises(PlanFormatError) as info:
            loads(text)
        assert ["$.purpose"] == [p.path for p in info.value.problems]

    def test_colons_in_strings_are_counted(
        self, parser: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Colons in every kind of string read without the second count; a repeat is still seen.

        The second count (``_keys_in``) is made to fail, so the text's colons must match the
        keys and the colons of the strings read: titles, list items, ids, extension keys and
        values.
        """

        def no_second_count(text: str) -> int:
            raise AssertionError("the second count was asked")

        monkeypatch.setattr(_fastjson, "_keys_in", no_second_count)
        text = (
            '{"format": "tiltak/1", "kind": "action_plan", "title": "Merk: kl. 10:00", '
            '"goals": [{"id": "m:1", "text": "Mål: ::"}], '
            '"measures": [{"id": "1", "causes": ["a:b", "c"], "goals": ["m:1"], '
            '"responsible": {"name": "Åse: leder"}, '
            '"follow_ups": [{"date": "2024-01-02", "note": "ok: :"}]}], '
            '"extensions": {"k:1": ["v:2", {"x:": "y:"}]}}'
        )
        plan = loads(text)
        assert "Merk: kl. 10:00" == plan.title
        assert ("a:b", "c") == plan.measures[0].causes
        assert {"k:1": ("v:2", {"x:": "y:"})} == plan.extensions
        monkeypatch.undo()  # a repeat makes the counts differ: the second count decides
        repeated = text.replace('"title": ', '"purpose": "p", "purpose": "q", "title": ')
        with pytest.raises(PlanFormatError) as info:
            loads(repeated)
        assert ["$.purpose"] == [p.path for p in info.value.problems]

    @settings(  # the parser fixture only chooses the parser: the same for every example
        SETTINGS, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
    )
    @given(
        values=st.lists(
            st.text(alphabet=':" \\\ta\u00e5\u2013', max_size=6), min_size=4, max_size=4
        ),
        separators=st.sampled_from([(",", ":"), (", ", ": "), (" ,", " : "), (",\n", "\t:")]),
        ascii_only=st.booleans(),
        escape_colons=st.booleans(),
        repeat=st.sampled_from([None, "title", "purpose", "text"]),
    )
    def test_a_repeated_key_is_never_read_fast(
        self,
        parser: str,
        values: list[str],
        separators: tuple[str, str],
        ascii_only: bool,
        escape_colons: bool,
        repeat: str | None,
    ) -> None:
        """Whatever the strings hold and however the text is spaced, a repeat falls back.

        A text without one reads fast to the careful reader's plan whenever no string escapes
        a colon-like character.
        """
        comma, colon = separators

        def literal(value: str) -> str:
            written = json.dumps(value, ensure_ascii=ascii_only)
            return written.replace(":", "\\u003a") if escape_colons else written

        def members(pairs: list[tuple[str, str]]) -> str:
            return comma.join(literal(key) + colon + literal(value) for key, value in pairs)

        title, purpose, text, note = values
        goal = [("id", "1"), ("text", text)] + ([("text", note)] if repeat == "text" else [])
        top = [("format", "tiltak/1"), ("kind", "action_plan"), ("title", title)]
        top += [("title", note)] if repeat == "title" else []
        top += [("purpose", purpose)] + ([("purpose", note)] if repeat == "purpose" else [])
        goals = literal("goals") + colon + "[{" + members(goal) + "}]"
        document = "{" + members(top) + comma + goals + "}"
        plan = _fastjson.read_text(document)
        if repeat is not None:
            assert plan is None
        elif plan is None:
            assert "\\u003" in document  # only an escape may send a valid text the careful way
        else:
            expected = Plan(
                kind="action_plan", title=title, purpose=purpose, goals=(Goal(id="1", text=text),)
            )
            assert expected == plan

    def test_spaced_keys_read(self, parser: str) -> None:
        """Keys with space before the colon read like any others."""
        text = '{ "format" :\n "tiltak/1" , "kind"\t: "action_plan", "title" : "x\\":"}'
        assert Plan(kind="action_plan", title='x":') == loads(text)

    def test_large_integers_in_extensions_are_exact(self, parser: str) -> None:
        """An integer beyond 64 bits keeps every digit, whichever parser read it."""
        big = 2**70 + 1
        text = f'{{"format": "tiltak/1", "kind": "action_plan", "extensions": {{"n": {big}}}}}'
        assert big == loads(text).extensions["n"]

    def test_floats_in_extensions(self, parser: str) -> None:
        """Fractions and exponents in extensions read as the standard library reads them."""
        text = (
            '{"format": "tiltak/1", "kind": "action_plan",'
            ' "extensions": {"x": [0.1, 1e16, -2.5e-7, 1.0]}}'
        )
        assert (0.1, 1e16, -2.5e-7, 1.0) == loads(text).extensions["x"]

    def test_order_beyond_64_bits(self, parser: str) -> None:
        """An integer beyond the bound is refused alike on every parser; the bound is kept."""
        text = '{"format": "tiltak/1", "kind": "action_plan", "measures": [{"id": "1", "order": '
        with pytest.raises(PlanFormatError, match=r"\$\.measures\[0\]\.order"):
            loads(text + str(2**80) + "}]}")
        assert 2**53 - 1 == loads(text + str(2**53 - 1) + "}]}").measures[0].order

    def test_same_plan_on_every_parser(self, parser: str) -> None:
        """A realistic document reads to the same plan on either parser."""
        plan = Plan(
            kind="operational_plan",
            title="Virksomhetsplan 2024\N{EN DASH}2027 for Tilrettelagte tjenester",
            goals=(Goal(id="1.1", text="Alle brukere har en oppdatert plan"),),
            extensions={"kilde": {"system": "fagsystem", "versjon": 3, "andel": 0.25}},
        )
        assert plan == loads(dumps(plan))

    @pytest.mark.parametrize("where", ["title", "measure", "cause", "far"])
    @pytest.mark.parametrize("written", ["escaped", "raw", "bytes"])
    def test_lone_surrogates_are_refused(self, parser: str, where: str, written: str) -> None:
        """Refused at their path on every parser, whether the text escapes them or holds them.

        The fast path reads strings without looking at each only when no string can hold one:
        ``far`` puts the surrogate past the first megabyte the look takes at a time.
        """
        lone = "\\ud800" if written != "raw" else "\ud800"
        padding = "x" * (1_100_000 if where == "far" else 0)
        title = lone if where == "title" else "Tilrettelagte tjenester \N{EN DASH} plan"
        measure = {"measure": lone, "cause": "1", "far": "1", "title": "1"}[where]
        cause = lone if where == "cause" else "årsak"
        text = (
            '{"format": "tiltak/1", "kind": "action_plan", "title": "' + title + '", '
            '"purpose": "' + padding + '", '
            '"measures": [{"id": "1", "title": "' + measure + '", "causes": ["' + cause + '"]}], '
            '"background": "' + ("ø" + lone if where == "far" else "ø") + '"}'
        )
        given: str | bytes = text
        if written == "bytes":
            given = text.encode()
        elif written == "raw":
            given = text  # the str itself holds the code point
        with pytest.raises(PlanFormatError) as info:
            loads(given)
        assert all("surrogate" in p.message() for p in info.value.problems)

    def test_surrogate_pairs_and_escapes_read(self, parser: str) -> None:
        """An escaped pair is one character; other escapes do not send the text the slow way."""
        text = (
            '{"format": "tiltak/1", "kind": "action_plan", '
            '"title": "\\ud83d\\ude00 \\u00e6 \\\\ud800", "purpose": "\\"ø\\""}'
        )
        plan = loads(text)
        assert plan.title == "\N{GRINNING FACE} æ \\ud800"
        assert plan.purpose == '"ø"'

    def test_the_look_for_surrogates(self) -> None:
        """Whether the standard parser may read one: escapes anywhere, code points in a str."""
        look = _fastjson._may_hold_surrogates
        assert not look('{"a": "ø\\u00e6"}', decoded=False)
        assert look('{"a": "\\uD834"}', decoded=True)
        assert look('{"a": "' + "ø" * 2_000_000 + '\udfff"}', decoded=False)
        assert not look('{"a": "' + "ø" * 2_000_000 + '"}', decoded=True)


@pytest.fixture(params=["orjson", "json"])
def writer(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each way ``dumps`` writes: orjson when installed, else the generated text writer."""
    if request.param == "orjson":
        pytest.importorskip("orjson")
    else:
        monkeypatch.setitem(sys.modules, "orjson", None)
    monkeypatch.setattr(_fastjson._Functions, "writer", False)
    return str(request.param)


class TestWriters:
    @pytest.mark.parametrize(
        "extensions",
        [
            {"x": [0.1, 1e16, -2.5e-7, 1e-07, 1.0, -0.0]},
            {"big": 2**70, "small": -(2**64)},
            {"text": "no lone surrogate", "nested": {"a": [{"b": None}]}},
            {"control": '\x00\x1f\x7f \u2028 "quoted" \\ æøå 🙂'},
        ],
    )
    def test_every_writer_writes_the_same_text(
        self, writer: str, extensions: dict[str, Any]
    ) -> None:
        """Floats, huge integers and escapes come out as ``json.dumps`` writes them."""
        plan = Plan(
            kind="action_plan",
            title="Tiltak \N{EN DASH} Åse",
            measures=(Measure(id="1", deadline="2024-02", extensions=extensions),),
        )
        assert json.dumps(to_dict(plan), **COMPACT) == dumps(plan)

    def test_orjson_writes_the_realistic_plan(
        self, writer: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A plan with dates, enums, goals and follow-ups is written alike by every writer."""
        from tiltak import examples

        if writer == "orjson":  # orjson writes these itself: the text writer is not asked
            monkeypatch.setattr(
                _fastjson._Functions, "text", lambda plan: pytest.fail("the text writer was asked")
            )
        for name in examples.names():
            plan = examples.load(name)
            assert json.dumps(to_dict(plan), **COMPACT) == dumps(plan)

    @pytest.mark.parametrize(
        "count", [_fastjson._CHUNK, _fastjson._CHUNK + 1, 3 * _fastjson._CHUNK]
    )
    def test_long_lists_are_written_in_chunks_alike(self, writer: str, count: int) -> None:
        """A list longer than one chunk is written as one list, in order, as json writes it."""
        plan = Plan(
            kind="operational_plan",
            measures=tuple(
                Measure(id=f"T{i}", title=f"Tiltak {i} for Åse", deadline="2024-02")
                for i in range(count)
            ),
        )
        text = dumps(plan)
        assert json.dumps(to_dict(plan), **COMPACT) == text
        assert plan == loads(text)

    def test_long_lists_within_and_after_long_lists(self, writer: str) -> None:
        """Several long lists, and long lists inside a long list, keep their places and order."""
        many = _fastjson._CHUNK + 3
        follow_ups = tuple(FollowUp(note=f"Notat {i} \N{EN DASH} ok") for i in range(many))
        plan = Plan(
            kind="operational_plan",
            goals=tuple(Goal(id=f"G{i}", text="Mål") for i in range(many)),
            measures=tuple(Measure(id=f"T{i}", follow_ups=follow_ups) for i in range(many)),
            follow_ups=follow_ups,
        )
        text = dumps(plan)
        assert json.dumps(to_dict(plan), **COMPACT) == text
        assert "\x00" not in text

    def test_threads_write_their_own_plans(self, writer: str) -> None:
        """Plans written at once in several threads each come out whole and as themselves."""
        from concurrent.futures import ThreadPoolExecutor

        many = 2 * _fastjson._CHUNK
        follow_ups = tuple(FollowUp(note=f"N{i}") for i in range(_fastjson._CHUNK + 10))
        plans = [
            Plan(
                kind="operational_plan",
                title=f"Plan {n}",
                goals=tuple(Goal(id=f"{n}-G{i}") for i in range(many)),
                measures=tuple(
                    Measure(id=f"{n}-{i}", follow_ups=follow_ups[: i % 3 * 30])
                    for i in range(many)
                ),
                follow_ups=follow_ups,
            )
            for n in range(8)
        ]
        expected = [json.dumps(to_dict(p), **COMPACT) for p in plans * 10]
        # Threads switch every microsecond, so that their writes interleave.
        before = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)
        try:
            with ThreadPoolExecutor(max_workers=8) as pool:
                texts = list(pool.map(dumps, plans * 10))
        finally:
            sys.setswitchinterval(before)
        assert expected == texts


class TestGarbageCollector:
    @pytest.mark.parametrize("enabled", [True, False])
    def test_state_is_restored(self, enabled: bool) -> None:
        """Reading and writing leave the collector as they found it, also after an error."""
        was = gc.isenabled()
        try:
            if enabled:
                gc.enable()
            else:
                gc.disable()
            plan = loads('{"format": "tiltak/1", "kind": "action_plan"}')
            dumps(plan)
            to_dict(plan)
            with pytest.raises(PlanFormatError):
                loads('{"format": "tiltak/1", "kind": 3}')
            assert enabled == gc.isenabled()
        finally:
            if was:
                gc.enable()


ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATE_LIKE = st.builds(
    lambda y, m, d: f"{y}-{m}-{d}",
    st.text(st.sampled_from("0123456789+-W Tx\u0663\uff11"), min_size=4, max_size=4),
    st.text(st.sampled_from("0123456789+W \u0663"), min_size=2, max_size=2),
    st.text(st.sampled_from("0123456789+W \u0663"), min_size=2, max_size=2),
)


class TestDates:
    @settings(max_examples=2000, deadline=None)
    @given(text=DATE_LIKE | st.dates().map(dt.date.isoformat))
    def test_only_iso_dates_of_ascii_digits_are_read(self, text: str) -> None:
        """Ten characters with dashes in place read as a date exactly when they are YYYY-MM-DD."""
        try:
            expected: dt.date | None = dt.date.fromisoformat(text)
        except ValueError:
            expected = None
        if ISO_DATE.fullmatch(text) is None:
            expected = None
        try:
            actual: dt.date | None = _fastload._date(text, _fastload.Reading())
        except _fastload.Fallback:
            actual = None
        assert expected == actual
        try:
            partial = _fastload._partial_date(text, _fastload.Reading())
        except _fastload.Fallback:
            assert expected is None
        else:
            assert expected is not None
            assert (expected.year, expected.month, expected.day) == (
                partial.year,
                partial.month,
                partial.day,
            )

    @pytest.mark.parametrize("twin", [True, False])
    @pytest.mark.parametrize(
        "text", ["2024", "0001", "9999", "2024-02", "2024-02-29", "2023-02-29", "0000", "2024-13"]
    )
    def test_partial_dates_read_as_the_model_reads_them(
        self, text: str, twin: bool, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Built through a twin or the slots' setters: a real ``PartialDate``, or refused."""
        if not twin:
            monkeypatch.setattr(_frozen, "twin", lambda cls: None)
            monkeypatch.setattr(_fastload, "_make_partial_date", _frozen.maker(PartialDate))
        try:
            expected: PartialDate | None = to_partial_date(text)
        except ValueError:
            expected = None
        try:
            actual: PartialDate | None = _fastload._partial_date(text, _fastload.Reading())
        except _fastload.Fallback:
            actual = None
        assert expected == actual
        assert actual is None or (type(actual) is PartialDate and hash(actual) == hash(expected))


class TestDaysInMonth:
    def test_agrees_with_the_calendar_module(self) -> None:
        """The month lengths partial dates are checked with are the calendar's, every year."""
        expected = [calendar.monthrange(y, m)[1] for y in range(1, 10000) for m in range(1, 13)]
        actual = [days_in_month(y, m) for y in range(1, 10000) for m in range(1, 13)]
        assert expected == actual


class TestRefusals:
    def test_dumps_of_something_else_names_its_type(self) -> None:
        """``dumps`` given something other than a plan says so, not something about digits."""
        with pytest.raises(ModelTypeError) as info:
            dumps({"kind": "action_plan"})  # type: ignore[arg-type]
        assert "dumps() needs a Plan, not dict" == str(info.value)
