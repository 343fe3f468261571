"""Orthogonal edge routing on the track grid: every edge its own ports, its own tracks, its own arrowhead.

First every edge end gets a port of its own, spread along the box side in the order of the other
ends (so that edges leaving one side do not cross each other at once); then each edge is searched
from its exit port to its entry port (route_search), the shortest first, a step across the lanes
counting double (STEEP): edges that stay near their lane take the direct tracks, and those that
cross many lanes, which can go round, come after.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from rollout.layout.geometry import LaneBand, Route, StepBox
from rollout.layout.nudge import nudged
from rollout.layout.route_grid import SlotGrid, build_tracks
from rollout.layout.route_ports import ARROW, Port
from rollout.layout.route_search import Router, corners

__all__ = ["SlotGrid", "nudge_routes", "route_edges"]

STEEP = 2.0  # in the order edges are routed, a point up or down counts as much as this many across
DROP_LEAST = ARROW + 1.0  # the shortest straight arrow between two stacked boxes: its head and a point of line


def route_edges(
    graph: nx.DiGraph,
    boxes: tuple[StepBox, ...],
    lanes: tuple[LaneBand, ...],
    grid: SlotGrid,
) -> tuple[tuple[Route, ...], int]:
    """Routes for every dependency with both ends on the page, and the count of the others.

    Stretches in conflict are left where the searches put them: nudge_routes moves them aside.
    """
    by_id = {box.step_id: box for box in boxes}
    edges = []
    omitted = 0
    for source, target in graph.edges():
        if source not in by_id or target not in by_id:
            omitted += source in by_id or target in by_id
            continue
        edges.append((by_id[source], by_id[target]))
    edges.sort(key=_order)
    tracks = build_tracks(boxes, lanes, grid)
    router = Router(tracks, tuple(box.rect for box in boxes))
    found: dict[tuple[str, str], Route] = {}
    for edge in edges:
        drop = _drop(router, *edge)
        if drop is not None:
            found[_key(edge)] = drop
    edges = [edge for edge in edges if _key(edge) not in found]
    ports = _plan_ports(router, edges)
    for edge in edges:
        for port in ports.get(_key(edge), ()):
            router.hold(port)
    found.update((_key(edge), _route(router, edge, ports.get(_key(edge)))) for edge in edges)
    ordered = sorted(found, key=lambda e: (graph.nodes[e[1]]["index"], graph.nodes[e[0]]["index"]))
    return tuple(found[key] for key in ordered), omitted


def nudge_routes(
    routes: tuple[Route, ...],
    boxes: tuple[StepBox, ...],
    lanes: tuple[LaneBand, ...],
    grid: SlotGrid,
) -> tuple[Route, ...]:
    """The routes with stretches in conflict moved onto free tracks beside them (rollout.layout.nudge)."""
    tracks = build_tracks(boxes, lanes, grid)
    borders = (grid.borders(), tuple(sorted({lane.rect.y for lane in lanes} | {lane.rect.bottom for lane in lanes})))
    return nudged(routes, boxes, tracks, borders)


def _drop(router: Router, u: StepBox, v: StepBox) -> Route | None:
    """A straight arrow from a box to the one right above or below it in its lane (no bends), if there is room.

    Room: the two boxes stand in one slot, in neighbouring rows, far enough apart for an arrowhead and
    a little line, and a track runs through their middles that no route has taken.
    """
    if (u.lane, u.column, u.slot) != (v.lane, v.column, v.slot) or abs(u.row - v.row) != 1:
        return None
    down = v.row > u.row
    start, end = (u.rect.bottom, v.rect.y) if down else (u.rect.y, v.rect.bottom)
    if abs(end - start) < DROP_LEAST:
        return None
    tracks = router.tracks
    column = list(tracks.xs_between(u.rect.cx - 0.01, u.rect.cx + 0.01))
    if not column:
        return None
    nodes = [tracks.node(column[0], j) for j in tracks.ys_between(min(start, end), max(start, end))]
    if not router.claim(nodes):
        return None
    x = tracks.xs[column[0]]
    return Route(u.step_id, v.step_id, ((x, start), (x, end)), "bottom-top" if down else "top-bottom")


def _order(edge: tuple[StepBox, StepBox]) -> tuple[float, int, int]:
    u, v = edge
    return (abs(v.rect.x - u.rect.right) + STEEP * abs(v.rect.cy - u.rect.cy), u.index, v.index)


def _key(edge: tuple[StepBox, StepBox]) -> tuple[str, str]:
    return (edge[0].step_id, edge[1].step_id)


def _route(router: Router, edge: tuple[StepBox, StepBox], ports: tuple[Port, Port] | None) -> Route:
    u, v = edge
    if ports is None:  # no track beside a box at all: a plain line, for the gates to flag
        middle = round((u.rect.right + v.rect.x) / 2, 2)
        points = [(u.rect.right, u.rect.cy), (middle, u.rect.cy), (middle, v.rect.cy), (v.rect.x, v.rect.cy)]
        return Route(u.step_id, v.step_id, corners(points), "right-left")
    return router.route(u, v, *ports)


def _sides(u: StepBox, v: StepBox) -> tuple[str, str]:
    """Right to left; back to a box not right of the source: into its top or bottom (its right when crowded)."""
    if v.rect.x > u.rect.right:
        return ("right", "left")
    return ("right", "top" if v.rect.cy > u.rect.cy else "bottom")


End = tuple[tuple[StepBox, StepBox], StepBox]  # an edge and the box at its other end


def _plan_ports(router: Router, edges: list[tuple[StepBox, StepBox]]) -> dict[tuple[str, str], tuple[Port, Port]]:
    """A port for each end of each edge, in the order of the other ends along the side, each near its other end."""
    groups: dict[tuple[str, str, bool], list[End]] = defaultdict(list)
    boxes = {box.step_id: box for edge in edges for box in edge}
    for edge in edges:
        out_side, in_side = _sides(*edge)
        groups[(edge[0].step_id, out_side, True)].append((edge, edge[1]))
        groups[(edge[1].step_id, in_side, False)].append((edge, edge[0]))
    chosen: dict[tuple[tuple[str, str], bool], Port] = {}
    held: dict[int, tuple[str, str]] = {}
    for (box_id, side, out), ends in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
        box = boxes[box_id]
        keys = {_key(edge) for edge, _ in ends}
        ports = [p for p in router.ports(box, out) if all(held.get(n, k) in keys for n in _nodes(p) for k in keys)]
        ports = ports or router.ports(box, out)
        candidates = sorted((p for p in ports if p.side == side), key=lambda p: (p.anchor[1], p.anchor[0]))
        ends.sort(key=lambda end: (end[1].rect.cy, end[1].rect.cx, end[1].index))
        inside, spill = ends[: len(candidates)], ends[len(candidates) :]
        picks = list(zip(_nearest(candidates, [other.rect.cy for _, other in inside]), inside, strict=False))
        others = [p for p in ports if p.side != side] or router.ports(box, out)
        for edge, other in spill:  # a crowded side: the rest go to the nearest free port on another side
            port = min(others, key=lambda p: abs(p.anchor[0] - other.rect.cx) + abs(p.anchor[1] - other.rect.cy))
            others = [p for p in others if p is not port] or others
            picks.append((port, (edge, other)))
        for port, (edge, _) in picks:
            chosen[(_key(edge), out)] = port
            held.update((n, _key(edge)) for n in _nodes(port))
    return {
        _key(edge): (chosen[(_key(edge), True)], chosen[(_key(edge), False)])
        for edge in edges
        if (_key(edge), True) in chosen and (_key(edge), False) in chosen
    }


def _nodes(port: Port) -> tuple[int, ...]:
    return (port.node, *port.stub)


def _nearest(candidates: list[Port], wanted: list[float]) -> list[Port]:
    """For each wanted y (ascending), a distinct candidate in the same order, each as near its y as the others allow."""
    n, count = len(candidates), len(wanted)
    if count > n:
        return [candidates[min(i, n - 1)] for i in range(count)] if candidates else []
    picks: list[int] = []
    for k, y in enumerate(wanted):
        best = min(range(n), key=lambda i: (abs(candidates[i].anchor[1] - y), i))
        low = picks[-1] + 1 if picks else 0
        picks.append(min(max(best, low), n - (count - k)))
    return [candidates[i] for i in picks]
