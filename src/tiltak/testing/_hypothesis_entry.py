"""Hypothesis' entry point: ``st.from_type(Plan)`` and friends use tiltak's own strategies.

Hypothesis calls :func:`_register` when it loads, through the ``hypothesis`` entry point in
tiltak's package metadata; without it, ``st.from_type`` would build plans field by field and
miss the links and dates that make them realistic.
"""

from __future__ import annotations

from hypothesis import strategies as st

from tiltak._dates import PartialDate
from tiltak._model import FollowUp, Goal, Measure, Plan, Responsible
from tiltak._schedule import Schedule

from ._strategies import follow_ups, goals, measures, partial_dates, plans, responsibles, schedules

__all__: list[str] = []


def _register() -> None:
    """Register tiltak's strategies for ``st.from_type``: valid plans, and any parts."""
    st.register_type_strategy(Plan, plans())
    st.register_type_strategy(Goal, goals())
    st.register_type_strategy(Measure, measures())
    st.register_type_strategy(Responsible, responsibles())
    st.register_type_strategy(FollowUp, follow_ups())
    st.register_type_strategy(Schedule, schedules())
    st.register_type_strategy(PartialDate, partial_dates())
