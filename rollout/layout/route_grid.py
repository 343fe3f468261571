"""The track grid the router searches: lines where edge segments may run, and which crossings of them are free.

Vertical tracks run in the gutters between slots and through the slots themselves (usable only in
empty cells); horizontal tracks run through each row band of each lane. Tracks are never closer
than PITCH to each other, never within BORDER_CLEAR of a lane or phase border, never within
BOX_CLEAR of a box: so two edges on different tracks are always at least PITCH apart, and no edge
can hug a border or touch a box.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rollout.layout.geometry import LaneBand, Rect, StepBox

PITCH = 4.0  # smallest distance between two parallel segments
BORDER_CLEAR = 3.5  # no segment along a lane or phase border closer than this
BOX_CLEAR = 2.0  # no track closer than this to a box side


@dataclass(frozen=True)
class SlotGrid:
    """Slot boundaries across all columns of a page, and where each slot's box stands.

    The gutters between the boxes need not be equal: a page makes them wider where many edges
    run up or down between two columns of boxes.
    """

    starts: tuple[float, ...]  # left edge of each global slot, plus the right edge of the last
    offsets: tuple[int, ...]  # global index of the first slot of each column
    lefts: tuple[float, ...]  # left edge of the box in each global slot
    widths: tuple[float, ...]  # width of the boxes in each global slot

    @classmethod
    def build(cls, col_x: list[float], slot_w: float, slots: tuple[int, ...], box_w: float) -> SlotGrid:
        """Equal slots, each box centred in its slot."""
        gutter, count = slot_w - box_w, sum(slots)
        return cls.spaced(col_x[0], (box_w,) * count, (gutter / 2, *(gutter,) * (count - 1), gutter / 2), slots)

    @classmethod
    def spaced(
        cls, body_x: float, widths: tuple[float, ...], gutters: tuple[float, ...], slots: tuple[int, ...]
    ) -> SlotGrid:
        """Boxes of the given widths with the given gutters between them (the first and last from the body's edges).

        A slot's border is the middle of the gutter, so a phase border stands midway between two boxes.
        """
        lefts: list[float] = []
        x = body_x
        for gutter, width in zip(gutters, widths, strict=False):
            x += gutter
            lefts.append(x)
            x += width
        right = x + gutters[-1]
        starts = [body_x, *((left - gutter / 2) for left, gutter in zip(lefts[1:], gutters[1:-1], strict=True))]
        offsets = [sum(slots[:column]) for column in range(len(slots))]
        return cls((*starts, right), tuple(offsets), tuple(lefts), widths)

    @property
    def gutters(self) -> tuple[float, ...]:
        """The free width left of each box, and right of the last."""
        rights = (self.starts[0], *self.rights)
        return (*(left - right for left, right in zip(self.lefts, rights, strict=False)), self.starts[-1] - rights[-1])

    @property
    def rights(self) -> tuple[float, ...]:
        """The right edge of the box in each global slot."""
        return tuple(left + width for left, width in zip(self.lefts, self.widths, strict=True))

    def index(self, column: int, slot: int) -> int:
        return self.offsets[column] + slot

    def box_left(self, column: int, slot: int) -> float:
        return self.lefts[self.index(column, slot)]

    def borders(self) -> tuple[float, ...]:
        """X of every phase border, the body's outer edges included."""
        return (*(self.starts[offset] for offset in self.offsets), self.starts[-1])

    def phase_border_gutters(self) -> frozenset[int]:
        """Indices (into gutters) of the gutters a phase border runs through."""
        return frozenset(offset for offset in self.offsets[1:])


@dataclass(frozen=True)
class TrackGrid:
    """Track positions and the grid nodes that lie inside (or too near) a box."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    blocked: frozenset[int]

    def node(self, i: int, j: int) -> int:
        return i * len(self.ys) + j

    def ij(self, node: int) -> tuple[int, int]:
        return divmod(node, len(self.ys))

    def point(self, node: int) -> tuple[float, float]:
        i, j = self.ij(node)
        return (self.xs[i], self.ys[j])

    def xs_between(self, low: float, high: float) -> range:
        """Indices of vertical tracks with low <= x <= high."""
        return range(bisect_left(self.xs, low - 1e-6), bisect_right(self.xs, high + 1e-6))

    def ys_between(self, low: float, high: float) -> range:
        """Indices of horizontal tracks with low <= y <= high."""
        return range(bisect_left(self.ys, low - 1e-6), bisect_right(self.ys, high + 1e-6))


def build_tracks(boxes: tuple[StepBox, ...], lanes: tuple[LaneBand, ...], grid: SlotGrid) -> TrackGrid:
    """The track grid of a page."""
    xs = _spaced(_filtered(_x_candidates(grid), grid.borders()))
    row_bands = _row_bands(boxes, lanes)
    lane_borders = tuple(sorted({lane.rect.y for lane in lanes} | {lane.rect.bottom for lane in lanes}))
    ys = _spaced(_filtered(_y_candidates(row_bands, lane_borders), lane_borders))
    tracks = TrackGrid(xs, ys, frozenset())
    blocked = {
        tracks.node(i, j)
        for box in boxes
        for i in tracks.xs_between(box.rect.x - BOX_CLEAR + 0.01, box.rect.right + BOX_CLEAR - 0.01)
        for j in tracks.ys_between(box.rect.y - BOX_CLEAR + 0.01, box.rect.bottom + BOX_CLEAR - 0.01)
    }
    return TrackGrid(xs, ys, frozenset(blocked))


def _x_candidates(grid: SlotGrid) -> list[float]:
    """Tracks centred in each gutter and in each slot, PITCH apart, clear of the boxes."""
    found: list[float] = []
    for left, right in zip(grid.lefts, grid.rights, strict=True):  # through the slot: 2 pitches apart,
        found += _centred(left + BOX_CLEAR, right - BOX_CLEAR, 2 * PITCH)  # used only where its cell is empty
    # each gutter; the outer two as if mirrored beyond the body's edge, so their tracks keep clear of it
    first, last = grid.starts[0], grid.starts[-1]
    rights = (2 * first - grid.lefts[0], *grid.rights)
    lefts = (*grid.lefts, 2 * last - grid.rights[-1])
    for right, left in zip(rights, lefts, strict=True):
        found += _packed(right + BOX_CLEAR, left - BOX_CLEAR)
    return [x for x in found if grid.starts[0] < x < grid.starts[-1]]


def _row_bands(boxes: tuple[StepBox, ...], lanes: tuple[LaneBand, ...]) -> list[tuple[float, float, float]]:
    """(top, centre, bottom) of every row of boxes in every lane; an empty lane is one row."""
    rows: dict[int, int] = {}
    for box in boxes:
        rows[box.lane] = max(rows.get(box.lane, 1), box.row + 1)
    bands = []
    for lane in lanes:
        count = rows.get(lane.index, 1)
        height = lane.rect.h / count
        for row in range(count):
            top = lane.rect.y + row * height
            bands.append((top, top + height / 2, top + height))
    return bands


def _y_candidates(bands: list[tuple[float, float, float]], lane_borders: tuple[float, ...]) -> list[float]:
    """Tracks PITCH apart around the centre of every row band, and one between two rows of one lane.

    The track between two rows is the only one clear of both rows' boxes: the tracks near it give way.
    """
    found: list[float] = []
    for top, centre, bottom in bands:
        reach = min(centre - top, bottom - centre)
        steps = int(reach // PITCH)
        found += [centre + k * PITCH for k in range(-steps, steps + 1)]
    between = [round(bottom, 2) for _, _, bottom in bands[:-1] if round(bottom, 2) not in _rounded(lane_borders)]
    if not between:
        return found
    found = [y for y in found if all(abs(y - b) >= PITCH - 1e-6 for b in between)]
    return found + between


def _rounded(values: tuple[float, ...]) -> set[float]:
    return {round(v, 2) for v in values}


def _centred(low: float, high: float, pitch: float = PITCH) -> list[float]:
    """Positions pitch apart, centred between low and high, all inside."""
    if high < low:
        return []
    middle = (low + high) / 2
    steps = int((high - low) / 2 // pitch)
    return [middle + k * pitch for k in range(-steps, steps + 1)]


def _packed(low: float, high: float) -> list[float]:
    """As many positions PITCH apart as fit between low and high, centred."""
    if high < low:
        return []
    count = int((high - low) / PITCH + 1e-6) + 1
    middle = (low + high) / 2
    return [middle + (k - (count - 1) / 2) * PITCH for k in range(count)]


def _filtered(candidates: list[float], borders: tuple[float, ...]) -> list[float]:
    return [c for c in candidates if all(abs(c - border) >= BORDER_CLEAR for border in borders)]


def _spaced(candidates: list[float]) -> tuple[float, ...]:
    """Sorted positions with any closer than PITCH to the one kept before it dropped."""
    kept: list[float] = []
    for value in sorted(round(c, 2) for c in candidates):
        if not kept or value - kept[-1] >= PITCH - 1e-6:
            kept.append(value)
    return tuple(kept)


def inside(rect: Rect, x: float, y: float) -> bool:
    """Whether a point lies inside a rectangle (edges included)."""
    return rect.x <= x <= rect.right and rect.y <= y <= rect.bottom
