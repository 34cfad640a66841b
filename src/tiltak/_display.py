"""Jupyter's rich display for plans, goals, measures, reports, summaries and diffs.

The one place where the lower layers reach up to the renderers: a value shows itself with
:mod:`tiltak._render`, imported only when a notebook asks, so ``import tiltak`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ._render import Showable

__all__ = ["Displayed"]


class Displayed:
    """A mixin: the value as HTML and as Markdown, in the locale of the current context."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        """The value as HTML for Jupyter, in the locale of the current context."""
        from ._render import to_html  # noqa: PLC0415 - the one upward edge, taken on display

        return to_html(cast("Showable", self))

    def _repr_markdown_(self) -> str:
        """The value as Markdown for Jupyter, in the locale of the current context."""
        from ._render import to_markdown  # noqa: PLC0415 - the one upward edge, taken on display

        return to_markdown(cast("Showable", self))
