"""The overview deck: the rollout presented to management while it is planned, in about a dozen slides.

Why, the phases with their decisions, the one-slide swimlane, what each role commits to, the
timeline, the metrics and the decisions asked of management: the same template, language, text
measurement and quality gates as the guide deck.
"""

from __future__ import annotations

from pathlib import Path

from rollout.layout import palette
from rollout.layout.flow import SMALL_SIZE, Para, Section, flow_fewest, height_of
from rollout.layout.geometry import Layout, Rect
from rollout.process.model import Process
from rollout.process.schedule import Schedule
from rollout.render.deck import at_a_glance, footers, metrics_slides, title_slide
from rollout.render.deck_base import DeckBuilder, text_paras
from rollout.render.deck_facts import busy_weeks, commitments, phase_span, week_range
from rollout.render.deck_grid import BODY_H, BODY_TOP, BULLET, CONTENT_W, HALF_W, MARGIN_X, emu
from rollout.render.deck_notes import script
from rollout.render.deck_summary import total_text
from rollout.render.deck_timeline import AXIS_H, TimelineRow, draw_timeline, label_height, timeline_pages
from rollout.render.deck_xml import Cell, add_table, paginate_rows, row_height
from rollout.render.pptx_common import save_stable
from rollout.render.slide import drawing_group


def overview_pptx(process: Process, layout: Layout, template: Path | None = None) -> bytes:
    """The overview deck for a valid process, as .pptx bytes (byte-identical for the same input)."""
    deck = DeckBuilder(process, layout, template)
    title = deck.t("ov_title", title=process.process.title)
    title_slide(deck, title, deck.t("notes_say", text=deck.t("ov_notes_title")))
    _why(deck)
    _phases(deck)
    at_a_glance(deck, script(deck, "ov_say_glance", "ov_ask_glance"))
    _commitments(deck)
    if deck.plan is not None:
        _timeline(deck, deck.plan)
    metrics_slides(deck, script(deck, "ov_say_metrics", "ov_ask_metrics"))
    _decisions(deck)
    footers(deck)
    return save_stable(deck.prs, title, deck.lang)


def _why(deck: DeckBuilder) -> None:
    """Background, needs and intended change on one slide, shortened where they would not fit."""
    info = deck.process.process
    keys = [k for k in ("background", "needs", "goal") if getattr(info.context, k)]
    full = [Section(deck.t(f"ctx_{k}"), text_paras(getattr(info.context, k))) for k in keys]
    candidates = [full, full[1:], [_shortened(s) for s in full[1:]]] if full else []
    candidates.append([Section(None, text_paras(info.description))])
    fits = [c for c in candidates if c and len(flow_fewest(c, HALF_W, BODY_H, 2, deck.t("continued"))) == 1]
    deck.flowed(deck.t("ov_why_title"), script(deck, "ov_say_why", "ov_ask_why"), (fits or candidates)[0])


def _shortened(section: Section) -> Section:
    """A section with each paragraph cut to its first sentence."""
    return Section(section.heading, tuple(Para(p.text.split(". ")[0].rstrip(".") + ".") for p in section.paras))


def _phases(deck: DeckBuilder) -> None:
    """Each phase: its duration, goal, the decision that closes it and who makes it."""
    widths = [CONTENT_W * f for f in (0.22, 0.38, 0.26, 0.14)]
    header = [deck.t(k) for k in ("ov_phase", "ov_goal", "ov_gate", "ov_decider")]
    rows: list[list[Cell]] = []
    for n, phase in enumerate(deck.process.phases, start=1):
        name = [Para(f"{n}. {phase.name}", SMALL_SIZE, True, space_before=0.0)]
        if phase.typical_duration:
            name.append(Para(phase.typical_duration, SMALL_SIZE, color=palette.MUTED_TEXT, space_before=2.0))
        gate = deck.gates.get(phase.id)
        last = n == len(deck.process.phases)
        decision = gate.decision if gate else deck.t("ov_no_gate_end" if last else "ov_no_gate")
        rows.append([tuple(name), phase.goal or "–", decision, deck.names([gate.decider]) if gate else "–"])
    _tables(deck, "ov_phases_title", widths, header, rows, script(deck, "ov_say_phases", "ov_ask_phases"))


def _commitments(deck: DeckBuilder) -> None:
    """Roles × phases: the steps each role does and the weeks in which one of them runs."""
    phases = deck.process.phases
    chunks = [phases[i : i + PHASE_COLUMNS] for i in range(0, len(phases), PHASE_COLUMNS)]
    table = commitments(deck.process, deck.plan)
    notes = script(deck, "ov_say_commit", "ov_ask_commit")
    for chunk in chunks:
        share = (1 - 0.22 - 0.11) / len(chunk)
        widths = [CONTENT_W * 0.22, *(CONTENT_W * share for _ in chunk), CONTENT_W * 0.11]
        header = [deck.t("ov_role"), *(f"{deck.phase_no[p.id]}. {p.name}" for p in chunk), deck.t("ov_total")]
        rows: list[list[Cell]] = []
        for role in deck.process.roles:
            cells = [_cell(deck, table[role.id][p.id].steps, table[role.id][p.id].weeks) for p in chunk]
            total = sum(c.steps for c in table[role.id].values())
            rows.append([role.name, *cells, _cell(deck, total, busy_weeks(deck.process, deck.plan, role.id))])
        _tables(deck, "ov_commit_title", widths, header, rows, notes, deck.t("ov_commit_legend"))


PHASE_COLUMNS = 7  # phases side by side in the commitments table; more continue on the next slide


