"""Helpers for the tests of code that uses tiltak: hypothesis strategies for plans.

This module needs hypothesis (``pip install tiltak[testing]``); ``import tiltak`` never
imports it.
"""

from __future__ import annotations

from ._strategies import (
    follow_ups,
    goals,
    json_values,
    measures,
    partial_dates,
    plans,
    responsibles,
    schedules,
    texts,
)

__all__ = [
    "follow_ups",
    "goals",
    "json_values",
    "measures",
    "partial_dates",
    "plans",
    "responsibles",
    "schedules",
    "texts",
]
