"""Nudging: a stretch two edges share moves onto a free track beside it; the ends and the boxes stay clear."""

from __future__ import annotations

from rollout.layout.gates_edges import conflicts, parallel_pairs
from rollout.layout.geometry import Rect, Route, StepBox, Text
from rollout.layout.nudge import nudged
from rollout.layout.route_grid import TrackGrid

TRACKS = TrackGrid(tuple(float(x) for x in range(100, 201, 4)), tuple(float(y) for y in range(0, 201, 4)), frozenset())
NO_BORDERS: tuple[tuple[float, ...], tuple[float, ...]] = ((), ())


def _box(step_id: str, x: float, y: float, w: float = 40.0, h: float = 20.0) -> StepBox:
    rect = Rect(x, y, w, h)
    text = Text(rect, (step_id,), 10.0, False, "#000000", "#ffffff", 3.0)
    return StepBox(step_id, 0, 0, 0, 0, 0, text, "#000000", 1.0, False)


BOXES = (_box("a", 40, 20), _box("b", 40, 140), _box("c", 220, 60), _box("d", 220, 160))


def _two_sharing_a_stretch() -> tuple[Route, ...]:
    # a -> d falls and b -> c climbs along x = 148 between y 72 and 148: drawn on top of each other there
    first = Route("a", "d", ((80.0, 28.0), (148.0, 28.0), (148.0, 168.0), (220.0, 168.0)), "right-left")
    second = Route("b", "c", ((80.0, 148.0), (148.0, 148.0), (148.0, 72.0), (220.0, 72.0)), "right-left")
    return first, second


def test_two_edges_on_one_stretch_are_moved_apart_onto_separate_tracks() -> None:
    routes = _two_sharing_a_stretch()
    assert conflicts(routes)[0] == 1  # merged once
    moved = nudged(routes, BOXES, TRACKS, NO_BORDERS)
    assert conflicts(moved)[:2] == (0, 0)
    assert [gap for _, _, gap in parallel_pairs(moved)] == []
    for before, after in zip(routes, moved, strict=True):  # each still leaves and enters where it did
        assert after.points[0] == before.points[0]
        assert after.points[-1] == before.points[-1]
        assert after.points[-2][1] == before.points[-2][1]  # the arrowhead keeps its line into the box


def test_a_stretch_is_not_moved_into_a_box() -> None:
    # a box stands just left of the shared stretch: the free track right of it is the way out
    blocker = _box("e", 115.0, 90.0, 30.0, 30.0)
    moved = nudged(_two_sharing_a_stretch(), (*BOXES, blocker), TRACKS, NO_BORDERS)
    clear = Rect(blocker.rect.x - 2, blocker.rect.y - 2, blocker.rect.w + 4, blocker.rect.h + 4)
    for route in moved:
        for (ax, ay), (bx, by) in zip(route.points, route.points[1:], strict=False):
            line = Rect(min(ax, bx), min(ay, by), abs(bx - ax), abs(by - ay))
            assert not line.overlaps(clear), route


def test_with_no_free_track_the_lines_go_half_a_track_apart_rather_than_on_top() -> None:
    narrow = TrackGrid((144.0, 148.0, 152.0), TRACKS.ys, frozenset())
    others = (  # two more edges hold the tracks either side of the shared stretch, over its whole height
        Route("a", "d", ((80.0, 32.0), (144.0, 32.0), (144.0, 176.0), (220.0, 176.0)), "right-left"),
        Route("b", "c", ((80.0, 152.0), (152.0, 152.0), (152.0, 64.0), (220.0, 64.0)), "right-left"),
    )
    routes = (*_two_sharing_a_stretch(), *others)
    moved = nudged(routes, BOXES, narrow, NO_BORDERS)
    assert conflicts(moved)[0] == 0
    assert min(gap for _, _, gap in parallel_pairs(moved)) == 2.0


def test_no_stretch_is_moved_onto_a_phase_border() -> None:
    borders = ((151.0,), ())
    routes = _two_sharing_a_stretch()
    moved = nudged(routes, BOXES, TRACKS, borders)
    assert conflicts(moved)[0] == 0
    new = {x for route in moved for x, _ in route.points[1:-1]} - {x for route in routes for x, _ in route.points}
    assert new
    assert all(abs(x - 151.0) >= 3.5 for x in new)


def test_routes_without_conflicts_are_left_as_they_are() -> None:
    first, _ = _two_sharing_a_stretch()
    assert nudged((first,), BOXES, TRACKS, NO_BORDERS) == (first,)


def test_an_end_stretch_slides_its_end_along_the_box_side_to_leave_another_edges_stretch() -> None:
    # a -> c leaves a's right side at y 28; b -> e arrives at e's left side on the same line: their end
    # stretches overlap between x 96 and 100 and read as one arrow from a to e
    e = _box("e", 120.0, 16.0, 40.0, 24.0)
    leaves = Route("a", "c", ((80.0, 28.0), (100.0, 28.0), (100.0, 72.0), (220.0, 72.0)), "right-left")
    arrives = Route("b", "e", ((80.0, 148.0), (96.0, 148.0), (96.0, 28.0), (120.0, 28.0)), "right-left")
    assert conflicts((leaves, arrives))[0] == 1
    moved = nudged((leaves, arrives), (*BOXES, e), TRACKS, NO_BORDERS)
    assert conflicts(moved)[0] == 0
    (x, y), a = moved[0].points[0], BOXES[0].rect
    assert x == a.right  # still on a's right side, clear of its corners, elsewhere on it
    assert a.y + 3 <= y <= a.bottom - 3
    assert y != 28.0
    assert moved[0].points[-1] == leaves.points[-1]
    assert moved[1] == arrives
