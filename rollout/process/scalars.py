r"""Warnings for texts that YAML reads differently from how they look on the screen.

Word's curly quotes are kept as part of the text, `\u00ad` is read as a character only inside
double quotes, and ` #` ends the text and starts a comment. Each warning shows the line as it
should be written.
"""

from __future__ import annotations

import re
from typing import Any

from rollout.errors import Issue, Severity
from rollout.process.lines import CURLY, quoted

_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2})")
_COMMENT_LIKE = re.compile(r" #[^\s#]")


def scalar_warnings(file: str, text: str, event: Any) -> list[Issue]:
    """Warnings about one text value (a YAML scalar event); usually none, found cheaply."""
    value: str = event.value
    style = event.style or ""
    found: list[Issue] = []
    if not value:
        return found
    if not style and value[0] in CURLY and value[-1] in CURLY and len(value) > 1:
        found.append(_curly(file, text, event))
    if style != '"' and "\\" in value:
        escape = _ESCAPE.search(value)
        if escape is not None:
            found.append(_escape(file, text, event, escape.group()))
    if style == '"' and event.start_mark.line == event.end_mark.line:
        written = text[event.start_mark.index : event.end_mark.index]
        code = _UNMEANT.search(written)
        if code is not None:
            found.append(_unmeant(file, text, event, code.group(1)))
    end = event.end_mark
    on_one_line = end.line == event.start_mark.line
    if not style and text.startswith(" #", end.index) and _COMMENT_LIKE.match(text, end.index) and on_one_line:
        found.append(_comment(file, text, event))
    return found


# Escapes in double quotes that a person writing a Windows path ('"P:\\Tiimi\\Perhe"') did not mean.
_READ_AS = {
    "t": "a tab",
    "P": "a paragraph break",
    "N": "a line break",
    "L": "a line break",
    "_": "a no-break space",
    "r": "a carriage return",
    "b": "a backspace",
    "a": "a bell character",
    "e": "an escape character",
    "f": "a form feed",
    "v": "a vertical tab",
    "0": "a null character",
}
_UNMEANT = re.compile(r"(?<!\\)(?:\\\\)*\\([tPNL_rbaefv0])")


def _unmeant(file: str, text: str, event: Any, letter: str) -> Issue:
    before, written, after = _line(text, event)
    inside = written[1:-1]
    fixed = before + (f"'{inside}'" if "'" not in inside else f'"{inside.replace(chr(92), chr(92) * 2)}"') + after
    message = (
        f"in double quotes '\\{letter}' is read as {_READ_AS[letter]}, not as a backslash and '{letter}'; for a "
        f"text with backslashes in it (a Windows path), put it in single quotes: {fixed.strip()}"
    )
    return _warning(file, event, message, "escape-read")


def _line(text: str, event: Any) -> tuple[str, str, str]:
    """The text of the event's line before the value, the value as written, and the rest of the line."""
    start, end = event.start_mark.index, event.end_mark.index
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return text[line_start:start], text[start:end], text[end:line_end].rstrip("\r")


def _warning(file: str, event: Any, message: str, code: str) -> Issue:
    mark = event.start_mark
    return Issue(file, mark.line + 1, mark.column + 1, message, code, Severity.WARNING)


def _curly(file: str, text: str, event: Any) -> Issue:
    before, _, after = _line(text, event)
    value: str = event.value
    fixed = (before + quoted(value[1:-1]) + after).strip()
    message = (
        f"this text is in Word's curly quotes {value[0]}…{value[-1]}, which YAML keeps as part of the text "
        f"(the slides would show them); write straight quotes: {fixed}"
    )
    return _warning(file, event, message, "curly-quotes")


def _escape(file: str, text: str, event: Any, escape: str) -> Issue:
    before, _, after = _line(text, event)
    value: str = event.value
    where = f"{escape}' is shown as these {len(escape)} characters"
    message = f"'{where}: only a text in double quotes reads it as one character"
    if event.start_mark.line == event.end_mark.line:
        message += ": " + (before + '"' + value.replace('"', '\\"') + '"' + after).strip()
    else:
        message += "; put the text in double quotes"
    return _warning(file, event, message, "escape-not-read")


def _comment(file: str, text: str, event: Any) -> Issue:
    before, written, after = _line(text, event)
    comment = after.strip()
    fixed = (before + quoted(written + after)).strip()
    message = (
        f"' #' starts a comment, so '{comment}' is left out of the text; to keep it, put the whole text "
        f"in quotes: {fixed} (a comment has a space after the '#')"
    )
    return _warning(file, event, message, "comment-in-text")
