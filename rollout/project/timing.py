"""Scheduling in working-day numbers: earliest starts, slack and the critical path.

Integer arithmetic only (the calendar turns numbers into dates). A step starts when its
dependencies end, and not before its phase may start: a phase with a gate holds back every later
phase until its decision, taken the working day its last step finishes; a phase without one lets
the next start beside it, never before it (the rules of the process's own timeline). A step's end
is the first working day after it (its start, for a step that takes no time).

What has happened is given as fixes: actual starts and ends replace the computed ones, gate
decisions set when the next phase may start, and nothing still open starts or ends before today.
A step already past its planned finish ends no earlier than the working day after today (it was not
done by today), and the lead's own estimate of a step's finish stands in for its duration.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Network:
    """What a schedule is computed from: phases in order with their steps in dependency order."""

    phases: tuple[tuple[str, bool, tuple[str, ...]], ...]  # phase id, has a gate, steps
    duration: Mapping[str, int]  # working days
    deps: Mapping[str, tuple[str, ...]]  # known dependencies, in declared order of the steps
    order: Mapping[str, int]  # a step's place in the file: ties go to the step declared first

    def lag(self, step: str) -> int:
        """Days between a step's end and the first day after it finishes: a point still takes its day."""
        return 0 if self.duration[step] else 1


@dataclass(frozen=True)
class Fixes:
    """What has happened, as of today (all empty for the baseline plan)."""

    start: Mapping[str, int] = field(default_factory=dict)  # actual starts
    end: Mapping[str, int] = field(default_factory=dict)  # actual ends
    open: frozenset[str] | None = None  # steps not done (None: every step, the baseline)
    running: frozenset[str] = frozenset()  # recurring steps under way: what follows waits for their first round only
    today: int | None = None  # nothing open starts before today, or finishes before it
    gate_at: Mapping[str, int] = field(default_factory=dict)  # a phase decided 'go': the next may start then
    gate_not_before: Mapping[str, int] = field(default_factory=dict)  # a phase decided no-go or postponed
    overdue: frozenset[str] = frozenset()  # open steps past their planned finish: they end after today
    tomorrow: int | None = None  # the first working day after today's date
    estimate: Mapping[str, int] = field(default_factory=dict)  # the lead's forecast ends (forecast_finish)

    def is_open(self, step: str) -> bool:
        return self.open is None or step in self.open


Driver = tuple[str, str]  # ("step", id): its end sets the time; ("gate", phase); ("fixed", why)


@dataclass(frozen=True)
class Times:
    """Start and end of every step, and when each gated phase's next phase may start."""

    start: dict[str, int]
    end: dict[str, int]
    gate: dict[str, int]
    driver: dict[str, Driver]  # what a step's start waits for
    gate_driver: dict[str, Driver]


def forward(net: Network, first: int, fixes: Fixes) -> Times:
    """Earliest start and end of every step from the first working day, with the fixes applied."""
    times = Times({}, {}, {}, {}, {})
    floor, floor_by = first, ("fixed", "start")
    for phase, gated, steps in net.phases:
        for step in steps:
            _place(step, floor, floor_by, net, fixes, times)
        if not steps:
            continue
        if gated:
            floor, floor_by = _gate(phase, steps, net, fixes, times), ("gate", phase)
        elif (opening := min(times.start[s] for s in steps)) > floor:
            opener = min((s for s in steps if times.start[s] == opening), key=net.order.__getitem__)
            floor, floor_by = opening, times.driver[opener]
    return times


def _place(step: str, floor: int, floor_by: Driver, net: Network, fixes: Fixes, times: Times) -> None:
    """Set one step's start and end from its dependencies, its phase's floor and the fixes."""
    candidates = [(times.end[dep], ("step", dep)) for dep in net.deps[step]] + [(floor, floor_by)]
    if fixes.today is not None and fixes.is_open(step):
        candidates.append((fixes.today, ("fixed", "today")))
    start, driver = max(candidates, key=lambda c: c[0])  # max() keeps the first of equals: dependencies first
    if step in fixes.start:
        start, driver = fixes.start[step], ("fixed", "actual")
    takes = 1 if net.duration[step] else 0
    if step in fixes.overdue and not takes and step not in fixes.start and fixes.tomorrow is not None:
        start, driver = max((start, driver), (fixes.tomorrow, ("fixed", "today")), key=lambda c: c[0])
    end = start + net.duration[step]
    if step in fixes.estimate and step not in fixes.end:
        end = max(fixes.estimate[step], start + takes)
    if step in fixes.end:
        end = fixes.end[step]
        start = min(start, end - net.duration[step]) if step not in fixes.start else start
    elif fixes.today is not None and fixes.is_open(step) and step not in fixes.running:
        end = max(end, fixes.today + takes)
        if step in fixes.overdue and fixes.tomorrow is not None:
            end = max(end, fixes.tomorrow + takes)
    times.start[step], times.end[step], times.driver[step] = start, end, driver


