"""Orthogonal edge routing through the gaps of the swimlane grid.

Boxes sit inside slots with a gutter on each side and inside row bands with a margin above and
below, so vertical segments run in gutters and horizontal ones along row-band edges: no segment
can pass through a box. Parallel segments in one gap get separate tracks.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from rollout.layout.geometry import LaneBand, Point, Route, StepBox


@dataclass(frozen=True)
class SlotGrid:
    """Slot boundaries across all columns of a page."""

    starts: tuple[float, ...]  # left edge of each global slot, plus the right edge of the last
    offsets: tuple[int, ...]  # global index of the first slot of each column

    @classmethod
    def build(cls, col_x: list[float], slot_w: float, slots: tuple[int, ...]) -> SlotGrid:
        starts: list[float] = []
        offsets: list[int] = []
        for column, count in enumerate(slots):
            offsets.append(len(starts))
            starts.extend(col_x[column] + i * slot_w for i in range(count))
        starts.append(col_x[-1])
        return cls(tuple(starts), tuple(offsets))

    @property
    def slot_width(self) -> float:
        return self.starts[1] - self.starts[0] if len(self.starts) > 1 else 0.0

    def index(self, column: int, slot: int) -> int:
        return self.offsets[column] + slot

    def slot_left(self, column: int, slot: int) -> float:
        return self.starts[self.index(column, slot)]

    def boundary(self, index: int) -> float:
        """X of the gutter line right of global slot index."""
        return self.starts[index + 1]


@dataclass(frozen=True)
class _Plan:
    """A route before track offsets: which gutters and which row edge it uses."""

    source: StepBox
    target: StepBox
    kind: str
    channels: tuple[int, ...]
    groups: tuple[tuple[str, ...], ...]
    corridor: float | None

    def spans(self) -> list[tuple[float, float]]:
        """The y extent of each vertical segment, one per channel."""
        u, v = self.source.rect.cy, self.target.rect.cy
        if self.corridor is None:
            return [_span(u, v)] * len(self.channels)
        return [_span(u, self.corridor), _span(self.corridor, v)][: len(self.channels)]

    def corridor_span(self, grid: SlotGrid) -> tuple[float, float]:
        """The x extent of the horizontal segment along the row edge."""
        start = grid.boundary(self.channels[0])
        end = self.target.rect.cx if self.kind == "over" else grid.boundary(self.channels[1])
        return (start, end)


def route_edges(
    graph: nx.DiGraph,
    boxes: tuple[StepBox, ...],
    lanes: tuple[LaneBand, ...],
    grid: SlotGrid,
    gaps: tuple[float, float],
) -> tuple[tuple[Route, ...], int]:
    """Routes for every dependency with both ends on the page, and the count of the others."""
    by_id = {box.step_id: box for box in boxes}
    rows = _rows_per_lane(boxes, len(lanes))
    occupied: dict[tuple[int, int], list[int]] = defaultdict(list)
    for box in boxes:
        occupied[(box.lane, box.row)].append(grid.index(box.column, box.slot))
    plans: list[_Plan] = []
    omitted = 0
    for source, target in sorted(graph.edges(), key=lambda e: (graph.nodes[e[1]]["index"], graph.nodes[e[0]]["index"])):
        if source not in by_id or target not in by_id:
            omitted += source in by_id or target in by_id
            continue
        plans.append(_plan(by_id[source], by_id[target], grid, occupied, lanes, rows))
    return _realise(plans, grid, *gaps), omitted


def _rows_per_lane(boxes: tuple[StepBox, ...], count: int) -> list[int]:
    rows = [1] * count
    for box in boxes:
        rows[box.lane] = max(rows[box.lane], box.row + 1)
    return rows


def _plan(
    u: StepBox,
    v: StepBox,
    grid: SlotGrid,
    occupied: dict[tuple[int, int], list[int]],
    lanes: tuple[LaneBand, ...],
    rows: list[int],
) -> _Plan:
    """Pick the simplest clear route: straight, one gutter (two bends), or via a row edge."""
    gu, gv = grid.index(u.column, u.slot), grid.index(v.column, v.slot)
    u_row, v_row = occupied[(u.lane, u.row)], occupied[(v.lane, v.row)]
    same_row = (u.lane, u.row) == (v.lane, v.row)
    out, into = ("s", u.step_id), ("t", v.step_id)
    if gv > gu and same_row and not any(gu < g < gv for g in u_row):
        return _Plan(u, v, "straight", (), (), None)
    if gv > gu and not same_row:
        for channel, group in _channels(gu, gv, out, into):
            if not any(gu < g <= channel for g in u_row) and not any(channel < g < gv for g in v_row):
                return _Plan(u, v, "elbow", (channel,), (group,), None)
    lane = lanes[v.lane].rect
    row_h = lane.h / rows[v.lane]
    above = u.rect.cy <= v.rect.cy
    corridor = lane.y + (v.row if above else v.row + 1) * row_h
    if same_row:
        return _Plan(u, v, "over", (gu,), (out,), corridor)
    return _Plan(u, v, "corridor", (gu, gv - 1), (out, into), corridor)


def _channels(gu: int, gv: int, out: tuple[str, ...], into: tuple[str, ...]) -> list[tuple[int, tuple[str, ...]]]:
    """Gutters an elbow may turn in, best first.

    The gutter halfway between the boxes comes first: it is where an editor that re-routes
    glued connectors itself (LibreOffice 7.4) puts the bend, so every program draws the same.
    """
    choices: list[tuple[int, tuple[str, ...]]] = []
    if (gv - gu) % 2 == 1:
        middle = gu + (gv - gu - 1) // 2
        choices.append((middle, out if middle == gu else into if middle == gv - 1 else ("e", *out, *into)))
    choices += [(gu, out), (gv - 1, into)]
    return choices


def _realise(plans: list[_Plan], grid: SlotGrid, gutter: float, vpad: float) -> tuple[Route, ...]:
    """Turn plans into points, spreading overlapping segments onto separate tracks."""
    vertical = _tracks(
        [
            (channel, lo, hi, group)
            for p in plans
            for channel, group, (lo, hi) in zip(p.channels, p.groups, p.spans(), strict=True)
        ],
        spacing=3.0,
        room=gutter - 4,
    )
    horizontal = _tracks(
        [
            (p.corridor, *p.corridor_span(grid), ("c", p.source.step_id, p.target.step_id))
            for p in plans
            if p.corridor is not None
        ],
        spacing=2.0,
        room=2 * vpad - 2,
    )
    return tuple(_points(p, grid, vertical, horizontal) for p in plans)


def _span(a: float, b: float) -> tuple[float, float]:
    return (min(a, b), max(a, b))


def _tracks(
    segments: list[tuple[object, float, float, tuple[str, ...]]], spacing: float, room: float
) -> dict[tuple[object, tuple[str, ...]], float]:
    """Offset of each (gap, group) so that segments overlapping in one gap do not coincide."""
    by_gap: dict[object, list[tuple[float, float, tuple[str, ...]]]] = defaultdict(list)
    for gap, start, end, group in segments:
        by_gap[gap].append((start, end, group))
    offsets: dict[tuple[object, tuple[str, ...]], float] = {}
    for gap, items in by_gap.items():
        merged: dict[tuple[str, ...], list[float]] = {}
        for start, end, group in items:
            lo, hi = merged.get(group, [start, end])
            merged[group] = [min(lo, start), max(hi, end)]
        lanes_end: list[float] = []
        assigned: dict[tuple[str, ...], int] = {}
        for group, (start, end) in sorted(merged.items(), key=lambda kv: (kv[1][0], kv[1][1], kv[0])):
            track = next((i for i, last in enumerate(lanes_end) if last < start - 1), len(lanes_end))
            if track == len(lanes_end):
                lanes_end.append(end)
            lanes_end[track] = end
            assigned[group] = track
        count = len(lanes_end)
        step = min(spacing, room / max(1, count - 1)) if count > 1 else 0.0
        for group, track in assigned.items():
            offsets[(gap, group)] = (track - (count - 1) / 2) * step
    return offsets


def _points(
    plan: _Plan,
    grid: SlotGrid,
    vertical: dict[tuple[object, tuple[str, ...]], float],
    horizontal: dict[tuple[object, tuple[str, ...]], float],
) -> Route:
    u, v = plan.source.rect, plan.target.rect
    points: list[Point] = [(u.right, u.cy)]
    xs = [grid.boundary(c) + vertical[(c, g)] for c, g in zip(plan.channels, plan.groups, strict=True)]
    y = 0.0
    if plan.corridor is not None:
        y = plan.corridor + horizontal[(plan.corridor, ("c", plan.source.step_id, plan.target.step_id))]
    if plan.kind == "elbow":
        points += [(xs[0], u.cy), (xs[0], v.cy)]
    elif plan.kind == "corridor":
        points += [(xs[0], u.cy), (xs[0], y), (xs[1], y), (xs[1], v.cy)]
    elif plan.kind == "over":
        points += [(xs[0], u.cy), (xs[0], y), (v.cx, y), (v.cx, v.y)]
    if plan.kind != "over":
        points.append((v.x, v.cy))
    rounded = tuple((round(x, 2), round(y, 2)) for x, y in points)
    return Route(plan.source.step_id, plan.target.step_id, rounded, plan.kind)
