"""Phases of an imported diagram: its groups, left to right, and which task belongs to which.

A task belongs to the group whose category value it names, else to the group drawn around it,
else to the group nearest it. A diagram without groups becomes one phase. A step that would
depend on a step of a later phase moves to that phase; a group with no task is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from rollout.importer.bpmn_xml import Source, b, text_of
from rollout.importer.draft import Draft, DraftPhase, Ids, slug
from rollout.layout.geometry import Rect
from rollout.locale import LABELS, label

_NUMBER = re.compile(r"^\d+\.\s+")


@dataclass(frozen=True)
class _Group:
    element: etree._Element
    value: str | None  # the id of its category value
    bounds: Rect | None


def read_phases(
    source: Source, process: etree._Element, elements: list[etree._Element], ids: dict[str, str], draft: Draft
) -> None:
    """Set each step's phase and the draft's phases (with the decisions noted on them)."""
    shapes = source.shapes()
    groups = _groups(source, shapes)
    if not groups:
        name = label("import_phase", draft.language, n=1)
        draft.phases.append(DraftPhase(slug(name, "phase-1"), name))
        for step in draft.steps:
            step.phase = draft.phases[0].id
        message = f"the diagram has no groups, so every step is in one phase, '{name}'; split it into phases"
        draft.skipped.append(source.at(process, message, "bpmn-no-groups"))
        return
    phases = _phases(source, groups, draft)
    by_value = {group.value: phase for group, phase in zip(groups, phases, strict=True) if group.value}
    steps = {step.id: step for step in draft.steps}
    for element in elements:
        step = steps[ids[element.get("id", "")]]
        refs = [(ref.text or "").strip() for ref in element.findall(b("categoryValueRef"))]
        found = next((by_value[ref] for ref in refs if ref in by_value), None)
        step.phase = (found or _around(source, element, shapes, groups, phases, draft)).id
    _keep_order(source, elements, ids, draft, phases)
    _notes(source, groups, phases, draft)
    used = {step.phase for step in draft.steps}
    for group, phase in zip(groups, phases, strict=True):
        if phase.id not in used:
            message = f"group '{phase.name}' has no task; it was not made a phase"
            draft.skipped.append(source.at(group.element, message, "bpmn-empty-group"))
    draft.phases = [phase for phase in phases if phase.id in used]
    rank = {phase.id: index for index, phase in enumerate(draft.phases)}
    draft.steps.sort(key=lambda step: rank[step.phase])  # the file reads phase by phase, as the diagram


def _groups(source: Source, shapes: dict[str, Rect]) -> list[_Group]:
    """The diagram's groups, left to right as drawn (in the file's order where not drawn)."""
    found = [
        _Group(group, group.get("categoryValueRef"), shapes.get(group.get("id", "")))
        for group in source.root.iter(b("group"))
    ]
    return sorted(found, key=lambda g: g.bounds.x if g.bounds else float("inf"))


def _phases(source: Source, groups: list[_Group], draft: Draft) -> list[DraftPhase]:
    values = {value.get("id"): value.get("value", "") for value in source.root.iter(b("categoryValue"))}
    ongoing = f" ({label('ongoing', draft.language)})"
    ids, phases = Ids(), []
    for number, group in enumerate(groups, start=1):
        name = " ".join((values.get(group.value) or "").split())
        if not name:
            name = label("import_phase", draft.language, n=number)
            draft.skipped.append(
                source.at(group.element, f"a group has no name; it became phase '{name}'", "bpmn-unnamed")
            )
        name = _NUMBER.sub("", name)
        wanted = (
            (group.value or "").removeprefix("CategoryValue_") if source.root.get("exporter") == "rollout" else None
        )
        phase = DraftPhase(ids.take(wanted, name, f"phase-{number}"), name.removesuffix(ongoing)[:300])
        phase.ongoing = name.endswith(ongoing)
        phases.append(phase)
    return phases


def _around(
    source: Source,
    element: etree._Element,
    shapes: dict[str, Rect],
    groups: list[_Group],
    phases: list[DraftPhase],
    draft: Draft,
) -> DraftPhase:
    """The phase of the group drawn around a task; else the nearest one, said as a warning."""
    shape = shapes.get(element.get("id", ""))
    if shape is None:
        return phases[0]
    inside = [(g.bounds.w * g.bounds.h, i) for i, g in enumerate(groups) if g.bounds and g.bounds.contains(shape, 1.0)]
    if inside:
        return phases[min(inside)[1]]
    distance = [(abs((g.bounds.cx if g.bounds else 0.0) - shape.cx), i) for i, g in enumerate(groups)]
    phase = phases[min(distance)[1]]
    message = f"task '{element.get('name', '')}' is in no group; it was put in the nearest, '{phase.name}'"
    draft.skipped.append(source.at(element, message, "bpmn-no-group"))
    return phase


def _keep_order(
    source: Source, elements: list[etree._Element], ids: dict[str, str], draft: Draft, phases: list[DraftPhase]
) -> None:
    """Move a step that depends on a step of a later phase into that phase (dependencies run left to right)."""
    rank = {phase.id: index for index, phase in enumerate(phases)}
    steps = {step.id: step for step in draft.steps}
    element_of = {ids[e.get("id", "")]: e for e in elements}
    changed = True
    while changed:
        changed = False
        for step in draft.steps:
            latest = max((steps[dep].phase for dep in step.depends_on), key=rank.__getitem__, default=step.phase)
            if rank[latest] > rank[step.phase]:
                message = f"step '{step.id}' depends on a step of the later phase '{latest}'; it was moved there"
                draft.skipped.append(source.at(element_of[step.id], message, "bpmn-phase-moved"))
                step.phase, changed = latest, True


def _notes(source: Source, groups: list[_Group], phases: list[DraftPhase], draft: Draft) -> None:
    """Text annotations tied to a group: a closing decision (as rollout writes it) becomes the gate, else a note."""
    by_group = {g.element.get("id"): phase for g, phase in zip(groups, phases, strict=True)}
    notes = {n.get("id"): text_of(n) for n in source.root.iter(b("textAnnotation"))}
    before, rest = LABELS["bpmn_gate"][draft.language].split("{decision}")
    middle, after = rest.split("{who}")
    gate = re.compile(f"{re.escape(before)}(.+){re.escape(middle)}([^()]+){re.escape(after)}$", re.S)
    roles = {role.name: role.id for role in draft.roles}
    for association in source.root.iter(b("association")):
        ends = (association.get("sourceRef"), association.get("targetRef"))
        phase = next((by_group[end] for end in ends if end in by_group), None)
        text = next((notes[end] for end in ends if end in notes), None)
        if phase is None or not text:
            continue
        found = gate.match(text)
        if found and found.group(2) in roles and phase.gate is None:
            phase.gate = (found.group(1), roles[found.group(2)])
        else:
            phase.notes.append(" ".join(text.split()))
