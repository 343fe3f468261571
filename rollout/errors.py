"""The one user-facing error type and the located issues it carries."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

Path = tuple[str | int, ...]


class Severity(StrEnum):
    """How serious an issue is: errors fail, warnings fail only with --strict."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """A problem found in the data, located by its path in the document."""

    path: Path
    message: str
    code: str
    severity: Severity = Severity.ERROR
    key: bool = False  # point at the mapping key named by the last path item, not its value
    ref: str | None = None  # the id a reference names (an unknown role, step or phase; an empty phase)


@dataclass(frozen=True)
class Issue:
    """A problem located at a line and column of a file."""

    file: str
    line: int
    col: int
    message: str
    code: str
    severity: Severity = Severity.ERROR

    def format(self) -> str:
        """Render the issue GCC-style so editors can jump to it."""
        return f"{self.file}:{self.line}:{self.col}: {self.severity.value}: {self.message} [{self.code}]"

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Order issues by file, then position, then code."""
        return (self.file, self.line, self.col, self.code, self.message)


class RolloutError(Exception):
    """Raised with every issue found; the CLI prints them and exits 1."""

    def __init__(self, issues: list[Issue] | tuple[Issue, ...]) -> None:
        self.issues = tuple(sorted(issues, key=Issue.sort_key))
        super().__init__("\n".join(issue.format() for issue in self.issues))


class BuildError(Exception):
    """A build could not finish for a reason outside the input file (tools, disk)."""
