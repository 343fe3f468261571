"""Gutters sized by the routes: the width goes where edges run beside each other, the slide stays the same."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from rollout.layout import gutters
from rollout.layout.gates import metrics, page_gates
from rollout.layout.geometry import Page, Route
from rollout.layout.route_grid import BORDER_CLEAR, BOX_CLEAR, PITCH, SlotGrid, build_tracks
from rollout.layout.swimlane import layout_process
from rollout.process.load import load_process

ROOT = Path(__file__).resolve().parent.parent


def _grid() -> SlotGrid:
    # two phases of two slots, boxes 60 pt wide, 12 pt gutters
    return SlotGrid.build([100.0, 244.0, 388.0], 72.0, (2, 2), 60.0)


def test_equal_slots_have_equal_gutters_and_centred_boxes() -> None:
    grid = _grid()
    assert grid.gutters == (6.0, 12.0, 12.0, 12.0, 6.0)
    assert grid.lefts == (106.0, 178.0, 250.0, 322.0)
    assert grid.borders() == (100.0, 244.0, 388.0)
    assert grid.phase_border_gutters() == frozenset({2})


def test_spaced_slots_keep_their_widths_and_put_the_phase_border_mid_gutter() -> None:
    grid = SlotGrid.spaced(100.0, (60.0, 50.0, 60.0, 40.0), (6.0, 10.0, 30.0, 8.0, 6.0), (2, 2))
    assert grid.lefts == (106.0, 176.0, 256.0, 324.0)
    assert grid.rights == (166.0, 226.0, 316.0, 364.0)
    assert grid.gutters == (6.0, 10.0, 30.0, 8.0, 6.0)
    assert grid.borders() == (100.0, 241.0, 370.0)


def _page_with_verticals(xs_and_spans: list[tuple[float, float, float]]) -> Page:
    routes = tuple(
        Route(f"a{k}", f"b{k}", ((x - 20, top), (x, top), (x, bottom), (x + 20, bottom)), "right-left")
        for k, (x, top, bottom) in enumerate(xs_and_spans)
    )
    return Page(1, 1, 960, 540, None, (), (), (), routes, (), 0, True, ())  # type: ignore[arg-type]


def test_demand_counts_the_edges_side_by_side_at_one_height() -> None:
    grid = _grid()
    # three edges up the gutter between the phases (x 310..322 is slot 2's gutter: 238..250), two overlapping
    page = _page_with_verticals([(244.0, 0.0, 100.0), (240.0, 50.0, 150.0), (247.0, 120.0, 200.0), (172.0, 0.0, 9.0)])
    assert gutters.demand(page, grid) == (0, 1, 2, 0, 0)


def test_the_crowded_gutter_gets_the_width_the_others_can_spare() -> None:
    grid = _grid()
    widths = gutters.shared_out(grid, (0, 0, 6, 0, 0), spare=20.0)
    assert widths is not None
    assert widths[0] == grid.gutters[0]
    assert widths[-1] == grid.gutters[-1]
    assert sum(widths) == pytest.approx(sum(grid.gutters) + 20.0)
    assert widths[2] > max(widths[1], widths[3])
    assert widths[1] >= gutters.MIN_INNER
    assert widths[3] >= gutters.MIN_INNER


def test_a_gutter_gets_the_tracks_its_edges_need_when_there_is_room() -> None:
    grid = SlotGrid.build([100.0, 316.0], 72.0, (3,), 60.0)
    widths = gutters.shared_out(grid, (0, 4, 0, 0), spare=12.0)
    assert widths is not None
    left, right = grid.lefts[0] + 60.0, grid.lefts[0] + 60.0 + widths[1]
    tracks = [x for x in _tracks(grid, widths) if left < x < right]
    assert len(tracks) >= 4 + gutters.HEADROOM
    assert all(b - a >= PITCH - 1e-6 for a, b in itertools.pairwise(tracks))
    assert min(tracks) - left >= BOX_CLEAR - 1e-6
    assert right - max(tracks) >= BOX_CLEAR - 1e-6


def _tracks(grid: SlotGrid, widths: tuple[float, ...]) -> tuple[float, ...]:
    spaced = SlotGrid.spaced(grid.starts[0], grid.widths, widths, (len(grid.lefts),))
    return build_tracks((), (), spaced).xs


def test_nothing_changes_when_no_gutter_is_crowded() -> None:
    assert gutters.shared_out(_grid(), (0, 1, 1, 1, 0)) is None


def test_a_phase_border_gutter_has_tracks_on_both_sides_clear_of_the_border() -> None:
    assert gutters.width_for(1, border=True) == gutters.MIN_BORDER
    grid = SlotGrid.spaced(100.0, (60.0, 60.0), (6.0, gutters.width_for(4, border=True), 6.0), (1, 1))
    border = grid.borders()[1]
    xs = [x for x in build_tracks((), (), grid).xs if grid.rights[0] < x < grid.lefts[1]]
    assert sum(x < border for x in xs) >= 2
    assert sum(x > border for x in xs) >= 2
    assert all(abs(x - border) >= BORDER_CLEAR for x in xs)


def test_omaolo_gets_wider_gutters_where_its_edges_climb_and_reads_better_for_it() -> None:
    process = load_process(ROOT / "processes" / "omaolo.yaml").process
    (page,) = layout_process(process).pages
    lefts = sorted({box.rect.x for box in page.boxes})
    rights = sorted({round(box.rect.right, 2) for box in page.boxes})
    assert len(lefts) == 10
    # the gutter at the border of phases 2 and 3, where the plan's approval takes its seven arrows, is the widest
    between = [round(left - right, 2) for right, left in zip(sorted(rights), lefts[1:], strict=False)]
    assert max(between) == between[3]
    assert between[3] > 12.0
    found = {key: value or 0 for key, value in metrics(page).items()}
    # with 12 pt gutters everywhere: 87 crossings, 43 merged segments, 13 through an arrowhead
    assert found["crossings"] <= 80
    assert found["merged_segments"] < 43
    assert found["segments_through_arrowheads"] < 13
    failed = {gate.name for gate in page_gates(page) if not gate.passed}
    assert {"text-fits", "shapes-on-slide", "edges-clear-of-boxes"}.isdisjoint(failed)
