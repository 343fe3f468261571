"""Load a process file: read, parse, validate the shape, run the checks; all issues at once."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, replace
from pathlib import Path as FsPath
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from rollout.errors import Finding, Issue, Path, RolloutError, Severity
from rollout.process.model import Evaluation, Phase, Process, ProcessInfo, Role, Step
from rollout.process.source import Document, parse_yaml, read_text
from rollout.process.suggest import closest, did_you_mean

_TOP_KEYS = ("process", "roles", "phases", "steps", "evaluation")


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
        raise RolloutError([Issue(shown, 1, 1, f"cannot read file: {exc.strerror}", "unreadable")]) from None
    return load_text(read_text(raw, shown), shown)


def load_text(text: str, file: str) -> Loaded:
    """Parse, validate and check process YAML given as text."""
    doc = parse_yaml(text, file)
    process = _validate(doc)
    from rollout.process.checks import run_checks

    findings = run_checks(process)
    issues = [doc.issue(finding) for finding in findings]
    errors = [issue for issue in issues if issue.severity is Severity.ERROR]
    if errors:
        raise RolloutError(issues)
    return Loaded(process, tuple(sorted(issues, key=Issue.sort_key)), doc)


def _validate(doc: Document) -> Process:
    """Validate the parsed data against the model, mapping errors to positions."""
    if not isinstance(doc.data, dict):
        kind = _kind(doc.data)
        message = f"file is {kind}; a process file is a mapping with the keys {', '.join(_TOP_KEYS)}"
        line, col = doc.locate(())
        raise RolloutError([Issue(doc.file, line, col, message, "not-a-mapping")])
    try:
        return Process.model_validate(doc.data)
    except ValidationError as exc:
        errors = _misspelt_not_missing(exc.errors(include_url=False), doc.data)
        findings = [_finding(error, doc) for error in errors]
        findings += _checks_despite(findings, doc.data)
        raise RolloutError(sorted({doc.issue(f) for f in findings}, key=Issue.sort_key)) from None


def _misspelt_not_missing(errors: list[ErrorDetails], data: Any) -> list[ErrorDetails]:
    """Drop "missing key 'phases'" where the file has 'phasez': the unknown key's line says it all."""
    unknown = {
        (_data_path(tuple(e["loc"]), data)[:-1], str(e["loc"][-1])) for e in errors if e["type"] == "extra_forbidden"
    }
    meant = {(parent, closest(key, _allowed_keys(parent))) for parent, key in unknown}
    return [
        e
        for e in errors
        if not (e["type"] == "missing" and (_data_path(tuple(e["loc"]), data), str(e["loc"][-1])) in meant)
    ]


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
    broken: dict[str, set[int]] = {section: set() for section in _SECTIONS}
    for finding in shape:
        path = finding.path
        if len(path) >= 2 and path[0] in _SECTIONS and isinstance(path[1], int):
            broken[str(path[0])].add(path[1])
        elif not path or path[0] not in ("process", "evaluation"):
            return []
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
    left_out["phases-of-steps"] = {_field_of(data["steps"][i], "phase") or _ANY for i in broken["steps"]}
    from rollout.process.checks import run_checks

    # The header and the evaluation only where well formed: either may be the broken part.
    header: Any = _valid_or_none(ProcessInfo, data.get("process"))
    evaluation = _valid_or_none(Evaluation, data.get("evaluation", {})) or Evaluation()
    process = Process.model_construct(
        process=header, roles=kept["roles"], phases=kept["phases"], steps=kept["steps"], evaluation=evaluation
    )
    found = []
    for finding in run_checks(process):
        path = finding.path
        if path[0] in origin:
            path = (path[0], origin[str(path[0])][int(path[1])], *path[2:])
        if finding.severity is Severity.ERROR and not _moot(finding, left_out):
            found.append(replace(finding, path=path))
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


def _field_of(item: Any, key: str) -> str:
    value = item.get(key) if isinstance(item, dict) else None
    return value if isinstance(value, str) else ""


