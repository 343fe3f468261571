"""`rollout new`: commented starter process and project files that validate and build, and rollout.toml."""

from __future__ import annotations

import os
from pathlib import Path
from string import Template

from rollout.config import CONFIG_FILE
from rollout.files import write_all_atomic, write_atomic
from rollout.locale import Language, starter
from rollout.process.filenames import SUFFIXES
from rollout.process.ids import id_like, is_id

SCHEMAS = {"process": Path("schema") / "process.schema.json", "project": Path("schema") / "project.schema.json"}


class StarterError(ValueError):
    """The starter cannot be written there: a usage error, nothing written."""


def new_process(path: Path, language: Language) -> list[Path]:
    """Write a starter process file at path (and the schema it names, when missing); the files written."""
    ident = file_id(path)
    files = schema_files("process")
    text = Template(starter.PROCESS[language]).substitute(schema=schema_link("process", path), id=ident)
    return write_new([*files, (path, text.encode("utf-8"))])


def file_id(path: Path) -> str:
    """The id a new file's name gives (the name without .yaml); StarterError for a file that exists or a bad name."""
    if path.suffix not in SUFFIXES:
        raise StarterError(f"the file's name ends in {' or '.join(SUFFIXES)}: {path.with_suffix('.yaml')}")
    if path.exists():
        raise StarterError(f"{path} already exists; choose another name (nothing was written)")
    ident = path.stem if is_id(path.stem) else id_like(path.stem)
    if ident is None:
        raise StarterError(f"cannot make an id from the name '{path.stem}'; use letters and digits")
    return ident


def schema_files(kind: str) -> list[tuple[Path, bytes]]:
    """The schema the editor reads for a kind of file, when the folder has none yet."""
    if SCHEMAS[kind].exists():
        return []
    if kind == "process":
        from rollout.process.schema import schema_text
    else:
        from rollout.project.schema import schema_text
    return [(SCHEMAS[kind], schema_text().encode("utf-8"))]


def schema_link(kind: str, path: Path) -> str:
    """The schema's path as seen from the new file (for its first line)."""
    return relative(SCHEMAS[kind], path)


def relative(target: Path, path: Path) -> str:
    """A path as written in a file at path: relative to that file's folder, with forward slashes."""
    return Path(os.path.relpath(target.resolve(), path.resolve().parent)).as_posix()


def write_new(files: list[tuple[Path, bytes]]) -> list[Path]:
    """Write the files (folders made as needed), each completely or not at all; the paths written."""
    for target, _ in files:
        target.parent.mkdir(parents=True, exist_ok=True)
    write_all_atomic(files)
    return [target for target, _ in files]


def new_config(language: Language) -> Path:
    """Write rollout.toml with the default settings, explained, in the language given."""
    text = Template(starter.CONFIG[language]).substitute(language=language)
    write_atomic(CONFIG_FILE, text.encode("utf-8"))
    return CONFIG_FILE
