"""Text that shows nothing: only spaces, line breaks and invisible characters (a soft hyphen, a zero-width space)."""

from __future__ import annotations

import unicodedata

# Categories drawn as nothing: separators (spaces), controls, format characters (soft hyphen,
# zero-width spaces and joiners, U+2060, the byte order mark, direction marks) and marks that
# only change the letter before them.
_INVISIBLE_CATEGORIES = {"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me"}
# Letters and symbols that are drawn blank all the same (Hangul fillers, the braille blank).
_BLANK_LOOKING = {"\u115f", "\u1160", "\u2800", "\u3164", "\uffa0"}
_NAMES = {
    " ": "spaces",
    "\t": "a tab",
    "\n": "a line break",
    "\r": "a line break",
    "\u00a0": "a no-break space",
    "\u00ad": "a soft hyphen (\\u00ad)",
    "\u200b": "a zero-width space (\\u200b)",
    "\u200c": "a zero-width non-joiner (\\u200c)",
    "\u200d": "a zero-width joiner (\\u200d)",
    "\u2060": "a word joiner (\\u2060)",
    "\ufeff": "a byte order mark (\\ufeff)",
}


def invisible(char: str) -> bool:
    """Whether a character is drawn as nothing (white space, or an invisible or blank-looking character)."""
    return char.isspace() or char in _BLANK_LOOKING or unicodedata.category(char) in _INVISIBLE_CATEGORIES


def is_blank(text: str) -> bool:
    """Whether a text shows nothing once its invisible characters are left out."""
    return all(invisible(char) for char in text)


def blank_description(text: str) -> str:
    """What a blank text holds, in words: 'a tab', 'spaces and a soft hyphen'."""
    names = list(dict.fromkeys(_name(char) for char in text))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _name(char: str) -> str:
    if char in _NAMES:
        return _NAMES[char]
    name = unicodedata.name(char, "").lower()
    code = f"\\u{ord(char):04x}"
    return f"an invisible character ({name}, {code})" if name else f"an invisible character ({code})"
