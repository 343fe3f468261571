"""Checks on a shape-valid project against its process: references, dates, statuses, progress.

Pure and path-based like the process checks: each finding names a path in the project file
(`steps.konfigurointi.finished`); the loader turns paths into lines and columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rollout.errors import Finding, Path, Severity
from rollout.process.graph import step_numbers
from rollout.process.model import Process
from rollout.process.suggest import did_you_mean
from rollout.project.checks_people import check_approvers, check_people, check_person_refs
from rollout.project.model import Project, StepEntry, status_of
from rollout.project.plan import Plan

Check = Callable[["Context"], Iterator[Finding]]
_STATE = {"todo": "not started", "doing": "in progress", "blocked": "blocked", "done": "done", "skipped": "skipped"}


@dataclass(frozen=True)
class Context:
    """A project, its process and the date its progress is given as of."""

    project: Project
    process: Process
    as_of: dt.date | None
    asked: bool = False  # the status date was asked for (rollout status --today), not read from the file

    @property
    def step_ids(self) -> list[str]:
        return [step.id for step in self.process.steps]

    @property
    def person_ids(self) -> list[str]:
        return [person.id for person in self.project.people]


def run_checks(project: Project, process: Process, as_of: dt.date | None, asked: bool = False) -> list[Finding]:
    """Every finding of every check that needs no plan, in check order (the loader sorts by position)."""
    context = Context(project, process, as_of, asked)
    return [finding for check in CHECKS for finding in check(context)]


def check_step_refs(c: Context) -> Iterator[Finding]:
    """Step entries and the go-live name steps of the process."""
    for key in c.project.steps:
        if key not in c.step_ids:
            message = f"the process has no step '{key}'{numbered(key, c.process) or did_you_mean(key, c.step_ids)}"
            yield Finding(("steps", key), message, "unknown-step", key=True, ref=key)
    go_live = c.project.project.go_live
    if go_live is not None and go_live.step not in c.step_ids:
        message = (
            f"the go-live step '{go_live.step}' is not a step of the process{did_you_mean(go_live.step, c.step_ids)}"
        )
        yield Finding(("project", "go_live", "step"), message, "unknown-step", ref=go_live.step)


def numbered(key: str, process: Process, value: object = None) -> str:
    """A hint when a step is named by its number ('2.3') rather than its id: the id, and the line to write."""
    ids = {number: step for step, number in step_numbers(process).items()}
    if key not in ids:
        return ""
    status = value if isinstance(value, str) and value in _STATE else "done"
    date = {"done": "finished: YYYY-MM-DD", "doing": "started: YYYY-MM-DD", "blocked": "note: …"}.get(status)
    example = f"{ids[key]}: {{status: {status}{', ' + date if date else ''}}}"
    return f"; step {key} is '{ids[key]}': steps are named by their id, e.g. {example}"


def step_as_text(finding: Finding, data: object, process: Process) -> Finding:
    """A step written as a bare value ('tarpeen-tunnistaminen: done'): say how its entry is written."""
    path = finding.path
    steps = data.get("steps") if isinstance(data, dict) else None
    if finding.code != "wrong-type" or len(path) != 2 or path[0] != "steps" or not isinstance(steps, dict):
        return finding
    key, value = str(path[1]), steps.get(path[1])
    if not isinstance(value, str | int | float):
        return finding
    hint = numbered(key, process, value)
    if not hint and key in [step.id for step in process.steps]:
        status = value if isinstance(value, str) and value in _STATE else "done"
        hint = f"; write e.g. {key}: {{status: {status}}}"
    message = f"step '{key}' should be a mapping of what is known about it, not '{value}'{hint}"
    return Finding(path, message, finding.code, finding.severity, finding.key, finding.ref)


def check_gate_refs(c: Context) -> Iterator[Finding]:
    """Gate decisions name phases of the process that end in a gate."""
    phases = {phase.id: phase for phase in c.process.phases}
    for key in c.project.gates:
        if key not in phases:
            message = f"the process has no phase '{key}'{did_you_mean(key, list(phases))}"
            yield Finding(("gates", key), message, "unknown-phase", key=True, ref=key)
        elif phases[key].gate is None:
            message = f"phase '{key}' has no gate in the process, so there is no decision to record"
            yield Finding(("gates", key), message, "no-gate", key=True)


def check_evaluation_refs(c: Context) -> Iterator[Finding]:
    """Answers and measurements name the process's evaluation questions and metrics."""
    questions = c.process.evaluation.questions
    metrics = [metric.name for metric in c.process.evaluation.metrics]
    for index, answer in enumerate(c.project.evaluation.answers):
        if answer.question not in questions:
            message = f"'{answer.question}' is not one of the process's evaluation questions"
            path: Path = ("evaluation", "answers", index, "question")
            yield Finding(path, message + _quoted_hint(answer.question, questions), "unknown-question")
    named = [(("measurements", i), m.metric) for i, m in enumerate(c.project.evaluation.measurements)]
    named += [(("targets", i), target.metric) for i, target in enumerate(c.project.evaluation.targets)]
    for (kind, index), metric in named:
        if metric not in metrics:
            message = f"'{metric}' is not one of the process's metrics"
            path = ("evaluation", kind, index, "metric")
            yield Finding(path, message + _quoted_hint(metric, metrics), "unknown-metric")


