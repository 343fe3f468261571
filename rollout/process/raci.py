"""The RACI rules of a step, checked and explained in plain words.

Exactly one role approves a step (accountable, A); at least one does it (responsible, R); the
owner, whose lane the step is drawn in, does or approves it. A role that does or approves a step
is not also consulted about it. (Being told of a step one approves, A and I, is allowed: a recurring
step's results may be reported to the role accountable for it.)
"""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from rollout.errors import Finding, Severity
from rollout.process.model import Process, Step


def check_raci(process: Process, graph: nx.DiGraph) -> Iterator[Finding]:
    """Exactly one accountable, at least one responsible, the owner responsible or accountable."""
    roles = {role.id for role in process.roles}
    for index, step in enumerate(process.steps):
        yield from _raci_findings(index, step, roles)


def _raci_findings(index: int, step: Step, roles: set[str]) -> Iterator[Finding]:
    raci = step.raci
    path = ("steps", index, "raci")
    if not raci.accountable:
        message = (
            f"step '{step.id}' has no accountable role: exactly one role approves each step (A); "
            f"name it in raci, for example accountable: {step.owner}"
        )
        yield Finding(path, message, "raci-accountable")
    elif len(raci.accountable) > 1:
        message = (
            f"step '{step.id}' has {len(raci.accountable)} accountable roles ({', '.join(raci.accountable)}): "
            "exactly one role approves each step (A); keep one and make the others responsible or consulted"
        )
        yield Finding((*path, "accountable"), message, "raci-accountable")
    if not raci.responsible:
        message = (
            f"step '{step.id}' has no responsible role: at least one role does each step (R); "
            f"name it in raci, for example responsible: [{step.owner}]"
        )
        yield Finding(path, message, "raci-responsible")
    if step.owner in roles and step.owner not in raci.responsible and step.owner not in raci.accountable:
        doers = list(dict.fromkeys([*raci.responsible, *raci.accountable]))
        other = f"make the owner one of them ({', '.join(doers)})" if doers else "change the owner"
        message = (
            f"step '{step.id}' is drawn in the lane of its owner '{step.owner}', but {step.owner} neither does "
            f"it (responsible, R) nor approves it (accountable, A), and the owner must do one of those: add "
            f"{step.owner} to responsible, or {other}"
        )
        yield Finding(("steps", index, "owner"), message, "raci-owner")


# Letters a role cannot have together on one step: (kept, dropped, why).
_OVERLAPS = (
    ("responsible", "consulted", "a role that does a step is not consulted about it"),
    ("accountable", "consulted", "the role that approves a step is not consulted about it"),
)
_LETTER = {"responsible": "R", "accountable": "A", "consulted": "C", "informed": "I"}


def check_raci_overlap(process: Process, graph: nx.DiGraph) -> Iterator[Finding]:
    """Warn about a role that has two letters of one step that do not go together (R and C, A and C)."""
    for index, step in enumerate(process.steps):
        for kept, dropped, why in _OVERLAPS:
            listed: list[str] = getattr(step.raci, dropped)
            for position, role in enumerate(listed):
                if role in getattr(step.raci, kept):
                    message = (
                        f"step '{step.id}': '{role}' is both {kept} ({_LETTER[kept]}) and {dropped} "
                        f"({_LETTER[dropped]}); {why}: remove {role} from {dropped}"
                    )
                    path = ("steps", index, "raci", dropped, position)
                    yield Finding(path, message, "raci-overlap", Severity.WARNING)
