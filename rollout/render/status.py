"""`rollout status`: a project's state as terminal text (rich) for a project lead, or as JSON."""

from __future__ import annotations

import datetime as dt
import io
import json

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from rollout.locale import Language, label
from rollout.process.suggest import closest
from rollout.project import data, report
from rollout.project.plan import GatePlan, Plan, StepPlan
from rollout.project.report import Status, ToDo
from rollout.render.project_text import day, names, state, step_name, weekday_day, working_days


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


AT_RISK_SHOWN = 5  # steps forecast to be late listed by name; the rest are counted (all are in the JSON)


def status_text(status: Status, width: int = 100, colour: bool = False) -> str:
    """The status as text for a project lead, in the project's language."""
    parts = [*_overview(status), *_lists(status), *_gates(status), *_critical(status), *_how_to_mark(status)]
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
            parts += [Text(""), Text(label(key, lang, n=len(steps)), style="bold"), _steps_table(steps, lang)]
    if todo.gates:
        parts += [Text(""), Text(label("todo_decide", lang, n=len(todo.gates)), style="bold")]
        for gate in todo.gates:
            parts += _gate_lines(gate, lang, label("todo_gate", lang, **_gate_values(gate, lang)))
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
    lines.append(Text(label("status_overall", lang, done=status.progress.done, total=status.progress.total)))
    if plan.go_live is not None:
        lines.append(_go_live_line(plan))
    assumed = [s.number for s in report.blocked_before_go_live(plan)]
    if assumed:
        lines.append(_indented(label("status_golive_assumes", lang, steps=", ".join(assumed))))
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


def _lists(status: Status) -> list[RenderableType]:
    """Late steps, blocked steps, and what each person has under way in the next two weeks."""
    lang = status.plan.language
    none = _indented(label("status_none", lang))
    parts: list[RenderableType] = [Text("")]
    parts.append(Text(label("status_late", lang, n=len(status.late)), style="bold red" if status.late else "bold"))
    parts += [_late_table(status) if status.late else none, Text("")]
    parts.append(Text(label("status_at_risk", lang, n=len(status.at_risk)), style="bold"))
    parts += [*_at_risk(status), Text("")] if status.at_risk else [none, Text("")]
    parts.append(Text(label("status_blocked", lang, n=len(status.blocked)), style="bold"))
    parts += [_blocked_table(status) if status.blocked else none, Text("")]
    window = label("status_upcoming", lang, start=day(status.today, lang), end=day(status.window_end, lang))
    parts.append(Text(window, style="bold"))
    if not status.upcoming:
        return [*parts, _indented(label("status_nothing_due", lang))]
    table = _table(3)
    for who, steps in status.upcoming:
        table.add_row("", Text(who.name, style="bold"), "")
        for step in steps:
            table.add_row(step.number, _named(step), _when(step, lang))
    return [*parts, table]


def _at_risk(status: Status) -> list[RenderableType]:
    """The first steps forecast to be late: when they are forecast against when they were due, who does them."""
    plan, lang = status.plan, status.plan.language
    target = plan.go_live.target if plan.go_live is not None else None
    table = _table(4)
    for step in status.at_risk[:AT_RISK_SHOWN]:
        words = {"forecast": day(step.forecast.finish, lang), "planned": day(step.planned.finish, lang)}
        when = label("status_at_risk_when", lang, **words)
        if target is not None and step.forecast.finish >= target and step.planned.finish < target:
            when += "\n" + label("status_past_target", lang, target=day(target, lang))
        table.add_row(step.number, _named(step), Text(when, style="yellow"), names(step.responsible))
    rest = len(status.at_risk) - AT_RISK_SHOWN
    return [table, _indented(label("status_more", lang, n=rest), 7)] if rest > 0 else [table]


