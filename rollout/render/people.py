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
from rollout.render.deck_dated import day
from rollout.render.deck_grid import BULLET
from rollout.render.deck_status import due_words
from rollout.render.pptx_common import save_stable

Link = tuple[str, str]  # what it is about, who


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
    """One person's page: tasks, approvals, decisions, whom to inform, who informs them."""
    assert deck.dated is not None
    plan, today = deck.dated.plan, deck.dated.status.today
    todo = report.to_do(plan, person)
    running = [s for s in plan.steps.values() if s.recurring and s.status == "doing" and person in s.responsible]
    done = sum(1 for s in plan.steps.values() if s.status == "done" and person in s.responsible)
    intro = deck.t("pp_intro", date=day(deck, today), done=done)
    sections = [Section(None, (Para(intro, SMALL_SIZE, color=palette.MUTED_TEXT, space_before=0.0),))]
    tasks = [*todo.responsible, *running]
    sections.append(Section(deck.t("pp_tasks", n=len(tasks)), _steps(deck, tasks, "pp_no_tasks")))
    if todo.accountable:
        sections.append(Section(deck.t("pp_approves", n=len(todo.accountable)), _steps(deck, list(todo.accountable))))
    if todo.gates:
        sections.append(Section(deck.t("pp_decides", n=len(todo.gates)), tuple(_gate(deck, g) for g in todo.gates)))
    tell, told = inform_links(deck, person, tasks, todo.gates)
    sections.append(Section(deck.t("pp_tell"), _links(deck, tell, "pp_tell_none")))
    sections.append(Section(deck.t("pp_told"), _links(deck, told, "pp_told_none")))
    return sections


def _steps(deck: DeckBuilder, steps: list[StepPlan], empty: str = "pp_no_tasks") -> tuple[Para, ...]:
    if not steps:
        return (Para(deck.t(empty)),)
    return tuple(Para(f"{_ref(step)} · {due_words(deck, step)}", bullet=BULLET) for step in steps)


def _ref(step: StepPlan) -> str:
    return f"{step.number} {step.step.title}"


def _gate(deck: DeckBuilder, gate: GatePlan) -> Para:
    question = gate.phase.gate.decision if gate.phase.gate else ""
    when = deck.t("dd_gate_due", forecast=day(deck, gate.forecast), planned=day(deck, gate.planned))
    phase = deck.t("role_phase", n=gate.number, name=gate.phase.name)
    return Para(f"{phase}: {question} · {when}", bullet=BULLET)


def inform_links(
    deck: DeckBuilder, person: Person, tasks: list[StepPlan], gates: tuple[GatePlan, ...]
) -> tuple[list[Link], list[Link]]:
    """Whom the person must tell (the I of what they do and decide) and who tells them (where they are I)."""
    assert deck.dated is not None
    plan = deck.dated.plan
    tell = [(_ref(s), _people(plan, s.step.raci.informed, person)) for s in tasks]
    tell += [(_gate_ref(deck, g), _people(plan, list(_told(deck, g)), person)) for g in gates]
    told: list[Link] = []
    for step in sorted((s for s in plan.steps.values() if s.open), key=lambda s: s.forecast.finish):
        if set(person.roles) & set(step.step.raci.informed) and person not in step.responsible:
            told.append((_ref(step), deck.who(step.responsible)))
    for gate in plan.gates.values():
        if gate.decision is None and set(person.roles) & set(_told(deck, gate)) and person not in gate.deciders:
            told.append((_gate_ref(deck, gate), deck.who(gate.deciders)))
    return [link for link in tell if link[1]], told


def _told(deck: DeckBuilder, gate: GatePlan) -> tuple[str, ...]:
    facts = deck.gates.get(gate.phase.id)
    return facts.informed if facts else ()


def _gate_ref(deck: DeckBuilder, gate: GatePlan) -> str:
    return deck.t("pp_gate_ref", n=gate.number, name=gate.phase.name)


def _people(plan: Plan, roles: list[str], person: Person) -> str:
    """The people of the roles (a role nobody is named for by its name), the person left out."""
    names: list[str] = []
    for role in roles:
        found = [p.name for p in plan.role_people.get(role, ()) if p != person]
        if not plan.role_people.get(role):
            found = [r.name for r in plan.process.roles if r.id == role]
        names += [name for name in found if name not in names]
    return ", ".join(names)


def _links(deck: DeckBuilder, links: list[Link], empty: str) -> tuple[Para, ...]:
    if not links:
        return (Para(deck.t(empty)),)
    return tuple(Para(deck.t("pp_link", what=what, who=who), bullet=BULLET) for what, who in links)
