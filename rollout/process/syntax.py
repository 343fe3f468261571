"""YAML syntax errors in words a person can act on: located, with the likely mistake named and fixed.

The parser says where it gave up; the hints look at the lines a person wrote there (see lines.py)
and name the usual mistakes: text that needs quotes, a line indented unlike its neighbours, a
quote or bracket never closed, a tab, a missing space after a colon.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from rollout.errors import Issue, RolloutError
from rollout.process.indent import indentation_hint
from rollout.process.lines import CURLY, Hint, Line, line_at, quoted, split_lines, structure_above, without_comment
from rollout.process.punctuation import bad_escape, dash_without_space, no_break_space, no_colon

# First characters that give a text another meaning in YAML: it must then be in quotes.
_SPECIAL_START = {
    "*": "'*' (YAML reads it as a reference to an '&' anchor)",
    "&": "'&' (YAML reads it as an anchor name)",
    "!": "'!' (YAML reads it as a type tag)",
    "|": "'|' (YAML reads it as the start of a multi-line text)",
    ">": "'>' (YAML reads it as the start of a folded multi-line text)",
    "%": "'%'",
    "@": "'@'",
    "`": "'`'",
    "-": "'- ' (YAML reads it as a list item)",
    "?": "'? ' (YAML reads it as a key)",
    "[": "'[' (YAML reads it as a list)",
    "{": "'{' (YAML reads it as a group of keys)",
}
_MISSING_SPACE = re.compile(r"^(?P<key>[^\s:#'\"\[\]{},-][^:#\s]*):(?P<value>[^\s:].*)$")


def located_error(file: str, line: int, col: int, message: str, code: str) -> RolloutError:
    """The user-facing error for one located issue."""
    return RolloutError([Issue(file, line, col, message, code)])


def reader_error(exc: yaml.reader.ReaderError, text: str, file: str) -> RolloutError:
    """A character YAML does not allow (a control character, for example)."""
    before = text[: exc.position]
    line = before.count("\n") + 1
    col = exc.position - (before.rfind("\n") + 1) + 1
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
    message = f"the character U+{code:04X} is not allowed in a YAML file (an invisible control character?); remove it"
    return located_error(file, line, col, message, "yaml-syntax")


def explain(exc: yaml.MarkedYAMLError, text: str, loader: type[Any]) -> Hint:
    """What a PyYAML syntax error means in the user's terms, with the corrected line when it is clear."""
    hint = _hint(exc, split_lines(text), text, loader)
    if hint is not None:
        return hint
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or "invalid YAML"
    message = (
        "YAML cannot read this line: compare its indentation, quotes, colons and brackets with the lines above "
        f"(YAML's own words: {problem})"
    )
    return Hint(line, col, message, "yaml-syntax")


def _hint(exc: yaml.MarkedYAMLError, lines: list[str], text: str, loader: type[Any]) -> Hint | None:
    """The first explanation that fits the lines where the parser stopped."""
    problem, context = exc.problem or "", exc.context or ""
    mark, opened = exc.problem_mark, exc.context_mark
    if mark is None:
        return None
    for explain in (
        no_break_space,
        _tab,
        bad_escape,
        _unclosed,
        _in_value,
        _missing_space,
        dash_without_space,
        no_colon,
        _indentation,
    ):
        found = explain(lines, mark, opened, problem, context, text, loader)
        if found is not None:
            return found
    return None


def _tab(lines: list[str], mark: Any, opened: Any, problem: str, context: str, *_: Any) -> Hint | None:
    """A tab in the indentation of the line the parser stopped at (or the one before)."""
    for number in (mark.line + 1, mark.line):
        line = lines[number - 1] if 0 < number <= len(lines) else ""
        spaces = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in spaces:
            message = "this line is indented with a tab, which YAML does not accept; indent it with spaces"
            above = structure_above(lines, number)
            fixed = None
            if above:
                opens = above[0].key is not None and not above[0].value  # "key:" whose contents follow
                width = above[0].content + (2 if opens else 0)
                fixed = " " * width + line.lstrip(" \t")
                where = f"{'under' if opens else 'like'} line {above[0].number} above"
                message = (
                    f"{message.removesuffix(' with spaces')} with {width} spaces instead, {where}: {fixed.strip()}"
                    if width
                    else f"{message.removesuffix('; indent it with spaces')}: start it at the beginning of the line, "
                    f"{where}: {fixed.strip()}"
                )
            return Hint(number, spaces.index("\t") + 1, message, "tab", fixed)
    if "tab" in problem:
        return Hint(mark.line + 1, mark.column + 1, "a tab is not allowed here; use spaces", "tab")
    return None


def _unclosed(
    lines: list[str], mark: Any, opened: Any, problem: str, context: str, text: str, loader: Any
) -> Hint | None:
    """A quote or bracket that is never closed: point at where it opens."""
    if opened is not None and "quoted scalar" in context:
        char = text[opened.index] if opened.index < len(text) else '"'
        return _quote_hint(lines, opened.line + 1, opened.column + 1, char)
    if opened is not None and "flow" in context and mark.line > opened.line:
        char = text[opened.index] if opened.index < len(text) else "["
        closing = {"[": "]", "{": "}"}.get(char, "]")
        line = line_at(lines, opened.line + 1)
        rest = without_comment(line.text[opened.column :]).rstrip()
        if rest.count(char) == 1 and closing not in rest and not rest.endswith(","):  # close it on its own line
            fixed = line.text[: opened.column] + rest + closing
            message = f"the {char} opened here is never closed; end it with {closing}: {fixed.strip()}"
            return Hint(opened.line + 1, opened.column + 1, message, "unclosed-bracket", fixed)
        message = f"the {char} opened here is never closed; add the closing {closing} where it ends"
        return Hint(opened.line + 1, opened.column + 1, message, "unclosed-bracket")
    if opened is not None and mark.line > opened.line:
        found = _unclosed_quote(text, opened.line, mark.line, loader)
        if found is not None:
            return _quote_hint(lines, *found)
    return None


