"""A character missing or wrong where YAML needs one: a no-break space, a dash without its space, a key without ':'."""

from __future__ import annotations

from typing import Any

from rollout.process import spaces
from rollout.process.lines import Hint, line_at


def no_break_space(lines: list[str], mark: Any, opened: Any, *_: Any) -> Hint | None:
    """A no-break space (from Word) where YAML needs an ordinary one: in the indentation or after a colon."""
    numbers = [mark.line + 1, mark.line] + ([opened.line + 1] if opened is not None else [])
    for number in numbers:
        found = spaces.structural(lines[number - 1]) if 0 < number <= len(lines) else None
        if found is not None:
            col, fixed = found
            message = (
                f"this line has {spaces.WHAT} where YAML needs an ordinary space: delete it and type a space: "
                f"{fixed.strip()}"
            )
            return Hint(number, col + 1, message, "no-break-space", fixed)
    return None


def dash_without_space(lines: list[str], mark: Any, opened: Any, *_: Any) -> Hint | None:
    """'-id: b': a list item's dash needs a space after it."""
    for number in dict.fromkeys([mark.line + 1, *([opened.line + 1] if opened is not None else [])]):
        line = line_at(lines, number)
        text = line.text[line.indent :]
        if text[:1] == "-" and text[1:2] not in ("", " ", "-") and line_at([f"- {text[1:]}"], 1).key is not None:
            fixed = f"{line.text[: line.indent]}- {text[1:]}"
            message = f"a list item starts with '- ', a dash and a space: {fixed.strip()}"
            return Hint(number, line.indent + 2, message, "missing-space", fixed)
    return None


def no_colon(lines: list[str], mark: Any, opened: Any, *_: Any) -> Hint | None:
    """A word on a line of its own, followed by indented lines: the word was meant as a key, with ':'."""
    number = mark.line + 1
    above = next((n for n in range(number - 1, 0, -1) if not line_at(lines, n).blank), None)
    candidates = [n for n in (above, number, opened.line + 1 if opened is not None else None) if n]
    for candidate in dict.fromkeys(candidates):
        word = line_at(lines, candidate)
        below = next(
            (line_at(lines, n) for n in range(candidate + 1, len(lines) + 1) if not line_at(lines, n).blank), None
        )
        plain = word.text.strip()
        if (
            word.key is None
            and not word.dashes
            and plain.replace("_", "").isalnum()
            and below
            and below.indent > word.indent
        ):
            fixed = f"{word.text.rstrip()}:"
            message = f"write ':' after '{plain}': the lines under it belong to it: {fixed.strip()}"
            return Hint(candidate, len(word.text.rstrip()) + 1, message, "missing-colon", fixed)
    return None


def bad_escape(lines: list[str], mark: Any, opened: Any, problem: str, *_: Any) -> Hint | None:
    r"""A backslash in double quotes that starts no escape (a Windows path, say): the text in single quotes."""
    if ("escape" not in problem and "hexdecimal" not in problem) or mark is None:
        return None
    line = line_at(lines, mark.line + 1)
    slash = line.text.rfind("\\", 0, mark.column + 1)
    start = line.text.rfind('"', 0, slash)
    end = line.text.find('"', mark.column + 1)
    if slash < 0 or start < 0 or end < 0:
        return None
    inside = line.text[start + 1 : end]
    single = "'" not in inside
    fixed = line.text[:start] + (f"'{inside}'" if single else f'"{inside.replace(chr(92), chr(92) * 2)}"')
    fixed += line.text[end + 1 :]
    how = "put it in single quotes" if single else "write each backslash twice"
    message = (
        f"in double quotes a backslash starts a code such as \\n or \\u00ad, and '{line.text[slash : slash + 2]}' "
        f"is not one; for a text with backslashes in it (a Windows path), {how}: {fixed.strip()}"
    )
    return Hint(line.number, slash + 1, message, "bad-escape", fixed)
