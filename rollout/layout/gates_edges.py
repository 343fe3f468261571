"""Readability of the routed edges: each arrow its own line, clear of borders, arrowheads and other lines.

Measures on one page (points on the 960 × 540 pt slide): merged segments (two edges overlapping),
segments within BORDER_GAP of a lane or phase border, arrowheads or exit points shared by two edges,
segments through another edge's arrowhead or exit point, the smallest gap between two parallel
segments of different edges.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import combinations, pairwise

from rollout.layout.geometry import Page, Rect, Route

BORDER_GAP = 3.0  # no segment closer than this to a lane or phase border (it would read as the border)
MIN_PARALLEL_GAP = 4.0  # two parallel segments closer than this read as one line
MERGED = 1.0  # two segments closer than this are drawn on top of each other
ARROW_LENGTH = 5.0  # as the renderers draw it
ARROW_HALF_WIDTH = 2.5
PORT_RADIUS = 2.0

Segment = tuple[bool, float, float, float, int]  # horizontal?, fixed coordinate, from, to, route index


def segments(routes: tuple[Route, ...]) -> list[Segment]:
    """Every axis-parallel segment of every route (zero-length ones dropped)."""
    found: list[Segment] = []
    for index, route in enumerate(routes):
        for (ax, ay), (bx, by) in pairwise(route.points):
            if ay == by and ax != bx:
                found.append((True, ay, min(ax, bx), max(ax, bx), index))
            elif ax == bx and ay != by:
                found.append((False, ax, min(ay, by), max(ay, by), index))
    return found


def _parallel_pairs(page: Page, within: float = MIN_PARALLEL_GAP) -> Iterator[tuple[Segment, Segment, float]]:
    return parallel_pairs(page.routes, within)


def parallel_pairs(
    routes: tuple[Route, ...], within: float = MIN_PARALLEL_GAP
) -> Iterator[tuple[Segment, Segment, float]]:
    """Pairs of parallel segments of different edges running beside each other closer than within.

    Two segments on one line count even where they only meet end to end, or end less than
    MIN_PARALLEL_GAP apart: drawn, they are one line, and a reader follows it from one edge into the other.
    """
    found = segments(routes)
    for horizontal in (True, False):
        group = sorted(s for s in found if s[0] == horizontal)
        for k, a in enumerate(group):
            for b in group[k + 1 :]:
                if b[1] - a[1] >= within - 0.01:
                    break
                if a[4] != b[4] and beside(a, b):
                    yield a, b, b[1] - a[1]


def beside(a: Segment, b: Segment) -> bool:
    """Whether two parallel segments run beside each other: along a stretch, or end to end on one line."""
    along = min(a[3], b[3]) - max(a[2], b[2])
    return along > 0.01 or (abs(b[1] - a[1]) < MERGED and along > -(MIN_PARALLEL_GAP - 0.01))


def _name(page: Page, segment: Segment) -> str:
    route = page.routes[segment[4]]
    where = f"y={segment[1]:.1f}" if segment[0] else f"x={segment[1]:.1f}"
    return f"{route.source} → {route.target} at {where}"


def merged_segments(page: Page) -> list[str]:
    return [
        f"edges {_name(page, a)} and {_name(page, b)} {'overlap' if min(a[3], b[3]) > max(a[2], b[2]) else 'meet'}"
        for a, b, gap in _parallel_pairs(page)
        if gap < MERGED
    ]


def close_parallels(page: Page) -> list[str]:
    return [
        f"edges {_name(page, a)} and {_name(page, b)} run {gap:.1f} pt apart (minimum {MIN_PARALLEL_GAP})"
        for a, b, gap in _parallel_pairs(page)
        if MERGED <= gap < MIN_PARALLEL_GAP - 0.01
    ]


def smallest_parallel_gap(page: Page) -> float | None:
    """The smallest distance between two parallel segments of different edges running beside each other."""
    return min((gap for _, _, gap in _parallel_pairs(page, within=1e9)), default=None)


def border_huggers(page: Page) -> list[str]:
    """Segments that run along a lane or phase border closer than BORDER_GAP."""
    rows = sorted({lane.rect.y for lane in page.lanes} | {lane.rect.bottom for lane in page.lanes})
    cols = sorted({c.rect.x for c in page.columns} | {c.rect.right for c in page.columns})
    problems = []
    for segment in segments(page.routes):
        borders = rows if segment[0] else cols
        for border in borders:
            if abs(segment[1] - border) < BORDER_GAP:
                kind = "lane" if segment[0] else "phase"
                problems.append(f"edge {_name(page, segment)} runs along a {kind} border ({border:.1f})")
    return problems


def shared_ends(page: Page) -> list[str]:
    """Two edges with one arrowhead, or one exit point."""
    problems = []
    for a, b in combinations(page.routes, 2):
        for which, pa, pb in (("arrowhead", a.points[-1], b.points[-1]), ("exit point", a.points[0], b.points[0])):
            if abs(pa[0] - pb[0]) + abs(pa[1] - pb[1]) < MIN_PARALLEL_GAP:
                problems.append(f"edges {a.source} → {a.target} and {b.source} → {b.target} share an {which}")
    return problems


def arrowhead(route: Route) -> Rect:
    """The area the arrowhead of a route covers."""
    (bx, by), (tx, ty) = route.points[-2], route.points[-1]
    if by == ty:
        x0 = tx - ARROW_LENGTH if tx >= bx else tx
        return Rect(x0, ty - ARROW_HALF_WIDTH, ARROW_LENGTH, 2 * ARROW_HALF_WIDTH)
    y0 = ty - ARROW_LENGTH if ty >= by else ty
    return Rect(tx - ARROW_HALF_WIDTH, y0, 2 * ARROW_HALF_WIDTH, ARROW_LENGTH)


def through_ends(page: Page) -> list[str]:
    """Segments that pass through another edge's arrowhead or exit point."""
    problems = []
    for segment, owner, what in ends_passed(page.routes):
        route = page.routes[owner]
        problems.append(f"edge {_name(page, segment)} passes through the {what} of {route.source} → {route.target}")
    return problems


