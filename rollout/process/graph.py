"""The dependency graph of a process: steps as nodes, depends_on as edges."""

from __future__ import annotations

import networkx as nx

from rollout.process.model import Process


def build_graph(process: Process) -> nx.DiGraph:
    """A DiGraph with an edge dependency → step for every known dependency, in YAML order."""
    graph = nx.DiGraph()
    for index, step in enumerate(process.steps):
        if step.id not in graph:
            graph.add_node(step.id, index=index)
    for index, step in enumerate(process.steps):
        for ref, dep in enumerate(step.depends_on):
            if dep in graph and dep != step.id:
                graph.add_edge(dep, step.id, step_index=index, ref=ref)
    return graph


def phase_rank(process: Process) -> dict[str, int]:
    """Index of each phase in declared order."""
    return {phase.id: index for index, phase in enumerate(process.phases)}


def step_numbers(process: Process) -> dict[str, str]:
    """'phase.n' numbers: the third step of the second phase is 2.3."""
    numbers: dict[str, str] = {}
    for p, phase in enumerate(process.phases, start=1):
        steps = [s for s in process.steps if s.phase == phase.id]
        for n, step in enumerate(steps, start=1):
            numbers[step.id] = f"{p}.{n}"
    return numbers
