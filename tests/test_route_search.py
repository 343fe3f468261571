"""The router's search estimate never overstates the turns a route still needs (so A* may stop early)."""

from __future__ import annotations

from itertools import product

import pytest

from rollout.layout.route_ports import E, N, S, W
from rollout.layout.route_search import _turns_needed

_STEP = {E: (1, 0), W: (-1, 0), S: (0, 1), N: (0, -1)}
_TURNS = {E: (S, N), W: (S, N), S: (E, W), N: (E, W)}


def _fewest_turns(heading: int, dx: int, dy: int) -> int:
    """Breadth-first over (offset, heading) on a small open grid: the true fewest turns to reach the target."""
    frontier = {(dx, dy, heading)}
    seen = set(frontier)
    for turns in range(5):
        reached: set[tuple[int, int, int]] = set()
        pending = list(frontier)
        while pending:  # straight on, as far as the grid goes, costs no turn
            x, y, h = pending.pop()
            if (x, y) == (0, 0):
                return turns
            reached.add((x, y, h))
            ox, oy = _STEP[h]
            onward = (x + ox, y + oy, h)  # the offset from the target, after one step
            if abs(onward[0]) <= 4 and abs(onward[1]) <= 4 and onward not in seen:
                seen.add(onward)
                pending.append(onward)
        frontier = {(x, y, t) for x, y, h in reached for t in _TURNS[h]} - seen
        seen |= frontier
    return 99


@pytest.mark.parametrize(("heading", "dx", "dy"), list(product((E, W, S, N), (-2, 0, 2), (-2, 0, 2))))
def test_the_estimated_turns_are_exactly_the_fewest_possible(heading: int, dx: int, dy: int) -> None:
    across = -1 if dx == 0 else (W if dx > 0 else E)
    down = -1 if dy == 0 else (N if dy > 0 else S)
    assert _turns_needed(heading, across, down) == _fewest_turns(heading, dx, dy)
