"""What a validation found: findings, their severity, and the report that holds them."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

import attrs

from ._display import Displayed
from ._elements import ElementRef
from ._errors import ModelTypeError, RuleConfigError, TiltakError
from ._frozen import frozen, maker
from ._i18n import gettext, ngettext
from ._shape import visible_controls
from ._time._dates import PartialDate
from ._time._formatting import format_date

if TYPE_CHECKING:
    import datetime as dt

__all__ = [
    "Finding",
    "FindingGroup",
    "PlanInvalidError",
    "Report",
    "Severity",
    "rule_finding",
    "to_severity",
]

ParamValue = str | int | dt.date | PartialDate
"""What a finding's message may hold: identifiers, codes, counts and dates (shown as people
read them, in the finding's locale)."""


class Severity(enum.Enum):
    """How much a finding matters; ordered ``INFO < WARNING < ERROR``.

    >>> Severity.WARNING < Severity.ERROR
    True
    """

    ERROR = "error"
    """The source says *shall* (skal, ska): the plan is not valid without it."""
    WARNING = "warning"
    """The source says *should* (bør), or sound practice asks for it."""
    INFO = "info"
    """Advice."""

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return _RANK[self.value]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank


_RANK = {"info": 0, "warning": 1, "error": 2}


def to_severity(value: Severity | str) -> Severity:
    """The :class:`Severity` that is ``value`` or has it as its value (``"error"``)."""
    if isinstance(value, Severity):
        return value
    if isinstance(value, str):
        try:
            return Severity(value.lower())
        except ValueError:
            pass
    allowed = ", ".join(repr(s.value) for s in Severity)
    raise RuleConfigError(f"a severity must be one of {allowed}")


_NO_PARAMS: Mapping[str, ParamValue] = frozen({})


_PARAM_TYPES = frozenset((str, int, dt.date, PartialDate))
"""The exact types a param may have, known at a glance; their subclasses are looked at."""


def _params(value: Mapping[str, object] | None) -> Mapping[str, ParamValue]:
    if not value:
        return _NO_PARAMS  # read-only, so one is enough for every finding without params
    if not isinstance(value, Mapping):
        raise ModelTypeError(f"Finding.params must be a mapping, not {type(value).__name__}")
    out: dict[str, ParamValue] = {}
    for key, item in value.items():
        if type(key) is not str and not isinstance(key, str):
            raise ModelTypeError("Finding.params keys must be str")
        if type(item) not in _PARAM_TYPES and (
            not isinstance(item, str | int | dt.date | PartialDate)
            or isinstance(item, bool | dt.datetime)
        ):
            raise ModelTypeError(f"Finding.params[{key!r}] must be str, int or a date")
        out[key] = item  # type: ignore[assignment]
    return frozen(out)


