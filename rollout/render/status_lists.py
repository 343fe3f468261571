"""The lists of `rollout status`: late, forecast to be late, blocked, and the next two weeks, as rich tables."""

from __future__ import annotations

from rich.console import RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from rollout.locale import Language, dates, label
from rollout.project import report
from rollout.project.plan import StepPlan
from rollout.project.report import Status
from rollout.render.project_text import day, names, state, working_days

AT_RISK_SHOWN = 5  # steps forecast to be late listed by name; the rest are counted (all are in the JSON)


def lists(status: Status) -> list[RenderableType]:
    """Late steps, blocked steps, and what each person has under way in the next two weeks."""
    lang = status.plan.language
    none = indented(label("status_none", lang))
    parts: list[RenderableType] = [Text("")]
    parts.append(Text(label("status_late", lang, n=len(status.late)), style="bold red" if status.late else "bold"))
    parts += [late_table(status) if status.late else none, Text("")]
    parts.append(Text(label("status_at_risk", lang, n=len(status.at_risk)), style="bold"))
    parts += [*at_risk(status), Text("")] if status.at_risk else [none, Text("")]
    parts.append(Text(label("status_blocked", lang, n=len(status.blocked)), style="bold"))
    parts += [blocked_table(status) if status.blocked else none, Text("")]
    window = label("status_upcoming", lang, dates=dates.day_span(status.today, status.window_end, lang))
    parts.append(Text(window, style="bold"))
    if not status.upcoming:
        return [*parts, indented(label("status_nothing_due", lang))]
    table = new_table(3)
    for who, steps in status.upcoming:
        table.add_row("", Text(who.name, style="bold"), "")
        for step in steps:
            table.add_row(step.number, step_named(step), step_when(step, lang))
    return [*parts, table]


def at_risk(status: Status) -> list[RenderableType]:
    """The first steps forecast to be late: when they are forecast against when they were due, who does them."""
    plan, lang = status.plan, status.plan.language
    target = plan.go_live.target if plan.go_live is not None else None
    table = new_table(4)
    for step in status.at_risk[:AT_RISK_SHOWN]:
        words = {"forecast": day(step.forecast.finish, lang), "planned": day(step.planned.finish, lang)}
        when = label("status_at_risk_when", lang, **words)
        if target is not None and step.forecast.finish >= target and step.planned.finish < target:
            when += "\n" + label("status_past_target", lang, target=day(target, lang))
        table.add_row(step.number, step_named(step), Text(when, style="yellow"), names(step.responsible))
    rest = len(status.at_risk) - AT_RISK_SHOWN
    return [table, indented(label("status_more", lang, n=rest), 7)] if rest > 0 else [table]


def blocked_table(status: Status) -> Table:
    """A row per blocked step: no forecast while it is blocked, and what waits for it."""
    plan, lang = status.plan, status.plan.language
    table = new_table(4)
    for step in status.blocked:
        waiting, gate = report.holds_up(plan, step)
        items = [s.number for s in waiting] + ([label("status_holds_gate", lang, n=gate.number)] if gate else [])
        when = Text(label("status_no_forecast", lang), style="yellow")
        if items:
            when.append("\n" + label("status_holds_up", lang, items=", ".join(items)))
        table.add_row(step.number, step_title(step), when, names(step.responsible))
    return table


def late_table(status: Status) -> Table:
    """A row per late step: how late, when it was due, who does it."""
    lang = status.plan.language
    table = new_table(4)
    for step in status.late:
        how_late = Text(working_days(step.late_days, lang), style="red")
        how_late.append("\n" + label("status_was_due", lang, date=day(step.planned.finish, lang)), style="")
        if step.status != "blocked":
            how_late.append("\n" + label("status_forecast", lang, date=day(step.forecast.finish, lang)), style="")
        table.add_row(step.number, step_title(step), how_late, names(step.responsible))
    return table


def steps_table(steps: tuple[StepPlan, ...], lang: Language) -> Table:
    """A row per step: number, title and note, dates and state, who does it."""
    table = new_table(4)
    for step in steps:
        table.add_row(step.number, step_title(step), step_when(step, lang), names(step.responsible))
    return table


def new_table(columns: int) -> Table:
    """Columns: the step number (indented, right-aligned), the title, then the others."""
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True, min_width=6, justify="right")
    table.add_column(ratio=3, overflow="fold")  # a word longer than its column breaks, never is cut off
    for _ in range(columns - 2):
        table.add_column(ratio=1, overflow="fold")
    return table


def step_named(step: StepPlan) -> Text:
    """The step's title and, dimmed, its id: the key a project file gives it under steps:."""
    return Text(step.step.title).append(f" [{step.step.id}]", style="dim")


def step_title(step: StepPlan) -> Text:
    """The step's title and id with its note from the project file under it."""
    text = step_named(step)
    if step.entry is not None and step.entry.note:
        text.append("\n" + step.entry.note, style="dim")
    return text


def step_when(step: StepPlan, lang: Language) -> Text:
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


def indented(text: str, by: int = 2) -> Padding:
    """A line whose wrapped continuation keeps the indentation."""
    return Padding(Text(text), (0, 0, 0, by))
