"""YAML syntax errors in words a person can act on: located, with the likely mistake named."""

from __future__ import annotations

import re
from typing import Any

import yaml

from rollout.errors import Issue, RolloutError


def located_error(file: str, line: int, col: int, message: str, code: str) -> RolloutError:
    """The user-facing error for one located issue."""
    return RolloutError([Issue(file, line, col, message, code)])


def reader_error(exc: yaml.reader.ReaderError, text: str, file: str) -> RolloutError:
    """A character YAML does not allow (a control character, for example)."""
    before = text[: exc.position]
    line = before.count("\n") + 1
    col = exc.position - (before.rfind("\n") + 1) + 1
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
    message = f"YAML syntax: the character U+{code:04X} is not allowed in YAML; remove it"
    return located_error(file, line, col, message, "yaml-syntax")


def syntax_error(exc: yaml.MarkedYAMLError, text: str, file: str, loader: type[Any]) -> RolloutError:
    """Map a PyYAML syntax error to a located issue with a plainer message."""
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "invalid YAML"
    if _char_at(text, mark) == "\t" or "tab" in problem:
        problem = "tab character; indent with spaces, not tabs"
    else:
        if exc.context_mark and exc.problem_mark and exc.problem_mark.line > exc.context_mark.line:
            if "flow" in (exc.context or "") or "scanning" in (exc.context or ""):
                mark = exc.context_mark  # an unclosed bracket or quote: point at where it opened
            quote = _unclosed_quote(text, exc.context_mark.line, exc.problem_mark.line, loader)
            if quote is not None:
                line, col, char = quote
                message = f"YAML syntax: the text opened with {char} here is never closed; add the closing {char}"
                return located_error(file, line, col, message, "yaml-syntax")
        if exc.context:
            problem = f"{problem} ({exc.context})"
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return located_error(file, line, col, f"YAML syntax: {problem}", "yaml-syntax")


# A line of YAML structure: "key:" or "- key:" at its start.
_STRUCTURE = re.compile(r"^\s*(?:-\s+)?[^\s\"'#:][^\"'#:]*:(?:\s|$)")


def _unclosed_quote(text: str, first: int, last: int, loader: type[Any]) -> tuple[int, int, str] | None:
    """Where a quoted text opens that runs on over lines of YAML structure, from line first to last.

    A quoted text may go on over several lines, so YAML reports an unclosed quote only where the
    quotes finally pair up wrongly, often hundreds of lines later. The scanner's own quoted scalars
    are looked at: one that swallowed lines reading "key: value" and closed just before the error
    was meant to end on its first line.
    """
    try:
        for token in yaml.scan(text, Loader=loader):
            if token.start_mark.line > last:
                break
            style = getattr(token, "style", None) if isinstance(token, yaml.ScalarToken) else None
            if style not in ('"', "'") or token.start_mark.line < first or token.end_mark.line == token.start_mark.line:
                continue
            if token.end_mark.line < last - 1:  # closed well before the error: not the mistake
                continue
            swallowed = text[token.start_mark.index : token.end_mark.index].splitlines()[1:]
            if any(_STRUCTURE.match(line) for line in swallowed):
                return token.start_mark.line + 1, token.start_mark.column + 1, str(style)
    except yaml.YAMLError:
        pass
    return None


def _char_at(text: str, mark: Any) -> str:
    if mark is None:
        return ""
    lines = text.splitlines()
    return lines[mark.line][mark.column : mark.column + 1] if mark.line < len(lines) else ""
