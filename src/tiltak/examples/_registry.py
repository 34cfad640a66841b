"""Which examples exist, the language each is written in, and how to build them."""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from collections.abc import Callable
from types import MappingProxyType
from typing import Final

import attrs

from tiltak._errors import TiltakError
from tiltak._model import Plan

__all__ = ["UnknownExampleError", "as_of", "language", "load", "names"]

# name -> (private module that builds it, language of the text, the day it stands on)
_EXAMPLES: Final = MappingProxyType(
    {
        "action_plan_bra": ("_action_plan_bra", "sv", dt.date(2024, 10, 1)),
        "action_plan_nursing_home": ("_action_plan_nursing_home", "nb", dt.date(2024, 10, 15)),
        "coordinated_plan": ("_coordinated_plan", "sv", dt.date(2024, 10, 15)),
        "implementation_plan_home_care": (
            "_implementation_plan_home_care",
            "sv",
            dt.date(2024, 10, 15),
        ),
        "individual_plan": ("_individual_plan", "nb", dt.date(2024, 10, 15)),
        # Early in its first year, before its first tertial report fell due.
        "operational_plan": ("_operational_plan", "nb", dt.date(2020, 1, 15)),
        "results_plan": ("_results_plan", "nb", dt.date(2020, 10, 15)),
        "return_to_work_plan": ("_return_to_work_plan", "nb", dt.date(2024, 6, 25)),
        "return_to_work_plan_se": ("_return_to_work_plan_se", "sv", dt.date(2024, 11, 15)),
    }
)


class UnknownExampleError(TiltakError, LookupError):
    """There is no example by that name; ``known`` lists the names there are."""

    name: object
    known: tuple[str, ...]

    def __init__(self, name: object) -> None:
        self.name = name
        self.known = names()
        shown = repr(name) if isinstance(name, str) else f"a {type(name).__name__}"
        if len(shown) > 60:
            shown = shown[:57] + "..."
        super().__init__(f"no example is named {shown}; the examples are: {', '.join(self.known)}")


def names() -> tuple[str, ...]:
    """The names of the examples, sorted."""
    return tuple(sorted(_EXAMPLES))


def _entry(name: object) -> tuple[str, str, dt.date]:
    if not isinstance(name, str) or name not in _EXAMPLES:
        raise UnknownExampleError(name)
    return _EXAMPLES[name]


def language(name: str) -> str:
    """The language the example ``name`` is written in (``"nb"`` or ``"sv"``)."""
    return _entry(name)[1]


def as_of(name: str) -> dt.date:
    """The day the example ``name`` stands on: everything due by then is recorded."""
    return _entry(name)[2]


def load(name: str) -> Plan:
    """The example plan ``name``, stating its language; :class:`UnknownExampleError` if none."""
    module_name, code, _ = _entry(name)
    return _build(module_name, code)


@functools.cache
def _build(module_name: str, code: str) -> Plan:
    # Each example lives in its own module, imported only when asked for.
    module = importlib.import_module(f"{__package__}.{module_name}")
    build: Callable[[], Plan] = module.build
    return attrs.evolve(build(), language=code)
