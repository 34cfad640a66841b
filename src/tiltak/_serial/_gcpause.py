"""Keeping the garbage collector out of the way while a plan is built or written.

Building a large plan makes many objects and no reference cycles, so the collector's passes
over them are wasted time. The collector's switch is one per process, though, while plans
are read in many threads at once: each call remembering and restoring the switch on its own
leaves it off for good when two calls overlap (the second remembers "off"). So the pauses
are counted: the first to begin turns the collector off, the last to end turns it back on
if it was on before the first began.
"""

from __future__ import annotations

import gc
import os
import threading
from types import TracebackType

__all__ = ["paused_gc"]


class _Pause:
    __slots__ = ("_depth", "_lock", "_restore")

    def __init__(self) -> None:
        # Re-entrant: a signal handler may read a plan while its thread is in here.
        self._lock = threading.RLock()
        self._depth = 0
        self._restore = False

    def _after_fork(self) -> None:
        """In a child process: the pauses of the parent's other threads never end here."""
        self._lock = threading.RLock()
        if self._depth:
            self._depth = 0
            if self._restore:
                gc.enable()

    def __enter__(self) -> None:
        with self._lock:
            if self._depth == 0:
                self._restore = gc.isenabled()
                gc.disable()
            self._depth += 1

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0 and self._restore:
                gc.enable()


paused_gc = _Pause()
"""``with paused_gc:`` runs its block with the collector off; safe across threads and nested."""
if hasattr(os, "register_at_fork"):  # not on Windows, which does not fork
    os.register_at_fork(after_in_child=paused_gc._after_fork)
