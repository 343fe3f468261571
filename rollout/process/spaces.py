"""No-break spaces (U+00A0), which Word puts in for a space: invisible, but not a space to YAML or in an id."""

from __future__ import annotations

import re

NBSP = "\u00a0"
WHAT = "a no-break space (U+00A0, often copied from Word; it looks like a space but is not one)"
# Where a no-break space breaks the structure of a line: in its indentation, after a "- " or a "key:", before the ":".
_STRUCTURAL = re.compile(r"^[ \u00a0]*(?:-[ \u00a0]+)*(?:[^\s:#'\"\[\]{},]*\u00a0*:[ \u00a0]+)?")


def where_in(text: str) -> str:
    """Where the first no-break space is in a text, in words: "after 'tiimi'", "between 'koko' and 'tiimi'"."""
    at = text.find(NBSP)
    before, after = text[:at].split()[-1:] or [""], text[at + 1 :].split()[:1] or [""]
    if before[0] and after[0]:
        return f"between '{before[0]}' and '{after[0]}'"
    if before[0]:
        return f"after '{before[0]}'"
    return f"before '{after[0]}'" if after[0] else "on its own"


def as_id(text: str) -> str:
    """The text with its no-break spaces as an id would have them: dropped at the ends, '-' inside."""
    return text.strip(f" {NBSP}").replace(NBSP, "-")


def structural(line: str) -> tuple[int, str] | None:
    """The 0-based column of a no-break space in the line's structure, and the line with it corrected."""
    found = _STRUCTURAL.match(line)
    head = found.group() if found else ""
    at = head.find(NBSP)
    if at < 0:
        return None
    fixed_head = re.sub(r"\u00a0+:", ":", head).replace(NBSP, " ")
    return at, fixed_head + line[len(head) :]
