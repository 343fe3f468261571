"""Checks on a shape-valid process: references, duplicates, cycles, phase order, RACI rules."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import networkx as nx

from rollout.errors import Finding, Severity
from rollout.locale import label
from rollout.process.graph import build_graph, phase_rank
from rollout.process.ids import id_for_name, named_by
from rollout.process.model import Process, Step
from rollout.process.raci import check_raci, check_raci_overlap
from rollout.process.suggest import choices

Check = Callable[[Process, nx.DiGraph], Iterator[Finding]]


def run_checks(process: Process) -> list[Finding]:
    """Every finding of every check, in check order (the loader sorts by position).

    The checks read only the roles, phases and steps: the loader also runs them on the well-formed
    parts of a file whose other parts (the process header among them) are broken.
    """
    graph = build_graph(process)
    return [finding for check in CHECKS for finding in check(process, graph)]


def check_role_refs(process: Process, graph: nx.DiGraph) -> Iterator[Finding]:
    """Owners, RACI entries and gate deciders must name declared roles."""
    known = {role.id for role in process.roles}
    for index, step in enumerate(process.steps):
        refs: list[tuple[tuple[str | int, ...], str]] = [(("owner",), step.owner)]
        for letter in ("responsible", "accountable", "consulted", "informed"):
            refs += [(("raci", letter, i), ref) for i, ref in enumerate(getattr(step.raci, letter))]
        for sub, ref in refs:
            if ref not in known:
                message = f"step '{step.id}' names unknown role '{ref}'{_which_role(ref, process)}"
                yield Finding(("steps", index, *sub), message, "unknown-role", ref=ref)
    for index, phase in enumerate(process.phases):
        if phase.gate and phase.gate.decided_by not in known:
            ref = phase.gate.decided_by
            message = f"phase '{phase.id}' gate is decided by unknown role '{ref}'{_which_role(ref, process)}"
            yield Finding(("phases", index, "gate", "decided_by"), message, "unknown-role", ref=ref)
        for i, ref in enumerate(phase.gate.informed if phase.gate else []):
            if ref not in known:
                message = f"phase '{phase.id}' gate informs unknown role '{ref}'{_which_role(ref, process)}"
                yield Finding(("phases", index, "gate", "informed", i), message, "unknown-role", ref=ref)


def check_header_refs(process: Process, graph: nx.DiGraph) -> Iterator[Finding]:
    """The project lead must be a declared role, the step that agrees the metrics a declared step.

    The header is absent (None) when the loader checks the well-formed parts of a broken file.
    """
    roles = [role.id for role in process.roles]
    lead = process.process.lead_role if process.process is not None else None
    if lead is not None and lead not in roles:
        message = f"process.lead_role names unknown role '{lead}'{_which_role(lead, process)}"
        yield Finding(("process", "lead_role"), message, "unknown-role", ref=lead)
    step = process.evaluation.metrics_step if process.evaluation is not None else None
    if step is not None and step not in graph:
        message = f"evaluation.metrics_step names unknown step '{step}'{_which_step(step, process.steps, process)}"
        yield Finding(("evaluation", "metrics_step"), message, "unknown-step", ref=step)


def _which_role(ref: str, process: Process) -> str:
    """The role meant: one whose name this is, the closest id, or the ids there are."""
    named = id_for_name(ref, [(role.id, [role.name]) for role in process.roles])
    if named is not None:
        return f"; '{ref}' is the name of role '{named}': write its id, {named}"
    return _other_kind(ref, process, "role") + choices(ref, [role.id for role in process.roles], "roles")


def _other_kind(ref: str, process: Process, wanted: str) -> str:
    """'; 'x' is a step, not a role' when the id is one of another kind of item."""
    for kind, items in (("role", process.roles), ("phase", process.phases), ("step", process.steps)):
        if kind != wanted and any(item.id == ref for item in items):
            return f"; '{ref}' is a {kind}, not a {wanted}"
    return ""


def check_phase_refs(process: Process, graph: nx.DiGraph) -> Iterator[Finding]:
    """Each step must name a declared phase."""
    phases = [phase.id for phase in process.phases]
    for index, step in enumerate(process.steps):
        if step.phase not in phases:
            message = f"step '{step.id}' is in unknown phase '{step.phase}'{_which_phase(step.phase, process)}"
            yield Finding(("steps", index, "phase"), message, "unknown-phase", ref=step.phase)


def _which_phase(ref: str, process: Process) -> str:
    named = id_for_name(ref, [(phase.id, [phase.name]) for phase in process.phases])
    if named is not None:
        return f"; '{ref}' is the name of phase '{named}': write its id, {named}"
    return _other_kind(ref, process, "phase") + choices(ref, [phase.id for phase in process.phases], "phases")


def check_step_refs(process: Process, graph: nx.DiGraph) -> Iterator[Finding]:
    """depends_on must name declared steps, and not the step itself."""
    for index, step in enumerate(process.steps):
        others = [other for other in process.steps if other.id != step.id]
        for ref, dep in enumerate(step.depends_on):
            path = ("steps", index, "depends_on", ref)
            if dep == step.id:
                message = (
                    f"step '{step.id}' depends on itself, so it could never start: remove '{dep}' from its depends_on"
                )
                yield Finding(path, message, "dependency-cycle")
            elif dep not in graph:
                message = f"step '{step.id}' depends on unknown step '{dep}'{_which_step(dep, others, process)}"
                yield Finding(path, message, "unknown-step", ref=dep)


def _which_step(ref: str, steps: list[Step], process: Process) -> str:
    found = named_by(ref, [(step.id, {"title": step.title, "label": step.label}) for step in steps])
    if found is not None:
        return f"; '{ref}' is the {found[1]} of step '{found[0]}': write its id, {found[0]}"
    return _other_kind(ref, process, "step") + choices(ref, [step.id for step in steps], "steps")


def check_repeated_dependencies(process: Process, graph: nx.DiGraph) -> Iterator[Finding]:
    """Warn about a dependency listed twice: harmless, but often a typo for another step."""
    for index, step in enumerate(process.steps):
        seen: set[str] = set()
        for ref, dep in enumerate(step.depends_on):
            if dep in seen:
                message = f"step '{step.id}' lists '{dep}' twice in depends_on; was another step meant?"
                yield Finding(("steps", index, "depends_on", ref), message, "repeated-dependency", Severity.WARNING)
            seen.add(dep)


def check_cycles(process: Process, graph: nx.DiGraph) -> Iterator[Finding]:
    """Dependencies must not loop; each cycle is named once, at its first step in the file."""
    for component in nx.strongly_connected_components(graph):
        if len(component) < 2:
            continue
        sub = graph.subgraph(component)
        cycle = [edge[0] for edge in nx.find_cycle(sub, source=min(component, key=_index(graph)))]
        start = min(range(len(cycle)), key=lambda i: graph.nodes[cycle[i]]["index"])
        cycle = cycle[start:] + cycle[:start]
        first, previous = cycle[0], cycle[-1]
        data = graph.edges[previous, first]
        path = ("steps", data["step_index"], "depends_on", data["ref"])
        yield Finding(path, _cycle_message([first, *reversed(cycle[1:]), first]), "dependency-cycle")


def _cycle_message(waits: list[str]) -> str:
    """Steps that wait for each other in a circle (each waits for the next), and how to break it."""
    chain = f"'{waits[0]}' waits for '{waits[1]}'" + "".join(f", which waits for '{step}'" for step in waits[2:])
    cuts = [f"'{after}' from the depends_on of '{step}'" for step, after in itertools.pairwise(waits)]
    cuts[0] += " (here)"
    return (
        f"these steps wait for each other in a circle, so none of them can start: {chain}; break the circle by "
        f"removing one of these dependencies (the one not really needed): {', or '.join(cuts)}"
    )


def check_phase_order(process: Process, graph: nx.DiGraph) -> Iterator[Finding]:
    """A step may depend only on steps of its own or an earlier phase."""
    rank = phase_rank(process)
    by_id = _steps_by_id(process)
    for dep, target, data in graph.edges(data=True):
        source_phase, target_phase = by_id[dep].phase, by_id[target].phase
        if source_phase in rank and target_phase in rank and rank[source_phase] > rank[target_phase]:
            message = (
                f"step '{target}' (phase '{target_phase}') depends on '{dep}' of the later phase "
                f"'{source_phase}', but a step can only wait for steps of its own or an earlier phase: move one of "
                f"them to another phase, or remove '{dep}' from the depends_on of '{target}'"
            )
            path = ("steps", data["step_index"], "depends_on", data["ref"])
            yield Finding(path, message, "dependency-later-phase")


def check_empty_phases(process: Process, graph: nx.DiGraph) -> Iterator[Finding]:
    """Every phase needs at least one step."""
    used = {step.phase for step in process.steps}
    for index, phase in enumerate(process.phases):
        if phase.id not in used:
            yield Finding(("phases", index, "id"), f"phase '{phase.id}' has no steps", "empty-phase", ref=phase.id)


def check_idle_roles(process: Process, graph: nx.DiGraph) -> Iterator[Finding]:
    """Warn about a role that owns no step: its lane would be empty."""
    owners = {step.owner for step in process.steps}
    for index, role in enumerate(process.roles):
        if role.id not in owners:
            message = (
                f"role '{role.id}' owns no step, so its swimlane will be empty: make it the owner of the steps it "
                "does, or leave the role out if it needs no lane"
            )
            yield Finding(("roles", index, "id"), message, "role-without-step", Severity.WARNING)


def check_dead_ends(process: Process, graph: nx.DiGraph) -> Iterator[Finding]:
    """Warn about a step that nothing depends on and that delivers nothing."""
    for index, step in enumerate(process.steps):
        if step.id in graph and graph.out_degree(step.id) == 0 and not step.deliverables:
            message = (
                f"step '{step.id}' delivers nothing and no step depends on it: write what it produces "
                f"(deliverables: […]), or add '{step.id}' to the depends_on of the step that waits for it"
            )
            yield Finding(("steps", index, "id"), message, "dead-end-step", Severity.WARNING)


def check_thin_content(process: Process, graph: nx.DiGraph) -> Iterator[Finding]:
    """Warn where a slide of the deck will be nearly empty, saying what it will lack."""
    info = process.process
    if info is not None and not any(info.context.model_dump().values()):
        slide = label("context_title", info.language)
        message = (
            f"the process has no 'context': the slide '{slide}' will show only the description; "
            "add context with background, needs, goal or target_group"
        )
        yield Finding(("process",), message, "thin-content", Severity.WARNING, key=True)
    for index, phase in enumerate(process.phases):
        if not phase.goal:
            message = (
                f"phase '{phase.id}' has no 'goal': its opening slide will not say what the phase is for; add "
                "goal: with a sentence on what is reached by the phase's end"
            )
            yield Finding(("phases", index, "id"), message, "thin-content", Severity.WARNING)
        if not phase.exit_criteria and phase.gate is None and not phase.ongoing:
            message = (
                f"phase '{phase.id}' has no 'exit_criteria' and no 'gate': its opening slide will not say when "
                "the phase is done; add exit_criteria: […] with what must be true by then"
            )
            yield Finding(("phases", index, "id"), message, "thin-content", Severity.WARNING)


def _steps_by_id(process: Process) -> dict[str, Step]:
    """First step of each id (duplicates are reported separately)."""
    found: dict[str, Step] = {}
    for step in process.steps:
        found.setdefault(step.id, step)
    return found


def _index(graph: nx.DiGraph) -> Callable[[str], int]:
    return lambda node: int(graph.nodes[node]["index"])


CHECKS: tuple[Check, ...] = (
    check_role_refs,
    check_header_refs,
    check_phase_refs,
    check_step_refs,
    check_repeated_dependencies,
    check_cycles,
    check_phase_order,
    check_raci,
    check_raci_overlap,
    check_empty_phases,
    check_idle_roles,
    check_dead_ends,
    check_thin_content,
)
