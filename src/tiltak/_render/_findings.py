"""A validation report as a :class:`~tiltak._render._view.Document`: findings by severity."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tiltak._i18n import ngettext

from ._labels import as_of_text, capitalised, label, severity_badge
from ._view import Block, Document, Note, Section, Table

if TYPE_CHECKING:
    from tiltak._report import Report

__all__ = ["report_document"]

# Worst first; the values are Severity's.
_ORDER = ("error", "warning", "info")


def _counts(counts: dict[str, int], locale: str) -> str:
    parts = [
        ngettext("{n} error", "{n} errors", counts["error"], locale=locale),
        ngettext("{n} warning", "{n} warnings", counts["warning"], locale=locale),
        ngettext("{n} note", "{n} notes", counts["info"], locale=locale),
    ]
    return ", ".join(part.format(n=n) for part, n in zip(parts, counts.values(), strict=True))


def report_document(report: Report, *, locale: str) -> Document:
    """The view-model of a validation report, its findings grouped worst first."""
    groups: dict[str, list[tuple[str, str, str]]] = {key: [] for key in _ORDER}
    for finding in report.findings:
        key = finding.severity.value
        groups.setdefault(key, []).append(
            (finding.code, finding.message(locale=locale), finding.path)
        )
    counts = {key: len(groups[key]) for key in _ORDER}
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
        heading = f"{capitalised(badge.label)} ({len(rows)})"
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
