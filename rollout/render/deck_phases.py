"""A phase's opening slide with its "you are here" swimlane, then a slide (or more) per step."""

from __future__ import annotations

from pptx.enum.shapes import MSO_SHAPE
from pptx.slide import Slide

from rollout.layout import palette
from rollout.layout.flow import (
    SMALL_SIZE,
    Para,
    Section,
    column_height,
    flow_fewest,
    heading,
    height_of,
)
from rollout.layout.geometry import Page, Rect
from rollout.process.model import Phase, Step
from rollout.render.deck_base import (
    LETTER_SEP,
    DeckBuilder,
    bullet_paras,
    link_para,
    number_text,
    text_paras,
)
from rollout.render.deck_dated import raci_lines, step_section
from rollout.render.deck_dated_phases import phase_section
from rollout.render.deck_facts import phase_letters, successors, tick_list
from rollout.render.deck_grid import (
    BODY_H,
    BODY_TOP,
    BOX,
    BULLET,
    COL_GAP,
    CONTENT_W,
    MARGIN_X,
    MINI_W,
    PAGE_W,
    emu,
)
from rollout.render.deck_notes import phase_notes, step_notes
from rollout.render.deck_xml import style_shape
from rollout.render.pptx_common import (
    EMU_PER_PT,
    append_copy,
)
from rollout.render.slide import Frame, draw_page, drawing_group


def phase_opening(deck: DeckBuilder, phase: Phase) -> None:
    """The opening slide of a phase: goal, criteria, gate, duration, people, tasks, "you are here"."""
    n, count = deck.phase_no[phase.id], len(deck.process.phases)
    sections: list[Section] = [phase_section(deck, phase)] if deck.dated else []
    if phase.goal:
        sections.append(Section(deck.t("goal"), text_paras(phase.goal)))
    if phase.entry_criteria:
        sections.append(Section(deck.t("entry"), bullet_paras(phase.entry_criteria)))
    ticks = tick_list(phase)
    if ticks:
        sections.append(Section(deck.t("done_when"), bullet_paras(ticks, BOX)))
    gate = deck.gates.get(phase.id)
    if gate:
        lines = [Para(gate.decision), Para(deck.t("gate_decider", who=deck.approvers([gate.decider])), bold=True)]
        if gate.informed:
            lines.append(Para(deck.t("gate_told", who=deck.told(gate.informed))))
        sections.append(Section(deck.t("gate"), tuple(lines)))
    timing = [phase.typical_duration] if phase.typical_duration else []
    if phase.ongoing:
        timing.append(deck.t("ongoing_phase"))
    if timing:
        sections.append(Section(deck.t("duration"), tuple(Para(text) for text in timing)))
    steps = [s for s in deck.process.steps if s.phase == phase.id]
    people = [f"{role.name} ({LETTER_SEP.join(letters)})" for role, letters in phase_letters(deck.process, phase, gate)]
    if people:
        sections.append(Section(deck.t("participants"), (Para(", ".join(people)),)))
    tasks = [heading(deck.t("phase_steps")), *(Para(deck.step_ref(s), bullet=BULLET) for s in steps)]
    # The phase's tasks go under the "you are here" picture when they fit there whole;
    # otherwise they follow the other sections in the text column.
    below = _mini_bottom(deck, phase, n, count) + 6.0
    beside = column_height(tuple(tasks), MINI_W) <= BODY_TOP + BODY_H - below
    if not beside:
        sections.append(Section(deck.t("phase_steps"), tuple(tasks[1:])))
    title = deck.t("phase_title", n=n, count=count, name=phase.name)
    notes = phase_notes(deck, phase)
    text_w = CONTENT_W - MINI_W - COL_GAP
    sheets = flow_fewest(sections, text_w, BODY_H, 1, deck.t("continued"))
    for part, sheet in enumerate(sheets, start=1):
        part_title = deck.part_title(title, part, len(sheets))
        note = notes if part == 1 else f"{deck.t('notes_continued', title=title)} {notes}"
        slide = deck.new_slide(part_title, note)
        deck.columns(slide, sheet, width=text_w)
        if part == 1:
            _mini_swimlane(deck, slide, phase, n, count)
            if beside:
                rect = Rect(PAGE_W - MARGIN_X - MINI_W, below, MINI_W, BODY_TOP + BODY_H - below)
                box = slide.shapes.add_textbox(*emu(rect))
                box.name = "Tasks of the phase"
                deck.write(box.text_frame, tasks)


