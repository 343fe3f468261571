"""`rollout status`: a project's state as terminal text (rich) for a project lead, or as JSON."""

from __future__ import annotations

import datetime as dt
import io
import json

from rich.console import Console, Group, RenderableType
from rich.text import Text

from rollout.locale import Language, label
from rollout.process.suggest import closest
from rollout.project import data, report
from rollout.project.plan import GatePlan, Plan
from rollout.project.report import Status, ToDo
from rollout.render.project_text import day, names, overall, step_name, weekday_day, working_days
from rollout.render.status_lists import indented, lists, steps_table


def status_output(plan: Plan, person: str | None, as_json: bool, width: int = 100, colour: bool = False) -> str:
    """The status on the plan's date, or one person's to-do list; LookupError for a person not in the project."""
    today = plan.as_of
    if today is None:
        raise ValueError("a status needs a date: load the project with one")
    if person is None:
        state = report.status(plan, today)
        return _json(data.status_data(state)) if as_json else status_text(state, width, colour)
    found = report.find_person(plan, person)
    if found is None:
        raise LookupError(_unknown_person(plan, person))
    todo = report.to_do(plan, found)
    return _json(data.to_do_data(todo, plan, today)) if as_json else todo_text(todo, plan, today, width, colour)


def _unknown_person(plan: Plan, name: str) -> str:
    people = plan.project.people
    match = closest(name, [p.name for p in people]) or closest(name, [p.id for p in people])
    hint = f"; did you mean '{match}'?" if match else f"; the project's people: {', '.join(p.name for p in people)}"
    return f"'{name}' is not one of the project's people{hint}"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def status_text(status: Status, width: int = 100, colour: bool = False) -> str:
    """The status as text for a project lead, in the project's language."""
    parts = [*_overview(status), *lists(status), *_gates(status), *_critical(status), *_how_to_mark(status)]
    return _print(parts, width, colour)


def todo_text(todo: ToDo, plan: Plan, today: dt.date, width: int = 100, colour: bool = False) -> str:
    """One person's to-do list as text."""
    lang = plan.language
    roles = [role.name for role in plan.process.roles if role.id in todo.person.roles]
    parts: list[RenderableType] = [
        Text(label("todo_heading", lang, name=todo.person.name), style="bold"),
        Text(label("status_heading", lang, title=plan.project.project.title, date=weekday_day(today, lang))),
    ]
    if roles:
        parts.append(Text(label("todo_roles", lang, roles=", ".join(roles))))
    for key, steps in (("todo_do", todo.responsible), ("todo_approve", todo.accountable)):
        if steps:
            parts += [Text(""), Text(label(key, lang, n=len(steps)), style="bold"), steps_table(steps, lang)]
    if todo.gates or report.decides(plan, todo.person):
        parts += [Text(""), Text(label("todo_decide", lang, n=len(todo.gates)), style="bold")]
        for gate in todo.gates:
            parts += _gate_lines(gate, lang, label("todo_gate", lang, **_gate_values(gate, lang)))
        if not todo.gates:
            parts.append(indented(label("status_no_decisions", lang)))
    if not (todo.responsible or todo.accountable or todo.gates):
        parts += [Text(""), Text(label("todo_nothing", lang))]
    return _print(parts, width, colour)


