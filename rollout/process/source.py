"""Strict YAML reading: plain data plus the line and column of every node.

Built on the YAML event stream rather than PyYAML's constructors so that every rule is ours:
safe tags only, duplicate keys reported (the later value is kept, so checking goes on), YAML 1.2
core scalars (no dates, `yes` stays text), merge keys supported, alias expansion, nesting, mapping
and document size bounded, no recursion. Texts that YAML reads differently from how they look
(Word's curly quotes, a `\u00ad` outside double quotes, a ` #` that starts a comment) are warned about.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import yaml

from rollout.errors import Issue, RolloutError, Severity
from rollout.process.document import Document
from rollout.process.events import MAX_DEPTH, Builder, resolve_plain
from rollout.process.lines import split_lines
from rollout.process.syntax import explain, located_error, reader_error

__all__ = ["MAX_BYTES", "MAX_DEPTH", "Document", "parse_yaml", "read_text", "resolve_plain"]

MAX_BYTES = 10 * 1024 * 1024
MAX_FLOW_BRACKETS = 1_000  # a cheap pre-check, counting brackets even inside quotes
_BRACKETS = re.compile(r"[\[\]{}]")


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
    """Parse one YAML document strictly into plain data with positions.

    A syntax mistake whose correction is clear (text to quote, a line to indent like its
    neighbours, a quote to close) is reported, corrected in memory and reading goes on, so one run
    names every such mistake; the file is then invalid, and checked further as corrected.
    """
    _check_flow_depth(text, file)
    mistakes: list[Issue] = []
    while True:
        try:
            doc = _parse_once(text, file)
        except _Mistake as found:
            mistakes.append(found.issue)
            repeated = len(mistakes) > 1 and _where(mistakes[-2]) == _where(found.issue)  # the correction did not help
            if found.fixed is None or repeated or len(mistakes) >= MAX_REPAIRS:
                raise RolloutError([*mistakes, _stopped(found.issue)]) from None
            text = _with_line(text, found.issue.line, found.fixed)
            continue
        doc.problems[:0] = mistakes
        return doc


MAX_REPAIRS = 50  # syntax mistakes corrected in memory to read on; past this the file is not read further


def _where(issue: Issue) -> tuple[int, int, str]:
    return issue.line, issue.col, issue.code


def _stopped(last: Issue) -> Issue:
    """The note that says the checks of the file's content wait for a syntax mistake to be fixed."""
    message = (
        "YAML cannot read the file past this mistake, so the file's other checks (ids, references, RACI, …) "
        "run only once it is fixed: there may be more to correct after that"
    )
    return Issue(last.file, last.line, last.col, message, "checks-waiting", Severity.NOTE)


class _Mistake(Exception):
    """A syntax mistake, with the corrected line when its correction is clear."""

    def __init__(self, issue: Issue, fixed: str | None) -> None:
        super().__init__(issue.message)
        self.issue = issue
        self.fixed = fixed


def _with_line(text: str, number: int, fixed: str) -> str:
    """The text with its 1-based line `number` replaced (line endings kept)."""
    lines = text.splitlines(keepends=True)
    ending = lines[number - 1][len(lines[number - 1].rstrip("\r\n")) :] if number <= len(lines) else ""
    lines[number - 1 : number] = [fixed + ending]
    return "".join(lines)


def _parse_once(text: str, file: str) -> Document:
    """Parse the text once; a syntax mistake raises _Mistake, any other problem RolloutError."""
    builder = Builder(Document(file, text))
    loader = None
    try:
        loader = _loader_class()(text)
        while not builder.done and loader.check_event():
            builder.feed(loader.get_event())
    except yaml.reader.ReaderError as exc:
        issue = reader_error(exc, text, file).issues[0]
        raise _Mistake(*_without_characters(issue, text)) from None
    except yaml.MarkedYAMLError as exc:
        hint = explain(exc, text, _loader_class())
        raise _Mistake(Issue(file, hint.line, hint.col, hint.message, hint.code), hint.fixed) from None
    except yaml.YAMLError as exc:
        raise _Mistake(Issue(file, 1, 1, f"YAML error: {exc}", "yaml-syntax"), None) from None
    finally:
        if loader is not None:
            loader.dispose()
    if builder.problems:
        raise RolloutError(builder.problems + builder.doc.problems + builder.doc.warnings)
    return builder.doc


def _without_characters(issue: Issue, text: str) -> tuple[Issue, str | None]:
    """A character YAML does not allow: its line without it (and any more such characters on that line)."""
    lines = split_lines(text)
    if not 0 < issue.line <= len(lines):
        return issue, None
    line = lines[issue.line - 1]
    found = len(_NOT_ALLOWED.findall(line))
    if found > 1:
        issue = replace(issue, message=f"{issue.message} (and the {found - 1:,} more on this line after it)")
    return issue, _NOT_ALLOWED.sub("", line)


_NOT_ALLOWED = yaml.reader.Reader.NON_PRINTABLE


def _check_flow_depth(text: str, file: str) -> None:
    """Refuse absurd bracket nesting before libyaml scans it (its look-ahead is quadratic in depth)."""
    depth = 0
    for match in _BRACKETS.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_FLOW_BRACKETS:
            before = text[: match.start()]
            line, col = before.count("\n") + 1, match.start() - (before.rfind("\n") + 1) + 1
            message = f"brackets nested more than {MAX_FLOW_BRACKETS:,} deep; not read further"
            raise located_error(file, line, col, message, "too-deep")


def _loader_class() -> type[Any]:
    """The fastest available event parser (libyaml when installed)."""
    try:
        from yaml import cyaml  # ImportError when PyYAML was built without libyaml
    except ImportError:
        return yaml.SafeLoader
    parser: type[Any] | None = getattr(cyaml, "CParser", None)  # not re-exported by yaml itself
    return parser if parser is not None else yaml.SafeLoader
