"""Nudging: move a stretch of a routed edge onto a free track beside it, where that makes the page read better.

The router lays edges one by one; where one found no way clear of the others it shares a stretch
with another edge, or runs through another's arrowhead. Often a free track lies a few points to
the side. Each such stretch is tried on the nearest tracks either side (the first or last one
takes its end along with it, to another port on the same box side, never near another edge's end);
a move is kept when the page's conflicts (gates_edges.conflicts: overlaps and ends passed, then
lines too close, then crossings, then bends) get fewer, and the moved stretch and the two it joins
keep clear of every box.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from rollout.layout.gates_edges import (
    MERGED,
    MIN_PARALLEL_GAP,
    PORT_RADIUS,
    Segment,
    arrowhead,
    beside,
    conflicts,
    ends_passed,
    meets,
    parallel_pairs,
    segments,
)
from rollout.layout.geometry import Point, Rect, Route, StepBox
from rollout.layout.route_grid import BORDER_CLEAR, BOX_CLEAR, PITCH, TrackGrid
from rollout.layout.route_ports import ENTRY_STUB, EXIT_STUB, SIDE_MARGIN
from rollout.layout.route_search import corners

MOVES = 60  # moves at most (a count, never the clock)
REACH = 16.0  # how far to the side a stretch may move (points)

Stretch = tuple[int, int]  # a route's index, the index of the stretch's first point
Borders = tuple[tuple[float, ...], tuple[float, ...]]  # x of every phase border, y of every lane border


def nudged(
    routes: tuple[Route, ...], boxes: tuple[StepBox, ...], tracks: TrackGrid, borders: Borders
) -> tuple[Route, ...]:
    """The routes with stretches moved aside while that lowers the page's conflicts.

    Whether a move helps depends only on what lies within reach of its route: a stretch found with
    no helpful move is not tried again until a route within that reach has moved.
    """
    by_id = {box.step_id: box.rect for box in boxes}
    rects = tuple(box.rect for box in boxes)
    score = conflicts(routes)
    hopeless: dict[tuple[int, int], Route] = {}  # stretches with no helpful move, and their route then
    for _ in range(MOVES):
        if score[:2] == (0, 0):
            break
        better = _better(routes, by_id, rects, tracks, borders, hopeless)
        if better is None:
            break
        index, moved = better
        old = _bounds(routes[index])
        routes = (*routes[:index], moved, *routes[index + 1 :])
        score = conflicts(routes)
        new = _bounds(moved)
        for key, route in list(hopeless.items()):
            near = _reach(route)
            if near.overlaps(old) or near.overlaps(new):
                del hopeless[key]
    return routes


def _better(
    routes: tuple[Route, ...],
    by_id: dict[str, Rect],
    rects: tuple[Rect, ...],
    tracks: TrackGrid,
    borders: Borders,
    hopeless: dict[tuple[int, int], Route],
) -> tuple[int, Route] | None:
    """The first move of a stretch in conflict that lowers the conflicts: the route's index and the moved route.

    Only the moved route's part of the conflicts changes (its ends stay where they are), so only
    that part is counted again for each try: a move helps when that part gets smaller.
    """
    every = [(segment, _extent(segment)) for segment in segments(routes)]
    areas = [(k, area) for k, other in enumerate(routes) for area in _ends(other)]
    for index, first in _culprits(routes):
        route = routes[index]
        if hopeless.get((index, first)) == route:
            continue
        near = _reach(route)  # a move keeps the route inside this: what lies outside cannot change its part
        others = _Others(
            [segment for segment, extent in every if segment[4] != index and near.overlaps(extent)],
            [area for k, area in areas if k != index and near.overlaps(area)],
            [_shared(route, other) for other in routes],
        )
        before = others.share(route)
        ends = (by_id[route.source], by_id[route.target])
        boxes = [rect for rect in rects if near.overlaps(rect)]
        for position in _positions(route, first, tracks, borders, ends):
            candidate = _shifted(route, first, position)
            if candidate is None or not _clear(route, first, position, boxes, ends):
                continue
            if not _own_ends(candidate, route, routes):
                continue
            if others.share(candidate) < before:
                return index, candidate
        hopeless[(index, first)] = route
    return None


def _own_ends(candidate: Route, route: Route, routes: tuple[Route, ...]) -> bool:
    """Whether a moved end stays MIN_PARALLEL_GAP from every other route's ends (ends that close are shared)."""
    moved = [p for p, q in ((candidate.points[0], route.points[0]), (candidate.points[-1], route.points[-1])) if p != q]
    return not any(
        abs(x - ox) + abs(y - oy) < MIN_PARALLEL_GAP
        for x, y in moved
        for other in routes
        if other is not route
        for ox, oy in (other.points[0], other.points[-1])
    )


