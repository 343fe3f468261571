"""A draft process written out as a process file: YAML text with TODO comments where a person must fill in."""

from __future__ import annotations

import json
import re

from rollout.importer.draft import Draft, DraftPhase, DraftStep
from rollout.locale import label

_PLAIN = re.compile(r"[^\W\d_][^\n:#\"'{}\[\],&*!|>%@`\t\\]*")
_WORDS = {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"}
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")  # what a process file may not hold
_INVISIBLE = re.compile(r"[\u0080-\u009f\u00a0\u00ad\u2000-\u200f\u2028-\u202f\ufeff]")
INDENT = "  "


def process_yaml(draft: Draft) -> str:
    """The process file text of a draft."""
    lines = ["# yaml-language-server: $schema=../schema/process.schema.json", "#"]
    lines += _comment(label("import_header", draft.language, source=draft.source), "")
    for issue in sorted(draft.skipped, key=lambda issue: (issue.line, issue.col)):
        lines += _comment(
            label("import_skipped", draft.language, what=f"{issue.line}:{issue.col}: {issue.message}"), ""
        )
    lines += ["process:", f"  id: {scalar(draft.id)}", f"  title: {scalar(draft.title)}"]
    lines += _comment(label("import_todo_process", draft.language), INDENT)
    lines += _field("description", draft.description or "TODO", INDENT)
    lines += [f"  language: {draft.language}", '  version: "0.1"', "  owner: TODO", "", "roles:"]
    for role in draft.roles:
        lines += [f"  - id: {scalar(role.id)}", f"    name: {scalar(role.name)}"]
        lines += _field("description", role.description, "    ") if role.description else []
    lines += ["", "phases:"]
    for phase in draft.phases:
        lines += _phase(phase, draft)
    lines += ["", "steps:"]
    for step in draft.steps:
        lines += _step(step, draft)
    return "\n".join(lines) + "\n"


def _phase(phase: DraftPhase, draft: Draft) -> list[str]:
    lines = [f"  - id: {scalar(phase.id)}", f"    name: {scalar(phase.name)}"]
    lines += _comment(label("import_todo_phase", draft.language), "    ")
    for note in phase.notes:
        lines += _comment(label("import_note", draft.language, text=note), "    ")
    if phase.gate is not None:
        lines += [
            "    gate:",
            *_field("decision", phase.gate[0], "      "),
            f"      decided_by: {scalar(phase.gate[1])}",
        ]
    return lines + (["    ongoing: true"] if phase.ongoing else [])


def _step(step: DraftStep, draft: Draft) -> list[str]:
    language = draft.language
    lines = [f"  - id: {scalar(step.id)}", f"    phase: {scalar(step.phase)}", f"    title: {scalar(step.title)}"]
    lines += [f"    label: {scalar(step.label)}"] if step.label else []
    lines.append(f"    owner: {scalar(step.owner)}")
    if not step.instructions:
        lines += _comment(label("import_todo_instructions", language), "    ")
    lines += _field("instructions", step.instructions or "TODO", "    ")
    lines += _comment(label("import_todo_raci", language), "    ")
    lines += ["    raci:", f"      responsible: [{scalar(step.owner)}]", f"      accountable: {scalar(step.owner)}"]
    lines.append(f"    depends_on: [{', '.join(scalar(dep) for dep in step.depends_on)}]")
    if step.deliverables:
        lines += ["    deliverables:", *(f"      - {scalar(item)}" for item in step.deliverables)]
    lines += _comment(label("import_todo_checklist", language), "    ")
    return lines + (["    milestone: true"] if step.milestone else [])


def _field(key: str, text: str | None, indent: str) -> list[str]:
    """A text field: a literal block for text of several lines, else one scalar."""
    value = _UNSAFE.sub("", text or "")
    rows = [row.rstrip() for row in value.split("\n")]
    if len(rows) > 1 and not rows[0].startswith(" ") and not _INVISIBLE.search(value):
        return [f"{indent}{key}: |-", *(f"{indent}  {row}" if row else "" for row in rows)]
    return [f"{indent}{key}: {scalar(value)}"]


def scalar(text: str | None) -> str:
    """A YAML scalar that reads back as exactly this text: plain where that is safe, else double-quoted."""
    value = _UNSAFE.sub("", text or "")
    plain = _PLAIN.fullmatch(value) and value == value.strip() and value.lower() not in _WORDS
    if plain and not _INVISIBLE.search(value) and " -" not in value:
        return value
    quoted = json.dumps(value, ensure_ascii=False)
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _comment(text: str, indent: str) -> list[str]:
    """A comment, one line per line of text."""
    return [f"{indent}# {line}".rstrip() for line in _UNSAFE.sub("", text).splitlines()]