def _severity(value: Severity | str) -> Severity:
    return to_severity(value)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Finding:
    """One thing a rule found in a plan: the rule's code, how much it matters, and where.

    ``message_id`` is the English template (marked for translation) and ``params`` fill its
    ``{fields}``; the text is rendered late, in the caller's locale, by :meth:`message`.
    Params hold identifiers, counts, dates and codes only, never personal data.

    >>> f = Finding(code="P007", severity="error", path="$.measures[0].responsible",
    ...             message_id="Measure {measure} has no responsible.", params={"measure": "M1"})
    >>> f.message()
    'Measure M1 has no responsible.'
    >>> str(f)
    'P007 error @ $.measures[0].responsible: Measure M1 has no responsible.'
    """

    code: str = attrs.field()
    severity: Severity = attrs.field(converter=_severity)
    path: str = attrs.field()
    message_id: str = attrs.field()
    params: Mapping[str, ParamValue] = attrs.field(
        factory=dict, converter=_params, hash=False, repr=False
    )
    plural_id: str | None = attrs.field(default=None, repr=False)
    """The plural form of ``message_id``, when the message counts something."""
    count: str | None = attrs.field(default=None, repr=False)
    """The name of the integer param that chooses between singular and plural."""
    subject: ElementRef | None = attrs.field(default=None, eq=False, repr=False)
    """The element the finding is about, named as people name it (set by the validator)."""

    def where(self, locale: str | None = None) -> str:
        """The element the finding is about in ``locale``; the path when it is not known.

        >>> from tiltak._elements import ElementRef
        >>> f = Finding(code="P014", severity="warning", path="$.goals[0].target",
        ...             message_id="The goal has no measurable target.",
        ...             subject=ElementRef(kind="goal", id="TT-1.1", path="$.goals[0]"))
        >>> f.where(locale="nb")
        'mål TT-1.1'
        """
        if self.subject is None:
            return visible_controls(self.path)
        return self.subject.text(locale=locale)

    def message(self, locale: str | None = None) -> str:
        """The message in ``locale`` (the default locale when ``None``), dates written out.

        On one line: a control character in an identifier is shown escaped.

        >>> import datetime as dt
        >>> text = "The follow-up due on {due} is not recorded ({count} missed in all)."
        >>> f = Finding(code="P017", severity="warning", path="$.follow_up.schedule",
        ...             message_id=text, plural_id=text, count="count",
        ...             params={"due": dt.date(2024, 4, 30), "count": 2})
        >>> print(f.message(locale="sv"))  # doctest: +NORMALIZE_WHITESPACE
        Uppföljningen som förföll 30 april 2024 är inte registrerad
        (2 uteblivna uppföljningar totalt).
        """
        shown = {
            key: format_date(value, format="long", locale=locale)
            if isinstance(value, dt.date | PartialDate)
            else visible_controls(value)
            if isinstance(value, str)
            else value
            for key, value in self.params.items()
        }
        if self.plural_id is not None and self.count is not None:
            number = self.params.get(self.count)
            if isinstance(number, int):
                template = ngettext(self.message_id, self.plural_id, number, locale=locale)
                return template.format(**shown)
        return gettext(self.message_id, locale=locale).format(**shown)

    def __str__(self) -> str:
        return (
            f"{self.code} {self.severity.value} @ {visible_controls(self.path)}: {self.message()}"
        )


_make_finding = maker(Finding)


def rule_finding(
    code: str,
    severity: Severity,
    path: str,
    message_id: str,
    params: dict[str, ParamValue],
    *,
    plural_id: str | None = None,
    count: str | None = None,
    subject: ElementRef | None = None,
) -> Finding:
    """``Finding(...)`` as the rule engine builds it, many times over on a large plan.

    The constructor's conversions and checks, without its generic machinery. ``params`` is
    the caller's to give away: it is checked and kept, not copied.
    """
    return _make_finding(
        code,
        severity if type(severity) is Severity else to_severity(severity),
        path,
        message_id,
        _owned_params(params),
        plural_id,
        count,
        subject,
    )


def _owned_params(params: dict[str, ParamValue]) -> Mapping[str, ParamValue]:
    """:func:`_params` of a dict nobody else holds: checked, then frozen as it is."""
    if not params:
        return _NO_PARAMS
    for key, item in params.items():
        if type(item) not in _PARAM_TYPES or type(key) is not str:
            return _params(params)  # the careful look, which names what is wrong
    return frozen(params)


def _findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class FindingGroup:
    """The findings of one rule that say the same thing, about one or more elements.

    >>> report = Report(findings=[
    ...     Finding(code="P014", severity="warning", path=f"$.goals[{i}].target",
    ...             message_id="The goal has no measurable target.") for i in range(3)])
    >>> [(g.code, len(g)) for g in report.grouped()]
    [('P014', 3)]
    """

    findings: tuple[Finding, ...] = attrs.field(converter=_findings)

    @property
    def code(self) -> str:
        """The rule's code."""
        return self.findings[0].code

    @property
    def severity(self) -> Severity:
        """The findings' severity."""
        return self.findings[0].severity

    @property
    def subjects(self) -> tuple[ElementRef | None, ...]:
        """The element each finding is about, in order (``None`` where it is not known)."""
        return tuple(f.subject for f in self.findings)

    def message(self, locale: str | None = None) -> str:
        """The message the findings share, in ``locale``."""
        return self.findings[0].message(locale)

    def __len__(self) -> int:
        return len(self.findings)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)


