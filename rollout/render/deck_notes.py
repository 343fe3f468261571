"""Speaker notes as a presenter's script: a sentence to say, a question for the room, tips and pitfalls.

The notes add what the slide does not show (the weeks in the schedule, what a delay costs, the
step's own notes, its tips and pitfalls) and never repeat the slide's lists.
"""

from __future__ import annotations

from rollout.process.model import Phase, Role, Step
from rollout.render.deck_base import DeckBuilder
from rollout.render.deck_dated import dated_step_notes
from rollout.render.deck_dated_phases import dated_phase_notes
from rollout.render.deck_facts import busy_weeks, successors, week_range


def step_notes(deck: DeckBuilder, step: Step) -> str:
    """What to say about a step, a question to ask, its tips and its pitfalls."""
    say = [step.notes] if step.notes else []
    if deck.dated:
        say += dated_step_notes(deck, step)
    elif deck.plan is not None:
        slot = deck.plan.slots[step.id]
        say.append(_weeks_sentence(deck, slot.start, slot.end, "notes_weeks", "notes_week"))
        if slot.critical and slot.estimated:
            say.append(deck.t("notes_slip"))
    parts = [deck.t("notes_say", text=" ".join(say))] if say else []
    parts.append(deck.t("notes_ask", text=deck.t(_question(deck, step))))
    parts += [deck.t("notes_tip", text=" ".join(tip.split())) for tip in step.tips]
    parts += [deck.t("notes_pitfall", text=" ".join(pitfall.split())) for pitfall in step.pitfalls]
    return "\n\n".join(parts)


def _question(deck: DeckBuilder, step: Step) -> str:
    """A question that fits the step, varied from step to step among those that fit."""
    others = {r for s in successors(deck.process, deck.graph, step) for r in s.raci.responsible}
    fitting = [
        key
        for key, fits in (
            ("ask_milestone", step.milestone),
            ("ask_inferred", step.inferred),
            ("ask_consulted", bool(step.raci.consulted)),
            ("ask_checklist", bool(step.checklist)),
            ("ask_next", bool(others - set(step.raci.responsible))),
        )
        if fits
    ]
    if step.milestone or step.inferred:  # a decision or a guess is the question to settle first
        return fitting[0]
    index = next(i for i, s in enumerate(deck.process.steps) if s.id == step.id)
    return fitting[index % len(fitting)] if fitting else "ask_default"


def _weeks_sentence(deck: DeckBuilder, start: float, end: float, many: str, one: str) -> str:
    """'in weeks 3–5' (the weeks a span touches, counted from 1), or 'in week 3'."""
    first, last = week_range(start, end)
    if first == last:
        return deck.t(one, week=first)
    return deck.t(many, start=first, end=last)


def phase_notes(deck: DeckBuilder, phase: Phase) -> str:
    """When the phase runs, how it ends, and a question about being ready for it."""
    say = []
    if deck.dated:
        say.append(dated_phase_notes(deck, phase))
    elif deck.plan is not None:
        steps = [deck.plan.slots[s.id] for s in deck.process.steps if s.phase == phase.id]
        start, end = min(s.start for s in steps), max(s.end for s in steps)
        first, last = week_range(start, end)
        say.append(deck.t("notes_phase_weeks", n=deck.phase_no[phase.id], start=first, end=last))
    if phase.ongoing:
        say.append(deck.t("notes_phase_ongoing"))
    elif phase.gate:
        say.append(deck.t("notes_phase_gate"))
    elif phase.id != deck.process.phases[-1].id:
        say.append(deck.t("notes_phase_nogate"))
    ask = deck.t("ask_entry") if phase.entry_criteria else deck.t("ask_phase")
    return "\n\n".join((deck.t("notes_say", text=" ".join(say)), deck.t("notes_ask", text=ask)))


def role_notes(deck: DeckBuilder, role: Role) -> str:
    """How much the role does and for how long, the lead's part, and who holds the role."""
    does = sum(role.id in s.raci.responsible for s in deck.process.steps)
    answers = sum(role.id in s.raci.accountable for s in deck.process.steps)
    say = [deck.t("notes_role_work", r=does, a=answers)]
    if deck.plan is not None:
        say.append(deck.t("notes_role_weeks", weeks=deck.weeks(busy_weeks(deck.process, deck.plan, role.id))))
    if role.id == deck.process.process.lead_role:
        say.append(deck.t("notes_role_lead"))
    return "\n\n".join((deck.t("notes_say", text=" ".join(say)), deck.t("notes_ask", text=deck.t("ask_role"))))


def script(deck: DeckBuilder, say: str, ask: str) -> str:
    """A slide's notes from a sentence key and a question key."""
    return "\n\n".join((deck.t("notes_say", text=deck.t(say)), deck.t("notes_ask", text=deck.t(ask))))
