"""The swimlane layout as one sheet for the BPMN diagram, and the stretch that makes room for gateways.

A BPMN diagram is one plane: a layout split by phase over several pages is put back side by side,
each lane as tall as on its tallest page. The gaps between the boxes then widen (boxes keep their
scaled size) so that each gap holds the events and gateways of the boxes beside it: those of the
box on its left at its left side, those of the box on its right at its right side, and the
original edge tracks in between.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rollout.layout.geometry import Layout, Page, Point, Rect

EPS = 0.01


@dataclass(frozen=True)
class Sheet:
    """The whole swimlane on one plane, in layout points."""

    lanes: tuple[tuple[str, float, float], ...]  # role id, top, bottom
    columns: tuple[tuple[str, float, float], ...]  # phase id, left, right
    boxes: dict[str, Rect]
    routes: dict[tuple[str, str], tuple[Point, ...]]


def sheet(layout: Layout) -> Sheet:
    """The pages of a layout side by side, lanes as tall as their tallest page needs."""
    first = layout.pages[0]
    heights = [max(page.lanes[i].rect.h for page in layout.pages) for i in range(len(first.lanes))]
    tops = [first.lanes[0].rect.y + sum(heights[:i]) for i in range(len(heights))]
    lanes = tuple((lane.role_id, top, top + h) for lane, top, h in zip(first.lanes, tops, heights, strict=True))
    columns: list[tuple[str, float, float]] = []
    boxes: dict[str, Rect] = {}
    routes: dict[tuple[str, str], tuple[Point, ...]] = {}
    shift = 0.0
    for page in layout.pages:
        place = _Placer(page, tops, heights, first.columns[0].rect.x, shift)
        columns += [(c.phase_id, place.x(c.rect.x), place.x(c.rect.right)) for c in page.columns]
        boxes.update({box.step_id: place.rect(box.rect) for box in page.boxes})
        routes.update({(r.source, r.target): tuple(place.point(p) for p in r.points) for r in page.routes})
        shift = columns[-1][2] - first.columns[0].rect.x
    return Sheet(lanes, tuple(columns), boxes, routes)


@dataclass(frozen=True)
class _Placer:
    """Moves one page's geometry onto the sheet: right of the pages before it, into the common lanes."""

    page: Page
    tops: list[float]
    heights: list[float]
    origin: float  # where the sheet's body starts: the first page's first column
    shift: float  # the width of the pages before this one

    def x(self, x: float) -> float:
        return self.origin + self.shift + (x - self.page.columns[0].rect.x)

    def y(self, y: float) -> float:
        """Each lane's content stays centred in the lane's height on the sheet."""
        for lane, top, height in zip(self.page.lanes, self.tops, self.heights, strict=True):
            if y <= lane.rect.bottom + EPS:
                return top + (height - lane.rect.h) / 2 + (y - lane.rect.y)
        last = self.page.lanes[-1].rect
        return self.tops[-1] + self.heights[-1] + (y - last.bottom)

    def point(self, p: Point) -> Point:
        return (self.x(p[0]), self.y(p[1]))

    def rect(self, r: Rect) -> Rect:
        x, y = self.point((r.x, r.y))
        return Rect(x, y, r.w, r.h)


@dataclass(frozen=True)
class Channel:
    """A vertical gap between boxes: its layout span, where it starts on the diagram, its two zones."""

    lo: float
    hi: float
    start: float
    left: float  # room for the events and gateways after the boxes on its left
    right: float  # room for the gateways before the boxes on its right
    scale: float

    @property
    def end(self) -> float:
        return self.start + self.left + self.scale * (self.hi - self.lo) + self.right


@dataclass(frozen=True)
class XMap:
    """Layout x to diagram x: boxes keep their scaled width; gaps widen by what they must hold."""

    occupied: tuple[tuple[float, float, float], ...]  # layout lo, hi, diagram lo of each run of boxes
    channels: tuple[Channel, ...]
    scale: float

    @functools.cached_property
    def _run_starts(self) -> list[float]:
        return [lo for lo, _, _ in self.occupied]

    @functools.cached_property
    def _channel_starts(self) -> list[float]:
        return [c.lo for c in self.channels]

    def __call__(self, x: float) -> float:
        index = bisect_right(self._run_starts, x + EPS) - 1
        if index >= 0 and x <= self.occupied[index][1] + EPS:
            lo, _, start = self.occupied[index]
            return start + self.scale * (x - lo)
        channel = self.channels[self.channel_at(x)]
        if x <= channel.lo + EPS:
            return channel.start
        if x >= channel.hi - EPS:
            return channel.end
        return channel.start + channel.left + self.scale * (x - channel.lo)

    def channel_at(self, x: float) -> int:
        """Index of the channel x lies in (or the nearest one)."""
        index = bisect_right(self._channel_starts, x + EPS) - 1
        return min(max(index, 0), len(self.channels) - 1)

    def after(self, box: Rect) -> Channel:
        """The channel right of a box."""
        return next((c for c in self.channels if c.lo >= box.right - EPS), self.channels[-1])

    def before(self, box: Rect) -> Channel:
        """The channel left of a box."""
        return next((c for c in reversed(self.channels) if c.hi <= box.x + EPS), self.channels[0])


def stretch(
    body: tuple[float, float],
    boxes: dict[str, Rect],
    need: dict[str, tuple[float, float]],
    origin: float,
    scale: float,
) -> XMap:
    """The x map of a sheet's body starting at origin; need gives each box's room (left, right) in the gaps."""
    runs = _runs(sorted((r.x, r.right) for r in boxes.values()))
    edges = [body[0], *(x for run in runs for x in run), body[1]]
    spans = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]
    lefts = [0.0] * len(spans)
    rights = [0.0] * len(spans)
    los, his = [lo for lo, _ in spans], [hi for _, hi in spans]
    for step_id, rect in boxes.items():
        left, right = need.get(step_id, (0.0, 0.0))
        after = min(bisect_left(los, rect.right - EPS), len(spans) - 1)  # the first gap right of the box
        before = max(bisect_right(his, rect.x + EPS) - 1, 0)  # the last gap left of it
        lefts[after] = max(lefts[after], right)
        rights[before] = max(rights[before], left)
    channels: list[Channel] = []
    occupied: list[tuple[float, float, float]] = []
    x = origin
    for index, (lo, hi) in enumerate(spans):
        channel = Channel(lo, hi, x, lefts[index], rights[index], scale)
        channels.append(channel)
        x = channel.end
        if index < len(runs):
            occupied.append((runs[index][0], runs[index][1], x))
            x += scale * (runs[index][1] - runs[index][0])
    return XMap(tuple(occupied), tuple(channels), scale)


def _runs(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Overlapping x-intervals merged into runs, left to right."""
    runs: list[tuple[float, float]] = []
    for lo, hi in intervals:
        if runs and lo <= runs[-1][1] + EPS:
            runs[-1] = (runs[-1][0], max(runs[-1][1], hi))
        else:
            runs.append((lo, hi))
    return runs
