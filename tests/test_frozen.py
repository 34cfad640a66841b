"""Plans, reports and their read-only mappings pickle and copy, as frozen values should."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import sys

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import tiltak
from tiltak import Plan, _frozen, examples
from tiltak._frozen import FrozenDict, frozen, maker, twin
from tiltak.testing import plans

SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class TestFrozenDict:
    def test_reads_like_the_dict_it_holds(self) -> None:
        """Items, order, lookups and equality are the dict's."""
        data = {"b": 1, "a": (2, 3)}
        mapping = FrozenDict(data)
        assert (["b", "a"], 1, 2, True) == (
            list(mapping),
            mapping["b"],
            len(mapping),
            "a" in mapping,
        )
        assert (None, 7, ["a", "b"]) == (
            mapping.get("x"),
            mapping.get("x", 7),
            list(reversed(mapping)),
        )
        assert data == mapping == FrozenDict(data) == frozen(dict(data))
        assert mapping != {"b": 1}
        assert data == mapping.copy()
        assert "FrozenDict(<2 keys>)" == repr(mapping)

    def test_cannot_be_changed(self) -> None:
        """No item or attribute can be set or removed, and the caller's dict is not shared."""
        data = {"a": 1}
        mapping = FrozenDict(data)
        data["a"] = 2
        assert 1 == mapping["a"]
        with pytest.raises(TypeError):
            mapping["a"] = 3  # type: ignore[index]
        with pytest.raises(TypeError):
            del mapping["a"]  # type: ignore[attr-defined]
        with pytest.raises(AttributeError):
            mapping._data = {}
        with pytest.raises(TypeError):
            hash(mapping)

    def test_pickles_and_copies(self) -> None:
        """Pickled, copied and deep-copied, it stays an equal, read-only mapping."""
        mapping = FrozenDict({"a": FrozenDict({"b": (1, None)})})
        for other in (
            pickle.loads(pickle.dumps(mapping)),
            copy.copy(mapping),
            copy.deepcopy(mapping),
        ):
            assert isinstance(other, FrozenDict)
            assert mapping == other


@attrs.frozen(kw_only=True, weakref_slot=False)
class Point:
    x: int
    y: int | None = None


@attrs.frozen(kw_only=True)
class WeakPoint:
    x: int
    y: int | None = None


class TestMaker:
    @pytest.mark.parametrize("cls", [Point, WeakPoint])
    @pytest.mark.parametrize("with_twin", [True, False])
    def test_builds_what_the_constructor_builds(
        self, cls: type[Point], with_twin: bool, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Through a twin or through the setters: the same object, of the class itself."""
        if not with_twin:
            monkeypatch.setattr(_frozen, "twin", lambda cls: None)
        made = maker(cls)(3, None)
        assert (type(made), made, hash(made)) == (cls, cls(x=3), hash(cls(x=3)))
        assert pickle.loads(pickle.dumps(made)) == made == copy.deepcopy(made)
        assert attrs.evolve(made, y=4) == cls(x=3, y=4)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            made.x = 5  # type: ignore[misc]

    def test_twins_where_the_interpreter_allows(self) -> None:
        """A class without a weakref slot has a twin; with one, from CPython 3.12 on."""
        assert twin(Point) is not None
        assert (twin(WeakPoint) is not None) == (sys.version_info >= (3, 12))

    def test_no_twin_on_a_free_threaded_interpreter(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Where assigning ``__class__`` stops every thread, objects are built by setters."""
        monkeypatch.setattr(_frozen, "_FREE_THREADED", True)
        assert twin(Point) is None
        assert maker(Point)(1, 2) == Point(x=1, y=2)

    def test_no_twin_for_two_bases_or_a_dict(self) -> None:
        """A twin copies the one base and the slots: nothing else is tried."""

        class Mark:
            __slots__ = ()

        class Mixed(Point, Mark):
            __slots__ = ()

        class Loose(Point):  # no __slots__: instances have a __dict__
            pass

        assert twin(Mixed) is None
        assert twin(Loose) is None


class TestPlansPickle:
    @pytest.mark.parametrize("name", examples.names())
    def test_examples(self, name: str) -> None:
        """Every example plan, and its report, pickles and deep-copies to an equal value."""
        plan = examples.load(name)
        report = tiltak.validate(plan, as_of=dt.date(2024, 6, 1))
        for value in (plan, report):
            assert value == pickle.loads(pickle.dumps(value))
            assert value == copy.deepcopy(value)

    @SETTINGS
    @given(plan=plans(valid=False))
    def test_any_plan(self, plan: Plan) -> None:
        """Any plan, extensions and all, pickles to an equal plan (a process pool needs this)."""
        assert plan == pickle.loads(pickle.dumps(plan))
        assert plan == copy.deepcopy(plan)
