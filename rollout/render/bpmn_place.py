"""Where every BPMN shape goes on the diagram, from the swimlane layout.

Lanes and tasks are the layout's, scaled, with the gaps between boxes widened (bpmn_sheet); the
events and gateways the layout has no place for sit in those gaps beside the box they belong to,
the start event before the first phase and the end event after the last. The lines are drawn
by bpmn_edges.
"""

from __future__ import annotations

from dataclasses import dataclass

from rollout.layout.geometry import Layout, Point, Rect
from rollout.layout.textfit import line_height, text_width, wrap
from rollout.render.bpmn_edges import Free, draw_edges
from rollout.render.bpmn_flow import FlowGraph, Node, task_id
from rollout.render.bpmn_sheet import Sheet, XMap, sheet, stretch

SCALE = 2.0  # layout points to diagram pixels: bpmn.io writes its 12 px text and a user icon into each box
HEADER = 30.0  # the band with the name of the pool, and of each lane
POOL_X = 20.0
EVENT = 32.0
GATEWAY = 40.0
GAP = 12.0
LABEL_SIZE = 11.0  # bpmn.io's size for the names outside events
LABEL_W = 84.0  # as wide as bpmn.io's own labels outside events
NOTE_SIZE = 12.0
CORRIDOR = 4.0  # a new route runs this far inside a lane border


@dataclass(frozen=True)
class Diagram:
    """Every position the BPMN diagram interchange needs, in pixels."""

    pool: Rect
    lanes: tuple[tuple[str, Rect], ...]
    shapes: dict[str, Rect]
    labels: dict[str, Rect]
    edges: dict[str, tuple[Point, ...]]
    groups: tuple[tuple[str, Rect, Rect], ...]  # phase id, bounds, label bounds
    notes: tuple[tuple[str, Rect, tuple[Point, ...]], ...]  # phase id, bounds, association to the group


def place(layout: Layout, graph: FlowGraph, names: dict[str, str], notes: dict[str, str]) -> Diagram:
    """Positions for the flow graph drawn over the layout; names and notes (decisions) of phases by id."""
    plane = sheet(layout)
    nodes = {node.id: node for node in graph.nodes}
    start_label, end_label = _label_size(nodes["Event_Start"])[0], _label_size(nodes["Event_End"])[0]
    start_w = max(GAP + EVENT + (GAP + GATEWAY if "Gateway_Start" in nodes else 0.0), start_label) + 2 * GAP
    body = (plane.columns[0][1], plane.columns[-1][2])
    content_x = POOL_X + 2 * HEADER
    xmap = stretch(body, plane.boxes, _needs(graph), content_x + start_w, SCALE)
    end_x = xmap(body[1])
    end_w = (GATEWAY + GAP if "Gateway_End" in nodes else 0.0) + max(EVENT, end_label) + 4 * GAP
    top, bottom = SCALE * plane.lanes[0][1], SCALE * plane.lanes[-1][2]
    pool = Rect(POOL_X, top, end_x + end_w - POOL_X, bottom - top)
    content = Rect(content_x, pool.y, pool.right - content_x, pool.h)
    start_x = content_x + GAP + max(0.0, (start_label - EVENT) / 2)
    shapes = _shapes(plane, xmap, graph, (end_x + 2 * GAP, start_x))
    free = _free(plane, xmap, shapes, content)
    edges = draw_edges(graph, shapes, plane.routes, lambda p: (xmap(p[0]), SCALE * p[1]), free)
    lanes = tuple(
        (role, Rect(pool.x + HEADER, SCALE * y0, pool.w - HEADER, SCALE * (y1 - y0))) for role, y0, y1 in plane.lanes
    )
    groups = tuple(_group(phase, names[phase], xmap(x0), xmap(x1), pool) for phase, x0, x1 in plane.columns)
    labels = _labels(nodes, shapes, content)
    return Diagram(pool, lanes, shapes, labels, edges, groups, _notes(groups, notes, pool))


def _free(plane: Sheet, xmap: XMap, shapes: dict[str, Rect], content: Rect) -> Free:
    """The middle of each gap between boxes and of the start and end areas; just inside each lane border."""
    first = max(shapes[n].right for n in ("Event_Start", "Gateway_Start") if n in shapes)
    last = min(shapes[n].x for n in ("Gateway_End", "Event_End") if n in shapes)
    strips = [(first + xmap.channels[0].start) / 2]
    strips += [c.start + c.left + SCALE * (c.hi - c.lo) / 2 for c in xmap.channels]
    strips.append((xmap.channels[-1].end + last) / 2)
    ys = [SCALE * y + d for _, top, bottom in plane.lanes for y in (top, bottom) for d in (-CORRIDOR, CORRIDOR)]
    return Free(tuple(sorted(strips)), tuple(y for y in ys if content.y < y < content.bottom))


def _needs(graph: FlowGraph) -> dict[str, tuple[float, float]]:
    """The room each step's box needs in the gaps: (before it, after it)."""
    need: dict[str, tuple[float, float]] = {}
    for node in graph.nodes:
        if node.step is None or node.kind == "task":
            continue
        left, right = need.get(node.step, (0.0, 0.0))
        if node.kind == "join":
            left = GAP + GATEWAY + GAP
        else:
            right = (right or GAP) + (EVENT if node.kind == "milestone" else GATEWAY) + GAP
        need[node.step] = (left, right)
    return need


