"""The worked notebook in the docs runs from top to bottom, so it can never rot."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

import tiltak

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "notebooks" / "explore.ipynb"


class TestExploreNotebook:
    def test_stored_without_outputs(self) -> None:
        """The notebook is kept without outputs or execution counts."""
        notebook = nbformat.read(NOTEBOOK, as_version=4)
        code = [cell for cell in notebook.cells if cell.cell_type == "code"]
        assert [] == [cell for cell in code if cell.outputs or cell.execution_count]

    def test_executes(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Every cell runs without an error in a fresh kernel."""
        # The kernel is a new process: let it import the tiltak under test, wherever that is.
        here = str(Path(tiltak.__file__).resolve().parents[1])
        path = os.environ.get("PYTHONPATH", "")
        monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (here, path) if p))
        notebook = nbformat.read(NOTEBOOK, as_version=4)
        client = NotebookClient(
            notebook,
            timeout=120,
            kernel_name="python3",
            resources={"metadata": {"path": str(tmp_path)}},
        )
        client.execute()
        errors = [
            output
            for cell in notebook.cells
            if cell.cell_type == "code"
            for output in cell.outputs
            if output.output_type == "error"
        ]
        assert [] == errors
