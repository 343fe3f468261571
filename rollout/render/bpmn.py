"""The process as a BPMN 2.0 collaboration with diagram interchange, for process tools and workflow engines.

One participant for the process, a lane per role in declared order, a user task per step in its
owner's lane, start and end events, sequence flows for the dependencies with explicit parallel
gateways (bpmn_flow), phases as groups with category values, a milestone as an intermediate event
after its step, each phase's closing decision as a text annotation on its group, and the step's
instructions and deliverables as documentation. Positions come from the swimlane layout
(bpmn_place). The bytes depend only on the process.
"""

from __future__ import annotations

from lxml import etree

from rollout.layout.geometry import Layout, Point, Rect
from rollout.layout.swimlane import layout_plane
from rollout.locale import label
from rollout.process.graph import build_graph
from rollout.process.model import Phase, Process, Step
from rollout.render.bpmn_flow import FlowGraph, flow_graph
from rollout.render.bpmn_place import Diagram, place

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
XML = "http://www.w3.org/XML/1998/namespace"
NSMAP = {"bpmn": BPMN, "bpmndi": BPMNDI, "dc": DC, "di": DI}
EXPORTER = "rollout"
TAGS = {"task": "userTask", "start": "startEvent", "end": "endEvent", "milestone": "intermediateThrowEvent"}


def render_bpmn(process: Process, layout: Layout) -> bytes:
    """The BPMN 2.0 XML of a process, drawn as its swimlane layout.

    A BPMN diagram is one plane with a lane for every role: a swimlane split over slides, or one
    that left out the lanes without steps to fit its slide, is laid out again as one large page.
    """
    if len(layout.pages) > 1 or len(layout.pages[0].lanes) != len(process.roles):
        layout = layout_plane(process)
    graph = flow_graph(process, build_graph(process))
    notes = {phase.id: _gate(process, phase) for phase in process.phases if phase.gate is not None}
    diagram = place(layout, graph, {phase.id: _phase_name(process, phase) for phase in process.phases}, notes)
    pid = process.process.id
    root = etree.Element(_b("definitions"), nsmap=NSMAP)
    for key, value in (
        ("id", f"Definitions_{pid}"),
        ("name", process.process.title),
        ("targetNamespace", f"urn:rollout:{pid}"),
        ("exporter", EXPORTER),
        (f"{{{XML}}}lang", process.process.language),
    ):
        root.set(key, value)
    _categories(root, process)
    _collaboration(root, process, diagram, notes)
    _process(root, process, graph, diagram)
    _diagram(root, pid, graph, diagram)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _b(tag: str) -> str:
    return f"{{{BPMN}}}{tag}"


def _child(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, tag)
    for key, value in attributes.items():
        element.set(key, value)
    if text is not None:
        element.text = text
    return element


def _document(parent: etree._Element, text: str) -> None:
    if text:
        _child(parent, _b("documentation"), text)


def _gate(process: Process, phase: Phase) -> str:
    assert phase.gate is not None
    who = next((role.name for role in process.roles if role.id == phase.gate.decided_by), phase.gate.decided_by)
    return label("bpmn_gate", process.process.language, decision=phase.gate.decision, who=who)


def _categories(root: etree._Element, process: Process) -> None:
    """A category whose values are the phases, named as the swimlane's column headers."""
    language = process.process.language
    category = _child(root, _b("category"), id="Category_Phases", name=label("bpmn_phases", language))
    for phase in process.phases:
        _child(category, _b("categoryValue"), id=f"CategoryValue_{phase.id}", value=_phase_name(process, phase))


def _phase_name(process: Process, phase: Phase) -> str:
    """A phase as the swimlane's column header names it: "2. Suunnittelu"."""
    number = process.phases.index(phase) + 1
    ongoing = f" ({label('ongoing', process.process.language)})" if phase.ongoing else ""
    return f"{number}. {phase.name}{ongoing}"


def _collaboration(root: etree._Element, process: Process, diagram: Diagram, notes: dict[str, str]) -> None:
    """The participant, the phase groups and the decision annotations."""
    pid = process.process.id
    collaboration = _child(root, _b("collaboration"), id=f"Collaboration_{pid}")
    participant = _child(
        collaboration,
        _b("participant"),
        id=f"Participant_{pid}",
        name=process.process.title,
        processRef=f"Process_{pid}",
    )
    _document(participant, process.process.description)
    for phase in process.phases:
        group = _child(collaboration, _b("group"), id=f"Group_{phase.id}", categoryValueRef=f"CategoryValue_{phase.id}")
        _document(group, _phase_text(process, phase))
    for phase_id, _, _ in diagram.notes:
        note = _child(collaboration, _b("textAnnotation"), id=f"TextAnnotation_{phase_id}")
        _child(note, _b("text"), notes[phase_id])
    for phase_id, _, _ in diagram.notes:
        _child(
            collaboration,
            _b("association"),
            id=f"Association_{phase_id}",
            sourceRef=f"TextAnnotation_{phase_id}",
            targetRef=f"Group_{phase_id}",
        )


def _phase_text(process: Process, phase: Phase) -> str:
    """A phase's goal, criteria, duration and decision as plain text."""
    language = process.process.language
    parts = [f"{label('bpmn_goal', language)}: {phase.goal}" if phase.goal else ""]
    parts += [_listed(label(key, language), items) for key, items in (("bpmn_entry", phase.entry_criteria),)]
    parts += [_listed(label("bpmn_exit", language), phase.exit_criteria)]
    if phase.gate is not None:
        parts += [_gate(process, phase), _listed(label("bpmn_criteria", language), phase.gate.criteria)]
    if phase.typical_duration:
        parts.append(f"{label('bpmn_duration', language)}: {phase.typical_duration}")
    return "\n\n".join(part for part in parts if part)


