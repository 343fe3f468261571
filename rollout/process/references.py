"""An id that breaks the rule, explained: a list written with commas, a name written for an id, the ids there are."""

from __future__ import annotations

from typing import Any

from rollout.errors import Finding, Path
from rollout.process import spaces
from rollout.process.ids import ID_RULE, id_like, is_id, named_by
from rollout.process.suggest import choices

# Keys whose value names a role, phase or step of the same file by its id.
_ROLE_KEYS = {"owner", "responsible", "accountable", "consulted", "informed", "decided_by", "lead_role"}
_STEP_KEYS = {"depends_on", "metrics_step"}
_NAMES = {"roles": ("name",), "phases": ("name",), "steps": ("title", "label")}
_LIST_KEYS = {"responsible", "accountable", "consulted", "informed", "depends_on"}


def key_of(loc: Path) -> str:
    """The last key on a path ('responsible' for steps.0.raci.responsible.1)."""
    return next((str(part) for part in reversed(loc) if isinstance(part, str)), "")


def bad_id(loc: Path, where: str, value: str, data: Any) -> Finding:
    """An id that breaks the rule: a list written with commas, a name for an id, or a plain mistake."""
    key = key_of(loc)
    if spaces.NBSP in value:
        return _no_break_space(loc, where, value, data)
    parts = [part.strip() for part in value.split(",")]
    if key in _LIST_KEYS and len(parts) > 1 and all(parts):
        message = (
            f"{where}: '{value}' is read as one id; several ids are written as a list, in square brackets: "
            f"{key}: [{', '.join(parts)}]"
        )
        return Finding(loc, message, "comma-list")
    section = _section_of(key)
    items = data.get(section) if section and isinstance(data, dict) else None
    if section is None or not isinstance(items, list):  # not a reference within this file
        suggestion = id_like(value)
        example = f"; for example '{suggestion}'" if suggestion else ""
        return Finding(loc, f"{where}: '{value}' cannot be an id: an id has only {ID_RULE}{example}", "bad-id")
    return _reference(loc, where, value, section, data)


def _section_of(key: str) -> str | None:
    if key in _ROLE_KEYS:
        return "roles"
    if key == "phase":
        return "phases"
    return "steps" if key in _STEP_KEYS else None


def _reference(loc: Path, where: str, value: str, section: str, data: dict[str, Any]) -> Finding:
    """A reference that is not an id: the id of the item so named, else the ids there are."""
    items = [item for item in data[section] if isinstance(item, dict)]
    ids = [item["id"] for item in items if isinstance(item.get("id"), str) and is_id(item["id"])]
    kind = section[:-1]
    named = [
        (item["id"], {name: item.get(name) for name in _NAMES[section]}) for item in items if item.get("id") in ids
    ]
    found = named_by(value, named)
    if found is not None:
        meant, noun = found
        message = f"{where}: '{value}' is the {noun} of {kind} '{meant}'; write its id: {_written(loc, data, meant)}"
        return Finding(loc, message, "name-not-id", ref=meant)
    hint = choices(id_like(value) or value, ids, section)
    return Finding(loc, f"{where}: '{value}' is not the id of a {kind}{hint}", "bad-id")


def _no_break_space(loc: Path, where: str, value: str, data: Any) -> Finding:
    """An id with a no-break space in it: say where, and what to write."""
    meant = spaces.as_id(value)
    write = _written(loc, data, meant) if is_id(meant) else "an id without spaces"
    message = f"{where}: there is {spaces.WHAT} {spaces.where_in(value)}; an id has no spaces: write {write}"
    section = _section_of(key_of(loc))
    items = data.get(section) if section and isinstance(data, dict) else None
    known = isinstance(items, list) and any(isinstance(i, dict) and i.get("id") == meant for i in items)
    trimmed = spaces.NBSP not in value.strip(f" {spaces.NBSP}")  # only at the ends: the id meant is clear
    clear = is_id(meant) and (known or (key_of(loc) == "id" and trimmed))  # the checks go on as if so written
    return Finding(loc, message, "no-break-space", ref=meant if clear else None)


def _written(loc: Path, data: Any, meant: str) -> str:
    """The key with the id meant in place of the value at loc: 'owner: tiimi', 'depends_on: [a, tiimi]'."""
    node: Any = data
    for part in loc[:-1]:  # the path was found in this data
        node = node[part]
    if isinstance(node, list) and isinstance(loc[-1], int):
        entries = [meant if i == loc[-1] else str(entry) for i, entry in enumerate(node)]
        return f"{key_of(loc)}: [{', '.join(entries)}]"
    return f"{key_of(loc)}: {meant}"