def _quoted_hint(text: str, candidates: list[str]) -> str:
    hint = did_you_mean(text, candidates)
    return hint or (f"; the process has: {'; '.join(candidates)}" if candidates else "; the process has none")


def check_dates(c: Context) -> Iterator[Finding]:
    """A start or target exists; nothing ends before it starts."""
    info = c.project.project
    target = info.go_live.target if info.go_live else None
    if info.start is None and target is None:
        message = "give the project a start date ('start:') or a target go-live ('go_live: {step: …, target: …}')"
        yield Finding(("project",), message, "missing-date", key=True)
    pairs: list[tuple[Path, dt.date | None, dt.date | None, str]] = [
        (("project", "go_live", "target"), info.start, target, "the target go-live is before the project's start"),
    ]
    for key, entry in c.project.steps.items():
        what = f"step '{key}' finished before it started"
        pairs.append((("steps", key, "finished"), entry.started, entry.finished, what))
        estimate: Path = ("steps", key, "forecast_finish")
        what = f"step '{key}' is forecast to finish before it started"
        pairs.append((estimate, entry.started, entry.forecast_finish, what))
        what = f"step '{key}' is forecast to finish before the project starts"
        pairs.append((estimate, info.start, entry.forecast_finish, what))
    for index, pause in enumerate(c.project.calendar.breaks):
        what = f"break '{pause.name}' ends before it starts"
        pairs.append((("calendar", "breaks", index, "end"), pause.start, pause.end, what))
    for key, gate in c.project.gates.items():
        what = f"gate '{key}' is revisited before it was decided"
        pairs.append((("gates", key, "revisit"), gate.date, gate.revisit, what))
    for path, first, then, message in pairs:
        if first is not None and then is not None and then < first:
            yield Finding(path, f"{message} ({then.isoformat()} < {first.isoformat()})", "date-order")


def check_future(c: Context) -> Iterator[Finding]:
    """What has happened cannot have happened after the date the status is given as of."""
    if c.as_of is None:
        return
    happened: list[tuple[Path, dt.date | None, str]] = []
    for key, entry in c.project.steps.items():
        happened += [(("steps", key, "started"), entry.started, f"step '{key}' started")]
        happened += [(("steps", key, "finished"), entry.finished, f"step '{key}' finished")]
    for key, gate in c.project.gates.items():
        happened.append((("gates", key, "date"), gate.date, f"gate '{key}' was decided"))
    for index, measurement in enumerate(c.project.evaluation.measurements):
        happened.append((("evaluation", "measurements", index, "date"), measurement.date, "a measurement was taken"))
    for path, day, what in happened:
        if day is not None and day > c.as_of:
            message = (
                f"{what} on {day.isoformat()}, after the status date {c.as_of.isoformat()} "
                f"{'asked for' if c.asked else '(as_of)'}; "
                "was another date meant?"
            )
            yield Finding(path, message, "date-after-as-of")


def check_statuses(c: Context) -> Iterator[Finding]:
    """A status agrees with the dates and the skip reason; one duration per step."""
    for key, entry in c.project.steps.items():
        path = ("steps", key, "status")
        status = entry.status
        if entry.skip is not None and status not in (None, "skipped"):
            yield Finding(path, f"step '{key}' is skipped ('skip:') but its status is '{status}'", "status-conflict")
        elif status == "skipped" and entry.skip is None:
            yield Finding(path, f"step '{key}' is skipped: say why with 'skip: <reason>'", "status-conflict")
        elif status == "todo" and (entry.started or entry.finished):
            yield Finding(path, f"step '{key}' has a start or finish date but its status is 'todo'", "status-conflict")
        elif status in ("doing", "blocked") and entry.finished:
            yield Finding(path, f"step '{key}' has a finish date but its status is '{status}'", "status-conflict")
        if entry.forecast_finish is not None and status_of(entry) in ("done", "skipped"):
            message = (
                f"step '{key}' is {_STATE[status_of(entry)]}: a forecast finish no longer counts; "
                "remove 'forecast_finish:'" + (" (the finish is 'finished:')" if status_of(entry) == "done" else "")
            )
            yield Finding(("steps", key, "forecast_finish"), message, "forecast-when-done", Severity.WARNING, key=True)
        if entry.duration_weeks is not None and entry.duration_days is not None:
            message = f"step '{key}' gives both duration_weeks and duration_days; keep one"
            yield Finding(("steps", key, "duration_days"), message, "conflicting-keys", key=True)


