"""The status swimlane's geometry: the process's own layout, each step's state by fill and mark, people, title."""

from __future__ import annotations

import colorsys
import datetime as dt
import itertools
import math

import pytest

from rollout.layout import palette
from rollout.layout.geometry import Layout, MarkedBox, SampleItem
from rollout.layout.swimlane import layout_process
from rollout.layout.textfit import line_height, text_width
from rollout.project import report
from rollout.project.load import load_project
from rollout.project.plan import Plan
from rollout.project.status_layout import status_layout
from tests.conftest import ROOT
from tests.project.helpers import plan

# As of 16.6.2027: suunnitelma done, rakennus late, koulutus in progress, seuranta blocked, arvio skipped,
# avaus and jono not started.
EVERY_STATE = (
    ("koulutus: {started: 2027-05-25, finished: 2027-05-31}", "koulutus: {started: 2027-06-14, duration_weeks: 4}"),
    ("gates:", "  seuranta: {status: blocked, note: Odottaa raporttipohjaa.}\n  arvio: {skip: Ei tarvita.}\ngates:"),
)
STATES = {
    "suunnitelma": "done",
    "hyvaksynta": "done",
    "rakennus": "late",
    "koulutus": "doing",
    "seuranta": "blocked",
    "arvio": "skipped",
    "avaus": "todo",
    "jono": "todo",
}


@pytest.fixture(scope="module")
def planned() -> Plan:
    return plan(*EVERY_STATE)


@pytest.fixture(scope="module")
def drawn(planned: Plan) -> Layout:
    return status_layout(planned, layout_process(planned.process), dt.date(2027, 6, 16))


def test_the_fixture_has_every_state(planned: Plan) -> None:
    assert {key: report.step_state(step) for key, step in planned.steps.items()} == STATES


def test_each_box_shows_its_state_by_fill_outline_and_mark(drawn: Layout) -> None:
    [page] = drawn.pages
    for box in page.boxes:
        assert isinstance(box, MarkedBox)
        fill, border, ink, mark, mark_ink = palette.STATES[STATES[box.step_id]]
        assert (box.text.fill, box.border, box.text.color) == (fill, border, ink), box.step_id
        assert box.mark is not None
        assert box.mark.lines == (mark,)
        assert box.mark.color == mark_ink
        assert box.mark.fill == "FFFFFF"
        assert box.dashed == (STATES[box.step_id] == "skipped")


def test_the_states_differ_by_mark_and_in_greyscale_and_read_at_wcag_aa() -> None:
    marks = [palette.STATES[state][3] for state in report.STATE_ORDER]
    assert len(set(marks)) == len(marks)
    greys = sorted(_grey(palette.STATES[state][0]) for state in report.STATE_ORDER)
    assert min(b - a for a, b in itertools.pairwise(greys)) >= 18  # apart when printed in grey
    for state in report.STATE_ORDER:
        fill, _, ink, _, mark_ink = palette.STATES[state]
        assert palette.contrast(ink, fill) >= 4.5, state
        assert palette.contrast(mark_ink, "FFFFFF") >= 4.5, state


