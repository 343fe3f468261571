"""What a project lead needs at a glance, read off a plan: where we are, what is late, what comes next.

Pure: a plan and a date in, a Status out; the status text, its JSON and the status slides of a
dated deck are drawn from it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from rollout.process.model import Phase
from rollout.project.model import Person
from rollout.project.plan import GatePlan, Plan, StepPlan, Who

WINDOW_DAYS = 14  # "the next two weeks", and "the previous two weeks"
State = Literal["done", "doing", "late", "blocked", "todo", "skipped"]  # what a status picture shows of a step
STATE_ORDER: tuple[State, ...] = ("done", "doing", "late", "blocked", "todo", "skipped")  # as legends list them


@dataclass(frozen=True)
class Progress:
    """Steps done out of the steps to do."""

    done: int
    total: int
    skipped: int = 0


@dataclass(frozen=True)
class Status:
    """A project's state on one day."""

    plan: Plan
    today: dt.date
    window_end: dt.date  # the last day of the next two weeks
    window_start: dt.date  # the first day of the previous two weeks
    phase: Phase  # the phase the project is in: the first whose decision is not yet 'go'
    phase_progress: Progress
    progress: Progress
    recent: tuple[StepPlan, ...]  # done in the previous two weeks, by finish date
    late: tuple[StepPlan, ...]  # most late first
    at_risk: tuple[StepPlan, ...]  # not late yet, forecast past their planned finish or the target go-live
    blocked: tuple[StepPlan, ...]
    upcoming: tuple[tuple[Who, tuple[StepPlan, ...]], ...]  # per person: open steps under way in the window
    next_gate: GatePlan | None
    next_gate_open: tuple[StepPlan, ...]  # the steps the next decision still waits for


@dataclass(frozen=True)
class ToDo:
    """One person's list: what they do, what they approve, which decisions they take."""

    person: Person
    responsible: tuple[StepPlan, ...]  # open steps, by forecast start
    accountable: tuple[StepPlan, ...]  # open steps they approve and do not do themselves
    gates: tuple[GatePlan, ...]  # decisions not yet taken


def status(plan: Plan, today: dt.date) -> Status:
    """The state of the project on a day (the plan's status date, or the day given)."""
    phase = current_phase(plan)
    in_phase = plan.phase_steps(phase.id)
    window_end = today + dt.timedelta(days=WINDOW_DAYS - 1)
    window_start = today - dt.timedelta(days=WINDOW_DAYS - 1)
    gate = next_gate(plan)
    return Status(
        plan=plan,
        today=today,
        window_end=window_end,
        window_start=window_start,
        phase=phase,
        phase_progress=_progress(in_phase),
        progress=_progress(list(plan.steps.values())),
        recent=_recent(plan, window_start, today),
        late=tuple(sorted((s for s in plan.steps.values() if s.late_days), key=lambda s: -s.late_days)),
        at_risk=forecast_late(plan),
        blocked=tuple(s for s in plan.steps.values() if s.status == "blocked"),
        upcoming=_upcoming(plan, window_end),
        next_gate=gate,
        next_gate_open=tuple(s for s in plan.phase_steps(gate.phase.id) if s.open) if gate else (),
    )


def forecast_late(plan: Plan) -> tuple[StepPlan, ...]:
    """Open steps not late yet nor blocked, forecast past their planned finish or the target go-live.

    Past the target counts for the steps the go-live waits for. Soonest due first.
    """
    before_go_live = _before_go_live(plan)
    target = plan.go_live.target if plan.go_live is not None else None
    found = [
        step
        for step in plan.steps.values()
        if step.open
        and not step.late_days
        and step.status != "blocked"
        and not step.recurring
        and (
            step.forecast.finish > step.planned.finish
            or (target is not None and step.step.id in before_go_live and step.forecast.finish >= target)
        )
    ]
    return tuple(sorted(found, key=lambda s: (s.planned.finish, _numeric(s))))


def _before_go_live(plan: Plan) -> set[str]:
    """The steps the go-live step waits for, directly or through others."""
    if plan.go_live is None:
        return set()
    deps = {step.id: step.depends_on for step in plan.process.steps}
    found: set[str] = set()
    todo = list(deps.get(plan.go_live.step, []))
    while todo:
        step = todo.pop()
        if step not in found:
            found.add(step)
            todo += deps.get(step, [])
    return found


def blocked_before_go_live(plan: Plan) -> tuple[StepPlan, ...]:
    """Blocked steps the go-live waits for: its forecast assumes they resume on the status date."""
    before = _before_go_live(plan)
    return tuple(s for s in plan.steps.values() if s.status == "blocked" and s.step.id in before)


def holds_up(plan: Plan, step: StepPlan) -> tuple[tuple[StepPlan, ...], GatePlan | None]:
    """What waits for a step: the open steps that depend on it, and its phase's decision if not yet taken."""
    waiting = tuple(s for s in plan.steps.values() if s.open and step.step.id in s.step.depends_on)
    gate = plan.gates.get(step.step.phase)
    return waiting, gate if gate is not None and not gate.passed else None


def step_state(step: StepPlan) -> State:
    """What a status picture shows of a step: a blocked step stays blocked when it is also late."""
    if step.status in ("done", "skipped", "blocked"):
        return step.status
    return "late" if step.late_days else step.status


