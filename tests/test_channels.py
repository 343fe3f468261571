"""Channels: lines in a gutter or between two rows set apart, room moved to where they need it, order kept."""

from __future__ import annotations

import itertools

from rollout.layout import channels
from rollout.layout.gates_edges import crossings, ends_passed, parallel_pairs
from rollout.layout.geometry import LaneBand, Rect, Route, StepBox, Text
from rollout.layout.route_grid import SlotGrid

# One column of three slots: boxes at x 6-46, 60-100 and 140-180; gutter 1 is 14 pt wide, gutter 2 40 pt.
GRID = SlotGrid.spaced(0.0, (40.0, 40.0, 40.0), (6.0, 14.0, 40.0, 6.0), (3,))


def _route(source: str, target: str, *points: tuple[float, float]) -> Route:
    return Route(source, target, tuple(points), "right-left")


def _down(source: str, target: str, x: float, start: float, end: float) -> Route:
    """From the right side of a slot-0 box at height start, down gutter 1 at x, into a slot-1 box at height end."""
    return _route(source, target, (46.0, start), (x, start), (x, end), (60.0, end))


def _gaps(routes: tuple[Route, ...]) -> list[float]:
    return sorted(gap for _, _, gap in parallel_pairs(routes, within=1e9))


def _respaced(routes: tuple[Route, ...]) -> tuple[tuple[Route, ...], SlotGrid]:
    found = channels.gutter_channels(routes, GRID)
    gutters = channels.widened(GRID, found)
    assert gutters is not None
    new = SlotGrid.spaced(0.0, GRID.widths, gutters, (3,))
    moved = channels.respaced(routes, GRID, new, found)
    assert moved is not None
    return moved, new


def test_lines_two_points_apart_are_set_pitch_apart_with_width_from_a_roomy_gutter() -> None:
    routes = (
        _down("a1", "b1", 50.0, 10.0, 110.0),
        _down("a2", "b2", 52.0, 40.0, 140.0),
        _down("a3", "b3", 54.0, 70.0, 170.0),
    )
    assert _gaps(routes)[0] == 2.0
    moved, new = _respaced(routes)
    assert min(_gaps(moved)) >= 4.0
    assert crossings(moved) == crossings(routes)  # the order in the gutter is kept
    assert new.gutters[1] > GRID.gutters[1]
    assert new.gutters[2] < GRID.gutters[2]
    assert sum(new.gutters) == sum(GRID.gutters)
    shift = new.lefts[1] - GRID.lefts[1]
    for before, after in zip(routes, moved, strict=True):
        assert after.points[0] == before.points[0]  # still leaves the slot-0 box where it did
        assert after.points[-1] == (before.points[-1][0] + shift, before.points[-1][1])  # enters its moved box
        assert [p[1] for p in after.points] == [p[1] for p in before.points]
    xs = [route.points[1][0] for route in moved]
    assert xs == sorted(xs)
    assert new.lefts[1] - xs[-1] >= 5.5  # the last bend keeps its arrowhead's length from the box


def test_two_edges_on_one_stretch_are_parted_in_the_order_that_crosses_least() -> None:
    # p falls from y 10 to 110, q from 40 to 140, both at x 53: with q left of p they need not cross at all
    p = _down("a1", "b1", 53.0, 10.0, 110.0)
    q = _down("a2", "b2", 53.0, 40.0, 140.0)
    assert _gaps((p, q))[0] == 0.0
    moved, _ = _respaced((p, q))
    assert _gaps(moved)[0] >= 4.0
    assert moved[1].points[1][0] < moved[0].points[1][0]
    assert crossings(moved) == 0


def test_a_line_through_an_arrowhead_moves_out_of_it() -> None:
    arrow = _route("a1", "b1", (46.0, 10.0), (50.0, 10.0), (50.0, 110.0), (60.0, 110.0))
    # 2 pt from b1's side, on to a box in slot 2
    passing = _route("a2", "c", (46.0, 40.0), (58.0, 40.0), (58.0, 160.0), (140.0, 160.0))
    routes = (arrow, passing)
    assert list(ends_passed(routes))
    moved, _new = _respaced(routes)
    assert list(ends_passed(moved)) == []
    assert crossings(moved) == crossings(routes)


def test_no_gutter_changes_when_none_is_crowded() -> None:
    routes = (_down("a1", "b1", 50.0, 10.0, 110.0), _down("a2", "b2", 54.0, 40.0, 140.0))
    roomy = SlotGrid.spaced(0.0, GRID.widths, (6.0, 24.0, 30.0, 6.0), (3,))
    assert channels.widened(roomy, channels.gutter_channels(routes, roomy)) is None


