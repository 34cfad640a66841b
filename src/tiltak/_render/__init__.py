"""Showing plans, goals, measures and reports to people: HTML, Markdown and plain text.

Each output is built in two steps: a builder turns the object into a localised view-model
(:mod:`tiltak._render._view`) once, and a renderer lays that out. Nothing here is imported
by ``import tiltak``; the model's ``_repr_html_`` and ``_repr_markdown_`` import it on use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from tiltak._diff import PlanDiff
from tiltak._errors import ModelTypeError
from tiltak._locale import resolve_locale
from tiltak._model import Goal, Measure, Plan
from tiltak._report import Report
from tiltak._summary import Summary

from ._figures import summary_figures
from ._findings import report_document
from ._html import render as render_html
from ._markdown import render as render_markdown
from ._plan import goal_document, measure_document, plan_document
from ._status import DiffLike, SummaryLike, diff_document, summary_document
from ._text import render as render_text

if TYPE_CHECKING:
    from ._view import Document

__all__ = ["Showable", "document", "to_html", "to_markdown", "to_text"]

Showable = Plan | Goal | Measure | Report | Summary | PlanDiff
"""What the renderers show."""

_WHAT = "a Plan, Goal, Measure, Report, Summary or PlanDiff"


def document(obj: Showable, *, locale: str | None = None) -> Document:
    """The view-model of ``obj`` in ``locale``.

    Without a locale, a plan that states its ``language`` is shown in it; anything else in
    the context's default.
    """
    language = obj.language if isinstance(obj, Plan | Summary) else None
    own = None if language is None else str(language.value)
    code = resolve_locale(locale, own=own)
    if isinstance(obj, Plan):
        return plan_document(obj, locale=code)
    if isinstance(obj, Goal):
        return goal_document(obj, locale=code)
    if isinstance(obj, Measure):
        return measure_document(obj, locale=code)
    if isinstance(obj, Report):
        return report_document(obj, locale=code)
    if isinstance(obj, Summary):
        figures = summary_figures(obj, locale=code)
        return summary_document(cast("SummaryLike", obj), locale=code, figures=figures)
    if isinstance(obj, PlanDiff):
        return diff_document(cast("DiffLike", obj), locale=code)
    raise ModelTypeError(f"can only show {_WHAT}, not {type(obj).__name__}")


def to_html(obj: Showable, *, locale: str | None = None, full_page: bool = False) -> str:
    """``obj`` as an HTML fragment with its own stylesheet, or a whole page.

    A fragment suits Jupyter and web pages (``<style>``, the content, and a plain-text
    fallback); ``full_page=True`` gives a complete HTML5 document in the locale's language.
    Every text from the plan is escaped; the output holds no script.
    """
    if not isinstance(full_page, bool):
        raise ModelTypeError(f"full_page must be a bool, not {type(full_page).__name__}")

    view = document(obj, locale=locale)
    return render_html(view, fallback=render_text(view), full_page=full_page)


def to_markdown(obj: Showable, *, locale: str | None = None) -> str:
    """``obj`` as Markdown: headings and pipe tables, with every plan text escaped.

    >>> import tiltak
    >>> print(tiltak.to_markdown(tiltak.Measure(id="M1", title="Bedre belysning"),
    ...                          locale="nb"))
    ## Bedre belysning
    <BLANKLINE>
    *tiltak*
    <BLANKLINE>
    | Tiltak |  |
    |---|---|
    | Identifikator | M1 |
    | Tiltak | **Bedre belysning** |
    | Statusfarge | ○ ikke vurdert |
    <BLANKLINE>
    """
    return render_markdown(document(obj, locale=locale))


def to_text(obj: Showable, *, locale: str | None = None) -> str:
    """``obj`` as plain text for a terminal or a log.

    >>> import tiltak
    >>> print(tiltak.to_text(tiltak.Measure(id="M1", title="Bättre belysning"), locale="sv"))
    Bättre belysning
    ================
    åtgärd
    <BLANKLINE>
    Åtgärd
      Identifierare  M1
      Åtgärd         Bättre belysning
      Statusfärg     ○ inte bedömd
    """
    return render_text(document(obj, locale=locale))
