"""Complete example plans, one of every kind, transcribed from the documents tiltak is built on.

Each example is written in the language of its source and uses fictitious people, numbers and
addresses; the virksomhetsplan is a municipality's published plan, transcribed in full.

>>> from tiltak import examples
>>> examples.names()[:2]
('action_plan_bra', 'action_plan_nursing_home')
>>> examples.load("individual_plan").kind
<PlanKind.INDIVIDUAL_PLAN: 'individual_plan'>
>>> examples.language("action_plan_bra")
'sv'
"""

from __future__ import annotations

from ._registry import UnknownExampleError, language, load, names

__all__ = ["UnknownExampleError", "language", "load", "names"]
