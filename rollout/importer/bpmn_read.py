"""From a BPMN diagram to a draft process: lanes become roles, tasks steps, paths through gateways dependencies.

One pool is imported (the one with the most tasks); what a rollout process cannot hold (other
pools, message flows, the inside of a subprocess, the choice an exclusive gateway makes, a loop
back) is left out and said, each at its place in the file. Phases are read by bpmn_phases.
"""

from __future__ import annotations

import re

import networkx as nx
from lxml import etree

from rollout.errors import RolloutError, Severity
from rollout.importer.bpmn_phases import read_phases
from rollout.importer.bpmn_xml import XML, Source, b, local, text_of
from rollout.importer.draft import Draft, DraftRole, DraftStep, Ids, slug
from rollout.locale import LABELS, Language, label

ACTIVITIES = {
    "task", "userTask", "manualTask", "serviceTask", "scriptTask", "sendTask", "receiveTask",
    "businessRuleTask", "callActivity", "subProcess", "adHocSubProcess", "transaction",
}  # fmt: skip
CHOICES = {"exclusiveGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway"}
MAX_TITLE = 300
_SPACES = re.compile(r"\s+")


def read_bpmn(source: Source, language: Language, stem: str) -> Draft:
    """The draft process of a BPMN file; RolloutError when it has no task to import."""
    root = source.root
    lang = root.get(f"{{{XML}}}lang", "")
    chosen: Language = lang if lang in ("fi", "sv", "en") else language  # type: ignore[assignment]
    draft = Draft(slug(stem, "process"), stem, chosen, source.file)
    process, pool = _choose(source, draft)
    draft.title = _clean(pool.get("name", "") if pool is not None else "") or _clean(process.get("name", "")) or stem
    docs = [text_of(d) for d in (pool if pool is not None else process).findall(b("documentation"))]
    draft.description = "\n\n".join(d for d in docs if d) or None
    lane_of = _roles(source, process, draft)
    elements = [el for el in process if local(el) in ACTIVITIES]
    ids = _steps(source, elements, lane_of, draft)
    _dependencies(source, process, ids, draft)
    read_phases(source, process, elements, ids, draft)
    return draft


def _choose(source: Source, draft: Draft) -> tuple[etree._Element, etree._Element | None]:
    """The process with the most tasks, and its pool; the others are named as skipped."""
    root = source.root
    processes = [p for p in root.findall(b("process")) if any(local(el) in ACTIVITIES for el in p)]
    if not processes:
        message = "the diagram has no tasks, so there is nothing to import as steps"
        raise RolloutError([source.at(root, message, "bpmn-no-tasks", Severity.ERROR)])
    chosen = max(processes, key=lambda p: (sum(local(el) in ACTIVITIES for el in p), -processes.index(p)))
    pools = {p.get("processRef"): p for p in root.iter(b("participant"))}
    for participant in pools.values():
        if participant.get("processRef") != chosen.get("id"):
            name = participant.get("name") or participant.get("id", "")
            message = f"pool '{name}' was not imported: a process file holds one pool's tasks"
            draft.skipped.append(source.at(participant, message, "bpmn-skipped"))
    flows = list(root.iter(b("messageFlow")))
    if flows:
        message = f"{len(flows)} message flow(s) between pools were not imported: they are not dependencies"
        draft.skipped.append(source.at(flows[0], message, "bpmn-skipped"))
    return chosen, pools.get(chosen.get("id"))


