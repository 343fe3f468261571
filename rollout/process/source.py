"""Strict YAML reading: plain data plus the line and column of every node.

Built on the YAML event stream rather than PyYAML's constructors so that every rule is ours:
safe tags only, duplicate keys rejected, YAML 1.2 core scalars (no dates, `yes` stays text),
merge keys supported, alias expansion bounded, nesting bounded, no recursion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from rollout.errors import Finding, Issue, Path, RolloutError
from rollout.process.syntax import located_error, reader_error, syntax_error

MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 2_000_000
MAX_FLOW_BRACKETS = 1_000  # a cheap pre-check, counting brackets even inside quotes
_BRACKETS = re.compile(r"[\[\]{}]")

_TAG = "tag:yaml.org,2002:"
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_SAFE_TAGS = {"str", "int", "float", "bool", "null", "map", "seq"}


@dataclass
class Document:
    """Parsed YAML data with the position of every value and mapping key."""

    file: str
    data: Any = None
    positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    raw: dict[Path, str] = field(default_factory=dict)

    def locate(self, path: Path, *, key: bool = False) -> tuple[int, int]:
        """Line and column for a path; falls back to the nearest enclosing node."""
        if key and path in self.key_positions:
            return self.key_positions[path]
        for end in range(len(path), -1, -1):
            found = self.positions.get(path[:end])
            if found is not None:
                return found
        return (1, 1)

    def issue(self, finding: Finding) -> Issue:
        """Turn a path-located finding into a line:col-located issue."""
        line, col = self.locate(finding.path, key=finding.key)
        return Issue(self.file, line, col, finding.message, finding.code, finding.severity)


def read_text(raw: bytes, file: str) -> str:
    """Decode a file as UTF-8 (a BOM is allowed), or raise a located error."""
    if len(raw) > MAX_BYTES:
        raise located_error(file, 1, 1, f"file is {len(raw):,} bytes; the limit is {MAX_BYTES:,}", "file-too-large")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        start = raw.rfind(b"\n", 0, exc.start) + 1
        col = len(raw[start : exc.start].decode("utf-8", "replace")) + 1
        message = f"file is not UTF-8 text (byte 0x{raw[exc.start]:02x}); save it as UTF-8"
        raise located_error(file, line, col, message, "not-utf8") from None
    return text


def parse_yaml(text: str, file: str) -> Document:
    """Parse one YAML document strictly into plain data with positions."""
    _check_flow_depth(text, file)
    builder = _Builder(Document(file))
    loader = None
    try:
        loader = _loader_class()(text)
        while not builder.done and loader.check_event():
            builder.feed(loader.get_event())
    except yaml.reader.ReaderError as exc:
        raise reader_error(exc, text, file) from None
    except yaml.MarkedYAMLError as exc:
        raise syntax_error(exc, text, file, _loader_class()) from None
    except yaml.YAMLError as exc:
        raise located_error(file, 1, 1, f"YAML error: {exc}", "yaml-syntax") from None
    finally:
        if loader is not None:
            loader.dispose()
    if builder.problems:
        raise RolloutError(builder.problems)
    return builder.doc


def _check_flow_depth(text: str, file: str) -> None:
    """Refuse absurd bracket nesting before libyaml scans it (its look-ahead is quadratic in depth)."""
    depth = 0
    for match in _BRACKETS.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_FLOW_BRACKETS:
            before = text[: match.start()]
            line, col = before.count("\n") + 1, match.start() - (before.rfind("\n") + 1) + 1
            raise located_error(file, line, col, f"nested more than {MAX_DEPTH} levels deep", "too-deep")


def _loader_class() -> type[Any]:
    """The fastest available event parser (libyaml when installed)."""
    try:
        from yaml import cyaml  # ImportError when PyYAML was built without libyaml
    except ImportError:
        return yaml.SafeLoader
    parser: type[Any] | None = getattr(cyaml, "CParser", None)  # not re-exported by yaml itself
    return parser if parser is not None else yaml.SafeLoader


class _Frame:
    """A mapping or sequence under construction."""

    __slots__ = ("anchor", "block", "merges", "path", "pending_key", "run_on", "start_nodes", "value")

    def __init__(self, value: dict[str, Any] | list[Any], path: Path, anchor: str | None, start_nodes: int) -> None:
        self.value = value
        self.path = path
        self.anchor = anchor
        self.start_nodes = start_nodes
        self.pending_key: str | None = None
        self.merges: list[tuple[Any, tuple[int, int]]] = []
        self.run_on = False  # a second item ran into this one (its '- ' is missing)
        self.block = True  # written as indented lines, not {…}


class _Builder:
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
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self.problem(event.start_mark, "more than one YAML document; keep one per file", "multiple-documents")
        elif isinstance(event, yaml.ScalarEvent):
            self.scalar(event)
        elif isinstance(event, yaml.AliasEvent):
            self.alias(event)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            self.start(event)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
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
                message = f"document expands to more than {MAX_NODES:,} values (alias expansion?); not processed"
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
        if key in top.value and not top.run_on:
            if top.block and key == next(iter(top.value)) and top.path and isinstance(top.path[-1], int):
                # A list item whose first key comes again: the next item's "- " is missing, and each
                # of its keys would repeat one of this item's. One line says so.
                top.run_on = True
                message = f"a second '{key}' in one item: a new item starts with '- {key}:'; is the '- ' missing?"
            else:
                message = f"duplicate key '{key}' (YAML keeps only one; remove or rename)"
            self.problem(event.start_mark, message, "duplicate-key")
        top.pending_key = key
        self.doc.key_positions[(*top.path, key)] = (event.start_mark.line + 1, event.start_mark.column + 1)

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
        self.doc.positions[path] = (event.start_mark.line + 1, event.start_mark.column + 1)
        frame = _Frame(container, path, event.anchor, self.nodes)
        frame.block = not event.flow_style
        self.stack.append(frame)

    def end(self) -> None:
        if self.done:
            return
        frame = self.stack.pop()
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
        if not alias and isinstance(event, yaml.ScalarEvent):
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
    if _NULL.match(text):
        return None
    if _BOOL.match(text):
        return text.lower() == "true"
    if _INT.match(text):
        return int(text, 0) if text[:2] in ("0o", "0x") else int(text)
    if _FLOAT.match(text):
        return float(text.lower().replace(".inf", "inf").replace(".nan", "nan"))
    return text


def _tagged(tag: str, text: str, event: Any, builder: _Builder) -> Any:
    """Resolve a scalar with an explicit safe tag such as !!int."""
    checks = {"int": _INT, "float": _FLOAT, "bool": _BOOL, "null": _NULL}
    pattern = checks.get(tag)
    if pattern is None or not pattern.match(text):
        builder.problem(event.start_mark, f"'{text}' is not a valid !!{tag}", "yaml-syntax")
        return text
    if tag == "float" and _INT.match(text):
        return float(int(text, 0))
    return resolve_plain(text)
