"""The ``tiltak`` command line: ``python -m tiltak`` and the ``tiltak`` script."""

from __future__ import annotations

import datetime as dt
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
        assert 0 == main(["demo"])
        out = capsys.readouterr().out
        assert "Tryggare centrum  [brå]" in out
        assert "kind:    action plan" in out
        assert "Individuell plan for Ola  [ip]" in out
        assert "kind:    individual plan" in out

    @pytest.mark.usefixtures("fake_examples")
    def test_shows_period_goals_and_measures(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A plan's period, goals and measures appear with each measure's responsible and when."""
        assert 0 == main(["demo", "brå"])
        expected = "\n".join(
            [
                "Tryggare centrum  [brå]",
                "  kind:    action plan",
                "  period:  2024-01 \u2013 2024-12",
                "  goals (1):",
                "    1  Färre inbrott i centrum",
                "  measures (3):",
                "    1  Bättre belysning",
                "        responsible: gatuchef, Tekniska förvaltningen",
                "        when:        2024-03",
                "    2  Grannsamverkan",
                "        responsible: -",
                "        when:        2024-02 \u2013 2024-06",
                "    3  Trygghetsvandring",
                "        responsible: -",
                "        when:        FREQ=MONTHLY;INTERVAL=4 from 2024-01-15",
                "",
            ]
        )
        assert expected == capsys.readouterr().out

    @pytest.mark.usefixtures("fake_examples")
    def test_empty_plan_reads_cleanly(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A plan without period, goals or measures says so instead of failing."""
        assert 0 == main(["demo", "ip"])
        expected = (
            "Individuell plan for Ola  [ip]\n"
            "  kind:    individual plan\n"
            "  period:  -\n"
            "  goals (0):\n"
            "  measures (0):\n"
        )
        assert expected == capsys.readouterr().out

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

    @pytest.mark.parametrize("argv", [["--help"], ["demo", "--help"]])
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
        assert len(examples.names()) == result.stdout.count("\n  kind:    ")

    def test_every_measure_shown(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Each example's measures all appear with a responsible and a when line."""
        assert 0 == main(["demo", *examples.names()])
        out = capsys.readouterr().out
        total = sum(len(examples.load(name).measures) for name in examples.names())
        assert total == out.count("\n        responsible: ")
        assert total == out.count("\n        when:        ")

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
