"""A read-only mapping for the values of frozen objects, which pickles and copies.

``types.MappingProxyType`` is read-only too, but cannot be pickled: a plan holding one could
not be sent to a process pool, cached, or deep-copied.
"""

from __future__ import annotations

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

__all__ = ["FrozenDict", "frozen", "slot_setters"]

_K = TypeVar("_K")
_V = TypeVar("_V")


@final
class FrozenDict(Mapping[_K, _V]):
    """A mapping that cannot be changed, compared equal to a ``dict`` with the same items.

    >>> import copy, pickle
    >>> d = FrozenDict({"kilde": "fagsystem"})
    >>> d["kilde"], len(d), d == {"kilde": "fagsystem"}
    ('fagsystem', 1, True)
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
        return f"FrozenDict({self._data!r})"

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


def slot_setters(cls: type) -> dict[str, Callable[[Any, Any], None]]:
    """The setter of each slot of the frozen attrs class ``cls``, by field name.

    For building many objects of values already checked: ``object.__new__(cls)`` and one
    setter per field skip the constructor's generic machinery (and its checks, which the
    caller has done), where that machinery costs more than the building.
    """
    return {name: cls.__dict__[name].__set__ for name in attrs.fields_dict(cls)}
