"""YAML parser events to plain data, with positions, by our own rules (see source.py)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from rollout.errors import Issue, Path
from rollout.process.document import Document
from rollout.process.indent import repeated_first_key
from rollout.process.scalars import scalar_warnings

MAX_DEPTH = 64
MAX_NODES = 100_000  # a process of 1,000 steps has about 40,000
MAX_KEYS = 1_000  # keys in one mapping; the widest the format has is a step, with 22

_TAG = "tag:yaml.org,2002:"
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_NOT_ONLY_TEXT = frozenset("~nNtTfF0123456789+-.")  # first letters of null, booleans and numbers
_SAFE_TAGS = {"str", "int", "float", "bool", "null", "map", "seq"}


class _Frame:
    """A mapping or sequence under construction."""

    __slots__ = ("anchor", "block", "mark", "merges", "path", "pending_key", "start_nodes", "value")

    def __init__(self, value: dict[str, Any] | list[Any], path: Path, anchor: str | None, start_nodes: int) -> None:
        self.value = value
        self.path = path
        self.anchor = anchor
        self.start_nodes = start_nodes
        self.pending_key: str | None = None
        self.merges: list[tuple[Any, tuple[int, int]]] = []
        self.block = True  # written as indented lines, not {…}
        self.mark = (1, 1)


class Builder:
    """Turns YAML events into plain data, recording positions and problems."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.anchor_sizes: dict[int, int] = {}
        self.nodes = 0
        self.documents = 0
        self.problems: list[Issue] = []
        self.done = False

    def problem(self, mark: Any, message: str, code: str) -> None:
        self.problems.append(Issue(self.doc.file, mark.line + 1, mark.column + 1, message, code))

    def feed(self, event: Any) -> None:
        """Handle one parser event."""
        kind = type(event)
        if kind is yaml.ScalarEvent:  # by far the most frequent: checked first
            self.scalar(event)
        elif kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                self.problem(event.start_mark, "more than one YAML document; keep one per file", "multiple-documents")
        elif kind is yaml.AliasEvent:
            self.alias(event)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            self.start(event)
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            self.end()

    def path_for_child(self, mark: Any) -> Path | None:
        """Path of the node about to be attached, or None if it is a mapping key."""
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.value, list):
            return (*top.path, len(top.value))
        if top.pending_key is None:
            return None
        return (*top.path, top.pending_key)

    def count(self, mark: Any, size: int = 1) -> bool:
        self.nodes += size
        if self.nodes > MAX_NODES:
            if not self.done:
                message = (
                    f"the file holds more than {MAX_NODES:,} values (a process of 1,000 steps has about 40,000; "
                    "aliases count each time they are used); not read further"
                )
                self.problem(mark, message, "too-large")
            self.done = True
            return False
        return True

    def check_tag(self, event: Any) -> bool:
        tag = event.tag
        if tag in (None, "!", "?"):
            return True
        if tag.startswith(_TAG) and tag[len(_TAG) :] in _SAFE_TAGS:
            return True
        shown = "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag
        self.problem(event.start_mark, f"tag '{shown}' is not allowed; remove it", "unsafe-tag")
        return False

    def scalar(self, event: Any) -> None:
        if self.done or not self.count(event.start_mark):
            return
        path = self.path_for_child(event.start_mark)
        if path is None:
            self.key(event)
            return
        value = self.resolve(event) if self.check_tag(event) else event.value
        self.attach(value, path, event, size=1)

    def key(self, event: Any) -> None:
        top = self.stack[-1]
        assert isinstance(top.value, dict)
        key = event.value
        if key == "<<" and event.implicit[0]:
            top.pending_key = "<<"
            return
        if key in top.value:
            top = self.repeated(top, key, event)
        if len(top.value) >= MAX_KEYS:
            message = (
                f"more than {MAX_KEYS:,} keys in the mapping that starts on line {top.mark[0]}; "
                "has part of the file lost its indentation? Not read further"
            )
            self.problem(event.start_mark, message, "too-large")
            self.done = True
            return
        top.pending_key = key
        self.doc.key_positions[(*top.path, key)] = (event.start_mark.line + 1, event.start_mark.column + 1)

    def repeated(self, top: _Frame, key: str, event: Any) -> _Frame:
        """A key given twice: reported, and the later value kept so that checking goes on.

        In a list item, its first key coming again means the next item's "- " is missing: the
        item is read as two, as meant, and one line says so.
        """
        mark = event.start_mark
        if top.block and key == next(iter(top.value)) and top.path and isinstance(top.path[-1], int):
            message = repeated_first_key(self.doc.line(mark.line + 1), key, mark.column)
            self.doc.problems.append(Issue(self.doc.file, mark.line + 1, mark.column + 1, message, "missing-dash"))
            self.close(self.stack.pop())
            parent = self.stack[-1]
            item = _Frame({}, (*parent.path, len(parent.value)), None, self.nodes)
            item.mark = (mark.line + 1, mark.column + 1)
            self.doc.positions[item.path] = item.mark
            self.stack.append(item)
            return item
        first = self.doc.key_positions.get((*top.path, key), (mark.line + 1, 0))[0]
        message = f"'{key}' is given twice (first on line {first}); the later one is checked: remove one of them"
        self.doc.problems.append(Issue(self.doc.file, mark.line + 1, mark.column + 1, message, "duplicate-key"))
        return top

    def resolve(self, event: Any) -> Any:
        """YAML 1.2 core-schema resolution of a scalar; quoted scalars stay text."""
        text = event.value
        tag = event.tag[len(_TAG) :] if event.tag and event.tag.startswith(_TAG) else None
        if tag == "str" or (tag is None and not event.implicit[0]):
            return text
        if tag is None:
            return resolve_plain(text)
        return _tagged(tag, text, event, self)

    def alias(self, event: Any) -> None:
        if self.done:
            return
        found = self.anchors.get(event.anchor)
        if found is None:
            self.problem(event.start_mark, f"unknown alias '*{event.anchor}'", "yaml-syntax")
            return
        value, size = found
        if not self.count(event.start_mark, size):
            return
        path = self.path_for_child(event.start_mark)
        if path is None:
            self.problem(event.start_mark, "an alias cannot be a mapping key", "yaml-syntax")
            self.stack[-1].pending_key = "\0alias"
            return
        self.attach(value, path, event, size=size, alias=True)

    def start(self, event: Any) -> None:
        if self.done or not self.count(event.start_mark):
            return
        self.check_tag(event)
        path = self.path_for_child(event.start_mark)
        if path is None:
            self.problem(event.start_mark, "a mapping key must be plain text", "yaml-syntax")
            path = (*self.stack[-1].path, "\0complex")
        if len(self.stack) >= MAX_DEPTH:
            self.problem(event.start_mark, f"nested more than {MAX_DEPTH} levels deep", "too-deep")
            self.done = True
            return
        container: dict[str, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
        frame = _Frame(container, path, event.anchor, self.nodes)
        frame.mark = (event.start_mark.line + 1, event.start_mark.column + 1)
        self.doc.positions[path] = frame.mark
        frame.block = not event.flow_style
        self.stack.append(frame)

    def end(self) -> None:
        if not self.done:
            self.close(self.stack.pop())

    def close(self, frame: _Frame) -> None:
        """Attach a finished mapping or sequence to its parent."""
        if isinstance(frame.value, dict):
            for merged, at in frame.merges:
                _merge(frame.value, merged, frame.path, at, self.doc)
        if frame.anchor:
            self.anchors[frame.anchor] = (frame.value, self.nodes - frame.start_nodes)
        if not self.stack:
            self.doc.data = frame.value
        else:
            parent = self.stack[-1]
            self.place(parent, frame.value)

    def attach(self, value: Any, path: Path, event: Any, *, size: int, alias: bool = False) -> None:
        mark = (event.start_mark.line + 1, event.start_mark.column + 1)
        self.doc.positions[path] = mark
        if not alias and type(event) is yaml.ScalarEvent:
            if type(value) is str:
                self.doc.warnings += scalar_warnings(self.doc.file, self.doc.text, event)
            else:  # kept for "write it in quotes: 1.10"
                self.doc.raw[path] = event.value
            if event.anchor:
                self.anchors[event.anchor] = (value, size)
        if not self.stack:
            self.doc.data = value
            return
        top = self.stack[-1]
        if top.pending_key == "<<" and isinstance(top.value, dict):
            top.merges.append((value, mark))
            top.pending_key = None
            return
        self.place(top, value)

    def place(self, parent: _Frame, value: Any) -> None:
        if isinstance(parent.value, list):
            parent.value.append(value)
            return
        key = parent.pending_key
        parent.pending_key = None
        if key == "<<":
            parent.merges.append((value, self.doc.positions.get((*parent.path, "<<"), (1, 1))))
        elif key is not None and not key.startswith("\0"):
            parent.value[key] = value


def _merge(target: dict[str, Any], merged: Any, path: Path, at: tuple[int, int], doc: Document) -> None:
    """Apply a YAML merge key: keys written explicitly win over merged ones."""
    sources = merged if isinstance(merged, list) else [merged]
    for source in sources:
        if not isinstance(source, dict):
            doc.positions.setdefault((*path, "<<"), at)
            continue
        for key, value in source.items():
            if key not in target:
                target[key] = value
                doc.positions.setdefault((*path, key), at)
                doc.key_positions.setdefault((*path, key), at)


def resolve_plain(text: str) -> Any:
    """Resolve an untagged plain scalar by the YAML 1.2 core schema."""
    if text and text[0] not in _NOT_ONLY_TEXT:
        return text
    if _NULL.match(text):
        return None
    if _BOOL.match(text):
        return text.lower() == "true"
    if _INT.match(text):
        return int(text, 0) if text[:2] in ("0o", "0x") else int(text)
    if _FLOAT.match(text):
        return float(text.lower().replace(".inf", "inf").replace(".nan", "nan"))
    return text


def _tagged(tag: str, text: str, event: Any, builder: Builder) -> Any:
    """Resolve a scalar with an explicit safe tag such as !!int."""
    checks = {"int": _INT, "float": _FLOAT, "bool": _BOOL, "null": _NULL}
    pattern = checks.get(tag)
    if pattern is None or not pattern.match(text):
        builder.problem(event.start_mark, f"'{text}' is not a valid !!{tag}", "yaml-syntax")
        return text
    if tag == "float" and _INT.match(text):
        return float(int(text, 0))
    return resolve_plain(text)
