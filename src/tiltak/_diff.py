"""Revisions: what was added, removed and changed between two versions of a plan.

Elements with an identifier (causes, goal areas, goals, measures, principals) are matched
by it, so a measure that moved keeps its identity; a dialogue meeting is matched by its
number; elements without an identifier (participants, follow-ups, revisions, reporting
lines) by their position in the list. Dates, periods, schedules, lists of identifiers and
extensions are compared as whole values; any other nested value (a responsible, a target,
a decision) is compared field by field.

>>> from tiltak import Measure, Plan
>>> old = Plan(kind="action_plan", measures=[Measure(id="3", deadline="2024-03-01")])
>>> new = Plan(kind="action_plan", measures=[Measure(id="3", deadline="2024-04-01")])
>>> [(c.kind.value, c.path, c.field) for c in diff(old, new)]
[('changed', '$.measures[0].deadline', 'deadline')]
>>> diff(old, old)
PlanDiff(changes=0)
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, overload

import attrs

from ._display import Displayed
from ._errors import ModelTypeError
from ._i18n import N_, gettext
from ._model import DialogueMeeting, FollowUp, Plan
from ._names import colour_name, field_label, value_name
from ._shape import visible_controls
from ._time._dates import PartialDate, Period
from ._time._formatting import format_date
from ._time._schedule import Schedule

__all__ = ["Change", "ChangeKind", "PlanDiff", "diff"]


class ChangeKind(enum.Enum):
    """What happened to a value between two versions of a plan."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


def _change_repr(self: Change) -> str:
    # Old and new values may be personal: the repr names only where and what kind.
    return f"Change(kind={self.kind.value}, path={self.path!r}, field={self.field!r})"


@attrs.frozen(kw_only=True, repr=False)
class Change:
    """One difference between two versions of a plan.

    ``path`` is the JSON path of the value that changed: in the new plan for an added or
    changed value, in the old plan for a removed one (``$.measures[2].deadline``,
    ``$.measures[3]``, ``$.measures[2].follow_ups[1]``). ``field`` is the model attribute
    that holds it (``"deadline"``, ``"measures"``, ``"follow_ups"``). ``old`` and ``new``
    are model values (``None`` on the side where the value is absent). The repr shows
    neither, since they may be personal.
    """

    __repr__ = _change_repr

    kind: ChangeKind
    path: str
    field: str
    old: Any = None
    new: Any = None

    @property
    def parent(self) -> str:
        """The path of the element that holds the value (``$`` for the plan itself)."""
        path = _INDEX.sub("", self.path)
        return _FIELD.sub("", path) or "$"


_INDEX = re.compile(r"\[\d+\]$")
_FIELD = re.compile(r"\.[^.\[]+$")


@attrs.frozen(kw_only=True, repr=False)
class PlanDiff(Displayed, Sequence[Change]):
    """The changes from ``old`` to ``new``, in the order of the plan; empty when equal.

    A sequence of :class:`Change`: iterate it, take its ``len``, test it for truth.
    Render it with :meth:`describe` (one line per change) or :meth:`to_text`.
    """

    old: Plan
    new: Plan
    changes: tuple[Change, ...] = ()

    def __repr__(self) -> str:
        return f"PlanDiff(changes={len(self.changes)})"

    @overload
    def __getitem__(self, index: int) -> Change: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Change]: ...
    def __getitem__(self, index: int | slice) -> Change | Sequence[Change]:
        return self.changes[index]

    def __len__(self) -> int:
        return len(self.changes)

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def describe(self, *, locale: str | None = None) -> tuple[str, ...]:
        """One line per change, in ``locale`` (the context default when ``None``).

        Values are shown only where they cannot be personal: dates, periods, colours and
        other coded values, numbers, yes/no and identifiers. A change to a name, contact
        details or any free text says only that it changed. A control character in an
        identifier is shown escaped: a line never breaks or drives a terminal.
        """
        return tuple(visible_controls(_describe(change, self, locale)) for change in self.changes)

    def to_text(self, *, locale: str | None = None) -> str:
        """The change list as text, one line per change."""
        return "\n".join(self.describe(locale=locale))


# -- comparing ------------------------------------------------------------------------------

_WHOLE_VALUES = (PartialDate, Period, Schedule)


def _key_of(item: object) -> object:
    ident = getattr(item, "id", None)
    if isinstance(ident, str):
        return ("id", ident)
    number = getattr(item, "number", None)
    if isinstance(number, int) and isinstance(item, DialogueMeeting):
        return ("number", number)
    return None


def _is_element_list(value: object) -> bool:
    return isinstance(value, tuple) and any(_is_record(item) for item in value)


