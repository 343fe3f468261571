"""The lines of a YAML text as a person reads them: indentation, '- ' markers, keys and values.

Syntax hints are worded from what the user sees on the screen, not from the parser's state, so
these helpers look at the raw lines around a mistake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "key:" (or "- key:") at the start of a line: the key, then the value after ": ".
_KEY = re.compile(r"(?P<key>[^\s:#'\"\[\]{},&*!|>%@`?][^:#]*?) *:(?= |$)")
_DASHES = re.compile(r"(?:- +|-$)*")
_BLOCK_SCALAR = re.compile(r"^[|>][-+0-9]*\s*(?:#.*)?$")
_COMMENT = re.compile(r"\s+#\s.*$")
CURLY = "“”„‟‘’‚‛«»"  # Word's quotation marks, which YAML does not take for quotes


@dataclass(frozen=True)
class Hint:
    """What a syntax mistake is, where (1-based), and the line as it should read, when that is clear."""

    line: int
    col: int
    message: str
    code: str
    fixed: str | None = None  # the whole corrected line (same line count), to read on past the mistake


@dataclass(frozen=True)
class Line:
    """One line of YAML, taken apart; columns are 0-based."""

    number: int  # 1-based, as in messages
    text: str
    indent: int  # leading spaces
    dashes: tuple[int, ...]  # columns of the '- ' list markers at its start
    content: int  # column where the text after the markers starts
    key: str | None  # the key, when the line reads "key: value"
    colon: int  # column of the key's colon (-1 without a key)
    value: str  # what follows "key: " (or the markers), trailing spaces removed
    value_col: int

    @property
    def blank(self) -> bool:
        """An empty or comment-only line."""
        return not self.text.strip() or self.text.lstrip().startswith("#")

    @property
    def structural(self) -> bool:
        """A line that starts a key or a list item (not a continued text)."""
        return not self.blank and (self.key is not None or bool(self.dashes))


def parse_line(text: str, number: int) -> Line:
    """Take one line apart."""
    indent = len(text) - len(text.lstrip(" "))
    markers = _DASHES.match(text, indent)
    end = markers.end() if markers else indent
    dashes = tuple(m.start() + indent for m in re.finditer(r"-", text[indent:end]))
    key_match = _KEY.match(text, end)
    if key_match is None:
        return Line(number, text, indent, dashes, end, None, -1, text[end:].rstrip(), end)
    colon = key_match.end()
    start = colon + 1
    while start < len(text) and text[start] == " ":
        start += 1
    return Line(number, text, indent, dashes, end, key_match.group("key"), colon, text[start:].rstrip(), start)


def split_lines(text: str) -> list[str]:
    """The text's lines, as the parser counts them."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def line_at(lines: list[str], number: int) -> Line:
    """The 1-based line `number`, taken apart (an empty line past the end)."""
    return parse_line(lines[number - 1] if 0 < number <= len(lines) else "", number)


def structure_above(lines: list[str], number: int) -> list[Line]:
    """The structural lines before line `number`, nearest first, skipping texts written over several lines."""
    found: list[Line] = []
    block_at: int | None = None  # the key column of a '|' or '>' text whose lines follow
    for index in range(number - 1):
        line = parse_line(lines[index], index + 1)
        if line.blank:
            continue
        if block_at is not None and line.indent > block_at:
            continue
        block_at = line.content if line.key is not None and _BLOCK_SCALAR.match(line.value) else None
        if line.structural:
            found.append(line)
    found.reverse()
    return found


def enclosing(above: list[Line]) -> list[Line]:
    """The nearest structural line, then each line above it that is indented less: the open levels."""
    levels: list[Line] = []
    for line in above:
        if not levels or line.content < levels[-1].content:
            levels.append(line)
    return levels


def quoted(text: str) -> str:
    """Text in the quotes YAML reads literally: double quotes, or single ones when it holds a quote or backslash."""
    if '"' not in text and "\\" not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def without_comment(value: str) -> str:
    """A value without a trailing '  # comment' (a '#' with a space after it)."""
    return _COMMENT.sub("", value)