def _group_key(finding: Finding) -> tuple[object, ...]:
    return (finding.code, finding.severity, finding.message_id, tuple(finding.params.items()))


def _path_under(path: str, prefix: str) -> bool:
    if not path.startswith(prefix):
        return False
    rest = path[len(prefix) :]
    return not rest or rest[0] in ".[" or prefix.endswith((".", "["))


def _matches(code: str, selectors: tuple[str, ...]) -> bool:
    return any(code.startswith(selector) for selector in selectors)


@attrs.frozen(kw_only=True)
class Report(Displayed):
    """The findings of one validation, in document order.

    Iterable and sized; ``ok`` is true when no finding is an error (an empty report has
    length 0, so test ``report.ok``, not ``bool(report)``).
    """

    findings: tuple[Finding, ...] = attrs.field(default=(), converter=_findings)
    as_of: dt.date | None = None
    """The date the as-of rules were checked against (``None``: they did not run)."""

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def __getitem__(self, index: int) -> Finding:
        return self.findings[index]

    @property
    def ok(self) -> bool:
        """Whether no finding has severity error."""
        return not any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity error."""
        return self._of(Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity warning."""
        return self._of(Severity.WARNING)

    @property
    def infos(self) -> tuple[Finding, ...]:
        """The findings of severity info."""
        return self._of(Severity.INFO)

    @property
    def codes(self) -> tuple[str, ...]:
        """The distinct codes found, sorted."""
        return tuple(sorted({f.code for f in self.findings}))

    def grouped(self) -> tuple[FindingGroup, ...]:
        """The findings grouped by rule and message: errors first, then warnings, then notes.

        Within a severity, groups come in the order of their first finding; each group keeps
        its findings in document order.
        """
        groups: dict[tuple[object, ...], list[Finding]] = {}
        for finding in self.findings:
            groups.setdefault(_group_key(finding), []).append(finding)
        ordered = sorted(groups.values(), key=lambda items: -items[0].severity.rank)
        return tuple(FindingGroup(findings=items) for items in ordered)

    def _of(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is severity)

    def by_code(self, *codes: str) -> Report:
        """The findings whose code is, or starts with, one of ``codes`` (``"P0"``, ``"A004"``)."""
        return attrs.evolve(self, findings=(f for f in self.findings if _matches(f.code, codes)))

    def at_least(self, severity: Severity | str) -> Report:
        """The findings of ``severity`` or worse."""
        floor = to_severity(severity)
        return attrs.evolve(self, findings=(f for f in self.findings if f.severity >= floor))

    def under(self, path: str) -> Report:
        """The findings at ``path`` or inside it.

        ``"$.measures[2]"`` takes ``$.measures[2]`` and ``$.measures[2].responsible``, but
        not ``$.measures[20]``.
        """
        return attrs.evolve(self, findings=(f for f in self.findings if _path_under(f.path, path)))

    def raise_for_errors(self) -> Report:
        """Raise :class:`tiltak.PlanInvalidError` if any finding is an error; else ``self``."""
        if not self.ok:
            raise PlanInvalidError(self)
        return self

    def __repr__(self) -> str:
        words = ((Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "note"))
        counts = ", ".join(
            f"{n} {word}" if (n := len(self._of(severity))) == 1 else f"{n} {word}s"
            for severity, word in words
        )
        return f"<Report: {counts}>"


class PlanInvalidError(TiltakError, ValueError):
    """A plan has findings of severity error; ``report`` holds them all."""

    report: Report

    def __init__(self, report: Report) -> None:
        self.report = report
        errors = report.errors
        super().__init__(
            f"the plan has {len(errors)} error finding(s): "
            + ", ".join(f"{f.code} @ {f.path}" for f in errors)
        )