def _shapes(plane: Sheet, xmap: XMap, graph: FlowGraph, ends: tuple[float, float]) -> dict[str, Rect]:
    """Bounds of every flow node: tasks from the layout, the rest in the gaps beside them."""
    tasks = {step: _scaled(rect, xmap) for step, rect in plane.boxes.items()}
    shapes: dict[str, Rect] = {task_id(step): rect for step, rect in tasks.items()}
    after: dict[str, float] = {}  # where the next item right of a box goes
    for node in graph.nodes:
        if node.step is None or node.kind == "task":
            continue
        box, cy = plane.boxes[node.step], tasks[node.step].cy
        if node.kind == "join":
            x = xmap.before(box).end - GAP - GATEWAY
            shapes[node.id] = Rect(x, cy - GATEWAY / 2, GATEWAY, GATEWAY)
            continue
        x = after.get(node.step, xmap.after(box).start + GAP)
        size = EVENT if node.kind == "milestone" else GATEWAY
        shapes[node.id] = Rect(x, cy - size / 2, size, size)
        after[node.step] = x + size + GAP
    _ends(graph, tasks, shapes, ends)
    return shapes


def _ends(graph: FlowGraph, tasks: dict[str, Rect], shapes: dict[str, Rect], ends: tuple[float, float]) -> None:
    """The start event (and its fork) before the body, at the first opening step's height; the end after it."""
    end_x, start_x = ends
    start_y = tasks[graph.initial[0]].cy
    shapes["Event_Start"] = Rect(start_x, start_y - EVENT / 2, EVENT, EVENT)
    kinds = {node.id for node in graph.nodes}
    if "Gateway_Start" in kinds:
        shapes["Gateway_Start"] = Rect(start_x + EVENT + GAP, start_y - GATEWAY / 2, GATEWAY, GATEWAY)
    end_y = tasks[graph.final[-1]].cy
    if "Gateway_End" in kinds:
        shapes["Gateway_End"] = Rect(end_x, end_y - GATEWAY / 2, GATEWAY, GATEWAY)
        end_x += GATEWAY + GAP
    shapes["Event_End"] = Rect(end_x, end_y - EVENT / 2, EVENT, EVENT)


def _scaled(rect: Rect, xmap: XMap) -> Rect:
    return Rect(xmap(rect.x), SCALE * rect.y, SCALE * rect.w, SCALE * rect.h)


def _labels(nodes: dict[str, Node], shapes: dict[str, Rect], pool: Rect) -> dict[str, Rect]:
    """Where the names of events go: below or above the event, wherever they cover no shape."""
    labels: dict[str, Rect] = {}
    taken = list(shapes.values())
    for node in nodes.values():
        if node.kind not in ("milestone", "start", "end"):
            continue
        event = shapes[node.id]
        w, h = _label_size(node)
        spots = [
            Rect(x, y, w, h)
            for y in (event.bottom + 2, event.y - 2 - h)
            for x in (event.cx - w / 2, event.x, event.right - w)
        ]
        inside = [r for r in spots if pool.contains(r)] or spots
        chosen = next((r for r in inside if not any(r.overlaps(other) for other in taken)), inside[0])
        labels[node.id] = chosen
        taken.append(chosen)
    return labels


def _label_size(node: Node) -> tuple[float, float]:
    """Width and height of an event's name, wrapped as bpmn.io wraps it."""
    lines = wrap(node.name, LABEL_W, LABEL_SIZE)
    return max(text_width(line, LABEL_SIZE) for line in lines) + 6, len(lines) * line_height(LABEL_SIZE) + 4


def _group(phase: str, name: str, x0: float, x1: float, pool: Rect) -> tuple[str, Rect, Rect]:
    """A phase's group over its column of the pool, its name just above the pool as the swimlane has it."""
    bounds = Rect(x0 + 3, pool.y + 3, x1 - x0 - 6, pool.h - 6)
    height = len(wrap(name, bounds.w - 8, LABEL_SIZE)) * line_height(LABEL_SIZE) + 4
    return phase, bounds, Rect(bounds.x, pool.y - 4 - height, bounds.w, height)


def _notes(
    groups: tuple[tuple[str, Rect, Rect], ...], texts: dict[str, str], pool: Rect
) -> tuple[tuple[str, Rect, tuple[Point, ...]], ...]:
    """A text annotation under each phase that closes with a decision, tied to the phase's group."""
    notes = []
    for phase, bounds, _ in groups:
        if phase not in texts:
            continue
        lines = wrap(texts[phase], bounds.w - 20, NOTE_SIZE)
        rect = Rect(bounds.x + 4, pool.bottom + 24, bounds.w - 8, len(lines) * line_height(NOTE_SIZE) + 14)
        notes.append((phase, rect, ((rect.cx, rect.y), (rect.cx, bounds.bottom))))
    return tuple(notes)
