"""What has happened in a project as working-day numbers: actual dates, decisions, estimates, steps overdue.

The forecast is the baseline schedule with these fixes applied (timing.forward); pure.
"""

from __future__ import annotations

import datetime as dt
import math

from rollout.process.model import Process, Step
from rollout.project.calendar import WorkCalendar
from rollout.project.model import Project, StepEntry, status_of
from rollout.project.timing import Fixes, Times

_DAY = dt.timedelta(days=1)


def step_days(step: Step, entry: StepEntry | None) -> int:
    """Working days a step takes: the project's override, else the process's estimate (a week is five)."""
    if entry is not None and status_of(entry) == "skipped":
        return 0
    if entry is not None and entry.duration_days is not None:
        return entry.duration_days
    weeks = entry.duration_weeks if entry is not None and entry.duration_weeks is not None else step.duration_weeks
    return math.ceil(round(weeks * 5, 6)) if weeks else 0


def overdue(
    process: Process, project: Project, baseline: Times, calendar: WorkCalendar, as_of: dt.date | None
) -> frozenset[str]:
    """Open steps (not recurring) whose planned finish is before the status date."""
    if as_of is None:
        return frozenset()
    today = calendar.index(as_of)
    return frozenset(
        step.id
        for step in process.steps
        if step.recurring is None
        and status_of(project.steps.get(step.id)) not in ("done", "skipped")
        and max(baseline.start[step.id], baseline.end[step.id] - 1) < today
    )


def fixes(
    project: Project, process: Process, calendar: WorkCalendar, as_of: dt.date | None, overdue: frozenset[str]
) -> Fixes:
    """Actual dates, gate decisions, the lead's estimates, today and the steps overdue, as working-day numbers."""
    start: dict[str, int] = {}
    end: dict[str, int] = {}
    estimate: dict[str, int] = {}
    open_steps = set()
    running = {s.id for s in process.steps if s.recurring is not None and status_of(project.steps.get(s.id)) == "doing"}
    for step in process.steps:
        entry = project.steps.get(step.id)
        status = status_of(entry)
        if status not in ("done", "skipped"):
            open_steps.add(step.id)
        if entry is not None and entry.started is not None:
            start[step.id] = calendar.index(entry.started)
        if entry is not None and entry.finished is not None and status == "done":
            point = not step_days(step, entry) and entry.started in (None, entry.finished)
            end[step.id] = calendar.index(entry.finished) + (0 if point else 1)
        if entry is not None and entry.forecast_finish is not None and status not in ("done", "skipped"):
            estimate[step.id] = calendar.index_on_or_before(entry.forecast_finish) + (
                1 if step_days(step, entry) else 0
            )
    today = calendar.index(as_of) if as_of is not None else None
    tomorrow = calendar.index(as_of + _DAY) if as_of is not None else None
    gate_at: dict[str, int] = {}
    not_before: dict[str, int] = {}
    for phase, taken in project.gates.items():
        after = calendar.index((taken.revisit or taken.date) + _DAY)
        (gate_at if taken.decision == "go" else not_before)[phase] = after
    return Fixes(
        start, end, frozenset(open_steps), frozenset(running), today, gate_at, not_before, overdue, tomorrow, estimate
    )
