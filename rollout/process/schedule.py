"""Earliest-start schedule and critical path from duration estimates and dependencies."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from rollout.process.model import Process


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
    held_by: dict[str, str] = {}  # a step that waits for the phase floor: the step whose end is that floor
    floor, floor_by = 0.0, None  # no step of this phase starts before floor, which floor_by's end sets

    def feeding(node: str) -> str | None:
        """The step whose end this step's start waits for: a dependency, else the floor; first declared."""
        preds = [pred for pred in graph.predecessors(node) if end[pred] == start[node]]
        return min(preds, key=index.__getitem__) if preds else held_by.get(node)

    for phase in process.phases:
        members = [node for node in order if phase_of[node] == phase.id]
        for node in members:
            start[node] = max([floor, *(end[pred] for pred in graph.predecessors(node))])
            end[node] = start[node] + weeks[node]
            if floor_by is not None and start[node] == floor:
                held_by[node] = floor_by
        if not members:
            continue
        if phase.gate is not None:  # the gate is decided when the last of its steps ends
            floor = max(end[node] for node in members)
            floor_by = min((node for node in members if end[node] == floor), key=index.__getitem__)
        elif (first := min(start[node] for node in members)) > floor:  # the next phase starts beside this one
            floor = first
            opener = min((node for node in members if start[node] == first), key=index.__getitem__)
            floor_by = feeding(opener)
    total = max(end.values())
    path = [min((node for node in end if end[node] == total), key=index.__getitem__)]
    while (before := feeding(path[-1])) is not None:
        path.append(before)
    critical = set(path)
    slots = {
        step.id: Slot(step.id, start[step.id], end[step.id], step.duration_weeks is not None, step.id in critical)
        for step in process.steps
    }
    return Schedule(slots, total, tuple(reversed(path)))
