"""Mechanical corrections of the data, so the checks can go on past the mistakes they correct.

A name written where its id belongs, a no-break space in an id and ids written as a comma list are
errors, but what was meant is clear: the loader checks the rest of the item as if it had been written so.
"""

from __future__ import annotations

import copy
from typing import Any

from rollout.errors import Finding

REPAIRABLE = ("name-not-id", "no-break-space", "comma-list")


def repaired(data: Any, findings: list[Finding]) -> tuple[Any, list[Finding]]:
    """A copy of the data with the meant values written in, and the findings it does not correct."""
    fixes = [finding for finding in findings if finding.code in REPAIRABLE and finding.path]
    if not fixes:
        return data, findings
    fixed = copy.deepcopy(data)
    left: list[Finding] = [finding for finding in findings if finding not in fixes]
    for finding in fixes:
        if not _apply(fixed, finding):
            left.append(finding)
    return fixed, left


def _apply(data: Any, finding: Finding) -> bool:
    """Write the meant value at the finding's path; False when the data there is not as expected."""
    *parents, last = finding.path
    node = data
    for part in parents:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return False
    value = _get(node, last)
    if not isinstance(value, str):
        return False
    if finding.code != "comma-list":
        if finding.ref is None:
            return False
        node[last] = finding.ref
        return True
    parts = [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(node, list) and isinstance(last, int):  # a list entry: the first id in its place, the others last
        node[last] = parts[0]
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