def _listed(heading: str, items: list[str]) -> str:
    return f"{heading}:\n" + "\n".join(f"- {item}" for item in items) if items else ""


def step_text(step: Step, language: str) -> str:
    """A step's documentation: its full title, its instructions and its deliverables."""
    deliverables = _listed(label("bpmn_deliverables", language), step.deliverables)  # type: ignore[arg-type]
    return "\n\n".join(part for part in (step.title, step.instructions, deliverables) if part)


def _process(root: etree._Element, process: Process, graph: FlowGraph, diagram: Diagram) -> None:
    """The executable process: lanes, then the flow nodes, then the sequence flows."""
    pid = process.process.id
    element = _child(root, _b("process"), id=f"Process_{pid}", name=process.process.title, isExecutable="true")
    lane_set = _child(element, _b("laneSet"), id=f"LaneSet_{pid}")
    members = _lane_members(graph, diagram)
    for role in process.roles:
        lane = _child(lane_set, _b("lane"), id=f"Lane_{role.id}", name=role.name)
        _document(lane, role.description or "")
        for node_id in members[role.id]:
            _child(lane, _b("flowNodeRef"), node_id)
    steps = {step.id: step for step in process.steps}
    incoming: dict[str, list[str]] = {node.id: [] for node in graph.nodes}
    outgoing: dict[str, list[str]] = {node.id: [] for node in graph.nodes}
    for flow in graph.flows:
        incoming[flow.target].append(flow.id)
        outgoing[flow.source].append(flow.id)
    for node in graph.nodes:
        tag = TAGS.get(node.kind, "parallelGateway")
        attributes = {"id": node.id, "name": node.name} if node.name else {"id": node.id}
        flow_node = _child(element, _b(tag), **attributes)
        if node.kind == "task" and node.step is not None:
            step = steps[node.step]
            _document(flow_node, step_text(step, process.process.language))
            _child(flow_node, _b("categoryValueRef"), f"CategoryValue_{step.phase}")
        for flow_id in incoming[node.id]:
            _child(flow_node, _b("incoming"), flow_id)
        for flow_id in outgoing[node.id]:
            _child(flow_node, _b("outgoing"), flow_id)
    for flow in graph.flows:
        _child(element, _b("sequenceFlow"), id=flow.id, sourceRef=flow.source, targetRef=flow.target)


def _lane_members(graph: FlowGraph, diagram: Diagram) -> dict[str, list[str]]:
    """The flow nodes of each lane: those whose centre lies in it."""
    members: dict[str, list[str]] = {role: [] for role, _ in diagram.lanes}
    for node in graph.nodes:
        y = diagram.shapes[node.id].cy
        role = next((role for role, rect in diagram.lanes if y <= rect.bottom), diagram.lanes[-1][0])
        members[role].append(node.id)
    return members


def _diagram(root: etree._Element, pid: str, graph: FlowGraph, diagram: Diagram) -> None:
    """Diagram interchange: a shape for the pool, every lane, node, group and note; an edge for every line."""
    plane_element = _child(
        _child(root, f"{{{BPMNDI}}}BPMNDiagram", id=f"Diagram_{pid}"),
        f"{{{BPMNDI}}}BPMNPlane",
        id=f"Plane_{pid}",
        bpmnElement=f"Collaboration_{pid}",
    )
    _shape(plane_element, f"Participant_{pid}", diagram.pool, horizontal=True)
    for role, rect in diagram.lanes:
        _shape(plane_element, f"Lane_{role}", rect, horizontal=True)
    for node in graph.nodes:
        _shape(plane_element, node.id, diagram.shapes[node.id], label_at=diagram.labels.get(node.id))
    for phase, bounds, label_at in diagram.groups:
        _shape(plane_element, f"Group_{phase}", bounds, label_at=label_at)
    for phase, bounds, _ in diagram.notes:
        _shape(plane_element, f"TextAnnotation_{phase}", bounds)
    for flow in graph.flows:
        _edge(plane_element, flow.id, diagram.edges[flow.id])
    for phase, _, points in diagram.notes:
        _edge(plane_element, f"Association_{phase}", points)


def _shape(
    parent: etree._Element, element: str, rect: Rect, horizontal: bool = False, label_at: Rect | None = None
) -> None:
    shape = _child(parent, f"{{{BPMNDI}}}BPMNShape", id=f"{element}_di", bpmnElement=element)
    if horizontal:
        shape.set("isHorizontal", "true")
    _bounds(shape, rect)
    if label_at is not None:
        _bounds(_child(shape, f"{{{BPMNDI}}}BPMNLabel"), label_at)


def _bounds(parent: etree._Element, rect: Rect) -> None:
    _child(parent, f"{{{DC}}}Bounds", x=_n(rect.x), y=_n(rect.y), width=_n(rect.w), height=_n(rect.h))


def _edge(parent: etree._Element, element: str, points: tuple[Point, ...]) -> None:
    edge = _child(parent, f"{{{BPMNDI}}}BPMNEdge", id=f"{element}_di", bpmnElement=element)
    for x, y in points:
        _child(edge, f"{{{DI}}}waypoint", x=_n(x), y=_n(y))


def _n(value: float) -> str:
    """A coordinate with at most one decimal, the same text on every machine."""
    text = f"{round(value, 1):.1f}".removesuffix(".0")
    return "0" if text == "-0" else text
