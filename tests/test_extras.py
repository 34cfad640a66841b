"""Every optional feature without its extra: one clear tiltak error naming the extra.

These tests run twice in CI: with every extra installed (the package is hidden for the
test) and in the ``tests_noextras`` session, where it really is absent.
"""

from __future__ import annotations

import importlib
import io
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import tiltak
from tiltak import examples
from tiltak.errors import MissingExtraError


def _hide(monkeypatch: pytest.MonkeyPatch, package: str) -> None:
    """Make ``package`` unimportable for the test, as if it were not installed."""
    monkeypatch.setitem(sys.modules, package, None)


def _ical() -> object:
    return tiltak.exports.to_ical(examples.load("individual_plan"))


def _xlsx() -> object:
    tiltak.exports.to_xlsx(examples.load("individual_plan"), io.BytesIO())
    return None


def _dataframe() -> object:
    return tiltak.exports.to_dataframe(examples.load("individual_plan"))


def _read_xlsx() -> object:
    return tiltak.documents.read_xlsx(io.BytesIO(b"PK\x03\x04 not really a workbook"))


def _read_docx() -> object:
    return tiltak.documents.read_docx(io.BytesIO(b"PK\x03\x04 not really a document"))


def _read_pdf() -> object:
    return tiltak.documents.read_pdf(io.BytesIO(b"%PDF-1.4 not really a PDF"))


FEATURES: list[tuple[str, str, str, Callable[[], object]]] = [
    ("to_ical", "icalendar", "ical", _ical),
    ("to_xlsx", "openpyxl", "excel", _xlsx),
    ("to_dataframe", "pandas", "pandas", _dataframe),
    ("read_xlsx", "openpyxl", "excel", _read_xlsx),
    ("read_docx", "python-docx", "docx", _read_docx),
    ("read_pdf", "pypdf", "pdf", _read_pdf),
]
_MODULES = {"python-docx": "docx"}


class TestMissingExtra:
    @pytest.mark.parametrize(("feature", "package", "extra", "call"), FEATURES)
    def test_names_the_extra(
        self,
        feature: str,
        package: str,
        extra: str,
        call: Callable[[], object],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """Calling the feature raises MissingExtraError, an ImportError naming the extra."""
        _hide(monkeypatch, _MODULES.get(package, package))
        with pytest.raises(MissingExtraError) as info:
            call()
        error = info.value
        assert isinstance(error, ImportError)
        assert isinstance(error, tiltak.TiltakError)
        assert (feature, package, extra) == (error.feature, error.package, error.extra)
        assert f'pip install "tiltak[{extra}]"' in str(error)
        assert f'pip install ".[{extra}]"' in str(error)
        assert error.__cause__ is None
        assert error.__suppress_context__

    def test_testing_module(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """``import tiltak.testing`` without hypothesis names the testing extra."""
        _hide(monkeypatch, "hypothesis")
        for name in [n for n in sys.modules if n.startswith("tiltak.testing")]:
            monkeypatch.delitem(sys.modules, name)
        with pytest.raises(MissingExtraError) as info:
            importlib.import_module("tiltak.testing")
        assert ("tiltak.testing", "hypothesis", "testing") == (
            info.value.feature,
            info.value.package,
            info.value.extra,
        )

    def test_help_and_completion_without_the_testing_extra(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``help(tiltak)``, ``hasattr`` and tab completion work; the attribute names the extra."""
        import pydoc
        import rlcompleter

        _hide(monkeypatch, "hypothesis")
        for name in [n for n in sys.modules if n.startswith("tiltak.testing")]:
            monkeypatch.delitem(sys.modules, name)
        monkeypatch.delattr(tiltak, "testing", raising=False)
        assert not hasattr(tiltak, "testing")
        assert "validate" in pydoc.render_doc(tiltak)
        completer = rlcompleter.Completer({"tiltak": tiltak})
        assert completer.complete("tiltak.valid", 0) == "tiltak.validate("
        with pytest.raises(AttributeError, match="extra 'testing'") as info:
            _ = tiltak.testing
        assert isinstance(info.value.__cause__, MissingExtraError)

    def test_localised(self) -> None:
        """The message speaks the reader's language, and the command is the same in each."""
        error = MissingExtraError(feature="to_ical", package="icalendar", extra="ical")
        assert error.message("sv").startswith("to_ical behöver icalendar")
        assert 'pip install "tiltak[ical]"' in error.message("nn")
        assert str(error) == error.message("en")

    def test_pickles(self) -> None:
        """The error crosses a process pool intact."""
        error = MissingExtraError(feature="to_ical", package="icalendar", extra="ical")
        copy = pickle.loads(pickle.dumps(error))
        assert (str(error), "ical") == (str(copy), copy.extra)

    def test_an_error_inside_an_installed_package_is_not_hidden(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Only the missing package itself is reported as a missing extra."""
        import importlib

        from tiltak import _extras

        def broken(name: str) -> object:
            raise ModuleNotFoundError("No module named 'numpy'", name="numpy")

        monkeypatch.setattr(importlib, "import_module", broken)
        with pytest.raises(ModuleNotFoundError) as info:
            _extras.require("pandas", extra="pandas", feature="to_dataframe")
        assert not isinstance(info.value, MissingExtraError)


class TestWorksWithout:
    def test_fast_is_optional(self) -> None:
        """Without orjson, plans are read and written the same."""
        plan = examples.load("action_plan_bra")
        text = tiltak.dumps(plan)
        assert plan == tiltak.loads(text)

    def test_idnumbers_is_optional(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without python-stdnum, an identity number is reported as not checked."""
        from tiltak._idnumbers import check_national_id

        _hide(monkeypatch, "stdnum")
        assert not check_national_id("010190 12345").checked

    def test_fhir_needs_no_extra(self) -> None:
        """FHIR export and import need no extra."""
        from tiltak.fhir import from_fhir, to_fhir

        plan = examples.load("coordinated_plan")
        assert plan == from_fhir(to_fhir(plan))


class TestCommandLine:
    def test_render_ics_without_icalendar(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """tiltak render --to ics says which extra to install, in one line, exit 2."""
        from tiltak._cli import main

        for name in ("TILTAK_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"):
            monkeypatch.delenv(name, raising=False)
        _hide(monkeypatch, "icalendar")
        plan = tmp_path / "plan.json"
        plan.write_text(tiltak.dumps(examples.load("individual_plan")), encoding="utf-8")
        out = tmp_path / "plan.ics"
        assert 2 == main(["render", str(plan), "--to", "ics", "-o", str(out)])
        err = capsys.readouterr().err
        assert err.startswith("tiltak render: error: to_ical needs icalendar")
        assert 1 == err.count("\n")
