"""The rule catalogue as data, rule sets, and the protocol for rules of your own.

Every built-in rule is a :class:`Rule`: a stable code (``P007``), a default severity, the
plan kinds it applies to, a one-line title, its source (a seed or a regulation) and a
rationale. Each kind's default set is the common rules (``P``) plus its own.

Rules of your own
-----------------
A rule is either

* a function ``check(plan, context) -> Iterable[Finding]``, or
* an object with ``code``, ``severity`` and ``check(plan, context)`` (a :class:`Rule` is
  one), and optionally ``kinds`` (default: every kind) and ``needs_as_of``.

``context`` is a :class:`RuleContext`: the plan's ``kind``, ``as_of`` (``None`` when the
caller gave no date: never guess one), and the running rule's ``code`` and ``severity``
already resolved for the kind and the caller's re-grading. ``context.finding(path,
message_id, **params)`` builds a finding of the running rule. Paths are JSON paths into the
plan (``$.measures[2].responsible``); params hold identifiers, counts, dates and codes,
never personal data. Pass rules with ``tiltak.validate(plan, rules=[...])``, or build a
:class:`RuleSet`:

>>> import tiltak
>>> from tiltak import rules
>>> def needs_owner(plan, context):
...     if plan.owner is None:
...         yield context.finding("$.owner", "The plan names no owning unit.")
>>> owner = rules.Rule(code="X001", severity="warning", title="The plan names its owner",
...                    check=needs_owner)
>>> municipal = (rules.default() | [owner]).ignore("P013").named("Bygdeby kommune")
>>> plan = tiltak.Plan(kind="action_plan", title="Trygg skolevei")
>>> municipal.validate(plan, select=["X"]).codes
('X001',)
"""

from __future__ import annotations

from tiltak._enums import PlanKind
from tiltak._errors import RuleConfigError
from tiltak._rules import builtin
from tiltak._rules._core import Check, Rule, RuleContext, SupportsCheck
from tiltak._rules._sets import RuleSet
from tiltak._rules.common import email_ok, fold, phone_ok

__all__ = [
    "Check",
    "Rule",
    "RuleContext",
    "RuleSet",
    "SupportsCheck",
    "all_rules",
    "default",
    "email_ok",
    "fold",
    "for_kind",
    "get",
    "markdown",
    "phone_ok",
]


def all_rules() -> tuple[Rule, ...]:
    """Every built-in rule: the common rules, then each kind's, by code."""
    return builtin()


def get(code: str) -> Rule:
    """The built-in rule ``code``; :class:`tiltak.errors.RuleConfigError` if there is none."""
    for rule in builtin():
        if rule.code == code:
            return rule
    raise RuleConfigError(f"no built-in rule has the code {code!r}")


def for_kind(kind: PlanKind | str) -> tuple[Rule, ...]:
    """The default rules of a plan kind: the common rules plus its own."""
    wanted = PlanKind(kind)
    return tuple(r for r in builtin() if r.applies_to(wanted))


def default() -> RuleSet:
    """Every built-in rule as a :class:`RuleSet` named ``"tiltak"``."""
    return RuleSet(name="tiltak", rules=builtin())


_KIND_NAMES = {
    PlanKind.ACTION_PLAN: "action plan",
    PlanKind.IMPLEMENTATION_PLAN: "implementation plan",
    PlanKind.INDIVIDUAL_PLAN: "individual plan",
    PlanKind.COORDINATED_PLAN: "coordinated plan (SIP)",
    PlanKind.OPERATIONAL_PLAN: "operational plan",
    PlanKind.RETURN_TO_WORK_PLAN: "return-to-work plan",
    PlanKind.RESULTS_PLAN: "results and development plan",
}

_GROUPS = (
    ("P", "Common rules (every kind)"),
    ("F", "The follow-up cycle (goals followed up, reports delivered)"),
    ("A", "Action plan (tiltaksplan, åtgärdsplan)"),
    ("G", "Implementation plan (genomförandeplan)"),
    ("I", "Individual plan (individuell plan)"),
    ("S", "Coordinated individual plan (SIP)"),
    ("V", "Operational plan (virksomhetsplan)"),
    ("O", "Return-to-work plan (oppfølgingsplan, plan för återgång i arbete)"),
    ("R", "Results and development plan (resultat- og utviklingsplan)"),
)


def _kinds_text(rule: Rule) -> str:
    if rule.kinds == frozenset(PlanKind):
        return "all"
    return ", ".join(_KIND_NAMES[k] for k in PlanKind if k in rule.kinds)


def _severity_text(rule: Rule) -> str:
    text = rule.severity.value
    others = [
        f"{severity.value} for {_KIND_NAMES[kind]}"
        for kind in PlanKind
        if (severity := rule.kind_severity.get(kind)) is not None
    ]
    return text + (f" ({'; '.join(others)})" if others else "")


_NO_WORDS = {
    False: "— (good practice: no source text)",
    True: "— (tiltak's own check of the data)",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown() -> str:
    """The rule catalogue as the Markdown page ``docs/rules.md``."""
    lines = [
        "# Rules",
        "",
        "<!-- Generated from tiltak.rules by docs/_generate_rules.py: do not edit. -->",
        "",
        "Every rule tiltak checks, with its stable code, default severity, the plan kinds it",
        "applies to, its source, the source's own words and why it matters. The severity",
        "follows the words: an **error** where the source says *skal* / *ska* (shall), a",
        "**warning** where it says *bør* / *gärna* (should) or where the rule is good practice",
        "with no source text, a **note** for advice. Words are quoted in the source's",
        "language; the content list of the forskrift om habilitering og rehabilitering,",
        "individuell plan og koordinator § 19 is quoted as Helsedirektoratet publishes it.",
        "*tiltak* marks a check of the data itself (identifiers, references, contact",
        "details). Rules marked *as-of* run only when `validate` is given `as_of`. Select,",
        "ignore and re-grade rules by code or prefix:",
        '`tiltak.validate(plan, select=["P", "A004"], ignore=["P013"], '
        'severity={"P014": "error"})`.',
    ]
    for prefix, heading in _GROUPS:
        lines += [
            "",
            f"## {heading}",
            "",
            "| code | severity | kinds | rule | source | source's words | rationale |",
            "|---|---|---|---|---|---|---|",
        ]
        for rule in builtin():
            if not rule.code.startswith(prefix):
                continue
            title = rule.title + (" (*as-of*)" if rule.needs_as_of else "")
            cells = (
                rule.code,
                _severity_text(rule),
                _kinds_text(rule),
                title,
                rule.source,
                rule.quote or _NO_WORDS[rule.source.startswith("tiltak")],
                rule.rationale,
            )
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"
