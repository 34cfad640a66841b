"""The documentation's examples run as tests, and still run where an extra is not installed.

An example that calls a feature of an optional extra (``to_ical``, ``to_xlsx``,
``to_dataframe``, ``read_xlsx``, ``read_docx``, ``read_pdf``, ``tiltak.testing``) is skipped
when the extra's package is absent, and so is every later example of the same page that uses
a name it defined. The summary at the end
of the run says which pages skipped what, and why.
"""

from __future__ import annotations

import doctest
import importlib.util
import re

import pytest

# What a call needs: (pattern in an example's source, the package, the extra that installs it)
_NEEDS = (
    (re.compile(r"\bto_ical\b"), "icalendar", "ical"),
    (re.compile(r"\bto_xlsx\b|\bread_xlsx\b|\bopenpyxl\b"), "openpyxl", "excel"),
    (re.compile(r"\bread_docx\b|\bimport docx\b"), "docx", "docx"),
    (re.compile(r"\bread_pdf\b|\bpypdf\b"), "pypdf", "pdf"),
    (re.compile(r"\bto_dataframe\b|\bpandas\b"), "pandas", "pandas"),
    (re.compile(r"\btiltak\.testing\b|\bhypothesis\b"), "hypothesis", "testing"),
)
_ASSIGNED = re.compile(r"^\s*(?:for\s+)?([A-Za-z_][\w, ]*?)\s*(?:=(?!=)|\s+in\s)", re.MULTILINE)
_DEFINED = re.compile(r"^\s*(?:async\s+)?(?:def|class)\s+([A-Za-z_]\w*)", re.MULTILINE)
_IMPORTED = re.compile(r"^\s*(?:from\s+\S+\s+)?import\s+(.+)$", re.MULTILINE)
_NAME = re.compile(r"[A-Za-z_]\w*")
_skipped: dict[str, set[str]] = {}


def _missing(package: str) -> bool:
    return importlib.util.find_spec(package) is None


def _defined(source: str) -> set[str]:
    names = set(_DEFINED.findall(source))
    for match in _ASSIGNED.finditer(source):
        names.update(_NAME.findall(match[1]))
    for match in _IMPORTED.finditer(source):
        for part in match[1].split(","):
            names.add(part.split(" as ")[-1].strip().split(".")[0])
    return names


def _skip_without_extras(test: doctest.DocTest) -> set[str]:
    """Mark the examples that need an absent extra as skipped; the extras they need."""
    tainted: set[str] = set()
    reasons: set[str] = set()
    for example in test.examples:
        source = example.source
        needs = {
            (package, extra)
            for pattern, package, extra in _NEEDS
            if pattern.search(source) and _missing(package)
        }
        uses_tainted = bool(tainted & set(_NAME.findall(source)))
        if needs or uses_tainted:
            example.options[doctest.SKIP] = True
            tainted |= _defined(source)
            reasons |= {f"the extra '{extra}' ({package})" for package, extra in needs}
    return reasons


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip what needs a missing extra in the Markdown pages' examples."""
    for item in items:
        test = getattr(item, "dtest", None)
        if isinstance(test, doctest.DocTest) and str(test.filename).endswith(".md"):
            reasons = _skip_without_extras(test)
            if reasons:
                _skipped[item.nodeid] = reasons
                if all(example.options.get(doctest.SKIP) for example in test.examples):
                    item.add_marker(pytest.mark.skip(reason="needs " + ", ".join(sorted(reasons))))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Name the pages whose examples were skipped in part for a missing extra."""
    for nodeid, reasons in sorted(_skipped.items()):
        terminalreporter.write_line(
            f"{nodeid}: examples skipped, they need {', '.join(sorted(reasons))}"
        )
