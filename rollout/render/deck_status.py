"""A project's dated deck opens with its status report: where it stands, what is late, what comes next.

The overview with what was done in the previous two weeks, the status swimlane, the late and blocked
steps with who and how late, what each person has under way in the next two weeks, and the next
decision with what it still waits for. Everything is read off the project's Status (project/report.py).
"""

from __future__ import annotations

from rollout.layout import palette
from rollout.layout.flow import SMALL_SIZE, Para, Section
from rollout.locale import dates
from rollout.project import report
from rollout.project.plan import StepPlan
from rollout.render.deck_base import DeckBuilder
from rollout.render.deck_dated import (
    dated,
    day,
    gate_words,
    holds_up_words,
    span,
    state_mark,
    state_words,
    step_dates,
    total_words,
)
from rollout.render.deck_facts import tick_list
from rollout.render.deck_grid import BOX, BULLET
from rollout.render.project_text import overall
from rollout.render.status_lists import AT_RISK_SHOWN


def status_overview(deck: DeckBuilder) -> None:
    """The status report's first slide: where the project is and what was done in the previous two weeks."""
    today = dated(deck).status.today
    deck.flowed(deck.t("dd_overview_title", date=day(deck, today)), status_notes(deck, "overview"), _overview(deck))


def status_details(deck: DeckBuilder) -> None:
    """The rest of the status report: late and blocked, the next two weeks, the next decision."""
    status = dated(deck).status
    deck.flowed(deck.t("dd_problems_title"), status_notes(deck, "problems"), _problems(deck))
    window = span(deck, status.today, status.window_end)
    deck.flowed(deck.t("dd_upcoming_title", dates=window), status_notes(deck, "upcoming"), _upcoming(deck))
    deck.flowed(deck.t("dd_gate_title"), status_notes(deck, "gate"), _next_gate(deck))


def status_notes(deck: DeckBuilder, part: str) -> str:
    """A status slide's script: a sentence to say and a question for the room."""
    return "\n\n".join(
        (deck.t("notes_say", text=deck.t(f"dd_say_{part}")), deck.t("notes_ask", text=deck.t(f"dd_ask_{part}")))
    )


def _overview(deck: DeckBuilder) -> list[Section]:
    """Where the project is: its phase, its progress, the go-live, the last decision; what was done lately."""
    status = dated(deck).status
    plan = status.plan
    phase_no = plan.process.phases.index(status.phase) + 1
    lines = [
        deck.t(
            "status_phase",
            n=phase_no,
            count=len(plan.process.phases),
            name=status.phase.name,
            done=status.phase_progress.done,
            total=status.phase_progress.total,
        ),
        overall(status.progress, deck.lang),
        total_words(deck),
    ]
    assumed = [s.number for s in report.blocked_before_go_live(plan)]
    if assumed:
        lines.append(deck.t("status_golive_assumes", steps=", ".join(assumed)))
    decided = [gate for gate in plan.gates.values() if gate.decision is not None]
    if decided:
        last = decided[-1]
        lines.append(deck.t("dd_last_gate", n=last.number, name=last.phase.name, words=gate_words(deck, last)))
    head = Section(None, tuple(Para(line, bullet=BULLET, space_before=4.0) for line in lines))
    window = span(deck, status.window_start, status.today)
    done = tuple(_done_line(deck, step) for step in status.recent) or (Para(deck.t("dd_none_done")),)
    return [head, Section(deck.t("dd_recent", n=len(status.recent), dates=window), done)]


def _done_line(deck: DeckBuilder, step: StepPlan) -> Para:
    finished = day(deck, step.finished) if step.finished else ""
    return Para(deck.t("dd_done_item", step=_ref(step), date=finished, who=deck.who(step.responsible)), bullet=BULLET)


def _ref(step: StepPlan) -> str:
    return f"{step.number} {step.step.title}"


def _problems(deck: DeckBuilder) -> list[Section]:
    """Every late step with who does it and how late, then every blocked step with its note."""
    status = dated(deck).status
    late = [para for step in status.late for para in _step_block(deck, step)] or [Para(deck.t("dd_none_late"))]
    blocked = [para for step in status.blocked for para in _step_block(deck, step)] or [Para(deck.t("dd_none_blocked"))]
    return [
        Section(deck.t("status_late", n=len(status.late)), tuple(late)),
        Section(deck.t("status_blocked", n=len(status.blocked)), tuple(blocked)),
        Section(deck.t("dd_at_risk", n=len(status.at_risk)), _at_risk(deck)),
    ]


