"""``tiltak validate FILE...``: check plans against their rules; the exit code says how it went.

Exit 0 when no plan has an error finding, 1 when any has, 2 when a file cannot be read or is
not a plan. ``--format json`` writes the report described in ``docs/cli.md`` (shape
:data:`JSON_VERSION`).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from tiltak._errors import RuleConfigError, drop_context
from tiltak._i18n import N_, gettext, ngettext

from ._common import (
    Commands,
    PlanFileError,
    UsageError,
    add_as_of,
    add_locale,
    add_max_input,
    as_of,
    counts,
    display_name,
    group_lines,
    locale,
    read_plan,
    show,
    shown,
    write,
)

if TYPE_CHECKING:
    from tiltak._model import Plan
    from tiltak._report import Finding, Report

__all__ = ["JSON_VERSION", "add"]

JSON_VERSION = 1
"""The version of the JSON report's shape; it changes only when the shape does."""

_EXIT_FINDINGS = 1
_EXIT_UNREADABLE = 2
_ACROSS = re.compile(r"\$\[(\d+)\]")


def add(commands: Commands) -> None:
    """Declare ``tiltak validate``."""
    parser = commands.add_parser(
        "validate",
        help="check plans against the rules of their kind",
        description=(
            "Check each plan against the rules of its kind, and across the plans (one active"
            " individuell plan per person). Exit 0 when no plan has an error, 1 when any has,"
            " 2 when a file cannot be read or is not a plan."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="plans as JSON ('-': stdin)")
    add_locale(parser)
    add_max_input(parser)
    add_as_of(parser)
    parser.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="check only these rules: codes or prefixes, comma-separated (P,A004)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="leave out these rules: codes or prefixes, comma-separated (P013)",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default), json for pipelines",
    )
    parser.set_defaults(run=run)


def _codes(values: Sequence[str] | None, option: str) -> list[str] | None:
    """The codes given with ``option``; :class:`UsageError` when it was given none."""
    if values is None:
        return None
    codes = [code.strip() for value in values for code in value.split(",") if code.strip()]
    if not codes:  # "--select ''" would run no rule and pass every plan
        raise UsageError(
            N_("{option} names no rule: give codes such as P001, or prefixes"), option=option
        )
    return codes


@attrs.frozen
class _Checked:
    """One file on the command line: its plan and report, or why it is no plan."""

    name: str
    plan: Plan | None = None
    report: Report | None = None
    problems: tuple[tuple[str, str], ...] = ()
    unread: str | None = None
    """Why the file could not be read at all, in the run's language."""


def _read(names: Sequence[str], language: str) -> Iterator[_Checked]:
    for name in names:
        try:
            yield _Checked(name, plan=read_plan(name))
        except PlanFileError as error:
            problems = tuple((p.path, p.message(language)) for p in error.error.problems)
            yield _Checked(name, problems=problems)
        except UsageError as error:
            message = error.render(language)
            yield _Checked(name, problems=(("$", message),), unread=message)


def _known_selectors(values: list[str] | None) -> None:
    """:class:`UsageError` for a code or prefix no rule has, in the run's language."""
    from tiltak import rules  # noqa: PLC0415 - per subcommand

    known = [rule.code for rule in rules.all_rules()]
    for value in values or ():
        if not any(code.startswith(value) for code in known):
            raise UsageError(N_("no rule has the code or prefix '{code}'"), code=value[:20])


@drop_context
def _check(files: list[_Checked], args: argparse.Namespace) -> list[_Checked]:
    from tiltak._report import Report  # noqa: PLC0415 - per subcommand
    from tiltak._validate import validate_many  # noqa: PLC0415 - per subcommand

    plans = [f.plan for f in files if f.plan is not None]
    select, ignore = _codes(args.select, "--select"), _codes(args.ignore, "--ignore")
    _known_selectors(select)
    _known_selectors(ignore)
    try:
        batch = validate_many(plans, as_of=as_of(args), select=select, ignore=ignore)
    except RuleConfigError as error:
        raise UsageError(str(error)) from None
    across: dict[int, list[Finding]] = {}
    for finding in batch.across:
        match = _ACROSS.match(finding.path)
        index = int(match[1]) if match else 0
        path = "$" + finding.path[match.end() :] if match else finding.path
        across.setdefault(index, []).append(attrs.evolve(finding, path=path))
    reports = iter(batch.reports)
    checked = []
    index = 0
    for file in files:
        if file.plan is None:
            checked.append(file)
            continue
        report = next(reports)
        extra = across.get(index, [])
        if extra:
            report = Report(findings=(*report.findings, *extra), as_of=report.as_of)
        checked.append(attrs.evolve(file, report=report))
        index += 1
    return checked


def _subject_json(finding: Finding, language: str) -> dict[str, str | None] | None:
    subject = finding.subject
    if subject is None:
        return None
    return {
        "kind": subject.kind,
        "id": subject.id,
        "label": subject.label,
        "text": subject.text(locale=language),
    }


def _finding_json(finding: Finding, language: str) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "path": finding.path,
        "subject": _subject_json(finding, language),
        "message": finding.message(language),
    }


def _file_json(file: _Checked, language: str) -> dict[str, Any]:
    report = file.report
    return {
        "path": file.name,
        "ok": report is not None and report.ok,
        "kind": None if file.plan is None else file.plan.kind.value,
        "findings": [] if report is None else [_finding_json(f, language) for f in report],
        "problems": [{"path": path, "message": message} for path, message in file.problems],
    }


def _json(files: list[_Checked], args: argparse.Namespace, language: str) -> str:
    day = as_of(args)
    document = {
        "version": JSON_VERSION,
        "ok": all(f.report is not None and f.report.ok for f in files),
        "as_of": None if day is None else day.isoformat(),
        "locale": language,
        "files": [_file_json(f, language) for f in files],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _text(files: list[_Checked], language: str) -> str:
    lines = []
    for file in files:
        if file.report is None:
            continue
        lines.append(f"{file.name}: {counts(file.report, language)}")
        lines.extend(f"  {line}" for line in group_lines(file.report, language))
    return "\n".join(lines)


def _unreadable(files: list[_Checked], language: str) -> None:
    for file in files:
        if file.report is not None:
            continue
        if file.unread is not None:
            text = gettext(N_("{program} {command}: error: {message}"), locale=language)
            show(text.format(program="tiltak", command="validate", message=file.unread))
            continue
        head = ngettext(
            "{file} is not a tiltak plan ({count} problem):",
            "{file} is not a tiltak plan ({count} problems):",
            len(file.problems),
            locale=language,
        ).format(file=display_name(file.name, language), count=len(file.problems))
        lines = [f"tiltak validate: {head}"]
        lines += [f"  {message} @ {path}" for path, message in file.problems]
        show("\n".join(lines))


def run(args: argparse.Namespace) -> int:
    """Validate every file and print the report; return the exit code."""
    language = locale(args)
    as_of(args)
    files = _check(list(_read(args.files, language)), args)
    if args.format == "json":
        write(None, _json(files, args, language))
    else:
        text = _text(files, language)
        if text:
            write(None, shown(text))
        _unreadable(files, language)
    if any(f.report is None for f in files):
        return _EXIT_UNREADABLE
    return 0 if all(f.report is not None and f.report.ok for f in files) else _EXIT_FINDINGS
