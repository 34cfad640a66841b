"""The collector's pause is counted across threads, so overlapping calls never leave it off."""

from __future__ import annotations

import gc
import json
import os
import sys
import threading
import warnings
from collections.abc import Callable, Iterator

import pytest

from tiltak import dumps, examples, from_dict, loads, to_dict
from tiltak._serial._gcpause import paused_gc


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_overlapping_pauses_end_with_the_collector_on() -> None:
    """First in, first out: the pattern that left the collector off for good."""
    first, second = threading.Event(), threading.Event()
    states: list[bool] = []

    def outer() -> None:
        with paused_gc:
            first.set()
            second.wait()

    thread = threading.Thread(target=outer)
    thread.start()
    first.wait()
    with paused_gc:
        second.set()
        thread.join()  # the first pause ends while this one runs
        states.append(gc.isenabled())
    assert states == [False]
    assert gc.isenabled()


def test_nested_pauses_in_one_thread() -> None:
    with paused_gc:
        with paused_gc:
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    with paused_gc:
        pass
    assert not gc.isenabled()


def test_an_error_ends_the_pause() -> None:
    with pytest.raises(ZeroDivisionError), paused_gc:
        1 / 0  # noqa: B018
    assert gc.isenabled()


PLAN = examples.load(examples.names()[0])
TEXT = dumps(PLAN)
OPERATIONS: dict[str, Callable[[], object]] = {
    "loads": lambda: loads(TEXT),
    "dumps": lambda: dumps(PLAN),
    "from_dict": lambda: from_dict(json.loads(TEXT)),
    "to_dict": lambda: to_dict(PLAN),
}


@pytest.mark.parametrize("name", OPERATIONS)
def test_overlapping_calls_end_with_the_collector_on(name: str) -> None:
    """Call B reads the switch while call A has it off, and A ends before B turns it off.

    Profile hooks hold each thread at those points, so the order is certain, not hoped for.
    """
    operation = OPERATIONS[name]
    a_paused, b_read, a_done = threading.Event(), threading.Event(), threading.Event()

    def hold_a(frame: object, event: str, arg: object) -> None:
        if event == "c_return" and arg is gc.disable:
            a_paused.set()
            b_read.wait(timeout=0.5)  # a counted pause holds its lock here, so B cannot read

    def hold_b(frame: object, event: str, arg: object) -> None:
        if event == "c_return" and arg is gc.isenabled:
            b_read.set()
            a_done.wait(timeout=5)

    def run(hook: Callable[[object, str, object], None], done: threading.Event) -> None:
        sys.setprofile(hook)
        try:
            operation()
        finally:
            sys.setprofile(None)
            done.set()

    a = threading.Thread(target=run, args=(hold_a, a_done))
    b = threading.Thread(target=run, args=(hold_b, threading.Event()))
    a.start()
    assert a_paused.wait(timeout=5)
    b.start()
    a.join()
    b.join()
    assert gc.isenabled()


def test_the_lock_is_reentrant() -> None:
    """A signal handler may read a plan while its thread is inside the pause's lock."""
    with paused_gc._lock:
        assert paused_gc._lock.acquire(blocking=False)
        paused_gc._lock.release()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_forked_child_gets_its_collector_back() -> None:
    """A pause of another thread at the moment of the fork never ends in the child."""
    inside, leave = threading.Event(), threading.Event()

    def pause() -> None:
        with paused_gc:
            inside.set()
            leave.wait(timeout=10)

    thread = threading.Thread(target=pause)
    thread.start()
    try:
        assert inside.wait(timeout=5)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # forking with threads
            child = os.fork()
        if child == 0:  # pragma: no cover - the child reports through its exit code
            os._exit(0 if gc.isenabled() else 1)
        _, status = os.waitpid(child, 0)
        assert 0 == os.waitstatus_to_exitcode(status)
    finally:
        leave.set()
        thread.join()
    assert gc.isenabled()