def _blocked_table(status: Status) -> Table:
    """A row per blocked step: no forecast while it is blocked, and what waits for it."""
    plan, lang = status.plan, status.plan.language
    table = _table(4)
    for step in status.blocked:
        waiting, gate = report.holds_up(plan, step)
        items = [s.number for s in waiting] + ([label("status_holds_gate", lang, n=gate.number)] if gate else [])
        when = Text(label("status_no_forecast", lang), style="yellow")
        if items:
            when.append("\n" + label("status_holds_up", lang, items=", ".join(items)))
        table.add_row(step.number, _title(step), when, names(step.responsible))
    return table


def _how_to_mark(status: Status) -> list[RenderableType]:
    """How to record progress: the YAML for the first open step in the lists above."""
    first = next(iter((*status.late, *status.blocked, *(s for _, steps in status.upcoming for s in steps))), None)
    if first is None:
        return []
    words = label("status_how_to_mark", status.plan.language, id=first.step.id, date=status.today.isoformat())
    return [Text(""), Text(words, style="dim")]


def _late_table(status: Status) -> Table:
    """A row per late step: how late, when it was due, who does it."""
    lang = status.plan.language
    table = _table(4)
    for step in status.late:
        how_late = Text(working_days(step.late_days, lang), style="red")
        how_late.append("\n" + label("status_was_due", lang, date=day(step.planned.finish, lang)), style="")
        if step.status != "blocked":
            how_late.append("\n" + label("status_forecast", lang, date=day(step.forecast.finish, lang)), style="")
        table.add_row(step.number, _title(step), how_late, names(step.responsible))
    return table


def _steps_table(steps: tuple[StepPlan, ...], lang: Language) -> Table:
    """A row per step: number, title and note, dates and state, who does it."""
    table = _table(4)
    for step in steps:
        table.add_row(step.number, _title(step), _when(step, lang), names(step.responsible))
    return table


def _table(columns: int) -> Table:
    """Columns: the step number (indented, right-aligned), the title, then the others."""
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True, min_width=6, justify="right")
    table.add_column(ratio=3, overflow="fold")  # a word longer than its column breaks, never is cut off
    for _ in range(columns - 2):
        table.add_column(ratio=1, overflow="fold")
    return table


def _named(step: StepPlan) -> Text:
    """The step's title and, dimmed, its id: the key a project file gives it under steps:."""
    return Text(step.step.title).append(f" [{step.step.id}]", style="dim")


def _title(step: StepPlan) -> Text:
    """The step's title and id with its note from the project file under it."""
    text = _named(step)
    if step.entry is not None and step.entry.note:
        text.append("\n" + step.entry.note, style="dim")
    return text


def _when(step: StepPlan, lang: Language) -> Text:
    """The forecast dates and the state: '26.11.2026–9.12.2026' over 'tekemättä'; a blocked step has no forecast."""
    if step.status == "blocked":
        return Text(label("status_no_forecast", lang), style="yellow")
    start, finish = day(step.forecast.start, lang), day(step.forecast.finish, lang)
    if step.recurring:
        span = label("status_starts", lang, date=start)
    elif step.forecast.start == step.forecast.finish:
        span = start
    else:
        span = label("status_span", lang, start=start, finish=finish)
    return Text(f"{span}\n{state(step, lang)}")


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
    return [*parts, *_gate_lines(gate, lang, heading), _indented(waits), *_criteria(gate, lang)]


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
        _indented(label("status_gate_question", lang, text=question)),
        _indented(label("status_gate_by", lang, names=names(gate.deciders))),
    ]


def _criteria(gate: GatePlan, lang: Language) -> list[RenderableType]:
    criteria = gate.phase.gate.criteria if gate.phase.gate else []
    if not criteria:
        return []
    return [_indented(label("status_gate_criteria", lang)), *(_indented(f"– {item}", 4) for item in criteria)]


def _indented(text: str, by: int = 2) -> Padding:
    """A line whose wrapped continuation keeps the indentation."""
    return Padding(Text(text), (0, 0, 0, by))


def _critical(status: Status) -> list[RenderableType]:
    path = " → ".join(status.plan.steps[step].number for step in status.plan.critical_path)
    return [Text(""), Text(label("status_critical", status.plan.language, path=path))] if path else []
