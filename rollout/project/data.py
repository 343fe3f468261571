"""A plan and its status as plain data (JSON for scripts): dates as YYYY-MM-DD, ids from the files."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rollout.process.model import Role
from rollout.project import report
from rollout.project.plan import GatePlan, Plan, StepPlan, Who
from rollout.project.report import Status, ToDo


def status_data(status: Status) -> dict[str, Any]:
    """Everything `rollout status` says, and every step of the plan."""
    plan = status.plan
    return {
        "project": {"id": plan.project.project.id, "title": plan.project.project.title, "language": plan.language},
        "process": plan.process.process.id,
        "as_of": status.today.isoformat(),
        "phase": {
            "id": status.phase.id,
            "number": plan.process.phases.index(status.phase) + 1,
            "name": status.phase.name,
            "done": status.phase_progress.done,
            "total": status.phase_progress.total,
        },
        "progress": {"done": status.progress.done, "total": status.progress.total},
        "go_live": _go_live(plan),
        "finish": {"planned": plan.planned_finish.isoformat(), "forecast": plan.forecast_finish.isoformat()},
        "late": [step_data(step) for step in status.late],
        "forecast_late": [step_data(step) for step in status.at_risk],
        "blocked": [{**step_data(step), "holds_up": _holds_up(plan, step)} for step in status.blocked],
        "upcoming": {
            "until": status.window_end.isoformat(),
            "people": [{**who_data(who), "steps": [s.step.id for s in steps]} for who, steps in status.upcoming],
        },
        "next_gate": None if status.next_gate is None else gate_data(status.next_gate, plan),
        "gates": [gate_data(gate, plan) for gate in plan.gates.values()],
        "critical_path": list(plan.critical_path),
        "steps": [step_data(step) for step in plan.steps.values()],
        "evaluation": plan.project.evaluation.model_dump(mode="json"),
    }


def to_do_data(todo: ToDo, plan: Plan, today: dt.date) -> dict[str, Any]:
    """One person's list."""
    return {
        "person": who_data(todo.person),
        "as_of": today.isoformat(),
        "responsible": [step_data(step) for step in todo.responsible],
        "accountable": [step_data(step) for step in todo.accountable],
        "decisions": [gate_data(gate, plan) for gate in todo.gates],
    }


def step_data(step: StepPlan) -> dict[str, Any]:
    return {
        "id": step.step.id,
        "number": step.number,
        "title": step.step.title,
        "phase": step.step.phase,
        "status": step.status,
        "working_days": step.days,
        "recurring": step.recurring,
        "planned": {"start": step.planned.start.isoformat(), "finish": step.planned.finish.isoformat()},
        "forecast": None
        if step.status == "blocked"
        else {"start": step.forecast.start.isoformat(), "finish": step.forecast.finish.isoformat()},
        "forecast_finish_given": _iso(step.entry.forecast_finish) if step.entry else None,
        "actual": {"start": _iso(step.started), "finish": _iso(step.finished)},
        "late_working_days": step.late_days,
        "slack_working_days": step.slack,
        "critical": step.critical,
        "responsible": [who_data(who) for who in step.responsible],
        "accountable": [who_data(who) for who in step.accountable],
        "note": step.entry.note if step.entry else None,
        "skip": step.entry.skip if step.entry else None,
    }


def gate_data(gate: GatePlan, plan: Plan) -> dict[str, Any]:
    taken = gate.decision
    return {
        "phase": gate.phase.id,
        "number": gate.number,
        "name": gate.phase.name,
        "question": gate.phase.gate.decision if gate.phase.gate else None,
        "planned": gate.planned.isoformat(),
        "forecast": gate.forecast.isoformat(),
        "decision": None
        if taken is None
        else {"decision": taken.decision, "date": taken.date.isoformat(), "by": taken.by, "note": taken.note},
        "deciders": [who_data(who) for who in gate.deciders],
        "waiting_for": [step.step.id for step in plan.phase_steps(gate.phase.id) if step.open],
    }


def who_data(who: Who) -> dict[str, str]:
    return {"id": who.id, "name": who.name, "kind": "role" if isinstance(who, Role) else "person"}


def _go_live(plan: Plan) -> dict[str, Any] | None:
    go_live = plan.go_live
    if go_live is None:
        return None
    return {
        "step": go_live.step,
        "target": _iso(go_live.target),
        "planned": go_live.planned.isoformat(),
        "forecast": go_live.forecast.isoformat(),
        "late_working_days": go_live.slip if go_live.target else None,
    }


def _holds_up(plan: Plan, step: StepPlan) -> dict[str, Any]:
    waiting, gate = report.holds_up(plan, step)
    return {"steps": [s.step.id for s in waiting], "gate": gate.phase.id if gate is not None else None}


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None
