"""Earliest-start schedule and critical path from duration estimates and dependencies."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from rollout.model import Process


@dataclass(frozen=True)
class Slot:
    """When a step runs, in weeks from the start of the rollout."""

    step_id: str
    start: float
    end: float
    estimated: bool
    critical: bool


@dataclass(frozen=True)
class Schedule:
    """Every step's slot, the total length and the critical path in order."""

    slots: dict[str, Slot]
    total: float
    critical_path: tuple[str, ...]


def schedule(process: Process, graph: nx.DiGraph) -> Schedule | None:
    """Earliest start of every step; None when no step has an estimate.

    A step starts when its dependencies end, and not before its phase may start: a phase with a
    gate is closed by its decision, so no later step starts before all of its steps end; a phase
    without a gate lets the next one start alongside it, never before it. A step without an
    estimate takes no time. The critical path is the longest chain (through the gates) ending at
    the last finishing step; ties go to the step declared first.
    """
    if not any(step.duration_weeks for step in process.steps):
        return None
    weeks = {step.id: step.duration_weeks or 0.0 for step in process.steps}
    index = {step.id: i for i, step in enumerate(process.steps)}
    order = list(nx.lexicographical_topological_sort(graph, key=lambda node: graph.nodes[node]["index"]))
    phase_of = {step.id: step.phase for step in process.steps}
    start: dict[str, float] = {}
    end: dict[str, float] = {}
    gate_of: dict[str, str] = {}  # a step that waits for a gate: the step whose end closed it
    floor, closer = 0.0, None
    for phase in process.phases:
        members = [node for node in order if phase_of[node] == phase.id]
        for node in members:
            start[node] = max([floor, *(end[pred] for pred in graph.predecessors(node))])
            end[node] = start[node] + weeks[node]
            if closer is not None and start[node] == floor:
                gate_of[node] = closer
        if not members:
            continue
        if phase.gate is not None:
            floor = max(end[node] for node in members)
            closer = min((node for node in members if end[node] == floor), key=index.__getitem__)
        else:
            floor = max(floor, min(start[node] for node in members))
    total = max(end.values())
    path = [min((node for node in end if end[node] == total), key=index.__getitem__)]
    while True:
        feeding = [pred for pred in graph.predecessors(path[-1]) if end[pred] == start[path[-1]]]
        if not feeding and path[-1] in gate_of:
            feeding = [gate_of[path[-1]]]
        if not feeding:
            break
        path.append(min(feeding, key=index.__getitem__))
    critical = set(path)
    slots = {
        step.id: Slot(step.id, start[step.id], end[step.id], step.duration_weeks is not None, step.id in critical)
        for step in process.steps
    }
    return Schedule(slots, total, tuple(reversed(path)))