def _grey(colour: str) -> float:
    """The grey a colour prints as (ITU-R 601 luma, as greyscale conversions do)."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.299 * red + 0.587 * green + 0.114 * blue


def test_the_mark_sits_over_the_boxs_top_left_corner_clear_of_its_text(drawn: Layout) -> None:
    for box in drawn.pages[0].boxes:
        assert isinstance(box, MarkedBox)
        assert box.mark is not None
        circle, rect, text = box.mark.rect, box.rect, box.text
        assert circle.x < rect.x < circle.right
        assert circle.y < rect.y < circle.bottom
        # the first line's letters, from their cap height down: the circle does not reach them
        width = text_width(text.lines[0], text.size, text.bold)
        top = rect.cy - len(text.lines) * line_height(text.size) / 2 + line_height(text.size) - text.size
        left, right, bottom = rect.cx - width / 2, rect.cx + width / 2, top + text.size
        near_x, near_y = min(max(circle.cx, left), right), min(max(circle.cy, top), bottom)
        assert math.hypot(circle.cx - near_x, circle.cy - near_y) >= circle.w / 2, box.step_id


def test_the_layout_is_the_processs_own_moved_under_the_title_band(planned: Plan, drawn: Layout) -> None:
    [before] = layout_process(planned.process).pages
    [after] = drawn.pages
    shift = after.boxes[0].rect.y - before.boxes[0].rect.y
    assert shift > 0
    assert after.height == pytest.approx(before.height + shift)
    for old, new in zip(before.boxes, after.boxes, strict=True):
        assert (new.step_id, new.rect.x, new.rect.w, new.text.lines) == (
            old.step_id,
            old.rect.x,
            old.rect.w,
            old.text.lines,
        )
        assert new.rect.y == pytest.approx(old.rect.y + shift)
    for old_route, new_route in zip(before.routes, after.routes, strict=True):
        moved = [c for x, y in old_route.points for c in (x, y + shift)]
        assert moved == pytest.approx([c for point in new_route.points for c in point])


def test_the_title_says_the_project_the_status_date_and_the_forecast_go_live(drawn: Layout) -> None:
    title = " ".join(drawn.pages[0].title.lines)
    # a four-week training that started on 14.6. ends after the summer break: the go-live waits for it
    assert title == (
        "Pilotti 2027 · tilanne 16.6.2027 · go-live: ennuste 10.8.2027, tavoite 15.6.2027 (19 työpäivää myöhässä)"
    )
    assert drawn.title == title


def test_lane_labels_name_the_role_and_its_people(drawn: Layout) -> None:
    labels = {lane.role_id: lane.label for lane in drawn.pages[0].lanes}
    assert labels["tiimi"].lines[0] == "Tiimi"  # the role first, then its people, no word broken
    assert " ".join(labels["tiimi"].lines) == "Tiimi Projektipäällikkö A"
    assert labels["johto"].lines == ("Johto", "Johtaja B")
    assert labels["asukkaat"].lines == ("Asukkaat",)  # nobody is named for the residents
    for label in labels.values():
        assert len(label.lines) * line_height(label.size) <= label.rect.h - 2 * label.pad
        assert label.size >= 10


def test_the_legend_explains_every_state_with_its_fill_and_mark(drawn: Layout) -> None:
    samples = [item for item in drawn.pages[0].legend if isinstance(item, SampleItem)]
    states = [item for item in samples if isinstance(item.sample, MarkedBox)]
    assert [item.text.lines[0] for item in states] == [
        "Valmis", "Käynnissä", "Myöhässä", "Estynyt", "Tekemättä", "Ohitettu"
    ]  # fmt: skip
    for item, state in zip(states, report.STATE_ORDER, strict=True):
        assert isinstance(item.sample, MarkedBox)
        assert item.sample.mark is not None
        assert item.sample.text.fill == palette.STATES[state][0]
        assert item.sample.mark.lines == (palette.STATES[state][3],)
    legend = drawn.pages[0].legend
    assert legend[-1].kind == "edge"
    assert all(a.text.rect.right < b.swatch.x for a, b in itertools.pairwise(legend))
    assert legend[-1].text.rect.right <= drawn.pages[0].width


def test_a_status_in_english_and_swedish() -> None:
    english = plan(("  title: Pilotti 2027\n", "  title: Pilot 2027\n  language: en\n"))
    drawn = status_layout(english, layout_process(english.process), dt.date(2027, 6, 16))
    assert " ".join(drawn.pages[0].title.lines).startswith(
        "Pilot 2027 · status on 16 Jun 2027 · go-live: forecast 18 Jun 2027, target 15 Jun 2027"
    )
    swedish = plan(("  title: Pilotti 2027\n", "  title: Pilot 2027\n  language: sv\n"))
    drawn = status_layout(swedish, layout_process(swedish.process), dt.date(2027, 6, 16))
    assert " ".join(drawn.pages[0].title.lines).startswith("Pilot 2027 · läget 16.6.2027 · go-live: prognos 18.6.2027")


def test_without_as_of_the_status_is_of_the_last_day_the_file_names() -> None:
    undated = plan(("  as_of: 2027-06-16\n", ""))
    assert undated.as_of is None
    assert report.status_day(undated) == dt.date(2027, 5, 31)  # koulutus finished


def _hue(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return colorsys.rgb_to_hls(red, green, blue)[0] * 360


def test_no_arrow_takes_the_hue_of_a_late_or_blocked_step() -> None:
    planned = load_project(ROOT / "projects" / "omaolo-esimerkki.yaml").plan
    [before] = layout_process(planned.process).pages
    [after] = status_layout(planned, layout_process(planned.process), dt.date(2026, 11, 25)).pages
    assert {route.colour for route in before.routes} - set(palette.STATUS_EDGES)  # the plain swimlane uses more
    warm = [_hue(palette.STATES[state][0]) for state in ("late", "blocked")]
    for route in after.routes:
        assert route.colour in palette.STATUS_EDGES
        if route.colour != palette.EDGE:  # the grey has no hue to mistake
            assert all(min(abs(_hue(route.colour) - h), 360 - abs(_hue(route.colour) - h)) > 60 for h in warm)
    assert {route.colour for route in after.routes} == set(palette.STATUS_EDGES)  # neighbours still differ
