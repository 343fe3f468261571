"""Ports: where a route may leave or enter a box, each with the stretch of track that leads to it."""

from __future__ import annotations

from dataclasses import dataclass

from rollout.layout.geometry import Point, Rect, StepBox
from rollout.layout.route_grid import TrackGrid

ARROW = 5.0  # arrowhead length, as drawn by every renderer
ENTRY_STUB = ARROW + 0.5  # the last straight stretch into a box: the arrowhead and a little room
EXIT_STUB = 2.0  # the first straight stretch out of a box (its node is the route's alone)
SIDE_MARGIN = 3.0  # ports keep this far from a box's corners

E, W, S, N = 0, 1, 2, 3  # directions of travel; y grows downwards


@dataclass(frozen=True)
class Port:
    """Where a route leaves or enters a box: its first or last grid node, the side, the stub nodes."""

    node: int
    direction: int  # the direction of travel at the node (out of the source, into the target)
    side: str
    stub: tuple[int, ...]  # track nodes between the box and the port node
    length: float  # length of the stub from the box side to the node
    anchor: Point  # the point on the box side


def box_ports(tracks: TrackGrid, boxes: tuple[Rect, ...], box: StepBox, out: bool) -> list[Port]:
    """Every port of a box: out of its right, top and bottom; into its left, right, top and bottom."""
    t, r = tracks, box.rect
    stub = EXIT_STUB if out else ENTRY_STUB
    rows = t.ys_between(r.y + SIDE_MARGIN, r.bottom - SIDE_MARGIN)
    cols = t.xs_between(r.x + SIDE_MARGIN, r.right - SIDE_MARGIN)
    right = t.xs_between(r.right + stub, 1e9).start
    left = t.xs_between(-1e9, r.x - stub).stop - 1
    above = t.ys_between(-1e9, r.y - stub).stop - 1
    below = t.ys_between(r.bottom + stub, 1e9).start
    found: list[Port] = []
    if right < len(t.xs):  # into the right side: an edge back to a box left of or level with its source
        found += [_port(t, (right, j), (r.right, t.ys[j]), E if out else W, "right") for j in rows]
    if not out and left >= 0:
        found += [_port(t, (left, j), (r.x, t.ys[j]), E, "left") for j in rows]
    if above >= 0:
        found += [_port(t, (i, above), (t.xs[i], r.y), N if out else S, "top") for i in cols]
    if below < len(t.ys):
        found += [_port(t, (i, below), (t.xs[i], r.bottom), S if out else N, "bottom") for i in cols]
    reach = max((port.length for port in found), default=0.0) + 1.0  # a stub only meets boxes this near
    near = tuple(
        b for b in boxes if b != r and b.overlaps(Rect(r.x - reach, r.y - reach, r.w + 2 * reach, r.h + 2 * reach))
    )
    return [port for port in found if _clear(t, near, port, r)]


def _port(t: TrackGrid, at: tuple[int, int], anchor: Point, direction: int, side: str) -> Port:
    i, j = at
    x, y = t.xs[i], t.ys[j]
    ax, ay = anchor
    if side in ("right", "left"):
        nodes = [t.node(k, j) for k in t.xs_between(min(x, ax) + 0.01, max(x, ax) - 0.01)]
    else:
        nodes = [t.node(i, k) for k in t.ys_between(min(y, ay) + 0.01, max(y, ay) - 0.01)]
    stub = tuple(n for n in nodes if n not in t.blocked)  # those next to the box are its own clearance
    return Port(t.node(i, j), direction, side, stub, abs(x - ax) + abs(y - ay), anchor)


def _clear(t: TrackGrid, boxes: tuple[Rect, ...], port: Port, own: Rect) -> bool:
    """A port whose node is free of boxes and whose stub passes no box but its own."""
    if port.node in t.blocked:
        return False
    x, y = t.point(port.node)
    ax, ay = port.anchor
    stub = Rect(min(x, ax), min(y, ay), abs(x - ax), abs(y - ay))
    return not any(stub.overlaps(box) for box in boxes if box != own)
