"""Text measurement and wrapping with real font metrics (the bundled Liberation Sans).

Liberation Sans has the same advance widths as Arial, so outputs name Arial (what PowerPoint
has) while lines are measured here the same on every machine.
"""

from __future__ import annotations

import bisect
import functools
import io
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from PIL import ImageFont

from rollout.layout.hyphenate import OWN_BREAKS, breaks
from rollout.locale.language import Language

FONT_FAMILY = "Arial"
LINE_SPACING = 1.17
_UNIT = 1000
# Lines break at white space, but not at a no-break space (U+00A0, U+202F): "noin 2 vk" stays whole,
# as PowerPoint and LibreOffice keep it.
_BREAK = re.compile(r"[^\S\u00a0\u202f]+")
_NO_BREAK = re.compile(r"[\u00a0\u202f]+")
# A soft hyphen (U+00AD, "&shy;") in a label marks where a long word may break, at the seam of a
# compound ("Käyttöönotto\u00adpäätös"); it is never drawn, and a break there gets a hyphen.
SOFT_HYPHEN = "\u00ad"
MIN_FRAGMENT = 3  # letters on either side of a break inside a word: no lone "ma" on a line
SYLLABLE, SEAM, CHOSEN = 0, 1, 2  # how good a break is: a soft hyphen is the writer's own choice


def visible(text: str) -> str:
    """Text as drawn: without soft hyphens."""
    return text.replace(SOFT_HYPHEN, "")


_EDGES = "()[]{}.,;:!?\"'«»“”"
_CLOSERS = ")],.;"


def bind_short_words(text: str) -> str:
    """A one-letter word (two-letter at the end) that ends a text, a bracket or a clause, kept on the line before.

    "(Projektipäällikkö A)", "Tietosuojavastaava H", "asukkaaseen (R)", "DigiFinland Oy": a text
    that PowerPoint wraps never leaves "A)" or "Oy" alone on a line. Only letters and digits count
    as a word ("·", "=" and "&" do not), and the word before must be longer itself, so that no
    chain of short words becomes one long unbreakable run.
    """
    words = text.split(" ")
    out = [words[0]]
    for index in range(1, len(words)):
        word, last = words[index], index == len(words) - 1
        core = word.strip(_EDGES)
        short = core.isalnum() and (len(core) == 1 or (len(core) == 2 and last))
        ends = last or word[-1:] in _CLOSERS
        bind = short and ends and len(words[index - 1].strip(_EDGES)) > 2
        out.append(("\u00a0" if bind else " ") + words[index])
    return "".join(out)


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
def wrap(
    text: str, width: float, size: float, bold: bool = False, language: Language = "fi", fewest: bool = False
) -> tuple[str, ...]:
    """Break text into lines no wider than width, at spaces; a word wider than a line is hyphenated.

    Such a word breaks where its language breaks it (see rollout.layout.hyphenate): at a soft hyphen,
    a compound's seam or its own hyphen where one fits the line, else between syllables, never
    leaving fewer than MIN_FRAGMENT letters on either side unless no such break fits at all.
    fewest gives up a seam for a later syllable where that saves a line. The language is the
    text's; the deck, which PowerPoint wraps itself, measures with the default.
    """
    lines = _wrap(text, width, size, bold, language, seams_first=True)
    if fewest and any(text_width(word, size, bold) > width for word in text.split()):
        tighter = _wrap(text, width, size, bold, language, seams_first=False)
        if len(tighter) < len(lines):
            return tighter
    return lines


def wrap_alike(
    items: Sequence[tuple[str, float, bool]], size: float, language: Language, floor: int = 1
) -> list[tuple[str, ...]]:
    """Wrap texts (text, width, bold) that share a height, as boxes of one size or cells of one row.

    Each keeps its seams unless that makes it taller than the tallest of them must be anyway (and
    than floor lines, the height of what else shares the row).
    """
    fewest = [wrap(text, width, size, bold, language, fewest=True) for text, width, bold in items]
    budget = max([floor, *(len(lines) for lines in fewest)])
    seams = (wrap(text, width, size, bold, language) for text, width, bold in items)
    return [best if len(best) <= budget else tight for best, tight in zip(seams, fewest, strict=True)]


@functools.lru_cache(maxsize=16_384)
def _wrap(text: str, width: float, size: float, bold: bool, language: Language, seams_first: bool) -> tuple[str, ...]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words = [w for w in _BREAK.split(paragraph) if w]
        lines.extend(_wrap_paragraph(words, _Measure(width, size, bold, language, seams_first)))
    return tuple(visible(line) for line in lines)


