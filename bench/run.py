"""Run the benchmark suite: tiltak against pydantic v2, msgspec and orjson, in one run.

    python bench/run.py --quick             # the CI smoke run: 10 and 100 measures, two rounds
    python bench/run.py                     # the full run: 10, 100, 1,000 and 10,000 measures
    python bench/run.py --check --docs      # fail on a missed target; update the docs page

Every measurement runs in a fresh interpreter (``worker.py``); the rounds interleave tiltak
and its peers in a shuffled order so that a noisy moment on the machine hits them alike. A
call's time is the CPU time the process spent in it. Each operation's time is the median over
the rounds (with min and max), each round's value being the median (or, with ``--statistic
fastest``, the fastest) of as many calls as fit in ``--min-time``. ``loads`` is timed twice:
with the collector on, as a program runs, and with it off for every contender alike. Ratios
compare numbers measured in the same run only. Results go to ``bench/results/`` as Markdown
and JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results"
DOCS_PAGE = ROOT / "docs" / "performance.md"
START_MARK = "<!-- bench:start -->"
END_MARK = "<!-- bench:end -->"

sys.path.insert(0, str(BENCH))

import generate  # noqa: E402

PEERS = ("pydantic", "msgspec", "orjson")
# Who takes part in each operation; tiltak-json is tiltak with orjson made unimportable.
IMPLS = {
    "loads": ("tiltak", "tiltak-json", *PEERS),
    "loads_gc_off": ("tiltak", "pydantic", "msgspec"),
    "dumps": ("tiltak", *PEERS),
    # Reading a Brå workbook, against openpyxl's own load_workbook of the same file.
    "read_xlsx": ("tiltak", "openpyxl"),
}
TILTAK_ONLY = (
    "validate",
    "summarise",
    "to_html",
    "to_markdown",
    "to_xlsx",
    "to_fhir",
    "read_xlsx",
)
OPERATIONS = ("loads", "loads_gc_off", "dumps", *TILTAK_ONLY, "validate_many")
GC_OFF = "_gc_off"
SCALING_OPS = ("loads", "dumps", "validate", "to_html")
DEFAULT_SIZES = [10, 100, 1000, 10000]
QUICK_SIZES = [10, 100]
FIRST_CALL_SIZE = 10
MANY_PLANS = 1000
IMPORT_SAMPLES = 3


def _env(use_src: bool) -> dict[str, str]:
    env = dict(os.environ)
    if use_src:
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(ROOT / "src"), env.get("PYTHONPATH", "")])
        )
    return env


def _worker(args: list[str], env: dict[str, str], timeout: float) -> dict[str, Any]:
    command = [sys.executable, str(BENCH / "worker.py"), *args]
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"error": f"exit {done.returncode}: {tail[0]}"}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def machine_facts(probe: dict[str, Any]) -> dict[str, Any]:
    """The machine, the interpreter and the versions the numbers belong to."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = {}
    for dist in ("attrs", "cattrs", "pydantic", "pydantic-core", "msgspec", "orjson", "openpyxl"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "not installed"
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.release()}",
        "tiltak": f"{probe.get('file', '?')} (commit {commit})",
        "versions": versions,
    }


