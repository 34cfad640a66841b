"""A plan's notebook display under a sanitising viewer: nbconvert's ``sanitize_html``."""

from __future__ import annotations

import html

import pytest

import tiltak
from tiltak import examples

nbformat = pytest.importorskip("nbformat")
exporters = pytest.importorskip("nbconvert.exporters")


def _sanitised_page(obj: object) -> str:
    """The HTML page nbconvert makes, sanitising, of a notebook that displays ``obj``."""
    bundle = obj._repr_mimebundle_() if hasattr(obj, "_repr_mimebundle_") else None
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    if data is None:
        data = {"text/html": obj._repr_html_(), "text/plain": repr(obj)}  # type: ignore[attr-defined]
    output = nbformat.v4.new_output("display_data", data=data)
    cell = nbformat.v4.new_code_cell("plan", outputs=[output])
    notebook = nbformat.v4.new_notebook(cells=[cell])
    exporter = exporters.HTMLExporter(sanitize_html=True)
    body, _resources = exporter.from_notebook_node(notebook)
    return str(body)


class TestSanitisingViewer:
    def test_the_display_survives(self) -> None:
        """The sanitiser keeps the plan's words and leaves no live markup from it."""
        plan = examples.load("individual_plan")
        page = _sanitised_page(plan)
        assert html.escape(plan.goals[0].text or "", quote=False) in page

    @pytest.mark.xfail(
        reason="nbconvert's sanitiser escapes the fragment's <style> and table headers, and"
        " keeps both the table and the plain-text fallback: the fragment needs a layout that"
        " degrades to one readable copy",
        strict=True,
    )
    def test_only_one_readable_copy_shows(self) -> None:
        """No stylesheet shows as text, and the plan's text shows once, as documented."""
        plan = examples.load("individual_plan")
        page = _sanitised_page(plan)
        assert "&lt;style&gt;" not in page
        title = html.escape(plan.title or "", quote=False)
        assert 1 == page.count(title)

    def test_to_html_is_what_is_displayed(self) -> None:
        """The display's HTML is to_html in the plan's language."""
        plan = examples.load("individual_plan")
        assert tiltak.to_html(plan) == plan._repr_html_()