def _cell(deck: DeckBuilder, steps: int, weeks: float) -> str:
    """'3 · 5 wk'; the count alone where its steps have no estimate."""
    if not steps:
        return "–"
    return deck.t("ov_cell", steps=steps, weeks=deck.weeks(weeks)) if weeks > 0 else str(steps)


def _tables(
    deck: DeckBuilder,
    title_key: str,
    widths: list[float],
    header: list[str],
    rows: list[list[Cell]],
    notes: str,
    legend: str | None = None,
) -> None:
    """A measured table over as few slides as it needs, with an optional legend under it."""
    under = Para(legend, SMALL_SIZE, color=palette.MUTED_TEXT) if legend else None
    under_h = height_of(under, CONTENT_W) if under else 0.0
    pages = paginate_rows(rows, widths, BODY_H - under_h - 6.0 - row_height(header, widths, True))
    for n, page in enumerate(pages, start=1):
        title = deck.part_title(deck.t(title_key), n, len(pages))
        slide = deck.new_slide(title, notes)
        add_table(slide, widths, header, page, [False] * len(page), deck.style, name="Table")
        if under is not None:
            box = slide.shapes.add_textbox(*emu(Rect(MARGIN_X, BODY_TOP + BODY_H - under_h, CONTENT_W, under_h)))
            box.name = "Legend"
            deck.write(box.text_frame, [under])


def _timeline(deck: DeckBuilder, plan: Schedule) -> None:
    """Phases as bars and their decisions as diamonds, with the total and the critical path under them."""
    rows: list[TimelineRow] = []
    for n, phase in enumerate(deck.process.phases, start=1):
        start, end = phase_span(deck.process, plan, phase)
        text = f"{n}. {phase.name}"
        bar_end = end
        if phase.ongoing:  # it goes on: drawn on to the end of the plan, at least a week long
            bar_end = max(end, plan.total, start + 1.0)
            text += f" ({deck.t('ongoing')})"
        rows.append(TimelineRow(text, start, bar_end, False, False, True, n, max(24.0, label_height(text, False))))
        gate = deck.gates.get(phase.id)
        if gate:
            text = deck.t("ov_decision_row", who=deck.names([gate.decider]))
            rows.append(TimelineRow(text, end, end, False, True, False, n, max(20.0, label_height(text, True))))
    paras = [
        Para(total_text(deck, plan), space_before=0.0),
        Para(_critical(deck, plan)),
        Para(deck.t("ov_timeline_legend"), SMALL_SIZE, color=palette.MUTED_TEXT),
    ]
    text_h = sum(height_of(p, CONTENT_W) for p in paras)
    pages = timeline_pages(rows, BODY_H - AXIS_H - text_h - 10.0, deck.t("continued"))
    notes = script(deck, "ov_say_timeline", "ov_ask_timeline")
    alt = f"{deck.t('ov_timeline_title')}: {total_text(deck, plan)}"
    end = max(r.end for r in rows)
    for n, page in enumerate(pages, start=1):
        title = deck.part_title(deck.t("ov_timeline_title"), n, len(pages))
        slide = deck.new_slide(title, notes)
        with drawing_group(slide.shapes, "Timeline", alt) as shapes:
            draw_timeline(shapes, page, end, deck.t("timeline_axis"), deck.style)
        top = BODY_TOP + AXIS_H + sum(r.height for r in page) + 10.0
        box = slide.shapes.add_textbox(*emu(Rect(MARGIN_X, top, CONTENT_W, text_h)))
        box.name = "Timeline summary"
        deck.write(box.text_frame, paras)


def _critical(deck: DeckBuilder, plan: Schedule) -> str:
    """How many steps the critical path has, and its three longest."""
    steps = [s for p in plan.critical_path for s in deck.process.steps if s.id == p]
    longest = sorted(steps, key=lambda s: -(s.duration_weeks or 0.0))[:3]
    named = ", ".join(
        deck.t("ov_task_weeks", ref=deck.step_ref(s), weeks=deck.weeks(s.duration_weeks or 0.0)) for s in longest
    )
    return deck.t("ov_critical", count=len(steps), longest=named)


def _decisions(deck: DeckBuilder) -> None:
    """What management is asked to decide now, and the phase decisions ahead with their weeks."""
    lead = deck.process.process.lead_role
    now = [deck.t("ov_ask_start")]
    now.append(deck.t("ov_ask_lead", lead=deck.names([lead])) if lead else deck.t("ov_ask_no_lead"))
    if deck.plan is not None:
        plan = deck.plan
        busiest = max(deck.process.roles, key=lambda r: busy_weeks(deck.process, plan, r.id))
        weeks = deck.weeks(busy_weeks(deck.process, plan, busiest.id))
        now.append(deck.t("ov_ask_time", role=busiest.name, weeks=weeks))
    gates = list(deck.gates.values())
    if gates:
        now.append(deck.t("ov_ask_book"))
    later = []
    for gate in gates:
        who = deck.names([gate.decider])
        if deck.plan is not None:
            week = week_range(*phase_span(deck.process, deck.plan, gate.phase))[1]
            later.append(deck.t("ov_gate_when", week=week, who=who, decision=gate.decision))
        else:
            later.append(deck.t("ov_gate_undated", who=who, decision=gate.decision))
    sections = [Section(deck.t("ov_now"), tuple(Para(text, bullet=BULLET) for text in now))]
    if later:
        sections.append(Section(deck.t("ov_during"), tuple(Para(text, bullet=BULLET) for text in later)))
    notes = script(deck, "ov_say_decisions", "ov_ask_decisions")
    deck.flowed(deck.t("ov_decisions_title"), notes, sections, columns=1)
