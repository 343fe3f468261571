"""What is wrong with a file name given for a process file, in words: no such file, a name not ending in .yaml."""

from __future__ import annotations

from pathlib import Path

from rollout.errors import Issue, Severity
from rollout.process.suggest import closest

SUFFIXES = (".yaml", ".yml")


def unreadable(path: Path, exc: OSError) -> str:
    """Why a file cannot be read, with the likely file meant when there is no such file."""
    if not isinstance(exc, FileNotFoundError):
        return f"cannot read the file: {exc.strerror}"
    folder = path.parent
    if not folder.is_dir():
        return f"there is no folder {folder}/; check the path, from the folder you run rollout in"
    names = sorted(child.name for child in folder.iterdir() if child.suffix in SUFFIXES)
    stems = {Path(name).stem: name for name in names}
    meant = closest(path.stem, stems)
    hint = f"; did you mean {folder / stems[meant]}?" if meant else ""
    if not hint and names:
        shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
        hint = f"; the folder {folder}/ has {shown}"
    return f"there is no file {path.name} in the folder {folder}/{hint}"


def file_name_warnings(path: Path, shown: str) -> list[Issue]:
    """A warning when a file's name does not end in .yaml or .yml: commands without names skip it."""
    if path.suffix in SUFFIXES:
        return []
    stem = path.name.removesuffix(path.suffix) if path.suffix else path.name
    meant = stem if stem.endswith(SUFFIXES) else f"{stem}.yaml"
    message = (
        f"the file name ends in '{path.suffix or path.name}', not '.yaml': it is checked when named, but rollout "
        f"build, check and validate without file names look only for .yaml and .yml files; rename it {meant}"
    )
    return [Issue(shown, 1, 1, message, "file-name", Severity.WARNING)]