def _summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def _rounds(
    args: argparse.Namespace,
    env: dict[str, str],
    jobs: list[tuple[str, str, int]],
    files: dict[int, Path],
) -> dict[str, Any]:
    """Every round: the jobs in a shuffled order, then the cold imports, alternating."""
    samples: dict[tuple[str, str, int], list[float]] = {job: [] for job in jobs}
    measures: dict[tuple[str, str, int], int] = {}
    imports: dict[str, list[float]] = {"tiltak": [], "pydantic": []}
    firsts: dict[str, list[float]] = {"tiltak": [], "pydantic": []}
    heavy: set[str] = set()
    errors: list[str] = []
    total = len(jobs) + 2 * IMPORT_SAMPLES + 2
    for round_no in range(args.rounds):
        order = list(jobs)
        random.Random(round_no).shuffle(order)
        started = time.perf_counter()
        for op, impl, size in order:
            data = files.get(size, files[min(files)])
            command = ["time", op.removesuffix(GC_OFF), impl, str(size), str(data)]
            command += [str(args.min_time), *(["--gc-off"] if op.endswith(GC_OFF) else [])]
            result = _worker(command, env, args.timeout)
            if "error" in result:
                errors.append(f"{op} {impl} {size}: {result['error']}")
                continue
            samples[(op, impl, size)].append(result[args.statistic])
            measures[(op, impl, size)] = result["measures"]
        for _ in range(IMPORT_SAMPLES):
            for impl in ("tiltak", "pydantic") if round_no % 2 else ("pydantic", "tiltak"):
                result = _worker(["import", impl], env, 60)
                if "error" in result:
                    errors.append(f"import {impl}: {result['error']}")
                    continue
                imports[impl].append(result["seconds"])
                if impl == "tiltak":
                    heavy.update(result["heavy_modules"])
        for impl in ("tiltak", "pydantic") if round_no % 2 else ("pydantic", "tiltak"):
            result = _worker(["first", impl, str(files[FIRST_CALL_SIZE])], env, 60)
            if "error" in result:
                errors.append(f"first call {impl}: {result['error']}")
                continue
            firsts[impl].append(result["seconds"])
        print(
            f"round {round_no + 1}/{args.rounds}: {total} measurements "
            f"in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )

    return {
        "samples": samples,
        "measures": measures,
        "imports": imports,
        "firsts": firsts,
        "heavy": heavy,
        "errors": errors,
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Generate the plans, run every round, and gather the results."""
    env = _env(args.src)
    probe = _worker(["probe"], env, 120)
    if "error" in probe:
        raise SystemExit(f"cannot import tiltak in the worker: {probe['error']}")
    available = set(probe["available"])
    data_dir = RESULTS / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    files = {}
    for size in sorted({*args.sizes, FIRST_CALL_SIZE}):
        path = data_dir / f"plan-{size}.json"
        text = generate.plan_json(size)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        files[size] = path

    jobs: list[tuple[str, str, int]] = []
    for op in OPERATIONS:
        if op == "validate_many":
            if op in available and not args.quick:
                jobs.append((op, "tiltak", MANY_PLANS))
            continue
        for impl in IMPLS.get(op, ("tiltak",)):
            if op.removesuffix(GC_OFF) in available or impl in (*PEERS, "openpyxl"):
                jobs.extend((op, impl, size) for size in args.sizes)

    rounds = _rounds(args, env, jobs, files)
    samples, measures, imports = rounds["samples"], rounds["measures"], rounds["imports"]
    firsts = rounds["firsts"]
    heavy, errors = rounds["heavy"], rounds["errors"]

    memory: dict[str, Any] = {}
    if not args.no_memory:
        largest = max(args.sizes)
        for impl in ("tiltak", "pydantic", "msgspec", "orjson"):
            if impl == "tiltak" and "loads" not in available:
                continue
            result = _worker(["memory", impl, str(files[largest])], env, args.timeout)
            if "error" in result:
                errors.append(f"memory {impl}: {result['error']}")
            else:
                memory[impl] = result
        memory["measures"] = largest

    timings = [
        {
            "op": op,
            "impl": impl,
            "size": size,
            "measures": measures.get((op, impl, size), size),
            "rounds": values,
            **_summary(values),
        }
        for (op, impl, size), values in samples.items()
        if values
    ]
    return {
        "machine": machine_facts(probe),
        "options": {
            "sizes": args.sizes,
            "rounds": args.rounds,
            "min_time": args.min_time,
            "statistic": args.statistic,
            "quick": args.quick,
        },
        "available": sorted(available),
        "missing": [op for op in OPERATIONS if op.removesuffix(GC_OFF) not in available],
        "timings": timings,
        "imports": {impl: _summary(v) | {"samples": v} for impl, v in imports.items() if v},
        "first_calls": {impl: _summary(v) | {"samples": v} for impl, v in firsts.items() if v},
        "imports_heavy_modules": sorted(heavy),
        "memory": memory,
        "errors": errors,
    }


def _lookup(results: dict[str, Any], op: str, impl: str, size: int) -> dict[str, Any] | None:
    for row in results["timings"]:
        if (row["op"], row["impl"], row["size"]) == (op, impl, size):
            return dict(row)
    return None


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of the suite with the value measured in this run, where it was measured."""
    out: list[dict[str, Any]] = []

    def ratio(name: str, limit: float, num: dict[str, Any] | None, den: Any) -> None:
        if num is None or den is None:
            return
        value = num["median"] / den["median"]
        out.append({"target": name, "value": value, "limit": limit, "holds": value <= limit})

    for size in results["options"]["sizes"]:
        loads = _lookup(results, "loads", "tiltak", size)
        pyd_loads = _lookup(results, "loads", "pydantic", size)
        ratio(f"loads / pydantic model_validate_json, {size:,}", 1.0, loads, pyd_loads)
        ratio(
            f"loads / pydantic, collector off for both, {size:,}",
            1.5,
            _lookup(results, "loads_gc_off", "tiltak", size),
            _lookup(results, "loads_gc_off", "pydantic", size),
        )
        ratio(
            f"dumps / pydantic model_dump_json, {size:,}",
            1.0,
            _lookup(results, "dumps", "tiltak", size),
            _lookup(results, "dumps", "pydantic", size),
        )
        if size >= 1000:
            ratio(
                f"read_xlsx / openpyxl load_workbook of the same sheet, {size:,}",
                1.5,
                _lookup(results, "read_xlsx", "tiltak", size),
                _lookup(results, "read_xlsx", "openpyxl", size),
            )
        ratio(
            f"validate (as of a day) / loads, {size:,}",
            0.5 if size >= 100 else 1.0,
            _lookup(results, "validate", "tiltak", size),
            loads,
        )
    if 1000 in results["options"]["sizes"] and 10000 in results["options"]["sizes"]:
        for op in SCALING_OPS:
            small, large = (_lookup(results, op, "tiltak", s) for s in (1000, 10000))
            if small and large:
                per_small = small["median"] / small["measures"]
                per_large = large["median"] / large["measures"]
                value = per_large / per_small
                out.append(
                    {
                        "target": f"{op}: per-measure cost at 10,000 / at 1,000",
                        "value": value,
                        "limit": 1.25,
                        "holds": value <= 1.25,
                    }
                )
    imports = results["imports"]
    if "tiltak" in imports and "pydantic" in imports:
        ratio(
            "cold `import tiltak` / `from pydantic import BaseModel`",
            0.75,
            *(imports["tiltak"], imports["pydantic"]),
        )
    firsts = results.get("first_calls", {})
    if "tiltak" in firsts and "pydantic" in firsts:
        ratio(
            f"first call: import and first loads of {FIRST_CALL_SIZE} measures / pydantic's",
            0.75,
            *(firsts["tiltak"], firsts["pydantic"]),
        )
    memory = results["memory"]
    if "tiltak" in memory and memory["measures"] >= 10000:
        for peer, limit in (("pydantic", 1.0), ("msgspec", 1.25)):
            mine, theirs = memory["tiltak"], memory.get(peer, {})
            if "rss_held_bytes" not in mine or "rss_held_bytes" not in theirs:
                continue
            value = mine["rss_held_bytes"] / max(theirs["rss_held_bytes"], 1)
            out.append(
                {
                    "target": f"resident memory held by a loaded {memory['measures']:,}-measure"
                    f" plan / {peer}",
                    "value": value,
                    "limit": limit,
                    "holds": value <= limit,
                }
            )
    return out


def _ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:.3g}" if ms < 100 else f"{ms:.0f}"


def _ratio(num: dict[str, Any], den: dict[str, Any] | None) -> str:
    return f"{num['median'] / den['median']:.2f}x" if den else ""


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.3g}"