def _bounds(route: Route) -> Rect:
    xs = [x for x, _ in route.points]
    ys = [y for _, y in route.points]
    return Rect(min(xs) - 0.01, min(ys) - 0.01, max(xs) - min(xs) + 0.02, max(ys) - min(ys) + 0.02)


@dataclass(frozen=True)
class _Others:
    """What one route's conflicts are counted against: the other routes' segments and ends."""

    segments: list[Segment]
    areas: list[Rect]
    shared: list[bool]  # by route index: same source or same target as the route (their crossings do not count)

    def share(self, route: Route) -> tuple[int, int, int, int]:
        """The route's part of conflicts(), but for others' lines through its own ends (a move leaves those)."""
        overlaps = close = crossed = 0
        mine = segments((route,))
        for a in mine:
            for b in self.segments:
                if a[0] == b[0]:
                    gap = abs(b[1] - a[1])
                    if gap < MIN_PARALLEL_GAP - 0.01 and beside(a, b):
                        overlaps += gap < MERGED
                        close += gap >= MERGED
                elif not self.shared[b[4]]:
                    across, along = (a, b) if a[0] else (b, a)
                    crossed += (
                        across[2] + 0.5 < along[1] < across[3] - 0.5 and along[2] + 0.5 < across[1] < along[3] - 0.5
                    )
        passed = sum(1 for a in mine for area in self.areas if meets(a, area))
        passed += sum(1 for b in self.segments for area in _ends(route) if meets(b, area))
        return overlaps + passed, close, crossed, route.bends


def _reach(route: Route) -> Rect:
    """The area a route and every move of one of its stretches stays in, with room for what runs close to it."""
    xs = [x for x, _ in route.points]
    ys = [y for _, y in route.points]
    margin = REACH + MIN_PARALLEL_GAP + BOX_CLEAR
    return Rect(min(xs) - margin, min(ys) - margin, max(xs) - min(xs) + 2 * margin, max(ys) - min(ys) + 2 * margin)


def _extent(segment: Segment) -> Rect:
    horizontal, fixed, low, high, _ = segment
    if horizontal:
        return Rect(low - 0.01, fixed - 0.01, high - low + 0.02, 0.02)
    return Rect(fixed - 0.01, low - 0.01, 0.02, high - low + 0.02)


def _ends(route: Route) -> tuple[Rect, Rect]:
    x, y = route.points[0]
    return arrowhead(route), Rect(x - PORT_RADIUS, y - PORT_RADIUS, 2 * PORT_RADIUS, 2 * PORT_RADIUS)


def _shared(one: Route, other: Route) -> bool:
    return one.source == other.source or one.target == other.target


def _culprits(routes: tuple[Route, ...]) -> list[Stretch]:
    """The inner stretches that overlap another edge, run too close to one, or pass another's end."""
    found: set[Stretch] = set()
    for a, b, _ in parallel_pairs(routes):
        found.update(s for s in (_stretch(routes, a), _stretch(routes, b)) if s is not None)
    for segment, _, _ in ends_passed(routes):
        stretch = _stretch(routes, segment)
        if stretch is not None:
            found.add(stretch)
    return sorted(found)


def _stretch(routes: tuple[Route, ...], segment: tuple[bool, float, float, float, int]) -> Stretch | None:
    horizontal, fixed, low, high, index = segment
    points = routes[index].points
    for first in range(len(points) - 1) if len(points) > 2 else ():  # an end stretch slides its end along its side
        (ax, ay), (bx, by) = points[first], points[first + 1]
        if horizontal and ay == by == fixed and min(ax, bx) == low and max(ax, bx) == high:
            return index, first
        if not horizontal and ax == bx == fixed and min(ay, by) == low and max(ay, by) == high:
            return index, first
    return None


