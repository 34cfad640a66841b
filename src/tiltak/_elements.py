"""The element of a plan a finding is about, named as people name it: «mål TT-1.5 «…»».

A JSON path (``$.goals[21].target``) says where a finding sits for a program; an
:class:`ElementRef` says it for a person: the element's kind, its identifier, and a short
excerpt of its own title or text. Only a title or text is ever quoted, never a name, a
national id or a contact detail.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol

import attrs

from ._frozen import maker
from ._i18n import NC_, gettext, pgettext
from ._shape import visible_controls

if TYPE_CHECKING:
    from ._model import Plan

__all__ = [
    "EXCERPT_MAX",
    "ElementRef",
    "Subjects",
    "element_at",
    "excerpt",
    "first_holders",
    "identifier",
    "occurrence_keys",
    "place",
    "reference",
]

EXCERPT_MAX = 40
"""The most characters of an element's own title or text a reference quotes."""

_CONTEXT = "element"
_KINDS: Mapping[str, str] = MappingProxyType(
    {
        "plan": NC_("element", "the plan"),
        "goal": NC_("element", "goal"),
        "goal_area": NC_("element", "goal area"),
        "section": NC_("element", "section"),
        "measure": NC_("element", "measure"),
        "activity": NC_("element", "activity"),
        "cause": NC_("element", "cause"),
        "principal": NC_("element", "principal"),
        "participant": NC_("element", "participant"),
        "revision": NC_("element", "revision"),
        "reporting_line": NC_("element", "reporting line"),
        "follow_up": NC_("element", "follow-up"),
        "follow_up_routine": NC_("element", "the plan's follow-up"),
        "dialogue_meeting": NC_("element", "dialogue meeting"),
    }
)

# Collections of the plan whose items are elements of their own: the kind, and the field that
# holds an item's identifier (None: the item is known by its place, counted from 1).
_COLLECTIONS: Mapping[str, tuple[str, str | None]] = MappingProxyType(
    {
        "goals": ("goal", "id"),
        "goal_areas": ("goal_area", "id"),
        "sections": ("section", "id"),
        "measures": ("measure", "id"),
        "causes": ("cause", "id"),
        "principals": ("principal", "id"),
        "participants": ("participant", None),
        "revisions": ("revision", None),
        "reporting": ("reporting_line", None),
        "follow_ups": ("follow_up", None),
    }
)
# The one field of an element that may be quoted: its own title or text.
_LABEL_FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "goal": "text",
        "goal_area": "title",
        "measure": "title",
        "cause": "text",
        "section": "title",
        "principal": "name",
    }
)
# Labels quoted in a plan about one person too: a principal is a municipality or a region.
_NOT_ABOUT_THE_PERSON = frozenset({"principal"})

# Plans about one person: their goals and measures are written about that person, so no text
# of theirs is quoted, for it may name them.
_ABOUT_A_PERSON = frozenset(
    {
        "individual_plan",
        "coordinated_plan",
        "implementation_plan",
        "return_to_work_plan",
        "results_plan",  # c) and d) are about the unit head
    }
)

_TOP = re.compile(r"\$(?:\[\d+\])?\.(\w+)\[(\d+)\]")
_DIALOGUE = re.compile(r"\$(?:\[\d+\])?\.return_to_work\.dialogue_meetings\[(\d+)\]")


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


def first_holders(items: Iterable[_Identified]) -> dict[str, int]:
    """Each identifier of ``items`` with the index of the first item that holds it.

    A reference to a repeated identifier (which P005 reports) resolves to that item.

    >>> from tiltak import Goal
    >>> first_holders([Goal(id="1"), Goal(id="2"), Goal(id="1")])
    {'1': 0, '2': 1}
    """
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        first.setdefault(item.id, index)
    return first


def occurrence_keys(items: Iterable[_Identified]) -> list[tuple[str, int]]:
    """Each item's identifier, and how many items before it hold the same one.

    Two versions of a plan are matched item by item on these: a repeated identifier's first
    holder with the first, its second with the second.

    >>> from tiltak import Goal
    >>> occurrence_keys([Goal(id="1"), Goal(id="2"), Goal(id="1")])
    [('1', 0), ('2', 0), ('1', 1)]
    """
    seen: dict[str, int] = {}
    keys = []
    for item in items:
        count = seen.get(item.id, 0)
        seen[item.id] = count + 1
        keys.append((item.id, count))
    return keys


