"""The status swimlane: the process's own swimlane, restyled to show where a project is.

The layout is the process's (rollout.layout.swimlane, the same placement and routes); this only
restyles it: a title band on top says the project, the status date and the forecast go-live; each
lane's label names the role and its people; each box takes its step's state as a fill, an outline
and a mark in a circle over its corner (never colour alone); the legend explains the states. The
arrows keep their routes but take their colours from palette.STATUS_EDGES, none of which is a state's.
Pure geometry on frozen data: every renderer draws the result unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import replace

from rollout.layout import palette
from rollout.layout.edge_colours import coloured
from rollout.layout.geometry import (
    LaneBand,
    Layout,
    LegendItem,
    MarkedBox,
    Page,
    Rect,
    SampleItem,
    SplitPage,
    StepBox,
    Text,
)
from rollout.layout.textfit import line_height, text_width, wrap
from rollout.locale import Language, dates, label
from rollout.project.plan import Plan
from rollout.project.report import STATE_ORDER, State, step_state

MARK_SIZE = 10.0  # the mark's font size; its circle is MARK_D across
MARK_D = 13.0
SAMPLE_W = 30.0
MIN_LANE_SIZE = 10.0


def status_layout(plan: Plan, layout: Layout, today: dt.date) -> Layout:
    """The process's layout restyled with the project's states, people and dates."""
    title = status_title(plan, today)
    pages = tuple(_page(plan, page, title) for page in layout.pages)
    return Layout(plan.project.project.id, plan.language, title, pages)


def status_title(plan: Plan, today: dt.date) -> str:
    """'Omaolo … 2027 · tilanne 25.11.2026 · go-live: ennuste 19.3.2027, tavoite 16.3.2027 (…)'."""
    lang = plan.language
    when = dates.day(today, lang)
    return label("sw_title", lang, title=plan.project.project.title, date=when, go_live=go_live_text(plan))


def go_live_text(plan: Plan) -> str:
    """The forecast go-live against the target (or the plan), or the forecast end without a go-live."""
    lang, go_live = plan.language, plan.go_live
    if go_live is None:
        planned, forecast = dates.day(plan.planned_finish, lang), dates.day(plan.forecast_finish, lang)
        return label("sw_finish", lang, forecast=forecast, planned=planned)
    forecast = dates.day(go_live.forecast, lang)
    if go_live.target is None:
        return label("sw_golive_plan", lang, forecast=forecast, planned=dates.day(go_live.planned, lang))
    target = dates.day(go_live.target, lang)
    return label("sw_golive", lang, forecast=forecast, target=target, verdict=slip_text(go_live.slip, lang))


def slip_text(slip: int, lang: Language) -> str:
    """'3 työpäivää myöhässä', '2 työpäivää etuajassa' or 'aikataulussa'."""
    if slip == 0:
        return label("status_on_time", lang)
    count = abs(slip)
    days = label("working_days_one", lang) if count == 1 else label("working_days_many", lang, n=count)
    return label("status_behind" if slip > 0 else "status_ahead", lang, days=days)


def _page(plan: Plan, page: Page, title: str) -> Page:
    """One page: shifted down under the title band, lanes with people, boxes with states, the state legend."""
    top = page.title.rect.y  # the page's margin
    band = _band(page, title, plan.language)
    shifted = _shift(page, band.rect.bottom + top / 2 - top)
    return replace(
        shifted,
        title=band,
        lanes=tuple(_lane(plan, lane) for lane in shifted.lanes),
        boxes=_boxes(plan, shifted),
        routes=coloured(shifted.routes, palette.STATUS_EDGES),
        legend=_legend(plan.language, shifted),
    )


def _band(page: Page, title: str, language: Language) -> Text:
    """The title across the top of the page, in the size and weight of the swimlane's own title."""
    old = page.title
    width = page.width - 2 * old.rect.x
    lines = wrap(title, width - 2 * old.pad, old.size, True, language)
    rect = Rect(old.rect.x, old.rect.y, width, len(lines) * line_height(old.size) + 2 * old.pad)
    return replace(old, rect=rect, lines=lines, bold=True)


def _shift(page: Page, dy: float) -> Page:
    """The page moved down by dy, and as much taller."""

    def text(item: Text) -> Text:
        return replace(item, rect=_moved(item.rect, dy))

    if isinstance(page, SplitPage):  # its stubs move with it
        moved = tuple(
            replace(s, label=text(s.label), points=tuple((x, y + dy) for x, y in s.points)) for s in page.stubs
        )
        page = replace(page, stubs=moved)
    return replace(
        page,
        height=page.height + dy,
        lanes=tuple(replace(lane, rect=_moved(lane.rect, dy), label=text(lane.label)) for lane in page.lanes),
        columns=tuple(replace(c, rect=_moved(c.rect, dy), header=text(c.header)) for c in page.columns),
        boxes=tuple(replace(box, text=text(box.text)) for box in page.boxes),
        routes=tuple(replace(route, points=tuple((x, y + dy) for x, y in route.points)) for route in page.routes),
        legend=tuple(replace(item, swatch=_moved(item.swatch, dy), text=text(item.text)) for item in page.legend),
    )


def _moved(rect: Rect, dy: float) -> Rect:
    return Rect(rect.x, rect.y + dy, rect.w, rect.h)


