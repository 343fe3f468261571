"""A path in the data in words: 'evaluation: metric 1 'Palautteita kuukaudessa': target', never '.0.'."""

from __future__ import annotations

from typing import Any

from rollout.errors import Path

# What one item of a list is called, by the list's key; any other list's items are 'item N'.
_ITEM_NOUNS = {
    "metrics": "metric",
    "questions": "question",
    "sources": "source",
    "links": "link",
    "authors": "author",
    "checklist": "checklist item",
    "deliverables": "deliverable",
    "inputs": "input",
    "tips": "tip",
    "pitfalls": "pitfall",
    "criteria": "criterion",
    "exit_criteria": "exit criterion",
    "measurements": "measurement",
    "answers": "answer",
    "targets": "target",
    "people": "person",
    "breaks": "break",
    "services": "service",
    "units": "unit",
}


def path_words(parts: Path, data: Any) -> str:
    """The keys of a path joined with '.', each list item counted from 1 and named by its name or title."""
    words: list[str] = []
    keys: list[str] = []
    node = data
    for part in parts:
        if isinstance(part, int):
            listed = keys.pop() if keys else ""
            if keys:
                words.append(".".join(keys))
            keys = []
            node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
            words.append(_item(listed, part, node))
        else:
            keys.append(part)
            node = node.get(part) if isinstance(node, dict) else None
    if keys:
        words.append(".".join(keys))
    return ": ".join(words)


def _item(listed: str, index: int, item: Any) -> str:
    noun = _ITEM_NOUNS.get(listed, f"{listed} item" if listed else "item")
    named = next((item[key] for key in ("name", "title") if isinstance(item, dict) and key in item), None)
    return f"{noun} {index + 1} '{named}'" if isinstance(named, str) and named else f"{noun} {index + 1}"
