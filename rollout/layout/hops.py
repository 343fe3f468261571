"""Where two routes cross, the one behind is drawn with a gap, so that a crossing never reads as a branch.

Vertical segments go behind, horizontal ones in front: every renderer cuts GAP points either side of
each crossing out of the line behind and draws the pieces. Only where the vertical line is the stub
at one end of its arrow, so near its box that the gap would part it from the box or bite into its
arrowhead (KEEP), does the horizontal one go behind instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

from rollout.layout.geometry import Point, Route

GAP = 3.0  # half the length cut out of the line behind
KEEP = GAP + 5.0  # a gap this near an arrow's end would hide its stub or its arrowhead (5 pt long)


@dataclass(frozen=True)
class Crossing:
    """A point where a horizontal segment of route `front` crosses a vertical one of route `behind`."""

    x: float
    y: float
    front: int
    behind: int
    across: bool = False  # the line behind is the horizontal one


def crossing_points(routes: tuple[Route, ...]) -> tuple[Crossing, ...]:
    """Every crossing of two different routes, strictly inside both segments, in a fixed order."""
    horizontal = []
    vertical = []
    for index, route in enumerate(routes):
        for (ax, ay), (bx, by) in pairwise(route.points):
            if ay == by and ax != bx:
                horizontal.append((ay, min(ax, bx), max(ax, bx), index))
            elif ax == bx and ay != by:
                vertical.append((ax, min(ay, by), max(ay, by), index))
    found = []
    for y, x1, x2, i in horizontal:
        for x, y1, y2, j in vertical:
            if i != j and x1 < x < x2 and y1 < y < y2:
                swap = _near_end(routes[j], (x, y)) and not _near_end(routes[i], (x, y))
                found.append(Crossing(x, y, j, i, True) if swap else Crossing(x, y, i, j))
    return tuple(sorted(found, key=lambda c: (c.behind, c.y, c.x, c.front)))


def _near_end(route: Route, point: Point) -> bool:
    """Whether a point lies on the first or last stretch of a route, within KEEP of the box."""
    ends = ((route.points[0], route.points[1]), (route.points[-1], route.points[-2]))
    return any(_on(point, end, following) and math.dist(point, end) < KEEP for end, following in ends)


def _on(point: Point, a: Point, b: Point) -> bool:
    return min(a[0], b[0]) <= point[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= point[1] <= max(a[1], b[1])


def pieces(route: Route, index: int, crossings: tuple[Crossing, ...]) -> tuple[tuple[Point, ...], ...]:
    """The route as the polylines left after cutting a gap at each crossing where it lies behind."""
    cuts = sorted((c.x, c.y, c.across) for c in crossings if c.behind == index)
    if not cuts:
        return (route.points,)
    result: list[tuple[Point, ...]] = []
    current: list[Point] = [route.points[0]]
    for start, end in pairwise(route.points):
        across = start[1] == end[1]
        axis = 0 if across else 1  # the coordinate that runs along the segment
        at = [
            (x, y)
            for x, y, behind_across in cuts
            if behind_across == across
            and (y == start[1] if across else x == start[0])
            and min(start[axis], end[axis]) < (x, y)[axis] < max(start[axis], end[axis])
        ]
        forwards = end[axis] > start[axis]
        for point in sorted(at, key=lambda p: p[axis], reverse=not forwards):
            sign = 1 if forwards else -1
            before, after = list(point), list(point)
            before[axis] -= sign * GAP
            after[axis] += sign * GAP
            if current and _between(tuple(before), current[-1], end, axis):
                current.append((before[0], before[1]))
            result.append(tuple(current))
            current = [(after[0], after[1])] if _between(tuple(after), start, end, axis) else []
        current.append(end)
    result.append(tuple(current))
    return tuple(piece for piece in result if len(piece) > 1)


def _between(point: tuple[float, ...], a: Point, b: Point, axis: int) -> bool:
    """Whether point lies on the segment a–b along its axis (a gap may not reach past a segment's end)."""
    return min(a[axis], b[axis]) <= point[axis] <= max(a[axis], b[axis])