def _is_record(value: object) -> bool:
    return attrs.has(type(value)) and not isinstance(value, _WHOLE_VALUES)


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, tuple | Mapping) and not value)


def _compare(old: Any, new: Any, old_path: str, new_path: str, out: list[Change]) -> None:
    """Append the changes between two records of the same class."""
    for field in attrs.fields(type(new)):
        name = field.name
        before, after = getattr(old, name), getattr(new, name)
        if before == after:
            continue
        old_sub, new_sub = f"{old_path}.{name}", f"{new_path}.{name}"
        if _is_element_list(before) or _is_element_list(after):
            _compare_lists(before, after, paths=(old_sub, new_sub), name=name, out=out)
        elif _empty(before):
            out.append(Change(kind=ChangeKind.ADDED, path=new_sub, field=name, new=after))
        elif _empty(after):
            out.append(Change(kind=ChangeKind.REMOVED, path=old_sub, field=name, old=before))
        elif _is_record(before) and type(before) is type(after):
            _compare(before, after, old_sub, new_sub, out)
        else:
            out.append(
                Change(kind=ChangeKind.CHANGED, path=new_sub, field=name, old=before, new=after)
            )


def _keys(items: tuple[Any, ...]) -> list[object]:
    """A matching key per item: its identifier (with its occurrence) or its position."""
    seen: dict[object, int] = {}
    keys: list[object] = []
    for index, item in enumerate(items):
        key = _key_of(item)
        if key is None:
            keys.append(("position", index))
            continue
        count = seen.get(key, 0)
        seen[key] = count + 1
        keys.append((key, count))
    return keys


def _compare_lists(
    old: tuple[Any, ...],
    new: tuple[Any, ...],
    *,
    paths: tuple[str, str],
    name: str,
    out: list[Change],
) -> None:
    old_path, new_path = paths
    old_keys, new_keys = _keys(old), _keys(new)
    old_at = {key: index for index, key in enumerate(old_keys)}
    new_set = set(new_keys)
    for index, key in enumerate(old_keys):
        if key not in new_set:
            out.append(
                Change(
                    kind=ChangeKind.REMOVED,
                    path=f"{old_path}[{index}]",
                    field=name,
                    old=old[index],
                )
            )
    for index, key in enumerate(new_keys):
        path = f"{new_path}[{index}]"
        if key not in old_at:
            out.append(Change(kind=ChangeKind.ADDED, path=path, field=name, new=new[index]))
            continue
        before, after = old[old_at[key]], new[index]
        if before == after:
            continue
        if _is_record(before) and type(before) is type(after):
            _compare(before, after, f"{old_path}[{old_at[key]}]", path, out)
        else:
            out.append(
                Change(kind=ChangeKind.CHANGED, path=path, field=name, old=before, new=after)
            )


def diff(old: Plan, new: Plan) -> PlanDiff:
    """What was added, removed and changed from ``old`` to ``new``.

    ``diff(plan, plan)`` is empty. Changes come in the order of the plan's fields, and in
    each list the removed elements first (at their place in ``old``), then the added and
    changed ones (at their place in ``new``). A change of a list's order alone is not a
    change; a change of a measure's ``order`` field is.
    """
    for name, value in (("old", old), ("new", new)):
        if not isinstance(value, Plan):
            raise ModelTypeError(f"diff: {name} must be a Plan, not {type(value).__name__}")
    changes: list[Change] = []
    if old != new:
        _compare(old, new, "$", "$", changes)
    return PlanDiff(old=old, new=new, changes=tuple(changes))


# -- describing -----------------------------------------------------------------------------

# How an element of a list is named in a change list: by identifier or by number.
_ELEMENTS: Mapping[str, str] = {
    "causes": N_("Cause {name}"),
    "goal_areas": N_("Goal area {name}"),
    "sections": N_("Section {name}"),
    "goals": N_("Goal {name}"),
    "measures": N_("Measure {name}"),
    "principals": N_("Principal {name}"),
    "participants": N_("Participant {name}"),
    "revisions": N_("Revision {name}"),
    "reporting": N_("Reporting line {name}"),
    "follow_ups": N_("Follow-up {name}"),
    "dialogue_meetings": N_("Dialogue meeting {name}"),
}

# Fields whose text values are identifiers, safe to show; every other text is hidden.
_IDENTIFIER_FIELDS = frozenset({"id", "area", "section", "parent", "principal", "goals", "causes"})

