"""One benchmark measurement in a fresh interpreter; ``run.py`` starts it, once per round.

    python bench/worker.py time OP IMPL SIZE DATA MIN_TIME [--gc-off]
    python bench/worker.py memory IMPL DATA
    python bench/worker.py import IMPL
    python bench/worker.py first IMPL DATA
    python bench/worker.py probe

It prints one JSON object on its last line of standard output.
"""

from __future__ import annotations

import datetime as dt
import gc
import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

AS_OF = dt.date(2026, 1, 1)
VALUE_CACHE_MODULES = (
    "tiltak._time",
    "tiltak._schedule",
    "tiltak._dates",
    "tiltak._daynumbers",
    "tiltak._read",
)
WARM_CACHES = (
    "tiltak._read._labels.",  # the sector's words in four languages, from the catalogs
    "tiltak._time._parse._names",  # month names of the locales, from CLDR
    "tiltak._time._parse._parserinfo",
)
"""Caches in those modules that hold translations, the same for every document: kept warm."""
BENCH = Path(__file__).resolve().parent

# The operations of tiltak the suite times, each with the public function it needs.
TILTAK_OPERATIONS = {
    "loads": "loads",
    "dumps": "dumps",
    "validate": "validate",
    "summarise": "summarise",
    "to_html": "to_html",
    "to_markdown": "to_markdown",
    "to_xlsx": "to_xlsx",
    "to_fhir": "to_fhir",
    "read_xlsx": "read_xlsx",
    "validate_many": "validate_many",
}
IMPORTS = {
    "tiltak": "import tiltak",
    "pydantic": "from pydantic import BaseModel",
}
# A first call: what a fresh interpreter imports and defines before it can load a plan.
FIRST_IMPORTS = {
    "tiltak": "from tiltak import loads",
    "pydantic": "from peer_pydantic import pydantic_loads as loads",
}


def _without_orjson() -> None:
    """Make ``import orjson`` fail, so tiltak falls back to the standard library's json."""
    sys.modules["orjson"] = None  # type: ignore[assignment]


def _tiltak(impl: str) -> Any:
    if impl == "tiltak-json":
        _without_orjson()
    import tiltak

    return tiltak


def _find(tiltak: Any, name: str) -> Callable[..., Any] | None:
    """The public function ``name``: at the top of tiltak, or in one of its public modules."""
    for module_name in ("", "documents", "exports", "fhir"):
        try:
            module = getattr(tiltak, module_name) if module_name else tiltak
        except (AttributeError, ImportError):
            continue
        function = getattr(module, name, None)
        if function is not None:
            return function
    return None


def probe() -> dict[str, Any]:
    """Which of the operations exist in the tiltak this interpreter imports."""
    import tiltak

    available = [op for op, name in TILTAK_OPERATIONS.items() if _find(tiltak, name) is not None]
    return {"available": available, "file": tiltak.__file__}


def _loader(impl: str) -> tuple[Callable[[str], Any], Callable[[Any], Any]]:
    """The loads and dumps of one implementation."""
    if impl in ("tiltak", "tiltak-json"):
        tiltak = _tiltak(impl)
        return tiltak.loads, tiltak.dumps
    import importlib

    peer = importlib.import_module(f"peer_{impl}")
    return getattr(peer, f"{impl}_loads"), getattr(peer, f"{impl}_dumps")


def _prepare(op: str, impl: str, size: int, data: Path) -> tuple[Callable[[], Any], int]:
    """A call that performs the operation once, and the number of measures it handles."""
    if op == "validate_many":
        import generate

        tiltak = _tiltak(impl)
        plans = [tiltak.from_dict(generate.plan_document(50, seed=i)) for i in range(size)]
        return lambda: tiltak.validate_many(plans, as_of=AS_OF), 50 * size
    text = data.read_text(encoding="utf-8")
    if op == "read_xlsx":
        return _reading(impl, text, size)
    loads, dumps = _loader(impl)
    if op == "loads":
        return lambda: loads(text), size
    plan = loads(text)
    if op == "dumps":
        return lambda: dumps(plan), size
    tiltak = _tiltak(impl)
    function = _find(tiltak, TILTAK_OPERATIONS[op])
    assert function is not None, op
    if op in ("validate", "summarise"):
        return lambda: function(plan, as_of=AS_OF), size
    if op == "to_xlsx":
        return lambda: function(plan, io.BytesIO()), size
    return lambda: function(plan), size


def _reading(impl: str, text: str, size: int) -> tuple[Callable[[], Any], int]:
    """Reading the plan's Brå workbook: tiltak's ``read_xlsx``, or openpyxl's own load."""
    tiltak = _tiltak("tiltak")
    buffer = io.BytesIO()
    tiltak.exports.to_xlsx(tiltak.loads(text), buffer)
    workbook = buffer.getvalue()
    if impl == "openpyxl":
        from openpyxl import load_workbook

        return lambda: load_workbook(io.BytesIO(workbook)), size
    return lambda: tiltak.documents.read_xlsx(workbook), size


