"""Load a project file with the process it follows: read, validate, check, plan; all issues at once."""

from __future__ import annotations

import copy
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any

from pydantic import ValidationError

from rollout.errors import Finding, Issue, Path, RolloutError, Severity
from rollout.process.load import Loaded, load_text
from rollout.process.shape import Vocabulary, kind_of, shape_findings
from rollout.process.source import Document, parse_yaml, read_text
from rollout.process.suggest import closest
from rollout.project.checks import plan_findings, run_checks, step_as_text
from rollout.project.model import Project
from rollout.project.plan import Plan, PlanTooLong, make_plan
from rollout.project.sniff import process_reference

VOCABULARY = Vocabulary(Project, {"people": "person", "steps": "step", "gates": "gate"})
_TOP_KEYS = ("project", "people", "calendar", "steps", "gates", "evaluation")


@dataclass(frozen=True)
class LoadedProject:
    """A valid project, its process and plan, with the warnings found in it."""

    project: Project
    process: Loaded
    process_file: str  # as shown to the user, e.g. processes/omaolo.yaml
    plan: Plan
    warnings: tuple[Issue, ...]
    document: Document


def load_project(
    path: FsPath, display: str | None = None, as_of: dt.date | None = None, fallback: dt.date | None = None
) -> LoadedProject:
    """Read and check one project file and its process; raise RolloutError listing every error.

    The status date is as_of when given, else the file's own as_of, else fallback (none for builds).
    """
    shown = display if display is not None else str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RolloutError([Issue(shown, 1, 1, f"cannot read file: {exc.strerror}", "unreadable")]) from None
    return load_project_text(read_text(raw, shown), shown, folder=path.parent, as_of=as_of, fallback=fallback)


def load_project_text(
    text: str,
    file: str,
    *,
    folder: FsPath | None = None,
    as_of: dt.date | None = None,
    fallback: dt.date | None = None,
    process_data: bytes | None = None,
) -> LoadedProject:
    """Parse, validate, check and plan a project given as text; its process is read unless given.

    The process path is taken from the folder the project file is in (default: the folder of
    file); as_of overrides the file's own status date (`rollout status --today`), fallback stands in
    for a file without one.
    """
    doc = parse_yaml(text, file)
    project, findings = _validate(doc)
    process = None
    if project is not None:
        process, found = _process(doc, folder, process_data)
        findings += found
    if process is not None:
        findings = [step_as_text(finding, doc.data, process.process) for finding in findings]
    today = as_of or (project.project.as_of if project is not None else None) or fallback
    if project is not None and process is not None:
        found = run_checks(project, process.process, today, asked=as_of is not None)
        findings += [f for f in found if not findings or _counts(f, doc)]
    # The reader's own findings (a key given twice, a syntax mistake read on as corrected) come too.
    issues = doc.problems + doc.warnings + [doc.issue(finding) for finding in findings]
    if project is None or process is None or any(issue.severity is Severity.ERROR for issue in issues):
        raise RolloutError(issues)
    try:
        plan = make_plan(project, process.process, today)
    except PlanTooLong as exc:
        raise RolloutError([doc.issue(Finding(("project",), str(exc), "plan-too-long", key=True))]) from None
    issues += [doc.issue(finding) for finding in plan_findings(plan)]
    reference = process_reference(doc.data, file) or ""
    return LoadedProject(project, process, reference, plan, tuple(sorted(issues, key=Issue.sort_key)), doc)


def _validate(doc: Document) -> tuple[Project | None, list[Finding]]:
    """The project model, and the shape mistakes; with mistakes, a model of the parts that are well formed."""
    if not isinstance(doc.data, dict):
        message = f"file is {kind_of(doc.data)}; a project file is a mapping with the keys {', '.join(_TOP_KEYS)}"
        raise RolloutError([*doc.problems, *doc.warnings, doc.issue(Finding((), message, "not-a-mapping"))])
    try:
        return Project.model_validate(doc.data), []
    except ValidationError as exc:
        findings = shape_findings(exc, doc, VOCABULARY)
    return _well_formed_part(doc.data, findings), findings


def _well_formed_part(data: dict[str, Any], findings: list[Finding]) -> Project | None:
    """The project without the items that have shape mistakes, so their neighbours are still checked.

    Each mistake removes the smallest part around it: an unknown key, else the list item it is in
    (a break, a person, one role of a person), else the entry under a section (a step, a gate, a
    header field). None when what is left is still not a valid project (a required key is broken).
    """
    kept = copy.deepcopy(data)
    for finding in findings:
        _remove(kept, _part_of(finding, data))
    try:
        return Project.model_validate(kept)
    except ValidationError:
        return None


def _part_of(finding: Finding, data: dict[str, Any]) -> Path:
    path = finding.path
    if finding.code == "unknown-key":
        return path
    items = [end for end in range(len(path), 1, -1) if isinstance(path[end - 1], int)]
    return path[: items[0]] if items else path[:2]


def _remove(data: Any, path: Path) -> None:
    if not path:
        return
    node = data
    for item in path[:-1]:
        try:
            node = node[item]
        except (KeyError, IndexError, TypeError):
            return
    if isinstance(node, dict):
        node.pop(path[-1], None)
    elif isinstance(node, list) and isinstance(path[-1], int) and 0 <= path[-1] < len(node):
        node[path[-1]] = None  # keeps the other items' numbers; dropped below
        node[:] = [item for item in node if item is not None]


def _counts(finding: Finding, doc: Document) -> bool:
    """With shape mistakes in the file, only the errors found in its well-formed parts are reported.

    Warnings wait for a valid file; a reference to a person whose entry is malformed is not reported.
    """
    if finding.severity is not Severity.ERROR:
        return False
    people = doc.data.get("people") if isinstance(doc.data, dict) else None
    ids = [p.get("id") if isinstance(p, dict) else None for p in people] if isinstance(people, list) else []
    anyone = not all(isinstance(ident, str) for ident in ids)  # a person without an id may be the one meant
    return not (finding.code == "unknown-person" and (anyone or finding.ref in ids))


def _process(doc: Document, folder: FsPath | None, data: bytes | None) -> tuple[Loaded | None, list[Finding]]:
    """Load the process the project follows; a missing or invalid process is one error at 'process:'."""
    path = ("project", "process")
    file = process_reference(doc.data, doc.file) or ""
    if data is None:
        written = doc.data["project"]["process"]
        where = folder / written if folder is not None else FsPath(file)
        try:
            data = where.read_bytes()
        except OSError as exc:
            message = f"cannot read the process file {file}: {exc.strerror}{_nearby(where, file)}"
            return None, [Finding(path, message, "unknown-process")]
    try:
        return load_text(read_text(data, file), file), []
    except RolloutError as exc:
        count = sum(1 for issue in exc.issues if issue.severity is Severity.ERROR)
        message = f"the process file {file} has {count} error{'s' if count != 1 else ''}; run: rollout validate {file}"
        return None, [Finding(path, message, "invalid-process")]


def _nearby(where: FsPath, shown: str) -> str:
    """Did-you-mean among the YAML files in the folder the path points into."""
    try:
        names = sorted(path.name for path in where.parent.glob("*.yaml"))
    except OSError:
        return ""
    match = closest(where.name, names)
    return f"; did you mean {os.path.join(os.path.dirname(shown), match)}?" if match else ""
