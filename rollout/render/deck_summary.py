"""The guide's early slides that answer "how long" and "who decides".

Phases with their durations, the total as a range and the critical path on one slide, then every
phase decision on one slide.
"""

from __future__ import annotations

from rollout.layout.flow import SAFETY, SMALL_SIZE, Para, Section
from rollout.layout.textfit import text_width
from rollout.process.model import Phase
from rollout.process.schedule import Schedule
from rollout.render.deck_base import DeckBuilder, bullet_paras
from rollout.render.deck_dated import gate_para, total_words
from rollout.render.deck_dated_phases import phase_line
from rollout.render.deck_facts import GateFacts, estimate, phase_span, week_range
from rollout.render.deck_grid import BODY_H, BOX, BULLET, CELL_PAD, CONTENT_W
from rollout.render.deck_notes import script
from rollout.render.deck_xml import Cell, add_table, paginate_rows, row_height


def summary_slide(deck: DeckBuilder) -> None:
    """Phases with their typical durations, the total as a range, the critical path by number and name."""
    line = phase_line if deck.dated else _phase_line
    phases = tuple(Para(line(deck, n, p), bullet=BULLET) for n, p in enumerate(deck.process.phases, start=1))
    heading = deck.t("dd_summary_phases") if deck.dated else deck.t("summary_phases")
    sections = [Section(heading, phases), Section(deck.t("summary_total"), (Para(_total(deck)),))]
    critical = deck.dated.plan.critical_path if deck.dated else deck.plan.critical_path if deck.plan else None
    if critical is not None:
        path = [deck.step_ref(s) for p in critical for s in deck.process.steps if s.id == p]
        intro = Para(deck.t("critical_intro"), space_before=0.0)
        sections.append(Section(deck.t("summary_critical"), (intro, *bullet_paras(path))))
    deck.flowed(deck.t("summary_title"), script(deck, "notes_summary", "ask_summary"), sections)


def _phase_line(deck: DeckBuilder, n: int, phase: Phase) -> str:
    parts = [phase.typical_duration] if phase.typical_duration else []
    if deck.plan is not None:
        first, last = week_range(*phase_span(deck.process, deck.plan, phase))
        parts.append(deck.t("summary_span", start=first, end=last))
    return deck.t("summary_phase", n=n, name=phase.name, duration="; ".join(parts) or "–")


def _total(deck: DeckBuilder) -> str:
    if deck.dated:
        return total_words(deck)
    if deck.plan is None:
        return deck.t("total_none")
    return total_text(deck, deck.plan)


def total_text(deck: DeckBuilder, plan: Schedule) -> str:
    """The total duration as a range from the schedule, with what each end means."""
    found = estimate(deck.process, plan)
    if found.low >= found.high:
        return deck.t("total_single", weeks=deck.weeks(found.high))
    closed = deck.t("total_closed_one") if found.closed == 1 else deck.t("total_closed_many", n=found.closed)
    ongoing = ", ".join(phase.name for phase in deck.process.phases if phase.ongoing)
    weeks = {"low": deck.weeks(found.low), "high": deck.weeks(found.high)}
    return deck.t("total_range", closed=closed, ongoing=ongoing, **weeks)


def gates_slide(deck: DeckBuilder) -> None:
    """Every phase decision on one slide: phase, decision, who decides, the tick-list, who must be told."""
    rows = [gate_row(deck, gate) for gate in deck.gates.values()]
    if not rows:
        return
    # The decider's column is as wide as its longest word, so no name breaks inside a word.
    deciders = [deck.approvers([gate.decider]) for gate in deck.gates.values()]
    word = max(text_width(w, SMALL_SIZE) for name in deciders for w in name.split()) / SAFETY + 2 * CELL_PAD + 2
    decider_w = max(CONTENT_W * 0.11, word)
    widths = [CONTENT_W * 0.22, decider_w, CONTENT_W * 0.57 - decider_w, CONTENT_W * 0.21]
    header = [deck.t(k) for k in ("gates_decision", "gates_decider", "done_when", "gates_told")]
    pages = paginate_rows(rows, widths, BODY_H - row_height(header, widths, True))
    notes = "\n\n".join(
        (
            deck.t("notes_say", text=f"{deck.t('notes_gates')} {deck.t('notes_gates_columns')}"),
            deck.t("notes_ask", text=deck.t("ask_gates")),
        )
    )
    for n, page in enumerate(pages, start=1):
        title = deck.part_title(deck.t("gates_title"), n, len(pages))
        slide = deck.new_slide(title, notes)
        add_table(slide, widths, header, page, [False] * len(page), deck.style, name="Phase decisions")


def gate_row(deck: DeckBuilder, gate: GateFacts) -> list[Cell]:
    """One decision as a table row; the tick-list as boxed items in its cell."""
    ticks = tuple(Para(item, SMALL_SIZE, bullet=BOX, space_before=0.0) for item in gate.ticks)
    phase = Para(deck.t("role_phase", n=gate.number, name=gate.phase.name), SMALL_SIZE, True, space_before=0.0)
    state = gate_para(deck, gate.phase.id) if deck.dated else None
    return [
        (phase, Para(gate.decision, SMALL_SIZE, space_before=2.0), *((state,) if state else ())),
        deck.approvers([gate.decider]),
        ticks or "–",
        deck.told(gate.informed) or "–",
    ]
