"""The search behind the router: A* over the track grid from exit ports to entry ports.

A segment may not run along a track stretch another edge uses, nor turn where another edge passes,
nor pass through another edge's port or arrowhead stub: two edges meet only where they cross at a
right angle. The cost of a route is its length, plus a penalty per bend and per crossing. Each rule
is a prohibitive cost rather than a wall, so a route is always found; the gates report a breach.
"""

from __future__ import annotations

import heapq
from itertools import pairwise

from rollout.layout.geometry import Point, Rect, Route, StepBox
from rollout.layout.route_grid import TrackGrid
from rollout.layout.route_ports import ENTRY_STUB, E, N, Port, S, W, box_ports

BEND = 30.0
CROSS = 30.0
SIDE_PORT = 14.0  # leaving from the top or bottom, or entering from the top or bottom, costs this more
ENTRY_TURN = 10.0  # a bend right behind the arrowhead walls off its track; better a little farther back
HOLD = 1000.0  # passing over a port planned for a later edge: it will have to move along its side
FORBIDDEN = 10_000.0  # a move that breaks a rule: taken only when no clean route exists
TOLERATED = 80.0  # the same in the later search, for an edge with no clean route within MAX_STEPS
MAX_STEPS = 5_000  # states one search may expand (a count: the result never depends on the clock)
LAST_STEPS = 50_000  # the same for the last search, the one clear of boxes only

HORIZONTAL, VERTICAL, TAKEN = 1, 2, 4