def excerpt(text: str | None, limit: int = EXCERPT_MAX) -> str | None:
    """``text`` on one line, cut at a word to at most ``limit`` characters with "…".

    >>> excerpt("Brukerne opplever at tjenestene er trygge og gode")
    'Brukerne opplever at tjenestene er …'
    >>> excerpt("  Kompetanse ")
    'Kompetanse'
    """
    if text is None:
        return None
    # Printable, a text's only white space is U+0020; single, it needs no joining.
    single = text.isprintable() and "  " not in text
    flat = text.strip(" ") if single else " ".join(text.split())
    if not flat:
        return None
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 2]
    space = cut.rfind(" ")
    if flat[len(cut)] != " " and space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-\u2013") + " \u2026"


@attrs.frozen(kw_only=True, weakref_slot=False)
class ElementRef:
    """The element of a plan a finding is about: its kind, identifier, and a short label.

    ``kind`` is ``"plan"``, ``"goal"``, ``"goal_area"``, ``"measure"``, ``"activity"``,
    ``"cause"``, ``"principal"``, ``"participant"``, ``"revision"``, ``"reporting_line"``,
    ``"follow_up"`` or ``"dialogue_meeting"``. ``id`` is the element's identifier, or its
    place in its list counted from 1 when it has none; ``label`` is at most 40 characters of
    its own title or text (never a person's name or contact detail: a plan about one person,
    such as an individuell plan, has no labels); ``path`` is where the element sits.

    >>> ref = ElementRef(kind="goal", id="TT-1.5", label="Brukerne opplever …",
    ...                  path="$.goals[4]")
    >>> ref.text(locale="nb")
    'mål TT-1.5 «Brukerne opplever …»'
    >>> ElementRef(kind="measure", id="3", path="$.measures[2]").text(locale="sv")
    'åtgärd 3'
    >>> ElementRef(kind="plan", path="$").text(locale="nn")
    'planen'
    """

    kind: str
    id: str | None = None
    label: str | None = None
    path: str = "$"

    def kind_text(self, *, locale: str | None = None) -> str:
        """The word for the element's kind in ``locale`` (``"mål"``, ``"åtgärd"``)."""
        word = _KINDS.get(self.kind)
        return self.kind if word is None else pgettext(_CONTEXT, word, locale=locale)

    def short_text(self, *, locale: str | None = None) -> str:
        """The kind and the identifier, without the label: ``"mål TT-1.5"``."""
        kind = self.kind_text(locale=locale)
        return kind if self.id is None else f"{kind} {visible_controls(self.id)}"

    def text(self, *, locale: str | None = None) -> str:
        """The kind, the identifier and the quoted label, as a person reads it.

        On one line, whatever the plan holds: control characters are shown escaped.
        """
        short = self.short_text(locale=locale)
        if self.label is None:
            return short
        label = visible_controls(self.label)
        quoted = gettext("\u201c{label}\u201d", locale=locale).format(label=label)
        return f"{short} {quoted}"

    def __str__(self) -> str:
        return self.text()


_element_ref: Callable[[str, str | None, str | None, str], ElementRef] = maker(ElementRef)
"""``ElementRef(...)`` of values known to be strings, built as often as findings are."""


def _identifier(item: object, field: str | None, index: int) -> str:
    if field is not None:
        value = getattr(item, field, None)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return str(index + 1)


def _about_a_person(plan: Plan) -> bool:
    return plan.subject is not None or plan.kind.value in _ABOUT_A_PERSON


def identifier(plan: Plan, collection: str, index: int) -> str:
    """The identifier of ``plan.<collection>[index]``, as :func:`reference` gives it."""
    _, field = _COLLECTIONS[collection]
    return _identifier(getattr(plan, collection)[index], field, index)


def reference(plan: Plan, collection: str, index: int) -> ElementRef:
    """The element at ``plan.<collection>[index]``, for a message that names another one."""
    return _reference(plan, collection, index, labels=not _about_a_person(plan))


