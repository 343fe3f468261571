"""A page per person of a project: your tasks with dates, your decisions, whom you inform and who informs you.

"Ammattilaiset tietävät oman roolinsa": one slide each (more when it does not fit), in the project's
language, read off the plan on the status date. Open work only, soonest first.
"""

from __future__ import annotations

from pathlib import Path

from rollout.layout import palette
from rollout.layout.flow import SMALL_SIZE, Para, Section
from rollout.layout.geometry import Layout
from rollout.project import report
from rollout.project.model import Person
from rollout.project.plan import GatePlan, Plan, StepPlan
from rollout.render.deck import footers, title_slide
from rollout.render.deck_base import Dated, DeckBuilder
from rollout.render.deck_dated import day, state_mark
from rollout.render.deck_grid import BULLET
from rollout.render.deck_status import due_words
from rollout.render.pptx_common import save_stable


def people_pptx(plan: Plan, layout: Layout, template: Path | None = None) -> bytes:
    """The people pages of a project, as .pptx bytes (byte-identical for the same input)."""
    today = report.status_day(plan)
    deck = DeckBuilder(plan.process, layout, template, Dated(plan, report.status(plan, today), layout))
    title = deck.t("pp_title", title=plan.project.project.title)
    title_slide(deck, title, _notes(deck, "title"))
    for person in plan.project.people:
        deck.flowed(_slide_title(deck, person), _notes(deck, "person"), person_sections(deck, person))
    footers(deck)
    return save_stable(deck.prs, title, deck.lang)


def _notes(deck: DeckBuilder, part: str) -> str:
    return "\n\n".join(
        (deck.t("notes_say", text=deck.t(f"pp_say_{part}")), deck.t("notes_ask", text=deck.t(f"pp_ask_{part}")))
    )


def _slide_title(deck: DeckBuilder, person: Person) -> str:
    roles = ", ".join(deck.roles[role].name for role in person.roles if role in deck.roles)
    return deck.t("pp_person", name=person.name, roles=roles) if roles else person.name


def person_sections(deck: DeckBuilder, person: Person) -> list[Section]:
    """One person's page: tasks with whom to tell, decisions, approvals, who tells them."""
    assert deck.dated is not None
    plan, today = deck.dated.plan, deck.dated.status.today
    todo = report.to_do(plan, person)
    running = [s for s in plan.steps.values() if s.recurring and s.status == "doing" and person in s.responsible]
    done = sum(1 for s in plan.steps.values() if s.status == "done" and person in s.responsible)
    intro = deck.t("pp_intro", date=day(deck, today), done=done)
    sections = [Section(None, (Para(intro, SMALL_SIZE, color=palette.MUTED_TEXT, space_before=0.0),))]
    tasks = [*todo.responsible, *running]
    tasks_paras = [para for step in tasks for para in _task(deck, plan, step, person)]
    sections.append(Section(deck.t("pp_tasks", n=len(tasks)), tuple(tasks_paras) or (Para(deck.t("pp_no_tasks")),)))
    if todo.gates or report.decides(plan, person):
        decisions = [para for gate in todo.gates for para in _decision(deck, plan, gate, person)]
        none = (Para(deck.t("dd_no_decisions")),)
        sections.append(Section(deck.t("pp_decides", n=len(todo.gates)), tuple(decisions) or none))
    if todo.accountable:
        approves = tuple(_short(deck, s, due_words(deck, s)) for s in todo.accountable)
        sections.append(Section(deck.t("pp_approves", n=len(todo.accountable)), approves))
    told = told_by(deck, person)
    sections.append(Section(deck.t("pp_told"), tuple(told) or (Para(deck.t("pp_told_none"), SMALL_SIZE),)))
    return sections


def _task(deck: DeckBuilder, plan: Plan, step: StepPlan, person: Person) -> list[Para]:
    """A task: its mark, number and title; when it is due; whom to tell when it is done."""
    paras = [
        Para(f"{state_mark(step)} {_ref(step)}", bullet=BULLET),
        Para(due_words(deck, step), SMALL_SIZE, indent=True, space_before=1.0),
    ]
    tell = _people(plan, step.step.raci.informed, person)
    if tell:
        paras.append(Para(deck.t("pp_tell", names=tell), SMALL_SIZE, indent=True, space_before=1.0))
    return paras


def _decision(deck: DeckBuilder, plan: Plan, gate: GatePlan, person: Person) -> list[Para]:
    """A decision the person takes: what, when it is due, whom to tell."""
    question = gate.phase.gate.decision if gate.phase.gate else ""
    when = deck.t("dd_gate_due", forecast=day(deck, gate.forecast), planned=day(deck, gate.planned))
    phase = deck.t("role_phase", n=gate.number, name=gate.phase.name)
    paras = [Para(f"{phase}: {question}", bullet=BULLET), Para(when, SMALL_SIZE, indent=True, space_before=1.0)]
    tell = _people(plan, list(_told(deck, gate)), person)
    if tell:
        paras.append(Para(deck.t("pp_tell_decision", names=tell), SMALL_SIZE, indent=True, space_before=1.0))
    return paras


def told_by(deck: DeckBuilder, person: Person) -> list[Para]:
    """What the person is told of (they are I) and by whom, soonest first: steps, then decisions."""
    assert deck.dated is not None
    plan = deck.dated.plan
    found = []
    for step in sorted((s for s in plan.steps.values() if s.open), key=lambda s: (s.forecast.finish, s.number)):
        if set(person.roles) & set(step.step.raci.informed) and person not in step.responsible:
            when = deck.t("dd_forecast", dates=day(deck, step.forecast.finish))
            found.append(_short(deck, step, f"{deck.who(step.responsible)} · {when}"))
    for gate in plan.gates.values():
        if gate.decision is None and set(person.roles) & set(_told(deck, gate)) and person not in gate.deciders:
            what = deck.t("pp_gate_ref", n=gate.number, name=gate.phase.name)
            when = deck.t("dd_forecast", dates=day(deck, gate.forecast))
            found.append(Para(f"{what}: {deck.who(gate.deciders)} · {when}", SMALL_SIZE, bullet=BULLET))
    return found


def _short(deck: DeckBuilder, step: StepPlan, words: str) -> Para:
    """A step in a short list: its number and short label, then what is said of it."""
    return Para(f"{step.number} {step.step.label or step.step.title}: {words}", SMALL_SIZE, bullet=BULLET)


def _ref(step: StepPlan) -> str:
    return f"{step.number} {step.step.title}"


def _told(deck: DeckBuilder, gate: GatePlan) -> tuple[str, ...]:
    facts = deck.gates.get(gate.phase.id)
    return facts.informed if facts else ()


def _people(plan: Plan, roles: list[str], person: Person) -> str:
    """The people of the roles (a role nobody is named for by its name), the person left out."""
    names: list[str] = []
    for role in roles:
        found = [p.name for p in plan.role_people.get(role, ()) if p != person]
        if not plan.role_people.get(role):
            found = [r.name for r in plan.process.roles if r.id == role]
        names += [name for name in found if name not in names]
    return ", ".join(names)
