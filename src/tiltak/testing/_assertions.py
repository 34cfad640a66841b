"""Assertions for tests: a plan is valid, or it has exactly the findings a test expects."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from tiltak._i18n import N_, gettext, ngettext
from tiltak._names import severity_name
from tiltak._validate import validate

if TYPE_CHECKING:
    from tiltak._model import Plan
    from tiltak._report import Finding, Report

__all__ = ["assert_findings", "assert_valid"]


def _lines(findings: Iterable[Finding], locale: str | None) -> list[str]:
    return [
        f"  {f.code} {severity_name(f.severity, locale=locale)} @ {f.path}: {f.message(locale)}"
        for f in findings
    ]


def assert_valid(plan: Plan, *, locale: str | None = None, **validate_options: Any) -> Report:
    """Fail unless ``tiltak.validate(plan, **validate_options)`` finds no error; return the report.

    The failure lists every error finding with its path, in ``locale``.

    >>> from tiltak.testing import make_plan
    >>> assert_valid(make_plan("individual_plan")).ok
    True
    >>> assert_valid(make_plan("individual_plan", coordinator=None), locale="en")
    Traceback (most recent call last):
    ...
    AssertionError: The plan has 1 error finding:
      I002 error @ $.coordinator: No coordinator is named.
    """
    __tracebackhide__ = True  # pytest shows the test's line, not this helper's
    report = validate(plan, **validate_options)
    if not report.ok:
        errors = report.errors
        head = ngettext(
            "The plan has {count} error finding:",
            "The plan has {count} error findings:",
            len(errors),
            locale=locale,
        ).format(count=len(errors))
        raise AssertionError("\n".join([head, *_lines(errors, locale)]))
    return report


def assert_findings(
    plan: Plan, codes: Iterable[str], *, locale: str | None = None, **validate_options: Any
) -> Report:
    """Fail unless validation finds exactly the rules ``codes`` (each once or more).

    Narrow what is checked with ``select=``; the failure names the codes missing and those
    not expected, and lists every finding with its path, in ``locale``.

    >>> from tiltak.testing import make_plan
    >>> plan = make_plan("action_plan", background=None, resources=None)
    >>> assert_findings(plan, ["A001", "A002"]).codes
    ('A001', 'A002')
    >>> assert_findings(plan, ["A001", "P007"], locale="en")
    Traceback (most recent call last):
    ...
    AssertionError: The findings differ from those expected.
      Missing: P007
      Not expected: A002
      A001 warning @ $.background: The background is not described.
      A002 warning @ $.resources: The available resources are not described.
    """
    __tracebackhide__ = True  # pytest shows the test's line, not this helper's
    if isinstance(codes, str):
        codes = [codes]
    expected = set(codes)
    report = validate(plan, **validate_options)
    found = set(report.codes)
    if expected != found:
        none = gettext(N_("none"), locale=locale)
        lines = [
            gettext(N_("The findings differ from those expected."), locale=locale),
            gettext(N_("  Missing: {codes}"), locale=locale).format(
                codes=", ".join(sorted(expected - found)) or none
            ),
            gettext(N_("  Not expected: {codes}"), locale=locale).format(
                codes=", ".join(sorted(found - expected)) or none
            ),
        ]
        raise AssertionError("\n".join([*lines, *_lines(report, locale)]))
    return report
