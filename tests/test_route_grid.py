"""The track grid leaves a way between the two rows of boxes of one lane."""

from __future__ import annotations

from itertools import pairwise

from rollout.layout.route_grid import BORDER_CLEAR, BOX_CLEAR, PITCH, _filtered, _spaced, _y_candidates


def test_a_track_runs_between_two_rows_of_one_lane_clear_of_both_rows() -> None:
    # one lane 73.6 pt tall with two rows of 29.4 pt boxes, each centred in its half (Omaolo's dense lanes)
    lane_top, lane_bottom, box_h = 100.0, 173.6, 29.4
    middle = (lane_top + lane_bottom) / 2
    bands = [(lane_top, (lane_top + middle) / 2, middle), (middle, (middle + lane_bottom) / 2, lane_bottom)]
    borders = (lane_top, lane_bottom)
    ys = _spaced(_filtered(_y_candidates(bands, borders), borders))
    upper_box_bottom = bands[0][1] + box_h / 2
    lower_box_top = bands[1][1] - box_h / 2
    between = [y for y in ys if upper_box_bottom + BOX_CLEAR <= y <= lower_box_top - BOX_CLEAR]
    assert between, f"no track between the rows: {ys}"
    assert all(min(abs(y - b) for b in borders) >= BORDER_CLEAR for y in ys)
    assert all(b - a >= PITCH - 1e-6 for a, b in pairwise(ys))


def test_no_track_is_added_on_a_lane_border() -> None:
    bands = [(0.0, 19.1, 38.2), (38.2, 57.3, 76.4)]  # two lanes of one row each
    borders = (0.0, 38.2, 76.4)
    ys = _spaced(_filtered(_y_candidates(bands, borders), borders))
    assert all(min(abs(y - b) for b in borders) >= BORDER_CLEAR for y in ys)
