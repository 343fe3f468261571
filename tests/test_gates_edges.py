"""The edge-readability gates: each passes on good layouts and fails, with a located message, on a bad one."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from rollout.layout.gates import metrics, page_gates
from rollout.layout.geometry import Page, Rect, Route
from rollout.layout.hops import crossing_points, pieces
from rollout.layout.swimlane import layout_process
from tests.conftest import FIXTURES, PROCESSES
from tests.layout_data import load

EDGE_GATES = {
    "no-merged-segments",
    "parallel-gap",
    "edges-off-borders",
    "own-arrowheads",
    "clear-arrowheads",
    "few-bends",
    "few-crossings",
    "shapes-on-slide",
}


def good_page() -> Page:
    return layout_process(load(FIXTURES / "valid" / "minimal.yaml")).pages[0]


def problems(page: Page) -> dict[str, tuple[str, ...]]:
    return {gate.name: gate.problems for gate in page_gates(page) if not gate.passed}


def with_routes(*routes: Route) -> Page:
    """The minimal page with its routes replaced: free space right of the boxes, in the middle lane band."""
    return dataclasses.replace(good_page(), routes=routes)


def free_y(page: Page) -> float:
    """A y in the middle of the first lane, well clear of its borders."""
    return round(page.lanes[0].rect.cy, 2)


def test_the_good_layout_passes_every_edge_gate() -> None:
    assert EDGE_GATES & set(problems(good_page())) == set()


def test_two_edges_on_one_line_are_merged() -> None:
    y = free_y(good_page())
    a = Route("suunnitelma", "toteuta", ((400.0, y), (500.0, y)), "right-left")
    b = Route("paatos", "toteuta", ((450.0, y), (600.0, y)), "right-left")
    found = problems(with_routes(a, b))
    assert found["no-merged-segments"] == (
        f"edges suunnitelma → toteuta at y={y:.1f} and paatos → toteuta at y={y:.1f} overlap",
    )


def test_two_edges_meeting_end_to_end_on_one_line_are_merged_and_4_pt_apart_are_not() -> None:
    # drawn, the two read as one line: a reader follows it from one edge into the other
    y = free_y(good_page())
    a = Route("suunnitelma", "toteuta", ((400.0, y), (500.0, y), (500.0, y + 30)), "right-top")
    meets = Route("paatos", "toteuta", ((560.0, y - 30), (560.0, y), (500.0, y)), "right-left")
    short = Route("paatos", "toteuta", ((560.0, y - 30), (560.0, y), (502.0, y)), "right-left")
    apart = Route("paatos", "toteuta", ((560.0, y - 30), (560.0, y), (504.0, y)), "right-left")
    message = f"edges suunnitelma → toteuta at y={y:.1f} and paatos → toteuta at y={y:.1f} meet"
    assert problems(with_routes(a, meets))["no-merged-segments"] == (message,)
    assert problems(with_routes(a, short))["no-merged-segments"] == (message,)
    assert "no-merged-segments" not in problems(with_routes(a, apart))


def test_parallel_edges_closer_than_4_pt_fail_and_4_pt_pass() -> None:
    y = free_y(good_page())
    a = Route("suunnitelma", "toteuta", ((400.0, y), (500.0, y)), "right-left")
    close = Route("paatos", "toteuta", ((450.0, y + 2), (600.0, y + 2)), "right-left")
    apart = Route("paatos", "toteuta", ((450.0, y + 4), (600.0, y + 4)), "right-left")
    assert problems(with_routes(a, close))["parallel-gap"] == (
        f"edges suunnitelma → toteuta at y={y:.1f} and paatos → toteuta at y={y + 2:.1f} "
        "run 2.0 pt apart (minimum 4.0)",
    )
    assert "parallel-gap" not in problems(with_routes(a, apart))
    assert metrics(with_routes(a, close))["smallest_parallel_gap_pt"] == 2.0


def test_a_segment_along_a_lane_border_fails() -> None:
    page = good_page()
    border = page.lanes[1].rect.y
    hugging = Route("suunnitelma", "toteuta", ((400.0, border + 2), (500.0, border + 2)), "right-left")
    assert problems(with_routes(hugging))["edges-off-borders"] == (
        f"edge suunnitelma → toteuta at y={border + 2:.1f} runs along a lane border ({border:.1f})",
    )
    clear = Route("suunnitelma", "toteuta", ((400.0, border + 3), (500.0, border + 3)), "right-left")
    assert "edges-off-borders" not in problems(with_routes(clear))


def test_a_segment_along_a_phase_border_fails() -> None:
    page = good_page()
    border = page.columns[1].rect.x
    y0, y1 = page.lanes[0].rect.y + 5, page.lanes[0].rect.bottom - 5
    hugging = Route("suunnitelma", "toteuta", ((border - 1, y0), (border - 1, y1)), "bottom-top")
    assert problems(with_routes(hugging))["edges-off-borders"] == (
        f"edge suunnitelma → toteuta at x={border - 1:.1f} runs along a phase border ({border:.1f})",
    )


def test_two_edges_into_one_arrowhead_fail() -> None:
    y = free_y(good_page())
    a = Route("suunnitelma", "toteuta", ((400.0, y - 20), (450.0, y - 20), (450.0, y), (500.0, y)), "right-left")
    b = Route("paatos", "toteuta", ((400.0, y + 20), (460.0, y + 20), (460.0, y + 1), (500.0, y + 1)), "right-left")
    assert problems(with_routes(a, b))["own-arrowheads"] == (
        "edges suunnitelma → toteuta and paatos → toteuta share an arrowhead",
    )


def test_a_segment_through_another_edges_arrowhead_fails() -> None:
    y = free_y(good_page())
    into = Route("suunnitelma", "toteuta", ((400.0, y), (500.0, y)), "right-left")
    across = Route(
        "paatos", "toteuta", ((470.0, y - 30), (497.0, y - 30), (497.0, y + 30), (520.0, y + 30)), "right-left"
    )
    assert problems(with_routes(into, across))["clear-arrowheads"] == (
        "edge paatos → toteuta at x=497.0 passes through the arrowhead of suunnitelma → toteuta",
    )
    behind = dataclasses.replace(across, points=tuple((x - 10, yy) for x, yy in across.points))
    assert "clear-arrowheads" not in problems(with_routes(into, behind))


def test_a_segment_through_another_edges_exit_point_fails() -> None:
    y = free_y(good_page())
    out = Route("suunnitelma", "toteuta", ((400.0, y), (500.0, y)), "right-left")
    across = Route(
        "paatos", "toteuta", ((380.0, y - 30), (401.0, y - 30), (401.0, y + 30), (420.0, y + 30)), "right-left"
    )
    assert (
        "passes through the exit point of suunnitelma → toteuta"
        in problems(with_routes(out, across))["clear-arrowheads"][0]
    )


def test_too_many_bends_fail() -> None:
    y = free_y(good_page())
    points = ((400.0, y), (410.0, y), (410.0, y + 8), (420.0, y + 8), (420.0, y), (500.0, y))
    zigzag = Route("suunnitelma", "toteuta", points, "right-left")
    assert problems(with_routes(zigzag))["few-bends"] == ("page 1: 4.0 bends per edge (at most 2.0)",)


def test_a_shape_off_the_slide_fails() -> None:
    page = good_page()
    box = page.boxes[0]
    off = dataclasses.replace(box, text=dataclasses.replace(box.text, rect=Rect(900.0, 500.0, 100.0, 60.0)))
    found = problems(dataclasses.replace(page, boxes=(off, *page.boxes[1:])))
    assert found["shapes-on-slide"] == (
        f"page 1: step '{box.step_id}' is outside the slide (20 pt below, 40 pt right)",
    )


def test_a_crossing_leaves_a_gap_in_the_vertical_line_only() -> None:
    across = Route("suunnitelma", "toteuta", ((0.0, 10.0), (100.0, 10.0)), "right-left")
    down = Route("paatos", "toteuta", ((50.0, 0.0), (50.0, 30.0), (80.0, 30.0)), "bottom-left")
    crossings = crossing_points((across, down))
    assert [(c.x, c.y, c.front, c.behind) for c in crossings] == [(50.0, 10.0, 0, 1)]
    assert pieces(across, 0, crossings) == (across.points,)
    assert pieces(down, 1, crossings) == (((50.0, 0.0), (50.0, 7.0)), ((50.0, 13.0), (50.0, 30.0), (80.0, 30.0)))


def test_a_crossing_on_a_stub_next_to_its_box_cuts_the_other_line_instead() -> None:
    # down leaves its box's top at y 100 and is crossed 3 pt above it: a gap there would part it from the box
    across = Route("a", "b", ((0.0, 97.0), (100.0, 97.0)), "right-left")
    down = Route("c", "d", ((50.0, 100.0), (50.0, 40.0), (80.0, 40.0)), "top-left")
    crossings = crossing_points((across, down))
    assert [(c.x, c.y, c.front, c.behind, c.across) for c in crossings] == [(50.0, 97.0, 1, 0, True)]
    assert pieces(down, 1, crossings) == (down.points,)
    assert pieces(across, 0, crossings) == (((0.0, 97.0), (47.0, 97.0)), ((53.0, 97.0), (100.0, 97.0)))


def test_a_crossing_just_before_an_arrowhead_cuts_the_other_line_instead() -> None:
    across = Route("a", "b", ((0.0, 94.0), (100.0, 94.0)), "right-left")
    into = Route("c", "d", ((80.0, 40.0), (50.0, 40.0), (50.0, 100.0)), "left-top")  # its tip 6 pt below
    [crossing] = crossing_points((across, into))
    assert (crossing.behind, crossing.across) == (0, True)


def test_where_both_lines_are_stubs_the_vertical_one_keeps_the_gap() -> None:
    across = Route("a", "b", ((47.0, 97.0), (100.0, 97.0)), "right-left")  # leaves its box 3 pt left
    down = Route("c", "d", ((50.0, 100.0), (50.0, 40.0), (80.0, 40.0)), "top-left")
    [crossing] = crossing_points((across, down))
    assert (crossing.front, crossing.behind, crossing.across) == (0, 1, False)


def test_report_metrics_name_every_measure() -> None:
    measured = metrics(good_page())
    assert {
        "crossings",
        "bends",
        "mean_bends_per_edge",
        "merged_segments",
        "segments_near_borders",
        "shared_arrowheads",
        "segments_through_arrowheads",
        "smallest_parallel_gap_pt",
        "shapes_outside_slide",
    } <= set(measured)


SMALL = [p for p in PROCESSES if p.stem != "omaolo"]


@pytest.mark.parametrize("path", SMALL, ids=[p.stem for p in SMALL])
def test_every_arrow_of_the_smaller_processes_is_its_own_line(path: Path) -> None:
    page = layout_process(load(path)).pages[0]
    measured = metrics(page)
    assert measured["merged_segments"] == 0
    assert measured["shared_arrowheads"] == 0
    assert measured["segments_through_arrowheads"] == 0
    assert measured["segments_near_borders"] == 0
    gap = measured["smallest_parallel_gap_pt"]
    assert gap is None or gap >= 4.0
    assert EDGE_GATES & set(problems(page)) == set()


def test_omaolo_on_one_slide_meets_the_targets_of_issue_11() -> None:
    layout = layout_process(load(Path("processes/omaolo.yaml")))
    assert len(layout.pages) == 1
    measured = metrics(layout.pages[0])
    assert measured["merged_segments"] == 0
    assert measured["shared_arrowheads"] == 0
    assert measured["segments_through_arrowheads"] == 0
    assert measured["segments_near_borders"] == 0
    gap = measured["smallest_parallel_gap_pt"]
    assert gap is not None
    assert gap >= 4.0
    assert measured["crossings"] <= 80  # type: ignore[operator]
    assert measured["mean_bends_per_edge"] <= 2.0  # type: ignore[operator]
