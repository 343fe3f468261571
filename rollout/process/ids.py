"""What an id is, said once: the pattern the model checks and the words every message uses for it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import TypeVar

ID_PATTERN = r"^[a-z0-9äöå]([a-z0-9äöå_-]{0,62}[a-z0-9äöå])?$"
ID_RULE = (
    "lowercase letters (a–z, ä, ö, å), digits, '-' and '_', no spaces, starting and ending with a letter "
    "or a digit, at most 64 characters"
)
_ID = re.compile(ID_PATTERN)
K = TypeVar("K")
_KEEP = set("abcdefghijklmnopqrstuvwxyz0123456789äöå-_")


def is_id(text: str) -> bool:
    """True when the text is a valid id."""
    return bool(_ID.match(text))


def id_like(text: str) -> str | None:
    """The id a person most likely meant by a text: 'Tee suunnitelma' → 'tee-suunnitelma'."""
    letters = []
    for char in text.strip().lower():
        if char in _KEEP:
            letters.append(char)
        elif char.isspace() or char in "/.,:;":
            letters.append("-")
        else:
            base = unicodedata.normalize("NFKD", char)[:1]  # é → e; a character with no plain form is dropped
            letters.append(base if base in _KEEP else "")
    candidate = re.sub(r"-{2,}", "-", "".join(letters)).strip("-_")[:64].strip("-_")
    return candidate if is_id(candidate) else None


def id_for_name(text: str, named: Iterable[tuple[str, Iterable[str | None]]]) -> str | None:
    """The id of the item that has this text as its name (or title), ignoring case and spacing."""
    found = named_by(text, ((ident, dict(enumerate(names))) for ident, names in named))
    return found[0] if found else None


def named_by(text: str, named: Iterable[tuple[str, Mapping[K, str | None]]]) -> tuple[str, K] | None:
    """The id of the item that has this text as one of its names, and which name it is ('title', 'label')."""
    wanted = _plain(text)
    for ident, names in named:
        for field, name in names.items():
            if name is not None and _plain(name) == wanted:
                return ident, field
    return None


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split()).casefold()
