"""Channels: the lines between two columns or two rows of boxes set apart, with room moved to where lines need it.

Routed and nudged, the lines in a crowded gutter can still stand 2 pt apart (a nudge's midway), run
on top of each other or pass through an arrowhead beside a box, while other gutters have width to
spare. As in the last step of orthogonal connector routers (separation constraints between the
segments of one channel), this keeps the order of the lines in every channel, so no crossing appears
or goes, and solves for their positions only: each line at least PITCH from the lines it runs
beside, clear of the box sides, of the arrowheads on them and of a phase border. Lines that share a
stretch are parted in the order that crosses least.

Two kinds of channel: a gutter between two columns of boxes (vertical lines), where width moves to
it from gutters that can spare it and the boxes move with their gutters; and the space between two
rows of boxes in one lane (horizontal lines), which grows from the lane's margins above and below
its rows, where no line runs. Pure functions over routes and boxes; horizontal channels are solved
as vertical ones on the routes turned on their side (`_turned`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise, permutations

from rollout.layout.gates_edges import ARROW_HALF_WIDTH, MERGED, MIN_PARALLEL_GAP, conflicts, crossings
from rollout.layout.gates_edges import parallel_pairs as close_pairs
from rollout.layout.geometry import LaneBand, Point, Route, StepBox
from rollout.layout.route_grid import BORDER_CLEAR, BOX_CLEAR, PITCH, SlotGrid
from rollout.layout.route_ports import ENTRY_STUB

CLEAR, NEEDED = 1.0, 2.0  # scales of a channel (Channel.placed)
MOST = 3.0  # lines with room to spare stand at most MOST - CLEAR times their least gap apart
OUTER_LEAST = 2.0  # rows of boxes keep at least this far from their lane's borders
MOST_PARTED = 4  # lines on top of each other are parted in the best of all orders up to this many
EPSILON = 0.01

Stretch = tuple[float, float, int]  # from, to (along the line), route index
Key = tuple[int, float]  # a route and the x of one of its lines


@dataclass(frozen=True)
class Line:
    """Vertical stretches at one x that stay together, and how far they must keep from the channel's sides."""

    x: float
    stretches: tuple[Stretch, ...]
    left: float  # least distance from the channel's low side
    right: float  # from its high side


@dataclass(frozen=True)
class Channel:
    """The lines between two box sides, or between a box side and the phase border in a gutter's middle."""

    low: float
    high: float
    lines: tuple[Line, ...]
    gaps: tuple[float, ...]  # least distance between each line and the next

    def crowded(self) -> bool:
        """Whether some line stands too near its neighbour or a side."""
        return self._bounds(0.0) != self._bounds(NEEDED)

    def need(self, scale: float = NEEDED) -> float:
        """The narrowest channel its lines fit at a scale (see placed): by default every gap and clearance kept."""
        if not self.lines:
            return 0.0
        lefts, rights, gaps = self._bounds(scale)
        return max(p + right for p, right in zip(_from_low(0.0, lefts, gaps), rights, strict=True))

    def placed(self, low: float, high: float) -> tuple[float, ...] | None:
        """The lines' x in a channel from low to high, as far up the scale as room allows, centred.

        The scale: at 0 the lines keep the gaps and clearances they have now; towards CLEAR they
        move out of arrowheads and to their clearance from the sides; towards NEEDED each gap grows
        to what it needs; beyond, up to MOST, they spread further. None when not even 0 fits.
        """
        if not self._fits(low, high, 0.0):
            return None
        scale, step = 0.0, MOST
        for _ in range(24):
            step /= 2
            if self._fits(low, high, scale + step):
                scale += step
        if self._fits(low, high, MOST):
            scale = MOST
        lefts, rights, gaps = self._bounds(scale)
        first, last = _from_low(low, lefts, gaps), _from_high(high, rights, gaps)
        return tuple(round((a + b) / 2, 2) for a, b in zip(first, last, strict=True))

    def _fits(self, low: float, high: float, scale: float) -> bool:
        lefts, rights, gaps = self._bounds(scale)
        positions = _from_low(low, lefts, gaps)
        return all(p <= high - right + EPSILON for p, right in zip(positions, rights, strict=True))

    def _bounds(self, scale: float) -> tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]:
        """Clearances from the two sides and gaps between the lines at a scale (see placed)."""
        clear, apart = min(scale, CLEAR), min(max(scale - CLEAR, 0.0), 1.0)
        lefts = tuple(_between(min(line.left, line.x - self.low), line.left, clear) for line in self.lines)
        rights = tuple(_between(min(line.right, self.high - line.x), line.right, clear) for line in self.lines)
        now = (b.x - a.x for a, b in pairwise(self.lines))
        further = max(scale - CLEAR, 1.0)
        gaps = tuple(_between(min(gap, held), gap, apart) * further for gap, held in zip(self.gaps, now, strict=True))
        return lefts, rights, gaps


