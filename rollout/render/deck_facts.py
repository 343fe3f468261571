"""What the decks say beyond the process file's own words, derived once from the model and the schedule.

Successors of a step, the gates with their merged tick-lists and who must be told, a phase's
participants as the RACI matrix shows them, what each role commits to, and the duration estimate.
Pure functions over the frozen model: no slides here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx

from rollout.process.model import Phase, Process, Role, Step
from rollout.process.schedule import Schedule

RACI_KEYS = ("responsible", "accountable", "consulted", "informed")
LETTERS = "RACI"


@dataclass(frozen=True)
class GateFacts:
    """A phase's closing decision as the decks show it."""

    phase: Phase
    number: int
    decision: str
    decider: str
    informed: tuple[str, ...]
    ticks: tuple[str, ...]


def successors(process: Process, graph: nx.DiGraph, step: Step) -> list[Step]:
    """The steps that depend on this one, in the order of the file."""
    after = set(graph.successors(step.id))
    return [s for s in process.steps if s.id in after]


def tick_list(phase: Phase) -> tuple[str, ...]:
    """The phase's exit criteria, then its gate's criteria, each said once."""
    items = [*phase.exit_criteria, *(phase.gate.criteria if phase.gate else [])]
    seen: set[str] = set()
    merged: list[str] = []
    for item in items:
        key = _normal(item)
        if key not in seen:
            seen.add(key)
            merged.append(item)
    return tuple(merged)


def _normal(text: str) -> str:
    """Text compared for sameness: case, spacing and closing punctuation ignored."""
    return " ".join(text.casefold().split()).rstrip(" .!?;:")


def released_by(process: Process, graph: nx.DiGraph, index: int) -> list[Step]:
    """The steps of the phase after phases[index] that wait for no step of their own phase."""
    if index + 1 >= len(process.phases):
        return []
    phase_id = process.phases[index + 1].id
    phase_of = {s.id: s.phase for s in process.steps}
    return [
        s
        for s in process.steps
        if s.phase == phase_id and all(phase_of.get(d) != phase_id for d in graph.predecessors(s.id))
    ]


def gates(process: Process, graph: nx.DiGraph) -> list[GateFacts]:
    """Every gate in phase order, with who must be told of it and its merged tick-list."""
    found = []
    for index, phase in enumerate(process.phases):
        if phase.gate is None:
            continue
        informed = phase.gate.informed or _told(process, graph, index)
        found.append(
            GateFacts(
                phase,
                index + 1,
                phase.gate.decision,
                phase.gate.decided_by,
                tuple(r.id for r in process.roles if r.id in informed and r.id != phase.gate.decided_by),
                tick_list(phase),
            )
        )
    return found


def _told(process: Process, graph: nx.DiGraph, index: int) -> set[str]:
    """Who must hear of a decision: who starts the next phase (of the last: its people), the lead, its milestones' I."""
    phase = process.phases[index]
    if index + 1 < len(process.phases):
        told = {r for s in released_by(process, graph, index) for r in (*s.raci.responsible, *s.raci.accountable)}
    else:
        told = {r for s in process.steps if s.phase == phase.id for key in RACI_KEYS for r in getattr(s.raci, key)}
    lead = process.process.lead_role
    return told | ({lead} if lead else set()) | {r for s in deciding_steps(process, phase) for r in s.raci.informed}


def deciding_steps(process: Process, phase: Phase) -> list[Step]:
    """The milestone steps of a phase that its decider answers for (A): where the phase's decision is taken."""
    if phase.gate is None:
        return []
    decider = phase.gate.decided_by
    return [s for s in process.steps if s.phase == phase.id and s.milestone and decider in s.raci.accountable]


def raci_letters(step: Step, role_id: str) -> list[str]:
    """The RACI letters of one role in a step, in R, A, C, I order."""
    return [letter for letter, key in zip(LETTERS, RACI_KEYS, strict=True) if role_id in getattr(step.raci, key)]


