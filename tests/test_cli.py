"""The ``tiltak`` command line: ``python -m tiltak`` and the ``tiltak`` script."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
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
    examples,
)
from tiltak._cli import main

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
COMMANDS = ("demo", "render", "schema", "example", "pseudonymise")
KEY = b"a secret key of 32 bytes, really"


def run_cli(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m tiltak ARGV`` in a fresh interpreter, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "tiltak", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
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
    return plans


class TestDemo:
    @pytest.mark.usefixtures("fake_examples")
    def test_shows_every_example(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without names, demo prints every example plan with its title and kind."""
        assert 0 == main(["demo", "--locale", "en"])
        out = capsys.readouterr().out
        assert "Tryggare centrum  [brå]" in out
        assert "kind: action plan" in out
        assert "Individuell plan for Ola  [ip]" in out
        assert "kind: individual plan" in out

    @pytest.mark.usefixtures("fake_examples")
    def test_shows_period_goals_and_measures(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A plan's period, goals and measures appear with each measure's responsible and when."""
        assert 0 == main(["demo", "brå", "--locale", "en"])
        expected = "\n".join(
            [
                "Tryggare centrum  [brå]",
                "  kind: action plan",
                "  period: 2024-01 \u2013 2024-12",
                "  goals (1):",
                "    1  Färre inbrott i centrum",
                "  measures (3):",
                "    1  Bättre belysning",
                "        responsible: gatuchef, Tekniska förvaltningen",
                "        when: 2024-03",
                "    2  Grannsamverkan",
                "        responsible: -",
                "        when: 2024-02 \u2013 2024-06",
                "    3  Trygghetsvandring",
                "        responsible: -",
                "        when: FREQ=MONTHLY;INTERVAL=4 from 2024-01-15",
                "",
            ]
        )
        assert expected == capsys.readouterr().out

    @pytest.mark.usefixtures("fake_examples")
    def test_empty_plan_reads_cleanly(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A plan without period, goals or measures says so instead of failing."""
        assert 0 == main(["demo", "ip", "--locale", "en"])
        expected = (
            "Individuell plan for Ola  [ip]\n"
            "  kind: individual plan\n"
            "  period: -\n"
            "  goals (0):\n"
            "  measures (0):\n"
        )
        assert expected == capsys.readouterr().out

    @pytest.mark.usefixtures("fake_examples")
    def test_as_of_names_overdue_measures(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With --as-of, each plan ends with the measures overdue on that day."""
        assert 0 == main(["demo", "brå", "ip", "--locale", "en", "--as-of", "2024-06-01"])
        out = capsys.readouterr().out
        assert "  overdue on 2024-06-01: 1\n" in out
        assert "  nothing overdue on 2024-06-01\n" in out

    @pytest.mark.usefixtures("fake_examples")
    def test_unknown_name_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown example name exits 2 with one line naming it, and prints no plan."""
        assert 2 == main(["demo", "ip", "nope"])
        captured = capsys.readouterr()
        assert "" == captured.out
        assert captured.err.startswith("tiltak demo: error: no example is named 'nope'; ")
        assert 1 == captured.err.count("\n")

    @pytest.mark.usefixtures("fake_examples")
    def test_tiltak_error_is_one_line(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A TiltakError from inside a command exits 1 with its message and no traceback."""

        def broken(name: str) -> Plan:
            raise tiltak.ModelError("the example is damaged")

        monkeypatch.setattr(examples, "load", broken)
        assert 1 == main(["demo", "ip"])
        assert "tiltak demo: error: the example is damaged\n" == capsys.readouterr().err


class TestParser:
    def test_no_command_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without a command, tiltak exits 2 and names what is missing."""
        with pytest.raises(SystemExit) as exit_info:
            main([])
        assert 2 == exit_info.value.code
        assert "required: COMMAND" in capsys.readouterr().err

    @pytest.mark.parametrize("argv", [["--help"], *([name, "--help"] for name in COMMANDS)])
    def test_help(self, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
        """Every command answers --help with its usage and exits 0."""
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert 0 == exit_info.value.code
        assert capsys.readouterr().out.startswith(f"usage: tiltak {' '.join(argv[:-1])}".rstrip())

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the installed version."""
        with pytest.raises(SystemExit) as exit_info:
            main(["--version"])
        assert 0 == exit_info.value.code
        assert f"tiltak {tiltak.__version__}\n" == capsys.readouterr().out


class TestRealExamples:
    def test_python_m_tiltak_demo(self) -> None:
        """``python -m tiltak demo`` exits 0 and shows every example by name and title."""
        result = subprocess.run(
            [sys.executable, "-m", "tiltak", "demo"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert (0, "") == (result.returncode, result.stderr)
        for name in examples.names():
            plan = examples.load(name)
            assert f"{plan.title}  [{name}]" in result.stdout
        assert len(examples.names()) == result.stdout.count("\n  kind: ")

    def test_every_measure_shown(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Each example's measures all appear with a responsible and a when line."""
        assert 0 == main(["demo", *examples.names(), "--locale", "en"])
        out = capsys.readouterr().out
        total = sum(len(examples.load(name).measures) for name in examples.names())
        assert total == out.count("\n        responsible: ")
        assert total == out.count("\n        when: ")

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
        assert err.startswith("tiltak demo: error: ")
        assert "'xx'" in err
        assert "Traceback" not in err

    def test_bad_as_of(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An --as-of that is no date exits 2 and says what a date looks like."""
        assert 2 == main(["demo", "--as-of", "tomorrow"])
        err = capsys.readouterr().err
        assert "'tomorrow'" in err
        assert "2024-06-01" in err

    def test_as_of_month_is_not_a_day(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An --as-of that names only a month exits 2: the checks need a day."""
        assert 2 == main(["demo", "--as-of", "2024-06"])
        assert "'2024-06'" in capsys.readouterr().err

    def test_as_of_in_words(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--as-of reads a date as people write it."""
        assert 0 == main(["demo", "individual_plan", "--as-of", "15. oktober 2024"])

    def test_locale_case_insensitive(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Locale codes are read without regard to case."""
        assert 0 == main(["demo", "individual_plan", "--locale", "EN"])
        assert "kind: individual plan" in capsys.readouterr().out


class TestExample:
    @pytest.mark.parametrize("name", examples.names())
    def test_prints_json(self, name: str, capsys: pytest.CaptureFixture[str]) -> None:
        """The example's JSON, indented by two, reads back as the example."""
        assert 0 == main(["example", name])
        out = capsys.readouterr().out
        assert tiltak.dumps(examples.load(name), indent=2) + "\n" == out
        assert examples.load(name) == tiltak.loads(out)

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

    def test_ics(self, plan_file: Path, capsys: pytest.CaptureFixture[bytes]) -> None:
        """--to ics writes the library's iCalendar bytes."""
        assert 0 == main(["render", str(plan_file), "--to", "ics", "--locale", "sv"])
        expected = tiltak.to_ical(examples.load("individual_plan"), locale="sv")
        assert expected == capsys.readouterr().out.encode()

    def test_ics_to_file(self, plan_file: Path, tmp_path: Path) -> None:
        """-o writes the calendar to a file, byte for byte."""
        out = tmp_path / "plan.ics"
        assert 0 == main(["render", str(plan_file), "--to", "ics", "-o", str(out)])
        assert tiltak.to_ical(examples.load("individual_plan"), locale="nb") == out.read_bytes()

    def test_fhir(self, plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--to fhir writes the FHIR bundle as JSON, and it reads back as the plan."""
        from tiltak.fhir import from_fhir, to_fhir

        assert 0 == main(["render", str(plan_file), "--to", "fhir"])
        bundle = json.loads(capsys.readouterr().out)
        assert to_fhir(examples.load("individual_plan")) == bundle
        assert examples.load("individual_plan") == from_fhir(bundle)

    def test_unknown_format(self, plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown format is a usage error naming the formats there are."""
        with pytest.raises(SystemExit) as exit_info:
            main(["render", str(plan_file), "--to", "pdf"])
        assert 2 == exit_info.value.code
        assert "ics" in capsys.readouterr().err

    def test_not_a_plan(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A file that is not a plan exits 2 with its problems and their paths."""
        bad = tmp_path / "bad.json"
        bad.write_text('{"format": "tiltak/1"}', encoding="utf-8")
        assert 2 == main(["render", str(bad), "--to", "fhir", "--locale", "en"])
        err = capsys.readouterr().err
        assert "bad.json is not a tiltak plan (1 problem):" in err
        assert "@ $" in err


class TestSchema:
    def test_prints_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        """tiltak schema prints the library's JSON Schema."""
        assert 0 == main(["schema"])
        assert tiltak.json_schema() == json.loads(capsys.readouterr().out)

    def test_every_example_meets_it(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Every example printed by ``tiltak example`` meets the printed schema."""
        import jsonschema

        main(["schema"])
        schema = json.loads(capsys.readouterr().out)
        for name in examples.names():
            main(["example", name])
            jsonschema.validate(json.loads(capsys.readouterr().out), schema)
