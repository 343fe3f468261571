"""A project's timeline in calendar dates: planned against actual bars, the status date, holidays and breaks.

Years, months (named in the project's language) and ISO week numbers on the axis; a row per phase
and step; for each step its planned bar above its actual or forecast bar in the state's fill; a line
at the status date; public holidays and the organisation's breaks shaded behind the bars.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.shapes.shapetree import _BaseGroupShapes as ShapeTree

from rollout.layout import palette
from rollout.layout.flow import SMALL_SIZE, Para, height_of
from rollout.layout.geometry import Rect
from rollout.layout.textfit import text_width
from rollout.project.plan import GatePlan, Plan, StepPlan
from rollout.project.report import STATE_ORDER, step_state
from rollout.render.deck_base import DeckBuilder
from rollout.render.deck_dated import dated, day
from rollout.render.deck_grid import BODY_H, BODY_TOP, CONTENT_W, MARGIN_X, emu
from rollout.render.deck_timeline import BAR_W, BAR_X, LABEL_W, label_height, timeline_pages
from rollout.render.deck_xml import TextStyle, label_box, plain_rect, style_shape
from rollout.render.slide import drawing_group

AXIS_ROW = 18.5  # a 12 pt label and its margins
AXIS_H = 3 * AXIS_ROW + 2.0
SHADE = "E3E6EA"  # holidays and breaks, behind everything
TODAY = "1F4E79"
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class CalendarRow:
    """One row: a phase (its span and decision) or a step (planned and actual or forecast)."""

    text: str
    phase: bool
    number: int  # the phase's number
    planned: tuple[dt.date, dt.date]
    actual: tuple[dt.date, dt.date]
    state: str  # a step's state (palette.STATES), "" for a phase
    critical: bool
    runs_on: bool  # a recurring step: its bar runs to the end of the axis
    point: bool  # a step that takes no time: a diamond
    gate: dt.date | None  # a phase's decision, taken or forecast
    height: float
    repeat_height: float = 0.0


@dataclass(frozen=True)
class Axis:
    """The dates across the plot: first Monday to last Sunday, in points per day."""

    first: dt.date
    last: dt.date

    @property
    def scale(self) -> float:
        return BAR_W / ((self.last - self.first).days + 1)

    def x(self, day: dt.date) -> float:
        """The left edge of a day."""
        return BAR_X + (day - self.first).days * self.scale


def calendar_slides(deck: DeckBuilder) -> None:
    """The timeline slides: rows spread evenly, a continued phase repeated, the legend under the plot."""
    plan = dated(deck).plan
    rows = calendar_rows(deck, plan)
    axis = axis_of(plan, rows)
    legend = Para(_legend(deck, plan), SMALL_SIZE, color=palette.MUTED_TEXT)
    legend_h = height_of(legend, CONTENT_W)
    room = BODY_H - AXIS_H - legend_h - 6.0
    pages = timeline_pages(rows, room, deck.t("continued"))
    notes = "\n\n".join(
        (deck.t("notes_say", text=deck.t("dd_say_calendar")), deck.t("notes_ask", text=deck.t("dd_ask_calendar")))
    )
    alt = deck.t("dd_calendar_alt", first=day(deck, axis.first), last=day(deck, axis.last))
    for n, page in enumerate(pages, start=1):
        title = deck.part_title(deck.t("dd_calendar_title"), n, len(pages))
        slide = deck.new_slide(title, notes)
        with drawing_group(slide.shapes, "Calendar", alt) as shapes:
            shapes.turbo_add_enabled = True
            _draw(shapes, deck, plan, page, axis)
            shapes.turbo_add_enabled = False
        box = slide.shapes.add_textbox(*emu(Rect(MARGIN_X, BODY_TOP + BODY_H - legend_h, CONTENT_W, legend_h)))
        box.name = "Calendar legend"
        deck.write(box.text_frame, [legend])


def calendar_rows(deck: DeckBuilder, plan: Plan) -> list[CalendarRow]:
    """A row per phase, then its steps by forecast start; labels measured in the label column."""
    rows: list[CalendarRow] = []
    for n, phase in enumerate(plan.process.phases, start=1):
        steps = plan.phase_steps(phase.id)
        if not steps:
            continue
        text = deck.t("role_phase", n=n, name=phase.name)
        again = label_height(f"{text} ({deck.t('continued')})", True)
        gate = plan.gates.get(phase.id)
        rows.append(_phase_row(text, n, steps, gate, label_height(text, True), again))
        for step in sorted(steps, key=lambda s: (s.forecast.start, s.planned.start, s.number)):
            rows.append(_step_row(step, n))
    return rows


def _phase_row(
    text: str, n: int, steps: list[StepPlan], gate: GatePlan | None, height: float, again: float
) -> CalendarRow:
    planned = (min(s.planned.start for s in steps), max(s.planned.finish for s in steps))
    actual = (min(_actual(s)[0] for s in steps), max(_actual(s)[1] for s in steps))
    when = gate.decision.date if gate and gate.decision else gate.forecast if gate else None
    return CalendarRow(text, True, n, planned, actual, "", False, False, False, when, height, again)


def _step_row(step: StepPlan, n: int) -> CalendarRow:
    mark = palette.STATES[step_state(step)][3]
    text = f"{mark} {step.number} {step.step.label or step.step.title}"
    point = step.days == 0
    return CalendarRow(
        text,
        False,
        n,
        (step.planned.start, step.planned.finish),
        _actual(step),
        step_state(step),
        step.critical,
        step.recurring,
        point,
        None,
        label_height(text, step.critical),
    )


def _actual(step: StepPlan) -> tuple[dt.date, dt.date]:
    """What happened or is forecast: actual dates where known, else the forecast."""
    start = step.started or step.forecast.start
    finish = step.finished or step.forecast.finish
    return (min(start, finish), finish)


def axis_of(plan: Plan, rows: list[CalendarRow]) -> Axis:
    """From the Monday of the first week anything happens to the Sunday of the last."""
    days = [d for row in rows for d in (*row.planned, *row.actual)]
    days += [row.gate for row in rows if row.gate is not None]
    if plan.as_of is not None:
        days.append(plan.as_of)
    first, last = min(days), max(days)
    return Axis(first - dt.timedelta(days=first.weekday()), last + dt.timedelta(days=6 - last.weekday()))


def _draw(shapes: ShapeTree, deck: DeckBuilder, plan: Plan, rows: list[CalendarRow], axis: Axis) -> None:
    """Shading, axis, rows and the status date line of one page."""
    top = BODY_TOP + AXIS_H
    bottom = top + sum(row.height for row in rows)
    _shading(shapes, plan, axis, top, bottom)
    _axis(shapes, deck, axis, deck.style)
    y = top
    for index, row in enumerate(rows):
        _row(shapes, row, index, axis, y, deck.style)
        y += row.height
    today = dated(deck).status.today
    if axis.first <= today <= axis.last:
        x = axis.x(today) + axis.scale / 2
        plain_rect(
            shapes, Rect(x - 0.75, BODY_TOP + AXIS_ROW * 2, 1.5, bottom - BODY_TOP - AXIS_ROW * 2), TODAY, "Today"
        )


def _shading(shapes: ShapeTree, plan: Plan, axis: Axis, top: float, bottom: float) -> None:
    """The organisation's breaks and the public holidays on working weekdays, behind the bars."""
    for pause in plan.calendar.settings.breaks:
        start, end = max(pause.start, axis.first), min(pause.end, axis.last)
        if start <= end:
            rect = Rect(axis.x(start), top, (end - start).days * axis.scale + axis.scale, bottom - top)
            plain_rect(shapes, rect, SHADE, f"Break {pause.name}")
    day = axis.first
    while day <= axis.last:
        off = plan.calendar.day_off(day)
        workday = day.weekday() in plan.calendar.weekdays
        if workday and off is not None and not any(b.start <= day <= b.end for b in plan.calendar.settings.breaks):
            plain_rect(shapes, Rect(axis.x(day), top, max(axis.scale, 1.5), bottom - top), SHADE, f"Holiday {off}")
        day += _DAY