def _page_of(deck: DeckBuilder, phase: Phase) -> Page | None:
    return next((p for p in deck.layout.pages if any(c.phase_id == phase.id for c in p.columns)), None)


def _caption(deck: DeckBuilder, phase: Phase, n: int, count: int) -> Para:
    return Para(deck.t("you_are_here", n=n, count=count, name=phase.name), SMALL_SIZE, True, space_before=0.0)


def _mini_bottom(deck: DeckBuilder, phase: Phase, n: int, count: int) -> float:
    """Where the "you are here" picture and its caption end on a phase's opening slide."""
    page = _page_of(deck, phase)
    if page is None:
        return BODY_TOP
    top = BODY_TOP + page.height * MINI_W / page.width + 6.0
    return top + height_of(_caption(deck, phase, n, count), MINI_W) + 2.0


def _mini_swimlane(deck: DeckBuilder, slide: Slide, phase: Phase, n: int, count: int) -> None:
    page = _page_of(deck, phase)
    if page is None:
        return
    scale = MINI_W / page.width
    x = PAGE_W - MARGIN_X - MINI_W
    frame = Frame(round(x * EMU_PER_PT), round(BODY_TOP * EMU_PER_PT), scale)
    column = next(c for c in page.columns if c.phase_id == phase.id)
    top_y = min(column.rect.y, column.header.rect.y)
    bottom = max(column.rect.bottom, column.header.rect.bottom)
    outline = Rect(x + column.rect.x * scale, BODY_TOP + top_y * scale, column.rect.w * scale, (bottom - top_y) * scale)
    alt = deck.t("mini_alt", name=phase.name)
    drawn = deck.minis.get(page.number)
    if drawn is None:
        with drawing_group(slide.shapes, "You are here", alt) as shapes:
            draw_page(shapes, page, frame, highlight=phase.id, with_text=False, with_edges=False)
            mark = shapes.add_shape(MSO_SHAPE.RECTANGLE, *emu(outline))
            style_shape(mark, "FFFFFF", palette.HEADING_TEXT, 2.25)
            mark.fill.background()
            mark.name = "Highlight"
        deck.minis[page.number] = slide.shapes[-1]._element
    else:
        # The same page again with another phase highlighted: a copy of the drawn group,
        # recoloured, costs a fraction of drawing its shapes anew.
        fills = {f"Phase {c.phase_id}": "D5DBE1" if c.phase_id != phase.id else c.fill for c in page.columns}
        append_copy(slide, drawn, alt, fills, {"Highlight": emu(outline)})
    caption = _caption(deck, phase, n, count)
    top = BODY_TOP + page.height * scale + 6.0
    rect = Rect(x, top, MINI_W, height_of(caption, MINI_W) + 2.0)
    box = slide.shapes.add_textbox(*emu(rect))
    box.name = "You are here caption"
    deck.write(box.text_frame, [caption])