def _at_risk(deck: DeckBuilder) -> tuple[Para, ...]:
    """The first steps forecast to be late: when they were due, their forecast, who does them; the rest counted."""
    status = dated(deck).status
    plan = status.plan
    target = plan.go_live.target if plan.go_live is not None else None
    paras = []
    for step in status.at_risk[:AT_RISK_SHOWN]:
        words = f"{due_words(deck, step)} · {deck.who(step.responsible)}"
        if target is not None and step.forecast.finish >= target > step.planned.finish:
            words += f" · {deck.t('dd_past_target', target=day(deck, target))}"
        paras.append(Para(f"{state_mark(step)} {_ref(step)} · {words}", bullet=BULLET))
    rest = len(status.at_risk) - AT_RISK_SHOWN
    if rest > 0:
        paras.append(Para(deck.t("dd_at_risk_more", n=rest), SMALL_SIZE, color=palette.MUTED_TEXT))
    return tuple(paras) or (Para(deck.t("dd_none_at_risk")),)


def _step_block(deck: DeckBuilder, step: StepPlan) -> list[Para]:
    """A step in a list of problems: its mark, number and title; who; its state and dates; its note."""
    head = Para(f"{state_mark(step)} {_ref(step)}", bold=True, space_before=8.0)
    who = deck.t("dd_who", does=deck.who(step.responsible), approves=deck.who(step.accountable))
    paras = [head, Para(who, indent=True), Para(state_words(deck, step), indent=True)]
    paras.append(Para(step_dates(deck, step), SMALL_SIZE, indent=True, color=palette.MUTED_TEXT))
    holds = holds_up_words(deck, step) if step.status == "blocked" else None
    if holds:
        paras.append(Para(holds, SMALL_SIZE, indent=True))
    if step.entry is not None and step.entry.note:
        paras.append(Para(deck.t("dd_note", text=" ".join(step.entry.note.split())), SMALL_SIZE, indent=True))
    return paras


def _upcoming(deck: DeckBuilder) -> list[Section]:
    """Per person: the steps under way in the next two weeks, each with when it is due."""
    status = dated(deck).status
    window = span(deck, status.today, status.window_end)
    intro = Section(None, (Para(deck.t("dd_upcoming_intro", dates=window), SMALL_SIZE, space_before=0.0),))
    if not status.upcoming:
        return [intro, Section(None, (Para(deck.t("status_nothing_due")),))]
    sections = [intro]
    for who, steps in status.upcoming:
        sections.append(Section(who.name, tuple(_due_line(deck, step) for step in steps)))
    return sections


def _due_line(deck: DeckBuilder, step: StepPlan) -> Para:
    """'2.4 Alueelliset ohjaukset · määräpäivä 4.12.2026 (ennuste 9.12.2026) · tekemättä'."""
    return Para(f"{state_mark(step)} {_ref(step)} · {due_words(deck, step)}", bullet=BULLET)


def due_words(deck: DeckBuilder, step: StepPlan) -> str:
    """When a step is due (its planned finish), its forecast when that is later, and its state."""
    if step.recurring:
        return f"{deck.t('dd_runs_on', date=day(deck, step.forecast.start))} · {state_words(deck, step)}"
    due = deck.t("dd_due", date=day(deck, step.planned.finish))
    if step.status == "blocked":
        return f"{due} · {deck.t('dd_no_forecast')}"
    if step.forecast.finish != step.planned.finish:
        due += f" ({deck.t('dd_forecast', dates=day(deck, step.forecast.finish))})"
    if step.status == "todo" and not step.late_days:
        due += f" · {deck.t('dd_starts', date=dates.short_day(step.forecast.start, deck.lang))}"
    return f"{due} · {state_words(deck, step)}"


def _next_gate(deck: DeckBuilder) -> list[Section]:
    """The next decision: what, who decides, when, what it still waits for, its tick-list, who is told."""
    status = dated(deck).status
    gate = status.next_gate
    if gate is None:
        return [Section(None, (Para(deck.t("dd_no_decisions_left"), space_before=0.0),))]
    phase = gate.phase
    question = phase.gate.decision if phase.gate else ""
    head = (
        Para(deck.t("role_phase", n=gate.number, name=phase.name), bold=True, space_before=0.0),
        Para(question),
        Para(deck.t("gate_decider", who=deck.who(gate.deciders)), bold=True),
        Para(gate_words(deck, gate)),
    )
    sections = [Section(None, head)]
    waiting = tuple(
        Para(f"{state_mark(s)} {_ref(s)} · {due_words(deck, s)} · {deck.who(s.responsible)}", bullet=BULLET)
        for s in status.next_gate_open
    )
    sections.append(Section(deck.t("dd_gate_waits", n=len(waiting)), waiting or (Para(deck.t("status_gate_ready")),)))
    ticks = tick_list(phase)
    if ticks:
        sections.append(Section(deck.t("done_when"), tuple(Para(item, bullet=BOX) for item in ticks)))
    facts = deck.gates.get(phase.id)
    if facts and facts.informed:
        sections.append(Section(deck.t("dd_gate_told"), (Para(deck.told(facts.informed)),)))
    return sections