def _roles(source: Source, process: etree._Element, draft: Draft) -> dict[str, str]:
    """A role per lane (the innermost lanes when lanes are nested); the role id of each flow node."""
    ids, lane_of = Ids(), {}
    lanes = [lane for lane in process.iter(b("lane")) if lane.find(b("childLaneSet")) is None]
    for number, lane in enumerate(lanes, start=1):
        name = _clean(lane.get("name", "")) or f"{label('import_role', draft.language, n=number)}"
        if not _clean(lane.get("name", "")):
            draft.skipped.append(source.at(lane, f"a lane has no name; it became role '{name}'", "bpmn-unnamed"))
        wanted = lane.get("id", "").removeprefix("Lane_") if _ours(source) else None
        role = DraftRole(ids.take(wanted, name, f"role-{number}"), name[:MAX_TITLE], _documentation(lane))
        draft.roles.append(role)
        for ref in lane.findall(b("flowNodeRef")):
            lane_of[(ref.text or "").strip()] = role.id
    if not lanes:
        name = draft.title
        draft.roles.append(DraftRole(ids.take(None, name, "role-1"), name[:MAX_TITLE]))
        message = f"the pool has no lanes; every step was given to one role, '{name}'"
        draft.skipped.append(source.at(process, message, "bpmn-no-lanes"))
    return lane_of


def _steps(source: Source, elements: list[etree._Element], lane_of: dict[str, str], draft: Draft) -> dict[str, str]:
    """A step per activity, in the file's order; the step id of each activity's element id."""
    ids: dict[str, str] = {}
    taken = Ids()
    ours = _ours(source)
    for number, element in enumerate(elements, start=1):
        name = element.get("name", "").strip()
        if not name:
            name = label("import_unnamed", draft.language, n=number)
            draft.skipped.append(source.at(element, f"a task has no name; it became '{name}'", "bpmn-unnamed"))
        if local(element) in ("subProcess", "adHocSubProcess", "transaction") and len(element):
            inner = sum(local(child) in ACTIVITIES for child in element)
            message = f"subprocess '{_clean(name)}' became one step; the {inner} task(s) inside it were not imported"
            draft.skipped.append(source.at(element, message, "bpmn-skipped"))
        step = _step(element, name, ours, draft)
        wanted = element.get("id", "").removeprefix("Activity_") if ours else None
        step.id = taken.take(wanted, step.title, f"step-{number}")
        step.owner = _owner(source, element, lane_of, draft)
        ids[element.get("id", "")] = step.id
        draft.steps.append(step)
    return ids


def _step(element: etree._Element, name: str, ours: bool, draft: Draft) -> DraftStep:
    """A step's texts: from rollout's own documentation layout, else the name and the documentation as is."""
    documentation = _documentation(element)
    title = _clean(name)
    if not ours or not documentation:
        return DraftStep("", title[:MAX_TITLE], "", instructions=documentation, label=None)
    parts = documentation.split("\n\n")
    headings = {f"{text}:" for text in LABELS["bpmn_deliverables"].values()}
    deliverables: list[str] = []
    if len(parts) > 2 and parts[-1].split("\n")[0] in headings:
        deliverables = [line.removeprefix("- ") for line in parts.pop().split("\n")[1:]]
    title = parts[0] if len(parts) > 1 else title
    instructions = "\n\n".join(parts[1:]) or None
    shown = name if name != title else None  # a label that only adds soft hyphens still tells where to break
    return DraftStep("", title[:MAX_TITLE], "", label=shown, instructions=instructions, deliverables=deliverables)


def _owner(source: Source, element: etree._Element, lane_of: dict[str, str], draft: Draft) -> str:
    """The role of the lane a task is in; the first role (and a warning) when it is in none."""
    found = lane_of.get(element.get("id", ""))
    if found is None and len(draft.roles) > 1 and lane_of:
        message = f"task '{_clean(element.get('name', ''))}' is in no lane; it was given to '{draft.roles[0].name}'"
        draft.skipped.append(source.at(element, message, "bpmn-no-lane"))
    return found or draft.roles[0].id


