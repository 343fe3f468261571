"""Where a word may break, by language: Voikko for Finnish, pyphen's dictionaries for Swedish and English.

A break is a position in the word (the head is word[:position]) and whether it falls on a seam: the
boundary between the parts of a compound ("käyttöönotto|suunnitelma", from Voikko's analysis) or after
the word's own hyphen or slash ("ICT-|yhteyshenkilö"). Other breaks fall between syllables. Which break
a line takes, and that no fragment is shorter than three letters, is up to the wrapping (textfit).

Without Voikko (libvoikko1 and voikko-fi are Debian packages; scripts/setup.sh installs them), Finnish
words break between syllables by the basic rule alone (before a consonant followed by a vowel) and
compounds are not told apart; the build warns about it (see `finnish_dictionary`).
"""

from __future__ import annotations

import functools
import re
from typing import Any

import pyphen

from rollout.locale.language import Language

Break = tuple[int, bool]  # (position, on a seam)

# pyphen's dictionaries for the languages Voikko does not cover; English as written in Europe.
_PYPHEN = {"sv": "sv", "en": "en_GB"}
_LETTERS = re.compile(r"[^\W\d_]+")  # runs of letters: digits and punctuation never break inside
OWN_BREAKS = "-/\u2010\u2013"  # a word may break after its own hyphen, slash or en dash
_VOWELS = frozenset("aeiouyäöåéüAEIOUYÄÖÅÉÜ")


@functools.lru_cache(maxsize=65_536)
def breaks(word: str, language: Language) -> tuple[Break, ...]:
    """Every position where word may break, in order, each marked whether it is a seam."""
    found: dict[int, bool] = {
        index + 1: True for index, char in enumerate(word[:-1]) if char in OWN_BREAKS and index > 0
    }
    for run in _LETTERS.finditer(word):
        for position, seam in _run_breaks(run.group(), language):
            found[run.start() + position] = found.get(run.start() + position, False) or seam
    return tuple(sorted(found.items()))


def _run_breaks(run: str, language: Language) -> tuple[Break, ...]:
    """Breaks inside a run of letters."""
    if language != "fi":
        return tuple((position, False) for position in _pyphen(_PYPHEN[language]).positions(run))
    voikko = finnish_dictionary()
    if voikko is None:
        return tuple((position, False) for position in range(1, len(run) - 1) if _syllable_start(run, position))
    return _voikko_breaks(voikko, run)


def _voikko_breaks(voikko: Any, run: str) -> tuple[Break, ...]:
    """Voikko's syllable breaks, and the seams that every reading of the word agrees on."""
    pattern = voikko.getHyphenationPattern(run)
    syllables = {index for index, mark in enumerate(pattern) if mark in "-=" and index > 0}
    readings = [_seams(str(analysis.get("STRUCTURE", "")), len(run)) for analysis in voikko.analyze(run)]
    seams = set.intersection(*readings) if readings else set()
    return tuple((position, position in seams) for position in sorted(syllables | seams))


def _seams(structure: str, length: int) -> set[int]:
    """Word boundaries inside a compound from Voikko's STRUCTURE ('=' starts each part)."""
    seams, position = set(), 0
    for mark in structure:
        if mark == "=":
            seams.add(position)
        else:
            position += 1
    return seams - {0, length} if position == length else set()


def _syllable_start(word: str, index: int) -> bool:
    """Finnish syllable rule: a syllable starts at a consonant that is followed by a vowel."""
    char, after = word[index], word[index + 1]
    return char not in _VOWELS and after in _VOWELS


@functools.cache
def finnish_dictionary() -> Any:
    """Voikko's Finnish dictionary, or None when libvoikko or voikko-fi is not installed."""
    try:
        import libvoikko
    except ImportError:
        return None
    try:
        return libvoikko.Voikko("fi")
    except (OSError, libvoikko.VoikkoException):
        return None


@functools.cache
def _pyphen(dictionary: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=dictionary, left=1, right=1)
