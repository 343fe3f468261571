"""The timeline slide's drawing: a row per phase and step, bars against weeks, the critical path marked."""

from __future__ import annotations

import math
from dataclasses import Field, dataclass, replace
from typing import Any, ClassVar, Protocol, TypeVar

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.shapes.shapetree import _BaseGroupShapes as ShapeTree

from rollout.layout import palette
from rollout.layout.flow import SAFETY, SMALL_SIZE, paginate
from rollout.layout.geometry import Rect
from rollout.layout.textfit import line_height, text_width, wrap
from rollout.locale import Language, label
from rollout.process.model import Process
from rollout.process.schedule import Schedule
from rollout.render.deck_grid import BODY_TOP, CONTENT_W, MARGIN_X, PAGE_W, emu
from rollout.render.deck_xml import TextStyle, label_box, plain_rect, style_shape

AXIS_H = 24.0
LABEL_W = 250.0
BAR_X = MARGIN_X + LABEL_W + 10.0
BAR_W = PAGE_W - MARGIN_X - BAR_X


@dataclass(frozen=True)
class TimelineRow:
    text: str
    start: float
    end: float
    phase: bool
    critical: bool
    estimated: bool
    number: int
    height: float
    repeat_height: float = 0.0  # a phase row's height when repeated on a continuation page


def timeline_rows(
    process: Process, numbers: dict[str, str], plan: Schedule, phase_no: dict[str, int], language: Language
) -> list[TimelineRow]:
    """A row per phase and step, in phase order, steps by start, with measured label heights."""
    rows: list[TimelineRow] = []
    for phase in process.phases:
        order = {s.id: i for i, s in enumerate(process.steps)}
        steps = sorted(
            (s for s in process.steps if s.phase == phase.id), key=lambda s: (plan.slots[s.id].start, order[s.id])
        )
        if not steps:
            continue
        start = min(plan.slots[s.id].start for s in steps)
        end = max(plan.slots[s.id].end for s in steps)
        text = label("role_phase", language, n=phase_no[phase.id], name=phase.name)
        again = label_height(f"{text} ({label('continued', language)})", True)
        rows.append(
            TimelineRow(text, start, end, True, False, True, phase_no[phase.id], label_height(text, True), again)
        )
        for step in steps:
            slot = plan.slots[step.id]
            text = f"{numbers[step.id]} {step.label or step.title}"
            height = label_height(text, slot.critical)
            rows.append(
                TimelineRow(
                    text, slot.start, slot.end, False, slot.critical, slot.estimated, phase_no[phase.id], height
                )
            )
    return rows


class PagedRow(Protocol):
    """A row of a dated chart: a phase row is repeated, marked continued, atop each page it goes on to."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    @property
    def text(self) -> str: ...

    @property
    def phase(self) -> bool: ...

    @property
    def height(self) -> float: ...

    @property
    def repeat_height(self) -> float: ...


Row = TypeVar("Row", bound=PagedRow)


def timeline_pages(rows: list[Row], room: float, continued: str) -> list[list[Row]]:
    """Rows spread over pages of at most room points; a continued phase repeats its row first."""
    repeat = {i: row.repeat_height for i, row in enumerate(rows) if row.phase}
    pages = paginate([(row.height, row.phase) for row in rows], room, repeat)
    return [
        [
            replace(rows[i], text=f"{rows[i].text} ({continued})", height=rows[i].repeat_height) if again else rows[i]
            for i, again in page
        ]
        for page in pages
    ]


def label_height(text: str, bold: bool) -> float:
    """Height of a row label wrapped in the label column."""
    return len(wrap(text, (LABEL_W - 4) * SAFETY, SMALL_SIZE, bold)) * line_height(SMALL_SIZE) + 5.0


def _axis(total: float) -> tuple[float, list[float]]:
    """The axis end (the first tick at or after total) and the ticks: at most about 12, evenly spaced."""
    step = next((s for s in (1, 2, 4, 5, 10, 20, 25, 50, 100, 200) if total / s <= 12), 500)
    end = max(step, math.ceil(total / step - 1e-9) * step)
    return float(end), [float(w) for w in range(0, end + 1, step)]


def draw_timeline(shapes: ShapeTree, rows: list[TimelineRow], total: float, unit: str, style: TextStyle) -> None:
    """Draw the axis and the rows of one timeline page."""
    shapes.turbo_add_enabled = True  # count shape ids instead of searching the tree for each new shape
    try:
        _draw_rows(shapes, rows, total, unit, style)
    finally:
        shapes.turbo_add_enabled = False


def _draw_rows(shapes: ShapeTree, rows: list[TimelineRow], total: float, unit: str, style: TextStyle) -> None:
    end, ticks = _axis(total)
    scale = BAR_W / end
    top = BODY_TOP
    for week in ticks:
        x = BAR_X + week * scale
        plain_rect(shapes, Rect(x - 0.5, top + AXIS_H - 4, 1.0, 4.0), palette.GRID, "Tick")
        text = f"{week:g}"
        w = text_width(text, SMALL_SIZE) + 8
        label_box(shapes, Rect(x - w / 2, top, w, AXIS_H - 4), text, False, PP_ALIGN.CENTER, style)
    unit_w = text_width(unit, SMALL_SIZE) + 8
    label_box(shapes, Rect(MARGIN_X + LABEL_W - unit_w, top, unit_w, AXIS_H - 4), unit, False, PP_ALIGN.RIGHT, style)
    y = top + AXIS_H
    for index, row in enumerate(rows):
        band = Rect(MARGIN_X, y, CONTENT_W, row.height)
        if row.phase:
            plain_rect(shapes, band, palette.TABLE_STRIPE, "Phase band")
        label_box(
            shapes,
            Rect(MARGIN_X, y, LABEL_W, row.height),
            row.text,
            row.phase or row.critical,
            PP_ALIGN.LEFT,
            style,
        )
        x0, x1 = BAR_X + row.start * scale, BAR_X + row.end * scale
        bar_h = min(12.0, row.height - 6)
        bar_y = y + (row.height - bar_h) / 2
        if row.phase:
            rect = Rect(x0, bar_y + bar_h / 2 - 2, max(2.0, x1 - x0), 4.0)
            plain_rect(shapes, rect, palette.header_fill(row.number), f"Phase bar {index}")
        elif not row.estimated or x1 - x0 < 1:
            at = min(max(x0, BAR_X + 5), BAR_X + BAR_W - 5)  # a marker at either end stays inside the plot
            diamond = shapes.add_shape(MSO_SHAPE.DIAMOND, *emu(Rect(at - 5, bar_y, 10, bar_h)))
            style_shape(diamond, palette.CRITICAL if row.critical else palette.EDGE, None)
            diamond.name = f"Milestone {index}"
        else:
            fill, border, _ = palette.step_style(row.number - 1, False)
            if row.critical:
                fill, border = palette.CRITICAL, palette.CRITICAL
            bar = shapes.add_shape(MSO_SHAPE.RECTANGLE, *emu(Rect(x0, bar_y, x1 - x0, bar_h)))
            style_shape(bar, fill, border)
            bar.name = f"Bar {index}"
        y += row.height
