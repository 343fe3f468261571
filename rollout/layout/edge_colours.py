"""Colours that tell neighbouring arrows apart: two arrows that cross or run close beside each other differ.

On a crowded page several arrows climb one gutter a few points apart and cross others on the way;
in one colour a reader loses a line at each crossing and between its neighbours. Each arrow gets
one colour of palette.EDGES; arrows near each other get different ones where the palette allows
(a greedy colouring of the graph whose edges are such pairs, busiest arrow first). An arrow
that meets no other keeps the first colour, so a sparse page looks as it always did. Colour only
helps: the routes themselves keep every arrow apart, and no colour has a meaning of its own.
"""

from __future__ import annotations

from dataclasses import replace

from rollout.layout import palette
from rollout.layout.gates_edges import MERGED, parallel_pairs, segments
from rollout.layout.geometry import Route
from rollout.layout.hops import crossing_points

NEAR = 12.0  # parallel stretches of two arrows closer than this are neighbours (three tracks)
IN_LINE = 2 * NEAR  # two arrows on one line whose ends come this near read as one line: neighbours too


def coloured(routes: tuple[Route, ...], colours: tuple[str, ...] = palette.EDGES) -> tuple[Route, ...]:
    """The routes, each with one of the colours; neighbouring routes differ where there are colours enough."""
    neighbours: list[set[int]] = [set() for _ in routes]
    pairs = [(a[4], b[4]) for a, b, _ in parallel_pairs(routes, NEAR)]
    pairs += [(crossing.front, crossing.behind) for crossing in crossing_points(routes)]
    pairs += _in_line(routes)
    for i, j in pairs:
        if i != j:
            neighbours[i].add(j)
            neighbours[j].add(i)
    chosen: dict[int, int] = {}
    count = len(colours)
    for index in sorted(range(len(routes)), key=lambda k: (-len(neighbours[k]), k)):
        used = [0] * count
        for other in neighbours[index]:
            if other in chosen:
                used[chosen[other]] += 1
        chosen[index] = min(range(count), key=lambda c: (used[c], c))
    return tuple(replace(route, colour=colours[chosen[k]]) for k, route in enumerate(routes))


def _in_line(routes: tuple[Route, ...]) -> list[tuple[int, int]]:
    """Pairs of arrows with stretches on one line, end to end less than IN_LINE apart."""
    found = []
    for horizontal in (True, False):
        group = sorted((s[1], s[2], s[3], s[4]) for s in segments(routes) if s[0] == horizontal)
        for k, (fixed, start, end, route) in enumerate(group):
            for other_fixed, other_start, other_end, other in group[k + 1 :]:
                if other_fixed - fixed >= MERGED:
                    break
                if other != route and max(other_start - end, start - other_end) < IN_LINE:
                    found.append((route, other))
    return found