def _dependencies(source: Source, process: etree._Element, ids: dict[str, str], draft: Draft) -> None:
    """Each step depends on the steps it is reached from through gateways and events; loops are cut."""
    nodes = {el.get("id", ""): el for el in process}
    incoming: dict[str, list[str]] = {}
    for flow in process.findall(b("sequenceFlow")):
        incoming.setdefault(flow.get("targetRef", ""), []).append(flow.get("sourceRef", ""))
    for node_id, element in nodes.items():
        if local(element) == "boundaryEvent":
            incoming.setdefault(node_id, []).append(element.get("attachedToRef", ""))
        if local(element) in CHOICES:
            message = f"{local(element)} '{_clean(element.get('name', ''))}': every path out of it was kept"
            draft.skipped.append(source.at(element, message + " (a rollout runs every step)", "bpmn-choice"))
    graph = nx.DiGraph()
    graph.add_nodes_from(step.id for step in draft.steps)
    for element_id, step_id in ids.items():
        for before in _steps_before(element_id, incoming, ids):
            graph.add_edge(before, step_id)
    _cut_loops(source, graph, nodes, ids, draft)
    order = {step_id: index for index, step_id in enumerate(graph.nodes)}
    outgoing: dict[str, list[str]] = {}
    for target, sources in incoming.items():
        for before in sources:
            outgoing.setdefault(before, []).append(target)
    for element_id, step_id in ids.items():
        step = draft.steps[order[step_id]]
        step.depends_on = sorted(graph.predecessors(step_id), key=order.__getitem__)
        step.milestone = any(_marks_milestone(nodes.get(n), incoming) for n in outgoing.get(element_id, []))


def _steps_before(element_id: str, incoming: dict[str, list[str]], ids: dict[str, str]) -> list[str]:
    """The steps a flow node is reached from, looking back through anything that is not a step (itself included)."""
    found: list[str] = []
    seen: set[str] = set()
    pending = list(incoming.get(element_id, []))
    while pending:
        node = pending.pop(0)
        if node in seen:
            continue
        seen.add(node)
        if node in ids:
            found.append(ids[node])
        else:
            pending.extend(incoming.get(node, []))
    return found


def _cut_loops(
    source: Source, graph: nx.DiGraph, nodes: dict[str, etree._Element], ids: dict[str, str], draft: Draft
) -> None:
    """Remove the dependency that closes each loop (the one back to a step earlier in the file)."""
    order = {step_id: index for index, step_id in enumerate(graph.nodes)}
    element_of = {step_id: element_id for element_id, step_id in ids.items()}
    for step_id in list(nx.nodes_with_selfloops(graph)):
        graph.remove_edge(step_id, step_id)
        message = f"the loop from '{step_id}' back to itself was left out: a rollout step is done once"
        draft.skipped.append(source.at(nodes[element_of[step_id]], message, "bpmn-loop"))
    while not nx.is_directed_acyclic_graph(graph):
        cycle = nx.find_cycle(graph)
        before, after = max(cycle, key=lambda edge: (order[edge[0]] - order[edge[1]], order[edge[0]]))
        graph.remove_edge(before, after)
        message = f"the loop from '{before}' back to '{after}' was left out: a rollout step is done once"
        draft.skipped.append(source.at(nodes[element_of[before]], message, "bpmn-loop"))


def _marks_milestone(element: etree._Element | None, incoming: dict[str, list[str]]) -> bool:
    """A plain intermediate event that only one task leads to: how a milestone after that task is drawn."""
    if element is None or local(element) != "intermediateThrowEvent":
        return False
    typed = any(local(child).endswith("EventDefinition") for child in element)
    return not typed and len(incoming.get(element.get("id", ""), [])) == 1


def _ours(source: Source) -> bool:
    """Whether rollout wrote the file: then its ids are the process file's ids and its texts rollout's layout."""
    return source.root.get("exporter") == "rollout"


def _documentation(element: etree._Element) -> str | None:
    texts = [text_of(d) for d in element.findall(b("documentation"))]
    return "\n\n".join(t for t in texts if t) or None


def _clean(text: str) -> str:
    """A name on one line: modellers' line breaks and runs of spaces become one space."""
    return _SPACES.sub(" ", text.replace("\u00ad", "")).strip()
