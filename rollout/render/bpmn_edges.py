"""The lines of the BPMN diagram: each dependency along the swimlane's own route, re-attached to its gateways.

A flow the swimlane does not draw (from the start event, into the end event, between the pages of
a split layout), or whose re-attached route would touch a shape, takes a free strip down the gap
beside each end and a corridor along a lane border between them; failing that, a searched route
through the gaps (bpmn_route); failing even that, a straight line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain, islice

from rollout.layout.geometry import Point, Rect
from rollout.render.bpmn_flow import Flow, FlowGraph, task_id
from rollout.render.bpmn_route import Obstacles, Port, Router, simplify

EPS = 0.01
CORRIDORS_TRIED = 6


@dataclass(frozen=True)
class Free:
    """Where new lines may run: x of the free vertical strips, y of the free horizontal corridors."""

    strips: tuple[float, ...]
    corridors: tuple[float, ...]


def draw_edges(
    graph: FlowGraph,
    shapes: dict[str, Rect],
    routes: dict[tuple[str, str], tuple[Point, ...]],
    to_diagram: Callable[[Point], Point],
    free: Free,
) -> dict[str, tuple[Point, ...]]:
    """Waypoints of every flow; routes are the layout's by dependency, to_diagram maps their points."""
    obstacles = Obstacles(list(shapes.values()))
    edges: dict[str, tuple[Point, ...]] = {}
    searched: list[Flow] = []
    for flow in graph.flows:
        source, target = shapes[flow.source], shapes[flow.target]
        options = _drawn(flow, source, target, routes, to_diagram)
        found = next((p for p in chain(options, _highway(source, target, free)) if obstacles.clear_path(p)), None)
        if found is None:
            searched.append(flow)
        else:
            edges[flow.id] = found
    if searched:
        ends = [(f.source, True) for f in searched] + [(f.target, False) for f in searched]
        ports = [p for node, out in ends for p in _ports(shapes[node], out)]
        bends = [to_diagram(point) for route in routes.values() for point in route]  # the swimlane's lines run clear
        router = Router(
            list(shapes.values()),
            [*free.strips, *(p.point[0] + d for p in ports for d in (-10, 0, 10)), *(x for x, _ in bends)],
            [*free.corridors, *(p.point[1] + d for p in ports for d in (-10, 0, 10)), *(y for _, y in bends)],
        )
        for flow in searched:
            source, target = shapes[flow.source], shapes[flow.target]
            found = router.route(_ports(source, True), _ports(target, False))
            edges[flow.id] = found or ((source.right, source.cy), (target.x, target.cy))
    return {flow.id: edges[flow.id] for flow in graph.flows}


def _drawn(
    flow: Flow,
    source: Rect,
    target: Rect,
    routes: dict[tuple[str, str], tuple[Point, ...]],
    to_diagram: Callable[[Point], Point],
) -> list[tuple[Point, ...]]:
    """Ways to draw a flow from the layout, best first: a route re-attached to gateways, or a straight link."""
    if flow.dependency is None:
        if abs(source.cy - target.cy) < EPS and source.right <= target.x + EPS:
            return [((source.right, source.cy), (target.x, target.cy))]
        return []
    route = routes.get(flow.dependency)
    if route is None:
        return []
    options = [tuple(to_diagram(point) for point in route)]
    if flow.source != task_id(flow.dependency[0]):
        options = [found for points in options for found in _leave(points, source)]
    if flow.target != task_id(flow.dependency[1]):
        options = [found for points in options for found in _enter(points, target)]
    return options


def _leave(points: tuple[Point, ...], shape: Rect) -> list[tuple[Point, ...]]:
    """A route that started left of shape made to leave shape instead, in the ways that keep it orthogonal.

    Straight on from its right corner, turning into the route's first upright, or from its top or bottom.
    """
    rest = next((points[k:] for k, p in enumerate(points) if p[0] > shape.right + EPS), None)
    if rest is None:
        return []
    first = rest[0]
    options = []
    if abs(first[1] - shape.cy) < EPS:
        options.append(((shape.right, shape.cy), *rest))
    elif len(rest) > 1 and abs(rest[1][0] - first[0]) < EPS:
        options.append(((shape.right, shape.cy), (first[0], shape.cy), *rest[1:]))
    for k, point in enumerate(rest):
        if abs(point[1] - shape.cy) > shape.h / 2:  # the route's first stretch above or below the shape
            corner = shape.y if point[1] < shape.cy else shape.bottom
            options.append(((shape.cx, corner), (shape.cx, point[1]), *rest[k:]))
            break
    return [simplify(option) for option in options]


def _enter(points: tuple[Point, ...], shape: Rect) -> list[tuple[Point, ...]]:
    """A route that ended right of shape made to enter it instead: the mirror image of _leave."""
    mirrored = tuple((-x, y) for x, y in reversed(points))
    options = _leave(mirrored, Rect(-shape.right, shape.y, shape.w, shape.h))
    return [tuple((-x, y) for x, y in reversed(option)) for option in options]


def _highway(source: Rect, target: Rect, free: Free) -> Iterator[tuple[Point, ...]]:
    """Routes through free space: to the strip after source, along a corridor, the strip before target, in.

    The corridors nearest the two ends are tried first.
    """
    start, end = (source.right, source.cy), (target.x, target.cy)
    after = next((x for x in free.strips if x > source.right + EPS), None)
    before = next((x for x in reversed(free.strips) if x < target.x - EPS), None)
    if after is None or before is None or after > before + EPS:
        return
    yield simplify((start, (after, start[1]), (after, end[1]), end))
    yield simplify((start, (before, start[1]), (before, end[1]), end))
    nearest = sorted(free.corridors, key=lambda y: abs(y - start[1]) + abs(y - end[1]))
    for y in islice(nearest, CORRIDORS_TRIED):
        yield simplify((start, (after, start[1]), (after, y), (before, y), (before, end[1]), end))


def _ports(rect: Rect, out: bool) -> list[Port]:
    """Where a flow may leave (out) or enter a shape: its side (right out, left in), else its top or bottom.

    A flow back to a task above or below in the same column can only enter from the top or bottom.
    """
    side = Port((rect.right if out else rect.x, rect.cy), False)
    return [side, Port((rect.cx, rect.y), True), Port((rect.cx, rect.bottom), True)]
