"""Helpers for the tests of code that uses tiltak: strategies, factories and fixtures.

* Hypothesis strategies: :func:`plans` (valid plans by default), their parts, and
  :func:`locales`. With tiltak installed, ``st.from_type(tiltak.Plan)`` uses them too.
* Factories: :func:`make_plan` builds a complete plan of any kind in one call, with the
  fields a test cares about overridden; :func:`make_goal` and :func:`make_measure` its parts.
* An opt-in pytest plugin, ``tiltak.testing.pytest_plugin``, with the fixtures
  ``tiltak_plan``, ``tiltak_locale`` and ``tiltak_as_of``.

This module needs hypothesis, which the extra ``testing`` installs (from a clone of tiltak:
``pip install ".[testing]"``); without it, importing it raises
:class:`tiltak.errors.MissingExtraError` naming the extra. ``import tiltak`` never imports it.

>>> from tiltak.testing import make_plan
>>> make_plan("coordinated_plan").kind
<PlanKind.COORDINATED_PLAN: 'coordinated_plan'>
"""

from __future__ import annotations

from tiltak._extras import require

require("hypothesis", extra="testing", feature="tiltak.testing")

from ._assertions import assert_findings, assert_valid
from ._factories import AS_OF, make_goal, make_measure, make_plan
from ._strategies import (
    LOCALES,
    follow_ups,
    goals,
    json_values,
    locales,
    measures,
    partial_dates,
    plans,
    responsibles,
    schedules,
    texts,
)

__all__ = [
    "AS_OF",
    "LOCALES",
    "assert_findings",
    "assert_valid",
    "follow_ups",
    "goals",
    "json_values",
    "locales",
    "make_goal",
    "make_measure",
    "make_plan",
    "measures",
    "partial_dates",
    "plans",
    "responsibles",
    "schedules",
    "texts",
]
