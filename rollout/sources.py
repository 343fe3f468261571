"""What a build reads: a process file, or a project file together with the process file it follows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rollout.errors import BuildError, RolloutError
from rollout.process.filenames import SUFFIXES

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
    """Every process file in processes/, then every project file in projects/ (.yaml or .yml)."""
    return [path for folder in DEFAULT_FOLDERS for path in _in_folder(Path(folder))]


class NoInput(ValueError):
    """No file to work on: a usage error."""


def chosen_sources(paths: list[Path] | None) -> list[Path]:
    """Each given file once (a folder stands for the .yaml and .yml files in it), or the default ones."""
    if not paths:
        found = default_sources()
        if not found:
            folders = " or ".join(f"{folder}/" for folder in DEFAULT_FOLDERS)
            raise NoInput(f"no files given, and none ({' or '.join(SUFFIXES)}) in {folders}")
        return found
    chosen: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = _in_folder(path)
            if not found:
                raise NoInput(
                    f"no process or project files ({' or '.join(SUFFIXES)}) in the folder {path}{_others(path)}"
                )
            chosen += found
        else:
            chosen.append(path)
    return _once(chosen)


def _others(folder: Path) -> str:
    """What the folder holds instead, when it has files: perhaps saved with another ending ('.yaml.txt')."""
    names = sorted(path.name for path in folder.iterdir() if path.is_file())
    if not names:
        return ""
    shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
    return f" (it has {shown}; a process file's name ends in .yaml)"


def _in_folder(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if path.suffix in SUFFIXES and path.is_file())


def _once(paths: list[Path]) -> list[Path]:
    """Each file once: the same file under the same name (a link is another name) is dropped."""
    seen: set[tuple[Path, str]] = set()
    unique = []
    for path in paths:
        key = (path.resolve(), path.stem)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


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