def _cache_clearers() -> list[Callable[[], None]]:
    """What empties tiltak's caches of parsed values, so each call works like a new document.

    Timing the same document again and again would otherwise measure a cache's hits: the
    schedules of a 1,000-measure plan fit in the cache of parsed rules, those of a
    10,000-measure plan do not.
    """
    import functools

    clearers = []
    for name, module in list(sys.modules.items()):
        # The caches of parsed dates and schedule rules, wherever the package keeps them;
        # caches of translations, of generated code and of paths' sort keys (the same in
        # every plan) stay warm, as in a running program (docs/performance.md says so).
        if module is None or not name.startswith(VALUE_CACHE_MODULES):
            continue
        for value in list(vars(module).values()):
            if not isinstance(value, functools._lru_cache_wrapper):
                continue
            qualified = f"{value.__module__}.{value.__qualname__}"
            if not qualified.startswith(WARM_CACHES):
                clearers.append(value.cache_clear)
    return clearers


def time_operation(
    op: str, impl: str, size: int, data: Path, min_time: float, *, gc_off: bool = False
) -> dict[str, Any]:
    """The median and the fastest CPU time of as many calls as fit in ``min_time`` (at least 3).

    CPU time, not wall time: another process on the machine does not count against a call.
    The median counts what a library's garbage makes the collector do, which is part of its
    cost; the fastest call is the steadiest measure when other work shares the machine. With
    ``gc_off`` the collector is off for the calls, for every contender alike, so that what is
    left is the work of structuring itself.
    """
    call, measures = _prepare(op, impl, size, data)
    call()  # warm-up: lazily imported modules, generated code
    gc.collect()
    if gc_off:
        gc.disable()
    cold = _cache_clearers() if impl.startswith("tiltak") else []
    times: list[float] = []
    clock = time.process_time
    started = clock()
    while len(times) < 3 or clock() - started < min_time:
        for clear in cold:
            clear()
        t0 = clock()
        call()
        times.append(clock() - t0)
        if len(times) >= 1000:
            break
    gc.enable()
    return {
        "median": statistics.median(times),
        "fastest": min(times),
        "calls": len(times),
        "measures": measures,
    }


def _status_kib(field: str) -> int | None:
    """A ``VmRSS``-like field of ``/proc/self/status`` in KiB, where the system has one."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak_rss() -> bool:
    """Set the peak resident set (``VmHWM``) back to the current one; Linux only."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def peak_memory(impl: str, data: Path) -> dict[str, Any]:
    """What loading the document costs in memory, from text already decoded in memory.

    In a first load, the resident set the loaded plan holds (``VmRSS`` after the load less
    before it, the text and the library's imports already counted in both) and the peak
    resident set during the load, with the peak reset just before it (``VmHWM`` after a write
    to ``/proc/self/clear_refs``), so neither the decoding of the file nor the imports count.
    In a second load, the peak and the retained size of what ``tracemalloc`` traces (every
    Python object, but not memory a Rust core allocates for itself).
    """
    import tracemalloc

    import generate

    text = data.read_text(encoding="utf-8")
    loads, _ = _loader(impl)
    loads(generate.plan_json(5))  # imports and generated code are not the document's cost
    gc.collect()
    result: dict[str, Any] = {}
    before = _status_kib("VmRSS")
    reset = _reset_peak_rss()
    plan = loads(text)
    gc.collect()
    after, peak = _status_kib("VmRSS"), _status_kib("VmHWM")
    if before is not None and after is not None:
        result["rss_held_bytes"] = (after - before) * 1024
        if reset and peak is not None:
            result["rss_peak_bytes"] = (peak - before) * 1024
    del plan
    gc.collect()
    tracemalloc.start()
    plan = loads(text)
    retained, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del plan
    return result | {"peak_bytes": traced_peak, "retained_bytes": retained}


def first_call(impl: str, data: Path) -> dict[str, Any]:
    """A fresh interpreter's import, model definitions and first load of one document."""
    text = data.read_text(encoding="utf-8")
    namespace: dict[str, Any] = {}
    t0 = time.perf_counter()
    exec(FIRST_IMPORTS[impl], namespace)
    namespace["loads"](text)
    return {"seconds": time.perf_counter() - t0}


def cold_import(impl: str) -> dict[str, Any]:
    """The time of the import statement in this fresh interpreter, and what it pulled in."""
    statement = IMPORTS[impl]
    t0 = time.perf_counter()
    exec(statement, {})
    seconds = time.perf_counter() - t0
    heavy = [
        name
        for name in ("babel.dates", "babel.core", "dateutil.parser", "dateutil.rrule", "orjson")
        if name in sys.modules
    ]
    return {"seconds": seconds, "heavy_modules": heavy}


def main(argv: list[str]) -> None:
    sys.path.insert(0, str(BENCH))
    mode, *args = argv
    if mode == "probe":
        result = probe()
    elif mode == "time":
        op, impl, size, data, min_time, *flags = args
        result = time_operation(
            op, impl, int(size), Path(data), float(min_time), gc_off="--gc-off" in flags
        )
    elif mode == "memory":
        impl, data = args
        result = peak_memory(impl, Path(data))
    elif mode == "import":
        result = cold_import(args[0])
    elif mode == "first":
        impl, data = args
        result = first_call(impl, Path(data))
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
