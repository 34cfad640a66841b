"""A validation report as a :class:`~tiltak._render._view.Document`: findings by severity."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tiltak._i18n import gettext, ngettext
from tiltak._text import visible_controls

from ._labels import as_of_text, capitalised, label, severity_badge
from ._view import Block, Cell, Document, Listed, Note, Section, Table

if TYPE_CHECKING:
    from tiltak._report import Finding, FindingGroup, Report

__all__ = ["group_where", "report_document"]

SHOWN = 5
"""How many elements a group names before "and N more"."""

# Worst first; the values are Severity's.
_ORDER = ("error", "warning", "info")


def _counts(counts: dict[str, int], locale: str) -> str:
    parts = [
        ngettext("{n} error", "{n} errors", counts["error"], locale=locale),
        ngettext("{n} warning", "{n} warnings", counts["warning"], locale=locale),
        ngettext("{n} note", "{n} notes", counts["info"], locale=locale),
    ]
    return ", ".join(part.format(n=n) for part, n in zip(parts, counts.values(), strict=True))


def _short(finding: Finding, locale: str) -> str:
    subject = finding.subject
    return finding.path if subject is None else subject.short_text(locale=locale)


def group_where(group: FindingGroup, *, locale: str) -> str:
    """The elements a group of findings is about, in one line: «mål TT-1.1, TT-1.2 og 3 til».

    One element is named in full with its label; several by kind and identifier, the kind
    said once when they share it, the first few only. On one line, whatever the identifiers
    hold: their control characters are shown escaped.
    """
    findings = group.findings
    if len(findings) == 1:
        return findings[0].where(locale)
    return visible_controls(_listed(findings, locale))


def _listed(findings: tuple[Finding, ...], locale: str) -> str:
    subjects = [f.subject for f in findings]
    kinds = {s.kind for s in subjects if s is not None}
    shared = len(kinds) == 1 and all(s is not None and s.id is not None for s in subjects)
    names = []
    for finding in findings[:SHOWN]:
        subject = finding.subject
        if shared and subject is not None:
            names.append(subject.id or "")
        else:
            names.append(_short(finding, locale))
    listed = ", ".join(dict.fromkeys(names))
    first = findings[0].subject
    if shared and first is not None:
        listed = f"{first.kind_text(locale=locale)} {listed}"
    rest = len(findings) - SHOWN
    if rest > 0:
        listed = gettext("{items} and {count} more", locale=locale).format(
            items=listed, count=rest
        )
    return listed


def _where(group: FindingGroup, locale: str) -> Cell:
    items = tuple(f"{f.where(locale)} \u00b7 {visible_controls(f.path)}" for f in group.findings)
    return Listed(summary=group_where(group, locale=locale), items=items)


def _message(group: FindingGroup, locale: str) -> str:
    text = group.message(locale=locale)
    return text if len(group) == 1 else f"{text} ({len(group)})"


def report_document(report: Report, *, locale: str) -> Document:
    """The view-model of a validation report: its findings grouped by rule, worst first."""
    groups: dict[str, list[tuple[Cell, ...]]] = {key: [] for key in _ORDER}
    counts = dict.fromkeys(_ORDER, 0)
    for group in report.grouped():
        key = group.severity.value
        counts[key] += len(group)
        groups[key].append((group.code, _message(group, locale), _where(group, locale)))
    subtitle = [_counts(counts, locale)]
    if report.as_of is not None:
        subtitle.append(as_of_text(report.as_of, locale=locale))
    columns = (
        capitalised(label("rule", locale=locale)),
        capitalised(label("message", locale=locale)),
        capitalised(label("where", locale=locale)),
    )
    blocks: list[Block] = []
    for key, rows in groups.items():
        if not rows:
            continue
        badge = severity_badge(key, locale=locale)
        heading = f"{capitalised(badge.label)} ({counts[key]})"
        table = Table(caption=heading, columns=columns, rows=tuple(rows))
        blocks.append(Section(heading=heading, blocks=(table,), badge=badge))
    if not blocks:
        blocks.append(Note(text=label("no_findings", locale=locale)))
    return Document(
        title=capitalised(label("report", locale=locale)),
        subtitle=tuple(subtitle),
        locale=locale,
        blocks=tuple(blocks),
    )