def ends_passed(routes: tuple[Route, ...]) -> Iterator[tuple[Segment, int, str]]:
    """Each segment through another edge's arrowhead or exit point: the segment, that edge's index, which end.

    In the order of the segments, then of the ends; only segments whose line crosses an end's area are looked at.
    """
    areas = []
    for index, route in enumerate(routes):
        areas.append((index, "arrowhead", arrowhead(route)))
        (x, y) = route.points[0]
        areas.append((index, "exit point", Rect(x - PORT_RADIUS, y - PORT_RADIUS, 2 * PORT_RADIUS, 2 * PORT_RADIUS)))
    found = segments(routes)
    by_line = {
        horizontal: sorted((s[1], k) for k, s in enumerate(found) if s[0] == horizontal) for horizontal in (True, False)
    }
    lines = {horizontal: [fixed for fixed, _ in group] for horizontal, group in by_line.items()}
    hits = []
    for a, (owner, _, area) in enumerate(areas):
        for horizontal, low, high in ((True, area.y, area.bottom), (False, area.x, area.right)):
            group = by_line[horizontal][bisect_right(lines[horizontal], low) : bisect_left(lines[horizontal], high)]
            hits += [(k, a) for _, k in group if found[k][4] != owner and meets(found[k], area)]
    for k, a in sorted(hits):
        yield found[k], areas[a][0], areas[a][1]


def conflicts(routes: tuple[Route, ...]) -> tuple[int, int, int, int]:
    """How hard the edges are to follow, worst first.

    Overlaps and lines through another's end, then lines too close, then crossings, then bends.
    """
    pairs = list(parallel_pairs(routes))
    return (
        sum(gap < MERGED for _, _, gap in pairs) + sum(1 for _ in ends_passed(routes)),
        sum(MERGED <= gap < MIN_PARALLEL_GAP - 0.01 for _, _, gap in pairs),
        crossings(routes),
        sum(route.bends for route in routes),
    )


def meets(segment: Segment, area: Rect) -> bool:
    """Whether a segment passes through the inside of an area."""
    horizontal, fixed, low, high, _ = segment
    if horizontal:
        return area.y < fixed < area.bottom and low < area.right and area.x < high
    return area.x < fixed < area.right and low < area.bottom and area.y < high


def crossings(routes: tuple[Route, ...]) -> int:
    """Number of points where a horizontal segment of one edge crosses a vertical one of another."""
    horizontal, vertical = _split_segments(routes)
    vertical.sort()
    xs = [segment[0] for segment in vertical]
    count = 0
    for y, x1, x2, i in horizontal:
        for _, y1, y2, j in vertical[bisect_right(xs, x1 + 0.5) : bisect_left(xs, x2 - 0.5)]:
            shared = routes[i].source == routes[j].source or routes[i].target == routes[j].target
            count += not shared and y1 + 0.5 < y < y2 - 0.5
    return count


AxisSegment = tuple[float, float, float, int]


def _split_segments(routes: tuple[Route, ...]) -> tuple[list[AxisSegment], list[AxisSegment]]:
    """Horizontal segments as (y, x1, x2, route) and vertical ones as (x, y1, y2, route)."""
    horizontal: list[AxisSegment] = []
    vertical: list[AxisSegment] = []
    for index, route in enumerate(routes):
        for (ax, ay), (bx, by) in pairwise(route.points):
            if ay == by:
                horizontal.append((ay, min(ax, bx), max(ax, bx), index))
            elif ax == bx:
                vertical.append((ax, min(ay, by), max(ay, by), index))
    return horizontal, vertical