class Router:
    """Routes edges one by one on a track grid, remembering which nodes earlier routes took.

    Ports planned for edges not yet routed are held: other routes keep off them.
    """

    def __init__(self, tracks: TrackGrid, boxes: tuple[Rect, ...]) -> None:
        self.tracks = tracks
        self.boxes = boxes
        self.use = [0] * (len(tracks.xs) * len(tracks.ys))
        self.held = [0] * len(self.use)
        self.walls = tracks.blocked
        self.forbidden = FORBIDDEN

    def claim(self, nodes: list[int]) -> bool:
        """Take these nodes for a route drawn without a search, if no route has any of them; whether it could."""
        if not nodes or any(self.use[n] or n in self.walls for n in nodes):
            return False
        for node in nodes:
            self.use[node] |= TAKEN
        return True

    def hold(self, port: Port, count: int = 1) -> None:
        for node in (port.node, *port.stub):
            self.held[node] += count

    def route(self, source: StepBox, target: StepBox, start: Port, end: Port) -> Route:
        """The cheapest route from the planned exit (or a free top or bottom one) to the planned entry (likewise)."""
        self.hold(start, -1)
        self.hold(end, -1)
        starts = [self.nearest_free(source, start, out=True), *self.spare(source, out=True)]
        ends = [self.nearest_free(target, end, out=False), *self.spare(target, out=False)]
        found = None
        for self.forbidden in (FORBIDDEN, TOLERATED):  # clean, else touching others where it must
            found = self.search(starts, ends, target)
            if found is not None:
                break
        self.forbidden = 0.0
        if found is None:  # the shortest route clear of the boxes, not recorded: its overlaps spoil no later route
            found = self.search(starts, ends, target)
            self.forbidden = FORBIDDEN
            if found is not None:
                path, first, last = found
                self.commit_ports(first, last)
                points = [first.anchor, *(self.tracks.point(node) for node in path), last.anchor]
                return Route(source.step_id, target.step_id, corners(points), f"{first.side}-{last.side}")
        self.forbidden = FORBIDDEN
        if found is None:  # no route within the searches' steps: a plain line, for the gates to flag
            a, b = starts[0].anchor, ends[0].anchor
            points = [a, ((a[0] + b[0]) / 2, a[1]), ((a[0] + b[0]) / 2, b[1]), b]
            return Route(source.step_id, target.step_id, corners(points), f"{starts[0].side}-{ends[0].side}")
        path, first, last = found
        self.commit(path, first, last)
        points = [first.anchor, *(self.tracks.point(node) for node in path), last.anchor]
        return Route(source.step_id, target.step_id, corners(points), f"{first.side}-{last.side}")

    def spare(self, box: StepBox, out: bool) -> list[Port]:
        """Free ports on the top and bottom of a box: an edge may turn into them instead of its planned side."""
        return [
            p
            for p in self.ports(box, out)
            if p.side in ("top", "bottom") and self.port_cost(p) < self.forbidden and not self.is_held(p)
        ]

    def nearest_free(self, box: StepBox, planned: Port, out: bool) -> Port:
        """The planned port if no route took it since, else the free port of the box nearest to it."""
        if self.port_cost(planned) < self.forbidden:
            return planned
        free = [p for p in self.ports(box, out) if self.port_cost(p) < self.forbidden and not self.is_held(p)]
        px, py = planned.anchor
        return min(
            free,
            key=lambda p: (p.side != planned.side, abs(p.anchor[0] - px) + abs(p.anchor[1] - py), p.node),
            default=planned,
        )

    def is_held(self, port: Port) -> bool:
        return any(self.held[n] for n in (port.node, *port.stub))

    def taken(self, node: int) -> int:
        return self.use[node]

    def port_cost(self, port: Port) -> float:
        """The stub's length, prohibitive when the port is taken."""
        taken = any(self.taken(n) for n in (port.node, *port.stub))
        return port.length + (self.forbidden if taken else 0.0)

    def ports(self, box: StepBox, out: bool) -> list[Port]:
        return box_ports(self.tracks, self.boxes, box, out)

    def search(self, starts: list[Port], ends: list[Port], target: StepBox) -> tuple[list[int], Port, Port] | None:
        """A* over (node, direction) states from any start port's node to any end port's node.

        A state is node * 4 + direction; the loop keeps to local names, as it runs a million times.
        At most MAX_STEPS states are expanded (a count, so the result never depends on the clock);
        None when no route was found by then.
        """
        t, use, held, walls, forbidden = self.tracks, self.use, self.held, self.walls, self.forbidden
        xs, ys, nx, ny = t.xs, t.ys, len(t.xs), len(t.ys)
        r = target.rect
        left, right, top, bottom = r.x - ENTRY_STUB, r.right + ENTRY_STUB, r.y - ENTRY_STUB, r.bottom + ENTRY_STUB
        goals: dict[int, list[Port]] = {}
        for port in ends:
            goals.setdefault(port.node, []).append(port)

        # the estimate: distance to the target's entry area plus a bend for each turn still unavoidable,
        # its parts per track computed once (the loop runs a million times)
        far_x = [max(0.0, left - x, x - right) for x in xs]
        far_y = [max(0.0, top - y, y - bottom) for y in ys]
        way_x = [3 * ((E if x < left else W) if not left <= x <= right else 2) for x in xs]
        way_y = [(S - 2 if y < top else N - 2) if not top <= y <= bottom else 2 for y in ys]

        queue: list[tuple[float, float, int]] = []
        best = [1e18] * (4 * len(xs) * ny)
        parent: dict[int, int] = {}
        origin: dict[int, Port] = {}  # the start port of each first state
        for port in starts:
            state = port.node * 4 + port.direction
            cost = self.port_cost(port) + _side_cost(port, "right")
            if cost < best[state]:
                best[state], parent[state], origin[state] = cost, -1, port
                i, j = divmod(port.node, ny)
                guess = far_x[i] + far_y[j] + _BEND_TURNS[port.direction * 9 + way_x[i] + way_y[j]]
                heapq.heappush(queue, (cost + guess, cost, state))
        finished: tuple[float, int, Port] | None = None
        steps = 0
        limit = LAST_STEPS if forbidden == 0.0 else MAX_STEPS
        while queue and steps < limit:
            steps += 1
            bound, cost, state = heapq.heappop(queue)
            if finished is not None and bound >= finished[0]:
                break  # the estimate never overstates: nothing left in the queue can do better
            if cost > best[state]:
                continue
            node, heading = divmod(state, 4)
            for port in goals.get(node, ()):
                if heading != port.direction ^ 1:
                    turn = 0.0 if heading == port.direction else self.turn_cost(node) + ENTRY_TURN
                    total = cost + self.port_cost(port) + turn + _side_cost(port, "left", "right")
                    if finished is None or total < finished[0]:
                        finished = (total, state, port)
            i, j = divmod(node, ny)
            here = use[node]
            hold = HOLD if held[node] else 0.0
            turn_cost = BEND + hold + (forbidden if here else 0.0)
            for direction in _ONWARD[heading]:
                if direction == E:
                    ni, nj = i + 1, j
                elif direction == W:
                    ni, nj = i - 1, j
                elif direction == S:
                    ni, nj = i, j + 1
                else:
                    ni, nj = i, j - 1
                if ni < 0 or nj < 0 or ni >= nx or nj >= ny:
                    continue
                nxt = ni * ny + nj
                if nxt in walls:
                    continue
                mine = TAKEN | (HORIZONTAL if direction < S else VERTICAL)
                if direction == heading:
                    step = forbidden if here & mine else (CROSS if here else 0.0) + hold
                else:
                    step = turn_cost
                step += abs(xs[ni] - xs[i]) + abs(ys[nj] - ys[j])
                if use[nxt] & mine:
                    step += forbidden
                new = cost + step
                key = nxt * 4 + direction
                if new < best[key]:
                    best[key], parent[key] = new, state
                    heapq.heappush(
                        queue,
                        (new + (far_x[ni] + far_y[nj] + _BEND_TURNS[direction * 9 + way_x[ni] + way_y[nj]]), new, key),
                    )
        if finished is None:
            return None
        _, last, end = finished
        path = []
        at = first = last
        while at >= 0:
            path.append(at // 4)
            first, at = at, parent[at]
        path.reverse()
        return path, origin[first], end

    def turn_cost(self, node: int) -> float:
        return BEND + (self.forbidden if self.use[node] else 0.0) + (HOLD if self.held[node] else 0.0)

    def commit_ports(self, start: Port, end: Port) -> None:
        """Record only the ports and stubs of a route: later routes may cross its lines, never share its ends."""
        for node in (start.node, *start.stub, end.node, *end.stub):
            self.use[node] |= TAKEN

    def commit(self, path: list[int], start: Port, end: Port) -> None:
        """Record the nodes a route takes: its ports, stubs and bends wholly, the rest by direction."""
        for node in (*start.stub, *end.stub, path[0]):
            self.use[node] |= TAKEN
        last = path[-1]  # crossable behind the arrowhead when the route runs straight into the box
        straight = len(path) > 1 and _direction(path[-2], last, self.tracks) == end.direction
        self.use[last] |= _orientation(end.direction) if straight else TAKEN
        for before, node, after in zip(path, path[1:], path[2:], strict=False):
            straight = _direction(before, node, self.tracks) == _direction(node, after, self.tracks)
            self.use[node] |= _orientation(_direction(node, after, self.tracks)) if straight else TAKEN


def _turns_needed(heading: int, across: int, down: int) -> int:
    """The fewest turns from a heading that still has to go `across` (E, W or -1) and `down` (S, N or -1)."""
    needed = [d for d in (across, down) if d >= 0]
    if not needed:
        return 0
    if heading in needed:
        return len(needed) - 1
    if len(needed) == 1 and heading == needed[0] ^ 1:
        return 2  # straight away from it: turn, and turn again
    return len(needed) if (heading ^ 1) in needed else 1


_BEND_TURNS = tuple(  # indexed heading * 9 + across * 3 + down; across E, W or none (2); down S, N or none (2)
    BEND * _turns_needed(heading, (E, W, -1)[across], (S, N, -1)[down])
    for heading in (E, W, S, N)
    for across in range(3)
    for down in range(3)
)


def _side_cost(port: Port, *usual: str) -> float:
    return 0.0 if port.side in usual else SIDE_PORT


_ONWARD = ((E, S, N), (W, S, N), (S, E, W), (N, E, W))  # straight on, or a turn; never back


def _orientation(direction: int) -> int:
    return HORIZONTAL if direction in (E, W) else VERTICAL


def _direction(a: int, b: int, tracks: TrackGrid) -> int:
    (ai, aj), (bi, bj) = tracks.ij(a), tracks.ij(b)
    if bi != ai:
        return E if bi > ai else W
    return S if bj > aj else N


def corners(points: list[Point]) -> tuple[Point, ...]:
    """The polyline's start, its bends and its end (collinear points dropped), rounded."""
    rounded = [(round(x, 2), round(y, 2)) for x, y in points]
    kept = [rounded[0]]
    for point, after in pairwise(rounded[1:]):
        before = kept[-1]
        if (before[0] == point[0] == after[0]) or (before[1] == point[1] == after[1]):
            continue
        kept.append(point)
    kept.append(rounded[-1])
    return tuple(kept)
