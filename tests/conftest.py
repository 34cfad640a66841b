"""Shared fixtures: the environment every test starts from, and a valid plan of every kind."""

from __future__ import annotations

import importlib.util

import pytest

from tiltak import Plan, PlanKind

try:
    from hypothesis import settings
except ImportError:  # the session without extras runs only tests that need none
    pass
else:
    # Time is the benchmark suite's to measure (bench/): on a slow or busy machine a property
    # must not fail because one example took longer than Hypothesis's default of 200 ms.
    settings.register_profile("tiltak", deadline=None)
    settings.load_profile("tiltak")


@pytest.fixture(autouse=True)
def _no_language_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's language follows the environment: every test starts without one."""
    for name in ("TILTAK_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)


# The session without extras has no hypothesis, so no tiltak.testing and no plugin.
pytest_plugins = (
    ["tiltak.testing.pytest_plugin", "pytester"]
    if importlib.util.find_spec("hypothesis") is not None
    else ["pytester"]
)


@pytest.fixture
def valid() -> dict[PlanKind, Plan]:
    """One complete plan of each kind, ``tiltak.testing.make_plan(kind)``: no finding on its
    ``AS_OF``. A test that needs a detail of a plan sets it, with overrides or ``attrs.evolve``.
    """
    # tiltak.testing needs hypothesis, which the session without extras lacks.
    from tiltak.testing import make_plan

    return {kind: make_plan(kind) for kind in PlanKind}