def _between(now: float, wanted: float, share: float) -> float:
    return round(now + share * (wanted - now), 2)


def _from_low(low: float, lefts: tuple[float, ...], gaps: tuple[float, ...]) -> list[float]:
    positions: list[float] = []
    for k, left in enumerate(lefts):
        positions.append(low + left if k == 0 else max(low + left, positions[-1] + gaps[k - 1]))
    return positions


def _from_high(high: float, rights: tuple[float, ...], gaps: tuple[float, ...]) -> list[float]:
    positions: list[float] = []
    for k in range(len(rights) - 1, -1, -1):
        most = high - rights[k]
        positions.append(most if not positions else min(most, positions[-1] - gaps[k]))
    return positions[::-1]


def readability(routes: tuple[Route, ...]) -> tuple[int, float, int, int]:
    """How hard the edges are to follow, worst first: as gates_edges.conflicts, lines too close weighed by how close."""
    worst, _, crossed, bends = conflicts(routes)
    short = sum(MIN_PARALLEL_GAP - gap for _, _, gap in close_pairs(routes) if gap >= MERGED)
    return worst, round(short, 2), crossed, bends


# Gutters: vertical lines between two columns of boxes.


def gutter_channels(routes: tuple[Route, ...], grid: SlotGrid) -> dict[int, tuple[Channel, ...]]:
    """For each inner gutter, its channel (two, either side of the phase border, in a border's gutter)."""
    borders = grid.phase_border_gutters()
    found: dict[int, tuple[Channel, ...]] = {}
    for k in range(1, len(grid.gutters) - 1):
        low, high = grid.rights[k - 1], grid.lefts[k]
        lines = _lines(routes, low, high)
        if k in borders:
            middle = grid.starts[k]
            found[k] = (
                _channel(low, middle, [line for line in lines if line.x < middle], BORDER_CLEAR, "right"),
                _channel(middle, high, [line for line in lines if line.x > middle], BORDER_CLEAR, "left"),
            )
        else:
            found[k] = (_channel(low, high, lines, 0.0, ""),)
    return found


def widened(grid: SlotGrid, channels: dict[int, tuple[Channel, ...]]) -> tuple[float, ...] | None:
    """Gutter widths (same total) giving crowded gutters what their lines need, as far as others can spare it.

    None when no gutter is crowded. Room goes first to clearing arrowheads and box sides, then to
    setting lines apart; a gutter gives up to its own need; crowded gutters share what there is in
    proportion to what they lack.
    """
    crowded = [k for k, found in channels.items() if any(channel.crowded() for channel in found)]
    if not crowded:
        return None
    gutters = list(grid.gutters)
    borders = grid.phase_border_gutters()
    spare = {
        k: gutters[k] - _gutter_need(found, k in borders, NEEDED) for k, found in channels.items() if k not in crowded
    }
    spare = {k: room for k, room in spare.items() if room > EPSILON}
    for scale in (CLEAR, NEEDED):
        lacking = {k: _gutter_need(channels[k], k in borders, scale) - gutters[k] for k in crowded}
        lacking = {k: lack for k, lack in lacking.items() if lack > EPSILON}
        asked, offered = sum(lacking.values()), sum(spare.values())
        moved = min(asked, offered)
        if moved <= EPSILON:
            continue
        for k, lack in lacking.items():
            gutters[k] += lack * moved / asked
        for k, room in spare.items():
            gutters[k] -= room * moved / offered
            spare[k] = room * (1 - moved / offered)
    rounded = [round(g, 2) for g in gutters]
    widest = max(channels, key=lambda k: (rounded[k], -k))
    rounded[widest] = round(rounded[widest] + sum(grid.gutters) - sum(rounded), 2)
    return tuple(rounded)


