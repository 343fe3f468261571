"""What a build is asked for and what it found: output kinds, where each goes, the result."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rollout.errors import Issue
from rollout.sources import Source, read_source

MANIFEST = ".rollout-manifest.json"
KINDS = ("swimlane-svg", "swimlane-png", "swimlane-pptx", "deck", "overview", "bpmn")  # a process file's outputs
# a project file's outputs: "deck" is its dated deck, at the same place a process's deck would be
PROJECT_KINDS = ("plan-ics", "tasks-xlsx", "status-svg", "status-png", "status-pptx", "deck", "people")
SOURCE_KINDS = {"process": KINDS, "project": PROJECT_KINDS}
CONNECTORS = ("glued", "drawn")
GROUPS = {
    "swimlane": ("swimlane-svg", "swimlane-png", "swimlane-pptx"),
    "status": ("status-svg", "status-png", "status-pptx"),
}
LAID_OUT = ("status-svg", "status-png", "status-pptx", "deck", "people")  # a project's outputs that draw its swimlane
Progress = Callable[[str], None]


@dataclass(frozen=True)
class BuildOptions:
    """Where outputs go and which to build."""

    diagrams_dir: Path = Path("diagrams")
    exports_dir: Path = Path("exports")
    force: bool = False
    only: tuple[str, ...] = ()
    template: Path | None = None
    connectors: str = "glued"  # the swimlane slide's arrows: "glued" connectors or "drawn" lines
    jobs: int = 0  # renderers (and pages of a split swimlane) at once; 0: one per CPU core
    report: bool = False  # lay out up-to-date files too, so that their quality gates are reported

    @property
    def workers(self) -> int:
        """How many renderers, or pages being laid out, run at once."""
        return self.jobs or os.cpu_count() or 1

    def kinds(self) -> tuple[str, ...]:
        """Output kinds selected by --only (all when empty); ValueError for an unknown one."""
        every = tuple(dict.fromkeys((*KINDS, *PROJECT_KINDS)))
        if not self.only:
            return every
        chosen: list[str] = []
        for name in self.only:
            expanded = GROUPS.get(name, (name,))
            unknown = [kind for kind in expanded if kind not in every]
            if unknown:
                raise ValueError(f"unknown output '{name}'; choose from {', '.join((*every, *GROUPS))}")
            chosen += [kind for kind in expanded if kind not in chosen]
        return tuple(kind for kind in every if kind in chosen)

    def kinds_of(self, source: Source) -> tuple[str, ...]:
        """The selected output kinds a source has: a process's pictures and decks, a project's plan."""
        return tuple(kind for kind in self.kinds() if kind in SOURCE_KINDS[source.type])

    def clash(self, sources: list[Path]) -> str | None:
        """Why two of these files cannot be built together (they would write the same files)."""
        writers: dict[Path, Path] = {}
        for path in sources:
            source = read_source(path)
            for kind in SOURCE_KINDS[source.type]:
                other = writers.setdefault(self.output(path, kind), path)
                if other != path:
                    return f"{other} and {path} have the same name, so their outputs would overwrite each other"
        return None

    def output(self, source: Path, kind: str) -> Path:
        """The file an output kind of a process or project file is written to."""
        name = source.stem
        return {
            "swimlane-svg": self.diagrams_dir / f"{name}-swimlane.svg",
            "swimlane-png": self.diagrams_dir / f"{name}-swimlane.png",
            "swimlane-pptx": self.exports_dir / f"{name}-swimlane.pptx",
            "deck": self.exports_dir / f"{name}-deck.pptx",
            "overview": self.exports_dir / f"{name}-overview.pptx",
            "bpmn": self.exports_dir / f"{name}.bpmn",
            "plan-ics": self.exports_dir / f"{name}-plan.ics",
            "tasks-xlsx": self.exports_dir / f"{name}-tasks.xlsx",
            "status-svg": self.diagrams_dir / f"{name}-status.svg",
            "status-png": self.diagrams_dir / f"{name}-status.png",
            "status-pptx": self.exports_dir / f"{name}-status.pptx",
            "people": self.exports_dir / f"{name}-people.pptx",
        }[kind]


@dataclass
class BuildResult:
    """What a build wrote and found."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    reports: dict[str, object] = field(default_factory=dict)
    report_lines: list[str] = field(default_factory=list)
    gate_failures: int = 0
    seconds: float = 0.0
    failed: list[Path] = field(default_factory=list)  # process files with errors: nothing of theirs written
    errors: list[Issue] = field(default_factory=list)

    def summary(self) -> str:
        """One line: what was written, what was left, how long it took."""
        files = "file" if len(self.written) == 1 else "files"
        return f"wrote {len(self.written)} {files}, {len(self.unchanged)} unchanged, in {self.seconds:.2f} s"


def note(progress: Progress | None, message: str) -> None:
    if progress:
        progress(message)