def _print(parts: list[RenderableType], width: int, colour: bool) -> str:
    """Lay the parts out at a terminal width; ANSI colours only for a terminal."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=colour, no_color=not colour, highlight=False)
    console.print(Group(*parts))
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def _overview(status: Status) -> list[RenderableType]:
    """Heading, phase and progress, go-live against the target, the forecast end."""
    plan, lang = status.plan, status.plan.language
    info = plan.project.project
    lines: list[RenderableType] = [
        Text(label("status_heading", lang, title=info.title, date=weekday_day(status.today, lang)), style="bold"),
        Text(label("status_process", lang, process=plan.process.process.title)),
    ]
    if info.lead is not None:
        lines.append(Text(label("status_lead", lang, name=plan.people[info.lead].name)))
    phase = {
        "n": plan.process.phases.index(status.phase) + 1,
        "count": len(plan.process.phases),
        "name": status.phase.name,
        "done": status.phase_progress.done,
        "total": status.phase_progress.total,
    }
    lines += [Text(""), Text(label("status_phase", lang, **phase))]
    lines.append(Text(overall(status.progress, lang)))
    if plan.go_live is not None:
        lines.append(_go_live_line(plan))
    assumed = [s.number for s in report.blocked_before_go_live(plan)]
    if assumed:
        lines.append(indented(label("status_golive_assumes", lang, steps=", ".join(assumed))))
    end = {"forecast": day(plan.forecast_finish, lang), "planned": day(plan.planned_finish, lang)}
    return [*lines, Text(label("status_finish", lang, **end))]


def _go_live_line(plan: Plan) -> Text:
    """Go-live forecast against the target, the verdict coloured."""
    go_live, lang = plan.go_live, plan.language
    assert go_live is not None
    step = step_name(plan.steps[go_live.step])
    forecast = day(go_live.forecast, lang)
    if go_live.target is None:
        return Text(label("status_golive_plan", lang, step=step, forecast=forecast, planned=day(go_live.planned, lang)))
    if go_live.slip > 0:
        verdict, style = label("status_behind", lang, days=working_days(go_live.slip, lang)), "bold red"
    elif go_live.slip < 0:
        verdict, style = label("status_ahead", lang, days=working_days(-go_live.slip, lang)), "green"
    else:
        verdict, style = label("status_on_time", lang), "green"
    target = day(go_live.target, lang)
    text = Text(label("status_golive", lang, step=step, forecast=forecast, target=target, verdict=""))
    return text.append(verdict, style=style)


def _gates(status: Status) -> list[RenderableType]:
    """The last decision taken, and the next one: when, what, by whom, what it still waits for."""
    plan, lang = status.plan, status.plan.language
    parts: list[RenderableType] = [Text("")]
    decided = [gate for gate in plan.gates.values() if gate.decision is not None]
    if decided:
        last = decided[-1]
        taken = last.decision
        assert taken is not None
        values = {
            "decision": label(f"decision_{taken.decision}", lang),
            "date": day(taken.date, lang),
            "names": names(last.deciders),
        }
        parts.append(Text(label("status_gate_earlier", lang, n=last.number, name=last.phase.name, **values)))
    gate = status.next_gate
    if gate is None:
        return [*parts, Text(label("status_all_decided", lang))]
    heading = label("status_gate", lang, **_gate_values(gate, lang))
    waiting = ", ".join(step.number for step in status.next_gate_open)
    waits = label("status_gate_waits", lang, steps=waiting) if waiting else label("status_gate_ready", lang)
    return [*parts, *_gate_lines(gate, lang, heading), indented(waits), *_criteria(gate, lang)]


def _gate_values(gate: GatePlan, lang: Language) -> dict[str, object]:
    return {
        "n": gate.number,
        "name": gate.phase.name,
        "forecast": day(gate.forecast, lang),
        "planned": day(gate.planned, lang),
    }


def _gate_lines(gate: GatePlan, lang: Language, heading: str) -> list[RenderableType]:
    """A decision still to take: when, what and by whom."""
    question = gate.phase.gate.decision if gate.phase.gate else ""
    return [
        Text(heading, style="bold"),
        indented(label("status_gate_question", lang, text=question)),
        indented(label("status_gate_by", lang, names=names(gate.deciders))),
    ]


def _criteria(gate: GatePlan, lang: Language) -> list[RenderableType]:
    criteria = gate.phase.gate.criteria if gate.phase.gate else []
    if not criteria:
        return []
    return [indented(label("status_gate_criteria", lang)), *(indented(f"– {item}", 4) for item in criteria)]


def _critical(status: Status) -> list[RenderableType]:
    path = " → ".join(status.plan.steps[step].number for step in status.plan.critical_path)
    return [Text(""), Text(label("status_critical", status.plan.language, path=path))] if path else []


def _how_to_mark(status: Status) -> list[RenderableType]:
    """How to record progress: the YAML for the first open step in the lists above."""
    first = next(iter((*status.late, *status.blocked, *(s for _, steps in status.upcoming for s in steps))), None)
    if first is None:
        return []
    words = label("status_how_to_mark", status.plan.language, id=first.step.id, date=status.today.isoformat())
    return [Text(""), Text(words, style="dim")]
