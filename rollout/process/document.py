"""A parsed YAML file: plain data plus the line and column of every value and key."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rollout.errors import Finding, Issue, Path
from rollout.process.lines import split_lines


@dataclass
class Document:
    """Parsed YAML data with the position of every value and mapping key."""

    file: str
    text: str = ""
    data: Any = None
    problems: list[Issue] = field(default_factory=list)  # errors that do not stop the checking (duplicate keys)
    warnings: list[Issue] = field(default_factory=list)
    positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    raw: dict[Path, str] = field(default_factory=dict)
    _lines: list[str] | None = field(default=None, repr=False)

    def locate(self, path: Path, *, key: bool = False) -> tuple[int, int]:
        """Line and column for a path; falls back to the nearest enclosing node."""
        if key and path in self.key_positions:
            return self.key_positions[path]
        for end in range(len(path), -1, -1):
            found = self.positions.get(path[:end])
            if found is not None:
                return found
        return (1, 1)

    def line(self, number: int) -> str:
        """The text of a 1-based line ('' past the end)."""
        if self._lines is None:
            self._lines = split_lines(self.text)
        return self._lines[number - 1] if 0 < number <= len(self._lines) else ""

    def issue(self, finding: Finding) -> Issue:
        """Turn a path-located finding into a line:col-located issue."""
        line, col = self.locate(finding.path, key=finding.key)
        return Issue(self.file, line, col, finding.message, finding.code, finding.severity)
