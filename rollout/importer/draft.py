"""A process as read from another format, before it is written out as a process file; ids made valid."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rollout.errors import Issue
from rollout.locale import Language
from rollout.process.ids import ID_PATTERN

_ID = re.compile(ID_PATTERN)
_NOT_ID = re.compile(r"[^a-z0-9äöå]+")


@dataclass
class DraftRole:
    id: str
    name: str
    description: str | None = None


@dataclass
class DraftPhase:
    id: str
    name: str
    ongoing: bool = False
    gate: tuple[str, str] | None = None  # decision, deciding role id
    notes: list[str] = field(default_factory=list)  # what the diagram said about the phase, kept as comments


@dataclass
class DraftStep:
    id: str
    title: str
    owner: str
    phase: str = ""
    label: str | None = None
    instructions: str | None = None
    deliverables: list[str] = field(default_factory=list)
    depends_on: list[str] = field(default_factory=list)
    milestone: bool = False


@dataclass
class Draft:
    """Everything the importer found, and what it could not carry over (as warnings at their place)."""

    id: str
    title: str
    language: Language
    source: str
    description: str | None = None
    roles: list[DraftRole] = field(default_factory=list)
    phases: list[DraftPhase] = field(default_factory=list)
    steps: list[DraftStep] = field(default_factory=list)
    skipped: list[Issue] = field(default_factory=list)


def slug(text: str, fallback: str) -> str:
    """A valid id from a name: lowercase letters, digits and dashes ("Go-live-päätös" → "go-live-päätös")."""
    plain = unicodedata.normalize("NFC", text.replace("\u00ad", "")).lower()
    candidate = _NOT_ID.sub("-", plain).strip("-")[:64].strip("-")
    return candidate if _ID.match(candidate) else fallback


class Ids:
    """Hands out ids that are valid and unique within one kind."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def take(self, wanted: str | None, name: str, fallback: str) -> str:
        """The wanted id if valid and free, else one made from the name; made unique with -2, -3 and so on."""
        base = wanted if wanted and _ID.match(wanted) else slug(name, fallback)
        candidate, n = base, 2
        while candidate in self.taken:
            suffix = f"-{n}"
            candidate, n = base[: 64 - len(suffix)].rstrip("-_") + suffix, n + 1
        self.taken.add(candidate)
        return candidate
