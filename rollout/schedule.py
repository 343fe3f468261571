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
    """Earliest start of every step (when its dependencies end); None when no step has an estimate.

    A step without an estimate takes no time. The critical path is the longest chain of
    dependencies ending at the last finishing step; ties go to the step declared first.
    """
    if not any(step.duration_weeks for step in process.steps):
        return None
    weeks = {step.id: step.duration_weeks or 0.0 for step in process.steps}
    start: dict[str, float] = {}
    end: dict[str, float] = {}
    order = nx.lexicographical_topological_sort(graph, key=lambda node: graph.nodes[node]["index"])
    for node in order:
        start[node] = max((end[pred] for pred in graph.predecessors(node)), default=0.0)
        end[node] = start[node] + weeks[node]
    total = max(end.values())
    index = {step.id: i for i, step in enumerate(process.steps)}
    path = [min((node for node in end if end[node] == total), key=index.__getitem__)]
    while True:
        feeding = [pred for pred in graph.predecessors(path[-1]) if end[pred] == start[path[-1]]]
        if not feeding:
            break
        path.append(min(feeding, key=index.__getitem__))
    critical = set(path)
    slots = {
        step.id: Slot(step.id, start[step.id], end[step.id], step.duration_weeks is not None, step.id in critical)
        for step in process.steps
    }
    return Schedule(slots, total, tuple(reversed(path)))
