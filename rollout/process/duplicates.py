"""Ids given to two items: found in the data as written, so a broken first item does not hide the second."""

from __future__ import annotations

from rollout.errors import Issue
from rollout.process.document import Document

_SECTIONS = {"roles": "role", "phases": "phase", "steps": "step"}
_REFERRED_BY = {
    "roles": "the owner, RACI and gate entries",
    "phases": "the steps' phase",
    "steps": "the depends_on entries",
}


def duplicate_ids(doc: Document) -> list[Issue]:
    """Each id used again, at the later item's id, naming the line of the first."""
    data = doc.data if isinstance(doc.data, dict) else {}
    found: list[Issue] = []
    for section, noun in _SECTIONS.items():
        items = data.get(section)
        if not isinstance(items, list):
            continue
        first: dict[str, int] = {}
        for index, item in enumerate(items):
            ident = item.get("id") if isinstance(item, dict) else None
            if not isinstance(ident, str):
                continue
            if ident not in first:
                first[ident] = index
                continue
            earlier, _ = doc.locate((section, first[ident], "id"))
            line, col = doc.locate((section, index, "id"))
            message = (
                f"{noun} id '{ident}' is already used by the {noun} on line {earlier}; each {noun} needs an id of "
                f"its own: give this one another id (and change {_REFERRED_BY[section]} that mean it)"
            )
            found.append(Issue(doc.file, line, col, message, "duplicate-id"))
    return found