def _gate(phase: str, steps: tuple[str, ...], net: Network, fixes: Fixes, times: Times) -> int:
    """The first day after a phase's decision: set by a 'go', else the day after its last step finishes."""
    if phase in fixes.gate_at:
        times.gate[phase], times.gate_driver[phase] = fixes.gate_at[phase], ("fixed", "decision")
        return times.gate[phase]
    last = max(steps, key=lambda s: (times.end[s] + net.lag(s), -net.order[s]))
    candidates = [(times.end[last] + net.lag(last), ("step", last))]
    if phase in fixes.gate_not_before:
        candidates.append((fixes.gate_not_before[phase], ("fixed", "decision")))
    if fixes.today is not None:
        candidates.append((fixes.today + 1, ("fixed", "today")))
    times.gate[phase], times.gate_driver[phase] = max(candidates, key=lambda c: c[0])
    return times.gate[phase]


def finish(net: Network, times: Times) -> int:
    """The first working day after every step has finished."""
    return max(times.end[s] + net.lag(s) for s in times.end)


def last_step(net: Network, times: Times, fixes: Fixes) -> str | None:
    """The open step that finishes last (the first declared of equals), where the critical path ends."""
    steps = [s for s in times.end if fixes.is_open(s)]
    return max(steps, key=lambda s: (times.end[s] + net.lag(s), -net.order[s])) if steps else None


def critical_path(net: Network, times: Times, fixes: Fixes) -> tuple[str, ...]:
    """The chain of open steps whose times set when the last one finishes, first step first."""
    step = last_step(net, times, fixes)
    path: list[str] = []
    while step is not None and fixes.is_open(step) and step not in path:
        path.append(step)
        if times.end[step] != times.start[step] + net.duration[step]:
            break  # held until today: what came before it no longer sets its end
        step = _waited_for(times.driver[step], net, times)
    return tuple(reversed(path))


def _waited_for(driver: Driver, net: Network, times: Times) -> str | None:
    """The step whose end a start waits for, through a gate to the step that closes its phase."""
    kind, name = driver
    if kind == "step":
        return name
    if kind == "gate":
        return _waited_for(times.gate_driver[name], net, times)
    return None


def slack(net: Network, times: Times, fixes: Fixes) -> dict[str, int]:
    """Working days each open step may finish later without moving the end of the whole plan."""
    horizon = finish(net, times)
    latest_start: dict[str, int] = {}
    result: dict[str, int] = {}
    next_floor = horizon  # the latest the phase after this one may start
    dependants = _dependants(net)
    for phase, gated, steps in reversed(net.phases):
        opener = _opener(steps, net, times) if not gated else None
        for step in reversed(steps):
            latest = horizon - net.lag(step)
            latest = min([latest, *(latest_start[d] for d in dependants[step] if d in latest_start)])
            if gated and phase not in fixes.gate_at:
                latest = min(latest, next_floor - net.lag(step))
            if step == opener:
                latest = min(latest, next_floor + net.duration[step])
            if fixes.is_open(step):
                latest_start[step] = latest - net.duration[step]
                result[step] = latest - times.end[step]
        next_floor = min([next_floor, *(latest_start[s] for s in steps if s in latest_start)])
    return result


def _opener(steps: tuple[str, ...], net: Network, times: Times) -> str | None:
    """The step of a phase without a gate whose start lets the next phase start."""
    if not steps:
        return None
    opening = min(times.start[s] for s in steps)
    return min((s for s in steps if times.start[s] == opening), key=net.order.__getitem__)


def _dependants(net: Network) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {step: [] for step in net.duration}
    for step, deps in net.deps.items():
        for dep in deps:
            found[dep].append(step)
    return found
