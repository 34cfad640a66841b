"""Code and invariant checks that FHIR's structural validation leaves out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from tiltak._enums import PlanKind
from tiltak._redact import shape

from . import _codes as c

__all__ = ["check_fhir"]

_BUNDLE_TYPE = frozenset(
    {
        "document",
        "message",
        "transaction",
        "transaction-response",
        "batch",
        "batch-response",
        "history",
        "searchset",
        "collection",
    }
)
_TARGET_DETAILS = (
    "detailQuantity",
    "detailRange",
    "detailCodeableConcept",
    "detailString",
    "detailBoolean",
    "detailInteger",
    "detailRatio",
)


def check_fhir(resource: Mapping[str, Any]) -> list[str]:
    """Every wrong code and broken invariant in a Bundle, CarePlan or Goal, one line each.

    Checks that each code is in its required value set (bundle-type, request-status,
    care-plan-intent, care-plan-activity-status, goal-status, and goal-achievement for codes
    of its code system), that tiltak's own codes exist, and the invariants cpl-3 (an activity
    has a reference or a detail, not both) and gol-1 (a target with a detail has a measure).
    A resource without a type, or of another type at the top, is a problem too, as is a
    string longer than FHIR's limit of 1,048,576 characters. An empty list means no problem
    was found. Lines name the path and the code, never text.
    """
    if not isinstance(cast(object, resource), Mapping):
        return ["$: not a FHIR resource (a JSON object)"]
    problems: list[str] = []
    kind = resource.get("resourceType")
    if isinstance(kind, str) and kind not in _CHECKED:
        problems.append(f"$.resourceType: {shape(kind)} is not a Bundle, CarePlan or Goal")
    _resource(resource, "$", problems)
    problems.extend(_too_long(resource))
    return problems


MAX_STRING = 1_048_576
"""The most characters a FHIR string may hold (R4: "SHALL NOT exceed 1MB")."""


def _too_long(resource: Mapping[str, Any]) -> list[str]:
    """A line for every string in ``resource`` longer than :data:`MAX_STRING`, at its path.

    Walked without recursion, and each path spelt out only for a string it names, so that
    neither deep nesting nor many values costs more than one look at each.
    """
    found = []
    steps: list[tuple[int, str]] = [(-1, "$")]  # (the parent's step, this step)
    stack: list[tuple[object, int]] = [(resource, 0)]
    while stack:
        value, at = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_STRING:
                found.append(
                    f"{_path(steps, at)}: a string of {len(value):,} characters, longer than"
                    f" FHIR's {MAX_STRING:,}"
                )
        elif isinstance(value, Mapping | list):
            pairs = value.items() if isinstance(value, Mapping) else enumerate(value)
            for key, item in pairs:
                if isinstance(item, str | Mapping | list):
                    step = f"[{key}]" if isinstance(key, int) else f".{_key(key)}"
                    steps.append((at, step))
                    stack.append((item, len(steps) - 1))
    return sorted(found)


def _path(steps: list[tuple[int, str]], at: int) -> str:
    parts = []
    while at >= 0:
        at, step = steps[at]
        parts.append(step)
    return "".join(reversed(parts))


def _key(key: object) -> str:
    """A key as a path shows it: a FHIR element's name as it is, anything else by its shape."""
    if isinstance(key, str) and key.isascii() and key.isidentifier():
        return key
    return f"[{shape(key) if isinstance(key, str) else type(key).__name__}]"


_CHECKED = frozenset(("Bundle", "CarePlan", "Goal"))


def _list(value: object) -> list[Mapping[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _code(
    problems: list[str], path: str, value: object, allowed: frozenset[str], name: str
) -> None:
    if value is None:
        problems.append(f"{path}: missing (required, from {name})")
    elif not isinstance(value, str) or value not in allowed:
        shown = shape(value) if isinstance(value, str) else f"a {type(value).__name__}"
        problems.append(f"{path}: {shown} is not in the value set {name}")


def _resource(resource: Mapping[str, Any], path: str, problems: list[str]) -> None:
    kind = resource.get("resourceType")
    if kind is None:
        problems.append(f"{path}.resourceType: missing (every resource names its type)")
    elif not isinstance(kind, str):
        problems.append(f"{path}.resourceType: not a string, so no resource type")
    elif kind == "Bundle":
        _code(problems, f"{path}.type", resource.get("type"), _BUNDLE_TYPE, "bundle-type")
        for i, entry in enumerate(_list(resource.get("entry"))):
            inner = entry.get("resource")
            if isinstance(inner, Mapping):
                _resource(inner, f"{path}.entry[{i}].resource", problems)
    elif kind == "CarePlan":
        _care_plan(resource, path, problems)
    elif kind == "Goal":
        _goal(resource, path, problems)
    for i, inner in enumerate(_list(resource.get("contained"))):
        _resource(inner, f"{path}.contained[{i}]", problems)


def _care_plan(cp: Mapping[str, Any], path: str, problems: list[str]) -> None:
    _code(problems, f"{path}.status", cp.get("status"), c.REQUEST_STATUS, "request-status")
    _code(problems, f"{path}.intent", cp.get("intent"), c.CARE_PLAN_INTENT, "care-plan-intent")
    kinds = frozenset(k.value for k in PlanKind)
    national = frozenset(code for code, _display in c.SE_PLAN_TYPES.values())
    for i, concept in enumerate(_list(cp.get("category"))):
        for j, coding in enumerate(_list(concept.get("coding"))):
            where = f"{path}.category[{i}].coding[{j}].code"
            if coding.get("system") == c.PLAN_KIND_SYSTEM:
                _code(problems, where, coding.get("code"), kinds, "tiltak plan-kind")
            elif coding.get("system") == c.SE_PLAN_TYPE_SYSTEM:
                _code(problems, where, coding.get("code"), national, "typeofcareplan (SIP, GP)")
    for i, activity in enumerate(_list(cp.get("activity"))):
        where = f"{path}.activity[{i}]"
        has_reference = activity.get("reference") is not None
        detail = activity.get("detail")
        if has_reference and detail is not None:
            problems.append(f"{where}: cpl-3: an activity has a reference or a detail, not both")
        elif not has_reference and detail is None:
            problems.append(f"{where}: cpl-3: an activity has neither a reference nor a detail")
        if isinstance(detail, Mapping):
            _code(
                problems,
                f"{where}.detail.status",
                detail.get("status"),
                c.CARE_PLAN_ACTIVITY_STATUS,
                "care-plan-activity-status",
            )


def _goal(goal: Mapping[str, Any], path: str, problems: list[str]) -> None:
    _code(
        problems,
        f"{path}.lifecycleStatus",
        goal.get("lifecycleStatus"),
        c.GOAL_STATUS,
        "goal-status",
    )
    achievement = goal.get("achievementStatus")
    if isinstance(achievement, Mapping):
        codings = _list(achievement.get("coding"))
        ours = [
            (j, x) for j, x in enumerate(codings) if x.get("system") == c.GOAL_ACHIEVEMENT_SYSTEM
        ]
        if not ours:
            problems.append(f"{path}.achievementStatus: no code from goal-achievement")
        for j, coding in ours:
            _code(
                problems,
                f"{path}.achievementStatus.coding[{j}].code",
                coding.get("code"),
                c.GOAL_ACHIEVEMENT,
                "goal-achievement",
            )
    for i, target in enumerate(_list(goal.get("target"))):
        if any(target.get(key) is not None for key in _TARGET_DETAILS) and (
            target.get("measure") is None
        ):
            problems.append(f"{path}.target[{i}]: gol-1: a target with a detail has a measure")
