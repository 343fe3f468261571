"""What the guide's phase slides and summary say of one project's phases: done, in progress or not started."""

from __future__ import annotations

from rollout.layout.flow import Para, Section
from rollout.process.model import Phase
from rollout.project import report
from rollout.render.deck_base import DeckBuilder
from rollout.render.deck_dated import dated, day, gate_words, span


def phase_words(deck: DeckBuilder, phase: Phase, short: bool = False) -> str:
    """A phase as it stands: done (its decision taken and its steps done), in progress, or not started."""
    plan = dated(deck).plan
    steps = plan.phase_steps(phase.id)
    start, finish = report.phase_span(plan, phase)
    planned = span(deck, min(s.planned.start for s in steps), max(s.planned.finish for s in steps))
    state = report.phase_state(plan, phase)
    if state == "done":
        key, values = "done", {"dates": span(deck, start, finish), "planned": planned}
    elif state == "doing":
        key, values = "doing", {"start": day(deck, start), "forecast": day(deck, finish), "planned": planned}
    else:
        key, values = "todo", {"forecast": span(deck, start, finish), "planned": planned}
    return deck.t(f"dd_phase_{'short' if short else 'state'}_{key}", **values)


def phase_section(deck: DeckBuilder, phase: Phase) -> Section:
    """A phase in this project: done, in progress or not started with its dates, how much is done, its decision."""
    plan = dated(deck).plan
    kept = [s for s in plan.phase_steps(phase.id) if s.status != "skipped"]
    done = sum(1 for s in kept if s.status == "done")
    paras = [
        Para(phase_words(deck, phase), space_before=0.0),
        Para(deck.t("dd_phase_done", done=done, total=len(kept)), bold=True),
    ]
    gate = plan.gates.get(phase.id)
    if gate is not None:
        paras.append(Para(gate_words(deck, gate)))
    return Section(deck.t("dd_status_on", date=day(deck, dated(deck).status.today)), tuple(paras))


def phase_line(deck: DeckBuilder, n: int, phase: Phase) -> str:
    """A phase on the summary slide: its dates forecast, and its decision."""
    plan = dated(deck).plan
    words = phase_words(deck, phase, short=True)
    gate = plan.gates.get(phase.id)
    when = words if gate is None else f"{words}; {gate_words(deck, gate).split('. ')[0]}"
    return deck.t("summary_phase", n=n, name=phase.name, duration=when)


def dated_phase_notes(deck: DeckBuilder, phase: Phase) -> str:
    """When a phase runs in this project: planned and forecast."""
    steps = dated(deck).plan.phase_steps(phase.id)
    planned = span(deck, min(s.planned.start for s in steps), max(s.planned.finish for s in steps))
    forecast = span(deck, min(s.forecast.start for s in steps), max(s.forecast.finish for s in steps))
    return deck.t("dd_notes_phase", n=deck.phase_no[phase.id], planned=planned, forecast=forecast)
