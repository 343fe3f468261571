"""Orthogonal routes for the flows the swimlane does not draw: from the start event, into the end event, between pages.

A shortest path, with a cost per bend, along candidate lines that run through the gaps between
the shapes; a stretch of line that would cross or graze a task, an event or a gateway is closed.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from rollout.layout.geometry import Point, Rect

BEND = 40.0  # a bend costs as much as this much more line


@dataclass(frozen=True)
class Port:
    """Where a route may leave or enter a shape, and along which axis."""

    point: Point
    vertical: bool


State = tuple[int, int, bool]


class Router:
    """A grid of candidate lines (the gaps between shapes) and which of its segments keep clear of every shape."""

    def __init__(self, shapes: list[Rect], xs: list[float], ys: list[float]) -> None:
        self.xs = sorted({round(x, 2) for x in xs})
        self.ys = sorted({round(y, 2) for y in ys})
        self.open_h = [_open(self.xs, [(r.x, r.right) for r in shapes if r.y <= y <= r.bottom]) for y in self.ys]
        self.open_v = [_open(self.ys, [(r.y, r.bottom) for r in shapes if r.x <= x <= r.right]) for x in self.xs]

    def route(self, sources: list[Port], targets: list[Port]) -> tuple[Point, ...] | None:
        """The cheapest orthogonal path from one of sources to one of targets, or None when there is none.

        An A* search backwards from the targets: a state is a grid point and the axis along which the
        path leaves it; the distance to the nearest source is the estimate still to go.
        """
        wanted = {self._state(port) for port in sources}
        spots = [self._point(state) for state in wanted]

        def estimate(state: State) -> float:
            x, y = self._point(state)
            return min(abs(x - sx) + abs(y - sy) for sx, sy in spots)

        done: set[State] = set()
        parent: dict[State, State | _End] = {}
        queue: list[tuple[float, float, int, State, State | _End]] = []  # ties: the deeper state first
        for port in targets:
            end = _End(self._state(port))
            for state, length in self._neighbours(*end.state):
                heapq.heappush(queue, (length + estimate(state), -length, len(queue), state, end))
        pushed = len(queue)
        while queue:
            _, cost, _, state, before = heapq.heappop(queue)
            cost = -cost
            if state in done:
                continue
            done.add(state)
            parent[state] = before
            if state in wanted:
                return self._path(state, parent)
            for axis in (False, True):
                for nxt, length in self._neighbours(state[0], state[1], axis):
                    if nxt not in done:
                        pushed += 1
                        total = cost + length + (BEND if axis != state[2] else 0.0)
                        heapq.heappush(queue, (total + estimate(nxt), -total, pushed, nxt, state))
        return None

    def _state(self, port: Port) -> State:
        return (self._index(self.xs, port.point[0]), self._index(self.ys, port.point[1]), port.vertical)

    @staticmethod
    def _index(lines: list[float], value: float) -> int:
        return min(bisect_left(lines, value - 1e-6), len(lines) - 1)

    def _neighbours(self, i: int, j: int, vertical: bool) -> list[tuple[State, float]]:
        """Grid points one step away along an axis, with the segment's length; the state names that axis."""
        found: list[tuple[State, float]] = []
        if vertical:
            if j > 0 and self.open_v[i][j - 1]:
                found.append(((i, j - 1, True), self.ys[j] - self.ys[j - 1]))
            if j + 1 < len(self.ys) and self.open_v[i][j]:
                found.append(((i, j + 1, True), self.ys[j + 1] - self.ys[j]))
        else:
            if i > 0 and self.open_h[j][i - 1]:
                found.append(((i - 1, j, False), self.xs[i] - self.xs[i - 1]))
            if i + 1 < len(self.xs) and self.open_h[j][i]:
                found.append(((i + 1, j, False), self.xs[i + 1] - self.xs[i]))
        return found

    def _path(self, state: State, parent: dict[State, State | _End]) -> tuple[Point, ...]:
        points = [self._point(state)]
        current = parent[state]
        while not isinstance(current, _End):
            points.append(self._point(current))
            current = parent[current]
        points.append(self._point(current.state))
        return simplify(tuple(points))

    def _point(self, state: State) -> Point:
        return (self.xs[state[0]], self.ys[state[1]])


@dataclass(frozen=True)
class _End:
    """The target a path ends at (a grid state that is not itself searched from)."""

    state: State


class Obstacles:
    """Shapes, indexed by their left edge, that a line must keep out of."""

    def __init__(self, shapes: list[Rect]) -> None:
        self.shapes = sorted(shapes, key=lambda r: r.x)
        self.lefts = [r.x for r in self.shapes]
        self.widest = max((r.w for r in shapes), default=0.0)

    def clear_path(self, points: tuple[Point, ...]) -> bool:
        """True when no segment of the line enters a shape."""
        return all(self.clear(a, b) for a, b in pairwise(points))

    def clear(self, a: Point, b: Point) -> bool:
        low, high = min(a[0], b[0]), max(a[0], b[0])
        nearby = self.shapes[bisect_left(self.lefts, low - self.widest) : bisect_right(self.lefts, high)]
        return clear(a, b, nearby)


def clear(a: Point, b: Point, shapes: Iterable[Rect], slack: float = 0.5) -> bool:
    """True when the segment a-b keeps out of every shape's inside (less a rounding slack at its border)."""
    x1, x2 = sorted((a[0], b[0]))
    y1, y2 = sorted((a[1], b[1]))
    for r in shapes:
        if r.x + slack < x2 and x1 < r.right - slack and r.y + slack < y2 and y1 < r.bottom - slack:
            return False
    return True


def _open(lines: list[float], blocked: list[tuple[float, float]]) -> list[bool]:
    """For each stretch between neighbouring lines, whether it stays out of every blocked interval."""
    free = [True] * (len(lines) - 1)
    for lo, hi in blocked:
        for i in range(max(bisect_left(lines, lo) - 1, 0), min(bisect_left(lines, hi), len(free))):
            if lines[i] < hi and lo < lines[i + 1]:
                free[i] = False
    return free


def simplify(points: tuple[Point, ...]) -> tuple[Point, ...]:
    """Drop repeated points and the middle of three points on one line."""
    kept: list[Point] = []
    for p in points:
        if kept and abs(kept[-1][0] - p[0]) < 1e-6 and abs(kept[-1][1] - p[1]) < 1e-6:
            continue
        if len(kept) >= 2 and _collinear(kept[-2], kept[-1], p):
            kept[-1] = p
        else:
            kept.append(p)
    return tuple(kept)


def _collinear(a: Point, b: Point, c: Point) -> bool:
    return (abs(a[0] - b[0]) < 1e-6 and abs(b[0] - c[0]) < 1e-6) or (
        abs(a[1] - b[1]) < 1e-6 and abs(b[1] - c[1]) < 1e-6
    )