def _axis(shapes: ShapeTree, deck: DeckBuilder, axis: Axis, style: TextStyle) -> None:
    """Years, month names and ISO week numbers, each label where it fits."""
    months = deck.t("months").split()
    y0, y1, y2 = BODY_TOP, BODY_TOP + AXIS_ROW, BODY_TOP + 2 * AXIS_ROW
    for year in range(axis.first.year, axis.last.year + 1):
        start, end = max(dt.date(year, 1, 1), axis.first), min(dt.date(year, 12, 31), axis.last)
        _spanned(shapes, str(year), axis, start, end, y0, style, bold=True)
    month = dt.date(axis.first.year, axis.first.month, 1)
    while month <= axis.last:
        following = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        start, end = max(month, axis.first), min(following - _DAY, axis.last)
        plain_rect(shapes, Rect(axis.x(start), y1, 0.75, AXIS_ROW * 2), palette.GRID, "Month tick")
        _spanned(shapes, months[month.month - 1], axis, start, end, y1, style)
        month = following
    step = next(s for s in (1, 2, 4, 8, 13, 26, 52) if 7 * s * axis.scale >= text_width("53", SMALL_SIZE) + 8)
    monday = axis.first
    while monday <= axis.last:
        week = monday.isocalendar().week
        if week % step == 0 or step == 1:
            centre = axis.x(monday) + 3.5 * axis.scale
            w = text_width(str(week), SMALL_SIZE) + 8
            label_box(shapes, Rect(centre - w / 2, y2, w, AXIS_ROW), str(week), False, PP_ALIGN.CENTER, style)
        monday += dt.timedelta(days=7)
    unit = deck.t("iso_week_axis")
    w = text_width(unit, SMALL_SIZE) + 8
    label_box(shapes, Rect(BAR_X - 10 - w, y2, w, AXIS_ROW), unit, False, PP_ALIGN.RIGHT, style)