def test_gutters_with_room_share_the_width_a_crowded_one_needs_and_keep_their_own_need() -> None:
    # four slots: gutter 1 (14 pt) holds five lines 2 pt apart; gutters 2 and 3 (30 pt each) can spare width
    grid = SlotGrid.spaced(0.0, (40.0,) * 4, (6.0, 14.0, 30.0, 30.0, 6.0), (4,))
    crowded = tuple(_down(f"a{k}", f"b{k}", 48.0 + 2 * k, 10.0 + 10 * k, 110.0 + 10 * k) for k in range(5))
    own = (  # gutter 2 holds two lines of its own, 4 pt apart, clear of its boxes
        _route("b9", "c1", (100.0, 20.0), (112.0, 20.0), (112.0, 60.0), (130.0, 60.0)),
        _route("b8", "c2", (100.0, 30.0), (116.0, 30.0), (116.0, 70.0), (130.0, 70.0)),
    )
    found = channels.gutter_channels((*crowded, *own), grid)
    gutters = channels.widened(grid, found)
    assert gutters is not None
    lack = found[1][0].need() - grid.gutters[1]
    assert gutters[1] >= grid.gutters[1] + lack - 0.01
    assert gutters[2] >= found[2][0].need() - 0.01
    given = (grid.gutters[2] - gutters[2], grid.gutters[3] - gutters[3])
    assert all(0.0 < share < lack for share in given)  # both give, neither gives it all
    assert round(sum(gutters), 6) == round(sum(grid.gutters), 6)


def test_a_channel_too_narrow_spreads_its_lines_as_far_as_it_can_never_closer_than_now() -> None:
    lines = tuple(channels.Line(50.0 + 2 * k, ((0.0, 100.0, k),), 2.0, 2.0) for k in range(4))
    channel = channels.Channel(46.0, 60.0, lines, (4.0, 4.0, 4.0))
    placed = channel.placed(46.0, 60.0)
    assert placed is not None
    gaps = [b - a for a, b in itertools.pairwise(placed)]
    assert all(gap >= 2.0 for gap in gaps)
    assert min(gaps) > 3.0  # 4 lines in 14 pt, 2 pt from each box: 3.33 apart
    assert placed[0] >= 48.0
    assert placed[-1] <= 58.0


def _box(step_id: str, x: float, y: float, row: int) -> StepBox:
    rect = Rect(x, y, 40.0, 30.0)
    return StepBox(step_id, 0, 0, 0, 0, row, Text(rect, (step_id,), 10.0), "#000000", 1.0, False)


LANE = LaneBand("r", 0, Rect(0.0, 0.0, 200.0, 80.0), Text(Rect(0.0, 0.0, 0.0, 80.0), ("r",), 10.0))


def test_two_edges_on_one_line_between_two_rows_are_parted_and_the_rows_move_into_the_margins() -> None:
    # rows at y 5-35 and 42-72 leave 7 pt between them: one line; two edges share it from x 60 to 80
    boxes = (_box("a", 0.0, 5.0, 0), _box("b", 0.0, 42.0, 1), _box("c", 100.0, 5.0, 0), _box("d", 100.0, 42.0, 1))
    routes = (
        _route("a", "d", (40.0, 20.0), (50.0, 20.0), (50.0, 38.5), (90.0, 38.5), (90.0, 57.0), (100.0, 57.0)),
        _route("b", "c", (40.0, 57.0), (60.0, 57.0), (60.0, 38.5), (80.0, 38.5), (80.0, 20.0), (100.0, 20.0)),
    )
    assert _gaps(routes)[0] == 0.0
    result = channels.rows_respaced(routes, boxes, (LANE,))
    assert result is not None
    moved, placed = result
    assert _gaps(moved)[0] >= 4.0
    assert crossings(moved) <= 1
    tops = {box.step_id: box.rect.y for box in placed}
    assert tops["a"] == tops["c"] < 5.0
    assert tops["b"] == tops["d"] > 42.0
    for box in placed:  # still in the lane, OUTER_LEAST from its borders
        assert box.rect.y >= LANE.rect.y + channels.OUTER_LEAST - 0.01
        assert box.rect.bottom <= LANE.rect.bottom - channels.OUTER_LEAST + 0.01
    by_id = {box.step_id: box.rect for box in placed}
    for route in moved:  # each route still leaves and enters its boxes' sides
        start, end = route.points[0], route.points[-1]
        assert by_id[route.source].y <= start[1] <= by_id[route.source].bottom
        assert by_id[route.target].y <= end[1] <= by_id[route.target].bottom


def test_rows_stay_where_they_are_when_nothing_between_them_is_crowded() -> None:
    boxes = (_box("a", 0.0, 5.0, 0), _box("b", 0.0, 42.0, 1))
    routes = (_route("a", "b", (40.0, 20.0), (50.0, 20.0), (50.0, 57.0), (40.0, 57.0)),)
    assert channels.rows_respaced(routes, boxes, (LANE,)) is None
