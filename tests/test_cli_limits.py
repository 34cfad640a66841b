"""The command line reads bounded input: a documented limit, an option to raise it, exit 2."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tiltak._cli import main
from tiltak._cli._common import DEFAULT_MAX_INPUT

ROOT = Path(__file__).resolve().parent.parent
PLAN = b'{"format": "tiltak/1", "kind": "action_plan", "title": "Trygg skolevei"}'


class _Endless(io.RawIOBase):
    """A standard input that never ends, and counts what was read of it."""

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        size = len(buffer)
        buffer[:size] = b" " * size
        self.given += size
        return size


def test_default_is_documented() -> None:
    """The default limit is the one docs/cli.md names."""
    assert 100_000_000 == DEFAULT_MAX_INPUT
    assert "100 MB" in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["validate", "render", "pseudonymise"])
def test_a_file_over_the_limit(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file over the limit exits 2 with one line naming the option, no traceback."""
    source = tmp_path / "plan.json"
    source.write_bytes(PLAN + b" " * 2_000)
    extra = {"render": ["--to", "text"], "pseudonymise": ["--key-file", str(source)]}
    code = main([command, str(source), "--max-input", "1kB", *extra.get(command, [])])
    err = capsys.readouterr().err
    assert 2 == code
    assert "--max-input" in err
    assert "1000" in err
    assert "Traceback" not in err


def test_raising_the_limit_reads_it(tmp_path: Path) -> None:
    """The same file reads with the limit raised."""
    source = tmp_path / "plan.json"
    source.write_bytes(PLAN + b" " * 2_000)
    assert 2 == main(["validate", str(source), "--max-input", "1kB"])
    assert main(["validate", str(source), "--max-input", "3kB"]) in (0, 1)


def test_a_size_that_is_no_size(capsys: pytest.CaptureFixture[str]) -> None:
    """A --max-input that is no size is a usage error."""
    assert 2 == main(["validate", "-", "--max-input", "lots"])
    assert "500MB" in capsys.readouterr().err


def test_endless_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Endless standard input is refused once the limit is passed, without reading on."""
    endless = _Endless()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(endless)))
    assert 2 == main(["validate", "-", "--max-input", "1MB"])
    assert endless.given < 2_000_000
    assert "--max-input" in capsys.readouterr().err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero() -> None:
    """``validate /dev/zero`` exits 2 with a message, not a MemoryError, in a real process."""
    done = subprocess.run(
        [sys.executable, "-m", "tiltak", "validate", "/dev/zero", "--max-input", "10MB"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert 2 == done.returncode
    assert "--max-input" in done.stderr
    assert "Traceback" not in done.stderr
