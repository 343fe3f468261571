"""Mechanical corrections of the data, so the checks can go on past the mistakes they correct.

A name written where its id belongs, a no-break space in an id, ids written as a comma list, a text
where a list belongs and a number where a text belongs are errors, but what was meant is clear: the
loader checks the rest of the item as if it had been written so.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from rollout.errors import Finding, Path

REPAIRABLE = ("name-not-id", "no-break-space", "comma-list")


def repaired(data: Any, findings: list[Finding], takes: Callable[[Path], str | None]) -> tuple[Any, list[Finding]]:
    """A copy of the data with the meant values written in, and the findings it does not correct.

    `takes` says what the model takes at a path ('list', 'text'): a text where a list belongs
    (deliverables: Tiedote, Koulutus) is read as its comma-separated items, a number or true/false
    where a text belongs as that text.
    """
    fixes = {
        finding: finding.code if finding.code in REPAIRABLE else f"{finding.code}:{takes(finding.path)}"
        for finding in findings
        if finding.path and (finding.code in REPAIRABLE or finding.code == "wrong-type")
    }
    if not fixes:
        return data, findings
    fixed = copy.deepcopy(data)
    left: list[Finding] = [finding for finding in findings if finding not in fixes]
    for finding, how in fixes.items():
        if not _apply(fixed, finding, how):
            left.append(finding)
    return fixed, left


def _apply(data: Any, finding: Finding, how: str) -> bool:
    """Write the meant value at the finding's path; False when it is not clear or the data is not as expected."""
    *parents, last = finding.path
    node = data
    for part in parents:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return False
    value = _get(node, last)
    if how == "wrong-type:text" and isinstance(value, (int, float, bool)):
        node[last] = str(value)
        return True
    if not isinstance(value, str) or how not in (*REPAIRABLE, "wrong-type:list"):
        return False
    if how in ("name-not-id", "no-break-space"):
        if finding.ref is None:
            return False
        node[last] = finding.ref
        return True
    parts = [part.strip() for part in value.split(",") if part.strip()] or [value]
    if how == "comma-list" and isinstance(node, list) and isinstance(last, int):
        node[last] = parts[0]  # a list entry: the first id in its place, the others at the end
        node.extend(parts[1:])
    else:
        node[last] = parts
    return True


def _get(node: Any, key: str | int) -> Any:
    if isinstance(node, dict) and isinstance(key, str):
        return node.get(key)
    if isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
        return node[key]
    return None