def _finding(error: ErrorDetails, doc: Document) -> Finding:
    """Translate one pydantic error into a finding with a plain message and a code."""
    loc = _data_path(tuple(error["loc"]), doc.data)
    where = _describe(loc, doc.data)
    kind = error["type"]
    if kind == "missing":
        name = error["loc"][-1]
        return Finding(loc, f"{where} is missing the required key '{name}'", "missing-key")
    if kind == "extra_forbidden":
        return _unknown_key(loc, doc.data)
    if kind == "string_pattern_mismatch":
        value = _at(doc.data, loc)
        message = (
            f"{where}: '{value}' is not a valid id; use lowercase letters, digits and '-' "
            "(e.g. 'koulutus-ammattilaiset')"
        )
        return Finding(loc, message, "bad-id")
    if kind == "control_character":
        return Finding(loc, f"{where}: text {error['msg']}", "control-character")
    if kind in ("string_too_long", "string_too_short"):
        limit = error.get("ctx", {}).get("max_length" if kind == "string_too_long" else "min_length")
        message = (
            f"{where}: text is too long (the limit is {limit:,} characters)"
            if kind == "string_too_long"
            else f"{where}: text must not be empty"
        )
        return Finding(loc, message, "bad-length")
    if kind == "literal_error":
        return _bad_choice(loc, where, error, doc)
    if kind.endswith("_type") or kind in ("model_type", "list_type", "dict_type"):
        return Finding(loc, _type_message(where, kind, loc, doc), "wrong-type")
    return Finding(loc, f"{where}: {error['msg'][0].lower()}{error['msg'][1:]}", "bad-value")


def _data_path(loc: tuple[Any, ...], data: Any) -> Path:
    """Drop pydantic's internal loc items (union tags, validator names) that are not in the data."""
    path: list[str | int] = []
    node = data
    for item in loc:
        if isinstance(node, dict) and isinstance(item, str):
            if item not in node:
                break
            path.append(item)
            node = node[item]
        elif isinstance(node, list) and isinstance(item, int):
            path.append(item)
            node = node[item] if 0 <= item < len(node) else None
    return tuple(path)


def _unknown_key(loc: Path, data: Any) -> Finding:
    """Report an unknown key, suggesting the closest allowed one."""
    name = str(loc[-1])
    allowed = _allowed_keys(loc[:-1])
    hint = did_you_mean(name, allowed)
    parent = _describe(loc[:-1], data)
    message = f"{parent} has an unknown key '{name}'{hint}"
    if not hint and allowed:
        message += f"; allowed keys: {', '.join(allowed)}"
    return Finding(loc, message, "unknown-key", key=True)


def _bad_choice(loc: Path, where: str, error: ErrorDetails, doc: Document) -> Finding:
    expected = error.get("ctx", {}).get("expected", "")
    choices = [part.strip(" '") for part in str(expected).replace(" or ", ",").split(",") if part.strip(" '")]
    value = str(_at(doc.data, loc))
    hint = did_you_mean(value, choices)
    message = f"{where}: '{value}' is not one of {', '.join(choices)}{hint}"
    return Finding(loc, message, "bad-value")


def _type_message(where: str, kind: str, loc: Path, doc: Document) -> str:
    """Explain a type mismatch; suggest quoting when YAML read text as a number or boolean."""
    expected = {
        "string_type": "text",
        "int_type": "a whole number",
        "float_type": "a number",
        "bool_type": "true or false",
        "list_type": "a list (lines starting with '- ')",
        "model_type": "a mapping (key: value lines)",
        "dict_type": "a mapping (key: value lines)",
    }.get(kind, kind.removesuffix("_type"))
    value = _at(doc.data, loc)
    raw = doc.raw.get(loc)
    message = f"{where} should be {expected}, not {_kind(value)}"
    if value is None:
        message += (
            "; write the item after the '- '"
            if loc and isinstance(loc[-1], int)
            else "; write the value after the colon"
        )
    elif kind == "string_type" and raw is not None and not isinstance(value, str):
        message += f'; write it in quotes: "{raw}"'
    elif kind == "bool_type" and isinstance(value, str):
        message += f" ('{value}')"
    return message


def _kind(value: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "a mapping"}
    if value is None:
        return "empty"
    return names.get(type(value), type(value).__name__)


def _describe(loc: Path, data: Any = None) -> str:
    """Name a location for a human: "step 'x': raci.accountable"."""
    if not loc:
        return "the file"
    if len(loc) >= 2 and loc[0] in ("roles", "phases", "steps") and isinstance(loc[1], int):
        item = _at(data, loc[:2])
        ident = item.get("id") if isinstance(item, dict) else None
        name = f"{str(loc[0])[:-1]} '{ident}'" if isinstance(ident, str) else f"{str(loc[0])[:-1]} #{loc[1] + 1}"
        rest = ".".join(str(part) for part in loc[2:])
        return f"{name}: {rest}" if rest else name
    return ".".join(str(item) for item in loc)


def _at(data: Any, loc: Path) -> Any:
    node = data
    for item in loc:
        try:
            node = node[item]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _allowed_keys(loc: Path) -> list[str]:
    """Field names of the model that sits at a data path."""
    model: type[BaseModel] | None = Process
    for item in loc:
        if model is None:
            return []
        if isinstance(item, int):
            continue
        field = model.model_fields.get(item)
        model = _model_in(field.annotation) if field else None
    return list(model.model_fields) if model else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside an annotation like list[Step] or Gate | None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found:
                return found
    return None
