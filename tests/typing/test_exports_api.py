"""The return and argument types of the exporters and renderers, as mypy --strict sees them."""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

import pytest

import tiltak
from tiltak.exports import to_csv


def test_csv_text_or_file(tmp_path: Path) -> None:
    """``to_csv`` gives the text without a file, and ``None`` when it writes one."""
    plan = tiltak.Plan(kind="action_plan", title="Trygg skolevei")
    text = assert_type(to_csv(plan), str)
    assert text.startswith("plan_id,")
    written = assert_type(to_csv(plan, tmp_path / "plan.csv"), None)
    assert written is None


def test_renderers_take_what_they_show() -> None:
    """The renderers are typed for what they show; anything else is a type error."""
    plan = tiltak.Plan(kind="action_plan", title="Trygg skolevei")
    assert_type(tiltak.to_text(plan), str)
    assert_type(tiltak.to_markdown(tiltak.validate(plan)), str)
    assert_type(tiltak.to_html(tiltak.summarise(plan, as_of="2024-01-01")), str)
    with pytest.raises(tiltak.errors.ModelTypeError):
        tiltak.to_text("a plan")  # type: ignore[arg-type]