def _reference(plan: Plan, collection: str, index: int, *, labels: bool) -> ElementRef:
    kind, field, label_field = _READING[collection]
    item = getattr(plan, collection)[index]
    label = None
    if label_field is not None and (labels or kind in _NOT_ABOUT_THE_PERSON):
        label = excerpt(getattr(item, label_field))
        if label is None and kind == "measure":
            label = excerpt(item.description)
    if kind == "measure" and plan.kind._value_ == "implementation_plan":
        kind = "activity"
    return _element_ref(kind, _identifier(item, field, index), label, f"$.{collection}[{index}]")


_READING = {
    collection: (kind, field, _LABEL_FIELDS.get(kind))
    for collection, (kind, field) in _COLLECTIONS.items()
}
"""For each collection: the kind of its items, their identifier's field and their label's."""


_PLAN = ElementRef(kind="plan", path="$")


def element_at(plan: Plan, path: str) -> ElementRef:
    """The element that holds the place ``path`` in ``plan``; the plan when no element does.

    >>> import tiltak
    >>> plan = tiltak.Plan(kind="operational_plan",
    ...                    goals=[tiltak.Goal(id="TT-1.5", text="Beholde kompetanse.")])
    >>> element_at(plan, "$.goals[0].target").text(locale="en")
    'goal TT-1.5 “Beholde kompetanse.”'
    """
    match = _TOP.match(path)
    if match is not None and match[1] in _COLLECTIONS:
        index = int(match[2])
        if index < len(getattr(plan, match[1])):
            return reference(plan, match[1], index)
    dialogue = _DIALOGUE.match(path)
    if dialogue is not None and plan.return_to_work is not None:
        index = int(dialogue[1])
        meetings = plan.return_to_work.dialogue_meetings
        if index < len(meetings):
            return ElementRef(
                kind="dialogue_meeting",
                id=str(meetings[index].number),
                path=f"$.return_to_work.dialogue_meetings[{index}]",
            )
    return _PLAN


class Subjects:
    """The element at each path of one plan, each element worked out once.

    ``subjects(path)`` is ``element_at(plan, path)``; paths inside one element (its title,
    its deadline) share its :class:`ElementRef`.
    """

    __slots__ = ("_known", "_labels", "_plan")

    def __init__(self, plan: Plan) -> None:
        self._plan = plan
        self._labels = not _about_a_person(plan)
        self._known: dict[str, ElementRef] = {}

    def __call__(self, path: str) -> ElementRef:
        # Which element holds a path depends on no more of it than its first "[...]".
        end = path.find("]") + 1 if path.startswith("$.") else 0
        key = path[:end] if end else path
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = self._find(path, end)
        return found

    def _find(self, path: str, end: int) -> ElementRef:
        """The element at ``path``; ``end``: where its first ``]`` ends, 0 if it does not."""
        plan = self._plan
        bracket = path.find("[", 0, end)
        collection = path[2:bracket]
        number = path[bracket + 1 : end - 1]
        if bracket > 2 and collection in _READING and number.isdecimal():  # $.goals[12]
            index = int(number)
            if index < len(getattr(plan, collection)):
                return _reference(plan, collection, index, labels=self._labels)
        return element_at(plan, path)


def place(path: str, ids: Mapping[str, str] | None = None) -> ElementRef:
    """The element at ``path`` known without the plan: by kind and by ``ids[element path]``.

    For a summary, which keeps paths and identifiers but no text of the plan. An element
    whose identifier is not in ``ids`` is known by its place in its list, counted from 1.

    >>> place("$.reporting[1].schedule").text(locale="nb")
    'rapporteringslinje 2'
    >>> place("$.follow_up.schedule").text(locale="sv")
    'planens uppföljning'
    >>> place("$.measures[0]", {"$.measures[0]": "M1"}).text(locale="en")
    'measure M1'
    """
    match = _TOP.match(path)
    if match is not None and match[1] in _COLLECTIONS:
        kind, _ = _COLLECTIONS[match[1]]
        where = f"$.{match[1]}[{match[2]}]"
        known = (ids or {}).get(where)
        return ElementRef(kind=kind, id=known or str(int(match[2]) + 1), path=where)
    if path.startswith("$.follow_up.") or path == "$.follow_up":
        return ElementRef(kind="follow_up_routine", path="$.follow_up")
    return _PLAN
