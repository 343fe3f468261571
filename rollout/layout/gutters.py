"""Gutters sized by the routes: wider where many edges run up or down between two columns of boxes.

A page is first routed with equal gutters. Where more edges need a vertical stretch in one gutter
than it has tracks for, the router has to lay them on top of each other; the same width is better
spent there than in a gutter few edges use. These pure functions count what each gutter needs and
share the page's gutter width out accordingly.
"""

from __future__ import annotations

from itertools import pairwise

from rollout.layout.gates_edges import conflicts, segments
from rollout.layout.geometry import Page
from rollout.layout.route_grid import BORDER_CLEAR, BOX_CLEAR, PITCH, SlotGrid

HEADROOM = 0  # a track more than the busiest stretch used, so the next routing has a choice
MIN_INNER = 2 * BOX_CLEAR + PITCH  # two tracks between two boxes, each far enough from one box for an arrowhead
MIN_BORDER = 2 * (BORDER_CLEAR + 0.5 + BOX_CLEAR)  # a track each side of a phase border, PITCH from the other


def score(page: Page) -> tuple[int, int, int, int]:
    """How hard a page's edges are to follow, worst first (gates_edges.conflicts)."""
    return conflicts(page.routes)


def demand(page: Page, grid: SlotGrid) -> tuple[int, ...]:
    """For each gutter, the most edges that run beside each other in it at one height."""
    rights = (grid.starts[0], *grid.rights)
    lefts = (*grid.lefts, grid.starts[-1])
    vertical = [s for s in segments(page.routes) if not s[0]]
    peaks = []
    for low, high in zip(rights, lefts, strict=True):
        inside = [s for s in vertical if low < s[1] < high]
        ends = sorted({s[2] for s in inside} | {s[3] for s in inside})
        peak = 0
        for a, b in pairwise(ends):
            middle = (a + b) / 2
            peak = max(peak, len({s[4] for s in inside if s[2] < middle < s[3]}))
        peaks.append(peak)
    return tuple(peaks)


def width_for(tracks: int, border: bool) -> float:
    """The narrowest gutter with this many tracks (a phase border's gutter has half on each side)."""
    if border:
        per_side = max(1, -(-tracks // 2))
        return MIN_BORDER + 2 * PITCH * (per_side - 1)
    return max(MIN_INNER, 2 * BOX_CLEAR + PITCH * (tracks - 1))


def shared_out(grid: SlotGrid, peaks: tuple[int, ...], spare: float = 0.0) -> tuple[float, ...] | None:
    """Gutter widths for the same total width (and `spare` more), each inner gutter as wide as its edges need.

    The outer two keep their width. When the needs add up to more than there is, each gets its
    least plus a share of the rest in proportion to what it asks beyond that; width left over is
    shared equally. None when every gutter already has what it needs.
    """
    current = grid.gutters
    inner = range(1, len(current) - 1)
    if not inner:
        return None
    borders = grid.phase_border_gutters()
    least = {k: width_for(0, k in borders) for k in inner}
    wanted = {k: max(least[k], width_for(peaks[k] + HEADROOM, k in borders)) for k in inner}
    if spare <= 0 and all(current[k] >= wanted[k] for k in inner):
        return None
    total = sum(current[k] for k in inner) + spare
    floor, asked = sum(least.values()), sum(wanted.values())
    if floor > total:
        return None
    if asked > total:
        share = (total - floor) / (asked - floor)
        widths = {k: least[k] + (wanted[k] - least[k]) * share for k in inner}
    else:
        spare = (total - asked) / len(inner)
        widths = {k: wanted[k] + spare for k in inner}
    rounded = {k: round(widths[k], 2) for k in inner}
    widest = max(inner, key=lambda k: (rounded[k], -k))
    rounded[widest] = round(rounded[widest] + total - sum(rounded.values()), 2)  # the same total, to the hundredth
    found = (current[0], *(rounded[k] for k in inner), current[-1])
    if all(abs(a - b) < 0.5 for a, b in zip(found, current, strict=True)):
        return None
    return found
