"""Indentation mistakes, told the way a person sees them: how far this line is indented, and the line above."""

from __future__ import annotations

from rollout.process.lines import Hint, Line, line_at, structure_above


def indentation_hint(lines: list[str], number: int) -> Hint | None:
    """What is wrong with the indentation of line `number`, or None when it lines up with a line above."""
    line = line_at(lines, number)
    above = structure_above(lines, number)
    if line.blank or not line.structural or not above:
        return None
    levels = _levels(above)
    if line.dashes:
        return _dash_hint(line, above[0], levels)
    if line.indent in {level.content for level in levels} or _opens_block(above[0], line.indent):
        return None
    for level in levels:
        if level.dashes and line.indent == level.dashes[-1]:
            return _missing_dash(line, level, lines)
    target = min(levels, key=lambda level: (abs(level.content - line.indent), -level.content))
    fixed = " " * target.content + line.text.lstrip(" ")
    return Hint(line.number, line.indent + 1, _message(line, target, above[0]), "bad-indent", fixed)


def _levels(above: list[Line]) -> list[Line]:
    """The nearest structural line, then each line above it that is indented less: where the open levels start."""
    levels: list[Line] = []
    for line in above:
        if not levels or line.indent < levels[-1].indent:
            levels.append(line)
    return levels


def _opens_block(previous: Line, indent: int) -> bool:
    """A 'key:' with nothing after it may be followed by a line indented more: its contents."""
    return previous.key is not None and not previous.value and indent > previous.content


def _spaces(n: int) -> str:
    return f"{n} space" if n == 1 else f"{n} spaces"


def _name(line: Line) -> str:
    return f"'{line.key}'" if line.key else f"'{line.value[:20]}'" if line.value else "the '- '"


def _message(line: Line, target: Line, previous: Line) -> str:
    where = f"on the line above (line {target.number})" if target is previous else f"on line {target.number}"
    return (
        f"{_name(line)} starts in column {line.indent + 1}, but {_name(target)} {where} starts in column "
        f"{target.content + 1}: keys of one item start in the same column; {_indent(line, target)}"
    )


def _indent(line: Line, target: Line) -> str:
    if target.content == 0:
        return f"start {_name(line)} at the beginning of the line, like line {target.number}"
    return f"indent {_name(line)} {_to_column(target.content)}, like line {target.number}"


def _to_column(spaces: int) -> str:
    """'to column 5 (4 spaces)': where the text starts, and the spaces in front of it (the whole indentation)."""
    return f"to column {spaces + 1} ({_spaces(spaces)})"


def _dash_hint(line: Line, previous: Line, levels: list[Line]) -> Hint | None:
    """A '- ' that does not line up with the '- ' of the items above it."""
    dash = line.dashes[0]
    items = [level for level in levels if level.dashes]
    if any(dash in level.dashes for level in items) or _opens_block(previous, dash - 1):
        return None
    if previous.key is not None and not previous.value and dash == previous.content:
        return None  # a list written at the same indentation as its key: allowed
    after_value = previous.key is not None and bool(previous.value) and dash >= previous.content
    if not items or (after_value and line.key != items[0].key):  # not another item like those above
        return _stray_dash(line, previous) if previous.key is not None and previous.value else None
    item = items[0]
    fix = f"indent the '- ' {_to_column(item.dashes[-1])}" if item.dashes[-1] else "start the '- ' at the line's start"
    message = (
        f"this '- ' is in column {dash + 1}, but the '- ' of the item above (line {item.number}) is in column "
        f"{item.dashes[-1] + 1}: the items of one list line up; {fix}"
    )
    return Hint(line.number, dash + 1, message, "bad-indent", " " * item.dashes[-1] + line.text.lstrip(" "))


def _stray_dash(line: Line, previous: Line) -> Hint:
    """A list item where no list can start: under a key that already has its value, or among keys."""
    message = (
        f"this line starts a list item ('- '), but no list starts here: '{previous.key}' on line {previous.number} "
        "already has its value; a list goes on the lines under a key with nothing after its colon, indented "
        "more than the key (or, if this is a key of the item above, remove the '- ')"
    )
    return Hint(line.number, line.dashes[0] + 1, message, "bad-indent")


def _missing_dash(line: Line, item: Line, lines: list[str]) -> Hint:
    """A key written where the list's '- ' marks are: a new item without its '- ', or a key indented too little."""
    keys = {item.key}
    for number in range(item.number + 1, line.number):
        other = line_at(lines, number)
        if other.indent == item.content and other.key is not None:
            keys.add(other.key)
    fixed = f"- {line.text.strip()}"
    if line.key in keys:
        message = (
            f"a new list item starts with '- ' (like line {item.number}): write {fixed} and indent the item's "
            f"other lines {_to_column(item.content)}"
        )
        return Hint(line.number, line.indent + 1, message, "missing-dash")
    message = (
        f"{_name(line)} starts in column {line.indent + 1}, where the list's '- ' marks are (line {item.number}): "
        f"indent it {_to_column(item.content)} if it belongs to the item above, or start a new item: {fixed}"
    )
    return Hint(line.number, line.indent + 1, message, "bad-indent")


def repeated_first_key(line: str, key: str, col: int) -> str:
    """A list item's first key come again: the next item's '- ' is missing; show the line with it."""
    message = f"'{key}' comes a second time in one item; a new item starts with '- ' (is it missing?): write"
    if col >= 2 and line[col - 2 : col] == "  ":
        return f"{message} - {line[col:].rstrip()}, the '- ' in column {col - 1} like the items above"
    return f"{message} - {key}: …"
