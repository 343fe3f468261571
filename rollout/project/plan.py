"""The project plan: every step of the process on the working-day calendar, as planned and as forecast.

Pure: the project, its process and the status date in, dates out. The baseline is the plan as
agreed (durations, dependencies, gates, holidays and breaks, from the start date or backwards from
the target go-live); the forecast replaces planned dates with actual ones and moves everything not
yet done to today or later, so a late step pushes what follows and the forecast go-live with it.
Renderers (the status text, the calendar and task list, status pictures and decks) take a Plan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import networkx as nx

from rollout.locale import Language
from rollout.process.graph import build_graph, step_numbers
from rollout.process.model import Phase, Process, Role, Step
from rollout.project import timing
from rollout.project.calendar import WorkCalendar
from rollout.project.fixes import fixes as fixes_of
from rollout.project.fixes import overdue, step_days
from rollout.project.model import GateEntry, Person, Project, Status, StepEntry, status_of
from rollout.project.timing import Fixes, Network, Times

Who = Person | Role  # a named person, or the role itself where the project names nobody for it
MAX_WORKING_DAYS = 100 * 261  # a hundred years: longer is a mistake (weeks written as days, say)


class PlanTooLong(ValueError):
    """The plan does not fit in a hundred years."""


_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Span:
    """First and last working day of a step (the same day for a step that takes no time)."""

    start: dt.date
    finish: dt.date


@dataclass(frozen=True)
class StepPlan:
    """One step of the process in this project."""

    step: Step
    number: str  # "2.3": the third step of the second phase
    status: Status
    days: int  # working days it takes
    planned: Span
    forecast: Span
    started: dt.date | None
    finished: dt.date | None
    late_days: int  # working days past its planned finish, not done as of the status date; 0 when not late
    slack: int | None  # working days it may finish later without moving the end; None when done or skipped
    critical: bool  # on the forecast's critical path
    responsible: tuple[Who, ...]  # the assignees, else the people of its responsible roles
    accountable: tuple[Who, ...]
    entry: StepEntry | None  # what the project file says about it

    @property
    def open(self) -> bool:
        """Still to be done: neither done nor skipped."""
        return self.status not in ("done", "skipped")

    @property
    def recurring(self) -> bool:
        """A step that starts on its date and runs on (the daily work queue)."""
        return self.step.recurring is not None


@dataclass(frozen=True)
class GatePlan:
    """A phase's closing decision: planned, forecast and as taken."""

    phase: Phase
    number: int
    planned: dt.date
    forecast: dt.date
    decision: GateEntry | None
    deciders: tuple[Who, ...]

    @property
    def passed(self) -> bool:
        return self.decision is not None and self.decision.decision == "go"


@dataclass(frozen=True)
class GoLivePlan:
    """The go-live: the target, the planned and the forecast date, and how far the forecast slips."""

    step: str
    target: dt.date | None
    planned: dt.date
    forecast: dt.date
    slip: int  # working days the forecast is later than the target (or the plan); negative when earlier


@dataclass(frozen=True)
class Plan:
    """A whole project on the calendar; the input of every project output."""

    project: Project
    process: Process
    language: Language
    calendar: WorkCalendar
    as_of: dt.date | None
    start: dt.date
    steps: dict[str, StepPlan]  # in the process's order
    gates: dict[str, GatePlan]  # phases with a gate, in order
    go_live: GoLivePlan | None
    planned_finish: dt.date
    forecast_finish: dt.date
    critical_path: tuple[str, ...]  # open steps that set the forecast finish, first first
    people: dict[str, Person]
    role_people: dict[str, tuple[Person, ...]]
    approvers: dict[str, Person]  # the one person who approves for a role that has several

    def phase_steps(self, phase: str) -> list[StepPlan]:
        return [plan for plan in self.steps.values() if plan.step.phase == phase]


def make_plan(project: Project, process: Process, as_of: dt.date | None) -> Plan:
    """Plan a project whose references are valid and that has a start date or a target go-live."""
    info = project.project
    language: Language = info.language or process.process.language
    calendar = WorkCalendar(project.calendar, language, _anchor(project))
    net = network(project, process)
    first = _first_day(project, net, calendar)
    baseline = timing.forward(net, first, Fixes())
    fixes = fixes_of(project, process, calendar, as_of, overdue(process, project, baseline, calendar, as_of))
    forecast = timing.forward(net, first, fixes)
    earliest = first if fixes.today is None else min(first, fixes.today)
    length = max(timing.finish(net, baseline), timing.finish(net, forecast)) - earliest
    if length > MAX_WORKING_DAYS:
        raise PlanTooLong(f"the plan is {length:,} working days long, over a hundred years; check the durations")
    people = _People(project, process)
    critical = timing.critical_path(net, forecast, fixes)
    slack = timing.slack(net, forecast, fixes)
    numbers = step_numbers(process)
    steps = {
        step.id: _step_plan(step, numbers[step.id], project, calendar, as_of, net, (baseline, forecast), people)
        for step in process.steps
    }
    return Plan(
        project=project,
        process=process,
        language=language,
        calendar=calendar,
        as_of=as_of,
        start=calendar.date(first),
        steps={key: replace(plan, slack=slack.get(key), critical=key in critical) for key, plan in steps.items()},
        gates=_gates(project, process, calendar, baseline, forecast, people),
        go_live=_go_live(project, calendar, baseline, forecast),
        planned_finish=calendar.date(timing.finish(net, baseline) - 1),
        forecast_finish=calendar.date(timing.finish(net, forecast) - 1),
        critical_path=critical,
        people=people.by_id,
        role_people=people.by_role,
        approvers=people.approver,
    )


