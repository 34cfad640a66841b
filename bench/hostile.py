"""Hostile input at full size: each case must end in a ``PlanFormatError`` or in findings,
in time and memory linear in the input — never a ``RecursionError``, a hang or a crash.

    python bench/hostile.py              # every case, each in a fresh process
    python bench/hostile.py --scale 0.1  # the same cases at a tenth of the size

Each case runs in its own interpreter with a timeout; the table gives its time, the peak
resident memory of the process, and what came out. The same cases run in the test suite at
sizes that keep it fast (``tests/test_hostile.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
HEAD = '{"format": "tiltak/1", "kind": "action_plan", "title": "Hostile"'
MB = 1_000_000


def _outcome(call: Callable[[], Any]) -> tuple[str, Any]:
    import tiltak

    try:
        return "ok", call()
    except tiltak.PlanFormatError as error:
        omitted = getattr(error, "omitted", 0)
        more = f", {omitted} more counted" if omitted else ""
        return f"PlanFormatError ({len(error.problems)} problems listed{more})", None


def _loads(text: str) -> tuple[str, Any]:
    import tiltak

    return _outcome(lambda: tiltak.loads(text))


def _validated(text: str) -> str:
    import tiltak

    outcome, plan = _loads(text)
    if plan is None:
        return outcome
    validate = getattr(tiltak, "validate", None)
    if validate is None:
        return "loaded (validate not yet available)"
    report = validate(plan)
    codes: dict[str, int] = {}
    for finding in report:
        codes[finding.code] = codes.get(finding.code, 0) + 1
    top = ", ".join(f"{code} x{n}" for code, n in sorted(codes.items(), key=lambda i: -i[1])[:3])
    return f"loaded; {len(report)} findings ({top})"


def nested(scale: float) -> str:
    depth = int(100_000 * scale)
    text = HEAD + ', "extensions": {"x": ' + "[" * depth + "]" * depth + "}}"
    return _loads(text)[0]


def nested_measures(scale: float) -> str:
    depth = int(100_000 * scale)
    return _loads(HEAD + ', "measures": ' + "[" * depth + "]" * depth + "}")[0]


def _measures_text(count: int, same_id: bool = False) -> str:
    measures = ",".join(
        f'{{"id": "{"1" if same_id else f"T{i}"}", "title": "Tiltak {i} med æøå", '
        f'"deadline": "2025-{i % 12 + 1:02d}"}}'
        for i in range(count)
    )
    return HEAD + ', "goals": [{"id": "1", "text": "Mål"}], "measures": [' + measures + "]}"


def large_document(scale: float) -> str:
    text = _measures_text(int(1_400_000 * scale))
    return f"{len(text) / MB:.0f} MB: " + _loads(text)[0]


def large_broken_document(scale: float) -> str:
    text = _measures_text(int(1_400_000 * scale)).replace('"2025-', '"2025-1', 1000)
    return f"{len(text) / MB:.0f} MB: " + _loads(text)[0]


def every_date_broken(scale: float) -> str:
    text = _measures_text(int(500_000 * scale)).replace('"2025-', '"2025-1')
    return f"{len(text) / MB:.0f} MB: " + _loads(text)[0]


def every_rule_invalid(scale: float) -> str:
    schedule = '"schedule": {"start": "2025-01-01", "rule": "FREQ=MONTHLY;BYMONTH=13"}'
    text = _measures_text(int(300_000 * scale))
    text = text.replace('"deadline": "2025-', schedule + ', "x": "')
    return f"{len(text) / MB:.0f} MB: " + _loads(text)[0]


def zeros_for_measures(scale: float) -> str:
    text = HEAD + ', "measures": [' + ",".join(["0"] * int(1_000_000 * scale)) + "]}"
    return f"{len(text) / MB:.0f} MB: " + _loads(text)[0]


def long_string(scale: float) -> str:
    chars = int(10_000_000 * scale)
    title = _loads(HEAD.replace('"Hostile"', json.dumps("å" * chars)) + "}")[0]
    deadline = _loads(HEAD + ', "measures": [{"id": "1", "deadline": "' + "2" * chars + '"}]}')
    return f"as title: {title}; as deadline: {deadline[0]}"


def long_number(scale: float) -> str:
    digits = int(100_000 * scale)
    integer = _loads(HEAD + ', "measures": [{"id": "1", "order": ' + "7" * digits + "}]}")[0]
    in_extensions = _loads(HEAD + ', "extensions": {"n": 1' + "0" * digits + "}}")[0]
    real = _loads(HEAD + ', "extensions": {"n": 1e' + "9" * digits + "}}")[0]
    return f"order: {integer}; extensions: {in_extensions}; exponent: {real}"


def same_identifier(scale: float) -> str:
    return _validated(_measures_text(int(1_000_000 * scale), same_id=True))


def same_goal_rendered(scale: float) -> str:
    import tiltak

    count = int(10_000 * scale)
    goals = [{"id": "1", "text": f"Mål {i}"} for i in range(count)]
    measures = [{"id": str(i), "title": f"Tiltak {i}", "goals": ["1"]} for i in range(count)]
    text = HEAD + f', "goals": {json.dumps(goals)}, "measures": {json.dumps(measures)}}}'
    outcome, plan = _loads(text)
    if plan is None:
        return outcome
    renderers = (tiltak.to_text, tiltak.to_html, tiltak.to_markdown)
    sizes = ", ".join(f"{r.__name__} {len(r(plan, locale='nb')) / MB:.1f} MB" for r in renderers)
    summary = tiltak.summarise(plan, as_of=dt.date(2026, 1, 1))
    listed = sum(len(goal.measures) for goal in summary.goals)
    return f"{sizes}; the summary counts {listed} goal-measure links"


def cyclic_goals(scale: float) -> str:
    count = int(100_000 * scale)
    goals = [
        {"id": str(i), "text": f"Mål {i}", "parent": str((i + 1) % count)} for i in range(count)
    ]
    measures = [{"id": "1", "title": "Tiltak", "goals": ["0"]}]
    text = HEAD + ', "goals": ' + json.dumps(goals) + ', "measures": ' + json.dumps(measures) + "}"
    return _validated(text)


def self_references(scale: float) -> str:
    count = int(100_000 * scale)
    goals = [{"id": str(i), "parent": str(i)} for i in range(count)]
    measures = [{"id": str(i), "goals": [str(i)], "causes": [str(i)]} for i in range(count)]
    causes = [{"id": str(i)} for i in range(count)]
    text = (
        HEAD
        + f', "goals": {json.dumps(goals)}, "causes": {json.dumps(causes)}'
        + f', "measures": {json.dumps(measures)}}}'
    )
    return _validated(text)


def never_due(scale: float) -> str:
    import tiltak

    # 1 January is never the 31st; every 7 days from a Tuesday is never a Monday.
    rules = ("FREQ=DAILY;BYYEARDAY=1;BYMONTHDAY=31", "FREQ=DAILY;INTERVAL=7;BYDAY=MO")
    tuesday = dt.date(2000, 1, 4)
    lines = [
        {
            "schedule": {
                "start": (tuesday + dt.timedelta(weeks=i)).isoformat(),
                "rule": rules[i % 2],
            }
        }
        for i in range(int(500 * scale))
    ]
    outcome, plan = _loads(HEAD + ', "reporting": ' + json.dumps(lines) + "}")
    if plan is None:
        return outcome
    as_of = dt.date(2026, 1, 1)
    findings = len(tiltak.validate(plan, as_of=as_of))
    events = len(tiltak.asof.next_events(plan, as_of=as_of)) + len(
        tiltak.asof.due_reporting(plan, as_of=as_of)
    )
    return f"loaded; {findings} findings, {events} events"


def long_ago(scale: float) -> str:
    import tiltak

    first = dt.date(1, 1, 1)
    lines = [
        {"schedule": {"start": (first + dt.timedelta(days=i)).isoformat(), "rule": "FREQ=DAILY"}}
        for i in range(int(500 * scale))
    ]
    routine = {"schedule": {"start": "0001-01-01", "rule": "FREQ=DAILY"}}
    text = HEAD + f', "reporting": {json.dumps(lines)}, "follow_up": {json.dumps(routine)}}}'
    outcome, plan = _loads(text)
    if plan is None:
        return outcome
    as_of = dt.date(2026, 1, 1)
    findings = len(tiltak.validate(plan, as_of=as_of))
    rounds = tiltak.asof.reporting_rounds(plan, as_of=as_of)
    events = len(tiltak.asof.next_events(plan, as_of=as_of)) + len(
        tiltak.asof.due_reporting(plan, as_of=as_of)
    )
    return f"loaded; {findings} findings, {len(rounds)} reporting rounds, {events} events"


def every_second(scale: float) -> str:
    hours = ",".join(str(hour) for hour in range(24))
    sixty = ",".join(str(minute) for minute in range(60))
    rule = f"FREQ=DAILY;BYHOUR={hours};BYMINUTE={sixty};BYSECOND={sixty}"
    lines = [{"schedule": {"start": "2000-01-01", "rule": rule}}] * max(1, int(100 * scale))
    return _loads(HEAD + ', "reporting": ' + json.dumps(lines) + "}")[0]


CASES: dict[str, Callable[[float], str]] = {
    "nested 100,000 levels (extensions)": nested,
    "nested 100,000 levels (measures)": nested_measures,
    "100 MB document": large_document,
    "100 MB document, 1,000 broken dates": large_broken_document,
    "35 MB document, every date broken": every_date_broken,
    "20 MB document, every schedule's rule invalid": every_rule_invalid,
    "1,000,000 zeros where measures belong": zeros_for_measures,
    "string of 10,000,000 characters": long_string,
    "number of 100,000 digits": long_number,
    "1,000,000 measures with one identifier": same_identifier,
    "10,000 goals with one identifier, named by 10,000 measures, rendered": same_goal_rendered,
    "100,000 goals in one parent cycle": cyclic_goals,
    "100,000 self-referencing goals and measures": self_references,
    "500 schedules that never fall due, each from its own start": never_due,
    "500 daily schedules from the year 1, each from its own day": long_ago,
    "100 schedules due every second of the day": every_second,
}


def run_case(name: str, scale: float) -> dict[str, Any]:
    started = time.perf_counter()
    outcome = CASES[name](scale)
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"case": name, "seconds": seconds, "peak_mib": peak_kib / 1024, "outcome": outcome}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per case")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.case:
        sys.setrecursionlimit(1000)  # the default: a deep recursion must not be hidden
        print(json.dumps(run_case(args.case, args.scale)))
        return 0
    failed = 0
    print(f"Hostile input at scale {args.scale:g} of the sizes named.\n")
    print("| case | outcome | seconds | peak RSS MiB |\n|---|---|--:|--:|")
    for name in CASES:
        command = [sys.executable, __file__, "--case", name, "--scale", str(args.scale)]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=args.timeout, check=False
            )
        except subprocess.TimeoutExpired:
            print(f"| {name} | **timed out after {args.timeout:.0f} s** | | |")
            failed += 1
            continue
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            print(f"| {name} | **exit {done.returncode}: {last[:120]}** | | |")
            failed += 1
            continue
        row = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"| {name} | {row['outcome']} | {row['seconds']:.2f} | {row['peak_mib']:.0f} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