_SEGMENTS = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def _walk(plan: Plan, path: str) -> Iterator[tuple[str, int | None, Any]]:
    """Each step of ``path`` in ``plan``: the field name, the index (if any), the value."""
    value: Any = plan
    name = ""
    for match in _SEGMENTS.finditer(path, 1):
        field, index = match.groups()
        if field is not None:
            name = field
            value = getattr(value, field, None)
            yield name, None, value
        else:
            position = int(index)
            value = value[position] if isinstance(value, tuple) and position < len(value) else None
            yield name, position, value


def _subject_and_fields(plan: Plan, change: Change, locale: str | None) -> tuple[str, list[str]]:
    """The named elements along the change's path, and the field labels after the last."""
    elements: list[str] = []
    fields: list[str] = []
    steps = list(_walk(plan, change.path))
    for position, (field, index, value) in enumerate(steps):
        if index is not None:
            message = _ELEMENTS.get(field)
            key = _key_of(value)
            name = str(key[1]) if isinstance(key, tuple) else str(index + 1)
            if message is None:  # pragma: no cover - every list of records is named
                continue
            elements.append(gettext(message, locale=locale).format(name=name))
            fields = []
        elif position + 1 < len(steps) and steps[position + 1][1] is not None:
            continue  # the list's name: the element that follows names it
        else:
            owner = _owner_class(steps, position, plan)
            fields.append(field_label(f"{owner}.{field}", locale=locale))
    subject = ", ".join(elements) if elements else gettext("The plan", locale=locale)
    return subject, fields


def _owner_class(steps: list[tuple[str, int | None, Any]], position: int, plan: Plan) -> str:
    """The class name of the record that holds the field at ``position``."""
    for field, index, value in reversed(steps[:position]):
        del field, index
        if value is not None and not isinstance(value, tuple):
            return type(value).__name__
    return type(plan).__name__


def _shown(change: Change, value: Any, locale: str | None) -> str | None:
    """``value`` as text if it cannot be personal; ``None`` to hide it."""
    if isinstance(value, enum.Enum):
        return value_name(value, locale=locale)
    if isinstance(value, bool):
        return gettext("yes", locale=locale) if value else gettext("no", locale=locale)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date | PartialDate):
        return format_date(value, format="long", locale=locale)
    if isinstance(value, Period):
        start = (
            "…" if value.start is None else format_date(value.start, format="long", locale=locale)
        )
        end = "…" if value.end is None else format_date(value.end, format="long", locale=locale)
        return f"{start} – {end}"  # noqa: RUF001 - a real en dash
    if isinstance(value, Schedule):
        return value.describe(locale=locale)
    if change.field in _IDENTIFIER_FIELDS:
        if isinstance(value, str):
            return value
        if isinstance(value, tuple) and all(isinstance(item, str) for item in value):
            return ", ".join(value)
    return None


def _follow_up_detail(value: Any, locale: str | None) -> str | None:
    parts = []
    if getattr(value, "date", None) is not None:
        parts.append(format_date(value.date, locale=locale))
    if isinstance(value, FollowUp):
        parts.append(colour_name(value.colour, locale=locale))
    return ", ".join(parts) or None


def _describe(change: Change, plan_diff: PlanDiff, locale: str | None) -> str:
    plan = plan_diff.old if change.kind is ChangeKind.REMOVED else plan_diff.new
    subject, fields = _subject_and_fields(plan, change, locale)
    label = " / ".join(fields)
    if change.kind is ChangeKind.CHANGED:
        old, new = _shown(change, change.old, locale), _shown(change, change.new, locale)
        if old is not None and new is not None:
            message = gettext("{subject}: {field} changed from {old} to {new}", locale=locale)
            return message.format(subject=subject, field=label, old=old, new=new)
        message = gettext("{subject}: {field} changed", locale=locale)
        return message.format(subject=subject, field=label)
    value = change.new if change.kind is ChangeKind.ADDED else change.old
    if not fields:
        # A whole element of a list: follow-ups and meetings say when (and which colour).
        detail = _follow_up_detail(value, locale)
        if change.kind is ChangeKind.ADDED:
            message = gettext("{subject} added", locale=locale)
        else:
            message = gettext("{subject} removed", locale=locale)
        text = message.format(subject=subject)
        return text if detail is None else f"{text} ({detail})"
    shown = _shown(change, value, locale)
    if change.kind is ChangeKind.ADDED:
        if shown is not None:
            message = gettext("{subject}: {field} set to {value}", locale=locale)
            return message.format(subject=subject, field=label, value=shown)
        message = gettext("{subject}: {field} added", locale=locale)
    else:
        message = gettext("{subject}: {field} removed", locale=locale)
    return message.format(subject=subject, field=label)
