"""The quality gates pass on good layouts and catch each kind of bad one."""

from __future__ import annotations

import dataclasses

from rollout.layout.gates import page_gates, report
from rollout.layout.gates_edges import crossings
from rollout.layout.geometry import Page, Rect, Route, StepBox, Text
from rollout.layout.swimlane import layout_process
from tests.conftest import FIXTURES
from tests.layout_data import load


def good_page() -> Page:
    return layout_process(load(FIXTURES / "valid" / "minimal.yaml")).pages[0]


def failed(page: Page) -> set[str]:
    return {gate.name for gate in page_gates(page) if not gate.passed}


def moved(box: StepBox, rect: Rect) -> StepBox:
    return dataclasses.replace(box, text=dataclasses.replace(box.text, rect=rect))


def test_good_layout_passes_all_gates() -> None:
    page = good_page()
    assert failed(page) == set()
    result = report(layout_process(load(FIXTURES / "valid" / "minimal.yaml")))
    assert result["passed"] is True


def test_box_outside_its_lane_fails() -> None:
    page = good_page()
    box = page.boxes[0]
    other_lane = page.lanes[1 - box.lane].rect
    bad = moved(box, Rect(box.rect.x, other_lane.y + 5, box.rect.w, box.rect.h))
    assert "boxes-in-cells" in failed(dataclasses.replace(page, boxes=(bad, *page.boxes[1:])))


def test_overlapping_boxes_fail() -> None:
    page = good_page()
    first, second = page.boxes[0], page.boxes[1]
    bad = moved(second, first.rect)
    assert "no-overlap" in failed(dataclasses.replace(page, boxes=(first, bad, *page.boxes[2:])))


def test_edge_through_an_unrelated_box_fails() -> None:
    page = good_page()
    boxes = {box.step_id: box.rect for box in page.boxes}
    through = boxes["paatos"]
    start, end = boxes["suunnitelma"], boxes["toteuta"]
    route = Route(
        "suunnitelma",
        "toteuta",
        ((start.right, start.cy), (start.right + 4, start.cy), (start.right + 4, through.cy), (end.x, through.cy)),
        "elbow",
    )
    assert "edges-clear-of-boxes" in failed(dataclasses.replace(page, routes=(route,)))


def test_backward_edge_fails() -> None:
    page = good_page()
    route = Route("toteuta", "suunnitelma", ((0.0, 0.0), (1.0, 0.0)), "straight")
    assert "edges-forward" in failed(dataclasses.replace(page, routes=(route,)))


def test_small_text_and_low_contrast_fail() -> None:
    page = good_page()
    box = page.boxes[0]
    tiny = dataclasses.replace(box, text=dataclasses.replace(box.text, size=8.0))
    assert "text-sizes" in failed(dataclasses.replace(page, boxes=(tiny, *page.boxes[1:])))
    grey = dataclasses.replace(box, text=dataclasses.replace(box.text, color="AAAAAA"))
    assert "contrast" in failed(dataclasses.replace(page, boxes=(grey, *page.boxes[1:])))


def test_text_overflowing_its_box_fails() -> None:
    page = good_page()
    box = page.boxes[0]
    long = dataclasses.replace(box, text=dataclasses.replace(box.text, lines=("x" * 200,)))
    assert "text-fits" in failed(dataclasses.replace(page, boxes=(long, *page.boxes[1:])))


def test_unnumbered_phase_header_fails() -> None:
    page = good_page()
    column = page.columns[0]
    header = Text(column.header.rect, ("Suunnittelu",), 14.0, True, "FFFFFF", "1F4E79")
    bad = dataclasses.replace(column, header=header)
    assert "phases-labelled" in failed(dataclasses.replace(page, columns=(bad, *page.columns[1:])))


def test_crossings_are_counted() -> None:
    a = Route("a", "b", ((0.0, 5.0), (10.0, 5.0)), "straight")
    b = Route("c", "d", ((5.0, 0.0), (5.0, 10.0)), "straight")
    shared = Route("a", "e", ((5.0, 0.0), (5.0, 10.0)), "straight")
    assert crossings((a, b)) == 1
    assert crossings((a, shared)) == 0
