"""What the guide's slides say of one project: dates, people and states beside the process's own words.

Used by the guide's slide functions when the deck is built for a project (deck.dated); pure text.
"""

from __future__ import annotations

import datetime as dt

from rollout.layout import palette
from rollout.layout.flow import SMALL_SIZE, Para, Section
from rollout.locale import dates
from rollout.process.model import Step
from rollout.project import report
from rollout.project.plan import GatePlan, Plan, StepPlan
from rollout.project.report import STATE_ORDER, step_state
from rollout.project.status_layout import go_live_text
from rollout.render.deck_base import Dated, DeckBuilder, number_text
from rollout.render.deck_grid import BULLET


def dated(deck: DeckBuilder) -> Dated:
    """The project of a dated deck (the callers ask only when there is one)."""
    assert deck.dated is not None
    return deck.dated


def day(deck: DeckBuilder, value: dt.date) -> str:
    return dates.day(value, deck.lang)


def span(deck: DeckBuilder, start: dt.date, finish: dt.date) -> str:
    """'2.11.–20.11.2026', or one date."""
    return dates.day_span(start, finish, deck.lang)


def working_days(deck: DeckBuilder, count: int) -> str:
    return deck.t("working_days_one") if count == 1 else deck.t("working_days_many", n=count)


def state_words(deck: DeckBuilder, step: StepPlan) -> str:
    """'käynnissä, 3 työpäivää myöhässä (piti valmistua 20.11.2026)', 'estynyt', 'valmis 16.9.2026'."""
    words = deck.t(f"state_{step.status}")
    if step.status == "done" and step.finished:
        words = deck.t("dd_done_on", date=day(deck, step.finished))
    if step.late_days:
        late = deck.t("dd_late_by", days=working_days(deck, step.late_days), date=day(deck, step.planned.finish))
        words = f"{words}, {late}"
    return words


def step_dates(deck: DeckBuilder, step: StepPlan, weeks: bool = False) -> str:
    """Planned, actual and forecast dates of a step, as far as they are known; a blocked step has no forecast."""
    parts = [deck.t("dd_planned", dates=_span_of(deck, step, step.planned.start, step.planned.finish))]
    if weeks:
        parts.append(project_weeks(deck, step))
    if step.status == "skipped":
        return " · ".join(parts)
    if step.status == "blocked":
        if step.started:
            parts.append(deck.t("dd_started", date=day(deck, step.started)))
        return " · ".join([*parts, deck.t("dd_no_forecast")])
    if step.status == "done":
        if step.started:  # without a start date, the state says when it was done
            parts.append(deck.t("dd_actual", dates=span(deck, step.started, step.finished or step.forecast.finish)))
    elif step.started:
        parts.append(deck.t("dd_started", date=day(deck, step.started)))
        if not step.recurring:
            parts.append(deck.t("dd_forecast_finish", date=day(deck, step.forecast.finish)))
    else:
        parts.append(deck.t("dd_forecast", dates=_span_of(deck, step, step.forecast.start, step.forecast.finish)))
    return " · ".join(parts)


def project_weeks(deck: DeckBuilder, step: StepPlan) -> str:
    """Where a step's planned time sits in the project: 'projektin viikot 12–14/56' (week 1 holds the start)."""
    plan = dated(deck).plan
    monday = plan.start - dt.timedelta(days=plan.start.weekday())
    first, last, total = (
        (d - monday).days // 7 + 1 for d in (step.planned.start, step.planned.finish, plan.planned_finish)
    )
    if step.recurring or first == last:
        return deck.t("dd_project_week", first=first, total=total)
    return deck.t("dd_project_weeks", first=first, last=last, total=total)


def holds_up_words(deck: DeckBuilder, step: StepPlan) -> str | None:
    """What waits for a (blocked) step: 'Odottaa tätä: 2.11, vaiheen 2 päätös'."""
    waiting, gate = report.holds_up(dated(deck).plan, step)
    items = [s.number for s in waiting] + ([deck.t("dd_holds_gate", n=gate.number)] if gate is not None else [])
    return deck.t("dd_holds_up", items=", ".join(items)) if items else None


def _span_of(deck: DeckBuilder, step: StepPlan, start: dt.date, finish: dt.date) -> str:
    """A step's span; a recurring step starts and runs on."""
    return deck.t("dd_runs_on", date=day(deck, start)) if step.recurring else span(deck, start, finish)


