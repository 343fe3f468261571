"""The status swimlane as drawn: each state's fill in the PNG (also in greyscale), its mark, SVG and PPTX."""

from __future__ import annotations

import datetime as dt
import io
import itertools

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.dml import MSO_LINE

from rollout.layout import palette
from rollout.layout.geometry import Layout, MarkedBox
from rollout.layout.swimlane import layout_process
from rollout.project import report
from rollout.project.status_layout import status_layout
from rollout.render.graphviz import PNG_DPI, render_png, render_svg
from rollout.render.slide import swimlane_pptx
from tests.project.helpers import plan
from tests.project.test_status_layout import EVERY_STATE, STATES
from tests.render.pptx_text import walk


@pytest.fixture(scope="module")
def drawn() -> Layout:
    planned = plan(*EVERY_STATE)
    return status_layout(planned, layout_process(planned.process), dt.date(2027, 6, 16))


def test_each_state_is_drawn_in_its_fill_and_its_fills_differ_in_greyscale(drawn: Layout) -> None:
    image = Image.open(io.BytesIO(render_png(drawn))).convert("RGB")
    scale = PNG_DPI / 72
    seen: dict[str, set[tuple[int, int, int]]] = {}
    for box in drawn.pages[0].boxes:
        # the middle of the box's bottom padding: its fill, clear of text and outline
        pixel = image.getpixel((round(box.rect.cx * scale), round((box.rect.bottom - 2.5) * scale)))
        seen.setdefault(STATES[box.step_id], set()).add(pixel)  # type: ignore[arg-type]
    assert set(seen) == set(report.STATE_ORDER)
    for state, pixels in seen.items():
        wanted = tuple(int(palette.STATES[state][0][i : i + 2], 16) for i in (0, 2, 4))
        assert pixels == {wanted}, state
    grey = Image.open(io.BytesIO(render_png(drawn))).convert("L")
    levels = {
        STATES[box.step_id]: grey.getpixel((round(box.rect.cx * scale), round((box.rect.bottom - 2.5) * scale)))
        for box in drawn.pages[0].boxes
    }
    for a, b in itertools.combinations(levels, 2):
        assert abs(levels[a] - levels[b]) >= 18, (a, b, levels)  # type: ignore[operator]


def test_the_svg_draws_each_mark_and_a_dashed_outline_for_a_skipped_step(drawn: Layout) -> None:
    svg = render_svg(drawn).decode("utf-8")
    for state in report.STATE_ORDER:
        mark = palette.STATES[state][3]
        assert f">{mark}</text>" in svg, state
    assert svg.count('stroke-dasharray="5,2"') == 2  # the skipped step and its legend sample
    assert "Pilotti 2027 · tilanne 16.6.2027 · go&#45;live: ennuste 10.8.2027" in svg  # its tooltip


def test_the_slide_has_each_box_its_fill_and_mark_and_fits_the_slide(drawn: Layout) -> None:
    prs = Presentation(io.BytesIO(swimlane_pptx(drawn)))
    [slide] = prs.slides
    shapes = {shape.name: shape for shape, _ in walk(slide.shapes)}
    for box in drawn.pages[0].boxes:
        assert isinstance(box, MarkedBox)
        step, mark = shapes[f"Step {box.step_id}"], shapes[f"State {box.step_id}"]
        assert str(step.fill.fore_color.rgb) == palette.STATES[STATES[box.step_id]][0]
        assert mark.text_frame.text == palette.STATES[STATES[box.step_id]][3]
        assert (step.line.dash_style == MSO_LINE.DASH) == (STATES[box.step_id] == "skipped")
    width, height = prs.slide_width, prs.slide_height
    assert width is not None
    assert height is not None
    for shape, _ in walk(slide.shapes):  # the title band makes the page taller: it is drawn scaled to fit
        assert 0 <= shape.left <= shape.left + shape.width <= width + 1, shape.name
        assert 0 <= shape.top <= shape.top + shape.height <= height + 1, shape.name
    assert shapes["Title"].text_frame.text.startswith("Pilotti 2027 · tilanne 16.6.2027")
