"""The ``tiltak`` command line: ``python -m tiltak`` and the ``tiltak`` script."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import tiltak
from tiltak import (
    Goal,
    Measure,
    Period,
    Plan,
    PlanKind,
    Responsible,
    Schedule,
    _names,
    examples,
)
from tiltak._cli import main
from tiltak.testing import make_measure, make_plan

ACTION = Plan(
    kind=PlanKind.ACTION_PLAN,
    title="Tryggare centrum",
    period=Period(start="2024-01", end="2024-12"),
    goals=(Goal(id="1", text="Färre inbrott i centrum"),),
    measures=(
        Measure(
            id="1",
            title="Bättre belysning",
            goals=("1",),
            responsible=Responsible(role="gatuchef", organisation="Tekniska förvaltningen"),
            deadline="2024-03",
        ),
        Measure(
            id="2",
            description="Grannsamverkan",
            period=Period(start="2024-02", end="2024-06"),
        ),
        Measure(
            id="3",
            title="Trygghetsvandring",
            schedule=Schedule(start=dt.date(2024, 1, 15), rule="FREQ=MONTHLY;INTERVAL=4"),
        ),
    ),
)
INDIVIDUAL = Plan(kind=PlanKind.INDIVIDUAL_PLAN, title="Individuell plan for Ola")
COMMANDS = ("demo", "validate", "render", "schema", "example", "rules", "pseudonymise")
KEY = b"a secret key of 32 bytes, really"


LOCALE_VARIABLES = ("TILTAK_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture(autouse=True)
def _english_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts without a language in the environment: the run speaks English."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def run_cli(
    *argv: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m tiltak ARGV`` in a fresh interpreter, as a user runs it."""
    import os

    environment = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    return subprocess.run(
        [sys.executable, "-m", "tiltak", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env={**environment, **(env or {})},
    )


@pytest.fixture
def fake_examples(monkeypatch: pytest.MonkeyPatch) -> dict[str, Plan]:
    """``tiltak.examples`` holding two known plans instead of the real ones."""
    plans = {"brå": ACTION, "ip": INDIVIDUAL}

    def load(name: str) -> Plan:
        if name not in plans:
            raise examples.UnknownExampleError(name)
        return plans[name]

    monkeypatch.setattr(examples, "names", lambda: tuple(plans))
    monkeypatch.setattr(examples, "load", load)
    monkeypatch.setattr(examples, "as_of", lambda name: dt.date(2024, 6, 1))
    return plans


class TestDemo:
    def test_summarises_each_example_on_its_own_day(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without --as-of, every example is summarised as of the day it stands on."""
        assert 0 == main(["demo", "--locale", "nb"])
        out = capsys.readouterr().out
        for name in examples.names():
            assert f" per {tiltak.i18n.format_date(examples.as_of(name), locale='nb')}:" in out
        assert len(examples.names()) == out.count("ingenting forsinket per")

    def test_fits_in_two_hundred_lines(self) -> None:
        """The whole demo in bokmål stays short enough to read, and names no JSON path."""
        result = run_cli("demo", "--locale", "nb")
        assert (0, "") == (result.returncode, result.stderr)
        assert len(result.stdout.splitlines()) < 200
        assert "$." not in result.stdout

    def test_shows_the_latest_round(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Each example with rounds shows what changed in its latest one, in words."""
        assert 0 == main(["demo", "operational_plan", "action_plan_bra", "--locale", "nb"])
        out = capsys.readouterr().out
        assert "  rapporteringsrunde 1. sep. 2019 til 31. des. 2019:\n" in out
        assert "    målt: mål TT-1.2 28 \u2192 33 \u2192 34 % (83 %)\n" in out
        assert "    statusfarger: mål 1 gul \u2192 grønn, mål 2 gul \u2192 rød\n" in out
        assert "    rapporter levert: 9, ikke levert: 0\n" in out
        assert "P015 advarsel @ mål TT-5.1" in out

    def test_each_example_in_its_own_language(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without --locale, each example is shown in the language it is written in."""
        assert 0 == main(["demo"])
        out = capsys.readouterr().out
        for name in examples.names():
            language = examples.language(name)
            plan = examples.load(name)
            label = tiltak.labels.field_label("kind", locale=language)
            kind = tiltak.labels.label(plan.kind, locale=language)
            assert f"  {label}: {kind}\n" in out, name
        assert "plantyp: åtgärdsplan" in out
        assert "plantype: tiltaksplan" in out

    def test_says_when_a_schedule_runs_as_one_phrase(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A measure on a schedule reads as people say it, its start inside the phrase."""
        assert 0 == main(["demo", "action_plan_bra"])
        out = capsys.readouterr().out
        assert "(när: varje fredag och lördag från 1 mars till och med 31 december 2024)\n" in out

    @pytest.mark.usefixtures("fake_examples")
    def test_shows_every_example(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without names, demo prints every example plan with its title and kind."""
        assert 0 == main(["demo", "--locale", "en"])
        out = capsys.readouterr().out
        assert "Tryggare centrum  [brå]" in out
        assert "plan kind: action plan" in out
        assert "Individuell plan for Ola  [ip]" in out
        assert "plan kind: individual plan" in out

    @pytest.mark.usefixtures("fake_examples")
    def test_shows_period_goals_and_measures(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A plan's period, goals and measures appear with each measure's responsible and when."""
        assert 0 == main(["demo", "brå", "--locale", "en"])
        expected = "\n".join(
            [
                "Tryggare centrum  [brå]",
                "  plan kind: action plan",
                "  period (from \u2013 to): January 2024 \u2013 December 2024",
                "  goals (1):",
                "    1  Färre inbrott i centrum",
                "  measures (3):",
                "    1  Bättre belysning (when: March 2024)",
                "    2  Grannsamverkan (when: February 2024 \u2013 June 2024)",
                "    3  Trygghetsvandring (when: every tertial from 15 January 2024)",
                "  status on 1 Jun 2024: ",
            ]
        )
        out = capsys.readouterr().out
        assert out.startswith(expected)
        assert "\n  validation: " in out

    @pytest.mark.usefixtures("fake_examples")
    def test_empty_plan_reads_cleanly(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A plan without period, goals or measures says so instead of failing."""
        assert 0 == main(["demo", "ip", "--locale", "en"])
        expected = (
            "Individuell plan for Ola  [ip]\n"
            "  plan kind: individual plan\n"
            "  period (from \u2013 to): -\n"
            "  goals (0):\n"
            "  measures (0):\n"
            "  status on 1 Jun 2024: "
        )
        out = capsys.readouterr().out
        assert out.startswith(expected)
        assert "\n  validation: " in out

    @pytest.mark.usefixtures("fake_examples")
    def test_validates(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Each plan ends with what validation finds: the counts, then each group of findings."""
        assert 0 == main(["demo", "ip", "--locale", "en", "--as-of", "2024-06-01"])
        report = tiltak.validate(INDIVIDUAL, as_of=dt.date(2024, 6, 1))
        lines = capsys.readouterr().out.splitlines()

        def count(found: tuple[object, ...], word: str) -> str:
            return f"{len(found)} {word}{'' if len(found) == 1 else 's'}"

        start = lines.index(
            f"  validation: {count(report.errors, 'error')}, {count(report.warnings, 'warning')},"
            f" {count(report.infos, 'note')}"
        )
        expected = []
        for group in report.grouped():
            times = f" \u00d7{len(group)}" if len(group) > 1 else ""
            first = group.findings[0]
            if len(group) == 1:
                where = first.where("en")
            else:
                assert first.subject is not None
                where = f"{first.subject.kind_text(locale='en')} "
            severity = group.severity.value.replace("info", "note")
            expected.append((f"    {group.code} {severity}{times} @ ", where))
        found = lines[start + 1 :]
        assert len(expected) == len(found)
        for (head, where), line in zip(expected, found, strict=True):
            assert line.startswith(head + where)
            assert "$." not in line

    @pytest.mark.usefixtures("fake_examples")
    def test_as_of_names_overdue_measures(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With --as-of, each plan ends with the measures overdue on that day."""
        assert 0 == main(["demo", "brå", "ip", "--locale", "en", "--as-of", "2024-06-01"])
        out = capsys.readouterr().out
        assert "  overdue on 1 Jun 2024: measure 1\n" in out
        assert "  nothing overdue on 1 Jun 2024\n" in out

    @pytest.mark.usefixtures("fake_examples")
    def test_as_of_summarises(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With --as-of, each plan shows its rolled-up colour and the counts of each colour."""
        assert 0 == main(["demo", "brå", "--locale", "en", "--as-of", "2024-06-01"])
        summary = tiltak.summarise(ACTION, as_of=dt.date(2024, 6, 1))
        colours = summary.colours
        expected = (
            f"  status on 1 Jun 2024: {_names.colour_name(summary.colour, locale='en')}"
            f" (green {colours.green}, yellow {colours.yellow}, red {colours.red},"
            f" not assessed {colours.not_assessed})\n"
        )
        assert expected in capsys.readouterr().out

    @pytest.mark.usefixtures("fake_examples")
    def test_unknown_name_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown example name exits 2 with one line naming it, and prints no plan."""
        assert 2 == main(["demo", "ip", "nope", "--locale", "en"])
        captured = capsys.readouterr()
        assert "" == captured.out
        assert captured.err.startswith("tiltak demo: error: no example is named 'nope'; ")
        assert 1 == captured.err.count("\n")

    @pytest.mark.usefixtures("fake_examples")
    def test_tiltak_error_is_one_line(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A TiltakError from inside a command exits 2 with its message and no traceback."""

        def broken(name: str) -> Plan:
            raise tiltak.errors.ModelError("the example is damaged")

        monkeypatch.setattr(examples, "load", broken)
        assert 2 == main(["demo", "ip", "--locale", "en"])
        assert "tiltak demo: error: the example is damaged\n" == capsys.readouterr().err


class TestParser:
    def test_no_command_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without a command, tiltak exits 2 and names what is missing."""
        assert 2 == main([])
        assert "required: COMMAND" in capsys.readouterr().err

    @pytest.mark.parametrize("argv", [["--help"], *([name, "--help"] for name in COMMANDS)])
    def test_help(self, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
        """Every command answers --help with its usage and exits 0."""
        assert 0 == main(argv)
        assert capsys.readouterr().out.startswith(f"usage: tiltak {' '.join(argv[:-1])}".rstrip())

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the installed version."""
        assert 0 == main(["--version"])
        assert f"tiltak {tiltak.__version__}\n" == capsys.readouterr().out


class TestRealExamples:
    def test_python_m_tiltak_demo(self) -> None:
        """``python -m tiltak demo`` exits 0 and shows every example by name and title."""
        result = run_cli("demo", "--locale", "nb")
        assert (0, "") == (result.returncode, result.stderr)
        for name in examples.names():
            plan = examples.load(name)
            assert f"{plan.title}  [{name}]" in result.stdout
        label = tiltak.labels.field_label("kind", locale="nb")
        assert len(examples.names()) == result.stdout.count(f"\n  {label}: ")

    def test_every_measure_shown(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Each example's measures all appear, each on one line with when it is due."""
        assert 0 == main(["demo", *examples.names(), "--locale", "en"])
        out = capsys.readouterr().out
        total = sum(len(examples.load(name).measures) for name in examples.names())
        assert total == out.count(" (when: ")

    def test_console_script(self) -> None:
        """The installed ``tiltak`` script runs the same command."""
        script = Path(sys.executable).with_name("tiltak")
        result = subprocess.run(
            [script, "demo", "individual_plan"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert (0, "") == (result.returncode, result.stderr)
        assert "[individual_plan]" in result.stdout


class TestModule:
    def test_python_m_tiltak(self) -> None:
        """``python -m tiltak --help`` runs the command in a fresh interpreter."""
        result = subprocess.run(
            [sys.executable, "-m", "tiltak", "--help"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert (0, "") == (result.returncode, result.stderr)
        assert "demo" in result.stdout


class TestOptions:
    def test_unknown_locale(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown locale exits 2 with one line naming it, and no traceback."""
        assert 2 == main(["demo", "--locale", "xx"])
        err = capsys.readouterr().err
        assert err.startswith("tiltak: error: unknown locale ")
        assert "'xx'" in err
        assert "Traceback" not in err

    def test_bad_as_of(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An --as-of that is no date exits 2 and says what a date looks like."""
        assert 2 == main(["demo", "--as-of", "tomorrow"])
        err = capsys.readouterr().err
        assert "'aaaaaaaa'" in err
        assert "tomorrow" not in err
        assert "2024-06-01" in err

    def test_as_of_month_is_not_a_day(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An --as-of that names only a month exits 2: the checks need a day."""
        assert 2 == main(["demo", "--as-of", "2024-06"])
        assert "'9999-99'" in capsys.readouterr().err

    def test_as_of_in_words(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--as-of reads a date as people write it."""
        assert 0 == main(["demo", "individual_plan", "--as-of", "15. oktober 2024"])

    @pytest.mark.parametrize(
        ("given", "expected"), [("EN", "en"), ("nb-NO", "nb"), ("sv_SE", "sv")]
    )
    def test_locale_normalised(
        self, given: str, expected: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Locale codes are read as tiltak reads them: any case, with a region."""
        assert 0 == main(["demo", "individual_plan", "--locale", given])
        label = tiltak.labels.field_label("kind", locale=expected)
        name = _names.kind_name("individual_plan", locale=expected)
        assert f"  {label}: {name}\n" in capsys.readouterr().out

    def test_messages_in_the_locale(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A user error is reported in the chosen language."""
        assert 2 == main(["example", "nope", "--locale", "sv"])
        assert "tiltak example: fel: inget exempel heter 'nope'" in capsys.readouterr().err


class TestExample:
    @pytest.mark.parametrize("name", examples.names())
    def test_prints_json(self, name: str, capsys: pytest.CaptureFixture[str]) -> None:
        """The example's JSON, indented by two, reads back as the example."""
        assert 0 == main(["example", name])
        out = capsys.readouterr().out
        assert tiltak.dumps(examples.load(name), indent=2) + "\n" == out
        assert examples.load(name) == tiltak.loads(out)

    def test_list_with_a_name_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--list and a name: which was meant is not guessed (the name was ignored)."""
        assert 2 == main(["example", "action_plan_bra", "--list", "--locale", "en"])
        assert "--list lists every example" in capsys.readouterr().err

    def test_to_file(self, tmp_path: Path) -> None:
        """-o writes the JSON to a file instead."""
        out = tmp_path / "plan.json"
        assert 0 == main(["example", "individual_plan", "-o", str(out)])
        assert examples.load("individual_plan") == tiltak.loads(out.read_text("utf-8"))

    def test_list(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--list names every example with its language."""
        assert 0 == main(["example", "--list"])
        lines = capsys.readouterr().out.splitlines()
        expected = [f"{name}\t{examples.language(name)}" for name in examples.names()]
        assert expected == lines

    def test_unknown(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown example exits 2, names it and lists those there are."""
        assert 2 == main(["example", "nope"])
        captured = capsys.readouterr()
        assert "" == captured.out
        assert "'nope'" in captured.err
        assert "individual_plan" in captured.err

    def test_no_name(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without a name or --list, example exits 2."""
        assert 2 == main(["example"])
        assert "--list" in capsys.readouterr().err


class TestPseudonymise:
    @pytest.fixture
    def files(self, tmp_path: Path) -> tuple[Path, Path]:
        """A plan file with a named subject, and a key file."""
        plan = tmp_path / "plan.json"
        plan.write_text(tiltak.dumps(examples.load("individual_plan")), encoding="utf-8")
        key = tmp_path / "key"
        key.write_bytes(KEY + b"\n")
        return plan, key

    def test_pseudonymises(
        self, files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The copy equals the library's pseudonymised plan under the key, final newline cut."""
        plan, key = files
        assert 0 == main(["pseudonymise", str(plan), "--key-file", str(key)])
        expected = tiltak.pseudonymise(examples.load("individual_plan"), key=KEY)
        assert expected == tiltak.loads(capsys.readouterr().out)

    def test_drop_free_text(self, files: tuple[Path, Path], tmp_path: Path) -> None:
        """--drop-free-text blanks the free text too; -o writes to a file."""
        plan, key = files
        out = tmp_path / "copy.json"
        argv = ["pseudonymise", str(plan), "--key-file", str(key), "--drop-free-text"]
        assert 0 == main([*argv, "-o", str(out)])
        expected = tiltak.pseudonymise(examples.load("individual_plan"), key=KEY, free_text="drop")
        assert expected == tiltak.loads(out.read_text("utf-8"))

    def test_short_key(
        self, files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A key of fewer than 16 bytes exits 2 and says how many are needed."""
        plan, _ = files
        key = tmp_path / "short"
        key.write_bytes(b"short")
        assert 2 == main(["pseudonymise", str(plan), "--key-file", str(key)])
        captured = capsys.readouterr()
        assert "" == captured.out
        assert "16" in captured.err

    def test_a_key_file_is_read_only_as_far_as_a_key_goes(
        self, files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """/dev/zero as the key: 4097 bytes read and refused, not a hundred megabytes."""
        plan, _ = files
        assert 2 == main(["pseudonymise", str(plan), "--key-file", "/dev/zero", "--locale", "en"])
        assert "at most 4096 bytes" in capsys.readouterr().err

    def test_missing_key_file(
        self, files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A key file that cannot be read exits 2 naming the file."""
        plan, _ = files
        assert 2 == main(["pseudonymise", str(plan), "--key-file", "/nonexistent/key"])
        assert "/nonexistent/key" in capsys.readouterr().err

    def test_not_a_plan(
        self, files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A file that is not a plan exits 2 with its problems and their paths."""
        _, key = files
        bad = tmp_path / "bad.json"
        bad.write_text('{"format": "tiltak/1", "kind": "action_plan", "title": 3}', "utf-8")
        assert 2 == main(["pseudonymise", str(bad), "--key-file", str(key)])
        err = capsys.readouterr().err
        assert "expected a string @ $.title" in err
        assert "Traceback" not in err

    def test_stdin(self, files: tuple[Path, Path]) -> None:
        """``-`` reads the plan from standard input."""
        plan, key = files
        result = run_cli("pseudonymise", "-", "--key-file", str(key), stdin=plan.read_text())
        assert (0, "") == (result.returncode, result.stderr)
        expected = tiltak.pseudonymise(examples.load("individual_plan"), key=KEY)
        assert expected == tiltak.loads(result.stdout)


class TestRender:
    @pytest.fixture
    def plan_file(self, tmp_path: Path) -> Path:
        """The individual-plan example as a file."""
        path = tmp_path / "plan.json"
        path.write_text(tiltak.dumps(examples.load("individual_plan")), encoding="utf-8")
        return path

    @pytest.mark.parametrize(
        ("extra", "said"),
        [
            (["--picture", "indicators"], "--picture draws a picture: it goes with --to svg"),
            (["--by", "goals"], "--by draws a picture"),
            (["--as-of", "2024-05-01"], "--as-of draws a picture"),
        ],
    )
    def test_picture_options_go_with_svg(
        self, plan_file: Path, capsys: pytest.CaptureFixture[str], extra: list[str], said: str
    ) -> None:
        """An option of pictures with another format is a usage error, not ignored."""
        assert 2 == main(["render", str(plan_file), "--to", "html", "--locale", "en", *extra])
        assert said in capsys.readouterr().err

    def test_by_asks_for_the_matrix(
        self, plan_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--by alone draws the matrix it gives the rows of; with another picture, an error."""
        assert 0 == main(["render", str(plan_file), "--to", "svg", "--by", "goals"])
        by_goals = capsys.readouterr().out
        assert 0 == main(
            ["render", str(plan_file), "--to", "svg", "--picture", "matrix", "--by", "goals"]
        )
        assert by_goals == capsys.readouterr().out
        assert 0 == main(["render", str(plan_file), "--to", "svg"])
        assert by_goals != capsys.readouterr().out
        assert 2 == main(
            ["render", str(plan_file), "--to", "svg", "--picture", "timeline", "--by", "goals"]
        )
        assert "--by gives the rows" in capsys.readouterr().err

    def test_ics(self, plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--to ics writes the library's iCalendar bytes."""
        assert 0 == main(["render", str(plan_file), "--to", "ics", "--locale", "sv"])
        expected = tiltak.exports.to_ical(examples.load("individual_plan"), locale="sv")
        assert expected == capsys.readouterr().out.encode()

    def test_ics_to_file(self, plan_file: Path, tmp_path: Path) -> None:
        """-o writes the calendar to a file, byte for byte."""
        out = tmp_path / "plan.ics"
        assert 0 == main(["render", str(plan_file), "--to", "ics", "-o", str(out)])
        assert (
            tiltak.exports.to_ical(examples.load("individual_plan"), locale="nb")
            == out.read_bytes()
        )

    def test_fhir(self, plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--to fhir writes the FHIR bundle as JSON, and it reads back as the plan."""
        from tiltak.fhir import from_fhir, to_fhir

        assert 0 == main(["render", str(plan_file), "--to", "fhir"])
        bundle = json.loads(capsys.readouterr().out)
        assert to_fhir(examples.load("individual_plan")) == bundle
        assert examples.load("individual_plan") == from_fhir(bundle)

    def test_unknown_format(self, plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown format is a usage error naming the formats there are."""
        assert 2 == main(["render", str(plan_file), "--to", "pdf"])
        assert "ics" in capsys.readouterr().err

    def test_not_a_plan(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A file that is not a plan exits 2 with its problems and their paths."""
        bad = tmp_path / "bad.json"
        bad.write_text('{"format": "tiltak/1"}', encoding="utf-8")
        assert 2 == main(["render", str(bad), "--to", "fhir", "--locale", "en"])
        err = capsys.readouterr().err
        assert "bad.json is not a tiltak plan (1 problem):" in err
        assert "@ $" in err

    @pytest.mark.parametrize(
        "rule",
        ["FREQ=DAILY;UNTIL=2024-01-05", "FREQ=DAILY;UNTIL=01/05/2024", "FREQ=YEARLY;BYMONTH=+2"],
    )
    def test_ics_of_a_rule_off_the_rfc_grammar(
        self, rule: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A rule RFC 5545 does not write is the file's problem at its path, not a traceback."""
        bad = tmp_path / "bad.json"
        schedule = {"start": "2024-01-01", "rule": rule}
        document = {
            "format": "tiltak/1",
            "kind": "action_plan",
            "follow_up": {"schedule": schedule},
        }
        bad.write_text(json.dumps(document), encoding="utf-8")
        assert 2 == main(["render", str(bad), "--to", "ics", "--locale", "en"])
        err = capsys.readouterr().err
        assert "bad.json is not a tiltak plan (1 problem):" in err
        assert "@ $.follow_up.schedule.rule" in err
        assert "Traceback" not in err


class TestSchema:
    def test_prints_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        """tiltak schema prints the library's JSON Schema."""
        assert 0 == main(["schema"])
        assert tiltak.json_schema() == json.loads(capsys.readouterr().out)

    def test_every_example_meets_it(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Every example printed by ``tiltak example`` meets the printed schema."""
        import jsonschema  # type: ignore[import-untyped, unused-ignore]

        main(["schema"])
        schema = json.loads(capsys.readouterr().out)
        for name in examples.names():
            main(["example", name])
            jsonschema.validate(json.loads(capsys.readouterr().out), schema)


def _write(path: Path, plan: Plan) -> str:
    path.write_text(tiltak.dumps(plan), encoding="utf-8")
    return str(path)


FILE_KEYS = {"path", "ok", "kind", "findings", "problems"}
FINDING_KEYS = {"code", "severity", "path", "subject", "message"}
SUBJECT_KEYS = {"kind", "id", "label", "text"}


def _check_shape(document: dict[str, object]) -> None:
    """The documented JSON report's shape (docs/cli.md), key by key and type by type."""
    assert {"version", "ok", "as_of", "locale", "files"} == set(document)
    assert 1 == document["version"]
    assert isinstance(document["ok"], bool)
    assert document["as_of"] is None or isinstance(document["as_of"], str)
    assert isinstance(document["files"], list)
    for file in document["files"]:
        assert FILE_KEYS == set(file)
        assert isinstance(file["path"], str)
        assert isinstance(file["ok"], bool)
        assert file["kind"] is None or file["kind"] in {k.value for k in PlanKind}
        for finding in file["findings"]:
            assert FINDING_KEYS == set(finding)
            assert finding["severity"] in {"error", "warning", "info"}
            assert finding["path"].startswith("$")
            assert SUBJECT_KEYS == set(finding["subject"])
            assert isinstance(finding["subject"]["kind"], str)
            assert isinstance(finding["subject"]["text"], str)
        for problem in file["problems"]:
            assert {"path", "message"} == set(problem)


class TestValidate:
    def test_valid_exits_0(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A plan without findings exits 0 and says so in its counts line."""
        name = _write(tmp_path / "ok.json", make_plan("action_plan"))
        assert 0 == main(["validate", name, "--locale", "en"])
        assert f"{name}: 0 errors, 0 warnings, 0 notes\n" == capsys.readouterr().out

    def test_errors_exit_1(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A plan with an error finding exits 1 and prints the finding with its element."""
        name = _write(tmp_path / "ip.json", make_plan("individual_plan", coordinator=None))
        assert 1 == main(["validate", name, "--locale", "en"])
        out = capsys.readouterr().out
        assert f"{name}: 1 error, 0 warnings, 0 notes\n" in out
        assert "  I002 error @ the plan: No coordinator is named.\n" in out

    @pytest.mark.parametrize(
        "head", [b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"%PDF-1.7"]
    )
    def test_a_document_points_to_import(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], head: bytes
    ) -> None:
        """A workbook, a Word document or a PDF given to validate: tiltak import reads it."""
        path = tmp_path / "plan.docx"
        path.write_bytes(head + bytes(64))
        assert 2 == main(["validate", str(path), "--locale", "en"])
        assert capsys.readouterr().err == (
            f"tiltak validate: error: {path} is an Office document or a PDF, not a tiltak plan:"
            " tiltak import reads it\n"
        )

    def test_localised(
        self, tmp_path: Path, tiltak_locale: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Findings are printed in the chosen language."""
        plan = make_plan("individual_plan", coordinator=None)
        name = _write(tmp_path / "ip.json", plan)
        assert 1 == main(["validate", name, "--locale", tiltak_locale])
        (finding,) = tiltak.validate(plan)
        assert finding.message(tiltak_locale) in capsys.readouterr().out

    def test_not_a_plan_exits_2(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A file that is not a plan exits 2 and names each problem with its path."""
        bad = tmp_path / "bad.json"
        bad.write_text('{"format": "tiltak/1", "kind": "action_plan", "title": 3, "x": 1}')
        assert 2 == main(["validate", str(bad), "--locale", "en"])
        err = capsys.readouterr().err
        assert f"{bad} is not a tiltak plan (2 problems):" in err
        assert "  expected a string @ $.title\n" in err
        assert "  unknown key @ $[<1 character: letters>]\n" in err
        assert "Traceback" not in err

    def test_bad_json_exits_2(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A file that is not JSON at all exits 2 with the place of the fault."""
        bad = tmp_path / "bad.json"
        bad.write_text("{not json")
        assert 2 == main(["validate", str(bad)])
        assert "invalid JSON" in capsys.readouterr().err

    def test_unreadable_exits_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A file that cannot be read exits 2 naming it."""
        assert 2 == main(["validate", "/nonexistent/plan.json"])
        assert "/nonexistent/plan.json" in capsys.readouterr().err

    def test_unreadable_wins(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """With one plan in error and one unreadable file, the exit is 2; both are reported."""
        name = _write(tmp_path / "ip.json", make_plan("individual_plan", coordinator=None))
        assert 2 == main(["validate", name, "/nonexistent/plan.json"])
        captured = capsys.readouterr()
        assert "I002" in captured.out
        assert "/nonexistent/plan.json" in captured.err

    def test_stdin(self) -> None:
        """``-`` reads the plan from standard input."""
        text = tiltak.dumps(make_plan("individual_plan", coordinator=None))
        result = run_cli("validate", "-", "--locale", "en", stdin=text)
        assert 1 == result.returncode
        assert "-: 1 error" in result.stdout

    def test_ignore_and_select(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--ignore drops a rule, --select keeps only some, comma-separated or repeated."""
        plan = make_plan("individual_plan", coordinator=None, background=None, title="")
        name = _write(tmp_path / "ip.json", plan)
        assert 0 == main(["validate", name, "--ignore", "I002,P001"])
        assert 1 == main(["validate", name, "--select", "I", "--select", "P001"])
        out = capsys.readouterr().out
        assert "P001" in out
        assert "I002" in out

    def test_unknown_rule_exits_2(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An --ignore code no rule has exits 2 naming it."""
        name = _write(tmp_path / "ok.json", make_plan("action_plan"))
        assert 2 == main(["validate", name, "--ignore", "Z999"])
        captured = capsys.readouterr()
        assert "Z999" in captured.err
        assert "Traceback" not in captured.err

    @pytest.mark.parametrize("given", ["", ",,,", " , "])
    def test_a_selection_of_no_rule_is_refused(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], given: str
    ) -> None:
        """``--select ''`` would run no rule and pass every plan: a usage error instead."""
        name = _write(tmp_path / "ip.json", make_plan("individual_plan", coordinator=None))
        assert 2 == main(["validate", name, "--select", given, "--locale", "en"])
        assert "--select names no rule" in capsys.readouterr().err
        assert 2 == main(["validate", name, "--ignore", given, "--locale", "en"])
        assert "--ignore names no rule" in capsys.readouterr().err

    def test_as_of(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The as-of rules run only with --as-of."""
        late = make_plan("action_plan", measures=[make_measure(deadline="2024-03", follow_ups=[])])
        name = _write(tmp_path / "late.json", late)
        main(["validate", name, "--select", "P016"])
        assert "P016" not in capsys.readouterr().out
        main(["validate", name, "--select", "P016", "--as-of", "2024-06-01"])
        assert "P016 " in capsys.readouterr().out

    def test_one_individual_plan_per_person(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Two active individual plans of one person give I011 on the second file."""
        person = tiltak.Subject(national_id="01010051270", birth_date=dt.date(2000, 1, 1))
        first = _write(tmp_path / "a.json", make_plan("individual_plan", subject=person))
        second = _write(tmp_path / "b.json", make_plan("individual_plan", subject=person))
        assert 1 == main(["validate", first, second, "--format", "json"])
        document = json.loads(capsys.readouterr().out)
        assert [[], ["I011"]] == [
            [f["code"] for f in file["findings"]] for file in document["files"]
        ]
        assert "$" == document["files"][1]["findings"][0]["path"]


class TestValidateJson:
    def test_shape(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--format json writes the documented shape, for plans and non-plans alike."""
        good = _write(tmp_path / "ok.json", make_plan("action_plan"))
        bad = _write(tmp_path / "ip.json", make_plan("individual_plan", coordinator=None))
        broken = tmp_path / "broken.json"
        broken.write_text('{"format": "tiltak/1", "kind": "action_plan", "title": 3}')
        argv = ["validate", good, bad, str(broken), "--format", "json", "--as-of", "2024-06-01"]
        assert 2 == main([*argv, "--locale", "sv"])
        document = json.loads(capsys.readouterr().out)
        _check_shape(document)
        assert (False, "2024-06-01", "sv") == (
            document["ok"],
            document["as_of"],
            document["locale"],
        )
        files = document["files"]
        assert [good, bad, str(broken)] == [f["path"] for f in files]
        assert [True, False, False] == [f["ok"] for f in files]
        assert ["action_plan", "individual_plan", None] == [f["kind"] for f in files]
        finding = files[1]["findings"][0]
        expected = tiltak.validate(make_plan("individual_plan", coordinator=None))[0]
        assert {
            "code": "I002",
            "severity": "error",
            "path": "$.coordinator",
            "subject": {"kind": "plan", "id": None, "label": None, "text": "planen"},
            "message": expected.message("sv"),
        } == finding
        assert [{"path": "$.title", "message": "förväntade en text"}] == files[2]["problems"]

    def test_all_clear(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A clean run is ok, with no as-of date."""
        good = _write(tmp_path / "ok.json", make_plan("operational_plan"))
        assert 0 == main(["validate", good, "--format", "json"])
        document = json.loads(capsys.readouterr().out)
        _check_shape(document)
        assert (True, None, "en") == (document["ok"], document["as_of"], document["locale"])


class TestRules:
    def test_every_rule(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without --kind every built-in rule is listed, one line each, code first."""
        from tiltak import rules

        assert 0 == main(["rules", "--locale", "en"])
        lines = capsys.readouterr().out.splitlines()
        assert [rule.code for rule in rules.all_rules()] == [line.split()[0] for line in lines]
        assert "P001  error     The plan has a title" == lines[0]

    def test_kind(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--kind lists that kind's rules, with its own severities."""
        from tiltak import rules

        assert 0 == main(["rules", "--kind", "operational_plan", "--locale", "en"])
        lines = capsys.readouterr().out.splitlines()
        expected = [rule.code for rule in rules.for_kind("operational_plan")]
        assert expected == [line.split()[0] for line in lines]
        assert any(line.startswith("P004  warning ") for line in lines)

    def test_unknown_kind(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown kind exits 2 and lists the kinds."""
        assert 2 == main(["rules", "--kind", "wish_list"])
        assert "return_to_work_plan" in capsys.readouterr().err

    def test_localised(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The rules are described in the chosen language."""
        from tiltak import rules
        from tiltak._i18n import gettext

        assert 0 == main(["rules", "--locale", "sv"])
        title = gettext(rules.get("P001").title, locale="sv")
        assert title in capsys.readouterr().out


class TestRenderDocuments:
    @pytest.mark.parametrize(
        ("to", "render"),
        [
            ("html", lambda plan, locale: tiltak.to_html(plan, locale=locale, full_page=True)),
            ("markdown", lambda plan, locale: tiltak.to_markdown(plan, locale=locale)),
            ("text", lambda plan, locale: tiltak.to_text(plan, locale=locale)),
        ],
    )
    def test_document(
        self,
        to: str,
        render: Callable[[Plan, str], str],
        tiltak_plan: Plan,
        tiltak_locale: str,
        tmp_path: Path,
    ) -> None:
        """--to html, markdown and text write the library's document in the chosen locale."""
        plan_file = tmp_path / "plan.json"
        plan_file.write_text(tiltak.dumps(tiltak_plan), encoding="utf-8")
        out = tmp_path / f"plan.{to}"
        argv = ["render", str(plan_file), "--to", to, "--locale", tiltak_locale, "-o", str(out)]
        assert 0 == main(argv)
        expected = render(tiltak_plan, tiltak_locale)
        assert expected.rstrip("\n") + "\n" == out.read_text(encoding="utf-8")


class TestRenderXlsx:
    def test_xlsx(self, tmp_path: Path) -> None:
        """--to xlsx writes Brå's template: one row per measure under the header."""
        import openpyxl  # type: ignore[import-untyped, unused-ignore]

        plan_file = tmp_path / "plan.json"
        plan_file.write_text(tiltak.dumps(examples.load("action_plan_bra")), encoding="utf-8")
        out = tmp_path / "plan.xlsx"
        assert 0 == main(["render", str(plan_file), "--to", "xlsx", "-o", str(out)])
        sheet = openpyxl.load_workbook(out).worksheets[0]
        assert len(examples.load("action_plan_bra").measures) + 1 == sheet.max_row
