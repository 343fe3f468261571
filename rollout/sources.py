"""What a build reads: a process file, or a project file together with the process file it follows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rollout.errors import BuildError, RolloutError

SourceType = Literal["process", "project"]
DEFAULT_FOLDERS = ("processes", "projects")

# A project file has a top-level 'project:' key and no 'process:' key. Looked for in the text, not
# by parsing it: `rollout validate` stays fast, and a file that does not parse is reported by the loader.
_PROJECT_KEY = re.compile(r"^project[ \t]*:", re.MULTILINE)
_PROCESS_KEY = re.compile(r"^process[ \t]*:", re.MULTILINE)


@dataclass(frozen=True)
class Source:
    """One input file of a build, as bytes (the bytes that are hashed are the bytes that are loaded)."""

    path: Path
    data: bytes
    type: SourceType
    process: Path | None = None  # a project's process file
    process_data: bytes | None = None  # None when it cannot be read (the loader names the problem)


def source_type(data: bytes) -> SourceType:
    """Whether a file's text is a project file or a process file."""
    text = data.decode("utf-8", "replace")
    return "project" if _PROJECT_KEY.search(text) and not _PROCESS_KEY.search(text) else "process"


def read_source(path: Path) -> Source:
    """Read a file named on the command line, and for a project the process file it names."""
    data = _read(path)
    if source_type(data) == "process":
        return Source(path, data, "process")
    process = _process_of(path, data)
    if process is None:
        return Source(path, data, "project")
    try:
        return Source(path, data, "project", process, process.read_bytes())
    except OSError:
        return Source(path, data, "project", process)


def default_sources() -> list[Path]:
    """Every processes/*.yaml, then every projects/*.yaml, in the current folder."""
    return [path for folder in DEFAULT_FOLDERS for path in sorted(Path(folder).glob("*.yaml"))]


def _process_of(path: Path, data: bytes) -> Path | None:
    """The process file a project file names, relative to the project file's folder."""
    from rollout.process.source import parse_yaml, read_text
    from rollout.project.sniff import process_reference

    try:
        document = parse_yaml(read_text(data, str(path)), str(path))
    except RolloutError:
        return None
    reference = process_reference(document.data, str(path))
    return Path(reference) if reference is not None else None


def _read(source: Path) -> bytes:
    try:
        return source.read_bytes()
    except OSError as exc:
        raise BuildError(f"{source}: cannot read ({exc.strerror})") from None