def _quote_hint(lines: list[str], number: int, col: int, char: str) -> Hint:
    line = line_at(lines, number)
    rest = line.text[col - 1 :].rstrip()
    fixed = line.text[: col - 1] + rest + char if rest.count(char) == 1 else None
    message = f"the text that opens with {char} here is never closed; end it with {char}"
    if fixed is not None:
        message += f": {fixed.strip()}"
    return Hint(number, col, message, "unclosed-quote", fixed)


def _in_value(lines: list[str], mark: Any, opened: Any, problem: str, context: str, *_: Any) -> Hint | None:
    """A "key: text" line whose text YAML reads as more structure: say to quote it, and show how."""
    line = line_at(lines, mark.line + 1)
    if line.key is None or not line.value or mark.column < line.value_col:
        return None
    value = without_comment(line.value)
    col = line.value_col + 1
    first = value[0]
    if first in CURLY:
        plain = value.strip(CURLY + " ")
        message = f"Word's curly quotes {first}…{value[-1]} are not quotes to YAML; write straight quotes: "
        return _quote(line.number, col, message, line, plain)
    if first in "\"'":
        closing = value.find(first, 1)
        after = value[closing + 1 :].strip() if closing > 0 else ""
        meant = value[1:-1] if len(value) > 1 and value.endswith(first) else value
        message = f"the text after the closing {first} ('{after}') is left over; put the whole text in quotes: "
        return _quote(line.number, col, message, line, meant)
    if first in _SPECIAL_START and (first not in "-?" or value[1:2] in ("", " ")):
        message = f"a text that starts with {_SPECIAL_START[first]} must be in quotes: "
        return _quote(line.number, col, message, line, value)
    second = _SECOND_KEY.search(value)
    if second is not None and second.group(1) in _keys_in(lines):
        moved = value[second.start() :].strip()
        message = (
            f"'{moved}' is a second key on this line; each key goes on a line of its own: write it on the next "
            f"line, starting in column {line.content + 1} like '{line.key}'"
        )
        fixed = line.text[: line.value_col] + value[: second.start()].rstrip()
        return Hint(line.number, line.value_col + second.start() + 2, message, "two-keys", fixed)
    if ": " in value or value.endswith(":"):
        what = "contains ': '" if ": " in value else "ends with ':'"
        message = f"this text {what}, which YAML reads as a new key; put the whole text in quotes: "
        return _quote(mark.line + 1, mark.column + 1, message, line, value)
    return None


_SECOND_KEY = re.compile(r"\s([a-z_][a-z0-9_]*): ")


def _keys_in(lines: list[str]) -> set[str]:
    """The keys the file uses at the start of its lines ('name', 'owner')."""
    return {key for key in (line_at(lines, n).key for n in range(1, len(lines) + 1)) if key is not None}


def _quote(number: int, col: int, message: str, line: Line, value: str) -> Hint:
    """The hint to quote a value, showing the line with it quoted."""
    fixed = line.text[: line.value_col] + quoted(value)
    return Hint(number, col, message + fixed.strip(), "needs-quotes", fixed)


def _missing_space(lines: list[str], mark: Any, opened: Any, problem: str, context: str, *_: Any) -> Hint | None:
    """A "key:value" line (no space after the colon) read as text running on into the next line."""
    if opened is None or "simple key" not in context:
        return None
    line = line_at(lines, opened.line + 1)
    found = _MISSING_SPACE.match(line.text[line.content :])
    if found is None:
        return None
    col = line.content + len(found.group("key")) + 1
    fixed = line.text[: line.content] + f"{found.group('key')}: {found.group('value')}"
    return Hint(line.number, col, f"write a space after the colon: {fixed.strip()}", "missing-space", fixed)


def _indentation(lines: list[str], mark: Any, opened: Any, problem: str, context: str, *_: Any) -> Hint | None:
    """A line indented unlike the lines around it; or a text line without a key."""
    number = mark.line + 1
    if "simple key" in context and opened is not None:
        number = opened.line + 1
    found = indentation_hint(lines, number)
    if found is not None:
        return found
    line = line_at(lines, number)
    item = _list_item_above(lines, line) if line.key is None and not line.dashes and not line.blank else None
    if item is not None:
        return _missing_item_dash(line, item)
    if "simple key" in context and line.key is None and not line.dashes and not line.blank:
        message = (
            "this line has no 'key:' in front of its text; write 'key: text', or, if it continues the "
            "text above, indent it more than that text's key"
        )
        return Hint(number, line.content + 1, message, "bad-indent")
    return None


def _list_item_above(lines: list[str], line: Line) -> Line | None:
    """The list item ('- text') just above a line without a key, when the line sits where its '- ' would be."""
    for number in range(line.number - 1, 0, -1):
        above = line_at(lines, number)
        if above.blank:
            continue
        if above.dashes and above.key is None and above.dashes[-1] - 2 <= line.indent <= above.dashes[-1] + 1:
            return above
        return None
    return None


def _missing_item_dash(line: Line, item: Line) -> Hint:
    """A list entry written without its '- ' under one that has it: show the line with the '- ' added."""
    fixed = " " * item.dashes[-1] + "- " + line.text.strip()
    message = (
        f"this line has no '- ' in front, but the line above (line {item.number}) is a list item: each item of a "
        f"list starts with '- ' in the same column; write {fixed.strip()}, the '- ' in column {item.dashes[-1] + 1}"
    )
    return Hint(line.number, line.indent + 1, message, "missing-dash", fixed)


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
