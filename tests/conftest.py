"""Shared fixtures: tiltak's own test plugin, as integrators use it."""

pytest_plugins = ["tiltak.testing.pytest_plugin", "pytester"]