def _anchor(project: Project) -> dt.date:
    """A date the plan is near, where the calendar starts counting."""
    info = project.project
    anchor = info.start or (info.go_live.target if info.go_live else None)
    if anchor is None:
        raise ValueError("a project needs a start date or a target go-live date to be planned")
    return anchor


def network(project: Project, process: Process) -> Network:
    """The process's steps and gates with this project's durations, skipped steps taking no time."""
    graph = build_graph(process)
    order = list(nx.lexicographical_topological_sort(graph, key=lambda node: graph.nodes[node]["index"]))
    index = {step.id: i for i, step in enumerate(process.steps)}
    phase_of = {step.id: step.phase for step in process.steps}
    phases = tuple(
        (phase.id, phase.gate is not None, tuple(s for s in order if phase_of[s] == phase.id))
        for phase in process.phases
    )
    duration = {step.id: step_days(step, project.steps.get(step.id)) for step in process.steps}
    deps = {node: tuple(sorted(graph.predecessors(node), key=index.__getitem__)) for node in graph}
    return Network(phases, duration, deps, index)


def _first_day(project: Project, net: Network, calendar: WorkCalendar) -> int:
    """The first working day: the start date, else as far before the target go-live as the plan needs."""
    info = project.project
    if info.start is not None:
        return calendar.index(info.start)
    go_live = info.go_live
    if go_live is None or go_live.target is None:
        raise ValueError("a project needs a start date or a target go-live date to be planned")
    relative = timing.forward(net, 0, Fixes())
    return calendar.index_on_or_before(go_live.target) - relative.start[go_live.step]


class _People:
    """Who is who: people by id and by role, and the process's roles for the roles nobody is named for."""

    def __init__(self, project: Project, process: Process) -> None:
        self.by_id = {person.id: person for person in project.people}
        self.by_role = {role.id: tuple(p for p in project.people if role.id in p.roles) for role in process.roles}
        self.roles = {role.id: role for role in process.roles}
        self.approver = {role: p for p in reversed(project.people) for role in p.approves() if role in p.roles}

    def named(self, people: list[str]) -> tuple[Who, ...]:
        return tuple(self.by_id[person] for person in people)

    def approvers(self, roles: list[str]) -> tuple[Who, ...]:
        """Who approves for the roles: each role's approver where one is named, else all its people."""
        return self.of_roles(roles, approvers=True)

    def of_roles(self, roles: list[str], approvers: bool = False) -> tuple[Who, ...]:
        """The people of the roles, in order; a role nobody is named for stands for itself."""
        found: list[Who] = []
        for role in roles:
            chosen = (self.approver[role],) if approvers and role in self.approver else None
            for who in chosen or self.by_role.get(role) or (self.roles[role],):
                if who not in found:
                    found.append(who)
        return tuple(found)


def _step_plan(
    step: Step,
    number: str,
    project: Project,
    calendar: WorkCalendar,
    as_of: dt.date | None,
    net: Network,
    times: tuple[Times, Times],
    people: _People,
) -> StepPlan:
    """One step, planned and forecast (slack and the critical path are added by the caller)."""
    entry = project.steps.get(step.id)
    planned = _span(calendar, times[0], step.id)
    status = status_of(entry)
    return StepPlan(
        step=step,
        number=number,
        status=status,
        days=net.duration[step.id],
        planned=planned,
        forecast=_span(calendar, times[1], step.id),
        started=entry.started if entry else None,
        finished=entry.finished if entry else None,
        late_days=_late(calendar, planned, status, step, as_of),
        slack=None,
        critical=False,
        responsible=people.named(entry.assignee)
        if entry and entry.assignee
        else people.of_roles(step.raci.responsible),
        accountable=people.approvers(step.raci.accountable),
        entry=entry,
    )


def _span(calendar: WorkCalendar, times: Times, step: str) -> Span:
    start, end = times.start[step], times.end[step]
    return Span(calendar.date(start), calendar.date(max(start, end - 1)))


def _late(calendar: WorkCalendar, planned: Span, status: Status, step: Step, as_of: dt.date | None) -> int:
    """Working days a step not done is past its planned finish (at least one once the day has passed).

    A recurring step is late when it has not started by its planned start; once it runs, it never is.
    """
    due = planned.start if step.recurring is not None else planned.finish
    if as_of is None or status in ("done", "skipped") or due >= as_of:
        return 0
    if step.recurring is not None and status in ("doing", "blocked"):
        return 0
    return max(1, calendar.working_days_between(due, as_of))


def _gates(
    project: Project, process: Process, calendar: WorkCalendar, baseline: Times, forecast: Times, people: _People
) -> dict[str, GatePlan]:
    """Each gated phase's decision: planned the day its last step finishes, or as taken."""
    gates = {}
    for number, phase in enumerate(process.phases, start=1):
        if phase.gate is None or phase.id not in baseline.gate:
            continue
        taken = project.gates.get(phase.id)
        deciders = people.named([taken.by]) if taken and taken.by else people.approvers([phase.gate.decided_by])
        forecast_day = taken.date if taken and taken.decision == "go" else calendar.date(forecast.gate[phase.id] - 1)
        planned_day = calendar.date(baseline.gate[phase.id] - 1)
        gates[phase.id] = GatePlan(phase, number, planned_day, forecast_day, taken, deciders)
    return gates


def _go_live(project: Project, calendar: WorkCalendar, baseline: Times, forecast: Times) -> GoLivePlan | None:
    """The go-live step's planned and forecast start against the target."""
    go_live = project.project.go_live
    if go_live is None:
        return None
    planned, expected = baseline.start[go_live.step], forecast.start[go_live.step]
    aim = calendar.index_on_or_before(go_live.target) if go_live.target else planned
    return GoLivePlan(go_live.step, go_live.target, calendar.date(planned), calendar.date(expected), expected - aim)
