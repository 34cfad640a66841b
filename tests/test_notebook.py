"""The worked notebook in the docs runs from top to bottom, so it can never rot."""

from __future__ import annotations

import ast
import os
import re
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

import tiltak

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "docs" / "notebooks" / "explore.ipynb"
# The import name of a requirement, where it differs from the distribution's name.
IMPORT_NAMES = {"python-stdnum": "stdnum"}


def _requirement_module(requirement: str) -> str:
    name = re.match(r"[A-Za-z0-9_.-]+", requirement)
    assert name is not None
    return IMPORT_NAMES.get(name[0].lower(), name[0].lower().replace("-", "_"))


def _imports(notebook: nbformat.NotebookNode) -> set[str]:
    """The top-level modules the notebook's code cells import."""
    found: set[str] = set()
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        source = "\n".join(
            line for line in cell.source.splitlines() if not line.lstrip().startswith(("%", "!"))
        )
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                found.update(alias.name.partition(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.partition(".")[0])
    return found


class TestExploreNotebook:
    def test_stored_without_outputs(self) -> None:
        """The notebook is kept without outputs or execution counts."""
        notebook = nbformat.read(NOTEBOOK, as_version=4)
        code = [cell for cell in notebook.cells if cell.cell_type == "code"]
        assert [] == [cell for cell in code if cell.outputs or cell.execution_count]

    def test_first_cell_says_what_it_needs(self) -> None:
        """The first cell names the extras to install, and the notebook needs nothing else."""
        notebook = nbformat.read(NOTEBOOK, as_version=4)
        first = notebook.cells[0]
        assert "markdown" == first.cell_type
        match = re.search(r'pip install "\.\[([a-z,]+)\]"', first.source)
        assert match is not None, "the first cell says how to install what the notebook needs"
        project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
        extras = project["optional-dependencies"]
        named = match[1].split(",")
        assert set(named) <= set(extras)
        provided = {"tiltak", "IPython", *sys.stdlib_module_names}  # IPython: Jupyter's own
        provided |= {_requirement_module(r) for r in project["dependencies"]}
        provided |= {_requirement_module(r) for extra in named for r in extras[extra]}
        assert set() == _imports(notebook) - provided

    def test_executes(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Every cell runs without an error in a fresh kernel, in a directory of its own."""
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
