"""The worked notebooks in the docs run from top to bottom, so they can never rot."""

from __future__ import annotations

import ast
import os
import re
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

import tiltak

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "docs" / "notebooks").glob("*.ipynb"))
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


Run = Callable[[Path], nbformat.NotebookNode]
"""Execute a notebook (once per test module) and give it back with its outputs."""


def _execute(path: Path, directory: Path) -> nbformat.NotebookNode:
    """The notebook at ``path``, run in a fresh kernel in ``directory``."""
    # The kernel is a new process: let it import the tiltak under test, wherever that is.
    here = str(Path(tiltak.__file__).resolve().parents[1])
    paths = os.environ.get("PYTHONPATH", "")
    notebook: nbformat.NotebookNode = nbformat.read(path, as_version=4)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHONPATH", os.pathsep.join(p for p in (here, paths) if p))
        client = NotebookClient(
            notebook,
            timeout=120,
            kernel_name="python3",
            resources={"metadata": {"path": str(directory)}},
        )
        client.execute()
    return notebook


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """Run each notebook once, in a directory of its own, for every test that reads it."""
    done: dict[Path, nbformat.NotebookNode] = {}

    def execute(path: Path) -> nbformat.NotebookNode:
        if path not in done:
            done[path] = _execute(path, tmp_path_factory.mktemp(path.stem))
        return done[path]

    return execute


def test_both_notebooks_are_found() -> None:
    """The register's exploration and the walk through a reporting round."""
    assert [path.name for path in NOTEBOOKS] == ["explore.ipynb", "following-up.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
class TestNotebook:
    def test_stored_without_outputs(self, path: Path) -> None:
        """The notebook is kept without outputs or execution counts."""
        notebook = nbformat.read(path, as_version=4)
        code = [cell for cell in notebook.cells if cell.cell_type == "code"]
        assert [] == [cell for cell in code if cell.outputs or cell.execution_count]

    def test_first_cell_says_what_it_needs(self, path: Path) -> None:
        """The first cell names the extras to install, and the notebook needs nothing else."""
        notebook = nbformat.read(path, as_version=4)
        first = notebook.cells[0]
        assert "markdown" == first.cell_type
        match = re.search(r'pip install "\.(?:\[([a-z,]+)\])?"', first.source)
        assert match is not None, "the first cell says how to install what the notebook needs"
        assert "What it needs." in first.source
        project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
        extras = project["optional-dependencies"]
        named = match[1].split(",") if match[1] else []
        assert set(named) <= set(extras)
        provided = {"tiltak", "IPython", *sys.stdlib_module_names}  # IPython: Jupyter's own
        provided |= {_requirement_module(r) for r in project["dependencies"]}
        provided |= {_requirement_module(r) for extra in named for r in extras[extra]}
        assert set() == _imports(notebook) - provided

    def test_executes(self, path: Path, run: Run) -> None:
        """Every cell runs without an error in a fresh kernel, in a directory of its own."""
        notebook = run(path)
        errors = [
            output
            for cell in notebook.cells
            if cell.cell_type == "code"
            for output in cell.outputs
            if output.output_type == "error"
        ]
        assert [] == errors


class TestFollowingUp:
    """The walk through a reporting round shows the pictures it speaks of."""

    PATH = ROOT / "docs" / "notebooks" / "following-up.ipynb"

    def test_shows_the_pictures(self, run: Run) -> None:
        """The summaries, the goals by round, TT-1.2's chart and the timelines are drawn."""
        notebook = run(self.PATH)
        shown = [
            output.data["text/html"]
            for cell in notebook.cells
            if cell.cell_type == "code"
            for output in cell.outputs
            if "text/html" in output.get("data", {})
        ]
        titles = [
            title
            for markup in shown
            for title in re.findall(r'class="tiltak-picture"[^>]*><title>([^<]*)', markup)
        ]
        assert titles.count("Status for målene per runde") == 3  # two summaries, the matrix
        assert "Status for målområdene per runde" in titles
        assert "TT-1.2 Øke andelen treårige ved interne og …" in titles
        assert "mål TT-1.2" in titles
        assert titles.count("Tidslinje for tiltakene") == 1
        assert "Tidslinje för åtgärderna" in titles
        assert "F001 mål TT-1.2" in "".join(
            output.get("text", "") for cell in notebook.cells for output in cell.get("outputs", [])
        )