def _gutter_need(found: tuple[Channel, ...], border: bool, scale: float) -> float:
    if border:
        return 2 * max(max(channel.need(scale), BORDER_CLEAR + BOX_CLEAR) for channel in found)
    return max(found[0].need(scale), 2 * BOX_CLEAR)


def respaced(
    routes: tuple[Route, ...], old: SlotGrid, new: SlotGrid, channels: dict[int, tuple[Channel, ...]]
) -> tuple[Route, ...] | None:
    """The routes on the new grid: each box's points moved with it, each gutter's lines placed anew.

    A gutter as wide as it was and not crowded moves as a whole. None when some gutter's lines
    cannot keep their clearances in its new width.
    """
    moves: dict[Key, float] = {}
    for k, found in channels.items():
        shift = new.lefts[k] - old.lefts[k]
        same = abs(new.gutters[k] - old.gutters[k]) < EPSILON
        for channel in found:
            if same and not channel.crowded():
                moves.update(_moves(channel, tuple(line.x + shift for line in channel.lines)))
                continue
            low = new.rights[k - 1] if channel.low == old.rights[k - 1] else new.starts[k]
            high = new.lefts[k] if channel.high == old.lefts[k] else new.starts[k]
            positions = channel.placed(low, high)
            if positions is None:
                return None
            moves.update(_moves(channel, positions))
    breaks = [
        (x, x + new.lefts[k] - old.lefts[k]) for k in range(len(old.lefts)) for x in (old.lefts[k], old.rights[k])
    ]
    ordered = sorted(set(breaks))
    return tuple(_moved(route, index, moves, ordered) for index, route in enumerate(routes))


# Rows: horizontal lines between two rows of boxes in one lane.


def rows_respaced(
    routes: tuple[Route, ...], boxes: tuple[StepBox, ...], lanes: tuple[LaneBand, ...]
) -> tuple[tuple[Route, ...], tuple[StepBox, ...]] | None:
    """Routes and boxes with the rows of crowded lanes moved apart into their margins, the lines between placed anew.

    None when no lane's rows are crowded, or none can move.
    """
    turned = _turned(routes)
    moves: dict[Key, float] = {}
    breaks: list[tuple[float, float]] = []
    shifts: dict[tuple[int, int], float] = {}
    for lane in lanes:
        tops = _row_tops(boxes, lane.index)
        if len(tops) < 2:
            continue
        height = max(box.rect.h for box in boxes if box.lane == lane.index)
        found = [_channel(a + height, b, _lines(turned, a + height, b), 0.0, "") for a, b in pairwise(tops)]
        new_tops = _rows_apart(lane, tops, height, found, routes)
        if new_tops is None:
            continue
        placed = [channel.placed(a + height, b) for (a, b), channel in zip(pairwise(new_tops), found, strict=True)]
        if all(positions is not None for positions in placed):
            for channel, positions in zip(found, placed, strict=True):
                moves.update(_moves(channel, positions or ()))
            for row, (top, new) in enumerate(zip(tops, new_tops, strict=True)):
                shifts[(lane.index, row)] = new - top
                breaks += [(top, new), (top + height, new + height)]
    if not shifts:
        return None
    breaks += [(y, y) for lane in lanes for y in (lane.rect.y, lane.rect.bottom)]
    ordered = sorted(set(breaks))
    moved = tuple(_turned((_moved(route, index, moves, ordered),))[0] for index, route in enumerate(turned))
    return moved, tuple(_shifted(box, shifts.get((box.lane, box.row), 0.0)) for box in boxes)


