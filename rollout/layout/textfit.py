"""Text measurement and wrapping with real font metrics (the bundled Liberation Sans).

Liberation Sans has the same advance widths as Arial, so outputs name Arial (what PowerPoint
has) while lines are measured here the same on every machine.
"""

from __future__ import annotations

import functools
import io
import re
import unicodedata
from importlib import resources

from PIL import ImageFont

FONT_FAMILY = "Arial"
LINE_SPACING = 1.17
_UNIT = 1000
_VOWELS = set("aeiouyäöåéAEIOUYÄÖÅÉ")
# Lines break at white space, but not at a no-break space (U+00A0, U+202F): "noin 2 vk" stays whole,
# as PowerPoint and LibreOffice keep it.
_BREAK = re.compile(r"[^\S\u00a0\u202f]+")
_NO_BREAK = re.compile(r"[\u00a0\u202f]+")
# A soft hyphen (U+00AD, "&shy;") in a label marks where a long word may break, at the seam of a
# compound ("Käyttöönotto\u00adpäätös"); it is never drawn, and a break there gets a hyphen.
SOFT_HYPHEN = "\u00ad"


def visible(text: str) -> str:
    """Text as drawn: without soft hyphens."""
    return text.replace(SOFT_HYPHEN, "")


@functools.cache
def _font(bold: bool) -> ImageFont.FreeTypeFont:
    name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    data = resources.files("rollout").joinpath("fonts", name).read_bytes()
    return ImageFont.truetype(io.BytesIO(data), _UNIT, layout_engine=ImageFont.Layout.BASIC)


@functools.lru_cache(maxsize=65_536)
def _unit_width(text: str, bold: bool) -> float:
    width = float(_font(bold).getlength(text))
    if not text.isascii():
        width += sum(_fallback_extra(char, bold) for char in text if ord(char) > _LATIN_END)
    return width / _UNIT


# A character the bundled font lacks (an emoji, Arabic) is drawn from another font, as wide as
# that font makes it: measured at 1.25 em, about an emoji's width, so that its box is not too small.
# Marks and format characters (a variation selector, a zero-width joiner) take no room.
_FALLBACK_UNITS = 1250
_LATIN_END = 0x24F  # Latin, Latin-1 and Latin Extended: all in the bundled font


@functools.cache
def _fallback_extra(char: str, bold: bool) -> float:
    """What to add to the bundled font's width of a character it has no glyph for (0 if it has one)."""
    font = _font(bold)
    missing = "\uffff"
    if font.getlength(char) != font.getlength(missing) or font.getbbox(char) != font.getbbox(missing):
        return 0.0
    drawn = 0.0 if unicodedata.category(char) in ("Mn", "Me", "Cf") else _FALLBACK_UNITS
    return drawn - float(font.getlength(missing))


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of one line of text in points at the given font size (soft hyphens take no room)."""
    return _unit_width(visible(text), bold) * size


def line_height(size: float) -> float:
    """Distance between baselines in points."""
    return size * LINE_SPACING


@functools.lru_cache(maxsize=16_384)
def wrap(text: str, width: float, size: float, bold: bool = False) -> tuple[str, ...]:
    """Break text into lines no wider than width; words too long are hyphenated."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(_wrap_paragraph([w for w in _BREAK.split(paragraph) if w], width, size, bold))
    if SOFT_HYPHEN in text:  # a break at a compound's seam is better, unless it costs a line
        plain = wrap(visible(text), width, size, bold)
        if len(plain) < len(lines):
            return plain
    return tuple(visible(line) for line in lines)


def _wrap_paragraph(words: list[str], width: float, size: float, bold: bool) -> list[str]:
    lines: list[str] = []
    current = ""
    # Words held together by no-break spaces part there, rather than mid-word, when they cannot
    # stand on one line.
    words = [part for word in words for part in _unbound(word, width, size, bold)]
    for word in words:
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while text_width(current, size, bold) > width:
            head, current = _split_word(current, width, size, bold)
            lines.append(head)
    if current or not lines:
        lines.append(current)
    return lines


def _unbound(word: str, width: float, size: float, bold: bool) -> list[str]:
    """A word as it wraps: whole, or at its no-break spaces when it is wider than a line."""
    if text_width(word, size, bold) <= width or not _NO_BREAK.search(word):
        return [word]
    return [part for part in _NO_BREAK.split(word) if part]


def _split_word(word: str, width: float, size: float, bold: bool) -> tuple[str, str]:
    """Split an over-long word: at a hyphen or soft hyphen, else at a syllable start, else anywhere."""
    limit = _longest_prefix(word, width, size, bold)
    if limit == 0:
        return word[:1], word[1:]
    for cut in range(limit, 0, -1):
        if word[cut - 1] in "-/":
            return word[:cut], word[cut:]
        if word[cut] == SOFT_HYPHEN and visible(word[:cut]):
            return word[:cut] + "-", word[cut + 1 :]
    for cut in range(limit, 1, -1):
        if _syllable_start(word, cut) and len(word) - cut >= 2:
            return word[:cut] + "-", word[cut:]
    return word[:limit] + "-", word[limit:]


def _longest_prefix(word: str, width: float, size: float, bold: bool) -> int:
    """Length of the longest prefix that fits with a hyphen after it (binary search)."""
    low, high = 0, len(word) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(word[:middle] + "-", size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def _syllable_start(word: str, index: int) -> bool:
    """Finnish-style syllable boundary: before a consonant that is followed by a vowel."""
    if index + 1 >= len(word):
        return False
    char, after = word[index], word[index + 1]
    return char.isalpha() and char not in _VOWELS and after in _VOWELS and word[index - 1].isalpha()


def fits(lines: tuple[str, ...], width: float, height: float, size: float, bold: bool = False) -> bool:
    """True when every line fits the width and all lines fit the height."""
    tall = len(lines) * line_height(size) <= height + 0.01
    return tall and all(text_width(line, size, bold) <= width + 0.01 for line in lines)
