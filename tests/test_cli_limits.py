"""The command line reads bounded input: a documented limit, an option to raise it, exit 2."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import types
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


class _Recorded:
    """A standard input holding ``data`` that records how many bytes each read asked for."""

    def __init__(self, data: bytes, *, fail: bool = False) -> None:
        self.source = io.BytesIO(data)
        self.asked: list[int] = []
        self.fail = fail

    def read(self, size: int = -1) -> bytes:
        self.asked.append(size)
        if self.fail:
            raise MemoryError
        return self.source.read(size)


def _stdin(monkeypatch: pytest.MonkeyPatch, stdin: _Recorded) -> None:
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=stdin))


@pytest.mark.parametrize("size", ["50GB", "10000000000000000000", "9" * 30 + "G"])
def test_a_huge_limit_reads_a_small_input(
    size: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A limit far beyond memory reads a small plan, asking for no more than a chunk at once."""
    stdin = _Recorded(PLAN)
    _stdin(monkeypatch, stdin)
    assert main(["validate", "-", "--max-input", size]) in (0, 1)
    err = capsys.readouterr().err
    assert "max-input" not in err
    assert "Traceback" not in err
    assert max(stdin.asked) <= 1 << 20


def test_a_huge_limit_reads_a_small_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same for a file: 50GB and 10^19 bytes are limits, not allocations."""
    source = tmp_path / "plan.json"
    source.write_bytes(PLAN)
    for size in ("50GB", "10000000000000000000"):
        assert main(["validate", str(source), "--max-input", size]) in (0, 1)
        err = capsys.readouterr().err
        assert "max-input" not in err
        assert "Traceback" not in err


def test_a_size_of_more_than_thirty_digits(capsys: pytest.CaptureFixture[str]) -> None:
    """A size no storage holds is a usage error, not a traceback."""
    assert 2 == main(["validate", "-", "--max-input", "1" + "0" * 40])
    err = capsys.readouterr().err
    assert "500MB" in err
    assert "Traceback" not in err


def test_standard_input_is_named_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Standard input over the limit is called standard input, in the run's language."""
    _stdin(monkeypatch, _Recorded(PLAN + b" " * 2_000))
    assert 2 == main(["validate", "-", "--max-input", "1kB"])
    assert "standard input is larger than 1000 bytes" in capsys.readouterr().err
    _stdin(monkeypatch, _Recorded(PLAN + b" " * 2_000))
    assert 2 == main(["validate", "-", "--max-input", "1kB", "--locale", "sv"])
    assert "standard in är större än 1000 byte" in capsys.readouterr().err


def test_memory_running_out_is_not_a_size(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Memory running out while reading is said as such, never as an input over a limit."""
    _stdin(monkeypatch, _Recorded(PLAN, fail=True))
    assert 2 == main(["validate", "-"])
    err = capsys.readouterr().err
    assert "tiltak validate: error: not enough memory to read standard input\n" == err


def test_the_limit_is_exact(tmp_path: Path) -> None:
    """An input of exactly the limit is read; one byte more is refused."""
    source = tmp_path / "plan.json"
    source.write_bytes(PLAN)
    assert main(["validate", str(source), "--max-input", str(len(PLAN))]) in (0, 1)
    assert 2 == main(["validate", str(source), "--max-input", str(len(PLAN) - 1)])


def test_a_file_is_held_once(tmp_path: Path) -> None:
    """A regular file is read in one go of its length: its bytes are held once, not twice."""
    import tracemalloc

    from tiltak._cli._common import _read_at_most

    source = tmp_path / "big.bin"
    size = 8 << 20
    source.write_bytes(b"x" * size)
    tracemalloc.start()
    try:
        with source.open("rb") as file:
            data = _read_at_most(file, 10**12)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(data) == size
    assert peak < 1.5 * size
    with source.open("rb") as file:
        assert len(_read_at_most(file, 1000)) == 1000