def _row_tops(boxes: tuple[StepBox, ...], lane: int) -> list[float]:
    """The top of each row of boxes in a lane, when every row has one (else none)."""
    tops: dict[int, float] = {}
    for box in boxes:
        if box.lane == lane:
            tops[box.row] = box.rect.y
    return [tops[row] for row in range(len(tops))] if set(tops) == set(range(len(tops))) else []


def _rows_apart(
    lane: LaneBand, tops: list[float], height: float, found: list[Channel], routes: tuple[Route, ...]
) -> list[float] | None:
    """New row tops: crowded gaps between rows widened by what the lane's margins spare (None: nothing to do)."""
    if not any(channel.crowded() for channel in found):
        return None
    above, below = tops[0] - lane.rect.y, lane.rect.bottom - tops[-1] - height
    if _runs_across(routes, lane.rect.y, tops[0]) or _runs_across(routes, tops[-1] + height, lane.rect.bottom):
        return None
    lacking = [max(0.0, channel.need() - (channel.high - channel.low)) for channel in found]
    spare = {"above": max(0.0, above - OUTER_LEAST), "below": max(0.0, below - OUTER_LEAST)}
    asked, offered = sum(lacking), sum(spare.values())
    moved = min(asked, offered)
    if moved <= EPSILON:
        return None
    new = [tops[0] - spare["above"] * moved / offered]
    for top, following, lack in zip(tops, tops[1:], lacking, strict=False):
        new.append(new[-1] + following - top + lack * moved / asked)
    return [round(top, 2) for top in new]


def _runs_across(routes: tuple[Route, ...], low: float, high: float) -> bool:
    """Whether some horizontal stretch runs strictly between two heights."""
    return any(
        ay == by and low + EPSILON < ay < high - EPSILON
        for route in routes
        for (_, ay), (_, by) in pairwise(route.points)
    )


def _shifted(box: StepBox, dy: float) -> StepBox:
    if not dy:
        return box
    rect = replace(box.rect, y=round(box.rect.y + dy, 2))
    return replace(box, text=replace(box.text, rect=rect))


# Lines of one channel, on either axis.


def _lines(routes: tuple[Route, ...], low: float, high: float) -> list[Line]:
    """The vertical lines strictly inside a channel, with the clearances their box sides ask for.

    Stretches of different edges on top of each other at one x become lines of their own, parted
    in the order that crosses least.
    """
    at: dict[float, list[Stretch]] = {}
    for index, route in enumerate(routes):
        for (ax, ay), (bx, by) in pairwise(route.points):
            if ax == bx and ay != by and low + EPSILON < ax < high - EPSILON:
                at.setdefault(round(ax, 2), []).append((min(ay, by), max(ay, by), index))
    entries = [(route.points[-2], route.points[-1], index) for index, route in enumerate(routes)]
    lines = []
    for x in sorted(at):
        for stretches in _parted(routes, x, sorted(at[x])):
            left = max(BOX_CLEAR, *(_clearance(entry, x, stretches, low) for entry in entries))
            right = max(BOX_CLEAR, *(_clearance(entry, x, stretches, high) for entry in entries))
            lines.append(Line(x, stretches, left, right))
    return lines


def _parted(routes: tuple[Route, ...], x: float, stretches: list[Stretch]) -> list[tuple[Stretch, ...]]:
    """The stretches at one x as lines: one line, or one per edge when edges run on top of each other there."""
    owners = sorted({route for _, _, route in stretches})
    if len(owners) < 2 or not _overlapping(stretches):
        return [tuple(stretches)]
    orders = permutations(owners) if len(owners) <= MOST_PARTED else iter((tuple(owners),))
    best = min(orders, key=lambda order: (_crossed(routes, x, order), order))
    return [tuple(s for s in stretches if s[2] == route) for route in best]


def _overlapping(stretches: list[Stretch]) -> bool:
    return _beside(stretches, stretches)


