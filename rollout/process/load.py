"""Load a process file: read, parse, validate the shape, run the checks; all issues at once."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path as FsPath
from typing import Any

from pydantic import BaseModel, ValidationError

from rollout.errors import MAX_SHOWN, Finding, Issue, RolloutError, Severity, more_note
from rollout.process.duplicates import duplicate_ids
from rollout.process.fields import expects
from rollout.process.filenames import file_name_warnings, unreadable
from rollout.process.ids import id_for_name, is_id
from rollout.process.model import Evaluation, Phase, Process, ProcessInfo, Role, Step
from rollout.process.repair import repaired
from rollout.process.shape import Vocabulary, kind_of, shape_findings
from rollout.process.source import Document, parse_yaml, read_text

_TOP_KEYS = ("process", "roles", "phases", "steps", "evaluation")
_READ_CLOSELY = 1_000  # model errors worded one by one; a file with more is counted past its first screenful
VOCABULARY = Vocabulary(Process, {"roles": "role", "phases": "phase", "steps": "step"})


@dataclass(frozen=True)
class Loaded:
    """A valid process with the warnings found in it."""

    process: Process
    warnings: tuple[Issue, ...]
    document: Document


def load_process(path: FsPath, display: str | None = None) -> Loaded:
    """Read and check one process file; raise RolloutError listing every error."""
    shown = display if display is not None else str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RolloutError([Issue(shown, 1, 1, unreadable(path, exc), "unreadable")]) from None
    named = file_name_warnings(path, shown)
    try:
        loaded = load_text(read_text(raw, shown), shown)
    except RolloutError as exc:
        full = any(issue.code == "too-many-errors" for issue in exc.issues)  # a screenful already
        raise RolloutError([*exc.issues, *([] if full else named)]) from None
    return replace(loaded, warnings=(*named, *loaded.warnings))


def load_text(text: str, file: str) -> Loaded:
    """Parse, validate and check process YAML given as text."""
    doc = parse_yaml(text, file)
    doc.problems += duplicate_ids(doc)
    process = _validate(doc)
    from rollout.process.checks import run_checks

    checked = [doc.issue(found) for found in run_checks(process)]
    errors = [issue for issue in doc.problems + checked if issue.severity is Severity.ERROR]
    if errors:  # the checks' warnings wait for a file without errors; the reader's are about the text itself
        raise RolloutError(errors + doc.warnings)
    return Loaded(process, tuple(sorted(doc.warnings + checked, key=Issue.sort_key)), doc)


def _validate(doc: Document) -> Process:
    """Validate the parsed data against the model, mapping errors to positions.

    The reader's own findings (a key given twice, a text YAML reads otherwise than it looks) come
    with the model's, so one run reports them all.
    """
    early = doc.problems + doc.warnings
    if not isinstance(doc.data, dict):
        message = f"file is {kind_of(doc.data)}; a process file is a mapping with the keys {', '.join(_TOP_KEYS)}"
        line, col = doc.locate(())
        raise RolloutError([*early, Issue(doc.file, line, col, message, "not-a-mapping")])
    try:
        return Process.model_validate(doc.data)
    except ValidationError as exc:
        if exc.error_count() > _READ_CLOSELY:
            raise RolloutError(_overwhelmed(exc, early, doc)) from None
        findings = shape_findings(exc, doc, VOCABULARY)
        findings += _checks_despite(findings, doc.data)
        raise RolloutError(early + list({doc.issue(f) for f in findings})) from None


def _overwhelmed(exc: ValidationError, early: list[Issue], doc: Document) -> list[Issue]:
    """The first screenful of a file with thousands of errors, and a note of how many more there are.

    Listing a hundred thousand errors takes pydantic seconds: the file's first items (every list cut
    to its first few hundred) are validated again and worded, and the others counted.
    """
    sample = replace(doc, data=_first_items(doc.data))
    try:
        Process.model_validate(sample.data)
        found: list[Finding] = []
    except ValidationError as first:
        found = shape_findings(first, sample, VOCABULARY)
    ordered = sorted(early + [doc.issue(f) for f in found], key=Issue.sort_key)
    shown = ordered[:MAX_SHOWN]
    after = ordered[len(shown)] if len(ordered) > len(shown) else shown[-1]
    return [*shown, more_note(doc.file, after.line, after.col, len(early) + exc.error_count() - len(shown))]


def _first_items(data: Any, keep: int = 200) -> Any:
    """The data with every list cut to its first items (a copy; the positions of what is kept still hold)."""
    if isinstance(data, list):
        return [_first_items(item, keep) for item in data[:keep]]
    if isinstance(data, dict):
        return {key: _first_items(value, keep) for key, value in data.items()}
    return data


_SECTIONS: dict[str, type[BaseModel]] = {"roles": Role, "phases": Phase, "steps": Step}
# For each reference check: the section whose left-out ids make its finding moot.
_REFERS_TO = {"unknown-role": "roles", "unknown-phase": "phases", "unknown-step": "steps"}
_ANY = "*"  # not a valid id: stands for "any id" among the left-out ones


def _checks_despite(shape: list[Finding], data: dict[str, Any]) -> list[Finding]:
    """The graph checks' errors on the roles, phases and steps that are well formed.

    So one run reports every mistake: the items with shape errors are left out, and what is
    found only because they are (a reference to a left-out step, an empty phase whose steps
    were left out) is dropped (see _moot). Warnings wait for a valid file. When a whole section is broken,
    its references cannot be checked and nothing is added.
    """
    data, shape = repaired(data, shape, lambda path: expects(path, Process))
    broken: dict[str, set[int]] = {section: set() for section in _SECTIONS}
    for mistake in shape:
        path = mistake.path
        if len(path) >= 2 and path[0] in _SECTIONS and isinstance(path[1], int):
            broken[str(path[0])].add(path[1])
        elif not path or (path[0] in _SECTIONS and len(path) < 2):
            return []  # a whole section (or the file) is not as it should be: its references cannot be checked
    kept: dict[str, list[Any]] = {}
    origin: dict[str, list[int]] = {}
    left_out: dict[str, set[str]] = {}
    for section, model in _SECTIONS.items():
        items = data.get(section)
        if not isinstance(items, list):
            return []
        origin[section] = [i for i in range(len(items)) if i not in broken[section]]
        try:
            kept[section] = [model.model_validate(items[i]) for i in origin[section]]
        except ValidationError:
            return []
        # An item whose id is itself a mistake may be referred to by the id it was meant to have.
        bad_ids = {f.path[1] for f in shape if f.path[:1] == (section,) and f.path[2:3] == ("id",)}
        unknown_id = any(i in bad_ids or not _id_of(items[i]) for i in broken[section])
        left_out[section] = {_id_of(items[i]) for i in broken[section]} | ({_ANY} if unknown_id else set())
    left_out["phases-of-steps"] = {_phase_meant(data["steps"][i], data["phases"]) for i in broken["steps"]}
    from rollout.process.checks import run_checks

    # The header and the evaluation only where well formed: either may be the broken part.
    header: Any = _valid_or_none(ProcessInfo, data.get("process"))
    evaluation = _valid_or_none(Evaluation, data.get("evaluation", {})) or Evaluation()
    process = Process.model_construct(
        process=header, roles=kept["roles"], phases=kept["phases"], steps=kept["steps"], evaluation=evaluation
    )
    found = []
    for check in run_checks(process):
        path = check.path
        if path[0] in origin:
            path = (path[0], origin[str(path[0])][int(path[1])], *path[2:])
        if check.severity is Severity.ERROR and not _moot(check, left_out):
            found.append(replace(check, path=path))
    return found


def _valid_or_none(model: type[BaseModel], value: Any) -> Any:
    """The value validated as model, or None when it is not well formed."""
    try:
        return model.model_validate(value)
    except ValidationError:
        return None


def _moot(finding: Finding, left_out: dict[str, set[str]]) -> bool:
    """True for a finding that the left-out items may cause.

    A reference to a left-out item is moot; so is any reference into a section where a left-out
    item's id is unknown or is itself the mistake ({_ANY}): it is checked once the file is well formed.
    """
    section = "phases-of-steps" if finding.code == "empty-phase" else _REFERS_TO.get(finding.code)
    if section is None:
        return False
    ids = left_out[section]
    return _ANY in ids or finding.ref in ids


def _id_of(item: Any) -> str:
    return _field_of(item, "id")


def _phase_meant(step: Any, phases: list[Any]) -> str:
    """The phase a left-out step names: its id, the id of a phase named so, or {_ANY} when not known."""
    value = _field_of(step, "phase")
    if is_id(value):
        return value
    named = [(_id_of(phase), [_field_of(phase, "name")]) for phase in phases]
    return id_for_name(value, named) or _ANY if value else _ANY


def _field_of(item: Any, key: str) -> str:
    value = item.get(key) if isinstance(item, dict) else None
    return value if isinstance(value, str) else ""
