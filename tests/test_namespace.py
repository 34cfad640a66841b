"""The public namespace: one table of lazy names, a clean ``dir``, public modules on demand."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import tiltak

INIT = Path(tiltak.__file__)
PUBLIC_MODULES = {
    "asof",
    "documents",
    "errors",
    "examples",
    "exports",
    "fhir",
    "i18n",
    "labels",
    "pictures",
    "rules",
    "testing",
}


def _init_tree() -> ast.Module:
    return ast.parse(INIT.read_text(encoding="utf-8"))


def _type_checking_imports() -> dict[str, str]:
    """The names ``tiltak/__init__.py`` imports for type checkers, with their modules."""
    names: dict[str, str] = {}
    for node in _init_tree().body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name):
            assert node.test.id == "TYPE_CHECKING"
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                module = "." * statement.level + (statement.module or "")
                for alias in statement.names:
                    names[alias.asname or alias.name] = module
    return names


def _eager_imports() -> set[str]:
    """The names ``tiltak/__init__.py`` imports when the package loads."""
    return {
        alias.asname or alias.name
        for node in _init_tree().body
        if isinstance(node, ast.ImportFrom) and node.level == 1
        for alias in node.names
    }


class TestLazyTable:
    def test_the_table_is_the_type_checking_imports(self) -> None:
        """Every lazy name is imported for type checkers from the module the table names."""
        imported = _type_checking_imports()
        modules = {name for name, module in imported.items() if module == "."}
        assert PUBLIC_MODULES == modules
        assert tiltak._LAZY == {n: m for n, m in imported.items() if n not in modules}

    def test_all_is_the_eager_names_and_the_table(self) -> None:
        """``__all__`` holds exactly the names loaded with the package and those in the table."""
        assert len(tiltak.__all__) == len(set(tiltak.__all__))
        assert set(tiltak.__all__) == _eager_imports() | set(tiltak._LAZY)
        assert not _eager_imports() & set(tiltak._LAZY)

    @pytest.mark.parametrize("name", sorted(tiltak._LAZY))
    def test_each_lazy_name_resolves_to_its_module(self, name: str) -> None:
        """A lazy name is the object its module defines under that name."""
        module = importlib.import_module(tiltak._LAZY[name], "tiltak")
        assert getattr(tiltak, name) is getattr(module, name)

    def test_public_modules_are_the_submodules_without_underscore(self) -> None:
        """Every public module is listed, and nothing else."""
        found = {path.stem for path in INIT.parent.glob("*.py")} | {
            path.parent.name for path in INIT.parent.glob("*/__init__.py")
        }
        assert PUBLIC_MODULES == {name for name in found if not name.startswith("_")}
        assert PUBLIC_MODULES == set(tiltak._SUBMODULES)

    def test_a_small_top_level(self) -> None:
        """The top level stays small enough to take in at a glance.

        A new name at the top level is a decision: make it here, or give the name a home in
        one of the public modules.
        """
        assert len(tiltak.__all__) <= 70


class TestDir:
    def test_no_helpers(self) -> None:
        """``dir(tiltak)`` shows no typing helpers, no importlib, no private module."""
        shown = dir(tiltak)
        for helper in ("Any", "TYPE_CHECKING", "annotations", "importlib"):
            assert helper not in shown
        assert not [name for name in shown if name.startswith("_") and not name.startswith("__")]

    def test_public_names_and_modules(self) -> None:
        """``dir(tiltak)`` lists every public name and module, loaded yet or not."""
        assert {*tiltak.__all__, *PUBLIC_MODULES, "__version__"} <= set(dir(tiltak))


class TestPublicModules:
    def test_reachable_after_import_tiltak_and_loaded_on_use(self) -> None:
        """``tiltak.examples``, ``tiltak.fhir`` ... are attributes, imported on first use."""
        code = (
            "import sys, tiltak\n"
            f"names = {sorted(PUBLIC_MODULES)!r}\n"
            "assert not [n for n in names if f'tiltak.{n}' in sys.modules], sys.modules\n"
            "print(all(getattr(tiltak, n).__name__ == f'tiltak.{n}' for n in names))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=False,
            env={"PYTHONPATH": str(INIT.parent.parent)},
        )
        assert ("True\n", "") == (result.stdout, result.stderr)

    @pytest.mark.parametrize("name", ["kind_name", "colour_name", "to_xlsx", "RuleSet"])
    def test_moved_names_are_not_at_the_top(self, name: str) -> None:
        """Label functions, exporters and rule types live in their modules."""
        with pytest.raises(AttributeError):
            getattr(tiltak, name)
