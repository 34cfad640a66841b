"""The ``tiltak`` command: one small function per subcommand.

To add a subcommand, write ``_add_NAME(commands)`` that declares its arguments and sets
``run=_NAME``, write ``_NAME(args) -> int``, and list ``_add_NAME`` in :data:`_COMMANDS`.
User errors print one line to stderr and exit non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, cast

from ._errors import TiltakError

if TYPE_CHECKING:
    from ._dates import Period
    from ._model import Measure, Plan, Responsible

__all__ = ["main"]

_PROG = "tiltak"
_EXIT_USAGE = 2
_EXIT_ERROR = 1
_DASH = "\u2013"


class _UsageError(Exception):
    """A command was given something it cannot use; the message says what."""


_KIND_LABELS = {
    "action_plan": "action plan",
    "implementation_plan": "implementation plan",
    "individual_plan": "individual plan",
    "coordinated_plan": "coordinated individual plan",
    "operational_plan": "operational plan",
    "return_to_work_plan": "return-to-work plan",
}


def _period(period: Period | None) -> str:
    if period is None or (period.start is None and period.end is None):
        return "-"
    start = "" if period.start is None else period.start.isoformat()
    end = "" if period.end is None else period.end.isoformat()
    return f"{start} {_DASH} {end}".strip()


def _responsible(responsible: Responsible | None) -> str:
    if responsible is None:
        return "-"
    parts = (responsible.name, responsible.role, responsible.organisation)
    return ", ".join(part for part in parts if part) or "-"


def _when(measure: Measure) -> str:
    if measure.deadline is not None:
        return measure.deadline.isoformat()
    if measure.period is not None:
        return _period(measure.period)
    if measure.schedule is not None:
        return f"{measure.schedule.rule} from {measure.schedule.start.isoformat()}"
    return "-"


def _plan_lines(name: str, plan: Plan) -> Iterator[str]:
    """The readable text of one example plan, line by line."""
    kind = _KIND_LABELS.get(plan.kind.value, plan.kind.value)
    yield f"{plan.title or '(untitled)'}  [{name}]"
    yield f"  kind:    {kind}"
    yield f"  period:  {_period(plan.period)}"
    yield f"  goals ({len(plan.goals)}):"
    for goal in plan.goals:
        yield f"    {goal.id}  {goal.text or '-'}"
    yield f"  measures ({len(plan.measures)}):"
    for measure in plan.measures:
        yield f"    {measure.id}  {measure.title or measure.description or '-'}"
        yield f"        responsible: {_responsible(measure.responsible)}"
        yield f"        when:        {_when(measure)}"


def _add_demo(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "demo",
        help="show the built-in example plans",
        description="Print each built-in example plan: its kind, period, goals and measures.",
    )
    parser.add_argument(
        "names",
        nargs="*",
        metavar="NAME",
        help="show only these examples (default: all of them)",
    )
    parser.set_defaults(run=_demo)


def _demo(args: argparse.Namespace) -> int:
    from . import examples

    wanted = args.names or examples.names()
    try:
        plans = [(name, examples.load(name)) for name in wanted]
    except examples.UnknownExampleError as error:
        raise _UsageError(str(error)) from None
    blocks = ["\n".join(_plan_lines(name, plan)) for name, plan in plans]
    print("\n\n".join(blocks))
    return 0


_COMMANDS: tuple[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None], ...] = (
    _add_demo,
)


def _parser() -> argparse.ArgumentParser:
    from importlib.metadata import version

    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Action plans of Nordic health, care and public services.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('tiltak')}")
    commands = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    commands.required = True
    for add in _COMMANDS:
        add(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``tiltak`` command with ``argv`` (default: the process's arguments)."""
    parser = _parser()
    args = parser.parse_args(argv)
    run = cast("Callable[[argparse.Namespace], int]", args.run)
    try:
        return run(args)
    except _UsageError as exc:
        return _fail(args.command, exc, _EXIT_USAGE)
    except TiltakError as exc:
        return _fail(args.command, exc, _EXIT_ERROR)
    except BrokenPipeError:
        # The reader went away (``tiltak demo | head``). Point stdout at devnull so that
        # the interpreter's final flush does not complain about the closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return _EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _fail(command: str, error: Exception, code: int) -> int:
    print(f"{_PROG} {command}: error: {error}", file=sys.stderr)
    return code
