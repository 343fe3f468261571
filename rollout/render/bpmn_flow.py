"""The BPMN process graph of a rollout process: which tasks, events and gateways, joined by which flows.

Pure data from the process, no geometry. Every step is a user task; one start event opens every
step that depends on nothing and one end event waits for every step that nothing depends on; a
parallel gateway stands wherever a step fans out to several or waits for several (BPMN tools read
several arrows into a task as "whichever comes first", not "all of them"); a milestone step is
followed by an intermediate event named after it. Ids come from the YAML ids: step ids are
lowercase, so the capitalised words added here can never clash with them.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from rollout.locale import Language, label
from rollout.process.model import Process, Step


@dataclass(frozen=True)
class Node:
    """A BPMN flow node: kind is task, milestone, fork, join, start or end."""

    id: str
    kind: str
    name: str
    step: str | None  # the step it belongs to (a join belongs to the step it leads into)


@dataclass(frozen=True)
class Flow:
    """A sequence flow; dependency is (step, step) when it draws a depends_on, else None."""

    id: str
    source: str
    target: str
    dependency: tuple[str, str] | None = None


@dataclass(frozen=True)
class FlowGraph:
    """Every flow node and sequence flow of the process, in YAML order."""

    nodes: tuple[Node, ...]
    flows: tuple[Flow, ...]
    initial: tuple[str, ...]  # steps the start event opens
    final: tuple[str, ...]  # steps the end event waits for


def task_id(step_id: str) -> str:
    """The BPMN id of a step's user task."""
    return f"Activity_{step_id}"


def step_name(step: Step) -> str:
    """The name a step's task shows: its swimlane label (soft hyphens kept: bpmn.io breaks there), else its title."""
    return step.label or step.title


def flow_graph(process: Process, graph: nx.DiGraph) -> FlowGraph:
    """The flow nodes and sequence flows of a process, ids derived from the YAML ids."""
    language = process.process.language
    initial = tuple(s.id for s in process.steps if graph.in_degree(s.id) == 0)
    final = tuple(s.id for s in process.steps if graph.out_degree(s.id) == 0)
    nodes = [Node("Event_Start", "start", label("bpmn_start", language), None)]
    flows: list[Flow] = []
    entry = {step_id: task_id(step_id) for step_id in graph.nodes}
    for step in process.steps:
        if graph.in_degree(step.id) > 1:
            entry[step.id] = f"Gateway_{step.id}_Join"
            nodes.append(Node(entry[step.id], "join", "", step.id))
            flows.append(Flow(f"Flow_{step.id}.Join", entry[step.id], task_id(step.id)))
        nodes.append(Node(task_id(step.id), "task", step_name(step), step.id))
    exits = {step.id: _exits(step, graph, nodes, flows) for step in process.steps}
    for step in process.steps:
        for dep in graph.predecessors(step.id):
            flows.append(Flow(f"Flow_{dep}.{step.id}", exits[dep], entry[step.id], (dep, step.id)))
    _open(initial, entry, nodes, flows)
    _close(final, exits, nodes, flows, language)
    return FlowGraph(tuple(nodes), tuple(_ordered(flows, nodes)), initial, final)


def _exits(step: Step, graph: nx.DiGraph, nodes: list[Node], flows: list[Flow]) -> str:
    """Add the milestone event and the fork after a step; the node its outgoing flows leave from."""
    last = task_id(step.id)
    if step.milestone:
        event = f"Event_{step.id}"
        nodes.append(Node(event, "milestone", step_name(step), step.id))
        flows.append(Flow(f"Flow_{step.id}.Milestone", last, event))
        last = event
    if graph.out_degree(step.id) > 1:
        fork = f"Gateway_{step.id}_Fork"
        nodes.append(Node(fork, "fork", "", step.id))
        flows.append(Flow(f"Flow_{step.id}.Fork", last, fork))
        last = fork
    return last


def _open(initial: tuple[str, ...], entry: dict[str, str], nodes: list[Node], flows: list[Flow]) -> None:
    """Flows from the start event (through a fork when several steps open the process)."""
    source = "Event_Start"
    if len(initial) > 1:
        nodes.append(Node("Gateway_Start", "fork", "", None))
        flows.append(Flow("Flow_Start.Fork", "Event_Start", "Gateway_Start"))
        source = "Gateway_Start"
    flows.extend(Flow(f"Flow_Start.{step_id}", source, entry[step_id]) for step_id in initial)


def _close(
    final: tuple[str, ...], exits: dict[str, str], nodes: list[Node], flows: list[Flow], language: Language
) -> None:
    """Flows into the end event (through a join when several steps close the process)."""
    target = "Event_End"
    if len(final) > 1:
        nodes.append(Node("Gateway_End", "join", "", None))
        flows.append(Flow("Flow_End.Join", "Gateway_End", "Event_End"))
        target = "Gateway_End"
    flows.extend(Flow(f"Flow_{step_id}.End", exits[step_id], target) for step_id in final)
    nodes.append(Node("Event_End", "end", label("bpmn_end", language), None))


def _ordered(flows: list[Flow], nodes: list[Node]) -> list[Flow]:
    """Flows in the order of their source nodes, then as added: a stable, readable file."""
    rank = {node.id: index for index, node in enumerate(nodes)}
    return sorted(flows, key=lambda flow: rank[flow.source])