def markdown(results: dict[str, Any]) -> str:
    """The results as Markdown: the machine, the timings, the targets."""
    m = results["machine"]
    versions = ", ".join(f"{k} {v}" for k, v in m["versions"].items())
    lines = [
        f"Run {m['date']} on {m['cpu']}, {m['cores']} cores, {m['system']}; "
        f"{m['implementation']} {m['python']}; {versions}. "
        f"{results['options']['rounds']} rounds in fresh processes"
        + (" (quick run)." if results["options"]["quick"] else "."),
        "",
        f"Times in milliseconds: each round's {results['options']['statistic']} call, the median "
        "over the rounds with min-max; per measure in microseconds; ratios are tiltak's median "
        "over the peer's.",
        "",
        "| operation | measures | tiltak ms (min-max) | µs / measure | pydantic ms "
        "| msgspec ms | orjson ms | ÷ pydantic | ÷ msgspec | ÷ orjson |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    ops_done: set[str] = set()
    for op in OPERATIONS:
        rows = [r for r in results["timings"] if r["op"] == op and r["impl"].startswith("tiltak")]
        if op in results["missing"]:
            peer_rows = [r for r in results["timings"] if r["op"] == op]
            for size in sorted({r["size"] for r in peer_rows}) or [None]:
                cells = [_lookup(results, op, peer, size) if size else None for peer in PEERS]
                lines.append(
                    f"| `{op}` | {f'{size:,}' if size else ''} | not yet available | | "
                    + " | ".join(_ms(c["median"]) if c else "" for c in cells)
                    + " | | | |"
                )
            continue
        for row in sorted(rows, key=lambda r: (r["size"], r["impl"])):
            ops_done.add(op)
            name = f"`{op.removesuffix(GC_OFF)}`" + (
                " (stdlib json)" if row["impl"] == "tiltak-json" else ""
            )
            name += ", collector off" if op.endswith(GC_OFF) else ""
            baseline = _lookup(results, op, "openpyxl", row["size"])
            if baseline is not None:
                name += (
                    f" (openpyxl `load_workbook` {_ms(baseline['median'])} ms,"
                    f" {row['median'] / baseline['median']:.2f}x)"
                )
            peer_cells, ratio_cells = [], []
            for peer in PEERS:
                other = _lookup(results, op, peer, row["size"])
                peer_cells.append(_ms(other["median"]) if other else "")
                ratio_cells.append(f"{row['median'] / other['median']:.2f}x" if other else "")
            lines.append(
                f"| {name} | {row['measures']:,} | {_ms(row['median'])} "
                f"({_ms(row['min'])}-{_ms(row['max'])}) | {_us(row['median'] / row['measures'])} "
                f"| {' | '.join(peer_cells)} | {' | '.join(ratio_cells)} |"
            )
    imports = results["imports"]
    if "tiltak" in imports:
        t, p = imports["tiltak"], imports.get("pydantic")
        lines.append(
            f"| cold `import tiltak` | | {_ms(t['median'])} ({_ms(t['min'])}-{_ms(t['max'])}) "
            f"| | {_ms(p['median']) if p else ''} | | | "
            f"{_ratio(t, p)} | | |"
        )
    firsts = results.get("first_calls", {})
    if "tiltak" in firsts:
        t, p = firsts["tiltak"], firsts.get("pydantic")
        lines.append(
            f"| first call: import, models, first `loads` | {FIRST_CALL_SIZE} "
            f"| {_ms(t['median'])} ({_ms(t['min'])}-{_ms(t['max'])}) "
            f"| | {_ms(p['median']) if p else ''} | | | {_ratio(t, p)} | | |"
        )
    memory = results["memory"]
    if "tiltak" in memory:
        for key, label in (
            ("rss_held_bytes", "resident memory held by the loaded plan, MiB"),
            ("rss_peak_bytes", "peak resident memory of `loads` (peak reset first), MiB"),
            ("peak_bytes", "peak traced memory of `loads`, MiB"),
        ):
            mb = {k: v[key] / 2**20 for k, v in memory.items() if isinstance(v, dict) and key in v}
            if "tiltak" not in mb:
                continue
            ratios = [f"{mb['tiltak'] / mb[peer]:.2f}x" if mb.get(peer) else "" for peer in PEERS]
            lines.append(
                f"| {label} | {memory['measures']:,} | {mb['tiltak']:.1f} | "
                f"| {' | '.join(f'{mb[p]:.1f}' if p in mb else '' for p in PEERS)} "
                f"| {' | '.join(ratios)} |"
            )
    found = targets(results)
    if found:
        lines += ["", "| target | measured | limit | holds |", "|---|--:|--:|---|"]
        for target in found:
            lines.append(
                f"| {target['target']} | {target['value']:.2f}x | ≤ {target['limit']:.2f}x "
                f"| {'yes' if target['holds'] else '**no**'} |"
            )
    if results["imports_heavy_modules"]:
        lines += ["", "`import tiltak` pulled in: " + ", ".join(results["imports_heavy_modules"])]
    if results["errors"]:
        lines += ["", "Errors:", *(f"- {e}" for e in results["errors"])]
    return "\n".join(lines) + "\n"


def update_docs(table: str) -> None:
    """Put the table between the markers of ``docs/performance.md``."""
    page = DOCS_PAGE.read_text(encoding="utf-8")
    head, rest = page.split(START_MARK, 1)
    _, tail = rest.split(END_MARK, 1)
    DOCS_PAGE.write_text(f"{head}{START_MARK}\n{table}{END_MARK}{tail}", encoding="utf-8")


def _sizes(text: str) -> list[int]:
    return sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=DEFAULT_SIZES,
        help="comma-separated plan sizes in measures (default 10,100,1000,10000)",
    )
    parser.add_argument("--rounds", type=int, default=15, help="rounds in fresh processes")
    parser.add_argument(
        "--min-time",
        type=float,
        default=0.2,
        help="CPU seconds of calls per measurement (at least 3 calls)",
    )
    parser.add_argument(
        "--statistic",
        choices=("median", "fastest"),
        default="median",
        help="each round's value: the median call (default) or the fastest",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="the CI smoke run: 10 and 100 measures, two short rounds",
    )
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a target measured in this run fails"
    )
    parser.add_argument(
        "--docs", action="store_true", help="copy the table into docs/performance.md"
    )
    parser.add_argument(
        "--src",
        action="store_true",
        help="benchmark src/tiltak of this checkout, not the installed tiltak",
    )
    parser.add_argument("--no-memory", action="store_true", help="skip peak memory")
    parser.add_argument(
        "--hostile", action="store_true", help="also run bench/hostile.py at full size (minutes)"
    )
    parser.add_argument("--timeout", type=float, default=600, help="seconds per measurement")
    parser.add_argument(
        "--allow-missing",
        action="store_true",
        help="benchmark a tiltak without some of the operations (an older release)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes = QUICK_SIZES if args.sizes == DEFAULT_SIZES else args.sizes[:2]
        args.rounds = min(args.rounds, 2)
        args.min_time = min(args.min_time, 0.05)

    started = time.perf_counter()
    results = run(args)
    results["targets"] = targets(results)
    table = markdown(results)
    RESULTS.mkdir(exist_ok=True)
    stem = "quick" if args.quick else "latest"
    (RESULTS / f"{stem}.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (RESULTS / f"{stem}.md").write_text(table, encoding="utf-8")
    print(table)
    print(f"written to {RESULTS}/{stem}.md and .json in {time.perf_counter() - started:.0f} s")
    if args.docs:
        update_docs(table)
    status = 0
    if args.hostile:
        status = subprocess.run(
            [sys.executable, str(BENCH / "hostile.py")], env=_env(args.src), check=False
        ).returncode
    if results["missing"] and not args.allow_missing:
        # A target of an operation not found would pass unmeasured: never silently.
        print(f"error: not found in this tiltak: {', '.join(results['missing'])}")
        return 2
    if results["errors"]:
        return 2
    if args.check and not all(t["holds"] for t in results["targets"]):
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
