"""What ships: the wheel's contents, the distribution's metadata, and a light ``import tiltak``."""

from __future__ import annotations

import email.parser
import importlib.metadata
import importlib.resources
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import tiltak

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "tiltak"
RUNTIME_DEPENDENCIES = {"attrs", "babel", "cattrs", "python-dateutil"}
NOT_AT_IMPORT = (
    "babel.dates",
    "dateutil.parser",
    "dateutil.rrule",
    "hypothesis",
    "icalendar",
    "openpyxl",
    "orjson",
    "pandas",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    """The wheel built from the source tree, the way a release builds it."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "uv", "build", "--quiet", "--wheel", "--out-dir", str(out), ROOT],
        check=True,
    )
    (path,) = out.glob("tiltak-*.whl")
    with zipfile.ZipFile(path) as archive:
        yield archive


def _metadata(wheel: zipfile.ZipFile) -> email.message.Message:
    (name,) = (n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    return email.parser.Parser().parsestr(wheel.read(name).decode())


def _runtime_names(requirements: list[str]) -> set[str]:
    """The names of the requirements that hold without any extra."""
    names = set()
    for text in requirements:
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            names.add(requirement.name.lower())
    return names


class TestWheel:
    def test_marked_typed(self, wheel: zipfile.ZipFile) -> None:
        """The wheel carries ``py.typed``, so type checkers read tiltak's annotations."""
        assert "tiltak/py.typed" in wheel.namelist()

    def test_every_source_file(self, wheel: zipfile.ZipFile) -> None:
        """Every module and data file under ``src/tiltak`` is in the wheel."""
        expected = {
            f"tiltak/{path.relative_to(SOURCE).as_posix()}"
            for path in SOURCE.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".mo"
        }
        assert set() == expected - set(wheel.namelist())

    def test_nothing_outside_the_package(self, wheel: zipfile.ZipFile) -> None:
        """The wheel holds the package and its metadata only: no tests, docs or stray files."""
        top = {name.split("/", 1)[0] for name in wheel.namelist()}
        assert {"tiltak", f"tiltak-{tiltak.__version__}.dist-info"} == top

    def test_version(self, wheel: zipfile.ZipFile) -> None:
        """The wheel's version is the version the installed package reports."""
        assert tiltak.__version__ == _metadata(wheel)["Version"]

    def test_requirements(self, wheel: zipfile.ZipFile) -> None:
        """The wheel requires exactly the four runtime dependencies, extras aside."""
        requires = _metadata(wheel).get_all("Requires-Dist")
        assert requires is not None
        assert RUNTIME_DEPENDENCIES == _runtime_names(requires)

    def test_entry_points(self, wheel: zipfile.ZipFile) -> None:
        """The wheel registers the console script and hypothesis' hook, and no pytest plugin."""
        (name,) = (n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt"))
        text = wheel.read(name).decode()
        assert "[hypothesis]\ntiltak = tiltak.testing._hypothesis_entry:_register" in text
        assert "[console_scripts]\ntiltak = tiltak._cli:main" in text
        assert "pytest11" not in text


CATALOGS = sorted(path.relative_to(SOURCE) for path in SOURCE.glob("locale/*/LC_MESSAGES/*.po"))


class TestDistribution:
    @pytest.mark.parametrize("catalog", CATALOGS, ids=str)
    def test_catalog_installed(self, catalog: Path) -> None:
        """Each translation catalog of the source is in the installed package, as .po or .mo."""
        installed = importlib.resources.files("tiltak").joinpath(*catalog.parts)
        compiled = importlib.resources.files("tiltak").joinpath(*catalog.with_suffix(".mo").parts)
        assert installed.is_file() or compiled.is_file()

    def test_requirements(self) -> None:
        """The installed distribution requires exactly the four runtime dependencies."""
        requires = importlib.metadata.requires("tiltak") or []
        assert RUNTIME_DEPENDENCIES == _runtime_names(requires)

    def test_version_from_metadata(self) -> None:
        """``tiltak.__version__`` is the installed distribution's version."""
        assert importlib.metadata.version("tiltak") == tiltak.__version__

    def test_console_script(self) -> None:
        """The ``tiltak`` script points at the command line's ``main``."""
        scripts = importlib.metadata.distribution("tiltak").entry_points.select(
            group="console_scripts"
        )
        assert ["tiltak._cli:main"] == [ep.value for ep in scripts if ep.name == "tiltak"]


@pytest.fixture(scope="module")
def imported_by_tiltak() -> set[str]:
    """The modules a fresh interpreter holds after ``import tiltak``."""
    code = "import json, sys, tiltak; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout))


class TestImport:
    @pytest.mark.parametrize("module", NOT_AT_IMPORT)
    def test_heavy_module_deferred(self, imported_by_tiltak: set[str], module: str) -> None:
        """``import tiltak`` leaves optional and slow-to-import modules unimported."""
        assert module not in imported_by_tiltak

    def test_imports_tiltak(self, imported_by_tiltak: set[str]) -> None:
        """The subprocess really imported tiltak (the check above is not vacuous)."""
        assert {"tiltak", "attrs"} <= imported_by_tiltak


def _isort_key(name: str) -> tuple[int, list[int | str]]:
    """Ruff's order for ``__all__`` (RUF022): by kind of name, then naturally."""
    kind = 0 if len(name) > 1 and name.isupper() else 1 if name[:1].isupper() else 2
    return kind, [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


class TestPublicNames:
    def test_all_sorted(self) -> None:
        """``tiltak.__all__`` is sorted as ruff sorts it (constants, classes, functions)."""
        assert sorted(set(tiltak.__all__), key=_isort_key) == tiltak.__all__

    @pytest.mark.parametrize("name", tiltak.__all__)
    def test_name_exists(self, name: str) -> None:
        """Every name in ``__all__`` can be imported from ``tiltak``."""
        assert hasattr(tiltak, name)

    @pytest.mark.parametrize("name", tiltak.__all__)
    def test_name_documented(self, name: str) -> None:
        """Every public class and function has a docstring: the API page is built from them."""
        obj = getattr(tiltak, name)
        assert not callable(obj) or (obj.__doc__ or "").strip()

    def test_unknown_attribute(self) -> None:
        """A name tiltak does not have raises AttributeError, as for any module."""
        with pytest.raises(AttributeError, match="no_such_name"):
            _ = tiltak.no_such_name