def step_section(deck: DeckBuilder, step: Step) -> Section:
    """A step's state on the status date, its dates and the project's note (or why it is skipped)."""
    planned = dated(deck).plan.steps[step.id]
    state = Para(deck.t("dd_state", state=state_words(deck, planned)), bold=True, space_before=0.0)
    paras = [state, Para(step_dates(deck, planned, weeks=True), SMALL_SIZE)]
    holds = holds_up_words(deck, planned) if planned.status == "blocked" else None
    if holds:
        paras.append(Para(holds, SMALL_SIZE))
    entry = planned.entry
    if entry is not None and entry.skip:
        paras.append(Para(deck.t("dd_skip", text=" ".join(entry.skip.split()))))
    if entry is not None and entry.note:
        paras.append(Para(deck.t("dd_note", text=" ".join(entry.note.split()))))
    return Section(deck.t("dd_status_on", date=day(deck, dated(deck).status.today)), tuple(paras))


def raci_lines(deck: DeckBuilder, step: Step) -> tuple[Para, ...]:
    """R, A, C and I with the project's people: who does it and approves it in this project."""
    planned = dated(deck).plan.steps[step.id]
    raci = step.raci
    lines = []
    for key, ids, people in (
        ("raci_r", raci.responsible, planned.responsible),
        ("raci_a", raci.accountable, planned.accountable),
        ("raci_c", raci.consulted, ()),
        ("raci_i", raci.informed, ()),
    ):
        if not ids:
            continue
        names = deck.names(ids)
        if people:
            roles = ", ".join(deck.roles[i].name for i in ids)
            named = deck.who(people)
            names = roles if named == roles else f"{roles} ({named})"
        lines.append(Para(deck.t(key, names=names), bullet=BULLET))
    return tuple(lines)


def people_line(deck: DeckBuilder, role_id: str) -> str:
    """Who fills a role in this project, or that nobody is named for it yet."""
    people = dated(deck).plan.role_people.get(role_id, ())
    return deck.t("dd_people", names=deck.who(people)) if people else deck.t("dd_nobody")


def when_line(deck: DeckBuilder, step_id: str) -> str:
    """A step's state in a few words: 'valmis 16.9.2026', 'ennuste 26.11.–9.12.2026', 'ohitettu'."""
    step = dated(deck).plan.steps[step_id]
    if step.status in ("done", "skipped"):
        return state_words(deck, step)
    if step.status == "blocked":
        late = deck.t("dd_late_by", days=working_days(deck, step.late_days), date=day(deck, step.planned.finish))
        return f"{deck.t('dd_no_forecast')}, {late}" if step.late_days else deck.t("dd_no_forecast")
    when = deck.t("dd_forecast", dates=_span_of(deck, step, step.forecast.start, step.forecast.finish))
    if step.late_days:
        return f"{state_words(deck, step)}; {when}"
    return when


def gate_words(deck: DeckBuilder, gate: GatePlan) -> str:
    """A decision as taken ('Päätetty 9.10.2026: jatketaan (go), Palvelulinjan johtaja B') or when it is due."""
    taken = gate.decision
    if taken is None:
        return deck.t("dd_gate_due", forecast=day(deck, gate.forecast), planned=day(deck, gate.planned))
    words = deck.t("dd_gate_taken", date=day(deck, taken.date), decision=deck.t(f"decision_{taken.decision}"))
    words += f", {deck.who(gate.deciders)}"
    if taken.revisit:
        words += f" · {deck.t('dd_gate_revisit', date=day(deck, taken.revisit))}"
    return f"{words}. {' '.join(taken.note.split())}" if taken.note else words


def gate_para(deck: DeckBuilder, phase_id: str) -> Para | None:
    """The gate's state as a small line in a table cell."""
    gate = dated(deck).plan.gates.get(phase_id)
    if gate is None:
        return None
    color = palette.HEADING_TEXT if gate.decision is not None else palette.CRITICAL
    return Para(gate_words(deck, gate), SMALL_SIZE, True, color=color, space_before=2.0)


