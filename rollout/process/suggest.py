"""Did-you-mean suggestions for misspelt names."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(name: str, candidates: Iterable[str]) -> str | None:
    """The candidate closest to a misspelt name, or None when none is close."""
    options = list(candidates)
    folded = {option.casefold(): option for option in reversed(options)}  # 'RACI' is 'raci' in capitals
    if name.casefold() in folded:
        return folded[name.casefold()]
    match = difflib.get_close_matches(name.casefold(), list(folded), n=1, cutoff=0.6)
    return folded[match[0]] if match else None


def did_you_mean(name: str, candidates: Iterable[str]) -> str:
    """A "; did you mean 'x'?" suffix, or nothing when no candidate is close."""
    match = closest(name, candidates)
    return f"; did you mean '{match}'?" if match else ""


def choices(name: str, candidates: Iterable[str], plural: str) -> str:
    """A did-you-mean suffix when one candidate is close, else the candidates (the closest few when many)."""
    options = list(dict.fromkeys(candidates))
    hint = did_you_mean(name, options)
    if hint:
        return hint
    if not options:
        return f"; there are no {plural} yet"
    if len(options) <= _LISTED:
        return f"; the {plural} are: {', '.join(options)}"
    few = difflib.get_close_matches(name, options, n=_CLOSEST, cutoff=0.0)
    return f"; the closest of the {len(options)} {plural}: {', '.join(few)}"


_LISTED = 10  # up to this many candidates are all listed
_CLOSEST = 5
