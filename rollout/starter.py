"""`rollout new`: a commented starter process file that validates and builds, and rollout.toml on request."""

from __future__ import annotations

import os
from pathlib import Path
from string import Template

from rollout.config import CONFIG_FILE
from rollout.files import write_all_atomic, write_atomic
from rollout.locale import Language, starter
from rollout.process.ids import id_like, is_id
from rollout.process.schema import schema_text
from rollout.sources import SUFFIXES

SCHEMA = Path("schema") / "process.schema.json"


class StarterError(ValueError):
    """The starter cannot be written there: a usage error, nothing written."""


def new_process(path: Path, language: Language) -> list[Path]:
    """Write a starter process file at path (and the schema it names, when missing); the files written."""
    if path.suffix not in SUFFIXES:
        raise StarterError(f"a process file's name ends in {' or '.join(SUFFIXES)}: {path.with_suffix('.yaml')}")
    if path.exists():
        raise StarterError(f"{path} already exists; choose another name (nothing was written)")
    ident = path.stem if is_id(path.stem) else id_like(path.stem)
    if ident is None:
        raise StarterError(f"cannot make a process id from the name '{path.stem}'; use letters and digits")
    files: list[tuple[Path, bytes]] = []
    if not SCHEMA.exists():
        files.append((SCHEMA, schema_text().encode("utf-8")))
    link = Path(os.path.relpath(SCHEMA.resolve(), path.resolve().parent)).as_posix()
    text = Template(starter.PROCESS[language]).substitute(schema=link, id=ident)
    files.append((path, text.encode("utf-8")))
    for target, _ in files:
        target.parent.mkdir(parents=True, exist_ok=True)
    write_all_atomic(files)
    return [target for target, _ in files]


def new_config(language: Language) -> Path:
    """Write rollout.toml with the default settings, explained, in the language given."""
    text = Template(starter.CONFIG[language]).substitute(language=language)
    write_atomic(CONFIG_FILE, text.encode("utf-8"))
    return CONFIG_FILE