def _positions(route: Route, first: int, tracks: TrackGrid, borders: Borders, ends: tuple[Rect, Rect]) -> list[float]:
    """Where the stretch may go: the tracks beside it within REACH, nearest first; then the midways between them.

    A midway keeps half the usual distance from the lines either side: two lines that close are
    still two lines, where two on one track read as one. Neither comes near a lane or phase border.
    A stretch at an end takes only tracks along its box's side, clear of the corners, as ports do.
    """
    (ax, ay), (bx, _) = route.points[first], route.points[first + 1]
    vertical = ax == bx
    here = ax if vertical else ay
    lines = tracks.xs if vertical else tracks.ys
    near = [p for p in lines if abs(p - here) <= REACH + PITCH]
    midways = [(a + b) / 2 for a, b in pairwise(near)]
    if first in (0, len(route.points) - 2):
        box = ends[0] if first == 0 else ends[1]
        low, high = (box.x, box.right) if vertical else (box.y, box.bottom)
        near = [p for p in near if low + SIDE_MARGIN <= p <= high - SIDE_MARGIN]
        midways = []
    rules = borders[0] if vertical else borders[1]
    found = []
    for group in (near, midways):
        found += sorted(
            (p for p in group if 0.01 < abs(p - here) <= REACH and all(abs(p - r) >= BORDER_CLEAR for r in rules)),
            key=lambda p: (abs(p - here), p),
        )
    return found


def _shifted(route: Route, first: int, position: float) -> Route | None:
    """The route with one stretch moved to position; None when its first or last stretch would get too short."""
    points: list[Point] = list(route.points)
    (ax, ay), (bx, by) = points[first], points[first + 1]
    if ax == bx:
        points[first], points[first + 1] = (position, ay), (position, by)
    else:
        points[first], points[first + 1] = (ax, position), (bx, position)
    if not _keeps_end(route.points[:2], points[:2], EXIT_STUB):
        return None
    if not _keeps_end(route.points[:-3:-1], points[:-3:-1], ENTRY_STUB):
        return None
    return Route(route.source, route.target, corners(points), route.kind, route.colour)


def _keeps_end(old_stretch: tuple[Point, ...], new_stretch: list[Point], least: float) -> bool:
    """Whether the stretch at a box (its end, then its next point) keeps its direction and `least` points of length."""
    (ax, ay), (bx, by) = old_stretch
    (cx, cy), (dx, dy) = new_stretch
    old = (bx - ax, by - ay)
    new = (dx - cx, dy - cy)
    length = abs(new[0]) + abs(new[1])
    same_way = old[0] * new[0] >= 0 and old[1] * new[1] >= 0
    return same_way and length >= least - 0.01


def _clear(route: Route, first: int, position: float, rects: list[Rect], ends: tuple[Rect, Rect]) -> bool:
    """Whether the moved stretch and the two it joins keep BOX_CLEAR from the boxes (an end may touch its own box).

    The other stretches do not move: they stay as clear (or not) as the router left them.
    """
    points: list[Point] = list(route.points)
    (ax, ay), (bx, by) = points[first], points[first + 1]
    if ax == bx:
        points[first], points[first + 1] = (position, ay), (position, by)
    else:
        points[first], points[first + 1] = (ax, position), (bx, position)
    last = len(points) - 2
    clear = BOX_CLEAR - 0.01
    for k in range(max(0, first - 1), min(last, first + 1) + 1):
        (ax, ay), (bx, by) = points[k], points[k + 1]
        line = Rect(min(ax, bx) - clear, min(ay, by) - clear, abs(bx - ax) + 2 * clear, abs(by - ay) + 2 * clear)
        for rect in rects:
            if (k == 0 and rect is ends[0]) or (k == last and rect is ends[1]):
                continue
            if line.overlaps(rect):
                return False
    return True
