"""Convert a process to a PlantUML activity diagram with swimlanes: what a user would otherwise draw."""

from __future__ import annotations

from rollout.process.model import Process


def to_plantuml(process: Process) -> str:
    """Steps in file order, each in its owner's swimlane (PlantUML cannot draw other dependencies)."""
    names = {role.id: role.name.replace("|", "/") for role in process.roles}
    lines = ["@startuml", f"title {process.process.title}"]
    lines += [f"|{names[role.id]}|" for role in process.roles]
    lines += [f"|{names[process.steps[0].owner]}|", "start"]
    for step in process.steps:
        text = (step.label or step.title).replace(";", ",")
        lines += [f"|{names[step.owner]}|", f":{text};"]
    lines += ["stop", "@enduml"]
    return "\n".join(lines) + "\n"
