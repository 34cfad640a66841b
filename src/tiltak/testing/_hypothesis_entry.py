"""Hypothesis' entry point: ``st.from_type(Plan)`` and friends use tiltak's own strategies.

Hypothesis calls :func:`_register` while it is being imported, through the ``hypothesis``
entry point in tiltak's package metadata; without it, ``st.from_type`` would build plans
field by field and miss the links and dates that make them realistic. That import may come
from ``tiltak.testing`` itself, half-initialised, so each strategy is looked up only when
hypothesis first draws from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__: list[str] = []


def _lazy(name: str) -> SearchStrategy[Any]:
    """``tiltak.testing``'s strategy ``name``, built on first use."""
    from hypothesis import strategies as st  # noqa: PLC0415 - hypothesis loads only where it is used

    def build() -> SearchStrategy[Any]:
        from tiltak.testing import _strategies  # noqa: PLC0415 - hypothesis runs this entry point in every session

        factory: Callable[[], SearchStrategy[Any]] = getattr(_strategies, name)
        return factory()

    return st.deferred(build)


def _register() -> None:
    """Register tiltak's strategies for ``st.from_type``: valid plans, and any parts."""
    from hypothesis import strategies as st  # noqa: PLC0415 - hypothesis loads only where it is used

    from tiltak._model import FollowUp, Goal, Measure, Plan, Responsible  # noqa: PLC0415 - hypothesis runs this entry point in every session
    from tiltak._time._dates import PartialDate  # noqa: PLC0415 - hypothesis runs this entry point in every session
    from tiltak._time._schedule import Schedule  # noqa: PLC0415 - hypothesis runs this entry point in every session

    st.register_type_strategy(Plan, _lazy("plans"))
    st.register_type_strategy(Goal, _lazy("goals"))
    st.register_type_strategy(Measure, _lazy("measures"))
    st.register_type_strategy(Responsible, _lazy("responsibles"))
    st.register_type_strategy(FollowUp, _lazy("follow_ups"))
    st.register_type_strategy(Schedule, _lazy("schedules"))
    st.register_type_strategy(PartialDate, _lazy("partial_dates"))