def _spanned(
    shapes: ShapeTree,
    text: str,
    axis: Axis,
    start: dt.date,
    end: dt.date,
    y: float,
    style: TextStyle,
    bold: bool = False,
) -> None:
    """A label centred over the days it names, when it fits there."""
    left, right = axis.x(start), axis.x(end) + axis.scale
    width = text_width(text, SMALL_SIZE, bold) + 4
    if width <= right - left:
        label_box(
            shapes, Rect((left + right - width) / 2 - 2, y, width + 4, AXIS_ROW), text, bold, PP_ALIGN.CENTER, style
        )


def _row(shapes: ShapeTree, row: CalendarRow, index: int, axis: Axis, y: float, style: TextStyle) -> None:
    """A row's label, its planned bar above its actual or forecast bar, a phase's decision."""
    if row.phase:
        plain_rect(shapes, Rect(MARGIN_X, y, CONTENT_W, row.height), palette.TABLE_STRIPE, "Phase band")
    label_box(shapes, Rect(MARGIN_X, y, LABEL_W, row.height), row.text, row.phase or row.critical, PP_ALIGN.LEFT, style)
    mid = y + row.height / 2
    end = axis.last if row.runs_on else row.actual[1]
    if row.point:
        _diamond(
            shapes, axis.x(row.actual[0]) + axis.scale / 2, mid, palette.STATES[row.state][1], f"Milestone {index}"
        )
        return
    planned = _bar(axis, row.planned[0], row.planned[1], mid - 6, 4)
    plain_rect(shapes, planned, palette.GRID, f"Planned {index}")
    actual = _bar(axis, row.actual[0], end, mid - 1, 7)
    if row.phase:
        plain_rect(shapes, actual, palette.header_fill(row.number), f"Phase bar {index}")
        if row.gate is not None:
            _diamond(shapes, axis.x(row.gate) + axis.scale / 2, mid, palette.EDGE, f"Decision {index}")
        return
    fill, border, _, _, _ = palette.STATES[row.state]
    bar = shapes.add_shape(MSO_SHAPE.RECTANGLE, *emu(actual))
    style_shape(bar, fill, border)
    bar.name = f"Actual {index}"


def _bar(axis: Axis, start: dt.date, end: dt.date, y: float, height: float) -> Rect:
    left = axis.x(max(start, axis.first))
    right = axis.x(min(end, axis.last)) + axis.scale
    return Rect(left, y, max(1.5, right - left), height)


def _diamond(shapes: ShapeTree, x: float, y: float, colour: str, name: str) -> None:
    shape = shapes.add_shape(MSO_SHAPE.DIAMOND, *emu(Rect(x - 5, y - 5, 10, 10)))
    style_shape(shape, colour, None)
    shape.name = name


def _legend(deck: DeckBuilder, plan: Plan) -> str:
    """What the bars, the line, the shading and the marks mean; the breaks by name."""
    marks = ", ".join(f"{palette.STATES[s][3]} {deck.t(f'state_{s}')}" for s in STATE_ORDER)
    breaks = ", ".join(pause.name for pause in plan.calendar.settings.breaks)
    shaded = deck.t("dd_calendar_shaded_breaks", breaks=breaks) if breaks else deck.t("dd_calendar_shaded")
    today = day(deck, dated(deck).status.today)
    return deck.t("dd_calendar_legend", today=today, shaded=shaded, marks=marks)
