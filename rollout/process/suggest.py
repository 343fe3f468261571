"""Did-you-mean suggestions for misspelt names."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(name: str, candidates: Iterable[str]) -> str | None:
    """The candidate closest to a misspelt name, or None when none is close."""
    match = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.6)
    return match[0] if match else None


def did_you_mean(name: str, candidates: Iterable[str]) -> str:
    """A "; did you mean 'x'?" suffix, or nothing when no candidate is close."""
    match = closest(name, candidates)
    return f"; did you mean '{match}'?" if match else ""