@dataclass(frozen=True)
class _Measure:
    """How one text wraps: the line width, the font, the language and whether seams come first."""

    width: float
    size: float
    bold: bool
    language: Language
    seams_first: bool

    def fits(self, text: str) -> bool:
        return text_width(text, self.size, self.bold) <= self.width


def _wrap_paragraph(words: list[str], measure: _Measure) -> list[str]:
    lines: list[str] = []
    current = ""
    # Words held together by no-break spaces part there, rather than mid-word, when they cannot
    # stand on one line.
    words = [part for word in words for part in _unbound(word, measure)]
    for word in words:
        candidate = f"{current} {word}" if current else word
        if measure.fits(candidate):
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces = _split_word(word, measure) if not measure.fits(word) else [word]
        lines.extend(pieces[:-1])
        current = pieces[-1]
    if current or not lines:
        lines.append(current)
    return lines


def _unbound(word: str, measure: _Measure) -> list[str]:
    """A word as it wraps: whole, or at its no-break spaces when it is wider than a line."""
    if measure.fits(word) or not _NO_BREAK.search(word):
        return [word]
    return [part for part in _NO_BREAK.split(word) if part]


def _split_word(word: str, measure: _Measure) -> list[str]:
    """An over-long word as the lines it takes (the last may be joined by the words after it)."""
    known = _breakable(word, measure.language)
    plain = known.plain
    pieces: list[str] = []
    start = 0
    while len(plain) - start > 1 and not measure.fits(plain[start:]):
        cut = _cut(known, start, measure)
        head = _head(plain, start, cut)
        pieces.append(head if measure.fits(head) else plain[start:cut])  # too narrow for a hyphen even
        start = cut
    return [*pieces, plain[start:]]


@dataclass(frozen=True)
class _Breakable:
    """A word as drawn, where it may break (in order, with each break's rank) and its letters counted."""

    plain: str
    positions: tuple[int, ...]
    ranks: tuple[int, ...]
    letters: tuple[int, ...]  # letters[i]: how many letters plain[:i] holds


@functools.lru_cache(maxsize=16_384)
def _breakable(word: str, language: Language) -> _Breakable:
    """The word without soft hyphens, and where it may break, ranked: syllable, seam, the writer's soft hyphen."""
    plain = visible(word)
    options = {position: SEAM if seam else SYLLABLE for position, seam in breaks(plain, language)}
    position = 0
    for char in word:
        if char != SOFT_HYPHEN:
            position += 1
        elif 0 < position < len(plain):
            options[position] = CHOSEN
    ordered = sorted(options)
    letters = (0, *itertools.accumulate(1 if char.isalnum() else 0 for char in plain))
    return _Breakable(plain, tuple(ordered), tuple(options[p] for p in ordered), letters)


def _cut(word: _Breakable, start: int, measure: _Measure) -> int:
    """Where the rest of a word, from start, breaks: the best-ranked break whose head fits the line (the last such)."""
    first = bisect.bisect_right(word.positions, start)
    # Heads grow with the break's position: find the last one that fits by bisection.
    low, high = first, len(word.positions)
    while low < high:
        middle = (low + high) // 2
        if measure.fits(_head(word.plain, start, word.positions[middle])):
            low = middle + 1
        else:
            high = middle
    fitting = range(first, low)
    total = word.letters[-1]
    whole = [
        i
        for i in fitting
        if min(word.letters[word.positions[i]] - word.letters[start], total - word.letters[word.positions[i]])
        >= MIN_FRAGMENT
    ]
    best = max((word.ranks[i] for i in whole), default=SYLLABLE)
    if measure.seams_first and best > SYLLABLE:
        return word.positions[[i for i in whole if word.ranks[i] == best][-1]]
    if whole or fitting:
        return word.positions[(whole or fitting)[-1]]
    return start + max(1, _longest_prefix(word.plain[start:], measure))


def _head(plain: str, start: int, cut: int) -> str:
    """The part of a word before a break, with a hyphen unless it ends in its own hyphen or slash."""
    head = plain[start:cut]
    return head if head[-1] in OWN_BREAKS else head + "-"


def _longest_prefix(word: str, measure: _Measure) -> int:
    """Length of the longest prefix that fits with a hyphen after it (binary search)."""
    low, high = 0, len(word) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if measure.fits(word[:middle] + "-"):
            low = middle
        else:
            high = middle - 1
    return low


def fits(lines: tuple[str, ...], width: float, height: float, size: float, bold: bool = False) -> bool:
    """True when every line fits the width and all lines fit the height."""
    tall = len(lines) * line_height(size) <= height + 0.01
    return tall and all(text_width(line, size, bold) <= width + 0.01 for line in lines)