def step_slide(deck: DeckBuilder, step: Step) -> None:
    """The slides of one step: what and why, who, what first, what next, deliverables, checklist, materials."""
    sections = [Section(None, _head(deck, step))]
    if deck.dated:
        sections.append(step_section(deck, step))
    sections.append(Section(deck.t("what"), text_paras(step.instructions)))
    if step.why:
        sections.append(Section(deck.t("why"), text_paras(step.why)))
    sections.append(Section(deck.t("who"), raci_lines(deck, step) if deck.dated else _raci_lines(deck, step)))
    needs = [
        Para(deck.t("after_step", number=deck.numbers[d], title=_step_title(deck, d)), bullet=BULLET)
        for d in step.depends_on
    ]
    needs += list(bullet_paras(step.inputs))
    if needs:
        sections.append(Section(deck.t("needs_first"), tuple(needs)))
    sections.append(Section(deck.t("next"), _next_lines(deck, step)))
    for key, items, mark in (("deliverables", step.deliverables, BULLET), ("checklist", step.checklist, BOX)):
        if items:
            sections.append(Section(deck.t(key), bullet_paras(items, mark)))
    if step.links:
        sections.append(
            Section(deck.t("links"), tuple(link_para(link.title, link.url, link.note) for link in step.links))
        )
    deck.flowed(deck.step_ref(step), step_notes(deck, step), sections)


def _head(deck: DeckBuilder, step: Step) -> tuple[Para, ...]:
    """The line under a step's title: its phase, duration and marks."""
    phase = next(p for p in deck.process.phases if p.id == step.phase)
    meta = [deck.t("step_meta", n=deck.phase_no[phase.id], phase=phase.name)]
    if step.duration_weeks:
        meta.append(deck.t("weeks", n=number_text(step.duration_weeks, deck.lang)))
    if _critical(deck, step):
        meta.append(deck.t("critical"))
    if step.milestone:
        meta.append(deck.t("milestone"))
    if isinstance(step.recurring, str):
        meta.append(deck.t("recurring", cadence=step.recurring))
    elif step.recurring:
        meta.append(deck.t("recurring_plain"))
    head = [Para(" · ".join(meta), SMALL_SIZE, True, color=palette.MUTED_TEXT, space_before=0.0)]
    if step.inferred:
        head.append(Para(deck.t("inferred"), SMALL_SIZE, color=palette.MUTED_TEXT))
    return tuple(head)


def _critical(deck: DeckBuilder, step: Step) -> bool:
    """On the critical path: of the project's forecast in a project's deck, else of the process's schedule."""
    if deck.dated:
        return deck.dated.plan.steps[step.id].critical
    return deck.plan is not None and deck.plan.slots[step.id].critical


def _next_lines(deck: DeckBuilder, step: Step) -> tuple[Para, ...]:
    """The steps this one unblocks, with who answers for each; or that it closes its phase or the process."""
    after = successors(deck.process, deck.graph, step)
    if after:
        return tuple(_next_line(deck, step, other) for other in after)
    n = deck.phase_no[step.phase]
    lines = [Para(deck.t("closes_process" if n == len(deck.process.phases) else "closes_phase", n=n))]
    gate = deck.gates.get(step.phase)
    if gate:
        lines.append(Para(deck.t("then_gate", who=deck.approvers([gate.decider]), decision=gate.decision)))
    return tuple(lines)


def _next_line(deck: DeckBuilder, step: Step, other: Step) -> Para:
    who = deck.approvers(other.raci.accountable)
    values = {"number": deck.numbers[other.id], "title": other.title, "who": who}
    waits = [p for p in deck.process.phases[deck.phase_no[step.phase] - 1 : deck.phase_no[other.phase] - 1] if p.gate]
    if waits:  # a later phase starts only after the gates between
        return Para(deck.t("next_after_gate", n=deck.phase_no[waits[-1].id], **values), bullet=BULLET)
    return Para(deck.t("next_step", **values), bullet=BULLET)


def _step_title(deck: DeckBuilder, step_id: str) -> str:
    return next(s.title for s in deck.process.steps if s.id == step_id)


def _raci_lines(deck: DeckBuilder, step: Step) -> tuple[Para, ...]:
    raci = step.raci
    lines = []
    for key, ids in (
        ("raci_r", raci.responsible),
        ("raci_a", raci.accountable),
        ("raci_c", raci.consulted),
        ("raci_i", raci.informed),
    ):
        if ids:
            lines.append(Para(deck.t(key, names=deck.names(ids)), bullet=BULLET))
    return tuple(lines)
