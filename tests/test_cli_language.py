"""One language per run of ``tiltak``, and errors a person can read in it."""

from __future__ import annotations

import errno
import io
import sys
from pathlib import Path

import pytest

import tiltak
from tiltak import examples
from tiltak._cli import main
from tiltak._cli._language import os_reason, run_language

LOCALE_VARIABLES = ("TILTAK_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture(autouse=True)
def _no_language(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.json"
    path.write_text(tiltak.dumps(examples.load("individual_plan")), encoding="utf-8")
    return path


class TestRule:
    @pytest.mark.parametrize(
        ("environ", "expected"),
        [
            ({}, "en"),
            ({"LANG": "nb_NO.UTF-8"}, "nb"),
            ({"LANG": "nn_NO.UTF-8"}, "nn"),
            ({"LANG": "sv_SE.UTF-8"}, "sv"),
            ({"LANG": "sv_FI.UTF-8"}, "sv"),
            ({"LANG": "en_GB.UTF-8"}, "en"),
            ({"LANG": "C.UTF-8"}, "en"),
            ({"LANG": "POSIX"}, "en"),
            ({"LANG": "de_DE.UTF-8"}, "en"),
            ({"LANG": "no_NO.UTF-8"}, "nb"),
            ({"LC_MESSAGES": "nn_NO.UTF-8", "LANG": "sv_SE.UTF-8"}, "nn"),
            ({"LC_ALL": "C", "LC_MESSAGES": "nn_NO.UTF-8", "LANG": "sv_SE.UTF-8"}, "en"),
            ({"TILTAK_LOCALE": "sv", "LC_ALL": "nb_NO.UTF-8"}, "sv"),
            ({"TILTAK_LOCALE": "", "LANG": "nn_NO.UTF-8"}, "nn"),
        ],
    )
    def test_environment(self, environ: dict[str, str], expected: str) -> None:
        """TILTAK_LOCALE, then LC_ALL, LC_MESSAGES and LANG, then English."""
        assert expected == run_language(["validate", "x"], environ)

    def test_locale_option_wins(self) -> None:
        """--locale (either spelling) overrides the environment."""
        environ = {"TILTAK_LOCALE": "sv", "LANG": "nb_NO.UTF-8"}
        assert "nn" == run_language(["rules", "--locale", "nn"], environ)
        assert "en" == run_language(["rules", "--locale=en-GB"], environ)

    def test_environment_speaks_in_the_run(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """LANG chooses the language of every message when --locale is absent."""
        monkeypatch.setenv("LANG", "sv_SE.UTF-8")
        assert 2 == main(["example", "nope"])
        assert capsys.readouterr().err.startswith("tiltak example: fel: ")

    def test_c_locale_is_english(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """LANG=C.UTF-8 is English, not bokmål."""
        monkeypatch.setenv("LANG", "C.UTF-8")
        assert 2 == main(["example", "nope"])
        assert capsys.readouterr().err.startswith("tiltak example: error: no example is named")

    def test_unknown_tiltak_locale(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An unknown TILTAK_LOCALE is a usage error, said in the environment's language."""
        monkeypatch.setenv("TILTAK_LOCALE", "xx")
        monkeypatch.setenv("LANG", "nn_NO.UTF-8")
        assert 2 == main(["rules"])
        assert "tiltak: feil: ukjend språk 'xx' i $TILTAK_LOCALE; bruk nb, nn, sv eller en\n" == (
            capsys.readouterr().err
        )
        assert 2 == main(["rules", "--locale", "yy"])  # the option's own, said as such
        assert "tiltak: feil: ukjend språk 'yy'; bruk nb, nn, sv eller en\n" == (
            capsys.readouterr().err
        )


class TestArgparseWords:
    @pytest.mark.parametrize(
        ("argv", "expected"),
        [
            (["render"], "tiltak render: feil: desse argumenta er påkravde: FILE, --to\n"),
            (["bogus"], "tiltak: feil: argumentet COMMAND: ugyldig val: 'bogus' (vel mellom "),
            (["rules", "--kind"], "tiltak rules: feil: argumentet --kind: venta eitt argument\n"),
            (["rules", "extra"], "tiltak: feil: ukjende argument: extra\n"),
        ],
    )
    def test_in_the_run_language(
        self, argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """argparse's own error messages are in the run's language, with a hint to --help."""
        assert 2 == main([*argv, "--locale", "nn"])
        err = capsys.readouterr().err
        assert err.startswith(expected)
        assert err.endswith("--help' viser korleis han blir brukt\n")
        assert 2 == err.count("\n")

    def test_help_stays_english(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--help is English in every locale, as documented."""
        assert 0 == main(["render", "--help", "--locale", "sv"])
        out = capsys.readouterr().out
        assert out.startswith("usage: tiltak render")
        assert "options:" in out

    def test_argparse_is_left_as_it_was(self) -> None:
        """After a run, argparse's words are argparse's again."""
        import argparse

        before = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
        main(["rules", "--kind", "--locale", "sv"])
        assert before == (argparse._, argparse.ngettext)  # type: ignore[attr-defined]


class TestFiles:
    def test_missing_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A missing file is 'cannot read', with the reason in the run's language."""
        assert 2 == main(["render", "/nonexistent/plan.json", "--to", "text", "--locale", "nb"])
        assert (
            "tiltak render: feil: kan ikke lese /nonexistent/plan.json: filen finnes ikke\n"
            == capsys.readouterr().err
        )

    def test_directory(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A directory is said to be one, not 'not a tiltak plan'."""
        assert 2 == main(["validate", str(tmp_path), "--locale", "sv"])
        err = capsys.readouterr().err
        assert f"tiltak validate: fel: kan inte läsa {tmp_path}: det är en katalog\n" == err

    def test_empty_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """An empty file is called empty."""
        empty = tmp_path / "empty.json"
        empty.write_bytes(b"")
        assert 2 == main(["validate", str(empty)])
        assert "the document is empty @ $" in capsys.readouterr().err

    def test_standard_input_is_named(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Standard input is called so, not '-'."""
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"{")))
        assert 2 == main(["validate", "-", "--locale", "nn"])
        err = capsys.readouterr().err
        assert err.startswith("tiltak validate: standard inn er ikkje ein tiltak-plan")

    def test_problems_in_the_run_language(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Every problem of a file that is not a plan is in the run's language."""
        bad = tmp_path / "bad.json"
        bad.write_text('{"format": "tiltak/1", "kind": "action_plan", "title": 3}')
        assert 2 == main(["render", str(bad), "--to", "text", "--locale", "nn"])
        err = capsys.readouterr().err
        assert "er ikkje ein tiltak-plan (1 problem):\n  venta ein tekst @ $.title\n" in err

    def test_other_os_errors_by_code(self) -> None:
        """An error the command has no words for is named by its code, not in English."""
        error = OSError(errno.EIO, "Input/output error")
        assert "systemfel EIO" == os_reason(error, "sv")

    def test_binary_is_not_written_to_a_terminal(
        self,
        plan_file: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """render --to xlsx without -o refuses a terminal, as other tools do."""
        pytest.importorskip("openpyxl")
        monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
        assert 2 == main(["render", str(plan_file), "--to", "xlsx", "--locale", "en"])
        err = capsys.readouterr().err
        assert "will not write a binary file to the terminal: give -o FILE" in err


class TestMissingExtra:
    @pytest.mark.parametrize(("to", "module", "extra"), [("ics", "icalendar", "ical")])
    def test_one_line_exit_2(
        self,
        to: str,
        module: str,
        extra: str,
        plan_file: Path,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A format whose extra is missing is one line naming the extra, exit 2."""
        monkeypatch.setitem(sys.modules, module, None)
        out = tmp_path / "out"
        assert 2 == main(["render", str(plan_file), "--to", to, "-o", str(out), "--locale", "nb"])
        err = capsys.readouterr().err
        assert 1 == err.count("\n")
        assert f'pip install "tiltak[{extra}]"' in err
        assert err.startswith("tiltak render: feil: to_ical trenger icalendar")

    def test_xlsx(
        self,
        plan_file: Path,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """--to xlsx without openpyxl names the excel extra."""
        monkeypatch.setitem(sys.modules, "openpyxl", None)
        out = tmp_path / "out.xlsx"
        assert 2 == main(["render", str(plan_file), "--to", "xlsx", "-o", str(out)])
        err = capsys.readouterr().err
        assert 'pip install "tiltak[excel]"' in err
        assert 1 == err.count("\n")
        assert not out.exists()