def status_day(plan: Plan) -> dt.date:
    """The day a build's status outputs are given as of: the file's as_of, else its latest date.

    A build never reads the clock: without as_of, the outputs show the file as it stands on the
    last day it names (the start, an actual start or finish, a decision).
    """
    if plan.as_of is not None:
        return plan.as_of
    days = [plan.start, *(d for s in plan.steps.values() for d in (s.started, s.finished) if d is not None)]
    days += [gate.decision.date for gate in plan.gates.values() if gate.decision is not None]
    return max(days)


def _recent(plan: Plan, first: dt.date, today: dt.date) -> tuple[StepPlan, ...]:
    """Steps finished from the first day of the window up to today, earliest first."""
    done = [s for s in plan.steps.values() if s.status == "done" and s.finished and first <= s.finished <= today]
    return tuple(sorted(done, key=lambda s: (s.finished or today, _numeric(s))))


def current_phase(plan: Plan) -> Phase:
    """The first phase not yet closed: its decision is not 'go', or, without a gate, a step is open."""
    for phase in plan.process.phases:
        gate = plan.gates.get(phase.id)
        closed = gate.passed if gate else not any(s.open for s in plan.phase_steps(phase.id))
        if not closed:
            return phase
    return plan.process.phases[-1]


def phase_state(plan: Plan, phase: Phase) -> Literal["done", "doing", "todo"]:
    """Done once its decision is 'go' (or it has none) and its steps are done; doing once one has begun."""
    steps = plan.phase_steps(phase.id)
    gate = plan.gates.get(phase.id)
    if (gate is None or gate.passed) and not any(s.open for s in steps):
        return "done"
    begun = any(s.status in ("done", "doing", "blocked") or s.started for s in steps)
    return "doing" if begun or (gate is not None and gate.decision is not None) else "todo"


def phase_span(plan: Plan, phase: Phase) -> tuple[dt.date, dt.date]:
    """A phase's first day and last: as it happened where it has, else as forecast; a decision taken ends it."""
    steps = plan.phase_steps(phase.id)
    start = min(s.started or s.forecast.start for s in steps)
    finish = max(s.finished or s.forecast.finish for s in steps)
    gate = plan.gates.get(phase.id)
    if gate is not None and gate.passed and gate.decision is not None:
        finish = max(finish, gate.decision.date)
    elif gate is not None:
        finish = max(finish, gate.forecast)
    return start, finish


def next_gate(plan: Plan) -> GatePlan | None:
    """The first decision not yet taken as 'go'."""
    return next((gate for gate in plan.gates.values() if not gate.passed), None)


def _progress(steps: list[StepPlan]) -> Progress:
    """Steps done out of the steps to do (a skipped step is neither)."""
    kept = [step for step in steps if step.status != "skipped"]
    return Progress(sum(1 for step in kept if step.status == "done"), len(kept), len(steps) - len(kept))


def _upcoming(plan: Plan, window_end: dt.date) -> tuple[tuple[Who, tuple[StepPlan, ...]], ...]:
    """Open steps under way by the end of the window, per person (a recurring step once it runs is left out)."""
    due = [s for s in plan.steps.values() if s.open and s.forecast.start <= window_end and not _running(s)]
    due.sort(key=lambda s: (s.forecast.finish, s.forecast.start, _numeric(s)))
    people: list[Who] = []
    for step in due:
        people += [who for who in step.responsible if who not in people]
    people.sort(key=lambda who: _person_order(plan, who))
    return tuple((who, tuple(s for s in due if who in s.responsible)) for who in people)


def _person_order(plan: Plan, who: Who) -> tuple[int, int]:
    """People in the order the project lists them, then the roles nobody is named for, in process order."""
    if isinstance(who, Person):
        return (0, plan.project.people.index(who))
    return (1, plan.process.roles.index(who))


def _running(step: StepPlan) -> bool:
    return step.recurring and step.status in ("doing", "blocked")


def to_do(plan: Plan, person: Person) -> ToDo:
    """What one person does, approves and decides, open items only, soonest first."""
    mine = [s for s in plan.steps.values() if s.open and person in s.responsible and not _running(s)]
    approves = [s for s in plan.steps.values() if s.open and person in s.accountable and s not in mine]
    gates = [g for g in plan.gates.values() if g.decision is None and person in g.deciders]
    return ToDo(person, tuple(sorted(mine, key=_soonest)), tuple(sorted(approves, key=_soonest)), tuple(gates))


def decides(plan: Plan, person: Person) -> bool:
    """Whether the person is one who takes phase decisions in this project (taken or not)."""
    return any(person in gate.deciders for gate in plan.gates.values())


def _soonest(step: StepPlan) -> tuple[dt.date, tuple[int, ...]]:
    return (step.forecast.start, _numeric(step))


def _numeric(step: StepPlan) -> tuple[int, ...]:
    """2.10 after 2.9."""
    return tuple(int(part) for part in step.number.split("."))


def find_person(plan: Plan, name: str) -> Person | None:
    """The person a name or id given on the command line means (case and accents as written)."""
    wanted = name.strip().casefold()
    for person in plan.project.people:
        if wanted in (person.id.casefold(), person.name.casefold()):
            return person
    return None
