"""A box right above another in its lane: one straight arrow between them, no detour round the side."""

from __future__ import annotations

from pathlib import Path

from rollout.layout.geometry import Rect, StepBox, Text
from rollout.layout.route import _drop
from rollout.layout.route_grid import TrackGrid
from rollout.layout.route_search import Router
from rollout.layout.swimlane import layout_process
from rollout.process.load import load_process

ROOT = Path(__file__).resolve().parent.parent


def _box(step_id: str, y: float, row: int) -> StepBox:
    rect = Rect(100.0, y, 60.0, 30.0)
    text = Text(rect, (step_id,), 10.0, False, "#000000", "#ffffff", 3.0)
    return StepBox(step_id, row, 0, 0, 0, row, text, "#000000", 1.0, False)


def _router(ys: tuple[float, ...]) -> Router:
    tracks = TrackGrid((90.0, 130.0, 170.0), ys, frozenset())
    return Router(tracks, ())


def test_stacked_boxes_far_enough_apart_get_a_straight_arrow() -> None:
    upper, lower = _box("a", 0.0, 0), _box("b", 38.0, 1)
    route = _drop(_router((34.0,)), upper, lower)
    assert route is not None
    assert route.points == ((130.0, 30.0), (130.0, 38.0))
    assert route.bends == 0
    assert route.kind == "bottom-top"


def test_no_straight_arrow_where_its_head_would_not_fit_or_a_route_took_the_way() -> None:
    upper, lower = _box("a", 0.0, 0), _box("b", 34.0, 1)  # 4 pt apart: less than an arrowhead and a point
    assert _drop(_router((32.0,)), upper, lower) is None
    router = _router((34.0,))
    router.use[router.tracks.node(1, 0)] = 4  # another route already runs there
    assert _drop(router, _box("a", 0.0, 0), _box("b", 38.0, 1)) is None


def test_omaolo_stacked_steps_are_joined_by_straight_arrows() -> None:
    process = load_process(ROOT / "processes" / "omaolo.yaml").process
    (page,) = layout_process(process).pages
    routes = {(route.source, route.target): route for route in page.routes}
    for key in (
        ("kayttoonottopaatos", "vastuuhenkiloiden-nimeaminen"),
        ("kirjaamiskaytanto", "suunnitelman-hyvaksynta"),
    ):
        route = routes[key]
        assert route.bends == 0, route
        (x0, y0), (x1, y1) = route.points
        assert x0 == x1
        assert y1 - y0 >= 6.0
