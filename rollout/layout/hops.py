"""Where two routes cross, the one behind is drawn with a gap, so that a crossing never reads as a branch.

Vertical segments go behind, horizontal ones in front: every renderer cuts GAP points either side of
each crossing out of the vertical line and draws the pieces.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from rollout.layout.geometry import Point, Route

GAP = 3.0  # half the length cut out of the line behind


@dataclass(frozen=True)
class Crossing:
    """A point where a horizontal segment of route `front` crosses a vertical one of route `behind`."""

    x: float
    y: float
    front: int
    behind: int


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
    found = [
        Crossing(x, y, i, j)
        for y, x1, x2, i in horizontal
        for x, y1, y2, j in vertical
        if i != j and x1 < x < x2 and y1 < y < y2
    ]
    return tuple(sorted(found, key=lambda c: (c.behind, c.y, c.x, c.front)))


def pieces(route: Route, index: int, crossings: tuple[Crossing, ...]) -> tuple[tuple[Point, ...], ...]:
    """The route as the polylines left after cutting a gap at each crossing where it lies behind."""
    cuts = sorted((c.x, c.y) for c in crossings if c.behind == index)
    if not cuts:
        return (route.points,)
    result: list[tuple[Point, ...]] = []
    current: list[Point] = [route.points[0]]
    for start, end in pairwise(route.points):
        if start[0] == end[0] and start[1] != end[1]:
            down = end[1] > start[1]
            ys = sorted((y for x, y in cuts if x == start[0] and min(start[1], end[1]) < y < max(start[1], end[1])))
            for y in ys if down else reversed(ys):
                sign = 1 if down else -1
                before = (start[0], y - sign * GAP)
                after = (start[0], y + sign * GAP)
                if current and _between(before, current[-1], end):
                    current.append(before)
                result.append(tuple(current))
                current = [after] if _between(after, start, end) else []
        current.append(end)
    result.append(tuple(current))
    return tuple(piece for piece in result if len(piece) > 1)


def _between(point: Point, a: Point, b: Point) -> bool:
    """Whether point lies on the vertical segment a–b (a gap may not reach past a segment's end)."""
    return min(a[1], b[1]) <= point[1] <= max(a[1], b[1])
