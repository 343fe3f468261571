"""The one user-facing error type and the located issues it carries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

Path = tuple[str | int, ...]


class Severity(StrEnum):
    """How serious an issue is: errors fail, warnings fail only with --strict."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"  # not a problem itself: says something about the others (how many more there are)


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


MAX_SHOWN = 50  # issues shown per file: a screenful


def capped(issues: Iterable[Issue], limit: int = MAX_SHOWN) -> list[Issue]:
    """Each file's first issues by position, then a note saying how many more there are."""
    by_file: dict[str, list[Issue]] = {}
    for issue in sorted(issues, key=Issue.sort_key):
        by_file.setdefault(issue.file, []).append(issue)
    shown: list[Issue] = []
    for file, found in by_file.items():
        problems = [issue for issue in found if issue.severity is not Severity.NOTE]
        shown += problems[:limit]
        if len(problems) > limit:
            first = problems[limit]
            shown.append(more_note(file, first.line, first.col, len(problems) - limit))
        shown += [issue for issue in found if issue.severity is Severity.NOTE]
    return shown


def more_note(file: str, line: int, col: int, more: int) -> Issue:
    """The note that stands for the problems not shown, placed at the first of them."""
    problems = "problem" if more == 1 else "problems"
    message = f"{more:,} more {problems} from here on not shown; fix the ones above first, then check again"
    return Issue(file, line, col, message, "too-many-errors", Severity.NOTE)


class RolloutError(Exception):
    """Raised with every issue found (at most a screenful per file); the CLI prints them and exits 1."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues = tuple(capped(issues))
        super().__init__("\n".join(issue.format() for issue in self.issues))


class BuildError(Exception):
    """A build could not finish for a reason outside the input file (tools, disk)."""