def _beside(some: Sequence[Stretch], others: Sequence[Stretch]) -> bool:
    """Whether a stretch of one edge runs beside (or nearly beside, end to end) a stretch of another."""
    return any(a[2] != b[2] and min(a[1], b[1]) - max(a[0], b[0]) > -MIN_PARALLEL_GAP for a in some for b in others)


def _crossed(routes: tuple[Route, ...], x: float, order: tuple[int, ...]) -> int:
    """Crossings among the edges at x when they are parted there in this order (a point apart)."""
    trial = list(routes)
    for rank, index in enumerate(order):
        offset = rank - (len(order) - 1) / 2
        trial[index] = replace(
            routes[index],
            points=tuple((px + offset if round(px, 2) == x else px, py) for px, py in routes[index].points),
        )
    return crossings(tuple(trial))


Entry = tuple[Point, Point, int]  # the last bend, the arrow's tip, the route


def _clearance(entry: Entry, x: float, stretches: tuple[Stretch, ...], side: float) -> float:
    """How far a line at x must keep from a box side for one arrow into that side.

    The arrow's own last bend keeps its arrowhead's length; another edge's line passing the
    arrowhead's height keeps out of the arrowhead.
    """
    (bx, by), (tx, ty), owner = entry
    if by != ty or abs(tx - side) > EPSILON:
        return 0.0
    if round(bx, 2) == x and any(route == owner for _, _, route in stretches):
        return ENTRY_STUB
    passes = any(
        route != owner and top < ty + ARROW_HALF_WIDTH and ty - ARROW_HALF_WIDTH < bottom
        for top, bottom, route in stretches
    )
    return ENTRY_STUB if passes else 0.0


def _channel(low: float, high: float, lines: list[Line], border: float, which: str) -> Channel:
    """A channel; the side on the phase border (`which`) keeps `border` from it instead of the box clearance."""
    if which == "right":
        lines = [replace(line, right=border) for line in lines]
    elif which == "left":
        lines = [replace(line, left=border) for line in lines]
    gaps = tuple(_gap(a, b) for a, b in pairwise(lines))
    return Channel(low, high, tuple(lines), gaps)


def _gap(a: Line, b: Line) -> float:
    """PITCH between two lines of which some stretches of different edges run beside each other, else MERGED."""
    return PITCH if _beside(a.stretches, b.stretches) else MERGED


def _moves(channel: Channel, positions: tuple[float, ...]) -> dict[Key, float]:
    return {
        (route, line.x): round(x, 2)
        for line, x in zip(channel.lines, positions, strict=True)
        for route in {s[2] for s in line.stretches}
    }


def _moved(route: Route, index: int, moves: dict[Key, float], breaks: list[tuple[float, float]]) -> Route:
    """A route with its lines placed anew and every other point moved as the boxes nearest it moved."""
    points = []
    last = len(route.points) - 1
    for k, (x, y) in enumerate(route.points):
        placed = moves.get((index, round(x, 2))) if 0 < k < last else None
        points.append((placed if placed is not None else _mapped(x, breaks), y))
    return Route(route.source, route.target, tuple(points), route.kind, route.colour)


def _mapped(x: float, breaks: list[tuple[float, float]]) -> float:
    """The x moved by the piecewise linear map through sorted (old, new) break points (beyond them: as the nearest)."""
    below = [b for b in breaks if b[0] <= x + EPSILON]
    above = [b for b in breaks if b[0] >= x - EPSILON]
    if not below:
        return round(x + above[0][1] - above[0][0], 2)
    if not above:
        return round(x + below[-1][1] - below[-1][0], 2)
    (a, na), (b, nb) = below[-1], above[0]
    if b - a < EPSILON:
        return round(na + x - a, 2)
    return round(na + (x - a) * (nb - na) / (b - a), 2)


def _turned(routes: tuple[Route, ...]) -> tuple[Route, ...]:
    """The routes with x and y swapped: horizontal lines become vertical ones (and back)."""
    return tuple(replace(route, points=tuple((y, x) for x, y in route.points)) for route in routes)