def _lane(plan: Plan, lane: LaneBand) -> LaneBand:
    """A lane's label: the role's name, then its people, at the largest size that fits its cell."""
    role = next(role for role in plan.process.roles if role.id == lane.role_id)
    people = ", ".join(person.name for person in plan.role_people.get(role.id, ()))
    if not people:
        return lane
    cell = lane.label
    width, room = cell.rect.w - 2 * cell.pad, cell.rect.h - 2 * cell.pad
    count = len(plan.role_people[role.id])
    many = label("sw_people_one" if count == 1 else "sw_people_many", plan.language, n=count)
    together = label("sw_lane", plan.language, role=role.name, people=people)
    # the role, then its people; else both on shared lines; else how many people the role has; a name
    # broken inside a word only when nothing else fits
    forms = ((role.name, people), (together,), (role.name, many))
    for whole in (True, False):
        for texts in forms:
            for size in _sizes(cell.size):
                lines = tuple(line for text in texts for line in wrap(text, width, size, False, plan.language))
                fits = len(lines) * line_height(size) <= room
                if fits and (not whole or _unbroken(texts, lines)):
                    return replace(lane, label=replace(cell, lines=lines, size=size))
    return lane


def _unbroken(texts: tuple[str, ...], lines: tuple[str, ...]) -> bool:
    """Whether wrapping broke no word (it adds a hyphen where it does)."""
    return "".join("".join(texts).split()) == "".join("".join(lines).split())


def _sizes(largest: float) -> list[float]:
    """Font sizes from the swimlane's own down to the smallest a lane label may have."""
    return [largest - step for step in range(int(largest - MIN_LANE_SIZE) + 1)]


def _boxes(plan: Plan, page: Page) -> tuple[MarkedBox, ...]:
    """Every box in its step's state, with the state's mark over its top-left corner."""
    return tuple(_marked(box, step_state(plan.steps[box.step_id]), _corner(box.text)) for box in page.boxes)


def _corner(text: Text) -> Rect:
    """The mark's circle over a box's top-left corner, pushed out only as far as the box's first line needs."""
    rect = text.rect
    top = rect.cy - len(text.lines) * line_height(text.size) / 2 + (line_height(text.size) - text.size)
    first = text.lines[0] if text.lines else ""
    left = rect.cx - text_width(first, text.size, text.bold) / 2
    radius = MARK_D / 2
    inset = 2.0
    while inset > -radius / 2 and math.hypot(left - (rect.x + inset), top - (rect.y + inset)) < radius + 0.5:
        inset -= 0.5
    return Rect(rect.x + inset - radius, rect.y + inset - radius, MARK_D, MARK_D)


def _marked(box: StepBox, state: State, corner: Rect) -> MarkedBox:
    """A step's box in its state's fill, outline and text colour, with the state's mark over a corner."""
    fill, border, ink, _, _ = palette.STATES[state]
    fields = {field.name: getattr(box, field.name) for field in dataclasses.fields(StepBox)}
    fields.update(text=replace(box.text, fill=fill, color=ink), border=border)
    return MarkedBox(**fields, mark=mark_text(state, corner), dashed=state == "skipped")


def mark_text(state: State, rect: Rect) -> Text:
    """A state's mark in a white circle."""
    _, _, _, mark, ink = palette.STATES[state]
    return Text(rect, (mark,), MARK_SIZE, True, ink, "FFFFFF", 0.0)


def _legend(lang: Language, page: Page) -> tuple[LegendItem, ...]:
    """A sample box per state (its fill, outline and mark), the thick outline of a milestone, the arrow."""
    first = page.legend[0].text
    y, height, size = first.rect.y, first.rect.h, first.size
    x = page.legend[0].swatch.x
    items: list[LegendItem] = []
    entries: list[tuple[str, str, State | None]] = [(s, label(f"state_{s}", lang), s) for s in STATE_ORDER]
    entries += [
        ("milestone", label("sw_legend_milestone", lang), None),
        ("edge", label("sw_legend_dependency", lang), None),
    ]
    for kind, words, state in entries:
        words = words[:1].upper() + words[1:]
        swatch = Rect(x + 2, y + 3, SAMPLE_W, height - 6)
        width = text_width(words, size) + 2 * first.pad + 1
        caption = replace(first, rect=Rect(x + SAMPLE_W + 6, y, width, height), lines=(words,))
        sample = _sample(kind, state, swatch)
        items.append(SampleItem("step", swatch, caption, sample) if sample else LegendItem(kind, swatch, caption))
        x += SAMPLE_W + 6 + width + 12
    return tuple(items)


def _sample(kind: str, state: State | None, swatch: Rect) -> StepBox | None:
    """A legend's sample box: a state's fill and outline with its mark, or a milestone's thick outline."""
    if kind == "edge":
        return None
    fill, border, ink, _, _ = palette.STATES[state or "todo"]
    text = Text(swatch, (), MARK_SIZE, False, ink, fill, 0.0)
    if state is None:
        return StepBox(f"legend-{kind}", -1, -1, -1, -1, -1, text, border, 2.25, True)
    circle = Rect(swatch.x - 2, swatch.cy - MARK_D / 2, MARK_D, MARK_D)
    fields = (f"legend-{kind}", -1, -1, -1, -1, -1, text, border, 1.0, False)
    return MarkedBox(*fields, mark=mark_text(state, circle), dashed=state == "skipped")