def total_words(deck: DeckBuilder) -> str:
    """The forecast go-live against the target, and when the whole project ends."""
    plan = dated(deck).plan
    finish = deck.t("status_finish", forecast=day(deck, plan.forecast_finish), planned=day(deck, plan.planned_finish))
    if plan.go_live is None:
        return finish
    text = go_live_text(plan)
    return f"{text[:1].upper()}{text[1:]}. {finish}"


def state_mark(step: StepPlan) -> str:
    """The status swimlane's mark of a step's state."""
    return palette.STATES[step_state(step)][3]


def critical_steps(plan: Plan) -> list[StepPlan]:
    """The open steps that set the forecast end, first first."""
    return [plan.steps[key] for key in plan.critical_path]


def dated_title_lines(deck: DeckBuilder) -> list[Para]:
    """The title slide's lines in a project's deck: organisation, process, project lead, status date."""
    plan = dated(deck).plan
    info, project = plan.process.process, plan.project.project
    lines = [
        Para(info.owner, 20.0, True),
        Para(deck.t("dd_process", title=info.title, version=info.version), 16.0),
    ]
    if project.lead:
        lines.append(Para(deck.t("status_lead", name=plan.people[project.lead].name), 16.0))
    lines.append(Para(deck.t("dd_status_on", date=day(deck, dated(deck).status.today)), 16.0, True))
    return lines


def dated_howto(deck: DeckBuilder) -> list[str]:
    """How to read a project's deck: the status report first, then the guide with the project's dates."""
    plan = dated(deck).plan
    values = {
        "project": plan.project.project.title,
        "process": plan.process.process.title,
        "date": day(deck, dated(deck).status.today),
    }
    lines = deck.t("dd_howto", **values).split("\n")
    marks = ", ".join(f"{palette.STATES[state][3]} {deck.t(f'state_{state}')}" for state in STATE_ORDER)
    return [*lines[:2], deck.t("dd_howto_marks", marks=marks), *lines[2:]]


def project_sections(deck: DeckBuilder) -> list[Section]:
    """What the project covers: its scope, services and units, as the project file says."""
    info = dated(deck).plan.project.project
    sections = []
    if info.scope:
        sections.append(Section(deck.t("dd_scope", title=info.title), (Para(" ".join(info.scope.split())),)))
    for key, items in (("dd_services", info.services), ("dd_units", info.units)):
        if items:
            sections.append(Section(deck.t(key), tuple(Para(item, bullet=BULLET) for item in items)))
    return sections


def answer_paras(deck: DeckBuilder, question: str) -> list[Para]:
    """The team's answers to one evaluation question, or that it is not answered yet."""
    answers = [a.answer for a in dated(deck).plan.project.evaluation.answers if a.question == question]
    if not answers:
        return [Para(deck.t("dd_no_answer"), SMALL_SIZE, indent=True, color=palette.MUTED_TEXT)]
    return [Para(" ".join(answer.split()), indent=True) for answer in answers]


def dated_step_notes(deck: DeckBuilder, step: Step) -> list[str]:
    """What to say of a step in this project: when it was planned, and what to do when it is late or stuck."""
    planned = dated(deck).plan.steps[step.id]
    say = [deck.t("dd_notes_step", planned=_span_of(deck, planned, planned.planned.start, planned.planned.finish))]
    if planned.late_days:
        say.append(deck.t("dd_notes_late", who=deck.who(planned.responsible)))
    if planned.status == "blocked":
        say.append(deck.t("dd_notes_blocked"))
    if planned.critical and planned.open:
        say.append(deck.t("dd_notes_critical"))
    return say


def latest_text(deck: DeckBuilder, metric: str) -> str:
    """A metric's latest measurement and the target agreed in this project: '0 (31.10.2026); tavoite 35'."""
    evaluation = dated(deck).plan.project.evaluation
    measured = sorted((m for m in evaluation.measurements if m.metric == metric), key=lambda m: m.date)
    target = next((t for t in evaluation.targets if t.metric == metric), None)
    parts = []
    if measured:
        value = measured[-1].value
        shown = number_text(value, deck.lang) if isinstance(value, int | float) else value
        parts.append(f"{shown} ({day(deck, measured[-1].date)})")
    if target is not None:
        parts.append(deck.t("dd_metric_target", value=number_text(target.value, deck.lang)))
    return "; ".join(parts) or "–"
