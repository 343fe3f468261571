"""Arrow colours: arrows that cross or run close differ, a lone one keeps the usual colour, every renderer shows it."""

from __future__ import annotations

import io
from collections import Counter
from itertools import combinations
from xml.etree import ElementTree

from pptx import Presentation

from rollout.layout import palette
from rollout.layout.edge_colours import IN_LINE, NEAR, coloured
from rollout.layout.gates_edges import parallel_pairs
from rollout.layout.geometry import Route
from rollout.layout.hops import crossing_points
from rollout.layout.swimlane import layout_process
from rollout.render.graphviz import render_svg
from rollout.render.slide import swimlane_pptx
from tests.conftest import ROOT
from tests.layout_data import load

SVG = "{http://www.w3.org/2000/svg}"
OMAOLO = ROOT / "processes" / "omaolo.yaml"


def _line(source: str, target: str, *points: tuple[float, float]) -> Route:
    return Route(source, target, points, "right-left")


def test_two_crossing_arrows_differ_and_a_lone_one_keeps_the_usual_colour() -> None:
    across = _line("a", "b", (0.0, 50.0), (100.0, 50.0))
    down = _line("c", "d", (50.0, 0.0), (50.0, 100.0))
    alone = _line("e", "f", (300.0, 300.0), (400.0, 300.0))
    first, second, third = coloured((across, down, alone))
    assert first.colour != second.colour
    assert third.colour == palette.EDGE
    assert (first.points, second.points, third.points) == (across.points, down.points, alone.points)


def test_arrows_running_close_beside_each_other_all_differ() -> None:
    # five verticals 4 pt apart up one gutter: each within NEAR of the next two
    bundle = tuple(_line(f"s{k}", f"t{k}", (100.0 + 4 * k, 0.0), (100.0 + 4 * k, 200.0)) for k in range(5))
    colours = [route.colour for route in coloured(bundle)]
    for i, j in combinations(range(5), 2):
        if abs(i - j) * 4 < NEAR:
            assert colours[i] != colours[j], (i, j, colours)


def test_far_apart_arrows_are_not_neighbours() -> None:
    apart = (_line("a", "b", (0.0, 0.0), (0.0, 100.0)), _line("c", "d", (NEAR + 1, 0.0), (NEAR + 1, 100.0)))
    assert {route.colour for route in coloured(apart)} == {palette.EDGE}


def test_two_arrows_on_one_line_end_to_end_differ_even_with_a_gap_between() -> None:
    # from a distance two pieces of line on one row read as one line: unless their colours differ
    near = (_line("a", "b", (0.0, 50.0), (100.0, 50.0)), _line("c", "d", (100.0 + IN_LINE - 1, 50.0), (300.0, 50.0)))
    assert len({route.colour for route in coloured(near)}) == 2
    far = (_line("a", "b", (0.0, 50.0), (100.0, 50.0)), _line("c", "d", (100.0 + IN_LINE + 1, 50.0), (300.0, 50.0)))
    assert {route.colour for route in coloured(far)} == {palette.EDGE}


def test_every_colour_stands_out_on_every_body_fill() -> None:
    fills = {palette.column_fill(0), palette.column_fill(1)}
    for colour in {*palette.EDGES, *palette.STATUS_EDGES}:
        assert all(palette.contrast(colour, fill) >= 4.0 for fill in fills), colour
    assert len(set(palette.EDGES)) == len(palette.EDGES)
    assert len(set(palette.STATUS_EDGES)) == len(palette.STATUS_EDGES)


def test_on_omaolo_no_two_neighbouring_arrows_share_a_colour_where_the_palette_allows() -> None:
    page = layout_process(load(OMAOLO)).pages[0]
    routes = page.routes
    pairs = {(a[4], b[4]) for a, b, _ in parallel_pairs(routes, NEAR)}
    pairs |= {(c.front, c.behind) for c in crossing_points(routes)}
    same = [(i, j) for i, j in pairs if i != j and routes[i].colour == routes[j].colour]
    # the greedy colouring leaves a pair alike only where an arrow has more neighbours than colours
    crowded = {k for k in range(len(routes)) if sum(k in pair for pair in pairs) >= len(palette.EDGES)}
    assert all(i in crowded or j in crowded for i, j in same), same
    assert len({route.colour for route in routes}) > 2


def test_the_svg_and_the_slide_draw_each_arrow_in_its_colour() -> None:
    layout = layout_process(load(OMAOLO))
    routes = layout.pages[0].routes
    assert any(route.colour != palette.EDGE for route in routes)
    root = ElementTree.fromstring(render_svg(layout))
    strokes = {
        (group.findtext(f"{SVG}title") or ""): {p.get("stroke") for p in group.iter(f"{SVG}path")}
        for group in root.iter(f"{SVG}g")
        if group.get("class") == "edge"
    }
    drawn = Counter(str(colour).upper() for colours in strokes.values() for colour in colours)
    expected = Counter(f"#{route.colour}" for route in routes)
    expected[f"#{palette.EDGE}"] += 1  # the legend's sample line
    assert drawn == expected
    for glued in (True, False):
        slide = Presentation(io.BytesIO(swimlane_pptx(layout, glued=glued))).slides[0]
        for route in routes:
            name = f"Dependency {route.source} -> {route.target}"
            shape = next(shape for shape in slide.shapes if shape.name == name)
            lines = shape.shapes if shape.shape_type == 6 else (shape,)  # a group: the pieces around its gaps
            assert {str(line.line.color.rgb) for line in lines} == {route.colour}, name
        if glued:  # at a crossing over a glued connector the front line is drawn again over the gap, in its colour
            connectors = {shape.name for shape in slide.shapes if shape._element.tag.endswith("cxnSp")}
            fronts = Counter(
                routes[c.front].colour
                for c in crossing_points(routes)
                if f"Dependency {routes[c.behind].source} -> {routes[c.behind].target}" in connectors
            )
            bridges = Counter(str(shape.line.color.rgb) for shape in slide.shapes if shape.name == "Crossing line")
            assert len(set(fronts)) > 1
            assert bridges == fronts


def test_a_gap_over_a_glued_connector_runs_along_the_line_behind() -> None:
    layout = layout_process(load(OMAOLO))
    routes = layout.pages[0].routes
    slide = Presentation(io.BytesIO(swimlane_pptx(layout, glued=True))).slides[0]
    connectors = {shape.name for shape in slide.shapes if shape._element.tag.endswith("cxnSp")}
    behind = [
        c.across
        for c in crossing_points(routes)
        if f"Dependency {routes[c.behind].source} -> {routes[c.behind].target}" in connectors
    ]
    gaps = [shape for shape in slide.shapes if shape.name == "Crossing gap"]
    assert any(behind)  # a crossing on a stub next to its box: the horizontal line behind takes the gap
    assert sorted(shape.width > shape.height for shape in gaps) == sorted(behind)
    bridges = [shape for shape in slide.shapes if shape.name == "Crossing line"]
    assert sorted(shape.height > shape.width for shape in bridges) == sorted(behind)
