"""`exports/<name>-plan.ics`: gates, milestones and each step's due date as all-day calendar events.

Every step and every gate is one event whose UID is made of the project's and the step's (or
phase's) ids, so importing a newer file into Outlook or Google Calendar updates the events instead
of adding copies. SEQUENCE and DTSTAMP come from the status date (as_of), never from the clock: a
newer status is a newer revision, and the same project gives the same bytes.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from rollout.locale import label
from rollout.project.plan import GatePlan, Plan, StepPlan
from rollout.render.project_text import day, names, state

_EPOCH = dt.date(2000, 1, 1)
_DAY = dt.timedelta(days=1)


def plan_ics(plan: Plan) -> bytes:
    """The plan as an iCalendar file."""
    calendar = Calendar()
    calendar.add("prodid", "-//rollout//project plan//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", plan.project.project.title)
    for event in _events(plan):
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _events(plan: Plan) -> list[Event]:
    """Phase by phase: its steps, then its gate; the go-live beside the step it is."""
    events = []
    for phase in plan.process.phases:
        for step in plan.phase_steps(phase.id):
            events.append(_step_event(plan, step))
            if plan.go_live is not None and plan.go_live.step == step.step.id:
                events.append(_go_live_event(plan, step))
        if phase.id in plan.gates:
            events.append(_gate_event(plan, plan.gates[phase.id]))
    return events


def _step_event(plan: Plan, step: StepPlan) -> Event:
    """A recurring step on the day it starts; any other step on the day it is due."""
    lang = plan.language
    values = {"number": step.number, "title": step.step.title}
    if step.recurring:
        summary, when = label("ics_starts", lang, **values), step.forecast.start
    elif step.step.milestone:
        summary, when = label("ics_milestone", lang, **values), step.forecast.finish
    else:
        summary, when = label("ics_due", lang, **values), step.forecast.finish
    planned = step.planned.start if step.recurring else step.planned.finish
    lines = [
        label("ics_responsible", lang, names=names(step.responsible)),
        label("ics_accountable", lang, names=names(step.accountable)),
        label("ics_state", lang, state=state(step, lang)),
        label("ics_planned", lang, date=day(planned, lang)),
    ]
    lines += [text for text in (step.entry.note, step.entry.skip) if text] if step.entry else []
    event = _event(plan, f"step.{step.step.id}", summary, when, "\n".join(lines))
    if step.status == "skipped":
        event.add("status", "CANCELLED")
    return event


def _gate_event(plan: Plan, gate: GatePlan) -> Event:
    """A phase's decision: on the day it was taken, or on the day it is forecast."""
    lang = plan.language
    question = gate.phase.gate.decision if gate.phase.gate else ""
    lines = [label("ics_decision", lang, text=question), label("ics_deciders", lang, names=names(gate.deciders))]
    taken = gate.decision
    if taken is not None:
        decided = label(f"decision_{taken.decision}", lang)
        lines += [label("ics_decided", lang, date=day(taken.date, lang), decision=decided)]
        lines += [taken.note] if taken.note else []
    when = taken.date if taken is not None and taken.decision == "go" else gate.forecast
    summary = label("ics_gate", lang, n=gate.number, name=gate.phase.name)
    return _event(plan, f"gate.{gate.phase.id}", summary, when, "\n".join(lines))


def _go_live_event(plan: Plan, step: StepPlan) -> Event:
    assert plan.go_live is not None
    summary = label("ics_golive", plan.language, title=plan.project.project.title)
    lines = [label("ics_responsible", plan.language, names=names(step.responsible))]
    if plan.go_live.target is not None:
        lines.append(label("ics_planned", plan.language, date=day(plan.go_live.target, plan.language)))
    return _event(plan, "go-live", summary, plan.go_live.forecast, "\n".join(lines))


def _event(plan: Plan, key: str, summary: str, when: dt.date, description: str) -> Event:
    """An all-day event that does not mark the day busy, identified by the project and the key."""
    revision = plan.as_of or plan.start
    event = Event()
    event.add("uid", f"{plan.project.project.id}.{key}@rollout")
    event.add("dtstamp", dt.datetime.combine(revision, dt.time(), tzinfo=dt.UTC))
    event.add("sequence", (revision - _EPOCH).days)
    event.add("summary", summary)
    event.add("dtstart", when)
    event.add("dtend", when + _DAY)
    event.add("transp", "TRANSPARENT")
    event.add("description", description)
    return event