def gate_letters(gate: GateFacts, role_id: str) -> list[str]:
    """A role's letter in a gate's row of the RACI matrix: the decider answers for it (A), the told are I."""
    if role_id == gate.decider:
        return ["A"]
    return ["I"] if role_id in gate.informed else []


def phase_letters(process: Process, phase: Phase, gate: GateFacts | None) -> list[tuple[Role, list[str]]]:
    """Every role with a letter in the phase's rows of the RACI matrix, with all its letters, in role order."""
    steps = [s for s in process.steps if s.phase == phase.id]
    found: list[tuple[Role, list[str]]] = []
    for role in process.roles:
        letters = {letter for s in steps for letter in raci_letters(s, role.id)}
        letters |= set(gate_letters(gate, role.id)) if gate else set()
        if letters:
            found.append((role, [letter for letter in LETTERS if letter in letters]))
    return found


def lead_first(process: Process) -> list[Role]:
    """The roles in declared order, the project lead's first."""
    lead = process.process.lead_role
    return sorted(process.roles, key=lambda role: role.id != lead)


@dataclass(frozen=True)
class Commitment:
    """What a role does in a phase: the steps it does (R) and the weeks while one of them runs."""

    steps: int
    weeks: float


def commitments(process: Process, plan: Schedule | None) -> dict[str, dict[str, Commitment]]:
    """For each role and phase, the steps the role does and the weeks in which it has one running."""
    return {
        role.id: {
            phase.id: Commitment(
                sum(s.phase == phase.id and role.id in s.raci.responsible for s in process.steps),
                busy_weeks(process, plan, role.id, phase.id),
            )
            for phase in process.phases
        }
        for role in process.roles
    }


def busy_weeks(process: Process, plan: Schedule | None, role_id: str, phase_id: str | None = None) -> float:
    """Weeks in which the role does (R) at least one step (of the phase, or of any phase)."""
    if plan is None:
        return 0.0
    mine = [s for s in process.steps if role_id in s.raci.responsible and phase_id in (None, s.phase)]
    return _covered([(plan.slots[s.id].start, plan.slots[s.id].end) for s in mine])


def _covered(spans: list[tuple[float, float]]) -> float:
    """The length of the union of intervals: weeks in which at least one of them runs."""
    total, reach = 0.0, float("-inf")
    for start, end in sorted(spans):
        if end > reach:
            total += end - max(start, reach)
            reach = end
    return total


@dataclass(frozen=True)
class Estimate:
    """The duration from the schedule: until the last phase that ends, and until the last estimated step."""

    low: float
    high: float
    closed: int  # how many phases the low end covers (the ones before the ongoing ones)


def estimate(process: Process, plan: Schedule) -> Estimate:
    """The total as a range: the end of the last phase that is not ongoing, then the end of everything."""
    ongoing = {p.id for p in process.phases if p.ongoing}
    ends = [plan.slots[s.id].end for s in process.steps if s.phase not in ongoing]
    closed = max((n for n, p in enumerate(process.phases, start=1) if p.id not in ongoing), default=0)
    return Estimate(max(ends, default=plan.total), plan.total, closed)


def phase_span(process: Process, plan: Schedule, phase: Phase) -> tuple[float, float]:
    """When a phase runs in the schedule: the first start and the last end of its steps."""
    slots = [plan.slots[s.id] for s in process.steps if s.phase == phase.id]
    return min(s.start for s in slots), max(s.end for s in slots)


def week_range(start: float, end: float) -> tuple[int, int]:
    """The weeks a span touches, counted from 1: weeks 0–2 of the schedule are weeks 1 and 2."""
    first = math.floor(start) + 1
    return first, max(first, math.ceil(end))


def metrics_step(process: Process) -> Step | None:
    """The step where the metrics' targets are agreed, when the process names one."""
    wanted = process.evaluation.metrics_step
    return next((s for s in process.steps if s.id == wanted), None)
