"""Every check the project runs, locally and in CI: ``nox`` runs them all, ``nox -s NAME`` one."""

from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
# Only interpreters that are really here are listed (below); never fetch one.
nox.options.download_python = "never"

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")


def _runs_as(executable: str, version: str) -> bool:
    try:
        result = subprocess.run(
            [executable, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except OSError:
        return False
    return result.returncode == 0 and result.stdout.strip() == version


def _find_interpreter(version: str) -> str | None:
    """A working ``pythonX.Y``: pyenv's newest patch release first, then PATH (shims aside)."""
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    releases = sorted(
        (
            path
            for path in (pyenv_root / "versions").glob(f"{version}.*")
            if re.fullmatch(rf"{re.escape(version)}\.\d+", path.name)
        ),
        key=lambda path: int(path.name.rsplit(".", 1)[1]),
        reverse=True,
    )
    candidates = [str(path / "bin" / f"python{version}") for path in releases]
    # A pyenv shim exists for every installed version but runs only the selected ones.
    search_path = os.pathsep.join(
        entry
        for entry in os.environ.get("PATH", "").split(os.pathsep)
        if Path(entry).name != "shims"
    )
    if on_path := shutil.which(f"python{version}", path=search_path):
        candidates.append(on_path)
    return next((exe for exe in candidates if _runs_as(exe, version)), None)


def _available_pythons() -> list[str]:
    """The supported versions (from the classifiers) that this machine has.

    Each one's directory goes to the front of PATH so that nox finds that interpreter by
    its version; a version the machine lacks is left out, so it is skipped, not an error.
    """
    found = []
    for version in nox.project.python_versions(PYPROJECT):
        executable = _find_interpreter(version)
        if executable is None:
            continue
        found.append(version)
        os.environ["PATH"] = os.pathsep.join(
            [str(Path(executable).parent), os.environ.get("PATH", "")]
        )
    return found


PYTHONS = _available_pythons()

nox.options.sessions = [
    "lint",
    "typecheck",
    "docs",
    "catalogs",
    "tests",
    "tests_noextras",
    "bench",
]


def _groups(*names: str) -> tuple[str, ...]:
    return nox.project.dependency_groups(PYPROJECT, *names)


def _extras() -> str:
    """``[a,b]`` naming every optional extra, so tests reach the code behind each of them."""
    names = sorted(PYPROJECT["project"].get("optional-dependencies") or {})
    return f"[{','.join(names)}]" if names else ""


_WHEEL: list[Path] = []


def _wheel(session: nox.Session) -> Path:
    """The project's wheel, built once per nox run and shared by every session that needs it."""
    if not _WHEEL:
        out = Path(tempfile.mkdtemp(prefix="tiltak-wheel-"))
        atexit.register(shutil.rmtree, out, ignore_errors=True)
        if session.venv_backend == "uv":
            session.run("uv", "build", "--wheel", "--out-dir", str(out), str(ROOT))
        else:
            session.install("build")
            session.run("python", "-m", "build", "--wheel", "--outdir", str(out), str(ROOT))
        (wheel,) = out.glob("tiltak-*.whl")
        _WHEEL.append(wheel)
    return _WHEEL[0]


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff's checks, the formatting it would apply, and the layers (``[tool.importlinter]``)."""
    session.install(*_groups("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    # The contracts read the source tree: no wheel needed to see who imports whom.
    session.run("lint-imports", "--no-cache", env={"PYTHONPATH": str(ROOT / "src")})


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the package, over code that uses it as an integrator would
    (``tests/typing``), and over the tests."""
    # The package with every extra, and everything the tests import, so that mypy sees the
    # types of the optional dependencies and of the test-only ones (nbformat, fhir.resources).
    session.install(*_groups("typecheck", "tests"), f"{_wheel(session)}{_extras()}")
    session.run("mypy", "--strict", "src", "tests")


@nox.session
def docs(session: nox.Session) -> None:
    """The Sphinx site, warnings as errors, built into ``docs/_build/html`` (git ignores it).

    Open ``docs/_build/html/index.html`` in a browser to read it, API reference included.
    """
    session.install(*_groups("docs"), f"{_wheel(session)}{_extras()}")
    out = ROOT / "docs" / "_build" / "html"
    session.run(
        "sphinx-build",
        "-W",
        "--keep-going",
        "-n",
        "-b",
        "html",
        "docs",
        str(out),
        *session.posargs,
    )


@nox.session
def catalogs(session: nox.Session) -> None:
    """The translation catalogs: in step with the code, nb, nn and sv complete, none fuzzy."""
    babel = [
        requirement
        for requirement in PYPROJECT["project"]["dependencies"]
        if re.match(r"babel\b", requirement, re.IGNORECASE)
    ]
    session.install(*babel)
    session.run("python", "tools/catalogs.py", "check")


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The test suite and every doctest, against the installed wheel, not the source tree."""
    session.install(*_groups("tests"), f"{_wheel(session)}{_extras()}")
    package = session.run(
        "python",
        "-c",
        "import os, tiltak; print(os.path.dirname(tiltak.__file__))",
        silent=True,
    )
    assert isinstance(package, str)
    package_dir = package.strip()
    if Path(package_dir).is_relative_to(ROOT / "src"):
        session.error(f"tiltak was imported from the source tree ({package_dir})")
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "--import-mode=importlib",
        "--doctest-modules",
        "--doctest-glob=*.md",
        "--ignore=docs/conf.py",
        *(session.posargs or ["tests", "docs", "README.md", package_dir]),
    )


_EXTRA_PACKAGES = (
    "icalendar",
    "openpyxl",
    "pandas",
    "hypothesis",
    "orjson",
    "stdnum",
    "docx",
    "pypdf",
)
"""What the extras install: none of it may be importable in the session without extras."""


@nox.session
def tests_noextras(session: nox.Session) -> None:
    """The wheel as the README installs it, without extras: every optional feature names its
    extra, and the documentation's examples pass or say which extra they skipped for."""
    session.install("pytest", str(_wheel(session)))
    session.run(
        "python",
        "-c",
        "import importlib.util, sys; found = [p for p in sys.argv[1:]"
        " if importlib.util.find_spec(p)]; sys.exit(f'installed: {found}' if found else 0)",
        *_EXTRA_PACKAGES,
    )
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "--import-mode=importlib",
        "--doctest-glob=*.md",
        "--ignore=docs/conf.py",
        "-rs",
        *(
            session.posargs
            or ["tests/test_extras.py", "tests/test_cli_language.py", "README.md", "docs"]
        ),
    )


@nox.session
def coverage(session: nox.Session) -> None:
    """Branch coverage of ``src/tiltak`` by the tests and doctests, held above a floor.

    The floor (``fail_under`` under ``[tool.coverage.report]``) sits just under what the
    suite reaches; ``# pragma: no cover`` is for lines that cannot run here, with the reason.
    """
    # The source tree itself, installed editable, so that coverage maps lines to src/.
    session.install(*_groups("tests", "coverage"), "-e", f".{_extras()}")
    session.run(
        "coverage",
        "run",
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "--doctest-modules",
        "--doctest-glob=*.md",
        "--ignore=docs/conf.py",
        *(session.posargs or ["tests", "docs", "README.md", "src/tiltak"]),
    )
    session.run("coverage", "report")


@nox.session
def bench(session: nox.Session) -> None:
    """The benchmarks against pydantic, msgspec and orjson: a quick smoke run by default.

    ``nox -s bench -- --check --docs`` runs the full suite, fails on a missed target and
    writes the table into ``docs/performance.md``.
    """
    session.install(*_groups("bench"), f"{_wheel(session)}[fast]")
    session.run("python", "bench/run.py", *(session.posargs or ["--quick"]))
