"""Fixtures for the tests of code that uses tiltak, for suites that opt in.

Opt in from a ``conftest.py``::

    pytest_plugins = ["tiltak.testing.pytest_plugin"]

``tiltak_plan`` runs a test once per plan kind with a complete sample plan of that kind,
``tiltak_locale`` once per language tiltak speaks, and ``tiltak_as_of`` gives the fixed date
the sample plans are current on, so that as-of checks never read the wall clock.
"""

from __future__ import annotations

import datetime as dt

from tiltak._extras import require

require("pytest", extra="testing", feature="tiltak.testing.pytest_plugin")

import pytest

from tiltak._enums import PlanKind
from tiltak._model import Plan

from ._factories import AS_OF, make_plan
from ._strategies import LOCALES

__all__ = ["tiltak_as_of", "tiltak_locale", "tiltak_plan"]


@pytest.fixture(params=list(PlanKind), ids=lambda kind: kind.value)
def tiltak_plan(request: pytest.FixtureRequest) -> Plan:
    """A complete plan of each kind in turn (``make_plan(kind)``): no finding as of the date."""
    kind: PlanKind = request.param
    return make_plan(kind)


@pytest.fixture(params=LOCALES)
def tiltak_locale(request: pytest.FixtureRequest) -> str:
    """Each language tiltak speaks in turn: ``nb``, ``nn``, ``sv``, ``en``."""
    locale: str = request.param
    return locale


@pytest.fixture
def tiltak_as_of() -> dt.date:
    """The fixed date of the checks (:data:`tiltak.testing.AS_OF`, 1 June 2024)."""
    return AS_OF