def check_done_before_dependency(c: Context) -> Iterator[Finding]:
    """Warn when a step is done while a step it depends on is neither done nor skipped."""
    steps = {step.id: step for step in c.process.steps}
    for key, entry in c.project.steps.items():
        if key not in steps or status_of(entry) != "done":
            continue
        for dep in steps[key].depends_on:
            if dep in steps and not _under_way(c, steps[dep].recurring is not None, dep):
                state = _STATE[status_of(c.project.steps.get(dep))]
                message = f"step '{key}' is marked done, but '{dep}', which it depends on, is {state}"
                yield Finding(_done_path(entry, key), message, "done-before-dependency", Severity.WARNING)


def _under_way(c: Context, recurring: bool, step: str) -> bool:
    """Done or skipped; for a recurring step, which never ends, running is enough."""
    status = status_of(c.project.steps.get(step))
    return status in ("done", "skipped") or (recurring and status == "doing")


def _done_path(entry: StepEntry, key: str) -> Path:
    """Where a step is marked done: its status, else its finish date."""
    return ("steps", key, "status" if entry.status is not None else "finished")


def check_gates_with_open_steps(c: Context) -> Iterator[Finding]:
    """Warn when a phase is decided 'go' while some of its steps are still open."""
    gated = {phase.id for phase in c.process.phases if phase.gate is not None}
    for key, gate in c.project.gates.items():
        if gate.decision != "go" or key not in gated:
            continue
        steps = [step for step in c.process.steps if step.phase == key]
        still = [step.id for step in steps if status_of(c.project.steps.get(step.id)) not in ("done", "skipped")]
        if still:
            message = f"gate '{key}' is decided 'go' while {len(still)} of its steps are open: {', '.join(still)}"
            yield Finding(("gates", key, "decision"), message, "gate-with-open-steps", Severity.WARNING)


def check_blocked_notes(c: Context) -> Iterator[Finding]:
    """Warn about a blocked step without a note saying what blocks it."""
    for key, entry in c.project.steps.items():
        if status_of(entry) == "blocked" and entry.note is None:
            message = f"step '{key}' is blocked; say what blocks it in 'note:'"
            yield Finding(("steps", key, "status"), message, "blocked-without-note", Severity.WARNING)


def plan_findings(plan: Plan) -> list[Finding]:
    """Warnings that need the plan: late steps, and a start or target that is not a working day."""
    findings = []
    info = plan.project.project
    target = info.go_live.target if info.go_live else None
    dates = [(("project", "start"), info.start, "start"), (("project", "go_live", "target"), target, "target go-live")]
    for path, day, what in dates:
        reason = plan.calendar.day_off(day) if day is not None else None
        if day is not None and reason is not None:
            message = f"the {what} {day.isoformat()} is not a working day ({reason})"
            findings.append(Finding(path, message, "not-a-working-day", Severity.WARNING))
    for step in plan.steps.values():
        estimate = step.entry.forecast_finish if step.entry is not None and step.open else None
        if estimate is not None and plan.as_of is not None and estimate < plan.as_of:
            message = (
                f"step '{step.step.id}' is forecast to finish on {estimate.isoformat()}, before the status date "
                f"{plan.as_of.isoformat()}; the forecast uses {step.forecast.finish.isoformat()}: "
                "give a new forecast_finish, or mark the step done"
            )
            findings.append(
                Finding(("steps", step.step.id, "forecast_finish"), message, "stale-forecast", Severity.WARNING)
            )
        if step.late_days and plan.as_of is not None:
            days = "1 working day" if step.late_days == 1 else f"{step.late_days} working days"
            due = (
                f"to start on {step.planned.start.isoformat()}"
                if step.recurring
                else f"to finish on {step.planned.finish.isoformat()}"
            )
            message = (
                f"step '{step.step.id}' ({step.number}) is {days} late: planned {due}, "
                f"{_STATE[step.status]} as of {plan.as_of.isoformat()}"
            )
            path = ("steps", step.step.id) if step.entry is not None else ("project", "as_of")
            findings.append(Finding(path, message, "late-step", Severity.WARNING, key=step.entry is not None))
    return findings


CHECKS: tuple[Check, ...] = (
    check_people,
    check_approvers,
    check_person_refs,
    check_step_refs,
    check_gate_refs,
    check_evaluation_refs,
    check_dates,
    check_future,
    check_statuses,
    check_done_before_dependency,
    check_gates_with_open_steps,
    check_blocked_notes,
)
