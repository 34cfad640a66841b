"""Frozen values: a read-only mapping that pickles and copies, and quick builders of objects.

``types.MappingProxyType`` is read-only too, but cannot be pickled: a plan holding one could
not be sent to a process pool, cached, or deep-copied. :func:`maker` builds frozen attrs
objects of values already checked, for code that builds them by the thousand.
"""

from __future__ import annotations

import sysconfig
from collections.abc import (
    Callable,
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    ValuesView,
)
from typing import Any, TypeVar, final

import attrs

__all__ = ["FrozenDict", "frozen", "maker", "twin"]

_K = TypeVar("_K")
_A = TypeVar("_A", bound=attrs.AttrsInstance)
_V = TypeVar("_V")


@final
class FrozenDict(Mapping[_K, _V]):
    """A mapping that cannot be changed, compared equal to a ``dict`` with the same items.

    Its repr shows how many keys it has, never a key or a value: an integrator's
    ``extensions`` may hold personal data.

    >>> import copy, pickle
    >>> d = FrozenDict({"kilde": "fagsystem"})
    >>> d["kilde"], len(d), d == {"kilde": "fagsystem"}
    ('fagsystem', 1, True)
    >>> d
    FrozenDict(<1 keys>)
    >>> pickle.loads(pickle.dumps(d)) == d == copy.deepcopy(d)
    True
    >>> d["kilde"] = "annet"
    Traceback (most recent call last):
    TypeError: 'FrozenDict' object does not support item assignment
    """

    __slots__ = ("_data",)
    _data: dict[_K, _V]

    def __init__(self, data: Mapping[_K, _V] | Iterable[tuple[_K, _V]] = ()) -> None:
        object.__setattr__(self, "_data", dict(data))

    def __getitem__(self, key: _K) -> _V:
        return self._data[key]

    def __iter__(self) -> Iterator[_K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __reversed__(self) -> Iterator[_K]:
        return reversed(self._data)

    def get(self, key: _K, default: Any = None) -> Any:
        return self._data.get(key, default)

    def keys(self) -> KeysView[_K]:
        return self._data.keys()

    def values(self) -> ValuesView[_V]:
        return self._data.values()

    def items(self) -> ItemsView[_K, _V]:
        return self._data.items()

    def copy(self) -> dict[_K, _V]:
        """A ``dict`` with the same items, to change."""
        return dict(self._data)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenDict):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]  # as a dict: its values need not be hashable

    def __repr__(self) -> str:
        return f"FrozenDict(<{len(self._data)} keys>)"  # as tiltak._redact shows a mapping

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (self._data,))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a FrozenDict cannot be changed")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("a FrozenDict cannot be changed")


_new = object.__new__
_set_data = FrozenDict.__dict__["_data"].__set__


def frozen(data: dict[_K, _V]) -> FrozenDict[_K, _V]:
    """``data`` behind a :class:`FrozenDict`, not copied: the caller gives it up."""
    mapping: FrozenDict[_K, _V] = _new(FrozenDict)
    _set_data(mapping, data)
    return mapping


_FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
"""A free-threaded CPython 3.13 stops every thread to assign an object's ``__class__``: one
stop per object built would cost far more than a twin saves, so it has none."""


def twin(cls: type) -> type | None:
    """A plain slotted class laid out as ``cls``, whose objects may become ``cls`` objects.

    The interpreter sets a plain class's slots by its quickest path, where the descriptors
    of a frozen class's slots cost several times as much: code that builds many objects sets
    a twin's slots and then makes the object a ``cls`` by assigning its ``__class__``.
    ``None`` when the interpreter refuses that assignment (CPython 3.11 does for a class with
    a slot for weak references), and on a free-threaded interpreter.
    """
    slots = cls.__dict__.get("__slots__")
    if _FREE_THREADED or slots is None or "__dict__" in slots or len(cls.__bases__) != 1:
        return None
    made = type(f"{cls.__name__}Twin", cls.__bases__, {"__slots__": slots})
    probe: Any = _new(made)
    try:
        probe.__class__ = cls
    except TypeError:
        return None
    return made


def maker(cls: type[_A]) -> Callable[..., _A]:
    """A function that builds a ``cls`` of its fields' values, given in order and checked.

    For building many objects of the frozen attrs class ``cls``: it skips the constructor's
    generic machinery and its checks (which the caller has done), where that machinery costs
    more than the building. Through the class's :func:`twin` when there is one, else through
    each slot's setter.

    >>> import attrs
    >>> @attrs.frozen(weakref_slot=False)
    ... class Pair:
    ...     left: int
    ...     right: int
    >>> maker(Pair)(1, 2) == Pair(1, 2)
    True
    """
    names = list(attrs.fields_dict(cls))
    arguments = ", ".join(f"a{i}" for i in range(len(names)))
    made = twin(cls)
    namespace: dict[str, Any] = {"_cls": cls, "_twin": made, "_new": _new}
    if made is not None:
        lines = ["    o = _twin()"]
        lines += [f"    o.{name} = a{i}" for i, name in enumerate(names)]
        lines.append("    o.__class__ = _cls")
    else:
        lines = ["    o = _new(_cls)"]
        for i, name in enumerate(names):
            namespace[f"_set{i}"] = getattr(cls, name).__set__  # a base class may hold the slot
            lines.append(f"    _set{i}(o, a{i})")
    source = f"def make({arguments}):\n" + "\n".join(lines) + "\n    return o\n"
    exec(compile(source, f"<tiltak maker of {cls.__name__}>", "exec"), namespace)
    make: Callable[..., _A] = namespace["make"]
    return make
